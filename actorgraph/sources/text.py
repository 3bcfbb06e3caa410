"""Plain-text articles: one .txt file is one article, its first line a headline when it looks like one."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from actorgraph.records import Document

if TYPE_CHECKING:
    from actorgraph.sources.context import Context

_HEADLINE_MAX_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?:;,]$")


def open_text(path: Path, ctx: Context) -> TextIO | None:
    """The file as UTF-8 text, or None (with a warning) when it is missing, binary or empty."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        ctx.skip(f"{path}: skipped, cannot read it ({exc.strerror})")
        return None
    head = handle.peek(4096)[:4096] if hasattr(handle, "peek") else b""
    if b"\x00" in head:
        handle.close()
        ctx.skip(f"{path}: skipped, it is a binary file, not text")
        return None
    if not head.strip():
        handle.close()
        ctx.skip(f"{path}: skipped, the file is empty")
        return None
    return io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")


def decode_error(where: Path | str, exc: UnicodeDecodeError) -> str:
    return f"{where}: skipped, not UTF-8 (bad byte 0x{exc.object[exc.start]:02x}); convert it with iconv -t UTF-8"


def headline(text: str) -> str | None:
    """The first line when it stands alone above the body and does not read like a sentence.

    >>> headline("Niger junta threatens France\\n\\nThe junta said on Monday ...")
    'Niger junta threatens France'
    >>> headline("The junta said on Monday it would expel the ambassador.\\n\\nMore.") is None
    True
    """
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or not rest.startswith(("\n", "\r\n")) or not rest.strip():
        return None
    if len(first.split()) > _HEADLINE_MAX_WORDS or _SENTENCE_END.search(first):
        return None
    return first


def read_text(path: Path, ctx: Context) -> Iterator[Document]:
    """A .txt file is one article; its name (stem) is the document id and the text is kept as it is."""
    stream = open_text(path, ctx)
    if stream is None:
        return
    try:
        with stream:
            text = stream.read()
    except UnicodeDecodeError as exc:
        ctx.skip(decode_error(path, exc))
        return
    if not text.strip():
        ctx.skip(f"{path}: skipped, the file is empty")
        return
    yield Document(name=path.stem, text=text, title=headline(text), source=str(path))
