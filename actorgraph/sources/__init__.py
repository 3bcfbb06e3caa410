"""News in: every reader yields ``Document`` records, whatever the input looks like.

``read_documents`` takes what a user passes on the command line (files and
folders) and dispatches on the file type. A file that cannot be read is
skipped with one warning; a path that does not exist, or a folder with
nothing to read, is an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.records import Document
from actorgraph.sources.files import READERS, read_file

Warn = Callable[[str], None]


def _ignore(_: str) -> None:
    pass


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the readable files inside named folders (sorted)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            if not found:
                kinds = ", ".join(sorted(READERS))
                raise InputError(f"{raw}: folder has no files to read ({kinds})")
            files.extend(found)
        else:
            files.append(path)
    return files


def read_documents(paths: Iterable[str | Path], warn: Warn = _ignore) -> Iterator[Document]:
    """Yield the documents in ``paths``, skipping (with a warning) files that cannot be read."""
    for path in expand_paths(paths):
        yield from read_file(path, warn)
