"""Actors as a reader sees them in the triples: the id, name, kind and
aliases a phrase resolves to, within an article and across the articles of one
run."""

from __future__ import annotations

import pytest

from actorgraph.extract import Extractor, PersonRegistry
from actorgraph.ontology import ActorKind
from actorgraph.records import Actor, Document

from .conftest import run


def subject_of(extractor, text: str):
    """The subject actor of the only ACCUSE triple in ``text``."""
    accusations = [t for t in run(extractor, text) if t.relation.type.value == "ACCUSE"]
    assert len(accusations) == 1, [(t.subject.actor.id, t.relation.type.value, t.object.actor.id) for t in accusations]
    return accusations[0].subject


@pytest.mark.parametrize(
    "phrase, actor_id",
    [
        ("Niger", "NER"),
        ("Niamey", "NER"),
        ("Nigerien officials", "NER"),
        ("Burkinabe soldiers", "BFA"),
        ("Ouagadougou", "BFA"),
        ("The Kremlin", "RUS"),
        ("Moscow", "RUS"),
        ("The Pentagon", "USA"),
        ("Washington", "USA"),
        ("U.S. officials", "USA"),
        ("The State Department", "USA"),
        ("Downing Street", "GBR"),
        ("Kyiv", "UKR"),
        ("Beijing", "CHN"),
        ("Taiwanese officials", "TWN"),
        ("The government of Sudan", "SDN"),
        ("Venezuelan authorities", "VEN"),
    ],
)
def test_states_by_name_capital_demonym_and_organ(extractor, phrase, actor_id):
    subject = subject_of(extractor, f"{phrase} condemned Chad.")
    assert subject.actor.id == actor_id
    assert subject.actor.kind is ActorKind.STATE


@pytest.mark.parametrize(
    "phrase, actor_id, kind",
    [
        ("ECOWAS", "Q193272", ActorKind.IGO),
        ("The Economic Community of West African States", "Q193272", ActorKind.IGO),
        ("The African Union", "Q7159", ActorKind.IGO),
        # A state's army is a side of its own (coups, civil wars).
        ("Sudan's army", "SDN:army", ActorKind.MILITARY),
        ("The Sudanese military", "SDN:army", ActorKind.MILITARY),
        ("The Israel Defense Forces", "ISR:army", ActorKind.MILITARY),
        ("NATO", "Q7184", ActorKind.IGO),
        ("ASEAN", "Q7768", ActorKind.IGO),
        ("The Arab League", "Q7172", ActorKind.IGO),
        ("Hezbollah", "gaz:hezbollah", ActorKind.ARMED_GROUP),
        ("The Houthis", "gaz:houthis", ActorKind.ARMED_GROUP),
        ("The Rapid Support Forces", "gaz:rsf", ActorKind.ARMED_GROUP),
        ("M23", "gaz:m23", ActorKind.ARMED_GROUP),
        ("Al-Shabaab", "gaz:al-shabaab", ActorKind.ARMED_GROUP),
        ("Hamas", "Q38799", ActorKind.ARMED_GROUP),
        ("Mali's junta", "MLI:junta", ActorKind.MILITARY),
        ("The coup leaders in Niamey", "NER:junta", ActorKind.MILITARY),
    ],
)
def test_bodies_groups_and_juntas(extractor, phrase, actor_id, kind):
    subject = subject_of(extractor, f"{phrase} condemned Chad.")
    assert (subject.actor.id, subject.actor.kind) == (actor_id, kind)


def test_state_aliases_carry_names_capital_and_demonym(extractor):
    subject = subject_of(extractor, "Niamey condemned Chad.")
    assert subject.actor.name == "Niger"
    assert {"Niamey", "Nigerien"} <= set(subject.actor.aliases)
    assert subject.text == "Niamey"


def test_gazetteer_aliases_carry_the_acronym(extractor):
    subject = subject_of(extractor, "The Economic Community of West African States condemned Chad.")
    assert subject.actor.name == "ECOWAS"
    assert "Economic Community of West African States" in subject.actor.aliases


def test_junta_aliases_are_names_of_the_junta_only(extractor):
    subject = subject_of(extractor, "Niger's junta condemned Chad.")
    assert subject.actor.name == "Niger junta"
    assert "Niger's junta" in subject.actor.aliases
    assert "Niger" not in subject.actor.aliases


def test_acronym_defined_in_the_article_names_the_same_actor(triples_of):
    found = triples_of("The Sovereignty Council of Kivu (SCK) was formed in May. Uganda later condemned the SCK.")
    assert ("UGA", "ACCUSE", "org:sovereignty-council-of-kivu") in found


def test_surname_refers_to_the_full_name_in_the_article(triples_of):
    found = triples_of("Kenyan President William Ruto visited Addis Ababa. Ruto later criticised Eritrea.")
    assert ("person:william-ruto", "ACCUSE", "ERI") in found
    assert ("person:william-ruto", "LEADER_OF", "KEN") in found


def test_pronoun_refers_to_the_clause_subject(triples_of):
    found = triples_of("France said its troops would leave Niger.")
    assert found == {("FRA", "RETREAT", "NER")}


def test_descriptor_refers_to_the_main_actor_of_its_kind(triples_of):
    found = triples_of(
        "ECOWAS leaders met in Abuja with the West African Economic and Monetary Union. ECOWAS is based in Abuja. "
        "The bloc later suspended Guinea."
    )
    assert ("Q193272", "SANCTION", "GIN") in found
    assert ("Q1929699", "SANCTION", "GIN") not in found


def test_same_person_across_articles_gets_one_id():
    extractor = Extractor()
    documents = [
        Document(name="a", text="Abdourahamane Tchiani, the head of Niger's junta, met Russian officials."),
        Document(name="b", text="General Abdourahmane Tchiani criticised France."),
    ]
    people = {
        mention.actor.id: mention.actor
        for _, triples in extractor.extract(documents)
        for triple in triples
        for mention in (triple.subject, triple.object)
        if mention.actor.kind is ActorKind.PERSON
    }
    assert list(people) == ["person:abdourahamane-tchiani"]
    assert "Abdourahmane Tchiani" in people["person:abdourahamane-tchiani"].aliases or any(
        "Abdourahmane Tchiani" in a.aliases for a in people.values()
    )


def test_surname_alone_in_a_later_article_is_the_known_person():
    extractor = Extractor()
    documents = [
        Document(name="a", text="Kenyan President William Ruto met Somali officials."),
        Document(name="b", text="President Ruto condemned Eritrea."),
    ]
    results = list(extractor.extract(documents))
    later = {(t.subject.actor.id, t.relation.type.value, t.object.actor.id) for t in results[1][1]}
    assert ("person:william-ruto", "ACCUSE", "ERI") in later


def test_different_first_names_stay_different_people():
    extractor = Extractor()
    documents = [
        Document(name="a", text="Burkinabe leader Ibrahim Traore condemned France."),
        Document(name="b", text="Malian activist Aminata Traore condemned France."),
    ]
    ids = {t.subject.actor.id for _, triples in extractor.extract(documents) for t in triples if t.subject.actor.kind is ActorKind.PERSON}
    assert ids == {"person:ibrahim-traore", "person:aminata-traore"}


def test_person_never_merges_with_an_organisation_of_the_same_name(triples_of):
    found = triples_of("Hamas leader Yahya Sinwar praised Hezbollah. Hezbollah praised Sinwar.")
    assert ("person:yahya-sinwar", "SUPPORT", "gaz:hezbollah") in found
    assert ("gaz:hezbollah", "SUPPORT", "person:yahya-sinwar") in found
    assert ("person:yahya-sinwar", "LEADER_OF", "Q38799") in found


def test_a_registry_per_document_keeps_documents_apart(extractor):
    """A caller joining persons itself passes each document its own registry:
    the extractor's own registry learns nothing, and a titled surname alone is
    not joined to a full name read in another document."""
    documents = [
        Document(name="a", text="Kenyan Foreign Minister Musalia Mudavadi met Somali officials."),
        Document(name="b", text="Minister Mudavadi condemned Eritrea."),
    ]
    registries: dict[str, PersonRegistry] = {}
    results = list(extractor.extract(documents, people=lambda d: registries.setdefault(d.name, PersonRegistry())))
    later = {(t.subject.actor.id, t.relation.type.value, t.object.actor.id) for t in results[1][1]}
    assert ("person:mudavadi", "ACCUSE", "ERI") in later
    assert registries["a"].by_surname("Mudavadi").id == "person:musalia-mudavadi"
    assert extractor.people.by_surname("Mudavadi") is None or extractor.people.by_surname("Mudavadi").id != "person:mudavadi"


def test_a_remembered_person_keeps_its_id_and_takes_new_spellings():
    registry = PersonRegistry()
    stored = Actor(id="person:abdourahamane-tiani", name="Abdourahamane Tiani", kind=ActorKind.PERSON,
                   aliases=("Abdourahamane Tchiani", "Tiani"))
    registry.remember(stored)
    assert registry.person("Abdourahamane Tchiani").id == stored.id
    assert registry.person("Abdourahmane Tchiani").id == stored.id
    assert "Abdourahmane Tchiani" in registry.person("Abdourahamane Tiani").aliases
    assert registry.by_surname("Tiani").id == stored.id


def test_close_full_names_with_different_surnames_stay_apart():
    registry = PersonRegistry()
    first = registry.person("Mohamed Bazoum")
    assert registry.person("Mohamed Bazoun").id == first.id
    assert registry.person("Mohamed Razoum").id != first.id
