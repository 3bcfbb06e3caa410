"""Readers for the web: saved HTML pages, http(s) URLs (pages or feeds) and feed files.

A feed's entries are filtered by their feed date and by URL before anything
is fetched, then their pages are fetched a few at a time in the feed's order.
Every page that cannot be had is one warning; the others are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from actorgraph.records import Document
from actorgraph.sources.feeds import Feed, FeedEntry, looks_like_feed, parse_feed
from actorgraph.sources.fetch import FetchFailed, Page
from actorgraph.sources.html import Known, article_from_html

if TYPE_CHECKING:
    from actorgraph.sources.context import Context

_PAGE_TYPES = ("html", "xml")


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _read_bytes(path: Path, ctx: Context) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        ctx.skip(f"{path}: skipped, cannot read it ({exc.strerror})")
        return None
    if not data.strip():
        ctx.skip(f"{path}: skipped, the file is empty")
        return None
    return data


def read_html_file(path: Path, ctx: Context) -> Iterator[Document]:
    """A saved web page: its article text, title, site and date (its canonical URL when it names one)."""
    data = _read_bytes(path, ctx)
    if data is None:
        return
    document = article_from_html(data, name=path.stem)
    if document is None:
        ctx.skip(f"{path}: skipped, no article text found in the page")
        return
    if document.url and not ctx.dedup.first_sight(document.url):
        return
    yield document


def read_feed_file(path: Path, ctx: Context) -> Iterator[Document]:
    """A saved RSS/Atom feed: each entry's page is fetched and read."""
    data = _read_bytes(path, ctx)
    if data is None:
        return
    feed = parse_feed(data, path.resolve().as_uri())
    if feed is None:
        ctx.skip(f"{path}: skipped, not an RSS or Atom feed")
        return
    yield from _feed_articles(feed, str(path), ctx)


def read_url(url: str, ctx: Context) -> Iterator[Document]:
    """An article page, or a feed whose entries are then fetched."""
    if not ctx.dedup.first_sight(url):
        return
    try:
        page = ctx.fetcher().get(url)
    except FetchFailed as failure:
        ctx.skip(f"{url}: skipped, {failure}")
        return
    if looks_like_feed(page.content_type, page.body):
        feed = parse_feed(page.body, page.final_url)
        if feed is None:
            ctx.skip(f"{url}: skipped, not a readable RSS or Atom feed")
            return
        yield from _feed_articles(feed, url, ctx)
        return
    document = _page_article(page, Known(), ctx)
    if document is not None:
        yield document


def _feed_articles(feed: Feed, where: str, ctx: Context) -> Iterator[Document]:
    if not feed.entries:
        ctx.note(f"{where}: the feed has no entries")
        return

    def wanted(entry: FeedEntry) -> bool:
        if entry.published is not None and not ctx.in_range(entry.published):
            return False
        return entry.link is None or ctx.dedup.first_sight(entry.link)

    entries = (pair for pair in enumerate(feed.entries, 1) if wanted(pair[1]))
    for (number, entry), result in ctx.fetcher().map(entries, lambda pair: pair[1].link):
        known = Known(title=entry.title, published=entry.published, source=feed.title)
        if isinstance(result, FetchFailed):
            ctx.skip(f"{entry.link}: skipped, {result}")
        elif isinstance(result, Page):
            document = _page_article(result, known, ctx)
            if document is not None:
                yield document
        else:
            document = article_from_html(entry.content, name=f"{where}#{number}", known=known) if entry.content else None
            if document is None:
                ctx.skip(f"{where}: entry {number} skipped, it has no link and no text")
            else:
                yield document


def _page_article(page: Page, known: Known, ctx: Context) -> Document | None:
    media = page.content_type.split(";")[0].strip().lower()
    if media and not any(kind in media for kind in _PAGE_TYPES):
        ctx.skip(f"{page.url}: skipped, not a web page ({media})")
        return None
    if page.final_url != page.url and not ctx.dedup.first_sight(page.final_url):
        return None
    document = article_from_html(page.body, name=page.final_url, url=page.final_url, known=known)
    if document is None:
        ctx.skip(f"{page.url}: skipped, no article text found on the page")
    return document
