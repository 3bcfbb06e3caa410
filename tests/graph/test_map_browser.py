"""Map pages opened in real headless Chromium: drawn, offline, quiet, and hostile text stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.alliance_map import build_map
from actorgraph.graph.browser import capture, chromium, offline
from tests.graph.maps import IMG, JS_URL, SCRIPT, hostile_edges, large_edges

WATCH = """
window.__attacks = [];
for (const name of ["alert", "confirm", "prompt", "open"]) {
  window[name] = (...args) => { window.__attacks.push(name + "(" + args.join(",") + ")"); };
}
document.addEventListener("securitypolicyviolation", (event) => {
  window.__attacks.push("blocked " + event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser():
    with chromium() as context:
        yield context


class Opened:
    """A map page open in Chromium, with everything it asked for and complained about."""

    def __init__(self, context, path: Path):
        self.page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type in ("error", "warning") and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.add_init_script(WATCH)
        self.refused = offline(self.page)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("() => window.actorgraphMap && actorgraphMap.drawn && actorgraphMap.settled", timeout=60_000)

    def attacks(self) -> list[str]:
        return self.page.evaluate("() => window.__attacks")

    def spot(self, node_id: str) -> tuple[float, float]:
        """Where a node is on the screen (physics stopped first so it stays there)."""
        return tuple(self.page.evaluate(
            """(id) => {
                const network = actorgraphMap.network;
                network.stopSimulation();
                const at = network.canvasToDOM(network.getPositions([id])[id]);
                const box = document.getElementById("map").getBoundingClientRect();
                return [box.left + at.x, box.top + at.y];
            }""",
            node_id,
        ))


@pytest.fixture(scope="module")
def hostile(browser, tmp_path_factory) -> Opened:
    path = tmp_path_factory.mktemp("maps") / "hostile.html"
    build_map(hostile_edges(), title=f"Crisis {IMG}").write(path)
    return Opened(browser, path)


def test_the_network_is_drawn(hostile):
    counts = hostile.page.evaluate("() => [actorgraphMap.nodes.length, actorgraphMap.edges.length]")
    assert counts == [6, 7]
    painted = hostile.page.evaluate(
        """() => {
            const canvas = document.querySelector("#map canvas");
            const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
            return [canvas.width, canvas.height, painted];
        }"""
    )
    width, height, count = painted
    assert width > 500 and height > 500
    assert count > 2000  # nodes, edges and labels, not a blank canvas


def test_no_request_leaves_the_page_and_nothing_complains(hostile):
    assert hostile.requests == [hostile.url]
    assert hostile.refused == []
    assert hostile.errors == []


def test_hostile_text_is_shown_as_text_and_runs_nothing(hostile):
    page = hostile.page
    assert page.title() == f"Crisis {IMG}"
    legend = page.inner_text("#legend")
    assert f"Junta {IMG}" in legend and f"Mali {SCRIPT}" in legend and JS_URL in legend
    assert page.evaluate("() => document.querySelectorAll('img, iframe, a[href], object, embed').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    assert hostile.attacks() == []


def test_hovering_a_node_shows_its_details_as_text(hostile):
    page = hostile.page
    page.mouse.move(*hostile.spot("NER_JUNTA"))
    page.wait_for_selector("#tooltip", state="visible")
    text = page.inner_text("#tooltip")
    assert f"Junta {IMG}" in text and f"also: {SCRIPT}, CNSP" in text and "bloc 2" in text
    assert page.evaluate("() => document.querySelectorAll('#tooltip img, #tooltip script').length") == 0
    assert hostile.attacks() == []


def test_hovering_an_edge_shows_counts_dates_and_three_sentences_with_sources(hostile):
    page = hostile.page
    page.mouse.move(5, 880)
    page.wait_for_selector("#tooltip", state="hidden")
    (ax, ay), (bx, by) = hostile.spot("ECOWAS"), hostile.spot("NER_JUNTA")
    page.mouse.move((ax + bx) / 2, (ay + by) / 2)
    page.wait_for_selector("#tooltip", state="visible")
    text = page.inner_text("#tooltip")
    assert "ECOWAS — THREATEN → Junta" in text and "3 mentions" in text and "2023-07-30 to 2023-08-06" in text
    for shown in (f"threatened force {IMG}", f"warning {SCRIPT}", f"See {JS_URL}", f"doc {SCRIPT}, 2023-08-06", f"— {JS_URL}"):
        assert shown in text
    assert "fourth sentence" not in text
    assert page.evaluate("() => document.querySelectorAll('#tooltip blockquote').length") == 3
    assert page.evaluate("() => document.querySelectorAll('#tooltip img, #tooltip script, #tooltip a').length") == 0
    assert hostile.attacks() == []


def test_search_finds_an_actor_by_alias_and_says_when_none_matches(hostile):
    page = hostile.page
    page.fill("#search", "cnsp")
    page.press("#search", "Enter")
    assert page.evaluate("() => actorgraphMap.network.getSelectedNodes()") == ["NER_JUNTA"]
    page.fill("#search", "<b>nobody</b>")
    page.press("#search", "Enter")
    assert page.inner_text("#search-status") == "no actor named <b>nobody</b>"
    assert page.evaluate("() => document.querySelectorAll('#search-status b').length") == 0
    assert hostile.errors == [] and hostile.attacks() == []


def test_a_map_around_an_actor_opens_with_it_selected(browser, tmp_path):
    path = tmp_path / "around.html"
    build_map(hostile_edges(), around="MLI", depth=1).write(path)
    opened = Opened(browser, path)
    assert opened.page.evaluate("() => actorgraphMap.network.getSelectedNodes()") == ["MLI"]
    assert opened.errors == [] and opened.attacks() == []


def test_a_large_map_draws_static_without_errors(browser, tmp_path):
    path = tmp_path / "large.html"
    build_map(large_edges(3000)).write(path)
    opened = Opened(browser, path)
    assert opened.page.evaluate("() => [actorgraphMap.nodes.length, actorgraphMap.data.options.physics.enabled]") == [3000, False]
    assert opened.requests == [opened.url] and opened.errors == [] and opened.attacks() == []


def test_screenshot_of_a_map(browser, tmp_path):
    page = build_map(hostile_edges()).write(tmp_path / "map.html")
    png = capture(browser, page, tmp_path / "map.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
