"""What the two graph stores share: one graph model, the write plan, and records read back.

Both stores hold the same graph (see ``cypher/schema.cypher``): actors, articles,
one ``Event`` node per triple linked to its subject, object and article, and
one projected typed edge per actor pair and relation type. They differ in how
they connect, how they run a transaction and which Cypher dialect they speak;
``LadybugStore`` and ``Neo4jStore`` provide exactly those parts.

Every name an actor goes by (its id, name and aliases, trimmed and
lower-cased: ``name_key``) is a ``Name`` node linked to the actors it names,
so ``find_actors`` is one key lookup and one hop rather than a scan of every
actor. Writes keep the links equal to each actor's current names.

Each projected edge carries the figures of its events (count, first and last
date, best confidence) and its newest mentions (``evidence``, at most
``EVIDENCE_KEPT``, as JSON text: one string reads far faster than lists in
the embedded engine), so an actor's relations are read from its edges alone,
however many mentions lie behind them. Edges for a date
range, an ego network or more evidence than that are aggregated here from the
events that match, so a date range re-aggregates counts and dates exactly.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

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
T = TypeVar("T")

DOCUMENT_PAGE = 200
"""Articles read per query when handing documents back (copying a graph)."""
EVIDENCE_KEPT = 3
"""Newest mentions kept on each projected edge (its ``evidence``): ``relations`` with at most this
much evidence per edge reads the actor's edges and nothing else."""
NewEvent = tuple[str, Triple, Document]
"""An event a write adds: its id, its triple and the document it is reported in."""
EdgeKey = tuple[str, str, str]
"""A projected edge: subject id, relation type and object id."""


@dataclass
class WritePlan:
    """What one write adds, gathered from a batch of documents and triples (each event once)."""

    documents: list[Document] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    events: dict[str, tuple[Triple, Document]] = field(default_factory=dict)

    @classmethod
    def of(cls, batch: Iterable[tuple[Document, Sequence[Triple]]]) -> WritePlan:
        plan = cls()
        for document, triples in batch:
            plan.documents.append(document)
            for triple in triples:
                plan.actors[triple.subject.actor.id] = triple.subject.actor
                plan.actors[triple.object.actor.id] = triple.object.actor
                plan.events[triple.id] = (triple, document)
        return plan


def name_key(text: str) -> str:
    """The key a name is indexed and looked up by: trimmed and lower-cased.

    >>> name_key("  Coup Leaders ")
    'coup leaders'
    """
    return text.strip().lower()


def name_links(actors: Iterable[Actor]) -> list[dict[str, str]]:
    """One row per distinct key of each actor's id, name and aliases: ``{"key", "actor"}``."""
    links = {}
    for actor in actors:
        for text in (actor.id, actor.name, *actor.aliases):
            key = name_key(text)
            if key:
                links[(key, actor.id)] = {"key": key, "actor": actor.id}
    return [links[pair] for pair in sorted(links)]


def write_names(
    run: Run, dialect: str, actors: Sequence[Actor], stored: Collection[str], link: Callable[[Run, list[dict[str, str]]], None]
) -> None:
    """Make the Name links of ``actors`` those of their current names, inside a write's transaction.

    ``stored`` are the ids among them that existed before: their links are
    dropped first, so a name or alias they no longer have stops finding them,
    and each key they lost is deleted once no actor goes by it. ``link``
    creates the links (and the Name nodes that are new) in the store's own way.
    """
    dropped: set[str] = set()
    if stored:
        _, rows = run(queries.query("write/unlink_names", dialect), {"ids": sorted(stored)})
        dropped = {row[0] for row in rows}
    links = name_links(actors)
    if links:
        link(run, links)
    stale = sorted(dropped - {row["key"] for row in links})
    if stale:
        run(queries.query("write/prune_names", dialect), {"keys": stale})


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def article_row(document: Document) -> dict[str, Any]:
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


def event_row(event_id: str, triple: Triple, article_id: str) -> dict[str, Any]:
    evidence = triple.evidence
    return {
        "id": event_id,
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


_JSON = json.JSONDecoder()
"""Reads the evidence the stores wrote (no surrounding space): ``raw_decode`` skips ``loads``' checks."""
_KINDS = {kind.value: kind for kind in ActorKind}
_TYPES = {kind.value: kind for kind in RelationType}


def _edge_evidence(text: str, limit: int) -> tuple[Evidence, ...]:
    """The newest ``limit`` mentions a projected edge keeps, newest first (its ``evidence``, JSON text)."""
    if limit <= 0:
        return ()
    return tuple(
        Evidence(
            item["article"],
            item["article_id"],
            item["sentence"],
            item["start"],
            item["end"],
            date.fromisoformat(item["date"]) if item["date"] else None,
            item["date_precision"],
        )
        for item in _JSON.raw_decode(text)[0][:limit]
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


def newest_first(when: date | None, article_name: str, start: int, event_id: str) -> tuple:
    """The order of an edge's evidence: newest first (undated last), then by article name, position and id."""
    return (when is None, -(when or date.min).toordinal(), article_name, start, event_id)


def _newest_first(triple: Triple) -> tuple:
    evidence = triple.evidence
    return newest_first(evidence.date, evidence.doc_id, evidence.start, triple.id)


def _oldest_first(triple: Triple) -> tuple:
    evidence = triple.evidence
    return (evidence.date is None, evidence.date or date.min, evidence.doc_id, evidence.start, triple.id)


def _mention(key: str, triple: Triple, document: Document) -> dict[str, Any]:
    """One mention as an edge keeps it in its ``evidence``."""
    evidence = triple.evidence
    return {
        "event": key,
        "sentence": evidence.sentence,
        "article": document.name,
        "article_id": document.id,
        "start": evidence.start,
        "end": evidence.end,
        "date": _iso(evidence.date),
        "date_precision": evidence.date_precision,
    }


def _mention_order(item: dict[str, Any]) -> tuple:
    when = date.fromisoformat(item["date"]) if item["date"] else None
    return newest_first(when, item["article"], item["start"], item["event"])


def grown_edges(new_events: Iterable[NewEvent], stored: dict[EdgeKey, dict[str, Any]]) -> list[tuple[dict[str, Any], bool]]:
    """The figures of every edge that new events belong to, each with whether the edge is new.

    A stored edge (``stored``, by subject, type and object, as the edge's
    properties) has the figures of the events stored before; merging in those
    of its new events (never one that was stored) gives the figures of all of
    them, newest evidence included. Exact as long as the stored edge cannot
    change meanwhile: read it inside the write's transaction, after its events.
    """
    groups: dict[EdgeKey, list[NewEvent]] = defaultdict(list)
    for event in new_events:
        triple = event[1]
        groups[(triple.subject.actor.id, triple.relation.type.value, triple.object.actor.id)].append(event)
    edges = []
    for (subject, kind, obj), members in groups.items():
        dates = [t.evidence.date for _, t, _ in members if t.evidence.date]
        items = [_mention(*member) for member in members]
        count = len(members)
        confidence = max(float(t.confidence) for _, t, _ in members)
        old = stored.get((subject, kind, obj))
        if old:
            dates += [d for d in (old["first_seen"], old["last_seen"]) if d]
            items += json.loads(old["evidence"])
            count += old["count"]
            confidence = max(confidence, old["confidence"])
        newest = sorted(items, key=_mention_order)[:EVIDENCE_KEPT]
        row = {
            "subject": subject,
            "object": obj,
            "type": kind,
            "count": count,
            "first_seen": _iso(min(dates, default=None)),
            "last_seen": _iso(max(dates, default=None)),
            "confidence": confidence,
            "polarity": RelationType(kind).polarity.value,
            "evidence": json.dumps(newest, ensure_ascii=False, separators=(",", ":")),
        }
        edges.append((row, old is None))
    return edges


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
    return sorted(edges, key=_most_mentioned_first)


def _most_mentioned_first(edge: Edge) -> tuple:
    return (-edge.count, edge.type.value, edge.subject.id, edge.object.id)


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
    def _in_transaction(self, work: Callable[[Run], T]) -> T:
        """Call ``work(run)`` in one write transaction, all of whose statements take effect or none;
        return what it returns.

        ``run(text, params)`` returns column names and rows. ``work`` may be
        called again from the start when the transaction is retried.
        """

    @abstractmethod
    def _write_plan(self, plan: WritePlan) -> tuple[int, int]:
        """Write what ``plan`` holds in one transaction, articles marked complete last.

        Returns how many actors and events were new.
        """

    @abstractmethod
    def _link_names(self, run: Run, links: list[dict[str, str]]) -> None:
        """Link actors to names (rows of key and actor id), creating the Name nodes that are new."""

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

    # Writing.

    def write(self, batch: Sequence[tuple[Document, Sequence[Triple]]]) -> WriteSummary:
        """Add documents with their triples (see ``Store.write``).

        One transaction per call, articles marked complete last, so a write
        that is re-run, retried, or resumed after an interruption ends in the
        same graph. Each store keeps the projected edges exact its own way
        (see ``Neo4jStore`` and ``actorgraph.graph.ladybug_write``).
        """
        unique: dict[str, tuple[Document, Sequence[Triple]]] = {}
        for document, triples in batch:
            unique.setdefault(document.id, (document, triples))
        stored = self.stored_documents(list(unique))
        todo = [item for key, item in unique.items() if key not in stored]
        skipped = len(batch) - len(todo)
        if not todo:
            return WriteSummary(skipped_documents=skipped)
        self._index_names_if_missing()
        new_actors, new_events = self._write_plan(WritePlan.of(todo))
        return WriteSummary(documents=len(todo), actors=new_actors, relations=new_events, skipped_documents=skipped)

    def stored_documents(self, ids: Collection[str]) -> set[str]:
        return self._ids("stored_documents", ids)

    # Actors.

    def find_actors(self, name: str) -> list[Actor]:
        """Actors called ``name`` (id, name or alias, any case); exact id first, then name, then alias.

        One lookup of the name's key. A name found nowhere may be in a graph
        built before names were indexed: that graph is indexed then, once.
        """
        wanted = name_key(name)
        if not wanted:
            return []
        rows = self._rows("find_actors", key=wanted)
        if not rows and self._index_names_if_missing():
            rows = self._rows("find_actors", key=wanted)
        found = [_actor(row) for row in rows]
        return sorted(found, key=lambda a: (name_key(a.id) != wanted, name_key(a.name) != wanted, a.id))

    _names_checked = False
    """Whether this store has checked that every actor's names are indexed: from then on its writes
    keep the index, so the check runs once, before the first write or on the first unknown name."""

    def _index_names_if_missing(self) -> bool:
        """Index the names of every actor when the graph has actors but no names (built before the
        name index); whether it did."""
        if self._names_checked:
            return False
        self._names_checked = True
        rows = self._rows("names_missing")
        if not rows or not rows[0]["missing"]:
            return False
        actors = self.actors()
        self._in_transaction(lambda run: write_names(run, self.dialect, actors, (), self._link_names))
        return True

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
        """Every edge from or to one actor, most mentioned first (see ``Store.relations``).

        Read from the projected edges, which keep their newest evidence; asked
        for more evidence than an edge keeps, aggregated from the events.
        """
        filters = _filters(types, None, None)
        if evidence_limit > EVIDENCE_KEPT:
            return aggregate(self._events("events_of", actor=actor_id, other="", **filters), evidence_limit)
        # Filtered here: a filter on the edge's type costs the embedded engine more than the rows it saves.
        wanted = set(filters["types"])
        rows = [row for row in self._relation_rows(actor_id) if row["type"] in wanted]
        if not rows:
            return []
        actor = _actor(rows[0], "actor_")
        # Built straight from the rows, each other actor once (it may be at both ends of several
        # edges): the Python side of a lookup otherwise costs as much as the engine's.
        others: dict[str, Actor] = {}
        edges = {}
        for row in rows:
            kind = _TYPES[row["type"]]
            other = others.get(row["id"])
            if other is None:
                other = others[row["id"]] = Actor(row["id"], row["name"], _KINDS[row["kind"]], tuple(row["aliases"] or ()))
            subject, obj = (actor, other) if row["outgoing"] else (other, actor)
            edges[(subject.id, kind, obj.id)] = Edge(
                subject,
                kind,
                obj,
                row["count"],
                row["first_seen"],
                row["last_seen"],
                row["confidence"],
                _edge_evidence(row["evidence"], evidence_limit),
            )
        return sorted(edges.values(), key=_most_mentioned_first)

    def _relation_rows(self, actor_id: str) -> list[dict[str, Any]]:
        """The rows of ``read/relations``: each edge of the actor with the actor (``actor_`` columns),
        ``outgoing``, its type, the other actor and the edge's figures and evidence."""
        return self._rows("relations", actor=actor_id)

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
