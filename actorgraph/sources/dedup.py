"""One story, one document: the same article under two URLs, and wire copies republished by other outlets.

Exact copies are caught by URL (normalised: scheme, ``www.``, tracking
parameters, fragment and trailing slash do not matter) and by text hash.
Near copies (a wire story with another headline, a trailing paragraph or a
byline) are caught by MinHash over word shingles with datasketch's LSH index:
they become extra sources of the first copy, not new evidence.

Memory stays bounded: documents wait in a short window so that a copy
arriving soon after can still be recorded on the original before it is
written; the index only remembers the most recent ``horizon`` documents
(wire copies come within days of each other; older repeats are caught by the
store's text-hash check).
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from actorgraph.records import Document

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.7
"""Estimated Jaccard similarity of shingles above which two texts are one story."""
WINDOW = 128
HORIZON = 5_000
"""Documents the index remembers: about 7 KB each, so at most some 35 MB."""

_WORD = re.compile(r"\w+")


def url_key(url: str) -> str:
    """A URL reduced to what identifies the page.

    >>> url_key("HTTPS://www.Example.com/news/a/?utm_source=rss&id=7#top") == url_key("http://example.com/news/a?id=7")
    True
    """
    from courlan import normalize_url

    try:
        normal = normalize_url(url.strip())
    except ValueError:
        return url.strip()
    parts = urlsplit(normal)
    host = (parts.hostname or "").removeprefix("www.")
    if parts.port:
        host = f"{host}:{parts.port}"
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


def fingerprint(text: str) -> MinHash:
    """The MinHash of the text's overlapping runs of words."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    # CRC-32 in C instead of datasketch's SHA-1 in Python: the permutations do the mixing.
    signature = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)
    signature.update_batch(s.encode("utf-8") for s in shingles)
    return signature


@dataclass
class DedupCounts:
    duplicates: int = 0
    """Exact copies: the same URL, or the same text."""
    near_duplicates: int = 0
    """Copies of a story with small changes, recorded as extra sources."""


def _where(document: Document) -> str:
    return document.url or document.source or document.name


class Deduplicator:
    """Remembers what was read in one run and folds copies into the first one seen."""

    def __init__(self, threshold: float = THRESHOLD, window: int = WINDOW, horizon: int = HORIZON) -> None:
        from datasketch import MinHashLSH

        self.counts = DedupCounts()
        self.threshold = threshold
        self.window = window
        self.horizon = horizon
        self._urls: OrderedDict[str, None] = OrderedDict()
        self._texts: OrderedDict[str, None] = OrderedDict()
        self._signatures: OrderedDict[str, MinHash] = OrderedDict()
        self._index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._held: deque[Document] = deque()

    def first_sight(self, url: str) -> bool:
        """True the first time a page is met (under any spelling of its URL); counts the rest."""
        key = url_key(url)
        if key in self._urls:
            self._urls.move_to_end(key)
            self.counts.duplicates += 1
            return False
        self._remember(self._urls, key, None)
        return True

    def also_seen(self, *urls: str) -> None:
        """Mark more URLs of a page already read (where a redirect ended, its canonical address)."""
        for url in urls:
            self._remember(self._urls, url_key(url), None)

    def documents(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents without copies; a copy's URL goes to the original's ``extra_sources``."""
        for document in documents:
            if self._is_copy(document):
                continue
            self._held.append(document)
            if len(self._held) > self.window:
                yield self._held.popleft()
        while self._held:
            yield self._held.popleft()

    def _is_copy(self, document: Document) -> bool:
        if document.id in self._texts:
            self.counts.duplicates += 1
            self._credit(document.id, document)
            return True
        self._remember(self._texts, document.id, None)
        signature = fingerprint(document.text)
        original = self._closest(signature)
        if original is not None:
            self.counts.near_duplicates += 1
            self._credit(original, document)
            return True
        self._remember(self._signatures, document.id, signature)
        self._index.insert(document.id, signature)
        return False

    def _closest(self, signature: MinHash) -> str | None:
        scored = [(self._signatures[key].jaccard(signature), key) for key in self._index.query(signature)]
        scored = [(score, key) for score, key in scored if score >= self.threshold]
        return max(scored)[1] if scored else None

    def _credit(self, original_id: str, copy: Document) -> None:
        """Record the copy's address on the original while it still waits in the window."""
        for position, held in enumerate(self._held):
            if held.id == original_id:
                where = _where(copy)
                if where != _where(held) and where not in held.extra_sources:
                    self._held[position] = replace(held, extra_sources=(*held.extra_sources, where))
                return

    def _remember(self, seen: OrderedDict, key: str, value: object) -> None:
        seen[key] = value
        if len(seen) > self.horizon:
            old, _ = seen.popitem(last=False)
            if seen is self._signatures:
                self._index.remove(old)
