"""Events in a sentence: predicates (verbs, support-verb + noun pairs, event
nouns) with their agents and targets resolved to actors.

The walk over a sentence:

1. every noun phrase is resolved to actors first, in text order, so that later
   phrases can refer back to earlier ones;
2. standing relations (titles, appositions) are read (``standing``);
3. each verb is typed (``relations``) and its agent and target found: the
   subject, or the object of "by" when passive, or the subject it shares with
   the verb it depends on; the target in the slots its sense allows;
4. each event noun not already used by a verb is typed, with its agent from its
   possessive, modifier or by/from-phrase and its target from its prepositions.

Negated events are dropped; hedged or conditional ones are kept only when they
are threats or requests.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

from spacy.tokens import Span, Token

from actorgraph.extract.actors import REFER_WINDOW, DocumentActors, Event, Ref
from actorgraph.extract.lexicon import Lexicon, Sense
from actorgraph.extract.patterns import (
    DATIVE_DEPS,
    FUTURE_MODALS,
    HEDGE_MODALS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    agents,
    conditional,
    conjuncts,
    is_passive,
    kids,
    lefts,
    modals,
    negated,
    negated_noun,
    particle,
    prepositions,
)
from actorgraph.extract.relations import (
    ALLIANCE_WORDS,
    ATTITUDE_TYPES,
    BUNDLE_NOUNS,
    CLOSABLE,
    COMMITMENT_NOUNS,
    DECISION_NOUNS,
    EVENTIVE_NOUNS,
    FOUNDING_VERBS,
    HOLDING_PARTICIPLES,
    LEAVING_VERBS,
    MUTUAL_TYPES,
    NON_ASSERTING_GOVERNORS,
    OF_AGENT_NOUNS,
    PATIENT_NOUN_TYPES,
    PROPERTY_TARGET_TYPES,
    PROPOSAL_NOUNS,
    RECIPIENT_VERBS,
    REQUEST_NOUNS,
    SEIZING_VERBS,
    SUMMARY_NOUNS,
    Reading,
    bundled,
    committed,
    ended,
    noun_senses,
    verb_readings,
)
from actorgraph.extract.standing import StandingRelations
from actorgraph.ontology import ActorKind, Polarity, RelationType as R

# Verbs whose object, not subject, does what their infinitive says: "urged them
# to step aside", "would lead them to pull out".
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "force", "allow", "help", "enable", "push", "order", "persuade", "lead", "encourage", "call",
     "press", "invite", "tell", "compel", "oblige", "get", "want", "warn", "give", "prompt", "spur", "drive"}
)
# Verbs that name or judge their object when they take a second complement
# ("called it a historic moment"), not the event their own sense would be.
NAMING_VERBS = frozenset({"call", "name", "label", "term", "dub", "describe", "consider", "deem", "see", "view"})
# Verbs whose object event does not happen: "prevented an attack".
PREVENTING_VERBS = frozenset({"avoid", "prevent", "stop", "avert", "thwart", "foil", "halt", "block", "veto", "cancel", "postpone", "delay"})
# Verbs of weighing an act: a hostile act weighed is a threat ("is considering
# sanctions against"), a cooperative one nothing yet.
CONTEMPLATING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "review", "explore", "discuss", "prepare", "plan", "propose", "draft"})
# Verbs that stop another's act before it happens; ending a hostile act this
# way is no concession to its target.
BLOCKING_VERBS = frozenset({"block", "veto", "obstruct"})
# Adjectives of stated willingness: "ready to open its border", "willing to talk".
READY_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined"})
# Commands that, with a verb of leaving, expel: "ordered the ambassador to leave".
COMMANDING_VERBS = frozenset({"order", "instruct", "command", "tell", "direct"})
DEPARTING_VERBS = frozenset({"leave", "depart", "quit", "exit", "go"})
# Verbs of arranging talks between others: the host or mediator consults each party.
MEDIATING_VERBS = frozenset({"host", "mediate", "broker", "facilitate", "convene", "organise", "organize"})
# Verbs whose complement is the act itself: "keep supporting", "continue to arm".
ASPECTUAL_VERBS = frozenset({"keep", "continue", "start", "begin", "resume", "go", "carry"})
# Verbs of warning: a warning addressed to someone about a third actor's acts.
WARNING_VERBS = frozenset({"warn", "caution", "alert"})
# Nouns whose content clause is alleged, not asserted ("claims that it arms the rebels").
ALLEGATION_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "report", "rumour", "rumor", "suggestion", "speculation", "assertion", "charge", "fear", "concern", "suspicion"}
)
# A deadline or ultimatum given to someone: "gave the junta one week to ...".
DEADLINE_VERBS = frozenset({"give", "grant", "set", "allow", "issue", "impose"})
DEADLINE_NOUNS = frozenset({"week", "day", "month", "hour", "deadline", "ultimatum"})
# A border stands for the state on its other side ("the border with Nigeria").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Verbs that put their object into a custody noun: "placed under house arrest".
CUSTODY_VERBS = frozenset({"place", "put", "keep", "hold", "take"})
# Participles after a hyphenated actor that make the actor the driver of the
# thing named: "the Nigerian-led plan", "a Qatari-brokered deal".
DRIVING_PARTICIPLES = frozenset({"led", "backed", "brokered", "sponsored", "proposed", "drafted", "mediated", "supported", "funded"})
# Nouns whose "of"-complement event has the same agent: "statements of support
# for X" are the support of whoever issued the statements.
CONTAINER_NOUNS = frozenset({"statement", "message", "expression", "declaration", "letter", "word", "show", "gesture", "sign", "note", "offer", "pledge"})
# Verbs that move forces: in the passive without an agent, the forces' state
# moved them ("3,000 Nigerien troops have been moved to the border").
TROOP_MOVEMENTS = frozenset({"station", "deploy", "move", "send", "base", "position", "withdraw", "pull", "redeploy"})
# Verbs whose object carries out the purpose clause: "sent an envoy to meet".
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "task", "assign", "mandate", "appoint"})
# Relative pronouns: the subject of a relative clause is its head noun.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Conjunctions that make an act withheld wait on another's ("will not sign until X leaves").
WITHHOLDING_MARKS = frozenset({"until", "unless", "till"})
# Nouns that stand for part of a group: "members of the council", "one of them".
PARTITIVES = frozenset({"group", "member", "one", "some", "many", "most", "all", "both", "several", "part", "number", "hundreds", "thousands", "dozens", "leaders", "units"})
# Types that may stand under a hedge or condition: a threat or a demand is a
# statement about a possible act.
HEDGEABLE = frozenset({R.THREATEN, R.REQUEST})
# Parts of speech that can head a phrase naming an actor.
MENTION_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM"})
# Verbs listing the members of a body: "includes", "is made up of".
MEMBERSHIP_VERBS = frozenset({"include", "comprise", "consist", "make", "encompass", "unite"})
BODY_KINDS = frozenset({ActorKind.IGO, ActorKind.ARMED_GROUP, ActorKind.ORG, ActorKind.MILITARY})
# What a verb of naming calls an actor that accuses it: "declared them terrorists".
BRANDING_WORDS = frozenset({"terrorist", "terrorism", "criminal", "enemy", "aggressor", "traitor", "illegal", "outlaw", "rogue"})
# Acts of force: coordinated owners of one force act together ("American and
# British warplanes struck").
FORCE_TYPES = frozenset({R.ASSAULT, R.MOBILIZE, R.COERCE})
# Nouns of shooting that, owned, stand for the shooter ("killed by Pakistani fire").
FIRE_NOUNS = frozenset({"fire", "gunfire", "artillery", "shellfire", "sniper"})
# Diplomatic missions: closing one's own in a country downgrades relations with it.
MISSIONS = frozenset({"embassy", "consulate", "mission"})
# Participles whose by-phrase is a go-between, not an agent ("a ceasefire mediated by Malaysia").
GO_BETWEEN_PARTICIPLES = frozenset({"mediate", "broker", "facilitate", "host", "arrange"})
# Hostile acts that, announced by their actor for the future, are threats.
ANNOUNCED_THREATS = frozenset({R.ASSAULT, R.MOBILIZE, R.COERCE, R.SANCTION})
# Verbs of fighting each other: with two sides as subject and no target, each
# attacks the other ("exchanged fire", "clashed").
RECIPROCAL_VERBS = frozenset({"exchanged", "traded", "clashed", "fought", "battled", "exchange", "trade", "clash", "fight", "battle"})
# Adverbs of acting together.
JOINT_WORDS = frozenset({"jointly", "together"})
# Modifiers of an event noun that make it a joint act ("held trilateral naval exercises").
JOINT_MODIFIERS = frozenset({"joint", "bilateral", "trilateral", "multilateral", "combined"})
# Tags of finite verbs (past, present), which an infinitive cannot coordinate.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Standing relations are no events to refer back to.
STANDING_TYPES = frozenset({R.ALLY_OF, R.MEMBER_OF, R.LEADER_OF})
# Joint acts whose object is as much an agent as the subject (SPEC.md: matched in either direction).
SYMMETRIC_TYPES = frozenset({R.CONSULT, R.COOPERATE})
# Nouns a denial or rebuttal takes: "denied the accusation", "rejected the criticism".
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "criticism", "condemnation", "report", "assertion", "suggestion", "complaint"})
ACCUSE_TYPE = R.ACCUSE
# What a denial answers, and what a retaliation answers.
ACCUSING_TYPES = frozenset({R.ACCUSE})
ATTACKING_TYPES = frozenset({R.ASSAULT, R.COERCE, R.MOBILIZE})
# Types an attitude to a referred event may take that event's agent as target.
REFERRING_ATTITUDES = frozenset({R.REJECT, R.ACCUSE, R.SUPPORT, R.AGREE, R.CONCEDE})
# Base confidence by how the predicate was read.
PATTERN_CONFIDENCE = {"verb": 0.9, "light": 0.85, "terminative": 0.8, "commitment": 0.8, "noun": 0.75, "mutual": 0.7}
FUTURE_FACTOR = 0.85
BLOCKED_FACTOR = 0.7
HEDGE_FACTOR = 0.6
# Prepositions after which an event noun's agent is the clause subject: "marched
# in support of", "remain in touch with", "are at war with".
CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "at", "into"})
# Targets of an event noun's own prepositions, for nouns that are objects of a
# typed verb ("threatened sanctions against Niger").
NOUN_TARGET_PREPOSITIONS = frozenset({"against", "on", "to", "with", "into", "toward", "towards", "for", "between", "of"})


_HEADS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _heads(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas of nouns and verbs that can report an event, computed once per
    lexicon: a quick test before the work on each token.

    Nouns: the lexicon's, and nouns that take an infinitive or bundle events.
    Verbs: the lexicon's, the verb classes, and copulas ("was ready to")."""
    heads = _HEADS.get(id(lexicon))
    if heads is None:
        nouns = lexicon.noun_heads | COMMITMENT_NOUNS | DECISION_NOUNS | REQUEST_NOUNS | BUNDLE_NOUNS
        verbs = (
            frozenset(key.split()[0] for key in lexicon.verbs)
            | frozenset(key.split()[0] for key in lexicon.light | lexicon.terminative) | lexicon.intent | lexicon.refusal
            | WARNING_VERBS | NAMING_VERBS | COMMANDING_VERBS | CUSTODY_VERBS | DEADLINE_VERBS | MEDIATING_VERBS
            | MEMBERSHIP_VERBS | {"declare", "brand"}
            | {"be", "remain", "seem", "appear", "become"}
        )
        heads = _HEADS[id(lexicon)] = (nouns, verbs)
    return heads


def verbal(token: Token) -> bool:
    """A verb, or an infinitive the tagger took for a noun ("offered to host talks")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(token))


def finite_head(verb: Token) -> Token:
    """What a coordinated verb is coordinated with: "urged Rwanda to withdraw
    and called on the M23" is parsed with "called" under "withdraw", but a
    finite verb goes with the finite verb above the infinitive."""
    head = verb.head
    if verb.tag_ not in FINITE_TAGS:
        return head
    while head.tag_ not in FINITE_TAGS and head.dep_ in ("xcomp", "ccomp", "conj", "advcl") and head.head != head:
        head = head.head
    return head if head.tag_ in FINITE_TAGS else verb.head


@dataclass(frozen=True)
class Found:
    subject: Ref
    type: R
    object: Ref
    phrase: str
    confidence: float
    predicate: int


class SentenceEvents:
    """Extracts the events and standing relations of the sentences of one article."""

    def __init__(self, actors: DocumentActors, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.standing = StandingRelations(actors, lexicon)
        self._event_heads, self._verb_heads = _heads(lexicon)
        self._used_nouns: set[int] = set()

    # --- the sentence walk ------------------------------------------------------------
    def sentence(self, sent: Span) -> list[Found]:
        tokens = self.actors.tokens[sent.start : sent.end]
        pos = self.actors.pos[sent.start : sent.end]
        if not self._mentions(tokens, pos):
            # No phrase in the sentence names an actor: no event can have an agent.
            return []
        found: list[Found] = [
            Found(s.subject, s.type, s.object, s.phrase, s.confidence * s.subject.confidence * s.object.confidence, sent.start)
            for s in self.standing.sentence(sent, tokens, pos)
        ]
        verbs = self._verb_heads
        for token, tag in zip(tokens, pos):
            if (tag == "VERB" or tag == "AUX") and token.lemma_.lower() in verbs and token.dep_ != "aux" and token.dep_ != "auxpass":
                found.extend(self._noted(self._verb(token)))
        for token in tokens:
            if token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX"):
                found.extend(self._noted(self._held_until(token)))
        nouns = self._event_heads
        for token, tag in zip(tokens, pos):
            if (tag == "NOUN" or tag == "PROPN") and token.i not in self._used_nouns and token.lemma_.lower() in nouns:
                found.extend(self._noted(self._noun(token)))
        return self._unique([f for f in found if f.confidence > 0])

    def _noted(self, found: list[Found]) -> list[Found]:
        """Events as they are found, remembered at once: a later clause of the
        same sentence may refer back to them ("..., a charge Kigali denies")."""
        for item in found:
            if item.confidence > 0 and item.type not in STANDING_TYPES:
                self.actors.note_event(Event(item.subject, item.type, item.object, item.predicate))
        return found

    def _mentions(self, tokens: list[Token], pos: list[str]) -> int:
        """Resolve the sentence's phrases in text order, remembering the actors
        named; how many phrases named one."""
        named = 0
        roots = self.actors.entity_root
        for token, tag in zip(tokens, pos):
            root = roots.get(token.i)
            if root is not None and root != token.i:
                continue
            if root is None and tag not in MENTION_POS:
                continue
            if root is None and tag != "PRON" and tag != "PROPN" and not self.actors.may_name(token):
                continue
            if token.dep_ == "conj" and token.head.i in self.actors.cache:
                continue
            refs = [r for c in self.actors.coordinated(token) for r in self.actors.resolve(c)]
            self.actors.note(refs)
            named += bool(refs)
        return named

    @staticmethod
    def _unique(found: list[Found]) -> list[Found]:
        best: dict[tuple[str, R, str], Found] = {}
        for item in found:
            if item.subject.actor.id == item.object.actor.id:
                continue
            key = (item.subject.actor.id, item.type, item.object.actor.id)
            if key not in best or item.confidence > best[key].confidence:
                best[key] = item
        return list(best.values())

    # --- verbs -----------------------------------------------------------------------------
    def _verb(self, verb: Token) -> list[Found]:
        if negated(verb) or self._requested_only(verb):
            return []
        factor = self._assertion(verb)
        found: list[Found] = []
        subjects = self.subjects(verb)
        if verb.lemma_.lower() in self.lexicon.intent:
            found.extend(self._commitment(verb, subjects, factor))
        if verb.lemma_.lower() in self.lexicon.refusal:
            found.extend(self._refusal(verb, subjects, factor))
        for ready in (c for c in kids(verb) if c.dep_ == "acomp" and c.lemma_.lower() in READY_ADJECTIVES):
            # "was ready to open its border": a stated willingness is a commitment.
            found.extend(self._commitment(ready, subjects, factor))
        if verb.lemma_.lower() in COMMANDING_VERBS and self._ordered_out(verb):
            # "ordered Russian border guards to leave": an expulsion.
            targets = self._all([c for c in kids(verb) if c.dep_ in OBJECT_DEPS])
            return [f for f in self._emit(verb, Reading(R.SANCTION, (), f"{verb.text} to leave", "verb"), subjects, targets, factor) if f.confidence > 0]
        if verb.lemma_.lower() in WARNING_VERBS:
            about = self._warned_about(verb)
            if about:
                reading = Reading(R.ACCUSE, (), verb.text, "verb")
                return [f for f in self._emit(verb, reading, subjects, about, abs(factor)) if f.confidence > 0]
        if verb.lemma_.lower() in WARNING_VERBS:
            threatened = self._warned_of(verb, subjects)
            if threatened:
                reading = Reading(R.THREATEN, (), verb.text, "verb")
                found.extend(self._emit(verb, reading, subjects, threatened, abs(factor)))
        if verb.lemma_.lower() in MEMBERSHIP_VERBS:
            found.extend(self._membership(verb, factor))
        if verb.lemma_.lower() == "declare":
            unwelcome = self._declared_unwelcome(verb)
            if unwelcome:
                return [f for f in self._emit(verb, Reading(R.SANCTION, (), "declared persona non grata", "verb"), subjects, unwelcome, factor) if f.confidence > 0]
        if verb.lemma_.lower() in NAMING_VERBS | {"declare", "brand"}:
            branded = self._branded(verb)
            if branded:
                # "declared the NUG a terrorist organisation": an accusation.
                found.extend(self._emit(verb, Reading(R.ACCUSE, (), verb.text, "verb"), subjects, branded, factor))
                return [f for f in found if f.confidence > 0]
        if verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ in ("oprd", "attr") for c in kids(verb)):
            # "calling it a historic moment": naming, not an event.
            return [f for f in found if f.confidence > 0]
        light = self._light(verb, subjects, factor)
        opposed = False
        # "held talks": a support verb with an event noun means the noun's event,
        # not the verb's own sense ("hold" = detain), when that event was found.
        if not found and not light:
            for reading in verb_readings(verb, self.lexicon):
                # Those who broker or host talks together do not consult each other.
                mutual = verb.lemma_.lower() not in MEDIATING_VERBS
                targets = self.targets(verb, reading)
                found.extend(self._emit(verb, reading, subjects, targets, factor, mutual=mutual))
                if not targets and reading.type.polarity is Polarity.HOSTILE and reading.phrase.lower().split()[0] in RECIPROCAL_VERBS:
                    found.extend(self._reciprocal(verb, reading, subjects, factor))
                    opposed = True
        found.extend(light)
        if not opposed:
            # "Cambodian and Thai troops clashed": sides fighting each other act against, not together.
            found.extend(self._joint(verb, subjects, found, factor))
        found.extend(self._deadline(verb, subjects, factor))
        if verb.lemma_.lower() in CUSTODY_VERBS:
            found.extend(self._custody(verb, subjects, factor))
        if self._announced_own(verb, subjects):
            # "Russia said it would retaliate against Ukraine": a hostile act the
            # actor announces it will do is a threat, not the act.
            found = [replace(f, type=R.THREATEN) if f.type in ANNOUNCED_THREATS else f for f in found]
        return [f for f in found if f.confidence > 0]

    def _announced_own(self, verb: Token, subjects: list[Ref]) -> bool:
        """The verb is a future act its own actor announces: "X said it would ..."."""
        if not modals(verb) & FUTURE_MODALS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lexicon.reporting:
            return False
        if verb.lemma_.lower() in ASPECTUAL_VERBS:
            # "said it would continue its strikes": the act goes on, it is not threatened.
            return False
        speakers = {side for ref in self.subjects(verb.head) for side in self.actors.sides(ref.actor)}
        return bool(subjects) and all(self.actors.sides(ref.actor) & speakers for ref in subjects)

    def _warned_of(self, verb: Token, subjects: list[Ref]) -> list[Ref]:
        """"warned that any French troops sent there would be treated as
        targets": what the warning says would be done to an actor threatens it."""
        if any(c.dep_ in OBJECT_DEPS for c in kids(verb)):
            return []
        own = {side for ref in subjects for side in self.actors.sides(ref.actor)}
        for clause in kids(verb):
            if clause.dep_ == "ccomp" and is_passive(clause) and (modals(clause) or conditional(clause)):
                patients = self._all([c for c in kids(clause) if c.dep_ in PASSIVE_SUBJECT_DEPS])
                return [p for p in patients if p.how != "pronoun" and p.actor.id not in own]
        return []

    def _membership(self, verb: Token, factor: float) -> list[Found]:
        """"The bloc, which includes Kenya and Uganda", "the alliance is made up
        of three groups": the members of a body its verb lists."""
        lemma = verb.lemma_.lower()
        if lemma == "make" and not (particle(verb) == "up" and is_passive(verb)):
            return []
        described = None
        if is_passive(verb):
            patients = [c for c in kids(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in patients):
                # "the alliance, which is made up of ...": the noun the clause describes.
                described = self.actors.antecedent(verb)
                bodies = self.actors.resolve(described)
            else:
                bodies = self._all(patients)
        else:
            bodies = self.subjects(verb)
        bodies = [b for b in bodies if b.actor.kind in BODY_KINDS]
        if lemma in ("make", "consist"):
            listed = [c for word, obj in prepositions(verb) if word == "of" for c in self.actors.coordinated(obj)]
            if described is not None:
                # The parser often hangs the rest of the list on the described noun.
                listed += [c for c in conjuncts(described) if c.i > verb.i]
            members = [r for c in listed for r in self._resolve_np(c)]
        else:
            members = self._all([c for c in kids(verb) if c.dep_ in OBJECT_DEPS])
        members = [m for m in members if m.how != "pronoun" and m.actor.kind is not ActorKind.PERSON]
        reading = Reading(R.MEMBER_OF, (), verb.text, "verb")
        return self._emit(verb, reading, members, bodies, abs(factor))

    def _declared_unwelcome(self, verb: Token) -> list[Ref]:
        """"declared the Serbian ambassador persona non grata": an expulsion of the
        envoy's state (the small model parses the Latin as a clause, so the words
        are read from the verb's subtree)."""
        words = [t for c in kids(verb) if c.dep_ not in SUBJECT_DEPS for t in c.subtree]
        if "grata" not in {t.lower_ for t in words}:
            return []
        envoys = [t for t in words if self.lexicon.noun_classes.get(t.lemma_.lower()) == "diplomat"]
        # "declared Lula persona non grata": a named person too.
        named = [
            t for t in words
            if t.i in self.actors.entity_at
            and self.actors.entity_at[t.i].root == t
            and (t.dep_ in ("nsubj", "dobj", "nsubjpass") or t.head.lower_ in ("persona", "non", "grata"))
        ]
        return [r for t in envoys + named for r in self._target_np(t, R.SANCTION) if r.how != "pronoun"]

    def _branded(self, verb: Token) -> list[Ref]:
        """The actors a verb of naming calls terrorists, criminals or enemies."""
        objects = [c for c in kids(verb) if c.dep_ in OBJECT_DEPS]
        words = {t.lemma_.lower() for c in kids(verb) if c.dep_ not in SUBJECT_DEPS for t in c.subtree}
        if not objects or not words & BRANDING_WORDS:
            return []
        return [r for r in self._all(objects) if r.how != "pronoun"]

    @staticmethod
    def _joint(verb: Token, subjects: list[Ref], found: list[Found], factor: float) -> list[Found]:
        """Actors who act together cooperate: "jointly financed", "American and
        British warplanes struck" (one phrase naming both as one force)."""
        distinct = list({s.actor.id: s for s in subjects}.values())
        if len(distinct) < 2:
            return []
        heads = {s.token for s in distinct}
        ids = {s.actor.id for s in distinct}
        one_force = (
            len(heads) == 1
            # "Indian and Chinese troops clashed, killing 20 Indian soldiers": a
            # force does not strike one of its own members.
            and not any(f.object.actor.id in ids for f in found)
            and any(f.type in FORCE_TYPES for f in found)
            and any(c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in kids(c)) for c in kids(verb.doc[next(iter(heads))]))
        )
        # "jointly financed", "held joint drills"
        joint = any(c.lower_ in JOINT_WORDS for c in kids(verb)) or any(
            m.lower_ in JOINT_MODIFIERS for c in kids(verb) if c.dep_ in OBJECT_DEPS for m in lefts(c)
        )
        if not (one_force or joint):
            return []
        return [
            Found(a, R.COOPERATE, b, verb.text, PATTERN_CONFIDENCE["mutual"] * abs(factor), verb.i)
            for a, b in combinations(distinct, 2)
            if a.actor.kind is not ActorKind.PERSON and b.actor.kind is not ActorKind.PERSON
        ]

    @staticmethod
    def _reciprocal(verb: Token, reading: Reading, subjects: list[Ref], factor: float) -> list[Found]:
        """"India and Pakistan exchanged fire", "traded accusations": each side did it to the other."""
        distinct = list({s.actor.id: s for s in subjects}.values())
        confidence = PATTERN_CONFIDENCE["mutual"] * abs(factor)
        return [Found(a, reading.type, b, reading.phrase, confidence, verb.i) for a in distinct for b in distinct if a is not b]

    @staticmethod
    def _ordered_out(verb: Token) -> bool:
        # "ordered French troops to leave", "ordered Ethiopian troops out of the country"
        return any(
            (c.dep_ == "xcomp" and c.lemma_.lower() in DEPARTING_VERBS) or (c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod"))
            for c in kids(verb)
        )

    def _warned_about(self, verb: Token) -> list[Ref]:
        """"warned Tonga that China was practising coercion": a warning about what
        a third actor does accuses that actor; it threatens no one."""
        listeners = {r.actor.id for r in self._all([c for c in kids(verb) if c.dep_ in OBJECT_DEPS])}
        speakers = {r.actor.id for r in self.subjects(verb)}
        speakers |= {self.actors.affiliation[s] for s in speakers if s in self.actors.affiliation}
        for clause in kids(verb):
            if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX"):
                # "warned Hezbollah that Israel would respond": a threat, not an accusation.
                if modals(clause) or conditional(clause) or any(c.dep_ == "advcl" and conditional(c) for c in kids(clause)):
                    return []
                actors = self._all([c for c in kids(clause) if c.dep_ in SUBJECT_DEPS])
                actors = [a for a in actors if a.how != "pronoun" and a.actor.id not in listeners | speakers]
                if actors and listeners:
                    return actors
        return []

    def _assertion(self, verb: Token) -> float:
        """Confidence factor for the verb's clause: 1 when asserted, lower when
        future, negative (drop unless a threat or demand) when hedged."""
        mods = modals(verb)
        if mods & HEDGE_MODALS or conditional(verb):
            return -HEDGE_FACTOR
        if mods & FUTURE_MODALS:
            return FUTURE_FACTOR
        return 1.0

    def _requested_only(self, verb: Token) -> bool:
        """An infinitive under "urge", "want", "threaten", or after a deadline
        ("gave them a week to free him"): its event != asserted."""
        node = verb
        for _ in range(4):
            # "warned NATO against sending troops", "accused Kyiv of sabotaging": the
            # act after against/of/from is warned about or alleged, not asserted.
            if node.dep_ == "pcomp" and node.head.lower_ in ("against", "of", "from", "without"):
                return True
            # "rejected claims that it arms the rebels": a reported allegation.
            if node.dep_ in ("acl", "ccomp") and node.head.lemma_.lower() in ALLEGATION_NOUNS:
                return True
            infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(node))
            purpose = node.dep_ == "advcl" and infinitive
            if purpose and any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(node)):
                # "called for Georgia to join the EU": wanted, not done.
                return True
            if not purpose and (node.dep_ not in ("xcomp", "ccomp", "conj", "acl") or node.head == node):
                return False
            governor = node.head
            if node.dep_ == "conj":
                node = finite_head(node)
                continue
            lemma = governor.lemma_.lower()
            if purpose:
                if self._deadline_noun(governor) is not None:
                    return True
            elif lemma in NON_ASSERTING_GOVERNORS or (
                # "the decision to expel": planned; "a move condemned by China": done.
                node.dep_ == "acl" and node.tag_ != "VBN" and lemma in (REQUEST_NOUNS | COMMITMENT_NOUNS | DECISION_NOUNS | PROPOSAL_NOUNS)
            ):
                return True
            node = governor
        return False

    @staticmethod
    def _deadline_noun(verb: Token) -> Token | None:
        """"gave the junta one week", "set a deadline": the time granted."""
        if verb.lemma_.lower() not in DEADLINE_VERBS:
            return None
        for child in kids(verb):
            if child.dep_ in OBJECT_DEPS | DATIVE_DEPS | {"npadvmod"} and child.lemma_.lower() in DEADLINE_NOUNS:
                return child
        return None

    def _deadline(self, verb: Token, subjects: list[Ref], factor: float) -> list[Found]:
        """A deadline given to someone is a demand on them (an ultimatum, a threat)."""
        noun = self._deadline_noun(verb)
        if noun is None:
            return []
        targets = self._all([c for c in kids(verb) if c.dep_ in OBJECT_DEPS | DATIVE_DEPS and c != noun])
        relation = R.THREATEN if noun.lemma_.lower() == "ultimatum" else R.REQUEST
        self._used_nouns.add(noun.i)
        return self._emit(verb, Reading(relation, (), f"{verb.text} {noun.text}", "light"), subjects, targets, abs(factor))

    def _emit(self, verb: Token, reading: Reading, subjects: list[Ref], targets: list[Ref], factor: float,
              kind: str | None = None, mutual: bool = False) -> list[Found]:
        relation = reading.type
        lemma = verb.lemma_.lower()
        founding = lemma in FOUNDING_VERBS and relation in (R.MEMBER_OF, R.LEADER_OF)
        if relation is R.RETREAT and lemma in LEAVING_VERBS | {"pull"}:
            bodies = [t for t in targets if t.actor.kind is ActorKind.IGO]
            if bodies:
                # Leaving a bloc presupposes membership, even when only threatened.
                member = Reading(R.MEMBER_OF, (), reading.phrase, reading.kind)
                return self._emit(verb, member, subjects, bodies, abs(factor) or 1.0, kind)
        if factor < 0 and relation not in HEDGEABLE and not founding:
            return []
        if founding and any(self._eventive(c) for c in kids(verb) if c.dep_ in OBJECT_DEPS):
            # "launched an operation against the gangs" founds nothing.
            return []
        if founding or relation is R.MEMBER_OF:
            targets = [t for t in targets if t.actor.kind in (ActorKind.IGO, ActorKind.ORG, ActorKind.ARMED_GROUP, ActorKind.MILITARY, ActorKind.STATE)]
            if founding:
                targets = [t for t in targets if t.actor.kind is not ActorKind.STATE]
                wanted = ActorKind.PERSON if relation is R.LEADER_OF else None
                subjects = [x for x in subjects if (x.actor.kind is ActorKind.PERSON) == (wanted is ActorKind.PERSON)]
        base = PATTERN_CONFIDENCE[kind or reading.kind] * abs(factor)
        found = [
            Found(s, relation, t, reading.phrase, base * s.confidence * t.confidence, verb.i)
            for s in subjects
            for t in targets
        ]
        distinct = list({x.actor.id: x for x in subjects}.values())
        if (mutual and not targets and relation in MUTUAL_TYPES) or (founding and found and self._alliance(verb)):
            mutual = R.ALLY_OF if founding else relation
            for a, b in combinations(distinct, 2):
                found.append(Found(a, mutual, b, reading.phrase, PATTERN_CONFIDENCE["mutual"] * abs(factor), verb.i))
        return found

    @staticmethod
    def _alliance(verb: Token) -> bool:
        """A founding verb whose object (with its appositions) is a defence alliance or pact."""
        words = {t.lower_ for c in kids(verb) if c.dep_ in OBJECT_DEPS for t in c.subtree}
        return bool(words & ALLIANCE_WORDS)

    # --- who did it ---------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[Ref]:
        """The agents of a verb: its subject, the by-phrase of a passive, or the
        subject it shares with the clause it depends on."""
        if is_passive(verb):
            by = self._all(agents(verb))
            if by:
                return by
            # "killed by Pakistani fire": the agent of the event that did it.
            by = [r for a in agents(verb) if self._eventive(a) or a.lemma_.lower() in FIRE_NOUNS for r in self._noun_agents(a)]
            if by:
                return by
            # "French troops were stationed in Niger": troops moved by their own state.
            moved = [c for c in kids(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if verb.lemma_.lower() in TROOP_MOVEMENTS:
                return [r for c in moved for r in self._resolve_np(c) if self.actors.role_class(self.doc_token(r)) == "owner"]
            return []
        # The parser sometimes hangs the subject on the auxiliary ("Egypt and Qatar are mediating").
        subjects = [c for c in kids(verb) if c.dep_ in SUBJECT_DEPS] or [
            s for a in kids(verb) if a.dep_ == "aux" for s in kids(a) if s.dep_ in SUBJECT_DEPS
        ]
        if subjects:
            if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return self._all([self.actors.antecedent(verb)])
            refs = self._all(subjects)
            if not refs and any(sense.type is R.ASSAULT for sense in self.lexicon.verbs.get(verb.lemma_.lower(), ())):
                # "Air strikes by Myanmar's military killed 40 people": the attack's agents kill.
                refs = [r for s in subjects if self._eventive(s) for r in self._noun_agents(s)]
            return refs
        if depth > 4 or verb.head == verb:
            return []
        head = verb.head
        if verb.dep_ == "xcomp":
            controller = [c for c in kids(head) if c.dep_ in OBJECT_DEPS]
            if controller and head.lemma_.lower() in OBJECT_CONTROL:
                return self._all(controller)
            return self.subjects(head, depth + 1)
        if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SENDING_VERBS:
            # "sent one of his junta leaders to Mali to meet ...": the one sent does it.
            sent = [c for c in kids(head) if c.dep_ in OBJECT_DEPS]
            refs = self._all(sent)
            if refs:
                return refs
        if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
            noun = self._complemented_noun(verb)
            if noun is not None:
                agents_ = self._noun_agents(noun)
                if agents_:
                    return agents_
        if verb.dep_ == "conj":
            head = finite_head(verb)
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and (head.dep_ in ("xcomp", "advcl", "pcomp") or head.tag_ == "NN" and head.lower_.endswith("ing")):
            # "spent millions arming and equipping X": the first conjunct was
            # tagged a noun, but it still shares its governor's subject.
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "pcomp" and head.head != head:
            governor = head.head
            objects = [c for c in kids(governor) if c.dep_ in OBJECT_DEPS]
            if head.lower_ in ("for", "of") and objects and governor.pos_ == "VERB":
                # "condemned Washington for selling arms", "thanked Qatar for hosting":
                # the one praised or blamed did it.
                return self._all(objects)
            return self.subjects(governor, depth + 1)
        if verb.dep_ == "relcl":
            return self._all([head])
        if verb.dep_ == "acl":
            if self._main_verb_as_modifier(verb):
                return self._all([head])
            if verb.tag_ == "VBN":
                return self._all(agents(verb))
            refs = self.actors.resolve(head)
            if refs:
                return refs
            owners = self.actors.owners(head)
            if owners:
                return owners
            governor = head.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head != governor:
                governor = governor.head
            if governor.pos_ in ("VERB", "AUX") and governor != verb:
                return self.subjects(governor, depth + 1)
        return []

    @staticmethod
    def _main_verb_as_modifier(verb: Token) -> bool:
        """"Venezuela, which has hosted talks, called on both sides ...": the
        parser, lost after the relative clause, made the main verb a modifier
        of the sentence's subject, which it left as the root."""
        head = verb.head
        return (
            head.dep_ == "ROOT"
            and head.pos_ in ("PROPN", "NOUN")
            and verb.i > head.i
            and verb.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "relcl" and c.i < verb.i for c in kids(head))
            and not any(c.dep_ in ("agent", "auxpass") for c in kids(verb))
        )

    def doc_token(self, ref: Ref) -> Token:
        return self.actors.doc[ref.token]

    def _complemented_noun(self, verb: Token) -> Token | None:
        """"hailed the decision of the junta to expel ...": an infinitive the parser
        hung on the verb but that completes the decision noun right before it."""
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(verb)):
            return None
        for obj in kids(verb.head):
            if obj.dep_ in OBJECT_DEPS and obj.right_edge.i + 1 == verb.left_edge.i:
                if obj.lemma_.lower() in COMMITMENT_NOUNS | DECISION_NOUNS | REQUEST_NOUNS:
                    return obj
        return None

    def _all(self, heads: list[Token]) -> list[Ref]:
        refs: list[Ref] = []
        for head in heads:
            for token in self.actors.coordinated(head):
                refs.extend(self._resolve_np(token))
        return refs

    def _resolve_np(self, token: Token) -> list[Ref]:
        refs = self.actors.resolve(token)
        if refs:
            return refs
        # "members of a Nigerien military council", "one of them", "a group of soldiers"
        if token.lemma_.lower() in PARTITIVES or token.lower_ in PARTITIVES or token.like_num:
            for word, obj in prepositions(token):
                if word == "of":
                    return [r for c in conjuncts(obj) for r in self.actors.resolve(c)]
        # "other countries in the region, including Burkina Faso and Mali"
        for child in kids(token):
            if child.dep_ == "prep" and child.lower_ in ("including", "like"):
                return self._all([o for o in kids(child) if o.dep_ == "pobj"])
        return []

    def _held_by(self, token: Token) -> list[Ref]:
        """"the Houthi-held port", "TNLA-controlled towns": the holder of a place."""
        doc = token.doc
        for child in lefts(token):
            if child.dep_ != "amod":
                continue
            if child.lower_ in HOLDING_PARTICIPLES and child.i >= 2 and doc[child.i - 1].text == "-":
                refs = self.actors.resolve(doc[child.i - 2])
            elif "-" in child.text and child.lower_.rsplit("-", 1)[1] in HOLDING_PARTICIPLES:
                found = self.actors.gazetteer.id_for(child.text.rsplit("-", 1)[0])
                actor = self.actors.gazetteer.actor(found) if found else None
                refs = [Ref(actor, child.text, child.idx, child.idx + len(child), "role", child.i)] if actor else []
            else:
                continue
            refs = [r for r in refs if r.actor.kind is not ActorKind.PERSON]
            if refs:
                return refs
        return []

    def _owned_by_state(self, token: Token) -> list[Ref]:
        """Something a state owns stands for it as a target: "the French embassy",
        "French-registered aircraft", "U.S. bases"."""
        if self._eventive(token):
            # "froze Armenia's participation": an act or a state of affairs is nobody's property.
            return []
        owners = [
            r
            for child in lefts(token)
            if child.dep_ in ("poss", "amod", "compound")
            for node in child.subtree
            if node.i in self.actors.entity_at and not self.actors.stance_modifier(node)
            for r in self.actors.resolve(node)
            if r.actor.kind is ActorKind.STATE
        ]
        if owners:
            return owners[:1]
        for child in kids(token):
            # "drones launched by Moscow"
            if child.dep_ == "acl" and child.tag_ == "VBN":
                found = [r for r in self._all(agents(child)) if r.actor.kind is not ActorKind.PERSON]
                if found:
                    return found
        for child in lefts(token):
            if child.dep_ in ("amod", "compound") and "-" in child.text:
                found = self.actors.gazetteer.id_for(child.text.split("-")[0])
                if found in self.actors.gazetteer.states:
                    actor = self.actors.gazetteer.actors[found]
                    return [Ref(actor, child.text, child.idx, child.idx + len(child), "role", child.i)]
        return []

    # --- what it was done to -----------------------------------------------------------------
    def targets(self, verb: Token, reading: Reading) -> list[Ref]:
        if reading.type is R.CONSULT and verb.lemma_.lower() in MEDIATING_VERBS:
            participants = self._participants(verb)
            if participants:
                return participants
        refs: list[Ref] = []
        passive = is_passive(verb)
        for slot in reading.slots:
            if slot == "dobj":
                objects = [c for c in kids(verb) if c.dep_ in OBJECT_DEPS]
                if verb.dep_ == "relcl":
                    # "Rwanda, which it accuses of ...": the relative pronoun object is the noun the clause describes.
                    objects = [self.actors.antecedent(verb) if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
                if passive:
                    objects = [c for c in kids(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS]
                    objects = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
                if verb.dep_ == "acl" and verb.tag_ == "VBN" and not objects:
                    objects = [verb.head]
                for obj in objects:
                    refs.extend(self._object(obj, reading.type, verb))
            elif slot == "dative":
                refs.extend(self._all([c for c in kids(verb) if c.dep_ in DATIVE_DEPS]))
            elif slot == "event":
                # "dismissed the claims": an eventive object stands for its agent
                # (the object that is an actor is another sense: "dismissed the minister").
                for obj in (c for c in kids(verb) if c.dep_ in OBJECT_DEPS):
                    if self._eventive(obj) and not self.actors.resolve(obj):
                        refs.extend(self._noun_agents(obj) or self._referred_agents(obj, reading.type, verb))
            elif slot == "accuser":
                # "denied arming the rebels": a denial answers whoever accused the denier.
                if not refs:
                    refs.extend(self._answered(verb, ACCUSING_TYPES))
            elif slot == "attacker":
                # "vowed to retaliate": against whoever attacked the one retaliating.
                if not refs:
                    refs.extend(self._answered(verb, ATTACKING_TYPES))
            elif slot == "clause_subject":
                for clause in kids(verb):
                    # "demanded that X leave", "called for X to leave"
                    wanted = clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(clause))
                    if clause.dep_ in ("ccomp", "xcomp") or wanted:
                        refs.extend(self._all([c for c in kids(clause) if c.dep_ in SUBJECT_DEPS]))
            else:
                for word, obj in prepositions(verb):
                    if word == slot:
                        to_border = word == "to" and obj.lemma_.lower() in BORDER_NOUNS
                        # Troops sent "to" a partner are aid, "to the border with" one a mobilisation.
                        if (reading.type is R.MOBILIZE and word == "to" and not to_border) or (
                            reading.type is R.AID and to_border
                        ):
                            continue
                        direct = self._target_np(obj, reading.type)
                        if not direct and reading.type in ATTITUDE_TYPES and self._eventive(obj):
                            # "agreed to Qatar's proposal", "bowed to the junta's demands"
                            direct = self._noun_agents(obj)
                        refs.extend(direct)
                for obj in (c for c in kids(verb) if c.dep_ in OBJECT_DEPS):
                    refs.extend(self._noun_targets(obj, (slot,)))
        if not refs and reading.type in HEDGEABLE:
            refs.extend(self._condition_subjects(verb))
        if not refs and reading.type is R.ASSAULT:
            # "killed 40 people in a village held by the PDF": the holder of where it struck.
            heads = [verb, *[c for c in kids(verb) if c.dep_ in OBJECT_DEPS]]
            refs.extend(r for h in heads for w, o in prepositions(h) if w in ("in", "at") for r in self._holder_of_place(o))
        return refs

    def _holder_of_place(self, place: Token) -> list[Ref]:
        held = self._held_by(place)
        if held:
            return held
        return [
            r
            for c in kids(place)
            if c.dep_ == "acl" and c.lower_ in HOLDING_PARTICIPLES
            for r in self._all(agents(c))
            if r.actor.kind is not ActorKind.PERSON
        ]

    def _target_np(self, token: Token, relation: R | None) -> list[Ref]:
        refs = self._resolve_np(token)
        if not refs and (token.like_num or token.lemma_.lower() in PARTITIVES):
            # "shot down 60 of the drones launched by Moscow"
            for word, obj in prepositions(token):
                if word == "of":
                    return self._target_np(obj, relation)
        if not refs and token.lemma_.lower() in BORDER_NOUNS:
            # "moved troops to the border with Nigeria": the other side of the border,
            # also when the parser hangs the with-phrase on the verb.
            refs = [r for w, o in prepositions(token) if w == "with" for r in self._resolve_np(o)]
            if not refs and token.dep_ == "pobj" and verbal(token.head.head):
                refs = [r for w, o in prepositions(token.head.head) if w == "with" for r in self._resolve_np(o)]
        seizing = relation is R.COERCE and token.head.lemma_.lower() in SEIZING_VERBS
        if not refs and relation is not None and (relation in PROPERTY_TARGET_TYPES or seizing):
            refs = self._held_by(token) or self._owned_by_state(token)
        if not refs and relation is R.ASSAULT and token.lemma_.lower() in self.lexicon.roles.sites:
            # "struck an oil refinery in southern Russia": the state the site is in.
            refs = [r for w, o in prepositions(token) if w in ("in", "inside") for r in self._resolve_np(o) if r.actor.kind is ActorKind.STATE]
        if not refs and relation not in STANDING_TYPES:
            # A "UN-backed mission" stands for the UN as a target, but leading or
            # joining it is not leading or joining the UN.
            refs = self._driven_by(token)
        return refs

    def _driven_by(self, noun: Token) -> list[Ref]:
        """"the Nigerian-led idea", "a U.S.-backed plan": a thing stands for the
        actor that leads or backs it."""
        for child in lefts(noun):
            if child.dep_ != "amod":
                continue
            if "-" in child.text and child.text.rsplit("-", 1)[1].lower() in DRIVING_PARTICIPLES:
                found = self.actors.gazetteer.id_for(child.text.rsplit("-", 1)[0])
                if found:
                    actor = self.actors.gazetteer.actors[found]
                    return [Ref(actor, child.text, child.idx, child.idx + len(child), "role", child.i)]
            if child.lower_ in DRIVING_PARTICIPLES:
                for grandchild in kids(child):
                    if grandchild.dep_ in ("npadvmod", "compound", "nmod") and grandchild.i in self.actors.entity_at:
                        return self.actors.resolve(grandchild)
        return []

    def _object(self, obj: Token, relation: R, verb: Token) -> list[Ref]:
        """The target a direct object gives: the actor it names, or for an event
        noun, its agent (attitudes) or its own target (threats, sanctions)."""
        refs: list[Ref] = []
        for token in conjuncts(obj):
            if token.i in self.actors.title_owner_tokens:
                continue
            summarised = self._summarised(token) if relation in ATTITUDE_TYPES else []
            direct = summarised or self._target_np(token, relation)
            if direct:
                refs.extend(direct)
            elif relation in ATTITUDE_TYPES:
                if self._eventive(token):
                    refs.extend(self._noun_agents(token) or self._referred_agents(token, relation, verb))
            elif token.pos_ == "NOUN" and self._eventive(token):
                # "threatened sanctions against Niger"; a standing relation only to
                # the body an event is of ("chaired a meeting of the council"):
                # "joined a coalition against Islamic State" joins no Islamic State.
                standing = relation in (R.MEMBER_OF, R.LEADER_OF)
                refs.extend(self._noun_targets(token, ("of",) if standing else tuple(NOUN_TARGET_PREPOSITIONS)))
        return refs

    def _summarised(self, noun: Token) -> list[Ref]:
        """"Orban visited Moscow, a trip condemned by EU leaders": the agents of the
        act a summing-up apposition names."""
        # The parser also hangs it on the verb itself ("held talks ..., a trip that ...").
        if noun.dep_ not in ("appos", "npadvmod") or noun.lemma_.lower() not in SUMMARY_NOUNS:
            return []
        if noun.dep_ == "npadvmod" and not (noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","):
            return []
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return self.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []

    def _referred_agents(self, noun: Token, relation: R, verb: Token) -> list[Ref]:
        """The agents of an event reported before that an event noun refers back
        to: "rejected the criticism" (the critic), "condemned the attack" (the
        attacker), "..., a charge Abu Dhabi denies" (the accuser). A hostile
        attitude answers an event aimed at its subject; others take the latest
        event of the noun's type. Nothing when the noun is not definite or no
        such event was reported."""
        if relation not in REFERRING_ATTITUDES or not self._refers_back(noun, verb):
            return []
        own = {side for ref in self.subjects(verb) for side in self.actors.sides(ref.actor)}
        if not own:
            return []
        lemma = noun.lemma_.lower()
        types = {ACCUSE_TYPE} if lemma in CHARGE_NOUNS else {sense.type for sense in noun_senses(noun, self.lexicon)}
        hostile = relation in (R.REJECT, R.ACCUSE)
        events = self.actors.recent_events(noun, REFER_WINDOW)
        # "Israel struck ... Hezbollah fired ... Mikati condemned the strikes": an
        # event told with the noun's own word is the one it names, if any is.
        # "The Polisario Front, which is backed by Algeria, rejected the plan": what
        # the subject's own description tells is not what it answers.
        described = {t.i for c in kids(verb) if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        events = [e for e in events if e.token not in described]
        named = [e for e in events if noun.doc[e.token].lemma_.lower() == lemma]
        for event in named + [e for e in events if e not in named]:
            if self.actors.sides(event.subject.actor) & own:
                continue
            aimed = bool(self.actors.sides(event.object.actor) & own)
            if types and event.type not in types:
                continue
            if (hostile and (aimed or (types and lemma not in CHARGE_NOUNS))) or (not hostile and types):
                return self._co_agents(event)
        return []

    @staticmethod
    def _refers_back(noun: Token, verb: Token) -> bool:
        """"the accusation", "these moves", or a noun that sums up the clause
        before it ("..., a charge Kigali denies")."""
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids(noun)):
            return True
        return verb.dep_ == "relcl" and verb.head == noun

    def _co_agents(self, event: Event) -> list[Ref]:
        """The agents of an event and of those read from the same predicate ("X and Y accused Z");
        both parties of a joint one ("the exercises" the United States and South Korea held)."""
        agents_: dict[str, Ref] = {}
        for other in self.actors.events:
            if other.token == event.token and other.type is event.type:
                agents_.setdefault(other.subject.actor.id, other.subject)
                if other.type in SYMMETRIC_TYPES:
                    agents_.setdefault(other.object.actor.id, other.object)
        return list(agents_.values())

    def _answered(self, verb: Token, types: frozenset[R]) -> list[Ref]:
        """Who did an act of ``types`` to the verb's subjects most recently: the
        accuser a denial answers, the attacker a retaliation answers."""
        own = {side for ref in self.subjects(verb) for side in self.actors.sides(ref.actor)}
        if not own:
            return []
        for event in self.actors.recent_events(verb, REFER_WINDOW):
            if event.type in types and self.actors.sides(event.object.actor) & own and not self.actors.sides(event.subject.actor) & own:
                return self._co_agents(event)
        return []

    def _eventive(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        return bool(noun_senses(noun, self.lexicon)) or lemma in EVENTIVE_NOUNS | COMMITMENT_NOUNS | DECISION_NOUNS | REQUEST_NOUNS

    def _held_until(self, clause: Token) -> list[Found]:
        """"Baku would not sign the treaty until Yerevan changes its constitution":
        refusing to act until someone else acts demands it of them."""
        if not any(m.dep_ == "mark" and m.lower_ in WITHHOLDING_MARKS for m in kids(clause)):
            return []
        verb = clause.head
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lexicon.refusal
        if not (negated(verb) or verb.lemma_.lower() in self.lexicon.refusal or refused):
            return []
        demanded = self._all([c for c in kids(clause) if c.dep_ in SUBJECT_DEPS])
        reading = Reading(R.REQUEST, (), f"{verb.text} ... {clause.left_edge.text}", "verb")
        return [f for f in self._emit(verb, reading, self.subjects(verb), demanded, 1.0) if f.confidence > 0]

    def _condition_subjects(self, verb: Token) -> list[Ref]:
        """"threatened to use force if the coup leaders don't reinstate Bazoum":
        a threat or demand is addressed to whoever the condition is about."""
        for node in (verb, *[c for c in kids(verb) if c.dep_ == "xcomp"]):
            for clause in kids(node):
                if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(clause)):
                    return self._all([c for c in kids(clause) if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS])
        return []

    # --- commitments: "vowed to retaliate", "offered to help" ----------------------------------
    def _commitment(self, verb: Token, subjects: list[Ref], factor: float) -> list[Found]:
        found: list[Found] = []
        if verb.lemma_.lower() not in self.lexicon.light:
            # "vowed revenge against Israel", "promised aid to Kyiv": a promised act as a noun.
            for obj in (c for c in kids(verb) if c.dep_ in OBJECT_DEPS):
                for sense in noun_senses(obj, self.lexicon):
                    relation = committed(sense.type)
                    if relation is None:
                        continue
                    slots = sense.slots or self._default_noun_slots(sense)
                    targets = self._noun_targets(obj, slots) + [
                        r for w, t in prepositions(verb) if w in slots for r in self._resolve_np(t)
                    ]
                    self._used_nouns.add(obj.i)
                    phrase = f"{verb.text} {obj.text}"
                    found.extend(self._promised(verb, sense.type, relation, phrase, subjects, targets, factor))
                    break
        for inner in (c for c in kids(verb) if c.dep_ in ("xcomp", "ccomp") and verbal(c)):
            agents_ = subjects
            if inner.dep_ == "ccomp":
                # "promised that the alliance would keep supporting Kyiv": a that-clause
                # promises its own subject's act, and only in the future.
                if not modals(inner) & FUTURE_MODALS:
                    continue
                agents_ = self._all([c for c in kids(inner) if c.dep_ in SUBJECT_DEPS]) or subjects
            for inner_verb in self._complement_chain(inner):
                if negated(inner_verb):
                    continue
                for reading in self._typed(inner_verb):
                    relation = committed(reading.type)
                    if relation is None:
                        continue
                    targets = self._inner_targets(inner_verb, reading)
                    if not targets:
                        targets = self._condition_subjects(verb)
                    phrase = f"{verb.text} to {reading.phrase}"
                    found.extend(self._promised(verb, reading.type, relation, phrase, agents_, targets, factor))
                    found.extend(self._defended_against(verb, inner_verb, reading, phrase, agents_, targets, factor))
        return found

    def _defended_against(self, verb: Token, inner: Token, reading: Reading, phrase: str,
                          agents_: list[Ref], targets: list[Ref], factor: float) -> list[Found]:
        """"vowed to defend itself against South Korea": a promise to protect
        oneself or one's own against someone threatens them."""
        if reading.type.polarity is not Polarity.COOPERATIVE:
            return []
        own = {side for ref in agents_ for side in self.actors.sides(ref.actor)}
        if any(not (self.actors.sides(t.actor) & own) for t in targets):
            return []
        opponents = [r for word, obj in prepositions(inner) if word == "against" for r in self._resolve_np(obj)]
        opponents = [r for r in opponents if not (self.actors.sides(r.actor) & own)]
        return self._emit(verb, Reading(R.THREATEN, (), phrase, "verb"), agents_, opponents, abs(factor), "commitment")

    def _refusal(self, verb: Token, subjects: list[Ref], factor: float) -> list[Found]:
        """"refuses to recognise Kosovo", "declined to meet the envoy": refusing a
        cooperative act towards someone rejects them; a hostile act refused is
        no act and no rejection."""
        found: list[Found] = []
        for inner in (c for c in kids(verb) if c.dep_ == "xcomp" and verbal(c)):
            for inner_verb in self._complement_chain(inner):
                for reading in self._typed(inner_verb):
                    if reading.type.polarity is not Polarity.COOPERATIVE:
                        continue
                    targets = self._inner_targets(inner_verb, reading)
                    phrase = f"{verb.text} to {reading.phrase}"
                    found.extend(self._emit(verb, Reading(R.REJECT, (), phrase, "verb"), subjects, targets, factor))
        return found

    def _promised(self, verb: Token, act: R, relation: R, phrase: str, agents_: list[Ref], targets: list[Ref], factor: float) -> list[Found]:
        """A promise (AGREE) of a cooperative act is also that act, announced:
        "pledged to send air defences to Kyiv" is aid to Kyiv, "agreed to hand
        the town back" a concession. Threats stay threats."""
        found = self._emit(verb, Reading(relation, (), phrase, "verb"), agents_, targets, abs(factor), "commitment")
        if relation is R.AGREE and act is not R.AGREE and act.polarity is Polarity.COOPERATIVE:
            found += self._emit(verb, Reading(act, (), phrase, "verb"), agents_, targets, abs(factor) * FUTURE_FACTOR, "commitment")
        return found

    @staticmethod
    def _complement_chain(verb: Token) -> list[Token]:
        """The verb, its conjuncts, and aspectual complements ("keep supporting",
        "continue to arm") whose act is the one meant."""
        chain = list(conjuncts(verb))
        for node in list(chain):
            if node.lemma_.lower() in ASPECTUAL_VERBS:
                chain.extend(c for c in kids(node) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
        return chain

    def _typed(self, verb: Token) -> list[Reading]:
        readings = verb_readings(verb, self.lexicon)
        for obj in (c for c in kids(verb) if c.dep_ in OBJECT_DEPS):
            for sense in noun_senses(obj, self.lexicon):
                if verb.lemma_.lower() in self.lexicon.terminative:
                    relation = ended(sense.type)
                    if relation:
                        readings.append(Reading(relation, sense.slots, f"{verb.text} {obj.text}", "terminative"))
                else:
                    readings.append(Reading(sense.type, sense.slots, f"{verb.text} {obj.text}", "light"))
        return readings

    def _inner_targets(self, verb: Token, reading: Reading) -> list[Ref]:
        if reading.kind == "verb":
            return self.targets(verb, reading)
        for obj in (c for c in kids(verb) if c.dep_ in OBJECT_DEPS):
            refs = self._noun_targets(obj, reading.slots) or [
                r for word, target in prepositions(verb) if word in reading.slots for r in self._resolve_np(target)
            ]
            if refs:
                return refs
        return []

    # --- support verbs: "held talks with", "imposed sanctions on", "suspended cooperation with" ---
    def _light(self, verb: Token, subjects: list[Ref], factor: float) -> list[Found]:
        lemma = verb.lemma_.lower()
        # "carried out strikes", "cut off aid": a phrasal support verb is listed with its particle.
        phrasal = f"{lemma} {particle(verb)}" if particle(verb) else None
        light = lemma in self.lexicon.light or phrasal in self.lexicon.light
        terminative = lemma in self.lexicon.terminative or phrasal in self.lexicon.terminative
        if not (light or terminative):
            return []
        if not subjects and lemma in RECIPIENT_VERBS:
            # "North Korea's launch drew condemnation from Japan": what the act's agent received.
            subjects = [r for c in kids(verb) if c.dep_ in SUBJECT_DEPS and self._eventive(c) for r in self._noun_agents(c)]
            if verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in kids(verb)):
                # "visited Moscow, a trip that drew condemnation": the act's agents.
                subjects = subjects or self._summarised(self.actors.antecedent(verb))
        found: list[Found] = []
        for obj in self._support_objects(verb):
            if obj.pos_ not in ("NOUN", "PROPN"):
                continue
            # "its embassy" names its state, yet closing it is the act.
            if self.actors.resolve(obj) and not (terminative and obj.lemma_.lower() in MISSIONS):
                continue
            senses = noun_senses(obj, self.lexicon)
            if terminative and obj.lemma_.lower() in CLOSABLE:
                # "closed its airspace to French aircraft", "closed its border with Colombia"
                targets = [r for w, t in prepositions(verb) if w in ("to", "for", "with") for r in self._target_np(t, R.SANCTION)]
                targets += [r for w, t in prepositions(obj) if w in ("to", "for", "with") for r in self._target_np(t, R.SANCTION)]
                if not targets and obj.lemma_.lower() in MISSIONS:
                    # "closed the U.S. consulate": the state whose mission it is;
                    # "closed its embassy in Minsk": the host state.
                    own = {side for ref in subjects for side in self.actors.sides(ref.actor)}
                    targets = [r for r in self.actors.resolve(obj) if r.actor.id not in own]
                    targets = targets or [
                        r for w, t in prepositions(obj) if w == "in" for r in self._resolve_np(t) if r.actor.kind is ActorKind.STATE
                    ]
                self._used_nouns.add(obj.i)
                found.extend(self._emit(verb, Reading(R.SANCTION, (), f"{verb.text} {obj.text}", "terminative"), subjects, targets, factor))
                continue
            for sense in senses:
                if sense.type is R.MEMBER_OF:
                    continue
                relation = ended(sense.type) if terminative and not light else sense.type
                if terminative and lemma in BLOCKING_VERBS and sense.type.polarity is not Polarity.COOPERATIVE:
                    # "blocked sanctions against Russia" is no concession to Russia:
                    # the blocker acts against whoever proposed them (an attitude).
                    relation = None
                elif lemma in CONTEMPLATING_VERBS:
                    # "considering sanctions against X" threatens X; aid merely
                    # considered is nothing yet.
                    relation = R.THREATEN if sense.type.polarity is Polarity.HOSTILE else None
                if relation is None:
                    continue
                self._used_nouns.add(obj.i)
                slots = sense.slots or self._default_noun_slots(sense)
                targets = self._first_slot_targets(verb, obj, slots, relation)
                if not targets:
                    # "an aid package worth 500 million euros for Ukraine": deeper in the phrase.
                    targets = [
                        r
                        for node in obj.subtree
                        if node.i != obj.i and node.dep_ == "prep" and node.lower_ in slots and node.head.pos_ != "VERB"
                        for o in kids(node)
                        if o.dep_ == "pobj"
                        for r in self._resolve_np(o)
                    ]
                if relation in PATIENT_NOUN_TYPES and "of" in sense.slots:
                    targets += [r for c in lefts(obj) if c.dep_ == "poss" for r in self.actors.resolve(c)]
                agents_ = subjects
                if lemma in RECIPIENT_VERBS and light:
                    givers = [r for w, t in prepositions(obj) if w in ("from", "by") for r in self._resolve_np(t)]
                    givers += [r for w, t in prepositions(verb) if w in ("from", "by") for r in self._resolve_np(t)]
                    if lemma in ("seek", "request"):
                        relation, agents_, targets = R.REQUEST, subjects, givers
                    elif givers:
                        agents_, targets = givers, subjects
                    elif relation is not R.ASSAULT:
                        # "faced criticism": no giver named, nothing to link;
                        # "is facing fighting with X" is fighting between both.
                        continue
                if not targets and sense is not senses[-1]:
                    # "lodged a protest with China": the sense whose target is there.
                    continue
                phrase = f"{verb.text} {obj.text}"
                kind = "terminative" if terminative and not light else "light"
                found.extend(self._emit(verb, Reading(relation, (), phrase, kind), agents_, targets, factor, mutual=True))
                break
            found.extend(self._presupposed_membership(obj, subjects))
        return found

    def _presupposed_membership(self, noun: Token, agents_: list[Ref]) -> list[Found]:
        """"froze Armenia's participation in the CSTO", "suspended its membership of
        ECOWAS": whatever is done to it, a membership or a participation in a body
        is its holder's (the possessor, else the agents) and says they belong."""
        if not any(sense.type is R.MEMBER_OF for sense in noun_senses(noun, self.lexicon)):
            return []
        members = [r for c in lefts(noun) if c.dep_ == "poss" for r in self.actors.resolve(c)] or agents_
        bodies = [r for w, o in prepositions(noun) if w in ("in", "of") for r in self._resolve_np(o) if r.actor.kind in BODY_KINDS]
        members = [m for m in members if m.actor.kind is not ActorKind.PERSON]
        return self._emit(noun, Reading(R.MEMBER_OF, (), noun.text, "noun"), members, bodies, 1.0)

    @staticmethod
    def _support_objects(verb: Token) -> list[Token]:
        """The nouns a support verb takes: its objects, and the noun of an amount
        ("pledged $2 billion in aid to Egypt")."""
        objects = [o for c in kids(verb) if c.dep_ in OBJECT_DEPS for o in conjuncts(c)]
        for obj in list(objects):
            if obj.like_num or obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
                for prep in kids(obj):
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                        objects.extend(p for p in kids(prep) if p.dep_ == "pobj")
        for prep in kids(verb):
            if prep.dep_ == "prep" and prep.lower_ == "in" and any(o.ent_type_ == "MONEY" for o in objects):
                objects.extend(p for p in kids(prep) if p.dep_ == "pobj")
        return objects

    def _custody(self, verb: Token, subjects: list[Ref], factor: float) -> list[Found]:
        """"placed Bazoum under house arrest", "put its forces on alert near
        Taiwan": a verb putting its object into a state. Custody coerces the
        object; an alert of one's own forces mobilizes against the place named."""
        found: list[Found] = []
        for word, obj in prepositions(verb):
            if word not in ("under", "in", "into", "on"):
                continue
            for sense in noun_senses(obj, self.lexicon):
                if sense.type not in (R.COERCE, R.MOBILIZE):
                    continue
                self._used_nouns.add(obj.i)
                # A leader's forces are their state's: "Vucic put the army on alert".
                own = {side for s in subjects for side in self.actors.sides(s.actor)}
                own |= {f"{o}:army" for o in own} | {f"{o}:junta" for o in own}
                targets = [
                    r
                    for c in kids(verb)
                    if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                    for r in self._all([c])
                    if r.actor.id not in own
                ]
                if sense.type is R.MOBILIZE:
                    slots = sense.slots or ("near", "against")
                    targets += [r for w, t in prepositions(verb) if w in slots for r in self._resolve_np(t)]
                    targets += self._noun_targets(obj, slots)
                reading = Reading(sense.type, (), f"{verb.text} {word} {obj.text}", "light")
                found.extend(self._emit(verb, reading, subjects, targets, factor))
                break
        return found

    @staticmethod
    def _default_noun_slots(sense: Sense) -> tuple[str, ...]:
        return ("with", "against", "on", "to", "for")

    # --- event nouns -------------------------------------------------------------------------------
    def _noun(self, noun: Token) -> list[Found]:
        if negated_noun(noun):
            return []
        found: list[Found] = []
        lemma = noun.lemma_.lower()
        if lemma in COMMITMENT_NOUNS | DECISION_NOUNS | REQUEST_NOUNS:
            found.extend(self._noun_with_infinitive(noun))
        senses = noun_senses(noun, self.lexicon)
        if not senses or found:
            return found
        agents_ = self._noun_agents(noun)
        if not agents_:
            agents_ = self._circumstance_agents(noun)
        if not agents_:
            return found
        member = self._presupposed_membership(noun, agents_)
        if member:
            # "Hungary's membership of NATO" is belonging, not an act of cooperation.
            return found + member
        between = any(word == "between" for word, _ in prepositions(noun))
        for sense in senses:
            if sense.type is R.MEMBER_OF:
                continue
            slots = sense.slots or self._default_noun_slots(sense)
            targets = self._noun_targets(noun, slots, sense.type)
            if targets or (between and sense.type in MUTUAL_TYPES):
                # "talks between the junta and the rebels": each party with the other.
                reading = Reading(sense.type, slots, noun.text, "noun")
                found.extend(self._emit(noun, reading, agents_, targets, self._noun_assertion(noun, sense.type), mutual=True))
                break
        return found

    def _participants(self, verb: Token) -> list[Ref]:
        """The parties to talks someone hosts or mediates: "hosted talks between
        the junta and the rebels", "talks with the rebels, mediated by Oman"."""
        nouns = [c for c in kids(verb) if c.dep_ in (OBJECT_DEPS | PASSIVE_SUBJECT_DEPS if is_passive(verb) else OBJECT_DEPS)]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            nouns.append(verb.head)
        own = {r.actor.id for r in self.subjects(verb)}
        refs: list[Ref] = []
        for noun in (n for node in nouns for n in conjuncts(node)):
            if not any(sense.type in (R.CONSULT, R.AGREE) for sense in noun_senses(noun, self.lexicon)):
                continue
            refs += self._noun_agents(noun)
            refs += [r for word, obj in prepositions(noun) if word in ("with", "between", "of") for r in self._resolve_np(obj)]
            # "hosted talks between X and Y" with the phrase hung on the verb.
            refs += [r for word, obj in prepositions(verb) if word == "between" for r in self._resolve_np(obj)]
        return [r for r in refs if r.actor.id not in own]

    def _noun_assertion(self, noun: Token, relation: R | None = None) -> float:
        verb = noun.head
        while not verbal(verb) and verb.head != verb:
            verb = verb.head
        if not verbal(verb):
            return 1.0
        if negated(verb) or self._requested_only(verb):
            return 0.0
        if self._blocked(verb, noun):
            # Aid that is vetoed reaches no one; sanctions one member blocks are
            # still the body's measures against their target, only delayed.
            return BLOCKED_FACTOR if relation is R.SANCTION else 0.0
        return self._assertion(verb)

    def _blocked(self, verb: Token, noun: Token) -> bool:
        """"vetoed the aid package", "prevented an attack": an event its verb
        rejects or prevents did not happen."""
        if verb.lemma_.lower() in PREVENTING_VERBS:
            return True
        if noun.dep_ not in OBJECT_DEPS:
            return False
        return any(r.type is R.REJECT for r in verb_readings(verb, self.lexicon))

    def _noun_agents(self, noun: Token) -> list[Ref]:
        """"Russia's invasion", "ECOWAS sanctions", "Israeli strikes", "calls from the junta"."""
        inner = bundled(noun)
        if inner is not noun:
            # "a package of EU sanctions": the agent of the bundled events, else the bundle's.
            found = self._own_agents(inner)
            if found:
                return found
        return self._own_agents(noun)

    def _own_agents(self, noun: Token) -> list[Ref]:
        owners = self.actors.owners(noun)
        owners = [o for o in owners if self._owner_is_agent(noun, o)]
        if owners:
            return owners
        refs: list[Ref] = []
        for child in lefts(noun):
            if child.dep_ in ("amod", "compound", "nmod") and child.i in self.actors.entity_at:
                refs.extend(self.actors.resolve(child))
        for word, obj in prepositions(noun):
            # "calls from the junta"; "the ceasefire between Israel and Hezbollah" (both parties)
            if word in ("by", "from", "between"):
                refs.extend(self._resolve_np(obj))
        # "the sanctions imposed by ECOWAS"
        for child in kids(noun):
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in GO_BETWEEN_PARTICIPLES:
                refs.extend(self._all(agents(child)))
        if refs:
            return refs
        # "statements of support for X": the agent of the statements.
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CONTAINER_NOUNS | BUNDLE_NOUNS:
            return self._own_agents(noun.head.head)
        # The object of a support or reporting verb: "announced sanctions", "expressed solidarity".
        if noun.dep_ in OBJECT_DEPS | {"attr", "oprd"} and noun.head.pos_ in ("VERB", "AUX"):
            lemma = noun.head.lemma_.lower()
            if lemma in self.lexicon.light or lemma in self.lexicon.reporting:
                return self.subjects(noun.head)
        return []

    def _owner_is_agent(self, noun: Token, owner: Ref) -> bool:
        """An of-phrase is the patient of an action noun ("the invasion of Ukraine")
        but the agent of a statement or decision ("the decision of the junta")."""
        if noun.lemma_.lower() in OF_AGENT_NOUNS:
            return True
        for word, obj in prepositions(noun):
            if word in ("of", "in") and owner.token in {t.i for t in obj.subtree}:
                return False
        return True

    def _circumstance_agents(self, noun: Token) -> list[Ref]:
        """"marched in support of the president", "remain in touch with": the
        agent of a noun in a circumstance phrase is the clause subject."""
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in CIRCUMSTANCE_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX"):
            return self.subjects(prep.head)
        return []

    def _first_slot_targets(self, verb: Token, noun: Token, slots: tuple[str, ...], relation: R) -> list[Ref]:
        """The targets in the first of the noun's slots that has any, on the noun or
        its support verb: "filed a complaint against Thailand with the court"
        is against Thailand; the court is where it was filed."""
        for slot in slots:
            refs = self._noun_targets(noun, (slot,), relation)
            refs += [r for w, t in prepositions(verb) if w == slot for r in self._target_np(t, relation)]
            if refs:
                return refs
        return []

    def _noun_targets(self, noun: Token, slots: tuple[str, ...], relation: R | None = None) -> list[Ref]:
        refs: list[Ref] = []
        heads = [noun] if bundled(noun) is noun else [noun, bundled(noun)]
        if noun.dep_ == "conj":
            # "a missile and drone attack on Ukraine": the phrase's preposition
            # hangs on the first conjunct.
            heads.append(noun.head)
        for head in heads:
            for word, obj in prepositions(head):
                if word in slots:
                    found = self._target_np(obj, relation) if relation is not None else self._resolve_np(obj)
                    if not found and relation in ATTITUDE_TYPES and self._eventive(obj):
                        # "concern over China's military activities": an attitude to an act is to its agent.
                        found = self._noun_agents(obj)
                    refs.extend(found or ([] if relation in STANDING_TYPES else self._driven_by(obj)))
        return refs

    def _noun_with_infinitive(self, noun: Token) -> list[Found]:
        """"France's decision to withdraw its soldiers from Niger", "their
        willingness to send troops into Niger", "calls from X to pull out"."""
        found: list[Found] = []
        lemma = noun.lemma_.lower()
        for inner in (c for c in kids(noun) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            if not any(a.lower_ == "to" for a in kids(inner) if a.dep_ == "aux"):
                continue
            agents_ = self._noun_agents(noun) or self._governor_subjects(noun)
            if lemma in REQUEST_NOUNS:
                addressee = self._addressee(noun)
                if agents_ and addressee:
                    reading = Reading(R.REQUEST, (), f"{noun.text} to {inner.text}", "noun")
                    found.extend(self._emit(noun, reading, agents_, addressee, 1.0))
                continue
            for reading in self._typed(inner):
                relation = committed(reading.type) if lemma in COMMITMENT_NOUNS else reading.type
                if relation is None:
                    continue
                targets = self._inner_targets(inner, reading)
                phrase = f"{noun.text} to {reading.phrase}"
                found.extend(self._emit(noun, Reading(relation, (), phrase, "noun"), agents_, targets, self._noun_assertion(noun)))
        return found

    def _governor_subjects(self, noun: Token) -> list[Ref]:
        verb = noun.head
        if noun.dep_ in OBJECT_DEPS and verb.pos_ in ("VERB", "AUX"):
            return self.subjects(verb)
        return []

    def _addressee(self, noun: Token) -> list[Ref]:
        """Who a call or deadline is addressed to: the dative of "gave X a week",
        or the subject of the verb that receives or ignores the call."""
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        dative = self._all([c for c in kids(verb) if c.dep_ in DATIVE_DEPS])
        if dative:
            return dative
        if noun.dep_ in OBJECT_DEPS and verb.lemma_.lower() in ("ignore", "reject", "heed", "receive", "face", "defy", "dismiss", "rebuff", "accept"):
            return self.subjects(verb)
        return []
