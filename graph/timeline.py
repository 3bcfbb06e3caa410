"""How relations between actors change over time: per month (or week), who did what to whom.

``timeline`` is pure: it takes the triples of one actor (oldest first, as
``Store.triples`` returns them) and groups them by the period their event
date falls in, one row per period and other actor, with the balance of
cooperative and hostile relations and a mark where that balance turns, so an
alliance forming or breaking shows.

Evidence dated less precisely than the period asked for is not spread over
periods it may not belong to: a relation known only "in 2021" gets a row
"2021" before the months of 2021, one known only "in July" a row "2023-07"
in a weekly timeline. Undated evidence comes last.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from actorgraph.ontology import Polarity, RelationType
from actorgraph.records import Actor, Evidence, Triple

if TYPE_CHECKING:
    from actorgraph.graph.store import Store

Granularity = Literal["month", "week"]
Direction = Literal["->", "<-", "<->"]
Stance = Literal["cooperative", "hostile", "mixed", "structural"]

_COARSENESS = {"year": 0, "month": 1, "week": 2, "day": 3}


@dataclass(frozen=True, slots=True)
class Period:
    """A span of time: its first day, and how long it is ("year", "month" or "week"); undated has no start."""

    start: date | None
    span: str

    @property
    def label(self) -> str:
        """'2023-07', '2023-W31', '2021', or 'undated'.

        >>> Period(date(2023, 7, 31), "week").label
        '2023-W31'
        """
        if self.start is None:
            return "undated"
        if self.span == "year":
            return f"{self.start.year}"
        if self.span == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


@dataclass(frozen=True, slots=True)
class RelationCount:
    type: RelationType
    direction: Direction
    """Seen from the timeline's actor: "->" it did this to the other, "<-" the other did it, "<->" mutual."""
    count: int


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """The relations between the actor and one other actor in one period."""

    period: Period
    other: Actor
    relations: tuple[RelationCount, ...]
    cooperative: int
    hostile: int
    stance: Stance
    turned: Stance | None
    """The new stance when it differs from the last clear one with this actor ("an alliance broke")."""
    evidence: Evidence
    """The most recent sentence of the period."""


def period_of(evidence: Evidence, by: Granularity) -> Period:
    """The period an event date falls in, never finer than the date's precision.

    >>> period_of(Evidence("d", "h", "s", 0, 1, date(2023, 8, 2), "day"), "week")
    Period(start=datetime.date(2023, 7, 31), span='week')
    >>> period_of(Evidence("d", "h", "s", 0, 1, date(2021, 1, 1), "year"), "month").label
    '2021'
    """
    when = evidence.date
    if when is None:
        return Period(None, "undated")
    precision = evidence.date_precision or "day"
    span = by if _COARSENESS[precision] >= _COARSENESS[by] else precision
    if span == "year":
        return Period(date(when.year, 1, 1), "year")
    if span == "month":
        return Period(when.replace(day=1), "month")
    return Period(when - timedelta(days=when.weekday()), "week")


def _sort_key(period: Period) -> tuple:
    # Undated last; a coarse period ("2021") before the finer ones it contains ("2021-01").
    if period.start is None:
        return (1, date.max, 0)
    return (0, period.start, _COARSENESS[period.span])


def _stance(cooperative: int, hostile: int) -> Stance:
    if cooperative > hostile:
        return "cooperative"
    if hostile > cooperative:
        return "hostile"
    return "mixed" if cooperative else "structural"


def _direction(triple: Triple, actor_id: str) -> Direction:
    if triple.relation.type.symmetric:
        return "<->"
    return "->" if triple.subject.actor.id == actor_id else "<-"


def _other(triple: Triple, actor_id: str) -> Actor:
    return triple.object.actor if triple.subject.actor.id == actor_id else triple.subject.actor


def timeline(triples: Iterable[Triple], actor_id: str, by: Granularity = "month") -> list[TimelineRow]:
    """Rows of (period, other actor) in time order, each with its relations and stance.

    >>> timeline([], "NER")
    []
    """
    groups: dict[tuple[Period, str], list[Triple]] = defaultdict(list)
    others: dict[str, Actor] = {}
    for triple in triples:
        if actor_id not in (triple.subject.actor.id, triple.object.actor.id):
            continue
        other = _other(triple, actor_id)
        others[other.id] = other
        groups[(period_of(triple.evidence, by), other.id)].append(triple)
    rows: list[TimelineRow] = []
    last_clear: dict[str, Stance] = {}
    for period, other_id in sorted(groups, key=lambda key: (_sort_key(key[0]), others[key[1]].name, key[1])):
        found = groups[(period, other_id)]
        counts = Counter((t.relation.type, _direction(t, actor_id)) for t in found)
        polarities = Counter(t.relation.polarity for t in found)
        cooperative, hostile = polarities[Polarity.COOPERATIVE], polarities[Polarity.HOSTILE]
        stance = _stance(cooperative, hostile)
        turned = None
        if stance in ("cooperative", "hostile") and period.start is not None:
            previous = last_clear.get(other_id)
            if previous is not None and previous != stance:
                turned = stance
            last_clear[other_id] = stance
        relations = tuple(
            RelationCount(kind, direction, count)
            for (kind, direction), count in sorted(counts.items(), key=lambda item: (-item[1], item[0][0].value, item[0][1]))
        )
        latest = max(found, key=lambda t: (t.evidence.date or date.min, t.evidence.doc_id, t.evidence.start))
        rows.append(TimelineRow(period, others[other_id], relations, cooperative, hostile, stance, turned, latest.evidence))
    return rows


def actor_timeline(
    store: Store,
    actor: str,
    other: str | None = None,
    by: Granularity = "month",
    types: Collection[RelationType] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> tuple[Actor, Actor | None, list[TimelineRow]]:
    """The timeline of ``actor`` (with ``other`` only, if given), both found by id, name or alias."""
    from actorgraph.graph.lookup import resolve_actor

    found = resolve_actor(store, actor)
    partner = resolve_actor(store, other) if other else None
    triples = store.triples(found.id, partner.id if partner else None, types, since, until)
    return found, partner, timeline(triples, found.id, by)
