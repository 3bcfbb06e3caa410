"""News in: every reader yields ``Document`` records, whatever the input looks like.

``read_documents`` takes what a user passes on the command line (files,
folders, http(s) URLs), picks a reader for each (text, JSONL, CSV, saved
HTML, RSS/Atom feed, web page or feed URL), then keeps the articles in the
publication-date range and in a language the model reads, and folds copies
of one story into one document. It is a lazy generator: memory stays bounded
however many articles come in.

A file, record or page that cannot be read is skipped with one warning; a
path that does not exist, a folder with nothing to read, or a column the
user named that a file lacks is an ``InputError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.records import Document
from actorgraph.sources.context import Context, ReadOptions, ReadReport, Warn, ignore
from actorgraph.sources.fetch import FetchSettings
from actorgraph.sources.language import detect_language
from actorgraph.sources.tables import Columns, read_csv, read_jsonl
from actorgraph.sources.text import read_text
from actorgraph.sources.web import is_url, read_feed_file, read_html_file, read_url

Reader = Callable[[Path, Context], Iterator[Document]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}
"""The reader for each file suffix; a file named directly with another suffix is read as text."""

__all__ = [
    "Columns",
    "FetchSettings",
    "READERS",
    "ReadOptions",
    "ReadReport",
    "Warn",
    "expand_paths",
    "read_documents",
]


def expand_paths(paths: Iterable[str | Path]) -> list[str | Path]:
    """URLs as they are, files named directly, and the readable files inside named folders (sorted)."""
    inputs: list[str | Path] = []
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            inputs.append(raw)
            continue
        path = Path(raw).expanduser()
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            if not found:
                kinds = ", ".join(sorted(READERS))
                raise InputError(f"{raw}: folder has no files to read ({kinds})")
            inputs.extend(found)
        else:
            inputs.append(path)
    return inputs


def _read(inputs: list[str | Path], ctx: Context) -> Iterator[Document]:
    for source in inputs:
        if isinstance(source, str):
            yield from read_url(source, ctx)
        else:
            yield from READERS.get(source.suffix.lower(), read_text)(source, ctx)


def _in_range(documents: Iterable[Document], ctx: Context) -> Iterator[Document]:
    return (d for d in documents if ctx.in_range(d.published))


def _in_language(documents: Iterable[Document], ctx: Context) -> Iterator[Document]:
    """Documents in an accepted language; the detected language wins over what metadata claims."""
    accepted = ctx.options.languages
    for document in documents:
        language = detect_language(document.text) or document.language
        if language and language not in accepted:
            ctx.report.languages[language] += 1
            continue
        yield replace(document, language=language) if language != document.language else document


def read_documents(
    paths: Iterable[str | Path],
    warn: Warn = ignore,
    options: ReadOptions | None = None,
    report: ReadReport | None = None,
) -> Iterator[Document]:
    """Yield the articles in ``paths``; ``report`` (when given) counts what was left out, once the generator ends."""
    inputs = expand_paths(paths)
    ctx = Context(options or ReadOptions(), warn, report if report is not None else ReadReport())
    try:
        documents = ctx.dedup.documents(_in_language(_in_range(_read(inputs, ctx), ctx), ctx))
        for document in documents:
            ctx.report.documents += 1
            yield document
    finally:
        ctx.close()
