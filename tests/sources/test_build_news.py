"""``actorgraph build`` and ``extract`` on news served over HTTP: the real extractor and the real embedded graph."""

from __future__ import annotations

import json

import pytest

from tests.sources.news_server import news_server
from tests.sources.test_web import TIMEOUT, serve_news


@pytest.fixture
def server():
    with news_server() as running:
        yield running


def stats(cli, db) -> dict:
    result = cli("stats", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_building_from_a_feed_twice_reads_everything_once_and_fetches_nothing_again(server, cli, tmp_path):
    feed = serve_news(server)
    db, cache = tmp_path / "graph", tmp_path / "cache"
    build = ("build", feed, "--db", db, "--cache-dir", cache, "--timeout", TIMEOUT, "--retries", "1")

    first = cli(*build)

    assert first.exit_code == 0, first.stderr
    assert first.stderr.splitlines() == [
        f"warning: {server.url('/missing')}: skipped, HTTP 404 Not Found",
        f"warning: {server.url('/slow')}: skipped, timed out after 0.5 s (2 tries)",
    ]
    summary = first.stdout.splitlines()
    assert summary[0].startswith("5 articles read: 5 added, 0 already in the graph;")
    assert summary[1] == "left out: 1 in other languages (fr 1), 1 duplicate, 2 unreadable (see warnings); pages: 9 fetched, 0 from the cache"
    counts = stats(cli, db)
    assert counts["documents"] == 5 and counts["relations"] > 0

    server.forget()
    again = cli(*build)

    assert again.exit_code == 0, again.stderr
    assert again.stdout.splitlines()[0].startswith("5 articles read: 0 added, 5 already in the graph;")
    assert again.stdout.splitlines()[1].endswith("pages: 1 fetched, 8 from the cache")
    assert server.requests == ["/slow", "/slow"]
    assert len(again.stderr.splitlines()) == 2
    assert stats(cli, db) == counts


def test_since_and_language_options_reach_the_build(server, cli, tmp_path):
    feed = serve_news(server)
    result = cli(
        "build", feed, "--db", tmp_path / "graph", "--cache-dir", tmp_path / "cache",
        "--timeout", TIMEOUT, "--retries", "1", "--since", "2023-08-05", "--language", "en,fr",
    )
    assert result.exit_code == 0, result.stderr
    # From 5 August: the summit, the redirect, the flaky page and the French one (now read);
    # the 2 August story (linked twice) and the 2020 one are left out before they are fetched.
    assert result.stdout.startswith("4 articles read: 4 added")
    assert "left out: 3 outside --since/--until, 2 unreadable" in result.stdout
    assert "/archive/pact" not in server.requests


def test_extract_from_a_url_dates_events_by_the_sentence(server, cli, tmp_path):
    serve_news(server)
    result = cli("extract", server.url("/news/niger"), "--format", "jsonl", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    dates = {r["evidence"]["sentence"]: (r["evidence"]["date"], r["evidence"]["date_precision"]) for r in records}
    # Published Wednesday 2 August 2023; "on Monday" is 31 July, the headline has no date of its own.
    assert dates["Niger's junta threatened France on Monday over the French troops still stationed in the country."] == ("2023-07-31", "day")
    assert dates["Niger junta threatens France"] == ("2023-08-02", "day")


def test_bad_input_options_are_one_line(cli, tmp_path):
    corpus = tmp_path / "news.csv"
    corpus.write_text("story,when\nNiger threatened France.,2023-08-02\n")
    missing = cli("build", corpus, "--db", tmp_path / "graph", "--text-col", "body")
    assert missing.exit_code == 2
    assert missing.stderr == f"error: {corpus}: no column 'body' (--text-col); its columns are: story, when\n"
    backwards = cli("build", corpus, "--db", tmp_path / "graph", "--since", "2023-09-01", "--until", "2023-08-01")
    assert backwards.exit_code == 2
    assert backwards.stderr == "error: --since 2023-09-01 is after --until 2023-08-01; nothing could match\n"
    bad_date = cli("build", corpus, "--db", tmp_path / "graph", "--since", "last week")
    assert bad_date.exit_code == 2 and "Traceback" not in bad_date.stderr and "--since" in bad_date.stderr
