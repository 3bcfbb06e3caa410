"""Scoring against gold files, with the numbers worked out by hand, and the
``evaluate`` command a user runs on their own annotated articles."""

from __future__ import annotations

import json

import pytest

from actorgraph.errors import InputError
from actorgraph.extract.evaluate import normalise, read_golds, score

GOLD = {
    "doc_id": "gulf",
    "actors": {
        "USA": {"name": "United States", "kind": "STATE", "aliases": ["U.S.", "Washington"]},
        "IRN": {"name": "Iran", "kind": "STATE", "aliases": ["Tehran"]},
        "HOUTHIS": {"name": "Houthis", "kind": "ARMED_GROUP", "aliases": ["Ansar Allah"]},
        "QAT": {"name": "Qatar", "kind": "STATE"},
    },
    "triples": [
        {"s": "USA", "type": "SANCTION", "o": "IRN", "alt_types": ["THREATEN"]},
        {"s": "IRN", "type": "AID", "o": "HOUTHIS"},
        {"s": "QAT", "type": "CONSULT", "o": "USA"},
        {"s": "USA", "type": "ACCUSE", "o": "QAT", "optional": True},
    ],
}


def record(subject, relation, obj, doc="gulf", aliases=()):
    return {
        "doc_id": doc,
        "subject": {"name": subject, "aliases": list(aliases)},
        "relation": {"type": relation},
        "object": {"name": obj},
    }


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "gulf.gold.json").write_text(json.dumps(GOLD))
    (tmp_path / "gulf.txt").write_text(
        "Washington imposed new sanctions on Tehran. Iran armed the Houthis. Qatar held talks with the United States."
    )
    return tmp_path


def test_normalise_ignores_case_punctuation_article_and_possessive():
    assert normalise("The U.S.'s") == normalise("u s")
    assert normalise("Côte d’Ivoire") == "cote d ivoire"


def test_scores_by_hand(gold_dir):
    golds = read_golds(gold_dir)
    records = [
        record("Washington", "THREATEN", "Iran"),  # alt type: strict hit
        record("Iran", "SUPPORT", "Houthis"),  # polarity and pair hit, strict miss
        record("United States", "CONSULT", "Qatar"),  # symmetric: hit in reverse
        record("United States", "ACCUSE", "Qatar"),  # optional: counts as a hit, not a miss
        record("Iran", "ASSAULT", "Israel"),  # no gold actor: false positive
        record("Washington", "THREATEN", "Tehran"),  # the same key again: counted once
    ]
    result = score(golds, records)
    strict, polarity, pair = (result.levels[name] for name in ("strict", "polarity", "pair"))
    # strict: 3 of 5 unique predictions match; 2 of 3 required gold triples found
    assert (strict.predicted, strict.gold) == (5, 3)
    assert (strict.precision, strict.recall) == (0.6, 0.667)
    # polarity: SUPPORT has AID's polarity, so 4 of 5 match and all 3 required are found
    assert (polarity.precision, polarity.recall, polarity.f1) == (0.8, 1.0, 0.889)
    # pair: (USA, QAT) is one pair for CONSULT and ACCUSE
    assert (pair.predicted, pair.precision, pair.recall) == (4, 0.75, 1.0)
    assert len(result.false_positives) == 2
    assert result.misses == ["gulf: ['IRN'] -AID-> ['HOUTHIS'] | "]


def test_aliases_of_a_prediction_count(gold_dir):
    [gold] = read_golds(gold_dir)
    result = score([gold], [record("Islamic Republic", "AID", "Yemen's rebels", aliases=["Tehran"])])
    assert result.levels["strict"].predicted == 1
    assert result.false_positives  # the object matches no gold actor


def test_malformed_gold_names_the_file(tmp_path):
    (tmp_path / "bad.gold.json").write_text('{"doc_id": "bad", "actors": {}, "triples": [{"s": "X", "type": "AID", "o": "Y"}]}')
    with pytest.raises(InputError, match="bad.gold.json.*unknown actor 'X'"):
        read_golds(tmp_path)


def test_folder_without_gold_files(tmp_path):
    with pytest.raises(InputError, match="no \\*.gold.json"):
        read_golds(tmp_path)


def test_evaluate_command_extracts_and_scores(cli, gold_dir):
    result = cli("evaluate", gold_dir, "--format", "json", "--misses")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout.splitlines()[-1])
    assert scores["strict"]["gold"] == 3
    assert scores["strict"]["recall"] == 1.0
    assert scores["pair"]["precision"] == 1.0


def test_evaluate_command_on_a_missing_folder(cli, tmp_path):
    result = cli("evaluate", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no such folder of gold files" in result.stderr
