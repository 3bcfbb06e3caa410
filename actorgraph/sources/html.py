"""Web pages to articles: the main text and its metadata, found by trafilatura.

trafilatura separates an article from navigation, ads and comments and reads
title, site name and publication date from the page's metadata (meta tags,
JSON-LD, the URL). The date is taken only from there, not guessed from dates
in the body, which are event dates (see ``actorgraph.dates``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from actorgraph.dates import parse_published
from actorgraph.records import Document

_LINE_BREAKS = re.compile(r"\s*\n\s*")
MIN_WORDS = 10
"""Less than this is a menu or a stub, not an article."""


@dataclass(frozen=True, slots=True)
class Known:
    """What is known about a page before reading it (from a feed entry); it wins over the page's own metadata."""

    title: str | None = None
    published: date | None = None
    source: str | None = None


def article_from_html(html: bytes | str, name: str, url: str | None = None, known: Known = Known()) -> Document | None:
    """The article in a page, or None when the page has no main text."""
    import trafilatura

    # trafilatura logs every page it finds no text in; the reader warns once instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    found = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (found.text or "").strip() if found is not None else ""
    if len(text.split()) < MIN_WORDS:
        return None
    published = known.published
    if published is None and found.date:
        try:
            published = parse_published(found.date)
        except ValueError:
            published = None
    # One paragraph a line in trafilatura's output; a blank line between them keeps
    # a heading from running into the next sentence.
    text = _LINE_BREAKS.sub("\n\n", text)
    # A saved page names its own address in <link rel="canonical"> or og:url.
    url = url or found.url or None
    host = urlsplit(url).hostname if url else None
    return Document(
        name=name,
        text=text,
        title=known.title or found.title or None,
        source=found.sitename or known.source or host,
        url=url,
        published=published,
    )
