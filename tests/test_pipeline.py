"""The build loop: an interrupted build resumes to the same graph, persons are joined across
articles on the driver, and the article count behind the progress estimate."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from actorgraph.executors import InProcess
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.pipeline import build, estimate_documents, extract
from tests.articles import write_articles
from tests.conftest import SEEDS

ARTICLES = 12


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    return write_articles(tmp_path_factory.mktemp("news") / "articles", ARTICLES)


@pytest.fixture(scope="module")
def uninterrupted(articles, tmp_path_factory, cli) -> dict:
    db = tmp_path_factory.mktemp("whole") / "graph"
    result = cli("build", articles, "--db", db)
    assert result.exit_code == 0, result.stderr
    return {"stats": stats(cli, db), "events": events(db)}


def stats(cli, db: Path) -> dict:
    result = cli("stats", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def events(db: Path) -> set[tuple]:
    """Every stored mention with its actors' ids: equal sets mean the same graph, not just the same counts."""
    store = LadybugStore(db, create=False)
    try:
        return {
            (t.id, t.subject.actor.id, t.relation.type.value, t.object.actor.id, t.evidence.date)
            for _, triples in store.documents()
            for t in triples
        }
    finally:
        store.close()


class Interrupt:
    """Ctrl-C after ``after`` documents have been written."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.done = 0

    def __call__(self, n: int) -> None:
        self.done += n
        if self.done >= self.after:
            raise KeyboardInterrupt


def test_an_interrupted_build_resumes_where_it_stopped_and_ends_in_the_same_graph(articles, uninterrupted, tmp_path, cli):
    db = tmp_path / "graph"
    store = LadybugStore(db)
    try:
        with pytest.raises(KeyboardInterrupt):
            build([articles], store, progress=Interrupt(after=2), batch_size=2)
        assert store.stats().documents == 2
    finally:
        store.close()

    result = cli("build", articles, "--db", db, "--batch-size", "2")

    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{ARTICLES} articles read: {ARTICLES - 2} added, 2 already in the graph;")
    assert stats(cli, db) == uninterrupted["stats"]
    assert events(db) == uninterrupted["events"]


def test_a_killed_build_resumes_to_the_same_graph(articles, uninterrupted, tmp_path, cli):
    """kill -9 in the middle of a build (the progress bar, on a terminal, says how far it got)."""
    db = tmp_path / "graph"
    command = [str(Path(sys.executable).parent / "actorgraph"), "build", str(articles), "--db", str(db), "--batch-size", "1"]
    screen = run_until(command, pattern=re.compile(rb"\b([3-9]|1[01])/%d\b" % ARTICLES))

    assert b"articles/s" in screen, "the bar shows the rate"
    partial = stats(cli, db)
    assert 0 < partial["documents"] < ARTICLES

    result = cli("build", articles, "--db", db)

    assert result.exit_code == 0, result.stderr
    assert stats(cli, db) == uninterrupted["stats"]
    assert events(db) == uninterrupted["events"]


def run_until(command: list[str], pattern: re.Pattern, timeout: float = 120.0) -> bytes:
    """Run ``command`` with stderr on a pseudo-terminal and kill -9 it once stderr shows ``pattern``."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    screen = b""
    deadline = time.monotonic() + timeout
    try:
        while not pattern.search(screen):
            assert process.poll() is None, f"the build ended before it could be interrupted: {screen[-500:]!r}"
            assert time.monotonic() < deadline, f"no progress within {timeout} s: {screen[-500:]!r}"
            ready, _, _ = select.select([leader], [], [], 0.1)
            if ready:
                screen += os.read(leader, 65536)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    return screen


def test_a_person_named_differently_in_other_articles_is_one_actor(articles):
    """A spelling variant and a titled surname alone, each in an article of its own."""
    people = {(t.evidence.doc_id, t.subject.text): t.subject.actor.id for t in extract([articles])}

    assert people[("a-tchiani", "Abdourahamane Tchiani")] == "person:abdourahamane-tchiani"
    assert people[("b-variant", "Abdourahmane Tchiani")] == "person:abdourahamane-tchiani"
    assert people[("c-surname", "Bazoum")] == "person:mohamed-bazoum"


def test_a_later_build_names_people_as_the_graph_does(articles, tmp_path):
    """The variant and the surname come in a build of their own, after the full names were stored."""
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for path in articles.glob("*.txt"):
        (first if path.name.startswith("a-") else later).joinpath(path.name).write_text(path.read_text())
    store = LadybugStore(tmp_path / "graph")
    try:
        build([first], store)
        build([later], store)
        persons = {a.id for a in store.actors() if a.id.startswith("person:")}
    finally:
        store.close()
    assert "person:abdourahmane-tchiani" not in persons and "person:bazoum" not in persons
    assert {"person:abdourahamane-tchiani", "person:mohamed-bazoum"} <= persons


def test_extraction_streams_in_input_order(articles):
    names = sorted(p.stem for p in articles.glob("*.txt"))
    seen = [document.name for document, _ in InProcess(batch_size=3).extract(read(articles))]
    assert seen == names


def read(folder: Path):
    from actorgraph.sources import read_documents

    return read_documents([folder])


def test_the_estimate_counts_articles_in_files_and_collections(tmp_path):
    (tmp_path / "one.txt").write_text("Mali warned ECOWAS.")
    (tmp_path / "many.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}')
    (tmp_path / "table.csv").write_text("text,date\nx,2023-08-01\ny,2023-08-02\n")
    assert estimate_documents([tmp_path]) == 1 + 3 + 2
    assert estimate_documents([SEEDS, "https://example.org/feed.xml"]) is None
    assert estimate_documents([tmp_path / "missing.txt"]) is None
