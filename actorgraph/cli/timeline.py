"""``timeline``: an actor's relations per month or week, to see alliances form and break."""

from __future__ import annotations

import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from actorgraph.cli.app import (
    DbOption,
    FormatOption,
    OutputFormat,
    SinceOption,
    StoreOption,
    UntilOption,
    app,
    date_range,
    emit,
    opened_store,
    user_errors,
)

if TYPE_CHECKING:
    from actorgraph.graph.timeline import TimelineRow

COLUMNS = ["period", "other", "stance", "turned", "relations", "evidence", "source"]
TABLE_COLUMNS = ["period", "other", "stance", "relations", "evidence"]


class By(str, Enum):
    month = "month"
    week = "week"


def _relations_text(row: TimelineRow) -> str:
    return ", ".join(f"{r.direction} {r.type.value}" + (f" x{r.count}" if r.count > 1 else "") for r in row.relations)


def _row(row: TimelineRow) -> dict[str, Any]:
    return {
        "period": row.period.label,
        "other": row.other.name,
        "stance": row.stance,
        "turned": f"turned {row.turned}" if row.turned else "",
        "relations": _relations_text(row),
        "evidence": row.evidence.sentence,
        "source": row.evidence.doc_id,
    }


def _json_row(row: TimelineRow) -> dict[str, Any]:
    return {
        "period": row.period.label,
        "start": row.period.start.isoformat() if row.period.start else None,
        "span": row.period.span,
        "other": {"id": row.other.id, "name": row.other.name, "kind": row.other.kind.value},
        "cooperative": row.cooperative,
        "hostile": row.hostile,
        "stance": row.stance,
        "turned": row.turned,
        "relations": [{"type": r.type.value, "direction": r.direction, "count": r.count} for r in row.relations],
        "evidence": {
            "sentence": row.evidence.sentence,
            "doc_id": row.evidence.doc_id,
            "date": row.evidence.date.isoformat() if row.evidence.date else None,
            "date_precision": row.evidence.date_precision,
        },
    }


@app.command()
@user_errors
def timeline(
    actor: Annotated[str, typer.Argument(help="Actor id, name or alias (any case).", show_default=False)],
    other: Annotated[Optional[str], typer.Option("--with", help="Only the relations with this actor.", show_default=False)] = None,
    by: Annotated[By, typer.Option("--by", help="Group by month or week.")] = By.month,
    types: Annotated[Optional[str], typer.Option("--type", "-t", help="Only these types, e.g. THREATEN,ALLY_OF.", show_default=False)] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """An actor's relations per month (or week) by event date, marking where they turn hostile or cooperative.

    Example: actorgraph timeline Niger --with France --by month
    """
    from actorgraph.graph.timeline import actor_timeline
    from actorgraph.ontology import parse_relation_types

    wanted = parse_relation_types(types)
    with opened_store(db, store) as graph:
        found, partner, rows = actor_timeline(
            graph,
            actor,
            other,
            by.value,
            wanted,
            *date_range(since, until),
        )
    if fmt is OutputFormat.json:
        data = {
            "actor": {"id": found.id, "name": found.name, "kind": found.kind.value},
            "with": {"id": partner.id, "name": partner.name, "kind": partner.kind.value} if partner else None,
            "by": by.value,
            "periods": [_json_row(r) for r in rows],
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not rows and fmt is OutputFormat.table:
        between = f" with {partner.name}" if partner else ""
        typer.echo(f"no relations of {found.name}{between} in the graph for these filters")
        return
    title = f"{found.name} and {partner.name} by {by.value}" if partner else f"{found.name} by {by.value}"
    table = [_row(r) for r in rows]
    if fmt is OutputFormat.table:
        # On screen the turn is marked in the stance column, to leave the width to the evidence.
        for shown, row in zip(table, rows):
            shown["stance"] = f"{row.stance} (turned)" if row.turned else row.stance
        emit(table, fmt, TABLE_COLUMNS, title=title)
        return
    emit(table, fmt, COLUMNS, title=title)
