"""What every reader shares during one read: the options, the warning channel, the counts, the fetcher."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from actorgraph.sources.dedup import Deduplicator
from actorgraph.sources.fetch import FetchSettings, Fetcher
from actorgraph.sources.tables import Columns

Warn = Callable[[str], None]


def ignore(_: str) -> None:
    pass


@dataclass(frozen=True)
class ReadOptions:
    """How to read the inputs: column names, a publication-date range, languages, fetching."""

    columns: Columns = field(default_factory=Columns)
    since: date | None = None
    until: date | None = None
    """Keep articles published in [since, until]; with either set, undated articles are left out."""
    languages: frozenset[str] = frozenset({"en"})
    """Languages the configured model reads; articles detected in any other are skipped."""
    fetch: FetchSettings = field(default_factory=FetchSettings)

    @property
    def dated_range(self) -> bool:
        return self.since is not None or self.until is not None


@dataclass
class ReadReport:
    """What reading kept and left out, for the build summary."""

    documents: int = 0
    failed: int = 0
    """Files, records and pages skipped with a warning."""
    outside_dates: int = 0
    undated: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    """Articles skipped for their language, by language code."""
    duplicates: int = 0
    near_duplicates: int = 0
    fetched: int = 0
    from_cache: int = 0

    @property
    def other_languages(self) -> int:
        return sum(self.languages.values())


class Context:
    """Handed to every reader; close it to release the fetcher."""

    def __init__(self, options: ReadOptions, warn: Warn, report: ReadReport) -> None:
        self.options = options
        self.report = report
        self.dedup = Deduplicator()
        self._warn = warn
        self._fetcher: Fetcher | None = None

    def skip(self, message: str) -> None:
        """Warn about one input that is left out, and count it."""
        self.report.failed += 1
        self._warn(message)

    def note(self, message: str) -> None:
        """Warn about something worth knowing that is not a failure."""
        self._warn(message)

    def in_range(self, published: date | None) -> bool:
        """Whether an article with this publication date passes --since/--until (counting those that do not)."""
        since, until = self.options.since, self.options.until
        if not self.options.dated_range:
            return True
        if published is None:
            self.report.undated += 1
            return False
        if (since and published < since) or (until and published > until):
            self.report.outside_dates += 1
            return False
        return True

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from actorgraph.sources.feeds import looks_like_feed

            self._fetcher = Fetcher(self.options.fetch, looks_like_feed)
        return self._fetcher

    def close(self) -> None:
        self.report.duplicates = self.dedup.counts.duplicates
        self.report.near_duplicates = self.dedup.counts.near_duplicates
        if self._fetcher is not None:
            self.report.fetched = self._fetcher.counts.fetched
            self.report.from_cache = self._fetcher.counts.cached
            self._fetcher.close()
            self._fetcher = None
