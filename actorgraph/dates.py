"""Dates in news: when an article was published, and when the events it reports happened.

A sentence says "on Monday", "last week", "on July 26" or "in 2021"; the
event happened then, not on the day the article came out. ``event_date``
finds such expressions with a small table of patterns (so that "may" the verb
or "the 2021 coup" used as a name are not taken for dates) and resolves the
words with ``dateparser`` against the publication date. News reports what
already happened, so a bare "on Monday" means the Monday at or before the
publication date, unless the clause is in the future tense ("will meet on
Monday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from actorgraph.records import DatePrecision, Triple

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Abbreviations only count next to a day number: "Jan" alone is a name, "Mar. 3" is a date.
_MONTH_ANY = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|" + _MONTH_FULL
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMBER = r"(?i:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A bare month or year is a date only after one of these ("in March", "since 2021").
_LEAD = r"(?i:in|since|during|until|till|by|before|after|from|of|last|this|next)"
_QUALIFIER = r"(?i:(?:early|mid|late)-?\s*)"

EXPRESSIONS: tuple[tuple[str, str], ...] = (
    # Order matters where two start at the same place: the longer form first.
    ("day", rf"\b{_YEAR}-[01]\d-[0-3]\d\b"),
    ("day", rf"\b(?:{_MONTH_ANY})\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!-)"),
    ("day", rf"\b{_DAY}\s+(?:of\s+)?(?:{_MONTH_ANY})(?:,?\s+{_YEAR})?\b"),
    ("weekday", rf"\b(?:(?i:last|this|next|on|since|by|until)\s+)?{_WEEKDAY}\b"),
    ("month", rf"\b(?:{_LEAD}\s+)?{_QUALIFIER}?{_MONTH_FULL}(?:\s+of)?\s+{_YEAR}\b"),
    ("month", rf"\b(?:{_LEAD}\s+{_QUALIFIER}?|{_QUALIFIER}){_MONTH_FULL}\b"),
    ("year", rf"\b(?:{_LEAD}\s+{_QUALIFIER}?|{_QUALIFIER}){_YEAR}\b(?![-/]\d)"),
    (
        "relative",
        r"\b(?i:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)"
        r"|(?:(?:earlier|later)\s+)?(?:last|this|next|past)\s+(?:week|month|year)"
        rf"|{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+ago)\b",
    ),
)
"""Kinds of date expression and the pattern that finds each in a sentence."""

_STRIP = re.compile(rf"^(?:(?:on|in|since|during|until|till|by|before|after|from|of|earlier|later)\s+|{_QUALIFIER})+", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A future marker in the same clause, before the date: "ECOWAS leaders will meet on Thursday".
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to|plans?\s+to|intends?\s+to|upcoming)\b|'ll\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\b(?:that|which|who|after|before|when|while)\b", re.I)
_PERIOD_PRECISION: dict[str, DatePrecision] = {
    "day": "day",
    "time": "day",
    "part_of_day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


@dataclass(frozen=True, slots=True)
class EventDate:
    """When something happened, how precisely that is known, and the words that said so.

    ``words`` is None when the sentence names no date and the publication date stands in.
    """

    date: date
    precision: DatePrecision
    words: str | None = None


@dataclass(frozen=True, slots=True)
class _Expression:
    kind: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _finder() -> re.Pattern[str]:
    # Compiled on first use: the CLI imports this module for every command.
    return re.compile("|".join(f"(?P<{kind}{i}>{pattern})" for i, (kind, pattern) in enumerate(EXPRESSIONS)))


def find_expressions(sentence: str) -> list[_Expression]:
    """The date expressions in a sentence, left to right."""
    found = []
    for match in _finder().finditer(sentence):
        kind = (match.lastgroup or "").rstrip("0123456789")
        found.append(_Expression(kind, match.group(), match.start(), match.end()))
    return found


def _in_future(sentence: str, start: int) -> bool:
    clause = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    if breaks:
        clause = clause[breaks[-1].end() :]
    return _FUTURE.search(clause) is not None


def _weekday(words: str, published: date, future: bool) -> date:
    parts = words.lower().split()
    target = _WEEKDAYS.index(parts[-1])
    today = published.weekday()
    if parts[0] == "last":
        return published - timedelta(days=(today - target - 1) % 7 + 1)
    if parts[0] == "next":
        return published + timedelta(days=(target - today - 1) % 7 + 1)
    # "on Monday" in a Monday paper is that day; otherwise the nearest one in the clause's tense.
    if future:
        return published + timedelta(days=(target - today) % 7)
    return published - timedelta(days=(today - target) % 7)


@lru_cache(maxsize=64)
def _parser(base: date, future: bool):
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _normalise(day: date, precision: DatePrecision) -> date:
    if precision == "week":
        return day - timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


def _has_year(expression: _Expression) -> bool:
    return re.search(_YEAR, expression.text) is not None


def _resolve(expression: _Expression, published: date | None, future: bool) -> EventDate | None:
    words = _STRIP.sub("", expression.text.strip()).replace("past ", "last ")
    if published is None and not _has_year(expression):
        return None
    base = published or date(1970, 1, 1)
    if expression.kind == "weekday":
        return EventDate(_weekday(words, base, future), "day", expression.text)
    last_month = expression.kind == "month" and words.lower().startswith("last ")
    if last_month:
        words = words[5:]
    parsed = _parser(base, future).get_date_data(words)
    if parsed.date_obj is None:
        return None
    precision = _PERIOD_PRECISION.get(parsed.period or "day", "day")
    if expression.kind == "year":
        precision = "year"
    day = _normalise(parsed.date_obj.date(), precision)
    if last_month and (day.year, day.month) == (base.year, base.month):
        day = day.replace(year=day.year - 1)
    return EventDate(day, precision, expression.text)


def _distance(sentence: str, expression: _Expression, near: int) -> tuple[bool, int, int]:
    """How far a date expression is from the predicate; one in another clause comes last.

    An expression opening the sentence ("On Monday, ECOWAS ...") dates the
    main clause; one inside an aside ("ECOWAS, which meets next week, ...")
    dates only the aside.
    """
    between = sentence[expression.end : near] if expression.end <= near else sentence[near : expression.start]
    opening = not sentence[: expression.start].strip()
    other_clause = not opening and _CLAUSE_BREAK.search(between) is not None
    gap = max(expression.start - near, near - expression.end, 0)
    return other_clause, gap, expression.start


def event_date(sentence: str, published: date | None, near: int | None = None) -> EventDate | None:
    """When the event in ``sentence`` happened, read against the publication date.

    With several date expressions, the one closest to character ``near`` (the
    predicate) wins; without any, the publication date stands in (precision
    day). None when neither is known.

    >>> event_date("Niger's junta threatened France on Monday.", date(2023, 8, 2))
    EventDate(date=datetime.date(2023, 7, 31), precision='day', words='on Monday')
    >>> event_date("ECOWAS imposed sanctions in March.", date(2023, 8, 2)).precision
    'month'
    """
    expressions = find_expressions(sentence)
    if near is not None:
        placed = sorted(((_distance(sentence, e, near), e) for e in expressions), key=lambda pair: pair[0])
        # A date in another clause dates that clause; it stands in only when the
        # predicate's own clause names none, never for one that cannot be resolved.
        in_clause = [e for (other_clause, _, _), e in placed if not other_clause]
        expressions = in_clause or [e for _, e in placed]
    for expression in expressions:
        resolved = _resolve(expression, published, _in_future(sentence, expression.start))
        if resolved is not None:
            return resolved
    return EventDate(published, "day") if published else None


def _predicate_offset(triple: Triple) -> int | None:
    """Where the relation's first word sits in the sentence ("threaten" finds "threatened")."""
    words = triple.relation.phrase.split()
    if not words:
        return None
    found = triple.evidence.sentence.lower().find(words[0].lower())
    return found if found >= 0 else None


def date_triples(triples: list[Triple], published: date | None) -> list[Triple]:
    """The triples with their evidence dated by event date (publication date when the sentence names none)."""
    dated = []
    for triple in triples:
        when = event_date(triple.evidence.sentence, published, _predicate_offset(triple))
        if when is None:
            dated.append(triple)
            continue
        evidence = replace(triple.evidence, date=when.date, date_precision=when.precision)
        dated.append(replace(triple, evidence=evidence))
    return dated


def parse_published(value: object) -> date:
    """A publication date from metadata: ISO, RFC 822 ("Wed, 02 Aug 2023 10:00:00 GMT"), "August 2, 2023", a timestamp.

    Raises ValueError for anything else, relative words ("yesterday") included.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"PARSERS": ["timestamp", "custom-formats", "absolute-time"], "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None:
        raise ValueError(f"not a date: {text!r}")
    return parsed.date()
