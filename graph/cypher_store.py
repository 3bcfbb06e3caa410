"""What the two graph stores share: one graph model, the write plan, and records read back.

Both stores hold the same graph (see ``cypher/schema.cypher``): actors, articles,
one ``Event`` node per triple linked to its subject, object and article, and
one projected typed edge per actor pair and relation type. They differ in how
they connect, how they run a transaction and which Cypher dialect they speak;
``LadybugStore`` and ``Neo4jStore`` provide exactly those parts.

Edges handed back (``Edge`` records) are aggregated here from the events that
match the caller's filters, so a date range re-aggregates counts and dates
exactly; the projected edges in the database carry the same figures for
people browsing with Cypher.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from actorgraph.errors import InputError
from actorgraph.graph import queries
from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import (
    Actor,
    Document,
    Edge,
    Evidence,
    Mention,
    Relation,
    Stats,
    Triple,
    WriteSummary,
)

Rows = list[list[Any]]
Step = tuple[str, dict[str, Any]]
Run = Callable[[str, dict[str, Any]], tuple[list[str], Rows]]

DOCUMENT_PAGE = 200
"""Articles read per query when handing documents back (copying a graph)."""


@dataclass
class _WritePlan:
    """The rows one write sends, gathered from a batch of documents and triples."""

    actors: dict[str, Actor] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    pairs: dict[RelationType, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, batch: Iterable[tuple[Document, Sequence[Triple]]]) -> _WritePlan:
        plan = cls()
        for document, triples in batch:
            plan.articles.append(_article_row(document))
            for triple in triples:
                plan.actors[triple.subject.actor.id] = triple.subject.actor
                plan.actors[triple.object.actor.id] = triple.object.actor
                plan.events[triple.id] = _event_row(triple, document.id)
                plan.pairs[triple.relation.type].add((triple.subject.actor.id, triple.object.actor.id))
        return plan


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _article_row(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "name": document.name,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": _iso(document.published),
        "language": document.language,
        "extra_sources": list(document.extra_sources),
    }


def _event_row(triple: Triple, article_id: str) -> dict[str, Any]:
    evidence = triple.evidence
    return {
        "id": triple.id,
        "subject": triple.subject.actor.id,
        "object": triple.object.actor.id,
        "article": article_id,
        "type": triple.relation.type.value,
        "polarity": triple.relation.polarity.value,
        "phrase": triple.relation.phrase,
        "date": _iso(evidence.date),
        "date_precision": evidence.date_precision,
        "confidence": float(triple.confidence),
        "subject_text": triple.subject.text,
        "object_text": triple.object.text,
        "sentence": evidence.sentence,
        "start_char": evidence.start,
        "end_char": evidence.end,
    }


def actor_row(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind.value, "aliases": list(actor.aliases)}


def _actor(row: dict[str, Any], prefix: str = "") -> Actor:
    return Actor(
        id=row[f"{prefix}id"],
        name=row[f"{prefix}name"],
        kind=ActorKind(row[f"{prefix}kind"]),
        aliases=tuple(row[f"{prefix}aliases"] or ()),
    )


def _triple(row: dict[str, Any]) -> Triple:
    evidence = Evidence(
        doc_id=row["doc_name"],
        doc_hash=row["doc_hash"],
        sentence=row["sentence"],
        start=row["start_char"],
        end=row["end_char"],
        date=row["date"],
        date_precision=row["date_precision"],
    )
    return Triple(
        subject=Mention(_actor(row, "subject_"), row["subject_text"]),
        relation=Relation(RelationType(row["type"]), row["phrase"]),
        object=Mention(_actor(row, "object_"), row["object_text"]),
        evidence=evidence,
        confidence=row["confidence"],
    )


def _newest_first(triple: Triple) -> tuple:
    evidence = triple.evidence
    return (evidence.date is None, -(evidence.date or date.min).toordinal(), evidence.doc_id, evidence.start, triple.id)


def _oldest_first(triple: Triple) -> tuple:
    evidence = triple.evidence
    return (evidence.date is None, evidence.date or date.min, evidence.doc_id, evidence.start, triple.id)


def aggregate(triples: Iterable[Triple], evidence_limit: int = 3) -> list[Edge]:
    """Edges from mentions: one per subject, type and object, most mentioned first.

    >>> aggregate([])
    []
    """
    groups: dict[tuple[str, RelationType, str], dict[str, Triple]] = defaultdict(dict)
    for triple in triples:
        groups[(triple.subject.actor.id, triple.relation.type, triple.object.actor.id)][triple.id] = triple
    edges = []
    for (_, kind, _), by_id in groups.items():
        mentions = sorted(by_id.values(), key=_newest_first)
        dates = [t.evidence.date for t in mentions if t.evidence.date]
        edges.append(
            Edge(
                subject=mentions[0].subject.actor,
                type=kind,
                object=mentions[0].object.actor,
                count=len(mentions),
                first_seen=min(dates) if dates else None,
                last_seen=max(dates) if dates else None,
                confidence=max(t.confidence for t in mentions),
                evidence=tuple(t.evidence for t in mentions[: max(evidence_limit, 0)]),
            )
        )
    return sorted(edges, key=lambda e: (-e.count, e.type.value, e.subject.id, e.object.id))


def _filters(types: Collection[RelationType] | None, since: date | None, until: date | None) -> dict[str, Any]:
    """Filter parameters every event query takes; concrete values only (the embedded dialect
    cannot type a null parameter)."""
    wanted = types if types else list(RelationType)
    return {
        "types": sorted(RelationType(t).value for t in wanted),
        "dated": since is not None or until is not None,
        "since": (since or date.min).isoformat(),
        "until": (until or date.max).isoformat(),
    }


class CypherStore(ABC):
    """The ``Store`` protocol over Cypher queries loaded from ``cypher/``."""

    dialect: str
    location: str

    # What a concrete store provides.

    @abstractmethod
    def _run(self, text: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
        """Run one read query: column names and rows of plain Python values."""

    @abstractmethod
    def _in_transaction(self, work: Callable[[Run], None]) -> None:
        """Call ``work(run)`` in one write transaction: all of its statements take effect or none.

        ``run(text, params)`` returns column names and rows. ``work`` may be
        called again from the start when the transaction is retried.
        """

    @abstractmethod
    def _run_read_only(self, text: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
        """Run a query someone wrote, guaranteed not to change the graph."""

    @abstractmethod
    def close(self) -> None:
        """Release the database; safe to call twice."""

    # Queries by file name.

    def _rows(self, query: str, **params: Any) -> list[dict[str, Any]]:
        columns, rows = self._run(queries.query(f"read/{query}", self.dialect), params)
        return [dict(zip(columns, row)) for row in rows]

    def _ids(self, query: str, ids: Collection[str]) -> set[str]:
        if not ids:
            return set()
        return {row["id"] for row in self._rows(query, ids=sorted(ids))}

    def _actor_steps(self, actors: Sequence[Actor]) -> list[Step]:
        return [(queries.query("write/actors", self.dialect), {"rows": [actor_row(a) for a in actors]})]

    def _prepare_writes(self, changed_kind: Sequence[Actor]) -> None:
        """Get ready for a write: schema in place, actors whose kind changed moved over."""

    # Writing.

    def write(self, batch: Sequence[tuple[Document, Sequence[Triple]]]) -> WriteSummary:
        """Add documents with their triples (see ``Store.write``).

        One transaction per call. Articles are marked complete last, and edge
        figures are recomputed from all the events of each edge touched (never
        incremented), so a write that is re-run, retried, or resumed after an
        interruption ends in the same graph.
        """
        unique: dict[str, tuple[Document, Sequence[Triple]]] = {}
        for document, triples in batch:
            unique.setdefault(document.id, (document, triples))
        stored = self.stored_documents(list(unique))
        todo = [item for key, item in unique.items() if key not in stored]
        skipped = len(batch) - len(todo)
        if not todo:
            return WriteSummary(skipped_documents=skipped)
        plan = _WritePlan.of(todo)
        kinds = {row["id"]: row["kind"] for row in self._rows("existing_actors", ids=sorted(plan.actors))}
        new_events = len(plan.events) - len(self._ids("existing_events", plan.events))
        changed = [a for a in plan.actors.values() if a.id in kinds and kinds[a.id] != a.kind.value]
        self._prepare_writes(changed)
        self._in_transaction(lambda run: self._apply(plan, run))
        new_actors = len(plan.actors) - len(kinds)
        return WriteSummary(documents=len(todo), actors=new_actors, relations=new_events, skipped_documents=skipped)

    def _apply(self, plan: _WritePlan, run: Run) -> None:
        """Write one plan inside one transaction; run again in full if the transaction is retried."""
        if plan.actors:
            for text, params in self._actor_steps(list(plan.actors.values())):
                run(text, params)
        run(queries.query("write/articles", self.dialect), {"rows": plan.articles})
        if plan.events:
            run(queries.query("write/events", self.dialect), {"rows": list(plan.events.values())})
        pairs = [{"subject": s, "type": kind.value, "object": o} for kind, found in plan.pairs.items() for s, o in sorted(found)]
        if pairs:
            columns, rows = run(queries.query("read/edge_figures", self.dialect), {"pairs": pairs})
            figures: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for row in rows:
                figure = dict(zip(columns, row))
                # Dates go back as ISO text (str() of a date from either driver): a column of
                # nulls has no type in the embedded dialect, and date(null) is null in both.
                for key in ("first_seen", "last_seen"):
                    figure[key] = None if figure[key] is None else str(figure[key])
                figures[figure["type"]].append(figure)
            edges = queries.query("write/edges", self.dialect)
            for name in sorted(figures):
                kind = RelationType(name)
                run(queries.render(edges, relation_type=kind), {"rows": figures[name], "polarity": kind.polarity.value})
        run(queries.query("write/complete", self.dialect), {"ids": [a["id"] for a in plan.articles]})

    def stored_documents(self, ids: Collection[str]) -> set[str]:
        return self._ids("stored_documents", ids)

    # Actors.

    def find_actors(self, name: str) -> list[Actor]:
        """Actors called ``name`` (id, name or alias, any case); exact id first, then name, then alias."""
        wanted = name.strip().lower()
        if not wanted:
            return []
        found = [_actor(row) for row in self._rows("find_actors", name=wanted)]
        return sorted(found, key=lambda a: (a.id.lower() != wanted, a.name.lower() != wanted, a.id))

    def actors(self) -> list[Actor]:
        return [_actor(row) for row in self._rows("actors")]

    # Edges and triples.

    def _events(self, query: str, **params: Any) -> list[Triple]:
        return [_triple(row) for row in self._rows(query, **params)]

    def relations(
        self,
        actor_id: str,
        types: Collection[RelationType] | None = None,
        evidence_limit: int = 3,
    ) -> list[Edge]:
        triples = self._events("events_of", actor=actor_id, other="", **_filters(types, None, None))
        return aggregate(triples, evidence_limit)

    def edges(
        self,
        around: str | None = None,
        depth: int = 1,
        types: Collection[RelationType] | None = None,
        since: date | None = None,
        until: date | None = None,
        evidence_limit: int = 3,
    ) -> list[Edge]:
        filters = _filters(types, since, until)
        if around is None:
            return aggregate(self._events("events_all", **filters), evidence_limit)
        if depth < 0:
            raise InputError(f"depth must be 0 or more, not {depth}")
        ids, frontier = {around}, {around}
        for _ in range(depth):
            reached = {row["id"] for row in self._rows("neighbours", ids=sorted(frontier), **filters)}
            frontier = reached - ids
            if not frontier:
                break
            ids |= frontier
        return aggregate(self._events("events_among", ids=sorted(ids), **filters), evidence_limit)

    def triples(
        self,
        actor_id: str,
        other_id: str | None = None,
        types: Collection[RelationType] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Triple]:
        found = self._events("events_of", actor=actor_id, other=other_id or "", **_filters(types, since, until))
        return sorted({t.id: t for t in found}.values(), key=_oldest_first)

    def documents(self) -> Iterator[tuple[Document, list[Triple]]]:
        after = ""
        while True:
            page = self._rows("articles", after=after, limit=DOCUMENT_PAGE)
            if not page:
                return
            by_article: dict[str, list[Triple]] = defaultdict(list)
            for triple in self._events("article_events", ids=[row["id"] for row in page]):
                by_article[triple.evidence.doc_hash].append(triple)
            for row in page:
                document = Document(
                    name=row["name"],
                    text="",
                    title=row["title"],
                    source=row["source"],
                    url=row["url"],
                    published=row["published"],
                    language=row["language"],
                    id=row["id"],
                    extra_sources=tuple(row["extra_sources"] or ()),
                )
                yield document, sorted(by_article[row["id"]], key=lambda t: (t.evidence.start, t.id))
            after = page[-1]["id"]

    def stats(self) -> Stats:
        by_type = {row["type"]: int(row["n"]) for row in self._rows("count_events")}
        by_polarity: dict[str, int] = defaultdict(int)
        for name, count in by_type.items():
            by_polarity[RelationType(name).polarity.value] += count
        return Stats(
            documents=int(self._rows("count_documents")[0]["n"]),
            actors=int(self._rows("count_actors")[0]["n"]),
            relations=sum(by_type.values()),
            edges=int(self._rows("count_edges")[0]["n"]),
            by_type=dict(sorted(by_type.items())),
            by_polarity=dict(sorted(by_polarity.items())),
        )

    # Queries people write or saved.

    def run_query(self, name: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
        """Run the saved query ``cypher/saved/NAME.cypher`` (read-only): column names and rows."""
        saved = queries.saved(name, self.dialect)
        missing = [p for p in saved.params if p not in params]
        if missing:
            example = saved.example_params.get(missing[0], "VALUE")
            raise InputError(f"query {name} needs --param {missing[0]}=VALUE (e.g. {missing[0]}={example})")
        unknown = sorted(set(params) - set(saved.params))
        if unknown:
            raise InputError(f"query {name} takes no parameter {unknown[0]!r}; it takes {', '.join(saved.params) or 'none'}")
        return self._run_read_only(saved.text, params)

    def run_cypher(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], Rows]:
        """Run a read-only query someone wrote, in this store's dialect; a query that writes is refused."""
        return self._run_read_only(text, params or {})

    def __enter__(self) -> CypherStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
