"""Article collections: .jsonl (one JSON object a line) and .csv (a header row), with mappable columns.

Exports from news databases name their columns in many ways; each field
looks for a usual name ("text", "body", "content", ...) unless the user names
the column (``--text-col body``), in which case it must exist. Both readers
stream: one record at a time, never the whole file in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.dates import parse_published
from actorgraph.errors import InputError
from actorgraph.records import Document
from actorgraph.sources.text import decode_error, open_text

if TYPE_CHECKING:
    from actorgraph.sources.context import Context

USUAL_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext", "full_text"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "date_publish", "datetime", "timestamp"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "id": ("id", "doc_id", "article_id", "guid"),
    "source": ("source", "outlet", "publisher", "source_name", "site", "domain"),
    "language": ("language", "lang"),
}
OPTIONS = {"text": "--text-col", "date": "--date-col", "title": "--title-col", "url": "--url-col", "id": "--id-col", "source": "--source-col"}


@dataclass(frozen=True)
class Columns:
    """Which column holds each field; None looks for one of its usual names."""

    text: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    id: str | None = None
    source: str | None = None
    language: str | None = None

    def resolve(self, available: Iterable[str], where: str) -> dict[str, str]:
        """Field -> column name in this file; a column the user named must be there."""
        present = list(available)
        by_lower = {name.lower(): name for name in present}
        mapping: dict[str, str] = {}
        for spec in fields(self):
            chosen = getattr(self, spec.name)
            if chosen is not None:
                if chosen not in present:
                    option = OPTIONS.get(spec.name, spec.name)
                    raise InputError(f"{where}: no column {chosen!r} ({option}); its columns are: {', '.join(present)}")
                mapping[spec.name] = chosen
                continue
            found = next((by_lower[name] for name in USUAL_NAMES[spec.name] if name in by_lower), None)
            if found is not None:
                mapping[spec.name] = found
        if "text" not in mapping:
            usual = ", ".join(USUAL_NAMES["text"])
            raise InputError(f"{where}: no text column (looked for {usual}); name it with --text-col, e.g. --text-col {present[0] if present else 'body'}")
        return mapping


def _value(record: Mapping[str, Any], mapping: dict[str, str], field_name: str) -> Any:
    column = mapping.get(field_name)
    value = record.get(column) if column else None
    return None if value in ("", None) else value


def _document(record: Mapping[str, Any], mapping: dict[str, str], fallback_name: str, where: str, ctx: Context) -> Document | None:
    text = _value(record, mapping, "text")
    if not isinstance(text, str) or not text.strip():
        ctx.skip(f"{where}: skipped, the {mapping['text']!r} field is empty or not text")
        return None
    raw_date = _value(record, mapping, "date")
    try:
        published = parse_published(raw_date) if raw_date is not None else None
    except ValueError:
        ctx.skip(f"{where}: skipped, {mapping['date']!r} value {raw_date!r} is not a date (use YYYY-MM-DD)")
        return None
    url = _value(record, mapping, "url")
    if url is not None and not ctx.dedup.first_sight(str(url)):
        return None
    language = _value(record, mapping, "language")
    return Document(
        name=str(_value(record, mapping, "id") or fallback_name),
        text=text,
        title=_text_or_none(_value(record, mapping, "title")),
        source=_text_or_none(_value(record, mapping, "source")),
        url=_text_or_none(url),
        published=published,
        language=str(language).lower()[:2] if language else None,
    )


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def read_jsonl(path: Path, ctx: Context) -> Iterator[Document]:
    """One article a line: {"id", "text", "date", "title", "source", "url"} or the columns named in the options."""
    stream = open_text(path, ctx)
    if stream is None:
        return
    mapping: dict[str, str] | None = None
    number = 0
    try:
        with stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    ctx.skip(f"{where}: skipped, not JSON ({exc.msg})")
                    continue
                if not isinstance(record, dict):
                    ctx.skip(f"{where}: skipped, a record must be a JSON object")
                    continue
                if mapping is None:
                    mapping = ctx.options.columns.resolve(record, where)
                document = _document(record, mapping, f"{path.stem}-{number}", where, ctx)
                if document is not None:
                    yield document
    except UnicodeDecodeError as exc:
        ctx.skip(decode_error(f"{path}:{number + 1}", exc))


def read_csv(path: Path, ctx: Context) -> Iterator[Document]:
    """One article a row, with a header row naming the columns."""
    stream = open_text(path, ctx)
    if stream is None:
        return
    # Article bodies are longer than the csv module's default field limit (128 KiB).
    csv.field_size_limit(2**31 - 1)
    try:
        with stream:
            reader = csv.DictReader(stream)
            if not reader.fieldnames:
                ctx.skip(f"{path}: skipped, no header row")
                return
            mapping = ctx.options.columns.resolve(reader.fieldnames, str(path))
            for record in reader:
                where = f"{path}:{reader.line_num}"
                document = _document(record, mapping, f"{path.stem}-{reader.line_num}", where, ctx)
                if document is not None:
                    yield document
    except UnicodeDecodeError as exc:
        ctx.skip(decode_error(path, exc))
    except csv.Error as exc:
        ctx.skip(f"{path}: stopped reading, not valid CSV ({exc})")
