"""The records that flow through every stage: extract -> store -> analysis -> map.

Frozen dataclasses: hashable, cheap, and the same whether a triple came from
the extractor, a JSONL file or a database. Validation of outside input
happens where it enters (readers, JSONL loading), not here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Literal

from actorgraph.ontology import ActorKind, Polarity, RelationType

DatePrecision = Literal["day", "week", "month", "year"]
"""How much of an event date is known; a week is given by its Monday, a month by its 1st, a year by 1 January."""


def text_hash(text: str) -> str:
    """The identity of a document: the SHA-256 of its text, shortened."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def stable_id(*parts: object) -> str:
    """A short deterministic id from parts (event ids, edge ids)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Actor:
    """A state, bloc, armed group, junta, organisation or named person."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor as one sentence names it ("the junta", "Niamey")."""

    actor: Actor
    text: str


@dataclass(frozen=True, slots=True)
class Relation:
    """What the subject does to (or is to) the object, and the words that said so."""

    type: RelationType
    phrase: str

    @property
    def polarity(self) -> Polarity:
        return self.type.polarity


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: document, sentence, offsets, date.

    ``doc_id`` is the document's name (a file stem or record id), ``doc_hash``
    its identity. ``date`` is the event date when the sentence fixes one,
    else the publication date; ``date_precision`` says how much of it is known.
    """

    doc_id: str
    doc_hash: str
    sentence: str
    start: int
    end: int
    date: date | None = None
    date_precision: DatePrecision | None = None


@dataclass(frozen=True, slots=True)
class Triple:
    """One relation asserted by one sentence."""

    subject: Mention
    relation: Relation
    object: Mention
    evidence: Evidence
    confidence: float

    @property
    def id(self) -> str:
        """Stable event id: the same sentence asserting the same thing gives the same id."""
        return stable_id(
            self.evidence.doc_hash,
            self.evidence.start,
            self.evidence.end,
            self.relation.type.value,
            self.subject.actor.id,
            self.object.actor.id,
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An article: its text and what is known about it."""

    name: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    id: str = ""
    extra_sources: tuple[str, ...] = ()
    """Where copies of the same story were also found (URLs or outlets): more sources, not more evidence."""

    def __post_init__(self) -> None:
        # A store hands documents back without their text, so it passes the id.
        if not self.id:
            object.__setattr__(self, "id", text_hash(self.text))


@dataclass(frozen=True, slots=True)
class Edge:
    """All mentions of one relation type from one actor to another, aggregated.

    ``evidence`` holds a sample of the sentences behind the edge (most recent
    first); ``count`` is the number of distinct mentions.
    """

    subject: Actor
    type: RelationType
    object: Actor
    count: int
    first_seen: date | None
    last_seen: date | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()

    @property
    def polarity(self) -> Polarity:
        return self.type.polarity


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of what a store holds; equal for two builds of the same input."""

    documents: int
    actors: int
    relations: int
    edges: int
    by_type: dict[str, int]
    by_polarity: dict[str, int]


@dataclass(frozen=True, slots=True)
class WriteSummary:
    """What one write added (zero everywhere when the input was already stored)."""

    documents: int = 0
    actors: int = 0
    relations: int = 0
    skipped_documents: int = 0

    def __add__(self, other: WriteSummary) -> WriteSummary:
        return WriteSummary(
            self.documents + other.documents,
            self.actors + other.actors,
            self.relations + other.relations,
            self.skipped_documents + other.skipped_documents,
        )
