"""Cypher from the command line: saved queries, a read-only query of your own, and copying a graph."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Optional

import typer

from actorgraph.cli.app import DbOption, FormatOption, OutputFormat, StoreOption, app, emit, opened_store, user_errors
from actorgraph.errors import InputError

ParamOption = Annotated[
    Optional[list[str]],
    typer.Option("--param", "-p", help="A query parameter as KEY=VALUE (repeat for more); whole numbers become integers."),
]

_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?\d+\.\d+")


def parse_params(pairs: list[str] | None) -> dict[str, Any]:
    """``["actor=ECOWAS", "limit=5"]`` -> ``{"actor": "ECOWAS", "limit": 5}``."""
    params: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param needs KEY=VALUE, not {pair!r}")
        value = value.strip()
        if _INTEGER.fullmatch(value):
            params[key.strip()] = int(value)
        elif _DECIMAL.fullmatch(value):
            params[key.strip()] = float(value)
        else:
            params[key.strip()] = value
    return params


def _cell(value: Any, fmt: OutputFormat) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list) and fmt is not OutputFormat.json:
        return " | ".join(str(_cell(v, fmt)) for v in value)
    if isinstance(value, list):
        return [_cell(v, fmt) for v in value]
    return value


def _show(columns: list[str], rows: list[list[Any]], fmt: OutputFormat, title: str | None = None) -> None:
    records = [{c: _cell(v, fmt) for c, v in zip(columns, row)} for row in rows]
    emit(records, fmt, columns, title=title)


@app.command()
@user_errors
def query(
    name: Annotated[Optional[str], typer.Argument(help="A saved query; leave out to list them.", show_default=False)] = None,
    param: ParamOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Run a saved query from cypher/saved on the graph (the same files paste into Neo4j Browser).

    Example: actorgraph query hostile_relations --param since=2023-07-01 --param until=2023-08-31
    """
    from actorgraph.graph import queries

    if name is None:
        rows = []
        for saved_name in queries.saved_names():
            saved = queries.saved(saved_name, "neo4j")
            example = " ".join(f"--param {k}={v}" for k, v in saved.example_params.items())
            rows.append({"query": saved_name, "what": saved.description, "example": example})
        emit(rows, fmt, ["query", "what", "example"])
        return
    params = parse_params(param)
    with opened_store(db, store) as graph:
        columns, rows = graph.run_query(name, params)
    _show(columns, rows, fmt, title=name)


@app.command()
@user_errors
def cypher(
    text: Annotated[str, typer.Argument(help="A read-only Cypher query.", show_default=False)],
    param: ParamOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Run a read-only Cypher query of your own (Neo4j's dialect on Neo4j, LadybugDB's on the embedded graph).

    A query that would change the graph is refused and nothing is changed.

    Example: actorgraph cypher "MATCH (a:Actor)-[r:THREATEN]->(b) RETURN a.name, b.name, r.count" --db bolt://localhost:7687
    """
    params = parse_params(param)
    with opened_store(db, store) as graph:
        columns, rows = graph.run_cypher(text, params)
    _show(columns, rows, fmt)


@app.command(name="copy")
@user_errors
def copy_graph(
    source: Annotated[str, typer.Option("--from", help="Folder or bolt:// URI of the built graph.", show_default=False)],
    target: Annotated[str, typer.Option("--to", help="Folder or bolt:// URI to copy it into.", show_default=False)],
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per write.")] = 100,
) -> None:
    """Copy a built graph into another store, in batches (idempotent: run it again to finish a copy).

    Example: actorgraph copy --from ~/.local/share/actorgraph/graph --to bolt://localhost:7687
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from actorgraph.graph.copy import copy

    if source.rstrip("/") == target.rstrip("/"):
        raise InputError(f"--from and --to are the same store ({source}); give two different ones")
    with opened_store(source, None) as origin, opened_store(target, None, create=True) as destination:
        documents = origin.stats().documents
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("articles", total=documents)
            summary = copy(origin, destination, batch_size, progress=lambda n: bar.advance(task, n))
        where_from, where_to = origin.location, destination.location
    typer.echo(
        f"{summary.documents} articles copied from {where_from} to {where_to} "
        f"({summary.actors} actors and {summary.relations} relations added); "
        f"{summary.skipped_documents} already there"
    )
