"""``extract`` (text to triples, nothing stored) and ``build`` (text into the graph)."""

from __future__ import annotations

import json
from contextlib import closing
from enum import Enum
from typing import Annotated, Optional

import typer

from actorgraph.cli.app import DbOption, StoreOption, app, emit, OutputFormat, opened_store, user_errors, warn
from actorgraph.cli.inputs import ingest_summary, input_options
from actorgraph.executors import BATCH_SIZE
from actorgraph.sources import ReadOptions

SCALE = "Speed and scale"

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


class ExecutorKind(str, Enum):
    local = "local"
    dask = "dask"


ExecutorOption = Annotated[
    ExecutorKind,
    typer.Option("--executor", help="Where extraction runs: local (this machine) or dask (a Dask cluster).", rich_help_panel=SCALE),
]
SchedulerOption = Annotated[
    Optional[str],
    typer.Option(
        "--scheduler",
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster for this build).",
        rich_help_panel=SCALE,
        show_default=False,
    ),
]
ProcessesOption = Annotated[
    int,
    typer.Option("--n-process", min=1, help="Processes that parse and extract (with dask and no --scheduler: local workers).", rich_help_panel=SCALE),
]
BatchOption = Annotated[
    int,
    typer.Option("--batch-size", min=1, help="Articles per parse batch, per task and per store write.", rich_help_panel=SCALE),
]


@app.command()
@user_errors
@input_options
def build(
    paths: PathsArgument,
    db: DbOption = None,
    store: StoreOption = None,
    model: ModelOption = None,
    executor: ExecutorOption = ExecutorKind.local,
    scheduler: SchedulerOption = None,
    n_process: ProcessesOption = 1,
    batch_size: BatchOption = BATCH_SIZE,
    options: ReadOptions = ReadOptions(),
) -> None:
    """Extract the relations in articles and add them to the graph (idempotent; an interrupted build resumes).

    Example: actorgraph build news/ --db ./graph --n-process 2
    """
    from rich.console import Console

    from actorgraph.cli.progress import build_progress, estimate_total
    from actorgraph.executors import open_executor
    from actorgraph.pipeline import build as run_build

    console = Console(stderr=True)
    runner = open_executor(executor.value, model, batch_size, n_process, scheduler)
    with closing(runner), opened_store(db, store, create=True) as graph, build_progress(console) as bar:
        task = bar.add_task("articles", total=None)
        if console.is_terminal:
            estimate_total(bar, task, paths)
        summary = run_build(
            paths,
            graph,
            model=model,
            warn=lambda message: bar.console.print(f"warning: {message}", markup=False, highlight=False, soft_wrap=True),
            progress=lambda n: bar.advance(task, n),
            options=options,
            executor=runner,
            batch_size=batch_size,
        )
        location = graph.location
    added = summary.written
    typer.echo(
        f"{summary.read} articles read: {added.documents} added, {summary.skipped} already in the graph; "
        f"{added.actors} actors and {added.relations} relations added to {location}"
    )
    if left_out := ingest_summary(summary.ingest):
        typer.echo(left_out)

