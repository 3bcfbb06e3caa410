"""How fast alliance maps build and open, next to a plain pyvis page of the same graph.

For 40 (about the seed graph; physics on), 500, 5,000 and 20,000 actors (a
scale-free graph, two camps, every relation type, evidence on every edge)
it prints:

- build: seconds to turn the edge list into the page (blocs, layout, HTML),
  after one warm-up map has paid for the imports;
  for plain pyvis, seconds to fill its node and edge lists directly (its
  ``add_edge`` is quadratic) with the same precomputed positions, physics off;
- first draw: seconds from navigation until vis-network first draws;
- interactive: seconds until, after that draw and the load event, the page
  runs its next task (input would be handled from then on).

Pages open in headless Chromium with every network request refused (plain
pyvis asks a CDN for Bootstrap; the refusal costs it nothing). Goals: a
seed-sized map drawn within 1 s, 5,000 actors within 2.5 s and 20,000
within 8 s, each no slower than plain pyvis; a 5,000-actor page built
within 2 s.

Run: .venv/bin/python benchmarks/map_render.py [SIZES...] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from actorgraph.graph.alliance_map import build_map
from actorgraph.graph.browser import chromium, offline
from actorgraph.graph.layout import positions
from actorgraph.ontology import ActorKind, Polarity, RelationType
from actorgraph.records import Actor, Edge, Evidence

TIMING = """
(() => {
  const bench = window.__bench = {};
  const mark = (name) => { if (bench[name] === undefined) bench[name] = performance.now() / 1000; };
  const hook = (Network) => {
    const emit = Network.prototype.emit;
    Network.prototype.emit = function (name) {
      if (name === "afterDrawing" && bench.firstDraw === undefined) {
        mark("firstDraw");
        const next = () => setTimeout(() => mark("interactive"), 0);
        if (document.readyState === "complete") next(); else window.addEventListener("load", next);
      }
      return emit.apply(this, arguments);
    };
  };
  window.vis = new Proxy({}, { set(target, key, value) { if (key === "Network") hook(value); target[key] = value; return true; } });
})();
"""


def scale_free_edges(actors: int, seed: int = 1) -> list[Edge]:
    import networkx as nx

    rng = random.Random(seed)
    graph = nx.barabasi_albert_graph(actors, 2, seed=seed)
    kinds = list(ActorKind)
    people = [Actor(f"A{i}", f"Actor {i}", kinds[i % len(kinds)]) for i in range(actors)]
    camp = [rng.random() < 0.5 for _ in range(actors)]
    by_polarity = {p: [t for t in RelationType if t.polarity is p] for p in Polarity}
    edges = []
    for u, v in graph.edges():
        roll = rng.random()
        polarity = Polarity.STRUCTURAL if roll < 0.1 else (
            Polarity.COOPERATIVE if (camp[u] == camp[v]) != (roll > 0.9) else Polarity.HOSTILE)
        count = 1 + int(rng.expovariate(0.7))
        day = date(2023, 7, 1 + rng.randrange(30))
        evidence = tuple(
            Evidence(f"doc-{rng.randrange(1000)}", "0" * 32,
                     f"Officials said Actor {u} and Actor {v} met again on the {k + 1}st day of talks over the crisis.",
                     0, 90, day, "day")
            for k in range(min(count, 3))
        )
        edges.append(Edge(people[u], rng.choice(by_polarity[polarity]), people[v], count, day, day, 0.8, evidence))
    return edges


def plain_pyvis_page(edges: list[Edge], spots: dict[str, tuple[float, float]]) -> str:
    """pyvis defaults with inlined resources, node and edge lists filled directly, positions given, physics off."""
    from pyvis.network import Network

    actors = {a.id: a for e in edges for a in (e.subject, e.object)}
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = [
        {"id": a.id, "label": a.name, "title": f"{a.name} ({a.kind.value})", "shape": "dot", "color": "#97c2fc",
         "x": spots[a.id][0], "y": spots[a.id][1], "size": 10}
        for a in actors.values()
    ]
    net.edges = [
        {"from": e.subject.id, "to": e.object.id, "label": e.type.value, "arrows": "to", "width": e.count,
         "title": " ".join(ev.sentence for ev in e.evidence)}
        for e in edges
    ]
    net.toggle_physics(False)
    return net.generate_html()


def open_timings(context, path: Path) -> tuple[float, float]:
    page = context.new_page()
    try:
        offline(page)
        page.add_init_script(TIMING)
        page.goto(path.as_uri(), timeout=120_000)
        page.wait_for_function("() => window.__bench && window.__bench.interactive !== undefined", timeout=120_000)
        timings = page.evaluate("() => window.__bench")
        return timings["firstDraw"], timings["interactive"]
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[40, 500, 5000, 20000])
    parser.add_argument("--runs", type=int, default=3, help="browser openings per page (the median is printed)")
    args = parser.parse_args()
    build_map(scale_free_edges(300))  # imports (scipy, jinja2) are paid once per process, not per map
    print(f"{'actors':>7} {'relations':>9}  {'page':<12} {'build s':>8} {'first draw s':>13} {'interactive s':>14}")
    with tempfile.TemporaryDirectory() as folder, chromium() as context:
        for size in args.sizes:
            edges = scale_free_edges(size)
            pages = {}
            started = time.perf_counter()
            pages["actorgraph"] = (build_map(edges).html, time.perf_counter() - started)
            actors = list(dict.fromkeys(a.id for e in edges for a in (e.subject, e.object)))
            spots = positions(actors, [(e.subject.id, e.object.id) for e in edges])
            started = time.perf_counter()
            pages["plain pyvis"] = (plain_pyvis_page(edges, spots), time.perf_counter() - started)
            paths = {}
            for name, (html, _) in pages.items():
                paths[name] = Path(folder) / f"{name.replace(' ', '-')}-{size}.html"
                paths[name].write_text(html, encoding="utf-8")
            # Openings alternate between the pages, so a busy machine slows both alike.
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in pages}
            for _ in range(args.runs):
                for name, path in paths.items():
                    runs[name].append(open_timings(context, path))
            for name, (_, build) in pages.items():
                first = statistics.median(r[0] for r in runs[name])
                ready = statistics.median(r[1] for r in runs[name])
                print(f"{size:>7,} {len(edges):>9,}  {name:<12} {build:>8.2f} {first:>13.2f} {ready:>14.2f}", flush=True)
    print("build for plain pyvis excludes the layout (same positions as actorgraph's); times are medians of "
          f"{args.runs} openings", file=sys.stderr)


if __name__ == "__main__":
    main()
