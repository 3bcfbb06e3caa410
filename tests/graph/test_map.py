"""The map page as a file: self-contained, escaped, and showing what the options ask for."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest

from actorgraph.errors import InputError
from actorgraph.graph.alliance_map import (
    BLOC_COLOURS,
    PHYSICS_LIMIT,
    POLARITY_COLOURS,
    SHAPES,
    UNALIGNED_COLOUR,
    build_map,
)
from actorgraph.graph.layout import EDGE_LENGTH
from actorgraph.ontology import ActorKind, Polarity, RelationType
from tests.graph.maps import HOSTILE_TEXTS, IMG, JS_URL, SCRIPT, hostile_edges, large_edges


class Page(HTMLParser):
    """Tags, attributes, inline scripts and visible text of a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self._script: dict | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        else:
            self.text.append(data)

    def data(self) -> dict:
        (block,) = [text for attrs, text in self.scripts if attrs.get("type") == "application/json"]
        return json.loads(block)


@pytest.fixture(scope="module")
def hostile_page() -> tuple[str, Page]:
    html = build_map(hostile_edges(), title=f"Crisis {IMG}").html
    return html, Page(html)


def test_page_loads_nothing_from_anywhere(hostile_page):
    html, page = hostile_page
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "srcset", "data", "poster"):
            if name in attrs:
                assert attrs[name].startswith("data:"), (tag, attrs)
    assert not re.search(r"@import|url\((?!\"?data:)", html)
    (policy,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy


def test_only_the_pages_own_scripts_may_run(hostile_page):
    _, page = hostile_page
    (policy,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    runnable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(runnable) == 2
    assert {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in runnable} == allowed
    assert "script-src 'unsafe-inline'" not in policy


def test_hostile_text_never_appears_as_markup(hostile_page):
    html, page = hostile_page
    for text in (IMG, SCRIPT):
        assert text not in html
    assert [t for t, _ in page.tags].count("script") == 3
    assert not any(t == "img" for t, _ in page.tags)
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert not any(attrs.get("href", "").startswith("javascript") for _, attrs in page.tags)


def test_hostile_text_survives_intact_for_display(hostile_page):
    _, page = hostile_page
    data = page.data()
    shown = json.dumps(data, ensure_ascii=False) + "".join(page.text)
    for text in HOSTILE_TEXTS:
        assert text in shown
    assert f"Crisis {IMG}" in "".join(page.text)
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    assert labels["NER_JUNTA"] == f"Junta {IMG}"
    threat = next(d for d in data["edgeDetails"] if "THREATEN" in d["relation"])
    assert [e["sentence"] for e in threat["evidence"]] == [
        f"ECOWAS threatened force {IMG} against the junta.",
        f"A second warning {SCRIPT} followed.",
        f"See {JS_URL} for the statement.",
    ]
    assert [e["source"] for e in threat["evidence"]] == ["article-1", f"doc {SCRIPT}", JS_URL]


def test_nodes_show_bloc_kind_and_centrality():
    data = Page(build_map(hostile_edges()).html).data()
    nodes = {node["id"]: node for node in data["nodes"]}
    # ECOWAS threatens the junta; Mali backs the junta and accuses ECOWAS.
    assert nodes["NER_JUNTA"]["color"] == nodes["MLI"]["color"]
    assert nodes["ECOWAS"]["color"] == nodes["NGA"]["color"] == nodes["LINK"]["color"]
    assert nodes["ECOWAS"]["color"] != nodes["NER_JUNTA"]["color"]
    assert {nodes["ECOWAS"]["color"], nodes["NER_JUNTA"]["color"]} == set(BLOC_COLOURS[:2])
    assert nodes["TINUBU"]["color"] == UNALIGNED_COLOUR  # a leader, and nothing more, of Nigeria
    assert nodes["ECOWAS"]["shape"] == SHAPES[ActorKind.IGO] and nodes["TINUBU"]["shape"] == SHAPES[ActorKind.PERSON]
    assert nodes["ECOWAS"]["value"] > nodes["NER_JUNTA"]["value"] > nodes["TINUBU"]["value"]
    assert all("x" in node and "y" in node for node in data["nodes"])


def test_edges_show_polarity_count_direction_and_type():
    data = Page(build_map(hostile_edges()).html).data()
    by_label = {edge["label"]: edge for edge in data["edges"]}
    threat = by_label["THREATEN ×3"]
    assert threat["color"] == POLARITY_COLOURS[Polarity.HOSTILE] and threat["arrows"] == "to"
    assert (threat["from"], threat["to"]) == ("ECOWAS", "NER_JUNTA")
    assert threat["width"] > by_label["SANCTION"]["width"] == 1
    assert by_label["ALLY_OF"]["arrows"] == ""  # symmetric
    assert by_label["SUPPORT"]["color"] == POLARITY_COLOURS[Polarity.COOPERATIVE]
    assert by_label["LEADER_OF"]["dashes"] is True
    # ECOWAS -> junta twice: the second bends away from the first.
    assert "smooth" not in threat and by_label["SANCTION"]["smooth"]["type"] == "curvedCW"
    details = data["edgeDetails"][threat["id"]]
    assert (details["count"], details["first"], details["last"]) == (3, "2023-07-30", "2023-08-06")


def test_legend_names_blocs_rivals_and_balance():
    page = Page(build_map(hostile_edges()).html)
    legend = " ".join("".join(page.text).split())
    assert f"Bloc 1 (3): ECOWAS, Nigeria, Click {JS_URL}" in legend and "against bloc 2" in legend
    assert f"Bloc 2 (2): Junta {IMG}, Mali {SCRIPT} · against bloc 1" in legend
    assert "no bloc (1)" in legend and "balance 1.00" in legend
    assert "intergovernmental body" in legend and "hostile" in legend and "structural" in legend


def test_max_nodes_keeps_the_most_central_and_says_what_was_cut():
    result = build_map(hostile_edges(), max_nodes=3)
    assert (result.actors, result.cut) == (3, 3)
    data = Page(result.html).data()
    assert {node["id"] for node in data["nodes"]} == {"ECOWAS", "NER_JUNTA", "MLI"}
    text = " ".join("".join(Page(result.html).text).split())
    assert "Showing the 3 most central of 6 actors (max nodes 3)" in text
    assert f"Click {JS_URL}" in text and "Bola Tinubu" in text


def test_filters_and_ego_network_are_applied_and_stated():
    edges = hostile_edges()
    hostile_only = build_map(edges, polarities={Polarity.HOSTILE})
    assert hostile_only.relations == 3
    typed = build_map(edges, types={RelationType.SANCTION, RelationType.ALLY_OF})
    assert typed.relations == 2 and "Types: ALLY_OF, SANCTION." in typed.html
    assert build_map(edges, min_count=2).relations == 2
    dated = build_map(edges, since=date(2023, 8, 1))
    assert dated.relations == 3 and "Relations seen from 2023-08-01." in dated.html
    ego = build_map(edges, around="NGA", depth=1)
    assert (ego.actors, ego.relations) == (3, 2)
    assert Page(ego.html).data()["centre"] == "NGA"
    assert "Around Nigeria, 1 relation deep." in ego.html


def test_small_maps_keep_physics_large_ones_are_static():
    small = Page(build_map(hostile_edges()).html).data()
    assert small["options"]["physics"]["enabled"] is True
    large = Page(build_map(large_edges(PHYSICS_LIMIT + 50)).html).data()
    assert large["options"]["physics"] == {"enabled": False}
    assert len(large["nodes"]) == PHYSICS_LIMIT + 50
    xs = [node["x"] for node in large["nodes"]]
    assert max(xs) - min(xs) > 4 * EDGE_LENGTH


def test_an_empty_graph_still_gives_a_page():
    result = build_map([])
    assert result.actors == 0 and Page(result.html).data()["nodes"] == []


def test_writing_the_page(tmp_path):
    result = build_map(hostile_edges())
    target = result.write(tmp_path / "map.html")
    assert target.read_text(encoding="utf-8") == result.html
    assert list(tmp_path.iterdir()) == [target]
    with pytest.raises(InputError, match="is a folder"):
        result.write(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        result.write(tmp_path / "missing" / "map.html")
    with pytest.raises(InputError, match="max-nodes"):
        build_map(hostile_edges(), max_nodes=0)


def test_the_same_graph_maps_the_same_on_either_store(open_store):
    from tests.graph.sample import batches

    seen = {}
    for kind in ("embedded", "bolt"):
        store = open_store(kind)
        store.write(batches())
        data = Page(build_map(store.edges(), title="Sample").html).data()
        nodes = sorted((n["id"], n["color"], n["shape"]) for n in data["nodes"])
        edges = sorted((e["from"], e["to"], e["label"]) for e in data["edges"])
        sentences = sorted(ev["sentence"] for d in data["edgeDetails"] for ev in d["evidence"])
        seen[kind] = (nodes, edges, sentences)
    assert seen["embedded"] == seen["bolt"]
    nodes, edges, sentences = seen["embedded"]
    assert ("ECOWAS", "NER_JUNTA", "THREATEN ×2") in edges
    colour = {node: c for node, c, _ in nodes}
    assert colour["MLI"] == colour["NER_JUNTA"] != colour["ECOWAS"]
    assert "ECOWAS again threatened force." in sentences
