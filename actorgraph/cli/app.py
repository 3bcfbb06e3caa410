"""The Typer application and what every command shares: options, errors, output."""

from __future__ import annotations

import csv
import functools
import io
import json
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

        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console().print(table)
