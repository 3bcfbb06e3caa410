"""Local inputs: text files with headlines, JSONL and CSV collections with mapped columns, saved pages."""

from __future__ import annotations

import json
from datetime import date

import pytest

from actorgraph.errors import InputError
from actorgraph.sources import Columns, ReadOptions, ReadReport, read_documents
from tests.sources.news_server import article_page

BODY = "Niger's junta threatened France on Monday over the French troops still stationed in the country."
OTHER = "ECOWAS leaders met in Abuja on Thursday to discuss the crisis in Niger and the fate of President Bazoum."


def read(inputs, **options):
    warnings: list[str] = []
    report = ReadReport()
    documents = list(read_documents(inputs, warnings.append, ReadOptions(**options), report))
    return documents, warnings, report


def test_a_text_files_first_line_is_its_title_when_it_stands_alone(tmp_path):
    with_headline = tmp_path / "headline.txt"
    with_headline.write_text(f"Niger junta threatens France\n\n{BODY}\n")
    plain = tmp_path / "plain.txt"
    plain.write_text(f"{BODY}\n\n{OTHER}\n")
    documents, warnings, _ = read([with_headline, plain])
    assert warnings == []
    assert [(d.name, d.title) for d in documents] == [("headline", "Niger junta threatens France"), ("plain", None)]
    # The text stays as written, so the document's identity and offsets do not depend on the headline rule.
    assert documents[0].text == with_headline.read_text()


def test_jsonl_with_the_usual_field_names(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [
        {"id": "a1", "body": BODY, "published": "Wed, 02 Aug 2023 10:00:00 GMT", "headline": "Threat", "outlet": "Wire", "link": "https://example.com/a1"},
        {"id": "a2", "body": OTHER, "published": "2023-08-10"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    documents, warnings, _ = read([path])
    assert warnings == []
    first, second = documents
    assert (first.name, first.title, first.source, first.url, first.published) == ("a1", "Threat", "Wire", "https://example.com/a1", date(2023, 8, 2))
    assert (second.name, second.published) == ("a2", date(2023, 8, 10))


def test_csv_with_columns_named_by_the_user(tmp_path):
    path = tmp_path / "export.csv"
    long_body = (BODY + " ") * 4000  # longer than the csv module's default field limit
    path.write_text(
        "story,when,heading,key\n"
        f'"{long_body}",2023-08-02,Threat,x1\n'
        f'"{OTHER}",08/10/2023,Summit,x2\n'
    )
    columns = Columns(text="story", date="when", title="heading", id="key")
    documents, warnings, _ = read([path], columns=columns)
    assert warnings == []
    assert [(d.name, d.title, d.published) for d in documents] == [("x1", "Threat", date(2023, 8, 2)), ("x2", "Summit", date(2023, 8, 10))]
    assert documents[0].text == long_body


def test_a_column_the_user_named_must_exist(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f"story,when\n{BODY},2023-08-02\n")
    with pytest.raises(InputError) as error:
        read([path], columns=Columns(text="body"))
    assert str(error.value) == f"{path}: no column 'body' (--text-col); its columns are: story, when"


def test_without_a_text_column_the_message_says_how_to_name_one(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"story": BODY}) + "\n")
    with pytest.raises(InputError, match=r"news.jsonl:1: no text column .*--text-col story"):
        read([path])


def test_bad_records_are_skipped_one_warning_each(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"text": BODY, "date": "2023-08-02"}) + "\n"
        "{not json\n"
        + json.dumps({"text": OTHER, "date": "next week"}) + "\n"
        + json.dumps({"text": ""}) + "\n"
        + json.dumps({"text": OTHER + " Again.", "date": "2023-08-03"}) + "\n"
    )
    documents, warnings, report = read([path])
    assert [d.published for d in documents] == [date(2023, 8, 2), date(2023, 8, 3)]
    assert warnings == [
        f"{path}:2: skipped, not JSON (Expecting property name enclosed in double quotes)",
        f"{path}:3: skipped, 'date' value 'next week' is not a date (use YYYY-MM-DD)",
        f"{path}:4: skipped, the 'text' field is empty or not text",
    ]
    assert report.failed == 3


def test_since_and_until_keep_the_dated_articles_in_range(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [("a", "2023-06-30"), ("b", "2023-07-01"), ("c", "2023-07-31"), ("d", "2023-08-01"), ("e", None)]
    texts = {
        "a": "Mali recalled its ambassador from Paris.",
        "b": BODY,
        "c": OTHER,
        "d": "Nigeria cut the electricity it supplies to Niger.",
        "e": "Algeria warned against any military intervention.",
    }
    path.write_text("".join(json.dumps({"id": i, "text": texts[i], "date": d}) + "\n" for i, d in rows))
    documents, _, report = read([path], since=date(2023, 7, 1), until=date(2023, 7, 31))
    assert [d.name for d in documents] == ["b", "c"]
    assert (report.outside_dates, report.undated) == (2, 1)


def test_a_saved_page_gives_its_article_and_metadata(tmp_path):
    page = tmp_path / "niger.html"
    html = article_page("Niger junta threatens France", [BODY, OTHER], published="2023-08-02T09:00:00Z")
    page.write_text(html.replace("</head>", '<link rel="canonical" href="https://sahelwire.example/niger"></head>'))
    [document], warnings, _ = read([page])
    assert warnings == []
    assert (document.name, document.title, document.published, document.source) == ("niger", "Niger junta threatens France", date(2023, 8, 2), "Sahel Wire")
    assert document.url == "https://sahelwire.example/niger"
    assert BODY in document.text and "Subscribe" not in document.text


def test_a_folder_mixes_every_kind(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": OTHER}) + "\n")
    (tmp_path / "c.html").write_text(article_page("Sanctions", ["Nigeria cut the electricity it supplies to Niger on Wednesday after the coup in Niamey."]))
    (tmp_path / "notes.md").write_text("not read")
    documents, warnings, _ = read([tmp_path])
    assert warnings == []
    assert [d.name for d in documents] == ["a", "b-1", "c"]


def test_an_english_model_skips_french_articles_and_counts_them(tmp_path):
    (tmp_path / "en.txt").write_text(BODY)
    (tmp_path / "fr.txt").write_text("La junte nigérienne a menacé la France lundi au sujet des soldats français stationnés dans le pays.")
    documents, warnings, report = read([tmp_path])
    assert [d.name for d in documents] == ["en"] and warnings == []
    assert report.languages == {"fr": 1}
    documents, _, report = read([tmp_path], languages=frozenset({"en", "fr"}))
    assert [(d.name, d.language) for d in documents] == [("en", "en"), ("fr", "fr")]
