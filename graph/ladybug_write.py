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
   stored values differ (the latest win), and links the names of new and
   changed actors (``write_names``); updates the edges that gain events;
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
from typing import Any

import pyarrow as pa

from actorgraph.graph import queries
from actorgraph.graph.cypher_store import (
    EdgeKey,
    Run,
    WritePlan,
    actor_row,
    article_row,
    event_row,
    grown_edges,
    write_names,
)
from actorgraph.ontology import RelationType

DIALECT = "ladybug"

_TEXT = pa.string()
_TEXTS = pa.list_(pa.string())
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
     ("last_seen", _TEXT), ("confidence", pa.float64()), ("polarity", _TEXT), ("evidence", _TEXT)]
)
PAIRS = pa.schema([("subject", _TEXT), ("object", _TEXT)])
NAMES = pa.schema([("key", _TEXT)])
NAME_LINKS = pa.schema([("key", _TEXT), ("actor", _TEXT)])

def write(plan: WritePlan, run: Run) -> tuple[int, int]:
    """Write ``plan`` with ``run`` (inside one transaction); how many actors and events were new."""

    def rows(name: str, **params: Any) -> list[dict[str, Any]]:
        columns, found = run(queries.query(name, DIALECT), params)
        return [dict(zip(columns, row)) for row in found]

    def ids(name: str, wanted: list[str]) -> set[str]:
        return {row["id"] for row in rows(name, ids=wanted)} if wanted else set()

    actors = [actor_row(a) for a in plan.actors.values()]
    known = {row["id"]: row["changed"] for row in rows("read/changed_actors", rows=arrow_table(ACTORS, actors))} if actors else {}
    events_there = ids("read/existing_events", sorted(plan.events))
    articles_there = ids("read/existing_articles", sorted(d.id for d in plan.documents))
    new_events = [(key, triple, document) for key, (triple, document) in plan.events.items() if key not in events_there]
    pairs = sorted({(triple.subject.actor.id, triple.object.actor.id) for _, triple, _ in new_events})
    stored: dict[EdgeKey, dict[str, Any]] = {}
    if pairs:
        table = arrow_table(PAIRS, [{"subject": s, "object": o} for s, o in pairs])
        stored = {(row["subject"], row["type"], row["object"]): row for row in rows("read/edges_between", pairs=table)}
    created: dict[str, list[dict[str, Any]]] = defaultdict(list)
    updated = []
    for row, is_new in grown_edges(new_events, stored):
        if is_new:
            created[row["type"]].append(row)
        else:
            updated.append(row)

    new_actors = [row for row in actors if row["id"] not in known]
    changed = [row for row in actors if known.get(row["id"])]
    articles = [article_row(d) for d in plan.documents if d.id not in articles_there]
    for name, schema, batch in (
        ("write/create_actors", ACTORS, new_actors),
        ("write/update_actors", ACTORS, changed),
        ("write/create_articles", ARTICLES, articles),
    ):
        if batch:
            run(queries.query(name, DIALECT), {"rows": arrow_table(schema, batch)})
    renamed = [plan.actors[row["id"]] for row in new_actors + changed]
    write_names(run, DIALECT, renamed, [row["id"] for row in changed], link_names)
    if new_events:
        table = arrow_table(EVENTS, [event_row(key, triple, document.id) for key, triple, document in new_events])
        for statement in queries.statements("write/create_events", DIALECT):
            run(statement, {"rows": table})
    create = queries.query("write/create_edges", DIALECT)
    for kind in sorted(created):
        run(queries.render(create, relation_type=RelationType(kind)), {"rows": arrow_table(EDGES, created[kind])})
    if updated:
        run(queries.query("write/update_edges", DIALECT), {"rows": arrow_table(EDGES, updated)})
    run(queries.query("write/complete", DIALECT), {"ids": [d.id for d in plan.documents]})
    return len(new_actors), len(new_events)


def link_names(run: Run, links: list[dict[str, str]]) -> None:
    """Create the Name nodes of keys that have none, then the links (``write_names``' way to link)."""
    keys = sorted({row["key"] for row in links})
    _, found = run(queries.query("read/existing_names", DIALECT), {"ids": keys})
    there = {row[0] for row in found}
    new = [{"key": key} for key in keys if key not in there]
    if new:
        run(queries.query("write/create_names", DIALECT), {"rows": arrow_table(NAMES, new)})
    run(queries.query("write/create_name_links", DIALECT), {"rows": arrow_table(NAME_LINKS, links)})


def arrow_table(schema: pa.Schema, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)
