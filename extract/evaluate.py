"""How good the triples are: precision, recall and F1 against hand-made gold
files, at the three levels of ``../shared/eval/SPEC.md``.

- strict: same subject actor, same type (or one of the gold's alternative
  types), same object actor;
- polarity: same subject and object, same polarity;
- pair: the two actors are linked at all, in either direction.

A predicted actor matches a gold actor when its name, id or one of its aliases
(the interchange format lists the surface text among them) equals one of the
gold actor's names after normalising case, punctuation, a leading "the" and a
trailing "'s". Symmetric types (ALLY_OF, CONSULT, COOPERATE) match in either
direction. Scores are micro-averaged over unique keys per document; optional
gold triples may be found without counting as misses when they are not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import InputError
from actorgraph.ontology import POLARITY, SYMMETRIC, RelationType

LEVELS = ("strict", "polarity", "pair")


def normalise(text: object) -> str:
    """Case, accents, punctuation, a leading "the" and a trailing "'s" do not count."""
    text = str(text).replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True)
class GoldTriple:
    subjects: frozenset[str]
    types: frozenset[str]
    objects: frozenset[str]
    optional: bool
    type: str
    evidence: str

    def keys(self, level: str) -> frozenset[tuple]:
        """Every key a prediction may have to match this triple at ``level``."""
        out: set[tuple] = set()
        for s in self.subjects:
            for o in self.objects:
                for name in self.types:
                    relation = RelationType(name)
                    if level == "strict":
                        out.add((s, name, o))
                        if relation in SYMMETRIC:
                            out.add((o, name, s))
                    elif level == "polarity":
                        out.add((s, relation.polarity.value, o))
                        if relation in SYMMETRIC:
                            out.add((o, relation.polarity.value, s))
                    else:
                        out.add((frozenset((s, o)),))
        return frozenset(out)


@dataclass
class Gold:
    """One annotated article: its actors' names and its triples."""

    doc_id: str
    names: dict[str, set[str]]
    triples: list[GoldTriple]

    def actors_of(self, mention: Mapping[str, Any]) -> set[str]:
        keys: set[str] = set()
        for name in [mention.get("name"), mention.get("id"), *(mention.get("aliases") or ())]:
            if name:
                keys |= self.names.get(normalise(name), set())
        return keys


def read_gold(path: Path) -> Gold:
    """One ``NAME.gold.json`` file; a malformed one raises ``InputError`` naming it."""
    try:
        data = json.loads(path.read_text("utf-8"))
        actors = data["actors"]
        names: dict[str, set[str]] = {}
        for key, actor in actors.items():
            for name in [key, actor.get("name", ""), *actor.get("aliases", [])]:
                if name and normalise(name):
                    names.setdefault(normalise(name), set()).add(key)
        triples = []
        for item in data["triples"]:
            subjects, objects = _listed(item["s"]), _listed(item["o"])
            unknown = [k for k in subjects + objects if k not in actors]
            if unknown:
                raise InputError(f"{path}: a triple names unknown actor {unknown[0]!r}; add it to \"actors\"")
            types = [item["type"], *item.get("alt_types", [])]
            for name in types:
                if name not in RelationType.__members__:
                    raise InputError(f"{path}: unknown relation type {name!r}; see SPEC.md for the types")
            triples.append(
                GoldTriple(
                    frozenset(subjects), frozenset(types), frozenset(objects), bool(item.get("optional", False)),
                    item["type"], item.get("evidence", ""),
                )
            )
        return Gold(doc_id=data["doc_id"], names=names, triples=triples)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a gold file ({exc}); see SPEC.md for the format") from None


def read_golds(folder: str | Path) -> list[Gold]:
    """Every ``*.gold.json`` in ``folder``."""
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"{folder}: no such folder of gold files")
    golds = [read_gold(p) for p in sorted(path.glob("*.gold.json"))]
    if not golds:
        raise InputError(f"{folder}: no *.gold.json files; each annotated article needs NAME.gold.json beside NAME.txt")
    return golds


@dataclass(frozen=True)
class LevelScore:
    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


@dataclass
class Evaluation:
    """Scores at each level, and (strict level) the gold triples missed and the predictions that matched nothing."""

    levels: dict[str, LevelScore]
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {name: vars(level) for name, level in self.levels.items()}


def _predicted_keys(subjects: set[str], relation: str, objects: set[str], level: str) -> set[tuple]:
    out: set[tuple] = set()
    for s in subjects:
        for o in objects:
            if level == "strict":
                out.add((s, relation, o))
            elif level == "polarity":
                polarity = POLARITY[RelationType(relation)].value if relation in RelationType.__members__ else relation
                out.add((s, polarity, o))
            else:
                out.add((frozenset((s, o)),))
    return out


def _relation(record: Mapping[str, Any], level: str) -> str:
    relation = record.get("relation") or {}
    name = relation.get("type") or ""
    if level == "polarity" and name not in RelationType.__members__:
        return relation.get("polarity", name)
    return name


def score(golds: Sequence[Gold], records: Iterable[Mapping[str, Any]]) -> Evaluation:
    """Score interchange records (``actorgraph.jsonl`` format) against the gold files."""
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for record in records:
        by_doc.setdefault(record["doc_id"], []).append(record)
    tally = {level: [0, 0, 0, 0] for level in LEVELS}  # matched predictions, predictions, found gold, gold
    evaluation = Evaluation(levels={})
    for gold in golds:
        records = by_doc.get(gold.doc_id, [])
        for level in LEVELS:
            accepted = [t.keys(level) for t in gold.triples]
            everything = frozenset().union(*accepted) if accepted else frozenset()
            seen: dict[Any, bool] = {}
            found: set[tuple] = set()
            for record in records:
                subjects = gold.actors_of(record.get("subject") or {})
                objects = gold.actors_of(record.get("object") or {})
                relation = _relation(record, level)
                keys = _predicted_keys(subjects, relation, objects, level)
                found |= keys
                subject_name = normalise((record.get("subject") or {}).get("name", ""))
                object_name = normalise((record.get("object") or {}).get("name", ""))
                if keys:
                    ident: Any = frozenset(keys)
                elif level == "pair":
                    ident = frozenset((subject_name, object_name))
                else:
                    ident = (subject_name, relation, object_name)
                if ident in seen:
                    continue
                seen[ident] = bool(keys & everything)
                if level == "strict" and not seen[ident]:
                    evaluation.false_positives.append(
                        f"{gold.doc_id}: {(record.get('subject') or {}).get('name')} -{relation}-> "
                        f"{(record.get('object') or {}).get('name')} | {(record.get('evidence') or {}).get('sentence', '')[:140]}"
                    )
            required: dict[frozenset, GoldTriple] = {}
            for triple, keys in zip(gold.triples, accepted):
                if not triple.optional:
                    required.setdefault(keys, triple)
            for keys, triple in required.items():
                hit = bool(keys & found)
                tally[level][2] += hit
                if not hit and level == "strict":
                    evaluation.misses.append(
                        f"{gold.doc_id}: {sorted(triple.subjects)} -{triple.type}-> {sorted(triple.objects)} | {triple.evidence[:140]}"
                    )
            tally[level][3] += len(required)
            tally[level][0] += sum(seen.values())
            tally[level][1] += len(seen)
    for level, (matched, predicted, hit, total) in tally.items():
        precision = matched / predicted if predicted else 0.0
        recall = hit / total if total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        evaluation.levels[level] = LevelScore(round(precision, 3), round(recall, 3), round(f1, 3), predicted, total)
    return evaluation


def evaluate(
    gold_dir: str | Path,
    paths: Sequence[str | Path] = (),
    model: str | None = None,
    warn=lambda _: None,
) -> Evaluation:
    """Extract the articles in ``paths`` (default: the ``*.txt`` beside the gold
    files) and score their triples against the gold files in ``gold_dir``."""
    from actorgraph.jsonl import triple_to_json
    from actorgraph.pipeline import extract

    golds = read_golds(gold_dir)
    articles = list(paths) or [str(p) for p in sorted(Path(gold_dir).glob("*.txt"))]
    if not articles:
        raise InputError(f"{gold_dir}: no articles to extract; give the article files after the gold folder")
    records = (triple_to_json(t) for t in extract(articles, model=model, warn=warn))
    return score(golds, records)
