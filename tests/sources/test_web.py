"""Pages and feeds fetched from a real HTTP server on 127.0.0.1: what is read, what is warned, what is cached."""

from __future__ import annotations

import socket
from datetime import date

import pytest

from actorgraph.sources import FetchSettings, ReadOptions, ReadReport, read_documents
from tests.sources.news_server import Reply, article_page, news_server, rss

NIGER = article_page(
    "Niger junta threatens France",
    [
        "Niger's junta threatened France on Monday over the French troops still stationed in the country.",
        "The military leaders said the defence agreements signed with Paris were no longer valid.",
        "France said it did not recognise the authority of the junta and would keep its soldiers in Niamey.",
    ],
    published="2023-08-02T09:00:00Z",
)
SUMMIT = article_page(
    "ECOWAS leaders meet in Abuja",
    [
        "ECOWAS leaders met in Abuja on Thursday to discuss the crisis in Niger and the fate of President Bazoum.",
        "Nigeria urged the bloc to keep every option on the table, including the use of force against the junta.",
        "Senegal and Ivory Coast said they were ready to send troops if the bloc decided to intervene.",
    ],
    published="2023-08-10",
)
SANCTIONS = article_page(
    "Nigeria cuts power to Niger",
    [
        "Nigeria cut the electricity it supplies to Niger on Wednesday, applying the sanctions ECOWAS imposed after the coup.",
        "Traders in Niamey said prices of rice and fuel had risen sharply since the border closed last week.",
        "The junta called the sanctions illegal and inhumane and asked neighbouring countries for help.",
    ],
)
FLAKY = article_page(
    "Mali and Burkina Faso back the junta",
    [
        "Mali and Burkina Faso said on Monday that any military intervention in Niger would be a declaration of war against them.",
        "The two governments, both led by soldiers who seized power in coups, sent a joint delegation to Niamey.",
        "Guinea also expressed its support for the new authorities in Niger and rejected the sanctions.",
    ],
)
FRENCH = article_page(
    "La junte menace la France",
    [
        "La junte nigérienne a menacé la France lundi au sujet des soldats français toujours stationnés dans le pays.",
        "Les militaires ont déclaré que les accords de défense signés avec Paris n'étaient plus valables.",
        "Paris a répondu qu'il ne reconnaissait pas l'autorité de la junte et garderait ses soldats à Niamey.",
    ],
    lang="fr",
)
OLD = article_page(
    "Niger and France sign a defence pact",
    [
        "Niger and France signed a defence cooperation agreement in Niamey, the two governments announced on Friday.",
        "The agreement allows French troops to remain in the country to fight jihadist groups in the Sahel.",
        "President Bazoum called France a key ally in the fight against terrorism in the region.",
    ],
)

FEED_DATES = {
    "/news/niger": "Wed, 02 Aug 2023 09:00:00 GMT",
    "/news/summit": "Thu, 10 Aug 2023 18:00:00 GMT",
    "/moved": "Thu, 10 Aug 2023 20:00:00 GMT",
    "/missing": "Fri, 11 Aug 2023 08:00:00 GMT",
    "/flaky": "Fri, 11 Aug 2023 09:00:00 GMT",
    "/slow": "Fri, 11 Aug 2023 10:00:00 GMT",
    "/fr/junte": "Fri, 11 Aug 2023 11:00:00 GMT",
    "/archive/pact": "Tue, 14 Apr 2020 10:00:00 GMT",
}
TIMEOUT = 0.5


def serve_news(server) -> str:
    """Routes for every case the issue lists; returns the feed's URL."""
    server.route("/news/niger", Reply(body=NIGER))
    server.route("/news/summit", Reply(body=SUMMIT))
    server.route("/moved", Reply(302, headers={"Location": "/news/sanctions"}))
    server.route("/news/sanctions", Reply(body=SANCTIONS))
    server.route("/flaky", Reply(500, "<p>Internal error</p>"), Reply(body=FLAKY))
    server.route("/slow", Reply(body=NIGER, delay=TIMEOUT * 4))
    server.route("/fr/junte", Reply(body=FRENCH))
    server.route("/archive/pact", Reply(body=OLD))
    items = [(path.strip("/"), server.url(path), when) for path, when in FEED_DATES.items()]
    # The same story linked twice, once with a tracking parameter: fetched once.
    items.append(("niger again", server.url("/news/niger?utm_source=rss"), FEED_DATES["/news/niger"]))
    return server.route("/feed.xml", Reply(body=rss("Sahel Wire", items), content_type="application/rss+xml"))


def settings(tmp_path, **changes) -> FetchSettings:
    values = dict(timeout=TIMEOUT, retries=1, backoff=0.01, concurrency=3, cache_dir=tmp_path / "cache")
    values.update(changes)
    return FetchSettings(**values)


def read(inputs, fetch: FetchSettings, **options):
    warnings: list[str] = []
    report = ReadReport()
    documents = list(read_documents(inputs, warnings.append, ReadOptions(fetch=fetch, **options), report))
    return documents, warnings, report


@pytest.fixture
def server():
    with news_server() as running:
        yield running


def test_a_feed_is_read_entry_by_entry_with_one_warning_per_failing_page(server, tmp_path):
    feed = serve_news(server)
    documents, warnings, report = read([feed], settings(tmp_path))

    titles = [d.title for d in documents]
    assert titles == ["news/niger", "news/summit", "moved", "flaky", "archive/pact"]
    by_title = {d.title: d for d in documents}
    # The redirect's target is the document's address; the feed's dates are the publication dates.
    assert by_title["moved"].url == server.url("/news/sanctions")
    assert by_title["moved"].published == date(2023, 8, 10)
    assert by_title["news/niger"].source == "Sahel Wire"
    assert "threatened France on Monday" in by_title["news/niger"].text
    assert "Subscribe to our newsletter" not in by_title["news/niger"].text
    assert "Home" not in by_title["news/niger"].text.split()
    # 500 then success: read after one retry, no warning.
    assert server.requests.count("/flaky") == 2
    assert len(warnings) == 2
    assert warnings[0].startswith(server.url("/missing") + ": skipped, HTTP 404 Not Found")
    assert warnings[1].startswith(server.url("/slow") + ": skipped, timed out after 0.5 s (2 tries)")
    # The French page is fetched but left out, and counted.
    assert report.languages == {"fr": 1}
    # The tracking-parameter copy of a link is not fetched again.
    assert report.duplicates == 1
    assert server.requests.count("/news/niger") == 1
    assert (report.documents, report.failed) == (5, 2)


def test_a_second_run_fetches_nothing_it_already_has(server, tmp_path):
    feed = serve_news(server)
    first, first_warnings, _ = read([feed], settings(tmp_path))
    server.forget()

    again, warnings, report = read([feed], settings(tmp_path))

    assert [(d.id, d.url, d.published) for d in again] == [(d.id, d.url, d.published) for d in first]
    # Pages, the feed and the 404 come from the cache; only the page that timed out is tried again.
    assert server.requests == ["/slow", "/slow"]
    assert report.fetched == 1
    assert report.from_cache == 8
    assert len(warnings) == len(first_warnings) == 2
    assert "404 Not Found (remembered from an earlier try)" in warnings[0]


def test_without_the_cache_everything_is_fetched_again(server, tmp_path):
    feed = serve_news(server)
    read([feed], settings(tmp_path))
    server.forget()
    read([feed], settings(tmp_path, use_cache=False))
    assert "/feed.xml" in server.requests and "/news/niger" in server.requests


def test_since_filters_feed_entries_before_they_are_fetched(server, tmp_path):
    feed = serve_news(server)
    documents, _, report = read([feed], settings(tmp_path), since=date(2023, 1, 1))
    assert "archive/pact" not in [d.title for d in documents]
    assert "/archive/pact" not in server.requests
    assert report.outside_dates == 1


def test_until_filters_by_publication_date(server, tmp_path):
    feed = serve_news(server)
    documents, _, report = read([feed], settings(tmp_path), until=date(2023, 8, 5))
    assert [d.title for d in documents] == ["news/niger", "archive/pact"]
    # Entries dated after the range are never fetched, so the failing pages among them cost nothing.
    assert report.outside_dates == 6 and report.failed == 0
    assert "/missing" not in server.requests


def test_a_page_url_gives_its_article_with_the_pages_own_metadata(server, tmp_path):
    url = server.route("/news/niger", Reply(body=NIGER))
    [document], warnings, _ = read([url], settings(tmp_path))
    assert warnings == []
    assert document.title == "Niger junta threatens France"
    assert document.published == date(2023, 8, 2)
    assert document.source == "Sahel Wire"
    assert document.url == url and document.name == url
    assert document.language == "en"


def test_fetching_is_polite(server, tmp_path):
    """A clear user agent, and never more requests in flight than the concurrency allows."""
    links = [server.route(f"/p{i}", Reply(body=NIGER.replace("Monday", f"day {i}"), delay=0.2)) for i in range(8)]
    feed = server.route("/many.xml", Reply(body=rss("Many", [(f"p{i}", link, None) for i, link in enumerate(links)])))
    _, warnings, _ = read([feed], settings(tmp_path, concurrency=2))
    assert warnings == []
    assert sorted(server.requests) == ["/many.xml", *(f"/p{i}" for i in range(8))]
    assert server.max_in_flight == 2
    assert server.user_agents and all(agent.startswith("actorgraph/") for agent in server.user_agents)


def test_429_is_retried_after_the_time_the_server_asks(server, tmp_path):
    url = server.route("/busy", Reply(429, "slow down", headers={"Retry-After": "0"}), Reply(body=SUMMIT))
    documents, warnings, _ = read([url], settings(tmp_path))
    assert warnings == [] and len(documents) == 1
    assert server.requests == ["/busy", "/busy"]


def test_a_server_error_that_lasts_is_one_warning_after_the_retries(server, tmp_path):
    url = server.route("/down", Reply(503, "down"))
    documents, warnings, _ = read([url], settings(tmp_path, retries=2))
    assert documents == []
    assert warnings == [f"{url}: skipped, HTTP 503 Service Unavailable (3 tries)"]


def test_what_is_not_an_article_is_one_warning(server, tmp_path):
    pdf = server.route("/report.pdf", Reply(body="%PDF-1.4", content_type="application/pdf"))
    empty = server.route("/empty", Reply(body="<html><body><nav>Home</nav></body></html>"))
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    refused = f"http://127.0.0.1:{closed.getsockname()[1]}/news"
    closed.close()
    documents, warnings, report = read([pdf, empty, refused], settings(tmp_path, retries=0))
    assert documents == []
    assert warnings[0] == f"{pdf}: skipped, not a web page (application/pdf)"
    assert warnings[1] == f"{empty}: skipped, no article text found on the page"
    assert warnings[2].startswith(f"{refused}: skipped, cannot connect")
    assert len(warnings) == report.failed == 3


def test_an_unwritable_cache_folder_is_an_error(server, tmp_path):
    from actorgraph.errors import InputError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    url = server.route("/news/niger", Reply(body=NIGER))
    with pytest.raises(InputError, match="cannot create the page cache"):
        read([url], settings(tmp_path, cache_dir=blocker / "cache"))


def test_a_saved_feed_file_fetches_its_entries(server, tmp_path):
    serve_news(server)
    saved = tmp_path / "sahel.rss"
    saved.write_text(rss("Sahel Wire", [("niger", server.url("/news/niger"), FEED_DATES["/news/niger"])]))
    [document], warnings, _ = read([saved], settings(tmp_path))
    assert warnings == []
    assert document.title == "niger" and document.published == date(2023, 8, 2)


def test_an_empty_feed_says_so(server, tmp_path):
    feed = server.route("/empty.xml", Reply(body=rss("Quiet", []), content_type="application/rss+xml"))
    documents, warnings, report = read([feed], settings(tmp_path))
    assert documents == [] and report.failed == 0
    assert warnings == [f"{feed}: the feed has no entries"]
