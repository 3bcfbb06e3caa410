"""Relation types for predicates: which PLOVER type a verb or noun expresses
in its context, and where its target may stand.

The lexicon (``data/verbs.yaml``, ``data/nouns.yaml``) gives each lemma its
senses; the rules here handle predicates whose type depends on what they
govern: support verbs ("held talks", "imposed sanctions"), verbs that end
something ("suspended cooperation" is a SANCTION, "lifted sanctions" a
concession) and commitments ("vowed to retaliate" is a THREATEN, "offered to
help" an AGREE).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, Sense
from actorgraph.extract.patterns import OBJECT_DEPS, kids, lefts, particle, rights
from actorgraph.ontology import Polarity, RelationType as R

# Where a verb's target stands when its lexicon entry does not say.
DEFAULT_TARGETS: dict[R, tuple[str, ...]] = {
    R.AGREE: ("with",),
    R.CONSULT: ("with",),
    R.SUPPORT: ("dobj",),
    R.CONCEDE: ("to",),
    R.COOPERATE: ("with",),
    R.AID: ("dobj", "to"),
    R.RETREAT: ("from",),
    R.REQUEST: ("dobj",),
    R.ACCUSE: ("dobj",),
    R.REJECT: ("dobj",),
    R.THREATEN: ("dobj",),
    R.PROTEST: ("against",),
    R.SANCTION: ("dobj", "on", "against"),
    R.MOBILIZE: ("against",),
    R.COERCE: ("dobj",),
    R.ASSAULT: ("dobj", "on", "against"),
    R.ALLY_OF: ("with",),
    R.MEMBER_OF: ("dobj",),
    R.LEADER_OF: ("dobj",),
}

# Attitudes towards an act are attitudes towards its agent: "welcomed France's
# decision" supports France, "denounced the ECOWAS sanctions" accuses ECOWAS,
# "ignored calls from the junta" rejects the junta, "agreed to Qatar's
# proposal" agrees with Qatar.
ATTITUDE_TYPES = frozenset({R.SUPPORT, R.ACCUSE, R.REJECT, R.CONCEDE, R.AGREE})

# Types that hold between both sides at once: "Mali and Burkina Faso signed a
# pact" is each agreeing with the other.
MUTUAL_TYPES = frozenset({R.AGREE, R.CONSULT, R.COOPERATE, R.ALLY_OF})

# Verbs of founding: the founders of a body are its members (states founding a
# bloc) or its leaders (a person founding a group). The target must be a body.
FOUNDING_VERBS = frozenset({"form", "create", "establish", "found", "launch", "set up", "set"})
# Names of bodies whose founders become allies: "formed a mutual defence pact".
ALLIANCE_WORDS = frozenset({"alliance", "pact", "defence", "defense", "security", "military", "treaty", "coalition"})
# Leaving a body presupposes having been in it: "threatened to pull out of
# ECOWAS" asserts membership whatever happens next.
LEAVING_VERBS = frozenset({"withdraw", "pull out", "leave", "quit", "exit", "pull", "walk out"})
# Event nouns whose possessive is their patient when a support verb gives the
# agent: "ordered his expulsion", "demanded her release".
PATIENT_NOUN_TYPES = frozenset({R.COERCE, R.SANCTION, R.ASSAULT, R.CONCEDE})
# Types whose targets may be things that belong to a state ("smashed windows at
# the French embassy", "closed its airspace to French aircraft").
PROPERTY_TARGET_TYPES = frozenset({R.ASSAULT, R.SANCTION, R.PROTEST, R.MOBILIZE})
# Coercion hits a state's property only by taking it ("seized Russian assets");
# "held a Russian flag" is no act against Russia.
# Participles naming who holds a place ("the Houthi-held port", "TNLA-controlled
# towns"): the place stands for its holder as a target.
HOLDING_PARTICIPLES = frozenset({"held", "controlled", "run", "occupied", "administered"})
SEIZING_VERBS = frozenset({"seize", "confiscate", "take", "capture", "occupy", "annex", "nationalize", "nationalise", "freeze", "raid"})
# Nouns that stand for an act or a position of their agent, so that an attitude
# to them is an attitude to the agent ("welcomed France's decision").
EVENTIVE_NOUNS = frozenset(
    {"decision", "move", "statement", "remark", "comment", "claim", "policy", "stance", "position", "action", "step",
     "measure", "proposal", "plan", "approach", "conduct", "behaviour", "behavior", "call", "demand", "request",
     "ultimatum", "offer", "threat", "warning", "announcement", "declaration", "choice", "invitation", "initiative",
     "refusal", "rejection", "overture", "effort", "intervention", "operation", "presence", "role", "interference",
     "launch", "test", "violation", "provocation", "activity", "programme", "program", "bid", "attempt", "actions",
     "policies", "rhetoric", "support", "blockade", "annexation", "package", "resolution", "bill", "law",
     "ceasefire", "truce", "deal", "agreement", "accord", "treaty", "talks", "negotiations"}
)
# Nouns of saying and deciding, whose of-phrase is their agent ("the decision
# of the junta"); for action nouns the of-phrase is the patient ("the invasion
# of Ukraine", "in support of the president").
OF_AGENT_NOUNS = frozenset(
    {"decision", "move", "statement", "remark", "comment", "claim", "policy", "stance", "position", "proposal", "plan",
     "call", "demand", "request", "ultimatum", "offer", "threat", "warning", "announcement", "declaration", "choice",
     "refusal", "rejection", "initiative", "order", "bid", "attempt", "effort", "willingness", "readiness", "intention",
     "pledge", "promise", "commitment", "vow"}
)
# Nouns that count, bundle or write down events: "a new package of sanctions", "a wave of
# strikes", "the text of a treaty" mean the events they hold.
BUNDLE_NOUNS = frozenset({"package", "round", "wave", "series", "set", "tranche", "raft", "batch", "spate", "string", "flurry", "text", "draft"})
# Support verbs whose subject receives rather than gives: "received aid from
# Russia" is Russia aiding the subject.
RECIPIENT_VERBS = frozenset({"receive", "get", "obtain", "win", "accept", "seek", "request", "face", "suffer", "endure", "draw", "attract"})

# Things a state closes to another as a sanction: "closed its airspace to
# French aircraft".
CLOSABLE = frozenset({"airspace", "border", "embassy", "consulate", "port", "market", "route", "crossing", "pipeline"})

# Nouns that take an infinitive naming an intended act ("their willingness to
# send troops", "France's decision to withdraw"). A commitment turns the act
# into AGREE or THREATEN; a decision is the act itself.
COMMITMENT_NOUNS = frozenset(
    {"willingness", "readiness", "intention", "plan", "threat", "offer", "promise", "pledge", "commitment", "vow", "resolve",
     "bid", "attempt", "effort", "push", "quest", "ambition", "aim", "goal", "desire", "hope", "wish"}
)
DECISION_NOUNS = frozenset({"decision", "move", "order", "step"})
# Nouns that sum up the clause they stand in apposition to ("visited Moscow, a
# trip condemned by EU leaders"): what is said of them is said of that act.
SUMMARY_NOUNS = frozenset({"move", "step", "decision", "trip", "visit", "act", "action", "measure", "gesture", "development"})
# Nouns that put an act forward without doing it: "an invitation to resume
# talks", "a proposal to hold a summit".
PROPOSAL_NOUNS = frozenset({"invitation", "proposal", "suggestion", "idea", "initiative", "option", "prospect", "possibility", "chance"})
# Nouns that take an infinitive naming a requested act ("calls from X to pull
# out", "gave them one week to free"): REQUEST addressed to someone.
REQUEST_NOUNS = frozenset({"call", "demand", "request", "appeal", "ultimatum", "deadline", "week", "day", "month", "hour"})

# A verb whose infinitive is only wanted or asked for, not done: the inner
# event is not asserted on its own.
NON_ASSERTING_GOVERNORS = frozenset(
    {
        "want", "wish", "hope", "seek", "try", "attempt", "aim", "plan", "intend", "expect", "need", "ask", "urge",
        "call", "press", "demand", "request", "encourage", "push", "order", "beg", "implore", "appeal", "threaten",
        "vow", "pledge", "promise", "offer", "agree", "commit", "prepare", "decide", "consider", "propose",
        "warn", "caution", "refuse", "reject", "fail", "decline", "give", "allow", "help", "mean", "risk",
    }
)


@dataclass(frozen=True)
class Reading:
    """One typed reading of a predicate in context."""

    type: R
    slots: tuple[str, ...]
    phrase: str
    kind: str  # "verb", "light", "terminative", "noun"


def slots_for(sense: Sense) -> tuple[str, ...]:
    return sense.slots or DEFAULT_TARGETS[sense.type]


def verb_keys(verb: Token, noun_classes: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Lexicon keys for a verb, most specific first, with the phrase each stands for:
    with its particle, its object noun (then the noun's class: "sent Patriot
    batteries" is "send weapon"), its preposition, alone."""
    lemma = verb.lemma_.lower()
    keys: list[tuple[str, str]] = []
    part = particle(verb)
    if part:
        keys.append((f"{lemma} {part}", f"{verb.text} {part}"))
    passive = any(c.dep_ == "auxpass" for c in kids(verb))
    for child in kids(verb):
        # "sent troops", and in the passive "troops were sent"; "thousands of troops"
        if child.dep_ in OBJECT_DEPS or (passive and child.dep_ == "nsubjpass"):
            noun = _counted(child)
            if noun.pos_ == "NOUN":
                keys.append((f"{lemma} {noun.lemma_.lower()}", f"{verb.text} {noun.text}"))
                kind = (noun_classes or {}).get(noun.lemma_.lower())
                if kind:
                    keys.append((f"{lemma} {kind}", f"{verb.text} {noun.text}"))
        elif child.dep_ in ("advmod", "prt") and child.lower_ in ("home", "back", "out", "away", "off", "down", "up") or child.dep_ == "prep":
            keys.append((f"{lemma} {child.lower_}", f"{verb.text} {child.text}"))
        elif child.dep_ == "advcl":
            # "called for Russia to withdraw": the preposition marks the clause.
            for mark in kids(child):
                if mark.dep_ == "mark" and mark.lower_ == "for":
                    keys.append((f"{lemma} for", f"{verb.text} for"))
    keys.append((lemma, verb.text))
    return keys


def _counted(noun: Token) -> Token:
    """"thousands of troops" -> "troops": the noun a quantity counts."""
    if noun.like_num or noun.lemma_.lower() in ("thousand", "hundred", "dozen", "number", "some", "many", "most", "all"):
        for prep in kids(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in kids(prep):
                    if obj.dep_ == "pobj":
                        return obj
    return noun


def verb_readings(verb: Token, lexicon: Lexicon) -> list[Reading]:
    """Typed readings of a verb from the lexicon, for its most specific key."""
    for key, phrase in verb_keys(verb, lexicon.noun_classes):
        senses = lexicon.verbs.get(key)
        if senses:
            return [Reading(s.type, slots_for(s), phrase, "verb") for s in senses]
    return []


def bundled(noun: Token) -> Token:
    """The event noun a bundle holds ("a package of sanctions" -> "sanctions"), else the noun."""
    if noun.lemma_.lower() in BUNDLE_NOUNS:
        for prep in kids(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in kids(prep):
                    if obj.dep_ == "pobj":
                        return bundled(obj)
    return noun


def noun_senses(noun: Token, lexicon: Lexicon) -> tuple[Sense, ...]:
    inner = bundled(noun)
    if inner is not noun:
        return noun_senses(inner, lexicon)
    lemma = noun.lemma_.lower()
    for child in lefts(noun):
        if child.dep_ in ("compound", "amod"):
            senses = lexicon.nouns.get(f"{child.lemma_.lower()} {lemma}")
            if senses:
                return senses
    for child in rights(noun):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in kids(child):
                senses = lexicon.nouns.get(f"{lemma} of {obj.lemma_.lower()}")
                if senses:
                    return senses
    return lexicon.nouns.get(lemma, ())


def ended(relation: R) -> R | None:
    """The type of ending an event of ``relation``: cooperation ended is a
    SANCTION, sanctions or threats ended a concession, fighting ended a retreat."""
    if relation.polarity is Polarity.COOPERATIVE:
        return R.SANCTION
    if relation in (R.SANCTION, R.THREATEN, R.COERCE, R.REQUEST, R.ACCUSE, R.REJECT, R.PROTEST):
        return R.CONCEDE
    if relation in (R.ASSAULT, R.MOBILIZE):
        return R.RETREAT
    return None


def committed(relation: R) -> R | None:
    """The type of promising or threatening an act of ``relation``. A promise
    of support is itself support ("vowed to defend Niger"); other cooperative
    acts promised are AGREE, hostile ones THREATEN."""
    if relation is R.SUPPORT:
        return R.SUPPORT
    if relation.polarity is Polarity.COOPERATIVE:
        return R.AGREE
    if relation.polarity is Polarity.HOSTILE:
        return R.THREATEN
    return None
