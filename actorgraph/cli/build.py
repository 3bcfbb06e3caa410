"""``extract`` (text to triples, nothing stored) and ``build`` (text into the graph)."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated, Optional

import typer

from actorgraph.cli.app import DbOption, StoreOption, app, emit, OutputFormat, opened_store, user_errors, warn
from actorgraph.cli.inputs import ingest_summary, input_options
from actorgraph.sources import ReadOptions

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", envvar="ACTORGRAPH_MODEL", help="spaCy pipeline to load (an installed package name)."),
]


PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Article files, folders or http(s) URLs (.txt, .jsonl, .csv, .html, RSS/Atom feeds).", show_default=False),
]


class TripleFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.command()
@user_errors
@input_options
def extract(
    paths: PathsArgument,
    fmt: Annotated[TripleFormat, typer.Option("--format", "-f", help="jsonl (the interchange format) or table.")] = TripleFormat.table,
    model: ModelOption = None,
    options: ReadOptions = ReadOptions(),
) -> None:
    """Print the triples found in articles, without storing them.

    Example: actorgraph extract seeds/*.txt --format jsonl > triples.jsonl
    """
    from actorgraph.jsonl import triple_to_json
    from actorgraph.pipeline import extract as extract_triples

    triples = extract_triples(paths, model=model, warn=warn, options=options)
    if fmt is TripleFormat.jsonl:
        for triple in triples:
            typer.echo(json.dumps(triple_to_json(triple), ensure_ascii=False))
        return
    rows = [
        {
            "doc": t.evidence.doc_id,
            "subject": t.subject.actor.name,
            "relation": t.relation.type.value,
            "object": t.object.actor.name,
            "phrase": t.relation.phrase,
            "confidence": f"{t.confidence:.2f}",
        }
        for t in triples
    ]
    emit(rows, OutputFormat.table, ["doc", "subject", "relation", "object", "phrase", "confidence"])


@app.command()
@user_errors
@input_options
def build(
    paths: PathsArgument,
    db: DbOption = None,
    store: StoreOption = None,
    model: ModelOption = None,
    options: ReadOptions = ReadOptions(),
) -> None:
    """Extract the relations in articles and add them to the graph (idempotent).

    Example: actorgraph build seeds/ --db ./graph
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from actorgraph.pipeline import build as run_build

    console = Console(stderr=True)
    with opened_store(db, store, create=True) as graph, Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        # Off a terminal (pipes, CI) a bar only leaves a blank line before the summary or an error.
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task("articles", total=None)
        summary = run_build(
            paths,
            graph,
            model=model,
            warn=lambda message: bar.console.print(f"warning: {message}", markup=False, highlight=False, soft_wrap=True),
            progress=lambda n: bar.advance(task, n),
            options=options,
        )
        location = graph.location
    added = summary.written
    typer.echo(
        f"{summary.read} articles read: {added.documents} added, {summary.skipped} already in the graph; "
        f"{added.actors} actors and {added.relations} relations added to {location}"
    )
    if left_out := ingest_summary(summary.ingest):
        typer.echo(left_out)
