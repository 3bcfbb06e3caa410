"""One story, one document: the same article under two URLs, and wire copies with small changes."""

from __future__ import annotations

import json

import pytest

from actorgraph.sources import FetchSettings, ReadOptions, ReadReport, read_documents
from actorgraph.sources.dedup import url_key
from tests.sources.news_server import Reply, article_page, news_server, rss

WIRE = [
    "NIAMEY (Sahel Wire) - Niger's military junta threatened on Monday to expel the French ambassador within 48 hours, "
    "accusing Paris of interfering in the country's internal affairs after the coup that removed President Mohamed Bazoum.",
    "The junta said in a statement read on state television that the ambassador had ignored an invitation to a meeting "
    "with the foreign ministry and that his presence was no longer welcome in Niamey.",
    "France said it did not recognise the authority of the coup leaders and that its ambassador would stay in Niamey. "
    "The French foreign ministry added that only the legitimate government of Niger could ask him to leave.",
    "The Economic Community of West African States has threatened to use force to restore Bazoum, while Mali and "
    "Burkina Faso have said they would defend the junta against any intervention.",
]
REPUBLISHED = [
    *WIRE,
    "Reporting by the Sahel Wire bureau in Niamey; additional reporting by our correspondent in Paris. "
    "Read more of our coverage of the crisis in the Sahel on our Africa page.",
]
OTHER_STORY = [
    "ABUJA (Sahel Wire) - Nigeria cut the electricity it supplies to Niger on Wednesday, applying the sanctions the "
    "Economic Community of West African States imposed after the coup in Niamey.",
    "Traders in Niamey said the prices of rice and fuel had risen sharply since the border with Nigeria closed last week, "
    "and that long queues had formed at petrol stations across the capital.",
    "The junta called the sanctions illegal, inhumane and humiliating, and asked Algeria and Chad to keep their "
    "borders open to trucks carrying food and medicine.",
]


def read(inputs, tmp_path):
    warnings: list[str] = []
    report = ReadReport()
    options = ReadOptions(fetch=FetchSettings(cache_dir=tmp_path / "cache", timeout=2, retries=0))
    documents = list(read_documents(inputs, warnings.append, options, report))
    assert warnings == []
    return documents, report


def test_the_same_text_under_two_urls_is_one_document_with_two_sources(tmp_path):
    path = tmp_path / "news.jsonl"
    text = "\n\n".join(WIRE)
    path.write_text(
        json.dumps({"text": text, "url": "https://sahelwire.example/niger-ambassador"}) + "\n"
        + json.dumps({"text": text, "url": "https://mirror.example/africa/niger-ambassador"}) + "\n"
    )
    [document], report = read([path], tmp_path)
    assert document.url == "https://sahelwire.example/niger-ambassador"
    assert document.extra_sources == ("https://mirror.example/africa/niger-ambassador",)
    assert report.duplicates == 1


def test_a_wire_copy_with_another_headline_and_a_trailing_paragraph_is_an_extra_source(tmp_path):
    with news_server() as server:
        original = server.route("/wire/niger", Reply(body=article_page("Niger junta gives French envoy 48 hours to leave", WIRE)))
        copy = server.route("/africa/2023/08/25/ambassador", Reply(body=article_page("Junta orders France's ambassador out", REPUBLISHED, site="Daily Courier")))
        other = server.route("/wire/power", Reply(body=article_page("Nigeria cuts power to Niger", OTHER_STORY)))
        documents, report = read([original, copy, other], tmp_path)
    assert [d.url for d in documents] == [original, other]
    assert documents[0].extra_sources == (copy,)
    assert documents[0].title == "Niger junta gives French envoy 48 hours to leave"
    assert (report.near_duplicates, report.duplicates) == (1, 0)


def test_two_feeds_linking_one_story_fetch_it_once(tmp_path):
    with news_server() as server:
        story = server.route("/wire/niger", Reply(body=article_page("Niger junta gives French envoy 48 hours to leave", WIRE)))
        first = server.route("/a.xml", Reply(body=rss("A", [("Niger", story, None)]), content_type="text/xml"))
        second = server.route("/b.xml", Reply(body=rss("B", [("Niger", story + "/", None)]), content_type="text/xml"))
        documents, report = read([first, second], tmp_path)
        requests = list(server.requests)
    assert len(documents) == 1
    assert requests.count("/wire/niger") == 1
    assert report.duplicates == 1


def test_different_stories_on_the_same_crisis_stay_apart(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": "\n\n".join(WIRE)}) + "\n" + json.dumps({"text": "\n\n".join(OTHER_STORY)}) + "\n")
    documents, report = read([path], tmp_path)
    assert len(documents) == 2 and report.near_duplicates == 0


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://www.example.com/news/a/", "http://example.com/news/a"),
        ("https://example.com/news/a?utm_source=rss&utm_medium=feed", "https://example.com/news/a#comments"),
        ("HTTPS://EXAMPLE.com/news/a?id=7&page=2", "https://example.com/news/a?page=2&id=7"),
    ],
)
def test_spellings_of_one_address_are_one_page(one, other):
    assert url_key(one) == url_key(other)


def test_different_query_values_are_different_pages():
    assert url_key("https://example.com/story?id=7") != url_key("https://example.com/story?id=8")
