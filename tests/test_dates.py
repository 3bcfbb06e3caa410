"""Event dates: the day a sentence says something happened, read against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from actorgraph.dates import date_triples, event_date, parse_published
from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import Actor, Evidence, Mention, Relation, Triple

WEDNESDAY = date(2023, 8, 2)
"""The publication date of every sentence below: Wednesday 2 August 2023."""


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        # Weekdays: past tense means the one at or before publication.
        ("Niger's junta threatened France on Monday.", date(2023, 7, 31), "day"),
        ("On Wednesday, ECOWAS leaders met in Abuja.", date(2023, 8, 2), "day"),
        ("Mali closed its border on Thursday.", date(2023, 7, 27), "day"),
        ("Last Monday the junta expelled the ambassador.", date(2023, 7, 31), "day"),
        ("ECOWAS leaders will meet in Abuja on Thursday.", date(2023, 8, 3), "day"),
        ("The junta said on Monday that it will expel the ambassador.", date(2023, 7, 31), "day"),
        # Relative days, weeks, months and years.
        ("Yesterday the junta closed the airspace.", date(2023, 8, 1), "day"),
        ("Two days ago the junta closed the border.", date(2023, 7, 31), "day"),
        ("Last week, Mali sent troops to Niamey.", date(2023, 7, 24), "week"),
        ("The junta seized power earlier this month.", date(2023, 8, 1), "month"),
        ("Burkina Faso left the bloc last year.", date(2022, 1, 1), "year"),
        # Absolute dates, with and without a year.
        ("The coup took place on July 26.", date(2023, 7, 26), "day"),
        ("Mali left the bloc on 26 July 2023.", date(2023, 7, 26), "day"),
        ("Blinken called Bazoum on Aug. 1.", date(2023, 8, 1), "day"),
        ("The treaty was signed on 2019-05-14.", date(2019, 5, 14), "day"),
        ("France signed the pact on March 3, 2021.", date(2021, 3, 3), "day"),
        # Month and year only.
        ("In March, ECOWAS imposed sanctions on Guinea.", date(2023, 3, 1), "month"),
        ("The general warned Paris in December.", date(2022, 12, 1), "month"),
        ("In March 2021 the army seized power.", date(2021, 3, 1), "month"),
        ("France and Niger signed a defence pact in 2021.", date(2021, 1, 1), "year"),
        ("The talks collapsed in mid-2022.", date(2022, 1, 1), "year"),
    ],
)
def test_dates_in_a_sentence_resolve_against_the_publication_date(sentence, expected, precision):
    found = event_date(sentence, WEDNESDAY)
    assert (found.date, found.precision) == (expected, precision)
    assert found.words is not None and found.words in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops may march on the capital.",
        "The 2021 coup still shapes the region.",
        "ECOWAS threatened to use force against the junta.",
    ],
)
def test_without_a_date_in_the_sentence_the_publication_date_stands_in(sentence):
    found = event_date(sentence, WEDNESDAY)
    assert (found.date, found.precision, found.words) == (WEDNESDAY, "day", None)


def test_the_date_in_the_predicates_clause_wins_over_one_in_an_aside():
    sentence = "The junta, which seized power on July 26, expelled France's ambassador on Friday."
    found = event_date(sentence, WEDNESDAY, near=sentence.index("expelled"))
    assert found.date == date(2023, 7, 28)
    aside = event_date(sentence, WEDNESDAY, near=sentence.index("seized"))
    assert aside.date == date(2023, 7, 26)


def test_an_opening_date_dates_the_main_clause():
    sentence = "On Monday, ECOWAS, which meets next week, threatened the junta."
    assert event_date(sentence, WEDNESDAY, near=sentence.index("threatened")).date == date(2023, 7, 31)


def test_without_a_publication_date_only_dates_with_a_year_resolve():
    assert event_date("Mali joined the alliance in 2021.", None).date == date(2021, 1, 1)
    assert event_date("Mali threatened Niger on Monday.", None) is None


def test_an_unresolvable_date_in_the_clause_is_not_replaced_by_one_from_an_aside():
    sentence = "Guinea, under military rule since 2019, urged the bloc on March 3 to lift its sanctions."
    assert event_date(sentence, None, near=sentence.index("urged")) is None
    published = date(2024, 3, 6)
    assert event_date(sentence, published, near=sentence.index("urged")).date == date(2024, 3, 3)


def _triple(sentence: str, phrase: str) -> Triple:
    niger = Actor("NER", "Niger", ActorKind.STATE)
    france = Actor("FRA", "France", ActorKind.STATE)
    return Triple(
        subject=Mention(niger, "Niger"),
        relation=Relation(RelationType.THREATEN, phrase),
        object=Mention(france, "France"),
        evidence=Evidence("doc", "hash", sentence, 0, len(sentence), WEDNESDAY, "day"),
        confidence=0.9,
    )


def test_date_triples_puts_the_event_date_on_the_evidence():
    dated = date_triples(
        [
            _triple("Niger, which will vote next week, threatened France on Monday.", "threatened"),
            _triple("Niger threatened France.", "threatened"),
        ],
        WEDNESDAY,
    )
    assert [(t.evidence.date, t.evidence.date_precision) for t in dated] == [
        (date(2023, 7, 31), "day"),
        (WEDNESDAY, "day"),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-08-02", date(2023, 8, 2)),
        ("2023-08-02T23:10:00+02:00", date(2023, 8, 2)),
        ("Wed, 02 Aug 2023 10:00:00 GMT", date(2023, 8, 2)),
        ("August 2, 2023 10:00 AM EDT", date(2023, 8, 2)),
        ("2023/08/02", date(2023, 8, 2)),
    ],
)
def test_publication_dates_in_common_formats(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "soon", "n/a"])
def test_publication_dates_that_are_not_dates_raise(value):
    with pytest.raises(ValueError):
        parse_published(value)
