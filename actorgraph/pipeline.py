"""The main job: read articles, extract triples, write them to a store.

Everything streams: documents are read lazily, documents already stored are
skipped by their text hash before parsing, an executor (``actorgraph.executors``)
parses and extracts the rest with a bounded number of batches in flight, the
driver joins each person's names across documents (``actorgraph.people``) in
input order, and triples are written in bounded batches, one transaction
each. An interrupted build, run again, skips what was written and ends in the
same graph as an uninterrupted one. Memory stays flat however many articles
come in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from actorgraph.errors import ActorgraphError
from actorgraph.executors import BATCH_SIZE, Executor, InProcess
from actorgraph.records import Document, Triple, WriteSummary
from actorgraph.sources import ReadOptions, ReadReport, Warn, expand_paths, read_documents

if TYPE_CHECKING:
    from actorgraph.graph.store import Store
    from actorgraph.people import People

T = TypeVar("T")

_ONE_PER_LINE = (".jsonl", ".csv")
_UNKNOWN_COUNT = (".xml", ".rss", ".atom")


@dataclass(frozen=True)
class BuildSummary:
    read: int
    written: WriteSummary
    already_stored: int
    ingest: ReadReport = field(default_factory=ReadReport)
    """What reading left out: other languages, duplicates, dates out of range, failures."""

    @property
    def skipped(self) -> int:
        return self.already_stored + self.written.skipped_documents


@dataclass
class _Tally:
    read: int = 0
    already: int = 0


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _people(store: Store | None = None) -> People:
    from actorgraph.people import People

    return People(store.actors() if store is not None else ())


def extract(
    paths: Sequence[str | Path],
    model: str | None = None,
    warn: Warn = lambda _: None,
    options: ReadOptions | None = None,
    executor: Executor | None = None,
) -> Iterator[Triple]:
    """Triples of the articles in ``paths`` (files, folders, URLs), without storing them."""
    people: People | None = None
    for _, extraction in (executor or InProcess(model)).extract(read_documents(paths, warn, options)):
        people = people or _people()
        yield from people.canonical(extraction)


def _unstored(
    documents: Iterable[Document], store: Store, size: int, tally: _Tally, progress: Callable[[int], None]
) -> Iterator[Document]:
    """The documents not yet in the store, asked about ``size`` at a time."""
    for chunk in _chunks(documents, size):
        tally.read += len(chunk)
        stored = store.stored_documents([d.id for d in chunk])
        if stored:
            tally.already += len(stored)
            progress(len(stored))
        yield from (d for d in chunk if d.id not in stored)


def build(
    paths: Sequence[str | Path],
    store: Store,
    model: str | None = None,
    warn: Warn = lambda _: None,
    progress: Callable[[int], None] = lambda _: None,
    options: ReadOptions | None = None,
    executor: Executor | None = None,
    batch_size: int = BATCH_SIZE,
) -> BuildSummary:
    """Read, extract and store the articles in ``paths``; ``progress(n)`` after each n documents.

    ``executor`` runs the extraction (default: in this process); ``batch_size``
    documents go into each store write.
    """
    report = ReadReport()
    tally = _Tally()
    todo = _unstored(read_documents(paths, warn, options, report), store, batch_size, tally, progress)
    people: People | None = None
    written = WriteSummary()
    for batch in _chunks((executor or InProcess(model, batch_size)).extract(todo), batch_size):
        # The graph's persons as they were before this build wrote anything.
        people = people or _people(store)
        written += store.write([(document, people.canonical(extraction)) for document, extraction in batch])
        progress(len(batch))
    return BuildSummary(read=tally.read, written=written, already_stored=tally.already, ingest=report)


def estimate_documents(paths: Sequence[str | Path]) -> int | None:
    """About how many articles ``paths`` hold (one per line of a collection), for a progress
    estimate; None when only reading will tell (URLs, feeds) or a path cannot be read."""
    total = 0
    try:
        for source in expand_paths(paths):
            suffix = Path(source).suffix.lower() if isinstance(source, Path) else None
            if suffix is None or suffix in _UNKNOWN_COUNT:
                return None
            total += _lines(source) - (suffix == ".csv") if suffix in _ONE_PER_LINE else 1
    except (OSError, ValueError, ActorgraphError):
        return None
    return total


def _lines(path: Path) -> int:
    count = 0
    last = b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")
