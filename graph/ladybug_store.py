"""The embedded default store: LadybugDB (the maintained fork of Kuzu), a folder on disk.

``--db PATH`` names a folder; the database is the file ``PATH/graph.lbug``
(LadybugDB keeps recent writes in ``graph.lbug.wal`` beside it until a
checkpoint). The store checkpoints when it closes, so after a command ends the
folder's main file holds everything; back it up by copying the folder while
no actorgraph command is running.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from actorgraph.errors import InputError, StoreError
from actorgraph.graph import queries
from actorgraph.graph.cypher_store import CypherStore, Rows, Run, WritePlan
from actorgraph.records import Document, Triple, WriteSummary

T = TypeVar("T")

DB_FILE = "graph.lbug"
CHECKPOINT_AFTER = 1 << 30
"""Bytes of write-ahead log after which LadybugDB folds it into the main file (its default is 16 MiB).

A checkpoint rewrites every part of the edge tables that the log touched, and
a batch of new events touches nearly all of them: at the default, a build of
1M relations checkpointed every ~10,000 relations at a cost growing with the
graph (10 s a time at 300,000). At 1 GiB a build checkpoints every ~600,000
relations, holding the log's changes in memory meanwhile (~2 KB a relation),
and closing the store checkpoints what is left."""
READ_BUFFER_POOL = 1 << 30
"""Buffer pool of a database opened read-only. LadybugDB's default (80% of memory) takes ~20 ms to
set up and ~10 ms to release, a third of a lookup command's own time; a lookup reads a few pages."""
REPLAN_AFTER = 1_000
"""Rows written before the store first makes LadybugDB plan its queries again (see ``_replan``)."""

_PLAIN = frozenset({str, int, float, bool, date})
_PLAIN_COLUMN = re.compile(r"(STRING|INT64|DOUBLE|BOOL|DATE)(\[\])*")
"""Column types whose values LadybugDB hands back as plain Python already (no sums, nodes or structs)."""
_READ_ONLY_REFUSALS = ("read-only transaction", "read-only database")
_LOCKED = "lock"
_TABLE = re.compile(r"CREATE (?:NODE|REL) TABLE IF NOT EXISTS (\w+)")


def _plain(value: Any) -> Any:
    """LadybugDB values as plain Python: integral sums as int, nodes as their properties."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _rollback(connection: Any) -> None:
    # A failed statement has already ended LadybugDB's transaction; then there is nothing to roll back.
    try:
        connection.execute("ROLLBACK")
    except RuntimeError:
        pass


def _folder(path: Path, create: bool) -> Path:
    """The database file inside ``path``, after checking the folder can hold one."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a folder: give --db a folder (actorgraph keeps {DB_FILE} in it)")
    database = path / DB_FILE
    if not create and not database.exists():
        raise StoreError(f"no graph at {path}; run `actorgraph build FILES --db {path}` first")
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or _first_line(exc)
            raise StoreError(f"cannot create the graph folder {path}: {reason}; give --db a folder you can write") from None
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise StoreError(f"cannot read and write the graph folder {path}: permission denied; give --db a folder you can write")
    return database


class LadybugStore(CypherStore):
    """The ``Store`` on an embedded LadybugDB database in the folder ``path``."""

    dialect = "ladybug"

    def __init__(self, path: Path, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._conn: Any = None
        self._rows_planned_for: int | None = None
        self._rows_since_plans = 0
        database = _folder(self.path, create)
        # A log left by a command that did not close (killed) is replayed by a writable open only.
        self._read_only = read_only and database.exists() and not self._wal().exists()
        self._open()
        missing = self._missing_tables()
        if missing:
            self._writable()
            for statement in queries.statements("schema", self.dialect):
                self._run(statement, {})

    def _wal(self) -> Path:
        return self.path / f"{DB_FILE}.wal"

    def _open(self) -> None:
        import ladybug

        try:
            pool = {"buffer_pool_size": READ_BUFFER_POOL} if self._read_only else {}
            self._db = ladybug.Database(str(self.path / DB_FILE), read_only=self._read_only, checkpoint_threshold=CHECKPOINT_AFTER, **pool)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            message = _first_line(exc)
            if _LOCKED in message.lower():
                raise StoreError(f"the graph at {self.path} is in use by another process; wait for it to finish") from None
            raise StoreError(f"cannot open the graph at {self.path}: {message}") from None

    def _writable(self) -> None:
        """Open the database again for writing when it was opened read-only (a lookup that writes:
        creating the schema or indexing names of an older graph)."""
        if not self._read_only:
            return
        self._conn.close()
        self._db.close()
        self._read_only = False
        self._open()

    def _missing_tables(self) -> set[str]:
        """The tables of ``cypher/schema.ladybug.cypher`` the database lacks: all of them when it is
        new, some when it was built by an older actorgraph. One catalog read instead of running
        every statement of the schema at each open."""
        declared = {_TABLE.match(s).group(1) for s in queries.statements("schema", self.dialect)}
        _, rows = self._run("CALL show_tables() RETURN name", {})
        return declared - {row[0] for row in rows}

    def write(self, batch: Sequence[tuple[Document, Sequence[Triple]]]) -> WriteSummary:
        summary = super().write(batch)
        if self._rows_planned_for is None:
            self._rows_planned_for = 0
        self._rows_since_plans += summary.documents + summary.relations
        if self._rows_since_plans > max(REPLAN_AFTER, self._rows_planned_for):
            self._replan()
        return summary

    def _replan(self) -> None:
        """Let LadybugDB plan the reading connection's queries again for the graph as it now is.

        A connection keeps the plan of each query it has run; a plan made while
        the graph was empty scans tables where key lookups are needed once it
        has grown (a write's lookups went from 50 ms to 1.3 s on 40,000 events).
        Writes plan afresh on their own connection; the reading one is replaced
        each time the graph has doubled, a handful of re-plans per build.
        """
        import ladybug

        self._conn.close()
        self._conn = ladybug.Connection(self._db)
        self._rows_planned_for = (self._rows_planned_for or 0) + self._rows_since_plans
        self._rows_since_plans = 0

    def _execute(self, text: str, params: dict[str, Any], connection: Any = None) -> tuple[list[str], Rows]:
        result = (connection or self._conn).execute(text, params)
        rows = result.get_all()
        # Only columns of other types than these hold values to convert: testing every value costs
        # a lookup a tenth of its time.
        convert = [i for i, kind in enumerate(result.get_column_data_types()) if not _PLAIN_COLUMN.fullmatch(kind)]
        if convert:
            for row in rows:
                for i in convert:
                    row[i] = _plain(row[i])
        return result.get_column_names(), rows

    def _run(self, text: str, params: dict[str, Any], connection: Any = None) -> tuple[list[str], Rows]:
        try:
            return self._execute(text, params, connection)
        except RuntimeError as exc:
            raise StoreError(f"the graph at {self.path} refused a query: {_first_line(exc)}") from None

    def _write_plan(self, plan: WritePlan) -> tuple[int, int]:
        # Imported here: pyarrow stays out of the start-up of commands that only read.
        from actorgraph.graph import ladybug_write

        return self._in_transaction(lambda run: ladybug_write.write(plan, run))

    def _in_transaction(self, work: Callable[[Run], T]) -> T:
        """Run ``work`` in one transaction on a connection of its own, closed afterwards.

        LadybugDB's Python driver prepares a statement that reads an Arrow table
        for that very table and keeps it in the connection's statement cache;
        closing the connection after each write frees them all.
        """
        import ladybug

        self._writable()
        connection = ladybug.Connection(self._db)
        try:
            connection.execute("BEGIN TRANSACTION")
            try:
                result = work(lambda text, params: self._run(text, params, connection))
            except BaseException:
                _rollback(connection)
                raise
            connection.execute("COMMIT")
            return result
        finally:
            connection.close()

    def _relation_rows(self, actor_id: str) -> list[dict[str, Any]]:
        # Each direction its own match (see read/relations_from); an edge from the actor to itself
        # comes from both, and relations() keeps one.
        rows = []
        for query, outgoing in (("relations_from", True), ("relations_to", False)):
            for row in self._rows(query, actor=actor_id):
                row["outgoing"] = outgoing
                rows.append(row)
        return rows

    def _link_names(self, run: Run, links: list[dict[str, str]]) -> None:
        from actorgraph.graph import ladybug_write

        ladybug_write.link_names(run, links)

    def _run_read_only(self, text: str, params: dict[str, Any]) -> tuple[list[str], Rows]:
        self._conn.execute("BEGIN TRANSACTION READ ONLY")
        try:
            return self._execute(text, params)
        except RuntimeError as exc:
            message = _first_line(exc)
            if any(refusal in message for refusal in _READ_ONLY_REFUSALS):
                raise InputError("this query writes to the graph; queries run read-only (nothing was changed)") from None
            raise InputError(f"the embedded graph refused the query: {message}") from None
        finally:
            _rollback(self._conn)

    def close(self) -> None:
        """Checkpoint (fold the .wal into graph.lbug) when there is one, and release the database;
        safe to call twice. A command that only read leaves no .wal and closes without checkpointing."""
        if self._conn is None:
            return
        try:
            if not self._read_only and self._wal().exists():
                self._conn.execute("CHECKPOINT")
        finally:
            self._conn.close()
            self._db.close()
            self._conn = None
