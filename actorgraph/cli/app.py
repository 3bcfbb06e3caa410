"""The Typer application and what every command shares: options, errors, output."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, Iterator, Optional, TypeVar

import typer

from actorgraph.errors import ActorgraphError, InputError

app = typer.Typer(
    name="actorgraph",
    help="Build and explore knowledge graphs of actors and relations in geopolitical news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    Optional[str],
    typer.Option(
        "--db",
        envvar="ACTORGRAPH_DB",
        help="Embedded database folder, or a bolt:// / neo4j:// URI. Default: the per-user data folder.",
        show_default=False,
    ),
]
StoreOption = Annotated[
    Optional[str],
    typer.Option("--store", help="embedded or neo4j (neo4j reads NEO4J_URI when --db is not a URI)."),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="table, json or csv.")]
SinceOption = Annotated[
    Optional[datetime],
    typer.Option("--since", formats=["%Y-%m-%d"], help="Only mentions with an event date on or after this day.", show_default=False),
]
UntilOption = Annotated[
    Optional[datetime],
    typer.Option("--until", formats=["%Y-%m-%d"], help="Only mentions with an event date on or before this day.", show_default=False),
]

F = TypeVar("F", bound=Callable[..., Any])


def date_range(since: datetime | None, until: datetime | None) -> tuple[date | None, date | None]:
    """The days of --since/--until; a range that is empty by construction is a user error."""
    start, end = (since.date() if since else None), (until.date() if until else None)
    if start and end and start > end:
        raise InputError(f"--since {start} is after --until {end}; nothing could match")
    return start, end


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line on stderr and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def user_errors(fn: F) -> F:
    """Turn library errors into one line on stderr and an exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ActorgraphError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted; run the same command again to finish (nothing is half-written)", 130) from None

    return wrapper  # type: ignore[return-value]


def warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


@contextmanager
def opened_store(db: str | None, store: str | None, *, create: bool = False) -> Iterator[Any]:
    """Open the configured store for one command and always close it; read-only unless the command
    may create it (an embedded graph then opens faster, and several commands may read it at once)."""
    from actorgraph.graph.store import open_store

    handle = open_store(db, store, create=create, read_only=not create)
    try:
        yield handle
    finally:
        handle.close()


def emit(rows: Sequence[dict[str, Any]], fmt: OutputFormat, columns: Sequence[str], title: str | None = None) -> None:
    """Print rows as a rich table, a JSON array or CSV with a header."""
    if fmt is OutputFormat.json:
        typer.echo(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))
    elif fmt is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        typer.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        cells = [["" if row.get(c) is None else str(row.get(c)) for c in columns] for row in rows]
        console = Console(width=_table_width())
        widest = [max([len(column), *(len(row[i]) for row in cells)]) for i, column in enumerate(columns)]
        short = [width <= SHORT_COLUMN for width in widest]
        # Short columns keep their width only while the long ones keep room to be read.
        fixed = sum(width + 3 for width, is_short in zip(widest, short) if is_short)
        keep_short = fixed + LONG_COLUMN_ROOM * (len(columns) - sum(short)) <= console.width
        table = Table(title=title, show_lines=False)
        for column, width, is_short in zip(columns, widest, short):
            if is_short and keep_short:
                table.add_column(column, no_wrap=True, min_width=width)
            else:
                table.add_column(column, overflow="fold", ratio=1)
        for row in cells:
            table.add_row(*row)
        console.print(table)


SHORT_COLUMN = 24
"""Columns no wider than this (names, types, counts, dates) are not wrapped; long text folds."""
LONG_COLUMN_ROOM = 30
"""Columns each long one (sentences, lists) needs for short ones to stay unwrapped."""


def _table_width() -> int | None:
    """The terminal's width; a table written to a file or pipe gets room for its sentences
    instead of rich's 80 columns (``COLUMNS`` still decides when set)."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return None
    return 200
