"""The build's progress line on stderr: articles done, rate, elapsed time and time left.

Imported only by ``build`` when it runs, so other commands start without rich's progress machinery.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles per second (rich averages over the last 30 s)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "", style="progress.data.speed")


def build_progress(console: Console) -> Progress:
    """A transient bar, drawn only on a terminal: off one (pipes, CI) it would leave a blank line
    before the summary or an error."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def estimate_total(progress: Progress, task: TaskID, paths: Sequence[str]) -> None:
    """Give the bar a total (hence an ETA) once the articles are counted; counting a large
    collection takes a moment, so it runs beside the build."""
    from actorgraph.pipeline import estimate_documents

    def count() -> None:
        total = estimate_documents(paths)
        if total:
            progress.update(task, total=total)

    threading.Thread(target=count, daemon=True).start()
