"""The timeline groups an actor's relations by period and marks where the balance turns."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from actorgraph.graph.timeline import Period, RelationCount, period_of, timeline
from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import Actor, Document, Evidence, Mention, Relation, Triple

NIGER = Actor("NER", "Niger", ActorKind.STATE)
FRANCE = Actor("FRA", "France", ActorKind.STATE)
MALI = Actor("MLI", "Mali", ActorKind.STATE)

T = RelationType


def said(subject: Actor, kind: RelationType, obj: Actor, when: date | None, precision: str | None = "day", n: int = 0) -> Triple:
    sentence = f"{subject.name} {kind.value.lower()} {obj.name} ({when}, {n})."
    evidence = Evidence(f"doc-{when}-{n}", "hash", sentence, 0, len(sentence), when, precision if when else None)
    return Triple(Mention(subject, subject.name), Relation(kind, kind.value.lower()), Mention(obj, obj.name), evidence, 0.9)


# Niger and France: a pact in 2021, partners in June 2023, a break after the coup of July 2023.
HISTORY = [
    said(NIGER, T.AGREE, FRANCE, date(2021, 1, 1), "year"),
    said(FRANCE, T.ALLY_OF, NIGER, date(2023, 6, 5)),
    said(FRANCE, T.AID, NIGER, date(2023, 6, 20)),
    said(NIGER, T.COOPERATE, FRANCE, date(2023, 7, 3)),
    said(NIGER, T.ACCUSE, FRANCE, date(2023, 7, 28)),
    said(NIGER, T.THREATEN, FRANCE, date(2023, 8, 2)),
    said(NIGER, T.THREATEN, FRANCE, date(2023, 8, 9), n=1),
    said(FRANCE, T.SANCTION, NIGER, date(2023, 8, 1)),
    said(MALI, T.SUPPORT, NIGER, date(2023, 8, 3)),
    said(NIGER, T.COOPERATE, FRANCE, None),
]


def test_by_month_shows_an_alliance_break():
    rows = timeline(HISTORY, "NER", "month")
    table = [(r.period.label, r.other.name, r.cooperative, r.hostile, r.stance, r.turned) for r in rows]
    assert table == [
        ("2021", "France", 1, 0, "cooperative", None),
        ("2023-06", "France", 2, 0, "cooperative", None),
        ("2023-07", "France", 1, 1, "mixed", None),
        ("2023-08", "France", 0, 3, "hostile", "hostile"),
        ("2023-08", "Mali", 1, 0, "cooperative", None),
        ("undated", "France", 1, 0, "cooperative", None),
    ]


def test_relations_are_counted_with_their_direction_seen_from_the_actor():
    august = [r for r in timeline(HISTORY, "NER") if r.period.label == "2023-08" and r.other is FRANCE][0]
    assert august.relations == (
        RelationCount(T.THREATEN, "->", 2),
        RelationCount(T.SANCTION, "<-", 1),
    )
    assert august.evidence.date == date(2023, 8, 9)
    june = [r for r in timeline(HISTORY, "NER") if r.period.label == "2023-06"][0]
    assert RelationCount(T.ALLY_OF, "<->", 1) in june.relations


def test_by_week_splits_the_month_and_keeps_coarse_dates_coarse():
    rows = timeline(
        [
            said(NIGER, T.THREATEN, FRANCE, date(2023, 7, 31)),
            said(NIGER, T.THREATEN, FRANCE, date(2023, 8, 6), n=1),
            said(NIGER, T.ACCUSE, FRANCE, date(2023, 8, 7)),
            said(NIGER, T.REJECT, FRANCE, date(2023, 8, 1), "month"),
        ],
        "NER",
        "week",
    )
    assert [(r.period.label, r.hostile) for r in rows] == [("2023-W31", 2), ("2023-08", 1), ("2023-W32", 1)]


def test_a_week_date_in_a_monthly_timeline_falls_in_its_mondays_month():
    evidence = said(NIGER, T.THREATEN, FRANCE, date(2023, 7, 31), "week").evidence
    assert period_of(evidence, "month") == Period(date(2023, 7, 1), "month")


def test_triples_not_involving_the_actor_are_ignored():
    assert timeline([said(MALI, T.SUPPORT, FRANCE, date(2023, 8, 3))], "NER") == []


def test_structural_relations_do_not_count_as_a_turn():
    rows = timeline(
        [
            said(NIGER, T.ALLY_OF, MALI, date(2023, 1, 10)),
            said(NIGER, T.MEMBER_OF, MALI, date(2023, 2, 10)),
            said(NIGER, T.SUPPORT, MALI, date(2023, 3, 10)),
        ],
        "NER",
    )
    assert [(r.stance, r.turned) for r in rows] == [("cooperative", None), ("structural", None), ("cooperative", None)]


@pytest.fixture
def history_db(tmp_path) -> Path:
    """A real embedded graph holding HISTORY, one document per date."""
    from actorgraph.graph.store import open_store

    by_doc: dict[str, list[Triple]] = {}
    for triple in HISTORY:
        by_doc.setdefault(triple.evidence.doc_id, []).append(triple)
    batch = []
    for name, triples in by_doc.items():
        document = Document(name=name, text=f"text of {name}")
        batch.append((document, [replace(t, evidence=replace(t.evidence, doc_hash=document.id)) for t in triples]))
    db = tmp_path / "graph"
    store = open_store(str(db), create=True)
    try:
        store.write(batch)
    finally:
        store.close()
    return db


def test_the_timeline_command_shows_the_turn(history_db, cli):
    result = cli("timeline", "niger", "--with", "FRANCE", "--db", history_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["actor"]["name"], data["with"]["name"], data["by"]) == ("Niger", "France", "month")
    periods = [(p["period"], p["stance"], p["turned"]) for p in data["periods"]]
    assert periods == [
        ("2021", "cooperative", None),
        ("2023-06", "cooperative", None),
        ("2023-07", "mixed", None),
        ("2023-08", "hostile", "hostile"),
        ("undated", "cooperative", None),
    ]
    august = data["periods"][3]
    assert august["relations"] == [
        {"type": "THREATEN", "direction": "->", "count": 2},
        {"type": "SANCTION", "direction": "<-", "count": 1},
    ]
    table = cli("timeline", "Niger", "--with", "France", "--db", history_db)
    assert "hostile (turned)" in table.stdout


def test_the_timeline_by_week_with_an_event_date_range(history_db, cli):
    result = cli("timeline", "Niger", "--by", "week", "--since", "2023-07-25", "--until", "2023-08-05", "--db", history_db, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "period,other,stance,turned,relations,evidence,source"
    assert [line.split(",")[:3] for line in lines[1:]] == [
        ["2023-W30", "France", "hostile"],
        ["2023-W31", "France", "hostile"],
        ["2023-W31", "Mali", "cooperative"],
    ]


def test_the_timeline_of_an_unknown_actor_is_one_line(history_db, cli):
    result = cli("timeline", "Niger", "--with", "Frnace", "--db", history_db)
    assert result.exit_code != 0
    assert result.stderr == "error: no actor named 'Frnace'; closest: France\n"


def test_an_empty_timeline_says_so(history_db, cli):
    result = cli("timeline", "Mali", "--with", "France", "--db", history_db)
    assert result.exit_code == 0
    assert result.stdout == "no relations of Mali with France in the graph for these filters\n"


CORPUS = [
    {"id": "may", "date": "2023-05-12", "text": "France supported Niger. France praised Niger."},
    {"id": "june", "date": "2023-06-20", "text": "Niger praised France. France backed Niger."},
    # Published Wednesday 2 August: the accusation of "Monday" is 31 July, the threat undated so 2 August.
    {"id": "aug", "date": "2023-08-02", "text": "Niger accused France on Monday. Niger threatened France."},
    {"id": "sep", "date": "2023-09-05", "text": "Mali supported Niger. Niger condemned France."},
]


def test_a_corpus_built_over_months_shows_the_change_of_sides(tmp_path, cli):
    corpus = tmp_path / "sahel.jsonl"
    corpus.write_text("".join(json.dumps(record) + "\n" for record in CORPUS))
    db = tmp_path / "graph"
    built = cli("build", corpus, "--db", db)
    assert built.exit_code == 0, built.stderr

    result = cli("timeline", "Niger", "--with", "France", "--db", db, "--format", "json")

    assert result.exit_code == 0, result.stderr
    periods = [(p["period"], p["stance"], p["turned"]) for p in json.loads(result.stdout)["periods"]]
    assert periods == [
        ("2023-05", "cooperative", None),
        ("2023-06", "cooperative", None),
        ("2023-07", "hostile", "hostile"),
        ("2023-08", "hostile", None),
        ("2023-09", "hostile", None),
    ]
    everyone = json.loads(cli("timeline", "Niger", "--db", db, "--format", "json").stdout)["periods"]
    assert [(p["period"], p["other"]["name"], p["stance"]) for p in everyone if p["other"]["name"] != "France"] == [
        ("2023-09", "Mali", "cooperative")
    ]
