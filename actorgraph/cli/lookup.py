"""Reading the graph: ``relations`` of one actor and ``stats`` of the whole."""

from __future__ import annotations

import json
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

RELATION_COLUMNS = ["direction", "relation", "other", "polarity", "count", "first_seen", "last_seen", "confidence", "evidence", "source"]


@app.command()
@user_errors
def relations(
    actor: Annotated[str, typer.Argument(help="Actor id, name or alias (any case).", show_default=False)],
    types: Annotated[Optional[str], typer.Option("--type", "-t", help="Only these types, e.g. THREATEN,SANCTION.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Every relation of one actor, with counts and an evidence sentence.

    Example: actorgraph relations ECOWAS --type SANCTION,THREATEN --since 2023-07-26 --format csv
    """
    from actorgraph.graph.lookup import actor_relations
    from actorgraph.ontology import parse_relation_types

    wanted = parse_relation_types(types)
    with opened_store(db, store) as graph:
        found, edges = actor_relations(graph, actor, wanted, *date_range(since, until))
    rows = []
    for edge in edges:
        outgoing = edge.subject.id == found.id
        evidence = edge.evidence[0] if edge.evidence else None
        rows.append(
            {
                "direction": "->" if outgoing else "<-",
                "relation": edge.type.value,
                "other": (edge.object if outgoing else edge.subject).name,
                "polarity": edge.polarity.value,
                "count": edge.count,
                "first_seen": edge.first_seen.isoformat() if edge.first_seen else None,
                "last_seen": edge.last_seen.isoformat() if edge.last_seen else None,
                "confidence": round(edge.confidence, 2),
                "evidence": evidence.sentence if evidence else None,
                "source": evidence.doc_id if evidence else None,
            }
        )
    if fmt is OutputFormat.json:
        typer.echo(json.dumps({"actor": {"id": found.id, "name": found.name, "kind": found.kind.value}, "relations": rows}, ensure_ascii=False, indent=2))
    else:
        emit(rows, fmt, RELATION_COLUMNS, title=f"{found.name} ({found.kind.value})")


@app.command()
@user_errors
def stats(
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table or json.")] = OutputFormat.table,
    db: DbOption = None,
    store: StoreOption = None,
) -> None:
    """Counts of documents, actors and relations, by type and polarity.

    Example: actorgraph stats --format json
    """
    with opened_store(db, store) as graph:
        counts = graph.stats()
    data = {
        "documents": counts.documents,
        "actors": counts.actors,
        "relations": counts.relations,
        "edges": counts.edges,
        "by_type": dict(sorted(counts.by_type.items())),
        "by_polarity": dict(sorted(counts.by_polarity.items())),
    }
    if fmt is OutputFormat.json:
        typer.echo(json.dumps(data, indent=2, sort_keys=True))
        return
    rows = [{"what": k, "count": data[k]} for k in ("documents", "actors", "relations", "edges")]
    rows += [{"what": f"type {k}", "count": v} for k, v in data["by_type"].items()]
    rows += [{"what": f"polarity {k}", "count": v} for k, v in data["by_polarity"].items()]
    emit(rows, OutputFormat.table, ["what", "count"])
