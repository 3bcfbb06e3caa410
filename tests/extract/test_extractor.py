"""The contract the pipeline relies on: model loading, streaming, one result
per document in order, and evidence that points back into the text."""

from __future__ import annotations

from datetime import date

import pytest

from actorgraph.errors import ModelNotFound
from actorgraph.extract import Extractor
from actorgraph.records import Document

ARTICLE = (
    "Russia attacks Ukraine overnight\n\n"
    "Russia attacked Ukraine on Tuesday, officials said.\n\n"
    "The European Union imposed new sanctions on Russia."
)


def test_missing_model_names_the_model_and_the_install_command():
    with pytest.raises(ModelNotFound) as raised:
        Extractor("en_no_such_model_xyz")
    message = str(raised.value)
    assert "en_no_such_model_xyz" in message
    assert "pip install en-no-such-model-xyz" in message
    assert "\n" not in message


def test_model_from_the_environment(monkeypatch):
    monkeypatch.setenv("ACTORGRAPH_MODEL", "en_other_missing_model")
    with pytest.raises(ModelNotFound, match="en_other_missing_model"):
        Extractor()


def test_ruler_runs_before_the_statistical_ner(extractor):
    names = extractor.nlp.pipe_names
    assert names.index("actorgraph_ruler") < names.index("ner")


def test_one_result_per_document_in_input_order(extractor):
    documents = [
        Document(name="first", text=ARTICLE),
        Document(name="empty", text=""),
        Document(name="blank", text="   \n\n  "),
        Document(name="nothing", text="The weather was fine."),
        Document(name="last", text="Hezbollah fired rockets at Israel."),
    ]
    results = list(extractor.extract(iter(documents), batch_size=2))
    assert [document.name for document, _ in results] == ["first", "empty", "blank", "nothing", "last"]
    assert [len(triples) > 0 for _, triples in results] == [True, False, False, False, True]


def test_evidence_points_at_the_sentence_in_the_text(extractor):
    document = Document(name="ukraine-war", text=ARTICLE, published=date(2024, 3, 5))
    [(_, triples)] = list(extractor.extract([document]))
    assert triples
    for triple in triples:
        evidence = triple.evidence
        assert evidence.doc_id == "ukraine-war"
        assert evidence.doc_hash == document.id
        assert ARTICLE[evidence.start : evidence.end] == evidence.sentence
        assert evidence.sentence == evidence.sentence.strip()
        assert (evidence.date, evidence.date_precision) == (date(2024, 3, 5), "day")
        assert triple.subject.text in evidence.sentence
        assert triple.object.text in ARTICLE


def test_headline_is_its_own_sentence(extractor):
    [(_, triples)] = list(extractor.extract([Document(name="d", text=ARTICLE)]))
    sentences = {t.evidence.sentence for t in triples}
    assert "Russia attacks Ukraine overnight" in sentences


def test_no_date_when_publication_unknown(extractor):
    [(_, triples)] = list(extractor.extract([Document(name="d", text=ARTICLE)]))
    assert all(t.evidence.date is None and t.evidence.date_precision is None for t in triples)


def test_triples_carry_type_phrase_and_confidence(extractor):
    [(_, triples)] = list(extractor.extract([Document(name="d", text=ARTICLE)]))
    for triple in triples:
        assert triple.subject.actor.id != triple.object.actor.id
        assert triple.relation.phrase
        assert 0 < triple.confidence <= 1


def test_gazetteer_actor_more_confident_than_pronoun(triples_of, extractor):
    from .conftest import run

    direct = run(extractor, "Russia attacked Ukraine.")[0]
    resolved = [t for t in run(extractor, "Russia massed troops. Later it attacked Ukraine.") if t.relation.type.value == "ASSAULT"][0]
    assert resolved.subject.text == "it"
    assert resolved.confidence < direct.confidence


def test_ids_are_the_same_in_a_new_run(extractor):
    document = Document(name="d", text=ARTICLE + " French President Emmanuel Macron criticised Moscow.")
    first = [t.id for _, triples in extractor.extract([document]) for t in triples]
    again = [t.id for _, triples in Extractor().extract([document]) for t in triples]
    assert first == again


def test_several_processes_give_the_same_triples(extractor):
    documents = [Document(name=f"d{i}", text=ARTICLE) for i in range(4)]
    alone = [[t.id for t in triples] for _, triples in extractor.extract(documents)]
    parallel = [[t.id for t in triples] for _, triples in extractor.extract(documents, n_process=2, batch_size=2)]
    assert alone == parallel
