"""The Neo4j store: the same graph in a Neo4j 5 server, over Bolt with the official driver.

Configured like every Neo4j tool: ``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` (credentials may also sit in the
URI, ``bolt://user:password@host:7687``). The password is never shown:
``location`` is the URI without credentials.

Writes run as managed transactions, so the driver retries transient errors.
They upsert with ``UNWIND … MERGE``, then merge the new events into the
projected edges they belong to, read inside the same transaction after the
events: creating an event's links locks both of its actors until commit, so
two builds writing the same edge at once take turns and both figures hold.
A unique-key race between two writers MERGE-ing the same new actor surfaces
as a ``ConstraintError`` that the driver does not retry; the store retries
it, which is safe because every write is idempotent.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

from actorgraph.errors import InputError, StoreError
from actorgraph.graph import queries
from actorgraph.graph.cypher_store import (
    CypherStore,
    Rows,
    Run,
    Step,
    WritePlan,
    actor_row,
    article_row,
    event_row,
    grown_edges,
    write_names,
)
from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import Actor

T = TypeVar("T")

CONSTRAINT_RETRIES = 5
MINIMUM_MAJOR_VERSION = 5
DEFAULT_USER = "neo4j"
_SERVER_VERSION = re.compile(r"Neo4j/(\d+)\.(\d+)")
_START_HINT = "start it with `docker compose up -d` or set NEO4J_URI to a running server"

# The driver logs each retry it makes as a warning; the store reports failures itself, in one line.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """The URI without user and password, and those two (None when absent).

    >>> split_credentials("bolt://neo4j:s3cret@localhost:7687")
    ('bolt://localhost:7687', 'neo4j', 's3cret')
    """
    parts = urlsplit(uri)
    if parts.username is None and parts.password is None:
        return uri, None, None
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return clean, user, password


def check_server_version(agent: str, location: str) -> None:
    """Refuse servers older than Neo4j 5 (the agent string reads ``Neo4j/4.4.26``)."""
    match = _SERVER_VERSION.search(agent)
    if match and int(match.group(1)) < MINIMUM_MAJOR_VERSION:
        version = f"{match.group(1)}.{match.group(2)}"
        raise StoreError(
            f"{location} runs Neo4j {version}; actorgraph needs Neo4j 5 or later: "
            "upgrade it, or start Neo4j 5.26 with `docker compose up -d`"
        )


def _with_kind_labels(text: str, kind: ActorKind) -> str:
    others = ":".join(k.label for k in ActorKind if k is not kind)
    return queries.render(text, kind_label=kind.label, other_kind_labels=others)


def _plain(value: Any) -> Any:
    """Driver values as plain Python: dates as ``datetime.date``, nodes and relationships as dicts."""
    from neo4j.graph import Node, Path, Relationship

    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, (Node, Relationship)):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return [_plain(node) for node in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Neo4jStore(CypherStore):
    """The ``Store`` on a Neo4j 5 database (or another server speaking Bolt and Neo4j's Cypher)."""

    dialect = "neo4j"

    def __init__(self, driver: Any, location: str, database: str | None, user: str) -> None:
        self._driver = driver
        self.location = location
        self.database = database
        self._user = user
        self._schema_ready = False

    @classmethod
    def from_uri(
        cls,
        uri: str,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        retry_seconds: float = 15.0,
    ) -> Neo4jStore:
        """Connect to ``uri`` and check the server: reachable, credentials accepted, database there, Neo4j 5+.

        Arguments left out come from the URI, then from ``NEO4J_USERNAME``,
        ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``. ``retry_seconds`` bounds how
        long a transaction is retried while the server is away.
        """
        from neo4j import GraphDatabase
        from neo4j.exceptions import ConfigurationError

        location, uri_user, uri_password = split_credentials(uri)
        user = user or uri_user or os.environ.get("NEO4J_USERNAME") or DEFAULT_USER
        password = password if password is not None else uri_password
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        database = database or os.environ.get("NEO4J_DATABASE") or None
        auth = (user, password) if password else None
        try:
            driver = GraphDatabase.driver(
                location,
                auth=auth,
                user_agent="actorgraph",
                notifications_min_severity="OFF",
                connection_timeout=5.0,
                max_transaction_retry_time=retry_seconds,
            )
        except (ValueError, ConfigurationError) as exc:
            raise StoreError(f"cannot use {location!r} as a Neo4j address ({exc}); expected e.g. bolt://localhost:7687") from None
        store = cls(driver, location, database, user)
        try:
            store._check_server()
        except BaseException:
            driver.close()
            raise
        return store

    def _where(self) -> str:
        return f"{self.location} (database {self.database})" if self.database else self.location

    def _translate(self, exc: Exception, doing: str) -> StoreError:
        """A driver error as one line that says what to do."""
        from neo4j.exceptions import AuthError, ClientError, DriverError, ServiceUnavailable, SessionExpired

        if isinstance(exc, AuthError):
            return StoreError(
                f"Neo4j at {self.location} refused the credentials of user {self._user!r}: "
                "check NEO4J_USERNAME and NEO4J_PASSWORD"
            )
        if isinstance(exc, (ServiceUnavailable, SessionExpired)):
            return StoreError(f"cannot reach Neo4j at {self.location} while {doing}: {_START_HINT}; then run the same command again")
        if isinstance(exc, ClientError) and exc.code and exc.code.endswith("DatabaseNotFound"):
            return StoreError(
                f"Neo4j at {self.location} has no database {self.database!r}: set NEO4J_DATABASE to an existing "
                "one (Neo4j Community has only `neo4j`) or create it"
            )
        message = getattr(exc, "message", None) or str(exc)
        if isinstance(exc, DriverError):
            return StoreError(f"Neo4j at {self._where()} failed while {doing}: {message}")
        return StoreError(f"Neo4j at {self._where()} refused a query while {doing}: {message}")

    def _check_server(self) -> None:
        from neo4j import RoutingControl
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            info = self._driver.get_server_info()
            check_server_version(info.agent or "", self.location)
            self._driver.execute_query("RETURN 1", database_=self.database, routing_=RoutingControl.READ)
        except (Neo4jError, DriverError) as exc:
            raise self._translate(exc, "connecting") from None

    def _prepare_writes(self, changed_kind: Sequence[Actor]) -> None:
        """Create the schema once, and relabel actors whose kind changed.

        Relabelling runs on its own, before the write's transaction: a node's
        labels cannot change inside the transaction that MERGEs it on the Bolt
        test server (ArcadeDB), and a kind label is idempotent to set.
        """
        from neo4j.exceptions import DriverError, Neo4jError

        steps: list[Step] = []
        if not self._schema_ready:
            steps += [(statement, {}) for statement in queries.statements("schema", self.dialect)]
        text = queries.query("write/relabel_actors", self.dialect)
        for kind in ActorKind:
            ids = sorted(a.id for a in changed_kind if a.kind is kind)
            if ids:
                steps.append((_with_kind_labels(text, kind), {"ids": ids, "kind": kind.value}))
        try:
            with self._driver.session(database=self.database) as session:
                for statement, params in steps:
                    session.run(statement, params).consume()
        except (Neo4jError, DriverError) as exc:
            raise self._translate(exc, "preparing the write") from None
        self._schema_ready = True

    def _write_plan(self, plan: WritePlan) -> tuple[int, int]:
        stored = {row["id"]: row for row in self._rows("existing_actors", ids=sorted(plan.actors))}
        changed = [a for a in plan.actors.values() if a.id in stored and stored[a.id]["kind"] != a.kind.value]
        renamed = [
            a for a in plan.actors.values()
            if a.id not in stored or (stored[a.id]["name"], tuple(stored[a.id]["aliases"] or ())) != (a.name, a.aliases)
        ]
        self._prepare_writes(changed)
        new_events = self._in_transaction(lambda run: self._apply(plan, renamed, set(stored), run))
        return len(plan.actors) - len(stored), new_events

    def _apply(self, plan: WritePlan, renamed: Sequence[Actor], stored: set[str], run: Run) -> int:
        """Write one plan inside one transaction (run again in full if it is retried); how many events were new.

        ``renamed`` are the actors whose names to link: new ones and those whose name or aliases changed
        (``stored`` are the ids that existed before the write).
        """
        for text, params in self._actor_steps(list(plan.actors.values())):
            run(text, params)
        write_names(run, self.dialect, renamed, [a.id for a in renamed if a.id in stored], self._link_names)
        run(queries.query("write/articles", self.dialect), {"rows": [article_row(d) for d in plan.documents]})
        if plan.events:
            _, found = run(queries.query("read/existing_events", self.dialect), {"ids": sorted(plan.events)})
            there = {row[0] for row in found}
            new_events = [(key, triple, document) for key, (triple, document) in plan.events.items() if key not in there]
            if new_events:
                events = [event_row(key, triple, document.id) for key, triple, document in new_events]
                run(queries.query("write/create_events", self.dialect), {"rows": events})
            keys = sorted({(t.subject.actor.id, t.relation.type.value, t.object.actor.id) for _, t, _ in new_events})
            columns, found = run(
                queries.query("read/edges_between", self.dialect),
                {"edges": [{"subject": s, "type": kind, "object": o} for s, kind, o in keys]},
            )
            stored = {(row[0], row[1], row[2]): dict(zip(columns, row)) for row in found}
            by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for row, _ in grown_edges(new_events, stored):
                by_type[row["type"]].append(row)
            edges = queries.query("write/edges", self.dialect)
            for name in sorted(by_type):
                run(queries.render(edges, relation_type=RelationType(name)), {"rows": by_type[name]})
        run(queries.query("write/complete", self.dialect), {"ids": [d.id for d in plan.documents]})
        return len(new_events) if plan.events else 0

    def _actor_steps(self, actors: Sequence[Actor]) -> list[Step]:
        text = queries.query("write/actors", self.dialect)
        steps = []
        for kind in ActorKind:
            rows = [actor_row(a) for a in actors if a.kind is kind]
            if rows:
                steps.append((_with_kind_labels(text, kind), {"rows": rows}))
        return steps

    def _link_names(self, run: Run, links: list[dict[str, str]]) -> None:
        run(queries.query("write/names", self.dialect), {"rows": links})

    def _run(self, text: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
        from neo4j import RoutingControl
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            records, _, keys = self._driver.execute_query(
                text, params, database_=self.database, routing_=RoutingControl.READ
            )
        except (Neo4jError, DriverError) as exc:
            raise self._translate(exc, "reading the graph") from None
        return list(keys), [[_plain(v) for v in record.values()] for record in records]

    def _in_transaction(self, work: Callable[[Run], T]) -> T:
        from neo4j.exceptions import ConstraintError, DriverError, Neo4jError

        def transaction(tx: Any) -> T:
            def run(text: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
                result = tx.run(text, params)
                keys = list(result.keys())
                return keys, [[_plain(v) for v in record.values()] for record in result]

            return work(run)

        for attempt in range(CONSTRAINT_RETRIES):
            try:
                with self._driver.session(database=self.database) as session:
                    return session.execute_write(transaction)
            except ConstraintError as exc:
                # Another writer created the same key between our MERGE's match and create.
                if attempt == CONSTRAINT_RETRIES - 1:
                    raise self._translate(exc, "writing") from None
                time.sleep(0.05 * 2**attempt)
            except (Neo4jError, DriverError) as exc:
                raise self._translate(exc, "writing (nothing of this batch was written)") from None

    def _run_read_only(self, text: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
        """Run in a read transaction that is always rolled back, and refuse a query that changed anything.

        Neo4j itself refuses writes in a read transaction; servers that do not
        (the Bolt test server) still never keep them, since nothing is committed.
        """
        from neo4j import READ_ACCESS
        from neo4j.exceptions import ClientError, DriverError, Neo4jError

        try:
            with self._driver.session(database=self.database, default_access_mode=READ_ACCESS) as session:
                tx = session.begin_transaction()
                try:
                    result = tx.run(text, params)
                    keys = list(result.keys())
                    rows = [[_plain(v) for v in record.values()] for record in result]
                    counters = result.consume().counters
                finally:
                    tx.rollback()
        except ClientError as exc:
            if exc.code and "AccessMode" in exc.code:
                raise InputError("this query writes to the graph; queries run read-only (nothing was changed)") from None
            if exc.code and exc.code.endswith("DatabaseNotFound"):
                raise self._translate(exc, "querying") from None
            raise InputError(f"Neo4j refused the query: {exc.message or exc}") from None
        except (Neo4jError, DriverError) as exc:
            raise self._translate(exc, "querying") from None
        if counters.contains_updates or counters.contains_system_updates:
            raise InputError("this query writes to the graph; queries run read-only (nothing was changed)")
        return keys, rows

    def close(self) -> None:
        """Close the driver's connections; safe to call twice."""
        self._driver.close()
