"""The data files: a broad gazetteer across regions, well-formed ids, and
lexicons whose every entry maps to a known type and slot."""

from __future__ import annotations

import re

import pytest

from actorgraph.extract import gazetteer, lexicon
from actorgraph.extract.relations import DEFAULT_TARGETS
from actorgraph.ontology import ActorKind, RelationType

SPECIAL_SLOTS = {"dobj", "dative", "xcomp", "clause_subject", "event", "accuser", "attacker"}
PREPOSITIONS = {
    "with", "to", "against", "on", "from", "of", "in", "into", "toward", "towards", "at", "for", "by", "over", "behind",
    "around", "between", "upon", "near", "along", "alongside", "under", "off", "about",
}


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


@pytest.fixture(scope="module")
def lex():
    return lexicon.load()


def test_gazetteer_is_broad(gaz):
    kinds = [a.kind for a in gaz.actors.values()]
    assert kinds.count(ActorKind.IGO) >= 50
    assert kinds.count(ActorKind.ARMED_GROUP) >= 45
    assert kinds.count(ActorKind.STATE) >= 190


@pytest.mark.parametrize(
    "actor_id",
    [
        # Africa, Europe, Asia, the Americas, the Middle East, global
        "Q7159", "Q193272", "Q816706", "Q499039", "Q7184", "Q458", "Q81299", "Q7768", "Q485207", "Q123759",
        "Q4264", "Q7172", "Q217172", "Q1065", "Q37470",
        # armed groups from several conflicts
        "Q38799", "gaz:hezbollah", "gaz:houthis", "gaz:rsf", "gaz:m23", "gaz:jnim", "gaz:boko-haram",
        "gaz:al-shabaab", "gaz:taliban", "Q2429253", "Q34490", "gaz:wagner", "gaz:farc", "gaz:tren-de-aragua",
        "gaz:arakan-army", "Q152220",
    ],
)
def test_gazetteer_covers_many_regions(gaz, actor_id):
    assert actor_id in gaz.actors


def test_ids_are_qids_slugs_or_iso_codes(gaz):
    for actor_id, actor in gaz.actors.items():
        if actor.kind is ActorKind.STATE:
            assert re.fullmatch(r"[A-Z]{3}", actor_id), actor_id
        else:
            assert re.fullmatch(r"Q\d+|gaz:[a-z0-9-]+|[A-Z]{3}:army", actor_id), actor_id


def test_every_pattern_id_is_a_known_actor(gaz):
    for pattern in gaz.patterns:
        if "id" in pattern:
            assert pattern["id"] in gaz.actors, pattern


def test_seats_of_power_resolve_to_their_state(gaz):
    assert gaz.id_for("Kremlin") == "RUS"
    assert gaz.id_for("Élysée") == "FRA"
    assert gaz.id_for("Downing Street") == "GBR"
    assert gaz.id_for("White House") == "USA"


def test_demonyms_and_capitals_come_from_rigour_and_places(gaz):
    assert gaz.id_for("Nigerien") == "NER"
    assert gaz.id_for("Burkinabe") == "BFA"
    assert gaz.id_for("Niamey") == "NER"
    assert gaz.id_for("Moscow") == "RUS"
    assert gaz.id_for("Brussels") == "Q458"


def test_every_lexicon_entry_has_a_type_and_known_slots(lex):
    for table in (lex.verbs, lex.nouns):
        for lemma, senses in table.items():
            assert lemma == lemma.lower() and lemma.strip() == lemma
            for sense in senses:
                assert isinstance(sense.type, RelationType)
                for slot in sense.slots:
                    assert isinstance(slot, str), (lemma, slot)
                    assert slot in SPECIAL_SLOTS | PREPOSITIONS, (lemma, slot)


def test_every_type_has_default_targets():
    assert set(DEFAULT_TARGETS) == set(RelationType)


def test_every_plover_type_has_verbs_and_nouns(lex):
    verb_types = {s.type for senses in lex.verbs.values() for s in senses}
    noun_types = {s.type for senses in lex.nouns.values() for s in senses}
    plover = set(RelationType) - {RelationType.ALLY_OF, RelationType.MEMBER_OF, RelationType.LEADER_OF}
    assert plover <= verb_types
    assert plover <= noun_types


def test_titles_are_either_leading_or_membership(lex):
    assert not lex.roles.leader_titles & lex.roles.member_titles
