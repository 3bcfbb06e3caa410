"""Dependency patterns: where subjects, targets and modifiers stand in a spaCy
parse (ClearNLP labels, as the English pipelines use), and the clause-level
tests (negation, hedging) that decide whether an event is asserted.

Functions take and return spaCy tokens; nothing here knows about actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

# --- argument positions ------------------------------------------------------
# The agent of an active clause; the agent of a passive one is the object of
# "by" (dep "agent"), and its grammatical subject (nsubjpass) is the patient.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# "gave Niger's coup leaders one week": the recipient (dative) before the object.
DATIVE_DEPS = frozenset({"dative", "iobj"})

# --- assertion -------------------------------------------------------------------
# Negated events are not emitted. "no" as a determiner negates the event noun it
# modifies ("there was no contact with").
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "nor", "neither", "without"})
# Modals that make an event possible rather than real. THREATEN and REQUEST are
# kept under them (a threat is a statement about a possible act); other types
# are dropped, as SPEC asks not to annotate purely hypothetical events.
HEDGE_MODALS = frozenset({"could", "might", "may", "can", "should", "must"})
# Future and future-in-the-past: an announced act ("Paris would bring home its
# ambassador"); kept, with lower confidence.
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# Subordinators that make a clause conditional or counterfactual.
CONDITION_MARKERS = frozenset({"if", "unless", "whether", "lest"})
# Verbs that assert their complement did not happen ("failed to meet",
# "declined to comment", "was unable to reach").
NEGATIVE_IMPLICATIVES = frozenset({"fail", "decline", "refuse", "neglect", "avoid", "hesitate", "stop", "cease", "deny"})
# Adjective heads of "be ADJ to VERB" with the same effect.
NEGATIVE_ADJECTIVES = frozenset({"unable", "unwilling", "reluctant", "loath"})


# Particles and adverbs that carry the preposition of a phrasal verb.
PARTICLE_ADVERBS = frozenset({"away", "back", "out", "off", "down", "up", "over", "home", "closer", "together"})


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Mali, Burkina Faso and Niger")."""
    return [token, *token.conjuncts] if token.conjuncts else [token]


def children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = frozenset(deps)
    return [child for child in token.children if child.dep_ in wanted]


def particle(verb: Token) -> str | None:
    """The verb particle of a phrasal verb ("pull out" -> "out")."""
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def prepositions(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs on a head, following coordinated prepositions
    ("sanctions on the putschists and on Niger") and coordinated objects."""
    for child in head.children:
        # "turning away from France", "pulled back from": the preposition hangs from the particle.
        if child.dep_ in ("advmod", "prt") and child.lower_ in PARTICLE_ADVERBS:
            yield from prepositions(child)
            continue
        if child.dep_ not in ("prep", "agent", "dative") or child.pos_ not in ("ADP", "SCONJ"):
            continue
        for prep in conjuncts(child):
            word = prep.lower_
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    for target in conjuncts(obj):
                        yield word, target
            # "move closer to", "out of": two-word prepositions put the object on the second word.
            for inner in prep.children:
                if inner.dep_ == "prep":
                    for obj in inner.children:
                        if obj.dep_ == "pobj":
                            yield inner.lower_, obj


def agents(verb: Token) -> list[Token]:
    """Objects of "by" in a passive clause."""
    return [obj for prep in children(verb, ("agent",)) for obj in prep.children if obj.dep_ == "pobj"]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)



def negated(verb: Token) -> bool:
    """True when the clause of ``verb`` is negated or its event reported as not happening."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and child.lower_ in NEGATION_WORDS):
            return True
        # "neither France nor the U.S. took action", "no country has ..."
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            g.dep_ in ("preconj", "det", "neg") and g.lower_ in NEGATION_WORDS for g in child.children
        ):
            return True
    node = verb
    # A complement of "failed to", "refused to", "was unable to" did not happen.
    while node.dep_ in ("xcomp", "ccomp") and node.head != node:
        governor = node.head
        if governor.lemma_ in NEGATIVE_IMPLICATIVES or governor.lemma_ in NEGATIVE_ADJECTIVES:
            return True
        if any(c.dep_ == "neg" for c in governor.children) and node.dep_ == "xcomp":
            return True
        node = governor
    if verb.dep_ == "acomp" and verb.lemma_ in NEGATIVE_ADJECTIVES:
        return True
    return False


def negated_noun(noun: Token) -> bool:
    """"no contact with", "without talks": the noun's event did not happen."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in NEGATION_WORDS for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "without"
    )


def modals(verb: Token) -> set[str]:
    """Modal auxiliaries on the verb or on the verb it depends on as an infinitive."""
    found = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        found |= {c.lower_ for c in verb.head.children if c.dep_ == "aux" and c.tag_ == "MD"}
    return found


def conditional(verb: Token) -> bool:
    """True when the verb heads (or sits in) an if/unless clause."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head == node:
            return False
        node = node.head
    return False
