"""``evaluate``: score the extractor on annotated articles."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from actorgraph.cli.app import app, user_errors, warn


class ScoreFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
@user_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.gold.json files (../shared/eval/SPEC.md).", show_default=False)],
    paths: Annotated[Optional[list[str]], typer.Argument(help="Articles to extract (default: the .txt files in GOLD_DIR).", show_default=False)] = None,
    model: Annotated[Optional[str], typer.Option("--model", envvar="ACTORGRAPH_MODEL", help="spaCy pipeline to load.")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List the gold triples not found (strict level).")] = False,
    false_positives: Annotated[bool, typer.Option("--false-positives", help="List the triples that match no gold triple (strict level).")] = False,
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f", help="table or json.")] = ScoreFormat.table,
) -> None:
    """Precision, recall and F1 of the extractor at the strict, polarity and pair levels.

    Example: actorgraph evaluate ../shared/eval/dev --misses
    """
    from actorgraph.extract.evaluate import evaluate as run

    result = run(gold_dir, paths or (), model=model, warn=warn)
    for line in result.misses if misses else ():
        typer.echo(f"MISS {line}")
    for line in result.false_positives if false_positives else ():
        typer.echo(f"FALSE {line}")
    if fmt is ScoreFormat.json:
        typer.echo(json.dumps(result.as_dict()))
        return
    typer.echo(f"{'level':<9} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
    for name, level in result.levels.items():
        typer.echo(f"{name:<9} {level.precision:>6.3f} {level.recall:>6.3f} {level.f1:>6.3f} {level.predicted:>6} {level.gold:>6}")
