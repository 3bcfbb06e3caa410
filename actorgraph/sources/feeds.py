"""RSS and Atom feeds, read with feedparser: each entry's link, title, date and any inline text."""

from __future__ import annotations

import calendar
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")
# The root element, after an optional XML declaration, stylesheet, doctype or comments.
_FEED_ROOT = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where the article is, and what the feed says about it."""

    link: str | None
    title: str | None
    published: date | None
    content: str | None
    """The entry's own HTML (content:encoded, or the summary), used when it has no link."""


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """True for an RSS/Atom document: by its media type, or by its root element (servers often say text/xml or text/html)."""
    media = content_type.split(";")[0].strip().lower()
    return media in _FEED_TYPES or _FEED_ROOT.match(body[:4096]) is not None


def _entry_date(entry: dict) -> date | None:
    # feedparser normalises every date format it knows to a UTC struct_time.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date()


def _entry_content(entry: dict) -> str | None:
    for content in entry.get("content") or ():
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or None


def parse_feed(data: bytes, location: str) -> Feed | None:
    """The feed in ``data`` (relative links resolved against ``location``), or None if it is not a feed."""
    import feedparser

    # A stream, never a string: feedparser would fetch a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": location})
    if not parsed.get("version") and not parsed.entries:
        return None
    entries = tuple(
        FeedEntry(
            link=(entry.get("link") or "").strip() or None,
            title=entry.get("title") or None,
            published=_entry_date(entry),
            content=_entry_content(entry),
        )
        for entry in parsed.entries
    )
    return Feed(title=parsed.feed.get("title") or None, entries=entries)
