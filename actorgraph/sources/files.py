"""Readers for local files: plain text and JSONL collections of articles."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from actorgraph.records import Document

Warn = Callable[[str], None]


def _decode(path: Path, warn: Warn) -> str | None:
    """The file's text, or None (with a warning) when it is binary or not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        warn(f"{path}: skipped, cannot read it ({exc.strerror})")
        return None
    if b"\x00" in data[:4096]:
        warn(f"{path}: skipped, it is a binary file, not text")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(f"{path}: skipped, not UTF-8 (bad byte at offset {exc.start}); convert it with iconv -t UTF-8")
        return None


def read_text(path: Path, warn: Warn) -> Iterator[Document]:
    """A .txt file is one article; its name (stem) is the document id."""
    text = _decode(path, warn)
    if text is None:
        return
    if not text.strip():
        warn(f"{path}: skipped, the file is empty")
        return
    yield Document(name=path.stem, text=text, source=str(path))


def _parse_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    return date.fromisoformat(str(value)[:10])


def read_jsonl(path: Path, warn: Warn) -> Iterator[Document]:
    """A .jsonl file holds one article a line: {"id", "text", "date", "source", "title", "url"}."""
    text = _decode(path, warn)
    if text is None:
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(f"{where}: skipped, not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            warn(f"{where}: skipped, a record needs a non-empty \"text\" field")
            continue
        try:
            published = _parse_date(record.get("date"))
        except ValueError:
            warn(f"{where}: skipped, date {record.get('date')!r} is not YYYY-MM-DD")
            continue
        yield Document(
            name=str(record.get("id") or f"{path.stem}-{number}"),
            text=record["text"],
            title=record.get("title"),
            source=record.get("source"),
            url=record.get("url"),
            published=published,
        )


READERS: dict[str, Callable[[Path, Warn], Iterator[Document]]] = {
    ".txt": read_text,
    ".jsonl": read_jsonl,
}


def read_file(path: Path, warn: Warn) -> Iterator[Document]:
    reader = READERS.get(path.suffix.lower(), read_text)
    yield from reader(path, warn)
