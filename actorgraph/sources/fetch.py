"""Fetching pages politely: a clear user agent, timeouts, few requests at a time, retries, a cache.

httpx rather than requests: its ``Client`` is safe to share between threads
with a bounded connection pool (``max_connections`` = the concurrency), it
separates connect/read timeouts, and spaCy already brings it, so it adds
nothing to install.

A page that cannot be had is a ``FetchFailed`` with a one-line reason; the
reader turns it into a warning and the build goes on.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from actorgraph import __version__
from actorgraph.errors import InputError
from actorgraph.sources.cache import Entry, PageCache, default_cache_dir

if TYPE_CHECKING:
    from concurrent.futures import Future

    import httpx

T = TypeVar("T")

USER_AGENT = f"actorgraph/{__version__} (news relation extraction; python-httpx)"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
"""Answers that mean "try again later"; any other 4xx is final."""
MAX_BYTES = 10 * 1024 * 1024
"""A news page is far smaller; anything bigger is not an article."""
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True)
class FetchSettings:
    """How to fetch: every field has a command-line option on ``build``."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0
    """Seconds to wait for a connection, and then for each read."""
    concurrency: int = 4
    """Requests in flight at once."""
    retries: int = 3
    """Extra tries after a timeout, a lost connection, a 429 or a 5xx."""
    backoff: float = 1.0
    """Seconds before the first retry, doubled for each next one (a Retry-After header wins)."""
    cache_dir: Path | None = None
    """Where fetched pages are kept; None is the per-user cache folder."""
    use_cache: bool = True
    """False fetches everything again (and refreshes the cache)."""
    feed_max_age: float = 3600.0
    """Seconds a fetched feed (or a 404) is reused before it is asked for again."""


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    final_url: str
    content_type: str
    body: bytes
    from_cache: bool = False


class FetchFailed(Exception):
    """A page that could not be fetched; the message is the reason, for one warning line."""


@dataclass
class FetchCounts:
    """Pages asked of the network and pages answered by the cache."""

    fetched: int = 0
    cached: int = 0


class Fetcher:
    """Fetches pages with one shared HTTP client; close it when done (or use ``with``)."""

    def __init__(self, settings: FetchSettings, is_feed: Callable[[str, bytes], bool]) -> None:
        from concurrent.futures import ThreadPoolExecutor

        import httpx

        self.settings = settings
        self.counts = FetchCounts()
        self._is_feed = is_feed
        folder = (settings.cache_dir or default_cache_dir()).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{folder}: cannot create the page cache ({exc.strerror}); choose another with --cache-dir") from None
        if not os.access(folder, os.W_OK):
            raise InputError(f"{folder}: cannot write the page cache there; choose another with --cache-dir")
        self.cache = PageCache(folder, settings.feed_max_age)
        limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
            timeout=httpx.Timeout(settings.timeout),
            limits=limits,
            follow_redirects=True,
            max_redirects=10,
        )
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="fetch")

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        # After a full read nothing is in flight; after an interruption, do not wait out slow servers.
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._client.close()

    def get(self, url: str) -> Page:
        """The page at ``url``, from the cache when it is there; ``FetchFailed`` when it cannot be had."""
        if self.settings.use_cache:
            cached = self.cache.load(url)
            if cached is not None:
                entry, body = cached
                with self._lock:
                    self.counts.cached += 1
                if entry.error is not None:
                    raise FetchFailed(f"{entry.error} (remembered from an earlier try)")
                return Page(url, entry.final_url, entry.content_type, body, from_cache=True)
        with self._lock:
            self.counts.fetched += 1
        return self._fetch(url)

    def map(self, items: Iterable[T], url_of: Callable[[T], str | None]) -> Iterator[tuple[T, Page | FetchFailed | None]]:
        """Fetch the URL of each item, a few at a time, yielding results in the items' order.

        Reads ``items`` lazily and keeps at most twice the concurrency in
        flight, so memory stays bounded however long the list. An item
        without a URL comes back with None.
        """
        window: deque[tuple[T, Future[Page] | None]] = deque()
        limit = 2 * self.settings.concurrency
        for item in items:
            url = url_of(item)
            window.append((item, self._pool.submit(self.get, url) if url else None))
            if len(window) >= limit:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    @staticmethod
    def _result(item: T, future: Future[Page] | None) -> tuple[T, Page | FetchFailed | None]:
        if future is None:
            return item, None
        try:
            return item, future.result()
        except FetchFailed as failure:
            return item, failure

    def _fetch(self, url: str) -> Page:
        import httpx

        tries = self.settings.retries + 1
        reason = ""
        retry_after: float | None = None
        for attempt in range(tries):
            if attempt:
                time.sleep(self._delay(attempt, retry_after))
            retry_after = None
            try:
                status, final_url, content_type, body, retry_after = self._request(url)
            except httpx.TimeoutException:
                reason = f"timed out after {self.settings.timeout:g} s"
                continue
            except httpx.TooManyRedirects:
                raise FetchFailed("too many redirects") from None
            except (httpx.UnsupportedProtocol, httpx.InvalidURL):
                raise FetchFailed("not a valid http(s) address") from None
            except httpx.TransportError as exc:
                reason = f"cannot connect ({exc.__class__.__name__}: {exc})".replace("\n", " ")
                continue
            if status in RETRY_STATUSES:
                reason = f"HTTP {status} {_phrase(status)}"
                continue
            if status >= 400:
                error = f"HTTP {status} {_phrase(status)}"
                self._remember(Entry(url, final_url, status, content_type, time.time(), error=error))
                raise FetchFailed(error)
            entry = Entry(url, final_url, status, content_type, time.time(), feed=self._is_feed(content_type, body))
            self._remember(entry, body)
            return Page(url, final_url, content_type, body)
        raise FetchFailed(f"{reason} ({tries} tries)" if tries > 1 else reason)

    def _request(self, url: str) -> tuple[int, str, str, bytes, float | None]:
        with self._client.stream("GET", url) as response:
            status = response.status_code
            content_type = response.headers.get("content-type", "")
            retry_after = _retry_after(response.headers.get("retry-after"))
            chunks: list[bytes] = []
            size = 0
            if status < 400:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise FetchFailed(f"larger than {MAX_BYTES // (1024 * 1024)} MB, not an article page")
                    chunks.append(chunk)
            return status, str(response.url), content_type, b"".join(chunks), retry_after

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        return self.settings.backoff * 2 ** (attempt - 1)

    def _remember(self, entry: Entry, body: bytes = b"") -> None:
        try:
            self.cache.save(entry, body)
        except OSError as exc:
            raise InputError(f"{self.cache.folder}: cannot write the page cache ({exc.strerror}); choose another with --cache-dir") from None


def _phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number, or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
