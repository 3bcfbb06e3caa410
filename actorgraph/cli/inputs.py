"""The options that say how to read news (columns, dates, languages, fetching), shared by ``build`` and ``extract``.

``input_options`` gives a command these options and hands it one
``ReadOptions`` as its ``options`` argument, so both commands take the same
flags with the same help, defined once.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from actorgraph.errors import InputError
from actorgraph.sources import Columns, FetchSettings, ReadOptions, ReadReport

COLUMNS = "Article collections (.jsonl, .csv)"
CHOICE = "Which articles"
FETCHING = "Fetching pages and feeds"
_DEFAULTS = FetchSettings()


def _column(flag: str, what: str) -> Any:
    return typer.Option(flag, help=f"Column holding {what} (default: a usual name).", rich_help_panel=COLUMNS, show_default=False)


_OPTIONS: dict[str, tuple[Any, Any]] = {
    "text_col": (Annotated[Optional[str], _column("--text-col", "the article text, e.g. body")], None),
    "date_col": (Annotated[Optional[str], _column("--date-col", "the publication date")], None),
    "title_col": (Annotated[Optional[str], _column("--title-col", "the headline")], None),
    "url_col": (Annotated[Optional[str], _column("--url-col", "the article's address")], None),
    "id_col": (Annotated[Optional[str], _column("--id-col", "the article's id")], None),
    "source_col": (Annotated[Optional[str], _column("--source-col", "the outlet's name")], None),
    "since": (
        Annotated[Optional[datetime], typer.Option("--since", formats=["%Y-%m-%d"], help="Only articles published on or after this day.", rich_help_panel=CHOICE, show_default=False)],
        None,
    ),
    "until": (
        Annotated[Optional[datetime], typer.Option("--until", formats=["%Y-%m-%d"], help="Only articles published on or before this day.", rich_help_panel=CHOICE, show_default=False)],
        None,
    ),
    "languages": (
        Annotated[str, typer.Option("--language", help="Languages the model reads (comma-separated codes); articles in others are skipped.", rich_help_panel=CHOICE)],
        "en",
    ),
    "timeout": (
        Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a server before giving up on a page.", rich_help_panel=FETCHING)],
        _DEFAULTS.timeout,
    ),
    "concurrency": (
        Annotated[int, typer.Option("--concurrency", min=1, max=32, help="Pages fetched at the same time.", rich_help_panel=FETCHING)],
        _DEFAULTS.concurrency,
    ),
    "retries": (
        Annotated[int, typer.Option("--retries", min=0, max=10, help="Tries again after a timeout, 429 or 5xx, waiting longer each time.", rich_help_panel=FETCHING)],
        _DEFAULTS.retries,
    ),
    "cache_dir": (
        Annotated[Optional[Path], typer.Option("--cache-dir", envvar="ACTORGRAPH_CACHE", help="Folder of fetched pages (default: the per-user cache).", rich_help_panel=FETCHING, show_default=False)],
        None,
    ),
    "no_cache": (
        Annotated[bool, typer.Option("--no-cache", help="Fetch every page again instead of reusing the cache.", rich_help_panel=FETCHING)],
        False,
    ),
    "user_agent": (
        Annotated[str, typer.Option("--user-agent", envvar="ACTORGRAPH_USER_AGENT", help="How requests introduce themselves to servers.", rich_help_panel=FETCHING)],
        _DEFAULTS.user_agent,
    ),
}


def read_options(values: dict[str, Any]) -> ReadOptions:
    """The ``ReadOptions`` the flags describe; an impossible date range is an ``InputError``."""
    since = values["since"].date() if values["since"] else None
    until = values["until"].date() if values["until"] else None
    if since and until and since > until:
        raise InputError(f"--since {since} is after --until {until}; nothing could match")
    languages = frozenset(code.strip().lower() for code in values["languages"].split(",") if code.strip())
    if not languages:
        raise InputError("--language needs at least one language code, e.g. --language en")
    columns = Columns(
        text=values["text_col"],
        date=values["date_col"],
        title=values["title_col"],
        url=values["url_col"],
        id=values["id_col"],
        source=values["source_col"],
    )
    fetch = FetchSettings(
        user_agent=values["user_agent"],
        timeout=values["timeout"],
        concurrency=values["concurrency"],
        retries=values["retries"],
        backoff=_DEFAULTS.backoff,
        cache_dir=values["cache_dir"],
        use_cache=not values["no_cache"],
    )
    return ReadOptions(columns=columns, since=since, until=until, languages=languages, fetch=fetch)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Replace the command's ``options: ReadOptions`` parameter by the reading flags."""
    hints = typing.get_type_hints(command, include_extras=True)
    own = [
        parameter.replace(annotation=hints.get(name, parameter.annotation))
        for name, parameter in inspect.signature(command).parameters.items()
        if name != "options"
    ]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
        for name, (annotation, default) in _OPTIONS.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in _OPTIONS}
        return command(*args, options=read_options(values), **kwargs)

    # Keyword-only flags after the command's own parameters; positional-or-keyword ones stay first.
    wrapper.__signature__ = inspect.Signature([*own, *added])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
    del wrapper.__wrapped__
    return wrapper


def ingest_summary(report: ReadReport) -> str | None:
    """One line on what reading left out and what was fetched, or None when there is nothing to say."""
    parts = []
    if report.other_languages:
        languages = ", ".join(f"{code} {count}" for code, count in report.languages.most_common())
        parts.append(f"{report.other_languages} in other languages ({languages})")
    if report.duplicates:
        parts.append(f"{report.duplicates} duplicate{'s' if report.duplicates != 1 else ''}")
    if report.near_duplicates:
        parts.append(f"{report.near_duplicates} near-duplicate cop{'ies' if report.near_duplicates != 1 else 'y'} counted as extra sources")
    if report.outside_dates:
        parts.append(f"{report.outside_dates} outside --since/--until")
    if report.undated:
        parts.append(f"{report.undated} without a publication date")
    if report.failed:
        parts.append(f"{report.failed} unreadable (see warnings)")
    fetched = report.fetched + report.from_cache
    if not parts and not fetched:
        return None
    line = f"left out: {', '.join(parts)}" if parts else "left out: nothing"
    if fetched:
        line += f"; pages: {report.fetched} fetched, {report.from_cache} from the cache"
    return line
