"""An on-disk cache of fetched pages, so that building again fetches nothing.

One entry per URL: the body, and beside it a small JSON file with where the
request ended up, its status and when it was made. The JSON is written last
(atomically), so an entry whose JSON exists is complete even if a build was
killed mid-write. Pages are kept until the cache is deleted; feeds and
permanent failures (404, 410, ...) are answers that change, so they expire.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path


def default_cache_dir() -> Path:
    """The per-user cache folder (``ACTORGRAPH_CACHE`` overrides it)."""
    configured = os.environ.get("ACTORGRAPH_CACHE")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("actorgraph") / "pages"


@dataclass(frozen=True, slots=True)
class Entry:
    """What one request answered; ``error`` is set for a failure worth remembering."""

    url: str
    final_url: str
    status: int
    content_type: str
    fetched_at: float
    feed: bool = False
    error: str | None = None


class PageCache:
    """Fetched pages keyed by URL, in a folder."""

    def __init__(self, folder: Path, max_age: float) -> None:
        self.folder = folder
        self.max_age = max_age
        """Seconds a feed or a failure stays fresh; pages never go stale."""

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        base = self.folder / key[:2] / key
        return base.with_suffix(".json"), base.with_suffix(".body")

    def load(self, url: str) -> tuple[Entry, bytes] | None:
        """The fresh entry for ``url`` with its body, or None."""
        meta_path, body_path = self._paths(url)
        try:
            entry = Entry(**json.loads(meta_path.read_text("utf-8")))
            body = body_path.read_bytes() if entry.error is None else b""
        except (OSError, ValueError, TypeError):
            return None
        expires = entry.feed or entry.error is not None
        if expires and time.time() - entry.fetched_at > self.max_age:
            return None
        return entry, body

    def save(self, entry: Entry, body: bytes = b"") -> None:
        meta_path, body_path = self._paths(entry.url)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        if entry.error is None:
            _write_atomically(body_path, body)
        _write_atomically(meta_path, json.dumps(asdict(entry)).encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
