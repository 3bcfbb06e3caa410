"""Dependency patterns: where subjects, targets and modifiers stand in a spaCy
parse (ClearNLP labels, as the English pipelines use), and the clause-level
tests (negation, hedging) that decide whether an event is asserted.

Functions take and return spaCy tokens; nothing here knows about actors.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

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


# --- the parse as tables ----------------------------------------------------------------
# spaCy makes a new Token object on every step through the parse (each child,
# each index); the extractor walks the same tree many times, so the children
# of every token of the document being read are tabled once, per thread.
_tables = threading.local()


def table_children(doc: Doc, tokens: list[Token]) -> None:
    """Table the children of every token of ``doc`` (``tokens``: ``list(doc)``)
    for this thread; done again whenever another document comes up."""
    table: dict[int, list[Token]] = {}
    for i, head in enumerate(doc.to_array("HEAD").astype("int64").tolist()):
        if head:
            table.setdefault(i + head, []).append(tokens[i])
    _tables.doc, _tables.children = doc, table


def _children_table(token: Token) -> dict[int, list[Token]]:
    doc = token.doc
    if getattr(_tables, "doc", None) is not doc:
        table_children(doc, list(doc))
    return _tables.children


def kids(token: Token) -> list[Token]:
    """``token.children``, in text order, without making new Token objects."""
    return _children_table(token).get(token.i, _NONE)


def lefts(token: Token) -> list[Token]:
    """``token.lefts``: the children before it."""
    i = token.i
    return [c for c in _children_table(token).get(i, _NONE) if c.i < i]


def rights(token: Token) -> list[Token]:
    """``token.rights``: the children after it."""
    i = token.i
    return [c for c in _children_table(token).get(i, _NONE) if c.i > i]


_NONE: list[Token] = []


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Mali, Burkina Faso and Niger")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    group: list[Token] = []
    stack = [first]
    while stack:
        for child in kids(stack.pop()):
            if child.dep_ == "conj":
                group.append(child)
                stack.append(child)
    if not group:
        return [token]
    others = sorted((t for t in [first, *group] if t.i != token.i), key=lambda t: t.i)
    return [token, *others]


def children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = frozenset(deps)
    return [child for child in kids(token) if child.dep_ in wanted]


def particle(verb: Token) -> str | None:
    """The verb particle of a phrasal verb ("pull out" -> "out")."""
    for child in kids(verb):
        if child.dep_ == "prt":
            return child.lower_
    return None


def prepositions(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs on a head, following coordinated prepositions
    ("sanctions on the putschists and on Niger") and coordinated objects."""
    for child in kids(head):
        # "turning away from France", "pulled back from": the preposition hangs from the particle.
        if child.dep_ in ("advmod", "prt") and child.lower_ in PARTICLE_ADVERBS:
            yield from prepositions(child)
            continue
        if child.dep_ not in ("prep", "agent", "dative") or child.pos_ not in ("ADP", "SCONJ"):
            continue
        for prep in conjuncts(child):
            word = prep.lower_
            for obj in kids(prep):
                if obj.dep_ in ("pobj", "pcomp"):
                    for target in conjuncts(obj):
                        yield word, target
            # "move closer to", "out of": two-word prepositions put the object on the second word.
            for inner in kids(prep):
                if inner.dep_ == "prep":
                    for obj in kids(inner):
                        if obj.dep_ == "pobj":
                            yield inner.lower_, obj


def agents(verb: Token) -> list[Token]:
    """Objects of "by" in a passive clause."""
    return [obj for prep in children(verb, ("agent",)) for obj in kids(prep) if obj.dep_ == "pobj"]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in kids(verb))



def negated(verb: Token) -> bool:
    """True when the clause of ``verb`` is negated or its event reported as not happening."""
    for child in kids(verb):
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and child.lower_ in NEGATION_WORDS):
            return True
        # "neither France nor the U.S. took action", "no country has ..."
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            g.dep_ in ("preconj", "det", "neg") and g.lower_ in NEGATION_WORDS for g in kids(child)
        ):
            return True
    node = verb
    # A complement of "failed to", "refused to", "was unable to" did not happen.
    while node.dep_ in ("xcomp", "ccomp") and node.head != node:
        governor = node.head
        if governor.lemma_ in NEGATIVE_IMPLICATIVES or governor.lemma_ in NEGATIVE_ADJECTIVES:
            return True
        if any(c.dep_ == "neg" for c in kids(governor)) and node.dep_ == "xcomp":
            return True
        node = governor
    if verb.dep_ == "acomp" and verb.lemma_ in NEGATIVE_ADJECTIVES:
        return True
    return False


def negated_noun(noun: Token) -> bool:
    """"no contact with", "without talks": the noun's event did not happen."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in NEGATION_WORDS for c in kids(noun)) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "without"
    )


def modals(verb: Token) -> set[str]:
    """Modal auxiliaries on the verb or on the verb it depends on as an infinitive."""
    found = {c.lower_ for c in kids(verb) if c.dep_ == "aux" and c.tag_ == "MD"}
    if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        found |= {c.lower_ for c in kids(verb.head) if c.dep_ == "aux" and c.tag_ == "MD"}
    return found


def conditional(verb: Token) -> bool:
    """True when the verb heads (or sits in) an if/unless clause."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in kids(node)):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head == node:
            return False
        node = node.head
    return False
