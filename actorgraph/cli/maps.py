"""``map`` (the alliance map page) and ``blocs`` (who sides with whom, by structural balance)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

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
from actorgraph.errors import ActorgraphError, InputError

TypesOption = Annotated[
    Optional[str],
    typer.Option("--types", "--type", "-t", help="Only these relation types, e.g. THREATEN,SANCTION.", show_default=False),
]
BLOC_COLUMNS = ["bloc", "actors", "against", "members", "balance"]


def _polarities(text: str | None):
    from actorgraph.ontology import Polarity

    if text is None:
        return None
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    known = {p.value: p for p in Polarity}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise InputError(f"unknown polarity {unknown[0]!r}; use one of {', '.join(known)}")
    return frozenset(known[name] for name in names) or None


@app.command("map")
@user_errors
def map_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write.")] = Path("alliance-map.html"),
    actor: Annotated[Optional[str], typer.Option("--actor", "-a", help="Only the network around this actor.", show_default=False)] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, help="How many relations away from --actor.")] = 1,
    since: SinceOption = None,
    until: UntilOption = None,
    types: TypesOption = None,
    polarity: Annotated[Optional[str], typer.Option("--polarity", help="Only cooperative, hostile and/or structural relations.", show_default=False)] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Only relations mentioned at least this often.")] = 1,
    max_nodes: Annotated[Optional[int], typer.Option("--max-nodes", min=1, help="Keep only the most central actors (the page says what was cut).", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the page.", show_default=False)] = None,
    screenshot: Annotated[Optional[Path], typer.Option("--screenshot", help="Also save a PNG of the drawn map (needs Chromium and playwright).", show_default=False)] = None,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Write the alliance map: a self-contained HTML page of actors coloured by bloc and their relations.

    Opens offline in any browser: hover for evidence, search for an actor, drag to explore.

    Example: actorgraph map --actor ECOWAS --depth 2 --polarity hostile -o ecowas.html
    """
    from actorgraph.graph.alliance_map import build_map
    from actorgraph.graph.lookup import resolve_actor
    from actorgraph.ontology import parse_relation_types

    wanted = parse_relation_types(types)
    polarities = _polarities(polarity)
    start, end = date_range(since, until)
    with opened_store(db, store) as graph:
        centre = resolve_actor(graph, actor) if actor else None
        edges = graph.edges(around=centre.id if centre else None, depth=depth, types=wanted, since=start, until=end)
    result = build_map(
        edges,
        title=title or (f"Alliance map around {centre.name}" if centre else "Alliance map"),
        around=centre.id if centre else None, depth=depth, types=wanted, polarities=polarities,
        since=start, until=end, min_count=min_count, max_nodes=max_nodes,
    )
    if not result.actors:
        raise ActorgraphError("no relations to draw: the graph is empty or the options leave nothing; run actorgraph build or widen the filters")
    written = result.write(output)
    cut = f", {result.cut:,} less central actors cut" if result.cut else ""
    typer.echo(f"alliance map of {result.actors:,} actors and {result.relations:,} relations{cut} written to {written}")
    if screenshot is not None:
        from actorgraph.graph.browser import screenshot as take_screenshot

        typer.echo(f"screenshot written to {take_screenshot(written, screenshot)}")


@app.command()
@user_errors
def blocs(
    fmt: FormatOption = OutputFormat.table,
    since: SinceOption = None,
    until: UntilOption = None,
    types: TypesOption = None,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Split the actors into blocs by structural balance ("the enemy of my enemy is my friend").

    Cooperative relations pull actors into one bloc, hostile ones push them
    apart, each weighted by mentions × confidence; the balance score is the
    share of that weight the blocs agree with (1.0: no frustrated relation).

    Example: actorgraph blocs --format json
    """
    from actorgraph.graph.analysis import find_blocs
    from actorgraph.ontology import parse_relation_types

    wanted = parse_relation_types(types)
    start, end = date_range(since, until)
    with opened_store(db, store) as graph:
        result = find_blocs(graph.edges(types=wanted, since=start, until=end))
    balance = round(result.balance, 3)
    if fmt is OutputFormat.json:
        typer.echo(json.dumps({
            "balance": balance,
            "frustration": round(result.frustration, 3),
            "signed_weight": round(result.signed_weight, 3),
            "blocs": [
                {"bloc": bloc.number, "against": list(bloc.rivals),
                 "members": [{"id": a.id, "name": a.name, "kind": a.kind.value} for a in bloc.members]}
                for bloc in result.blocs
            ],
            "unaligned": [{"id": a.id, "name": a.name, "kind": a.kind.value} for a in result.unaligned],
        }, ensure_ascii=False, indent=2))
        return
    rows = [
        {"bloc": bloc.number, "actors": len(bloc.members), "against": ", ".join(map(str, bloc.rivals)),
         "members": "; ".join(a.name for a in bloc.members), "balance": balance}
        for bloc in result.blocs
    ]
    if result.unaligned:
        rows.append({"bloc": "none", "actors": len(result.unaligned), "against": "",
                     "members": "; ".join(a.name for a in result.unaligned), "balance": balance})
    if fmt is OutputFormat.csv:
        emit(rows, fmt, BLOC_COLUMNS)
    else:
        emit(rows, fmt, BLOC_COLUMNS[:-1], title=(
            f"balance {balance:.2f}: {result.frustration:.1f} of {result.signed_weight:.1f} "
            "signed weight frustrated (bloc none: structural relations only)"
        ))
