"""Store fixtures: every contract test runs on the embedded store and on a real Bolt server.

The Bolt server is ArcadeDB (``bolt_server.py``), started once per test
session in its own process on free loopback ports. With ``NEO4J_URI`` set
(and ``NEO4J_USERNAME``/``NEO4J_PASSWORD``/``NEO4J_DATABASE`` as needed) the
same tests run against that server instead, e.g. a real Neo4j 5. The tests
empty its database between tests, so it must start empty: a server holding
data is refused rather than wiped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.neo4j_store import Neo4jStore
from tests.graph.bolt_server import DATABASE, USER, ArcadeServer

STORE_KINDS = ["embedded", "bolt"]


@dataclass(frozen=True)
class BoltTarget:
    uri: str
    user: str
    password: str
    database: str | None

    def open(self, **overrides) -> Neo4jStore:
        settings = {"user": self.user, "password": self.password, "database": self.database, "retry_seconds": 5.0}
        return Neo4jStore.from_uri(self.uri, **{**settings, **overrides})


def _empty(store: Neo4jStore) -> None:
    store._in_transaction(lambda run: run("MATCH (n) DETACH DELETE n", {}))


@pytest.fixture(scope="session")
def bolt(tmp_path_factory) -> BoltTarget:
    """A Bolt server for the session: $NEO4J_URI when set, else a fresh ArcadeDB."""
    if os.environ.get("NEO4J_URI"):
        target = BoltTarget(
            os.environ["NEO4J_URI"],
            os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE") or None,
        )
        with target.open() as store:
            if store.stats().actors or store.run_cypher("MATCH (n) RETURN count(n) AS n")[1][0][0]:
                pytest.exit(f"{target.uri} holds data and the graph tests empty it: point NEO4J_URI at an empty database", 2)
        yield target
        return
    server = ArcadeServer(tmp_path_factory.mktemp("arcadedb"))
    server.start()
    try:
        yield BoltTarget(server.uri, USER, server.password, DATABASE)
    finally:
        server.stop()


@pytest.fixture
def private_bolt(tmp_path) -> ArcadeServer:
    """A Bolt server of this test's own, to stop and restart."""
    server = ArcadeServer(tmp_path / "arcadedb")
    server.root.mkdir()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def open_store(request, tmp_path):
    """open_store(kind) -> an empty store of that kind, closed after the test."""
    opened = []

    def make(kind: str):
        if kind == "embedded":
            store = LadybugStore(tmp_path / f"graph-{len(opened)}", create=True)
        else:
            store = request.getfixturevalue("bolt").open()
            _empty(store)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture(params=STORE_KINDS)
def store(request, open_store):
    """An empty store, once embedded and once over Bolt."""
    return open_store(request.param)
