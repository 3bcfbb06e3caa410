"""The alliance map: one self-contained HTML page drawing an edge list with vis-network.

pyvis 0.3.2 ships vis-network 9.1.2 but its own page is unsafe and slow
for this job: its default page loads vis-network from a CDN (blank
offline), ``in_line`` still pulls Bootstrap from one, its link tooltips
assign text to ``innerHTML`` (an evidence sentence with
``<img src=x onerror=...>`` runs script on hover), and ``add_edge`` is
quadratic (over a minute for 20,000 actors). So the page is rendered from
our own template (``templates/alliance_map.html``) with pyvis's copy of
vis-network inlined:

- all text travels as JSON inside a ``<script type="application/json">``
  block with ``<``, ``>`` and ``&`` escaped, and the page puts it on screen
  with ``textContent`` only; the template itself autoescapes;
- a Content-Security-Policy allows exactly the page's own two scripts (by
  hash) and no network at all, so even a missed escape could not run or
  load anything;
- positions are computed before the page opens (:mod:`.layout`); large maps
  keep them with physics off, small ones keep physics so they can be
  dragged about.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.graph.analysis import Blocs, Focus, find_blocs, focus
from actorgraph.graph.layout import EDGE_LENGTH, positions
from actorgraph.ontology import ActorKind, Polarity, RelationType
from actorgraph.records import Edge

PHYSICS_LIMIT = 200
"""Maps with up to this many actors keep vis-network's physics (nodes can be dragged and settle)."""
LARGE = 2000
"""Above this many actors, edges hide while the map is dragged or zoomed."""
LEGEND_BLOCS = 12
LEGEND_MEMBERS = 10
CUT_NAMES = 20
EVIDENCE_SHOWN = 3

BLOC_COLOURS = (
    "#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
    "#ff9da7", "#a0cbe8", "#d37295", "#ffbe7d", "#86bcb6", "#d4a6c8",
)
"""Tableau colours without its reds and greens (those mark hostile and cooperative edges), cycled."""
UNALIGNED_COLOUR = "#bab0ac"
POLARITY_COLOURS = {
    Polarity.COOPERATIVE: "#2a9d4b",
    Polarity.HOSTILE: "#d1342f",
    Polarity.STRUCTURAL: "#8c8c8c",
}
SHAPES = {
    ActorKind.STATE: "dot",
    ActorKind.IGO: "hexagon",
    ActorKind.MILITARY: "triangle",
    ActorKind.ARMED_GROUP: "triangleDown",
    ActorKind.GOVERNMENT: "square",
    ActorKind.PERSON: "diamond",
    ActorKind.ORG: "star",
}
KIND_NAMES = {
    ActorKind.STATE: "state",
    ActorKind.IGO: "intergovernmental body",
    ActorKind.MILITARY: "military, junta",
    ActorKind.ARMED_GROUP: "armed group",
    ActorKind.GOVERNMENT: "government",
    ActorKind.PERSON: "person",
    ActorKind.ORG: "organisation",
}


@dataclass(frozen=True, slots=True)
class AllianceMap:
    """A rendered map page and what it shows."""

    html: str
    actors: int
    relations: int
    cut: int
    blocs: Blocs

    def write(self, path: str | Path) -> Path:
        """Write the page (whole or not at all) and return where it went."""
        target = Path(path).expanduser()
        if target.is_dir():
            raise InputError(f"{target} is a folder; give a file name such as {target / 'alliance-map.html'}")
        if not target.parent.exists():
            raise InputError(f"cannot write {target}: folder {target.parent} does not exist")
        partial = target.with_name(f".{target.name}.partial")
        try:
            partial.write_text(self.html, encoding="utf-8")
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
        return target


def build_map(
    edges: Sequence[Edge],
    *,
    title: str = "Alliance map",
    around: str | None = None,
    depth: int = 1,
    types: Collection[RelationType] | None = None,
    polarities: Collection[Polarity] | None = None,
    since: date | None = None,
    until: date | None = None,
    min_count: int = 1,
    max_nodes: int | None = None,
    physics: bool | None = None,
) -> AllianceMap:
    """Render an alliance map of ``edges``, narrowed as :func:`~.analysis.focus` says.

    Nodes are coloured by bloc (:func:`~.analysis.find_blocs` on what is
    shown), shaped by actor kind and sized by centrality; edges are coloured
    by polarity, as wide as their mentions and labelled with their type.
    ``physics`` defaults to on for maps of up to :data:`PHYSICS_LIMIT` actors.
    """
    if max_nodes is not None and max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, not {max_nodes}")
    filters = dict(
        around=around, depth=depth, types=types, polarities=polarities,
        since=since, until=until, min_count=min_count, max_nodes=max_nodes,
    )
    shown = focus(edges, **filters)
    blocs = find_blocs(shown.edges)
    if physics is None:
        physics = len(shown.actors) <= PHYSICS_LIMIT
    notes = _notes(shown, **filters)
    data = _page_data(shown, blocs, physics)
    data["centre"] = around if any(actor.id == around for actor in shown.actors) else None
    html = _render(title, data, _legend(blocs, shown), notes, shown)
    return AllianceMap(html, len(shown.actors), len(shown.edges), len(shown.cut), blocs)


def _bloc_colour(number: int | None) -> str:
    return UNALIGNED_COLOUR if number is None else BLOC_COLOURS[(number - 1) % len(BLOC_COLOURS)]


def _page_data(shown: Focus, blocs: Blocs, physics: bool) -> dict:
    """What the page script draws: vis nodes and edges, and the details its tooltips show."""
    membership = blocs.membership()
    names = {bloc.number: bloc.name for bloc in blocs.blocs}
    spots = positions([a.id for a in shown.actors], [(e.subject.id, e.object.id) for e in shown.edges])
    degree = Counter(e.subject.id for e in shown.edges) + Counter(e.object.id for e in shown.edges)
    nodes, node_details = [], []
    for actor in shown.actors:
        bloc = membership.get(actor.id)
        x, y = spots[actor.id]
        nodes.append({
            "id": actor.id,
            "label": actor.name,
            "x": round(x, 1),
            "y": round(y, 1),
            "shape": SHAPES[actor.kind],
            "color": _bloc_colour(bloc),
            "value": round(math.sqrt(shown.centrality.get(actor.id, 0.0)), 3),
        })
        node_details.append({
            "name": actor.name,
            "kind": KIND_NAMES[actor.kind],
            "bloc": f"bloc {bloc}: {names[bloc]}" if bloc else "no bloc (structural relations only)",
            "aliases": list(actor.aliases[:6]),
            "relations": degree[actor.id],
            "centrality": round(shown.centrality.get(actor.id, 0.0), 3),
        })
    links, link_details = [], []
    parallel: Counter[tuple[str, str]] = Counter()
    for number, edge in enumerate(shown.edges):
        pair = (edge.subject.id, edge.object.id)
        nth = parallel[pair] + parallel[pair[::-1]]
        parallel[pair] += 1
        link = {
            "id": number,
            "from": edge.subject.id,
            "to": edge.object.id,
            "label": edge.type.value + (f" ×{edge.count}" if edge.count > 1 else ""),
            "color": POLARITY_COLOURS[edge.polarity],
            "width": round(1 + 2 * math.log2(edge.count), 2) if edge.count > 1 else 1,
            "arrows": "" if edge.type.symmetric else "to",
        }
        if edge.polarity is Polarity.STRUCTURAL:
            link["dashes"] = True
        if nth:
            # Relations between the same two actors bend apart instead of drawing over each other.
            link["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * nth, 2)}
        links.append(link)
        link_details.append({
            "relation": f"{edge.subject.name} — {edge.type.value} → {edge.object.name}",
            "polarity": edge.polarity.value,
            "count": edge.count,
            "first": edge.first_seen.isoformat() if edge.first_seen else None,
            "last": edge.last_seen.isoformat() if edge.last_seen else None,
            "confidence": round(edge.confidence, 2),
            "evidence": [
                {"sentence": ev.sentence, "source": ev.doc_id, "date": ev.date.isoformat() if ev.date else None}
                for ev in edge.evidence[:EVIDENCE_SHOWN]
            ],
        })
    return {
        "nodes": nodes,
        "edges": links,
        "nodeDetails": node_details,
        "edgeDetails": link_details,
        "options": _options(physics, len(nodes)),
    }


def _options(physics: bool, size: int) -> dict:
    """vis-network options: physics and curves for small maps; straight, static and lean for large ones."""
    options: dict = {
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            # Size and label grow with centrality; labels under 7 px are not drawn, so a zoomed-out
            # large map names its central actors only, and more appear on zooming in.
            "scaling": {"min": 8, "max": 32, "label": {"enabled": True, "min": 11, "max": 26, "maxVisible": 26, "drawThreshold": 7}},
        },
        "edges": {
            "smooth": False,
            "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#444444"},
            "arrows": {"to": {"scaleFactor": 0.6}},
            "selectionWidth": 2,
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": {"enabled": True, "bindToWindow": False}},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": EDGE_LENGTH, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 60, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
        # Labels along the edge cost a canvas rotation per edge on every redraw, even when
        # too small to show: at 5,000 actors that tripled the first draw.
        options["edges"]["font"]["align"] = "horizontal"
        options["interaction"].update({"hideEdgesOnDrag": size > LARGE, "hideEdgesOnZoom": size > LARGE})
    return options


def _legend(blocs: Blocs, shown: Focus) -> dict:
    listed = [
        {
            "colour": _bloc_colour(bloc.number),
            "name": f"Bloc {bloc.number}",
            "members": ", ".join(a.name for a in bloc.members[:LEGEND_MEMBERS])
            + (f" and {len(bloc.members) - LEGEND_MEMBERS} more" if len(bloc.members) > LEGEND_MEMBERS else ""),
            "size": len(bloc.members),
            "rivals": ", ".join(f"bloc {r}" for r in bloc.rivals),
        }
        for bloc in blocs.blocs[:LEGEND_BLOCS]
    ]
    kinds = sorted({actor.kind for actor in shown.actors}, key=list(ActorKind).index)
    polarities = sorted({edge.polarity for edge in shown.edges}, key=list(Polarity).index)
    return {
        "blocs": listed,
        "more_blocs": max(0, len(blocs.blocs) - LEGEND_BLOCS),
        "unaligned": len(blocs.unaligned),
        "unaligned_colour": UNALIGNED_COLOUR,
        "balance": f"{blocs.balance:.2f}",
        "kinds": [{"shape": SHAPES[k], "name": KIND_NAMES[k]} for k in kinds],
        "polarities": [{"colour": POLARITY_COLOURS[p], "name": p.value, "dashed": p is Polarity.STRUCTURAL} for p in polarities],
    }


def _notes(
    shown: Focus,
    *,
    around: str | None,
    depth: int,
    types: Collection[RelationType] | None,
    polarities: Collection[Polarity] | None,
    since: date | None,
    until: date | None,
    min_count: int,
    max_nodes: int | None,
) -> list[str]:
    """Sentences saying what the page leaves out and why."""
    notes = []
    if around is not None:
        name = next((a.name for a in shown.actors if a.id == around), around)
        notes.append(f"Around {name}, {depth} relation{'s' if depth != 1 else ''} deep.")
    if since or until:
        notes.append(f"Relations seen {'from ' + since.isoformat() if since else ''}"
                     f"{' ' if since and until else ''}{'until ' + until.isoformat() if until else ''}.")
    if types:
        notes.append("Types: " + ", ".join(sorted(t.value for t in types)) + ".")
    if polarities:
        notes.append("Polarity: " + ", ".join(sorted(p.value for p in polarities)) + ".")
    if min_count > 1:
        notes.append(f"Relations mentioned at least {min_count} times.")
    if shown.cut:
        total = len(shown.actors) + len(shown.cut)
        names = ", ".join(a.name for a in shown.cut[:CUT_NAMES])
        more = f" and {len(shown.cut) - CUT_NAMES:,} more" if len(shown.cut) > CUT_NAMES else ""
        notes.append(
            f"Showing the {len(shown.actors):,} most central of {total:,} actors (max nodes {max_nodes:,}); "
            f"cut {len(shown.cut):,}, the most central of them: {names}{more}."
        )
    return notes


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, from the copy inside the pyvis package."""
    folder = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in style.lower():
        raise InputError("the vis-network copy inside pyvis cannot be inlined; reinstall pyvis")
    return script, style


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment

    source = (files("actorgraph.graph") / "templates" / "alliance_map.html").read_text(encoding="utf-8")
    return Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(source)


@lru_cache(maxsize=1)
def _page_script() -> str:
    return (files("actorgraph.graph") / "templates" / "alliance_map.js").read_text(encoding="utf-8")


def _json_for_html(data: dict) -> str:
    """JSON that cannot end its <script> block or open a comment: <, > and & escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _render(title: str, data: dict, legend: dict, notes: list[str], shown: Focus) -> str:
    from markupsafe import Markup

    vis_script, vis_style = _vis_assets()
    page_script = _page_script()
    return _template().render(
        title=title,
        notes=notes,
        legend=legend,
        actors=len(shown.actors),
        relations=len(shown.edges),
        vis_style=Markup(vis_style),
        vis_script=Markup(vis_script),
        page_script=Markup(page_script),
        data=Markup(_json_for_html(data)),
        script_hashes=" ".join((_csp_hash(vis_script), _csp_hash(page_script))),
    )
