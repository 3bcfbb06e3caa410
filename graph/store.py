"""The one small interface every graph store implements, and the factory that opens one.

Two real implementations sit behind it: the embedded LadybugDB store (the
default, a folder on disk) and the Neo4j store (Bolt, through the official
driver). Every command talks to a ``Store`` and never to a database directly,
so each works the same on both. One contract test suite
(``tests/graph/test_store_contract.py``) runs against both.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from actorgraph.errors import InputError
from actorgraph.ontology import RelationType
from actorgraph.records import Actor, Document, Edge, Stats, Triple, WriteSummary

BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
STORE_KINDS = ("embedded", "neo4j")


class Store(Protocol):
    """A graph of actors and relations that triples go into and edges come out of."""

    location: str
    """Where the store lives, safe to print (a folder, or a URI without password)."""

    def write(self, batch: Sequence[tuple[Document, Sequence[Triple]]]) -> WriteSummary:
        """Add documents with their triples.

        Idempotent: a document already stored is skipped, and re-running a
        write that was interrupted ends in the same graph as one that was not.
        Mentions of the same relation between the same actors aggregate into
        one edge (count, first/last seen, evidence).
        """

    def stored_documents(self, ids: Collection[str]) -> set[str]:
        """Which of these document ids (text hashes) are completely stored."""

    def find_actors(self, name: str) -> list[Actor]:
        """Actors whose id, name or one of whose aliases equals ``name``, ignoring case."""

    def actors(self) -> list[Actor]:
        """Every actor, for suggestions and copying."""

    def relations(
        self,
        actor_id: str,
        types: Collection[RelationType] | None = None,
        evidence_limit: int = 3,
    ) -> list[Edge]:
        """Every edge from or to one actor, most mentioned first."""

    def edges(
        self,
        around: str | None = None,
        depth: int = 1,
        types: Collection[RelationType] | None = None,
        since: date | None = None,
        until: date | None = None,
        evidence_limit: int = 3,
    ) -> list[Edge]:
        """The edges of the whole graph, or of the ego network ``depth`` hops around one actor.

        ``since``/``until`` keep only mentions dated within the range (inclusive)
        and aggregate what is left.
        """

    def triples(
        self,
        actor_id: str,
        other_id: str | None = None,
        types: Collection[RelationType] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[Triple]:
        """The single mentions behind edges of one actor (with another, if given), oldest first."""

    def documents(self) -> Iterator[tuple[Document, list[Triple]]]:
        """Every stored document with its triples (documents come back without text)."""

    def stats(self) -> Stats:
        """Counts of documents, actors and relations (by type and by polarity)."""

    def run_query(self, name: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
        """Run a saved query from ``cypher/`` by name: column names and rows."""

    def run_cypher(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run a read-only query in the store's own dialect; one that would write is refused, nothing changed."""

    def close(self) -> None:
        """Release the database; safe to call twice."""


def default_location() -> str:
    """The embedded database folder used when no ``--db`` is given."""
    configured = os.environ.get("ACTORGRAPH_DB")
    if configured:
        return configured
    from platformdirs import user_data_path

    return str(user_data_path("actorgraph") / "graph")


def is_bolt_uri(target: str) -> bool:
    return target.lower().startswith(BOLT_SCHEMES)


def open_store(target: str | None = None, kind: str | None = None, *, create: bool = True, read_only: bool = False) -> Store:
    """Open the store at ``target``: a folder (embedded) or a Bolt URI (Neo4j).

    With ``kind="neo4j"`` and no target, the ``NEO4J_URI`` environment
    variable names the server. ``create=False`` refuses to create an embedded
    database that does not exist yet (lookups on a fresh machine say so
    instead of creating an empty graph). ``read_only=True`` opens an embedded
    database for reading (faster to open and close, and several commands may
    read at once); a write through it opens the database for writing first.
    """
    if kind is not None and kind not in STORE_KINDS:
        raise InputError(f"unknown store {kind!r}; use one of {', '.join(STORE_KINDS)}")
    if target is None and kind == "neo4j":
        target = os.environ.get("NEO4J_URI")
        if not target:
            raise InputError("--store neo4j needs a server: set NEO4J_URI or pass --db bolt://HOST:7687")
    if target is None:
        target = default_location()
    if is_bolt_uri(target):
        if kind == "embedded":
            raise InputError(f"--store embedded cannot open {target}; give a folder or use --store neo4j")
        from actorgraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore.from_uri(target)
    if kind == "neo4j":
        raise InputError(f"--store neo4j needs a bolt:// or neo4j:// URI, not {target!r}")
    from actorgraph.graph.ladybug_store import LadybugStore

    return LadybugStore(Path(target).expanduser(), create=create, read_only=read_only)
