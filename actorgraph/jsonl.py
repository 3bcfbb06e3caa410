"""The triple interchange format: one JSON object a line, as ``../shared/eval/SPEC.md`` describes.

Fields beyond the spec (actor kind and surface text, the document hash, the
evidence date) let a file written by ``actorgraph extract`` be read back into
the same ``Triple`` records.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from actorgraph.errors import InputError
from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import Actor, Evidence, Mention, Relation, Triple


def _mention_json(mention: Mention) -> dict[str, Any]:
    actor = mention.actor
    aliases = list(dict.fromkeys((*actor.aliases, mention.text)))
    return {"name": actor.name, "id": actor.id, "kind": actor.kind.value, "text": mention.text, "aliases": aliases}


def triple_to_json(triple: Triple) -> dict[str, Any]:
    ev = triple.evidence
    return {
        "doc_id": ev.doc_id,
        "subject": _mention_json(triple.subject),
        "relation": {
            "text": triple.relation.phrase,
            "type": triple.relation.type.value,
            "polarity": triple.relation.polarity.value,
        },
        "object": _mention_json(triple.object),
        "evidence": {
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "doc_hash": ev.doc_hash,
            "date": ev.date.isoformat() if ev.date else None,
            "date_precision": ev.date_precision,
        },
        "confidence": round(triple.confidence, 3),
    }


def _mention_from_json(data: dict[str, Any]) -> Mention:
    name = data["name"]
    actor = Actor(
        id=data.get("id") or name,
        name=name,
        kind=ActorKind(data.get("kind") or ActorKind.ORG.value),
        aliases=tuple(a for a in data.get("aliases") or () if a != data.get("text")),
    )
    return Mention(actor=actor, text=data.get("text") or name)


def triple_from_json(data: dict[str, Any], where: str = "record") -> Triple:
    """Read one interchange record back; a malformed one raises ``InputError`` naming ``where``."""
    try:
        ev = data["evidence"]
        rel = data["relation"]
        return Triple(
            subject=_mention_from_json(data["subject"]),
            relation=Relation(type=RelationType(rel["type"]), phrase=rel.get("text") or ""),
            object=_mention_from_json(data["object"]),
            evidence=Evidence(
                doc_id=data["doc_id"],
                doc_hash=ev.get("doc_hash") or data["doc_id"],
                sentence=ev["sentence"],
                start=int(ev["start"]),
                end=int(ev["end"]),
                date=date.fromisoformat(ev["date"]) if ev.get("date") else None,
                date_precision=ev.get("date_precision"),
            ),
            confidence=float(data.get("confidence", 1.0)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{where}: not a triple record ({exc}); see ../shared/eval/SPEC.md") from None
