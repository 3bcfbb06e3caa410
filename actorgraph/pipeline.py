"""The main job: read articles, extract triples, write them to a store.

Everything streams: documents are read lazily, documents already stored are
skipped by their text hash before parsing, and triples are written in
bounded batches. An interrupted build, run again, skips what was written and
ends in the same graph as an uninterrupted one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from actorgraph.dates import date_triples
from actorgraph.records import Document, Triple, WriteSummary
from actorgraph.sources import ReadOptions, ReadReport, Warn, read_documents

if TYPE_CHECKING:
    from actorgraph.graph.store import Store

WRITE_BATCH = 64
"""Documents per store write: large enough to batch, small enough to bound memory."""


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


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _dated(extracted: Iterable[tuple[Document, list[Triple]]]) -> Iterator[tuple[Document, list[Triple]]]:
    """The one place event dates go on evidence: "on Monday" read against each article's publication date."""
    for document, triples in extracted:
        yield document, date_triples(list(triples), document.published)


def extract(
    paths: Sequence[str | Path],
    model: str | None = None,
    warn: Warn = lambda _: None,
    options: ReadOptions | None = None,
) -> Iterator[Triple]:
    """Triples of the articles in ``paths`` (files, folders, URLs), without storing them."""
    from actorgraph.extract import Extractor

    extractor = Extractor(model)
    for _, triples in _dated(extractor.extract(read_documents(paths, warn, options))):
        yield from triples


def build(
    paths: Sequence[str | Path],
    store: Store,
    model: str | None = None,
    warn: Warn = lambda _: None,
    progress: Callable[[int], None] = lambda _: None,
    options: ReadOptions | None = None,
) -> BuildSummary:
    """Read, extract and store the articles in ``paths``; ``progress(n)`` after each n documents."""
    from actorgraph.extract import Extractor

    report = ReadReport()
    documents = read_documents(paths, warn, options, report)
    extractor: Extractor | None = None
    read = already = 0
    written = WriteSummary()
    for chunk in _chunks(documents, WRITE_BATCH):
        read += len(chunk)
        stored = store.stored_documents([d.id for d in chunk])
        todo = [d for d in chunk if d.id not in stored]
        already += len(chunk) - len(todo)
        if todo:
            extractor = extractor or Extractor(model)
            written += store.write(list(_dated(extractor.extract(todo))))
        progress(len(chunk))
    return BuildSummary(read=read, written=written, already_stored=already, ingest=report)
