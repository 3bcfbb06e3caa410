"""How the embedded store writes a batch: look up which keys exist, create what is new, update what changed.

LadybugDB scans a pyarrow table passed as a parameter (``LOAD FROM $rows``)
natively, while a list of Python dicts is bound row by row as STRUCT values
(30–50 µs a row here); and a ``MERGE`` fed by ``LOAD FROM`` or ``UNWIND``
scans the whole table it merges into. ``CREATE`` after key lookups has
neither cost. So one write, in one transaction:

1. looks up by key which of its actors (and whether their name, kind or
   aliases changed), articles and events exist, and the projected edges
   between the actor pairs of its new events;
2. creates the new actors, articles, events (then their links) and edges,
   each from an Arrow table; sets name, kind and aliases of actors whose
   stored values differ (the latest win); updates the edges that gain events;
3. marks its articles complete, last.

Edge figures stay exact without re-reading an edge's events: a write is one
transaction, and LadybugDB runs one write transaction at a time, so an edge's
stored figures are those of the events committed before it. Adding the
batch's new events (never one that exists) gives the figures of all of them:
count, first and last date, best confidence, and the newest evidence, merged
from the stored and the new in the order ``relations`` shows it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pyarrow as pa

from actorgraph.graph import queries
from actorgraph.graph.cypher_store import (
    EVIDENCE_COLUMNS,
    EVIDENCE_KEPT,
    EvidenceItem,
    Run,
    WritePlan,
    actor_row,
    article_row,
    event_row,
    newest_first,
)
from actorgraph.ontology import RelationType
from actorgraph.records import Document, Triple

DIALECT = "ladybug"

_TEXT = pa.string()
_TEXTS = pa.list_(pa.string())
_NUMBERS = pa.list_(pa.int64())
# Dates travel as ISO text and become dates in the queries (date(...)), as in the Neo4j store's rows.
ACTORS = pa.schema([("id", _TEXT), ("name", _TEXT), ("kind", _TEXT), ("aliases", _TEXTS)])
ARTICLES = pa.schema(
    [("id", _TEXT), ("name", _TEXT), ("title", _TEXT), ("source", _TEXT), ("url", _TEXT), ("published", _TEXT),
     ("language", _TEXT), ("extra_sources", _TEXTS)]
)
EVENTS = pa.schema(
    [("id", _TEXT), ("subject", _TEXT), ("object", _TEXT), ("article", _TEXT), ("type", _TEXT), ("polarity", _TEXT),
     ("phrase", _TEXT), ("date", _TEXT), ("date_precision", _TEXT), ("confidence", pa.float64()),
     ("subject_text", _TEXT), ("object_text", _TEXT), ("sentence", _TEXT), ("start_char", pa.int64()),
     ("end_char", pa.int64())]
)
EDGES = pa.schema(
    [("subject", _TEXT), ("object", _TEXT), ("type", _TEXT), ("count", pa.int64()), ("first_seen", _TEXT),
     ("last_seen", _TEXT), ("confidence", pa.float64()), ("polarity", _TEXT)]
    + [(column, _NUMBERS if column in ("evidence_starts", "evidence_ends") else _TEXTS) for column in EVIDENCE_COLUMNS]
)
PAIRS = pa.schema([("subject", _TEXT), ("object", _TEXT)])

NewEvent = tuple[str, Triple, Document]
EdgeKey = tuple[str, str, str]


def write(plan: WritePlan, run: Run) -> tuple[int, int]:
    """Write ``plan`` with ``run`` (inside one transaction); how many actors and events were new."""

    def rows(name: str, **params: Any) -> list[dict[str, Any]]:
        columns, found = run(queries.query(name, DIALECT), params)
        return [dict(zip(columns, row)) for row in found]

    def ids(name: str, wanted: list[str]) -> set[str]:
        return {row["id"] for row in rows(name, ids=wanted)} if wanted else set()

    actors = [actor_row(a) for a in plan.actors.values()]
    known = {row["id"]: row["changed"] for row in rows("read/changed_actors", rows=_table(ACTORS, actors))} if actors else {}
    events_there = ids("read/existing_events", sorted(plan.events))
    articles_there = ids("read/existing_articles", sorted(d.id for d in plan.documents))
    new_events = [(key, triple, document) for key, (triple, document) in plan.events.items() if key not in events_there]
    pairs = sorted({(triple.subject.actor.id, triple.object.actor.id) for _, triple, _ in new_events})
    stored: dict[EdgeKey, dict[str, Any]] = {}
    if pairs:
        table = _table(PAIRS, [{"subject": s, "object": o} for s, o in pairs])
        stored = {(row["subject"], row["type"], row["object"]): row for row in rows("read/edges_between", pairs=table)}
    created, updated = _grown_edges(new_events, stored)

    new_actors = [row for row in actors if row["id"] not in known]
    changed = [row for row in actors if known.get(row["id"])]
    articles = [article_row(d) for d in plan.documents if d.id not in articles_there]
    for name, schema, batch in (
        ("write/create_actors", ACTORS, new_actors),
        ("write/update_actors", ACTORS, changed),
        ("write/create_articles", ARTICLES, articles),
    ):
        if batch:
            run(queries.query(name, DIALECT), {"rows": _table(schema, batch)})
    if new_events:
        table = _table(EVENTS, [event_row(key, triple, document.id) for key, triple, document in new_events])
        for statement in queries.statements("write/create_events", DIALECT):
            run(statement, {"rows": table})
    create = queries.query("write/create_edges", DIALECT)
    for kind in sorted(created, key=lambda k: k.value):
        run(queries.render(create, relation_type=kind), {"rows": _table(EDGES, created[kind])})
    if updated:
        run(queries.query("write/update_edges", DIALECT), {"rows": _table(EDGES, updated)})
    run(queries.query("write/complete", DIALECT), {"ids": [d.id for d in plan.documents]})
    return len(new_actors), len(new_events)


def _table(schema: pa.Schema, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _item(key: str, triple: Triple, document: Document) -> EvidenceItem:
    evidence = triple.evidence
    when = evidence.date.isoformat() if evidence.date else ""
    return (key, evidence.sentence, document.id, document.name, evidence.start, evidence.end, when, evidence.date_precision or "")


def _order(item: EvidenceItem) -> tuple:
    event, _, _, name, start, _, when, _ = item
    return newest_first(date.fromisoformat(when) if when else None, name, start, event)


def _grown_edges(
    new_events: list[NewEvent], stored: dict[EdgeKey, dict[str, Any]]
) -> tuple[dict[RelationType, list[dict[str, Any]]], list[dict[str, Any]]]:
    """The figures of every edge the new events belong to: edges to create by type, and edges to update.

    A stored edge's figures and newest events merge with those of its new events.
    """
    groups: dict[EdgeKey, list[NewEvent]] = defaultdict(list)
    for event in new_events:
        triple = event[1]
        groups[(triple.subject.actor.id, triple.relation.type.value, triple.object.actor.id)].append(event)
    created: dict[RelationType, list[dict[str, Any]]] = defaultdict(list)
    updated = []
    for (subject, kind, obj), members in groups.items():
        dates = [t.evidence.date for _, t, _ in members if t.evidence.date]
        items = [_item(*member) for member in members]
        count = len(members)
        confidence = max(float(t.confidence) for _, t, _ in members)
        old = stored.get((subject, kind, obj))
        if old:
            dates += [d for d in (old["first_seen"], old["last_seen"]) if d]
            items += zip(*(old[column] for column in EVIDENCE_COLUMNS))
            count += old["count"]
            confidence = max(confidence, old["confidence"])
        newest = sorted(items, key=_order)[:EVIDENCE_KEPT]
        relation = RelationType(kind)
        row = {
            "subject": subject,
            "object": obj,
            "type": kind,
            "count": count,
            "first_seen": _iso(min(dates, default=None)),
            "last_seen": _iso(max(dates, default=None)),
            "confidence": confidence,
            "polarity": relation.polarity.value,
        }
        row.update({column: [item[i] for item in newest] for i, column in enumerate(EVIDENCE_COLUMNS)})
        if old:
            updated.append(row)
        else:
            created[relation].append(row)
    return created, updated
