"""Actors: from a noun phrase in a parsed sentence to the actor it names.

A phrase names an actor in one of four ways, tried in this order:

1. a named entity: tagged by the gazetteer ruler (the span carries the actor's
   id) or by the statistical NER (persons, organisations, places looked up in
   rigour's territory list);
2. a role noun with an owner: "Niger's junta", "U.S. officials", "the
   government of Mali", "Nigerien soldiers". Government bodies, officials,
   forces and people collapse into the owner state (SPEC); juntas and named
   units are actors of their own;
3. a phrase that refers back: "the junta", "the regional bloc", "the
   country", "the president": the most recent compatible actor in the article;
4. a pronoun: the subject of its own clause when that fits ("Paris would bring
   home its ambassador"), else the most recent compatible actor.

One ``DocumentActors`` holds what an article has said so far (for references
back); one ``PersonRegistry`` per extractor makes a person named in several
articles one actor (fuzzy matching of full names with a strict cutoff and a
margin, never across kinds).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from actorgraph.extract.gazetteer import Gazetteer
from actorgraph.extract.lexicon import Roles
from actorgraph.extract.patterns import conjuncts, kids, lefts, prepositions, rights, table_children
from actorgraph.ontology import ActorKind, Polarity, RelationType
from actorgraph.records import Actor

# How an actor was found; the confidence of a triple multiplies these.
HOW_CONFIDENCE = {"gazetteer": 1.0, "role": 0.9, "ner": 0.85, "refer": 0.75, "pronoun": 0.7}

# Armed nouns a person's possessive owns ("Haftar's forces", "Putin's troops").
PERSONAL_FORCES = frozenset({"force", "troop", "soldier", "army", "militia", "loyalist"})
# Entity labels that can name an actor; others (dates, money, works of art) never do.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Organisation names that are news outlets, platforms or companies reporting
# the news, not actors in it.
NOT_ACTOR_WORDS = frozenset(
    {
        "news", "times", "post", "journal", "reuters", "afp", "ap", "associated", "bbc", "cnn", "television",
        "tv", "radio", "telegram", "twitter", "facebook", "whatsapp", "x", "getty", "images", "bloomberg",
        "guardian", "monde", "press", "abc", "nbc", "cbs", "fox", "jazeera", "magazine", "newspaper", "wire",
        "university", "institute", "project", "index", "foundation", "center", "centre", "street",
    }
)
# Last words of the names of documents the NER takes for organisations ("the
# Indus Waters Treaty", "the Minsk Agreements"): no actor. ("Pact" is left out:
# "the Warsaw Pact" is an alliance.)
DOCUMENT_WORDS = frozenset(
    {"treaty", "treaties", "agreement", "agreements", "accord", "accords", "convention", "protocol", "charter",
     "act", "statute", "resolution", "memorandum", "declaration", "communique", "plan", "initiative", "doctrine"}
)
# Words of an institution's generic name; an organisation named only by them
# ("State" in "Secretary of State", "National Security") is not an actor.
GENERIC_NAME_WORDS = frozenset(
    {
        "state", "states", "national", "security", "defense", "defence", "foreign", "affairs", "interior", "justice",
        "ministry", "department", "council", "office", "agency", "government", "congress", "senate", "parliament",
        "treasury", "army", "navy", "homeland", "federal", "central", "general", "staff", "command", "of", "the", "and",
        "coast", "guard", "border", "police", "air", "force", "forces",
    }
)
# "Kremlin-backed", "U.S.-trained": a hyphenated participle that makes the
# modifier a backer of the phrase's actor rather than its owner.
STANCE_SUFFIXES = frozenset(
    {"backed", "supported", "funded", "financed", "trained", "armed", "equipped", "sponsored", "allied", "aligned", "friendly", "leaning", "brokered", "mediated"}
)
# Nouns that describe an actor in apposition ("the former colonial power",
# "a key ally") besides role nouns and titles.
DESCRIPTIVE_ACTOR_NOUNS = frozenset(
    {"power", "giant", "rival", "enemy", "adversary", "ally", "partner", "neighbour", "neighbor", "player", "party",
     "force", "organization", "organisation", "company", "outfit", "militia", "faction", "monarchy", "democracy",
     "dictatorship", "superpower", "backer", "patron", "sponsor", "member"}
)
# Prepositions of place: a name after one is where something happened.
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "around", "outside", "inside", "across", "throughout"})
# A possessed neighbour is another state: "accused its neighbour".
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# Role nouns whose possessor is the other side: "his Ukrainian counterpart".
RELATIONAL_ROLES = frozenset({"counterpart"})
# Participles and adjectives tying a group's members to their group: "linked to".
AFFILIATION_WORDS = frozenset({"linked", "affiliated", "allied", "tied", "loyal", "aligned", "attached", "belonging"})
# Possessive pronouns and personal pronouns by the kind of antecedent they take.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# First-person pronouns stand for the speaker of the quote they are in: "I"
# for the person, "we" for the state or body the speaker speaks for.
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "myself"})
SPEAKER_GROUP_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
# Verbs that introduce a quote's speaker ("..., he said", "she told reporters").
QUOTE_VERBS = frozenset({"say", "tell", "add", "write", "state", "declare", "insist", "explain", "note", "stress", "warn", "ask"})
# Positions where a personal pronoun cannot refer to its own clause's subject.
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
# Determiners under which a role noun refers back ("the bloc", "this alliance").
DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
# Prepositions that introduce a role noun's owner: "the government of Mali",
# "officials in Mali", "fighters from Wagner".
OWNER_PREPOSITIONS = frozenset({"of", "in", "from", "within"})
# "the warring parties", "the opposing sides".
SIDE_MODIFIERS = frozenset({"warring", "opposing", "rival", "feuding", "belligerent"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# How many sentences back a pronoun may find its antecedent, and a descriptor
# ("the junta", "the bloc"): descriptors name the article's main actors, which
# may have been named long before.
REFER_WINDOW = 4
# A wire-story dateline at the start of a line: a city in capitals, maybe its
# country, maybe the agency, then a dash ("BELGRADE, Serbia (AP) —").
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.\- ]*[A-Z])(?:,[ \t]*([A-Z][A-Za-z.'’ \-]+?))?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]")
DATELINE_REACH = 600
# Opposition members' nouns that name the body itself, singular too ("an opposition party").
OPPOSITION_BODIES = frozenset({"party", "movement", "coalition", "alliance"})
# Events that make two actors "the two sides" besides hostile ones.
NEGOTIATING_TYPES = frozenset({RelationType.CONSULT, RelationType.AGREE})
DESCRIPTOR_WINDOW = 40


@dataclass(frozen=True)
class Ref:
    """An actor as one phrase names it."""

    actor: Actor
    text: str
    start: int
    end: int
    how: str
    token: int

    @property
    def confidence(self) -> float:
        return HOW_CONFIDENCE.get(self.how, 0.7)


@dataclass(frozen=True)
class Event:
    """An event the article has reported: who did what to whom, and where (the
    predicate's token), kept so that later phrases can refer back to it ("the
    accusation", "both sides", "vowed to retaliate")."""

    subject: Ref
    type: RelationType
    object: Ref
    token: int


@cache
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """spaCy's ids of these lower-case words, bare and with a full stop ("gen.")."""
    return frozenset(get_string_id(w + end) for w in words for end in ("", "."))


def plural_tag(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def clean_text(text: str) -> str:
    """A name without surrounding quotes, a leading "the" or a trailing possessive."""
    text = text.strip().strip("\"'“”‘’").strip()
    text = re.sub(r"[’']s$", "", text).strip()
    return re.sub(r"^(?:the|The)\s+", "", text)


@dataclass
class _Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)

    def actor(self) -> Actor:
        surname = self.name.split()[-1]
        aliases = [a for a in dict.fromkeys([*self.aliases, surname]) if a != self.name]
        return Actor(id=self.id, name=self.name, kind=ActorKind.PERSON, aliases=tuple(aliases))


class PersonRegistry:
    """Named persons across the articles of one run: the same person, however
    spelled, gets one id ("Abdourahmane Tchiani" = "Abdourahamane Tchiani").

    A new full name is compared only with the known full names whose surname
    starts with the same letters (two spellings of one person share them), so
    the cost of a name does not grow with the number of people in the run.
    """

    FULL_NAME_CUTOFF = 90
    MARGIN = 5

    def __init__(self) -> None:
        self._people: dict[str, _Person] = {}
        self._by_key: dict[str, str] = {}
        self._surnames: dict[str, set[str]] = {}
        # surname block -> {full-name key: person id}
        self._blocks: dict[str, dict[str, str]] = {}

    def person(self, name: str) -> Actor:
        """The person ``name`` names: one already known under this or a close
        spelling of the full name, else a new one."""
        key = fold(name).lower()
        if key in self._by_key:
            return self._people[self._by_key[key]].actor()
        match = self._fuzzy(key) if " " in key else None
        if match is None:
            person_id = "person:" + slug(name)
            entry = self._people.get(person_id)
            if entry is None:
                entry = self._people[person_id] = _Person(person_id, name)
                self._surnames.setdefault(_surname(entry.name), set()).add(person_id)
        else:
            entry = self._people[match]
            if name not in entry.aliases and name != entry.name:
                entry.aliases.append(name)
        self._key(key, entry.id)
        return entry.actor()

    def remember(self, actor: Actor) -> None:
        """Know ``actor`` (a person from an earlier run) under its own id, name
        and spellings, exactly as given: later names join it as they would have
        joined it in that run."""
        if actor.kind is not ActorKind.PERSON or actor.id in self._people:
            return
        spellings = [a for a in actor.aliases if " " in a.strip()]
        self._people[actor.id] = _Person(actor.id, actor.name, spellings)
        self._surnames.setdefault(_surname(actor.name), set()).add(actor.id)
        for name in (actor.name, *spellings):
            self._by_key.setdefault(fold(name).lower(), actor.id)
            self._block(fold(name).lower()).setdefault(fold(name).lower(), actor.id)

    def by_surname(self, surname: str) -> Actor | None:
        """The one known person with this surname, if there is exactly one."""
        found = self._surnames.get(fold(surname).lower(), set())
        return self._people[next(iter(found))].actor() if len(found) == 1 else None

    def _key(self, key: str, person_id: str) -> None:
        self._by_key[key] = person_id
        if " " in key:
            self._block(key)[key] = person_id

    def _block(self, key: str) -> dict[str, str]:
        return self._blocks.setdefault(key.split()[-1][:3], {})

    def _fuzzy(self, key: str) -> str | None:
        # Different surnames are different people, however close the rest is:
        # only names whose surname starts alike are candidates.
        choices = self._blocks.get(key.split()[-1][:3])
        if not choices:
            return None
        best = process.extract(key, list(choices), scorer=fuzz.token_sort_ratio, limit=2)
        if not best or best[0][1] < self.FULL_NAME_CUTOFF:
            return None
        if len(best) > 1 and choices[best[1][0]] != choices[best[0][0]] and best[0][1] - best[1][1] < self.MARGIN:
            return None
        return choices[best[0][0]]


def _surname(name: str) -> str:
    return fold(name).lower().split()[-1]


@dataclass(frozen=True)
class Derived:
    """Actors derived from a state: its junta and its named units."""

    @staticmethod
    def junta(gazetteer: Gazetteer, iso3: str) -> Actor:
        state = gazetteer.states[iso3]
        demonym = state.demonyms[0] if state.demonyms else state.name
        aliases = (f"{state.name}'s junta", f"{demonym} junta", f"junta in {state.name}", f"{state.name}'s military junta")
        return Actor(id=f"{iso3}:junta", name=f"{state.name} junta", kind=ActorKind.MILITARY, aliases=aliases)

    @staticmethod
    def unit(gazetteer: Gazetteer, iso3: str, unit: str) -> Actor:
        state = gazetteer.states[iso3]
        demonym = state.demonyms[0] if state.demonyms else state.name
        aliases = (f"{state.name}'s {unit}", f"{demonym} {unit}")
        return Actor(id=f"{iso3}:{slug(unit)}", name=f"{state.name} {unit}", kind=ActorKind.MILITARY, aliases=aliases)


class DocumentActors:
    """Resolves phrases of one article to actors, remembering what it has named."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, roles: Roles, people: PersonRegistry, text: str | None = None) -> None:
        self.doc = doc
        # The text the document was parsed from (Doc.text joins every token again).
        self.text = doc.text if text is None else text
        self.gazetteer = gazetteer
        self.roles = roles
        self.people = people
        # Token objects and their parts of speech, made once: spaCy builds a new
        # Token object on every index and iteration.
        self.tokens: list[Token] = list(doc)
        names = doc.vocab.strings
        self.pos: list[str] = [names[p] for p in doc.to_array("POS").tolist()]
        table_children(doc, self.tokens)
        self.ents = list(doc.ents)
        self.entity_at: dict[int, Span] = {t: ent for ent in self.ents for t in range(ent.start, ent.end)}
        self.cache: dict[int, list[Ref]] = {}
        self.history: list[Ref] = []
        self.groups: list[list[Ref]] = []
        self.events: list[Event] = []
        self.juntas: set[str] = set()
        self.titles: dict[str, set[str]] = {}
        self.affiliation: dict[str, str] = {}
        # Where the dateline is: its words name where the story was filed, no actor.
        self.dateline_chars = (0, 0)
        self.dateline_state = self._dateline_state()
        # Tokens of a state name read as the owner of the title after it
        # ("Kosovo Prime Minister Albin Kurti"): part of the person's phrase.
        self.title_owner_tokens: set[int] = set()
        self.acronyms: dict[str, Actor] = {}
        self._restore_names()
        self._titled_names()
        self.person_spans = {ent.start for ent in self.ents if self._mislabelled_person(ent)}
        # token -> the head token of the entity it is in
        self.entity_root: dict[int, int] = {}
        for ent in self.ents:
            root = ent.root.i if len(ent) > 1 else ent.start
            self.entity_root.update((i, root) for i in range(ent.start, ent.end))
        self.places = self._places()
        self.surnames = self._scan_people()
        for ent in self.ents:
            if ent.label_ == "ORG" and not ent.ent_id_ and self._acronym_after(ent):
                self.entity_actor(ent)
        self.sentences = list(doc.sents)
        self.sentence_number = [0] * len(doc)
        for number, sent in enumerate(self.sentences):
            self.sentence_number[sent.start : sent.end] = [number] * (sent.end - sent.start)
        # Entities by sentence, computed once: Span.ents rebuilds all the
        # document's entities on every call.
        self.sentence_ents: list[list[Span]] = [[] for _ in self.sentences]
        for ent in self.ents:
            self.sentence_ents[self.sentence_number[ent.start]].append(ent)
        self._active: set[int] = set()
        self._cycles = 0
        self._keys: dict[int, set[str]] = {}
        self.gender: dict[str, str] = {}

    # --- the article's people -------------------------------------------------
    def _restore_names(self) -> None:
        """"Therese Kayikwamba Wagner": a one-word gazetteer name that ends a run
        of capitalised names is a surname, and the run is a person."""
        doc = self.doc
        for ent in list(self.ents):
            # Only names of bodies and groups: a state's name is no surname.
            if not ent.ent_id_ or ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0:
                continue
            start = ent.start
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                before = self.entity_at.get(start - 1)
                word = doc[start - 1].lower_.rstrip(".")
                if (before is not None and before.label_ != "PERSON") or word in self.roles.titles or word in self.roles.honorifics:
                    break
                start -= 1
            if start < ent.start and not (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"):
                person = Span(doc, start, ent.end, label="PERSON")
                self.ents = [e for e in self.ents if not (e.start >= start and e.end <= ent.end)]
                self.ents.append(person)
                for i in range(start, ent.end):
                    self.entity_at[i] = person
        self.ents.sort(key=lambda e: e.start)

    def _titled_names(self) -> None:
        """"President Ruto", "Chancellor Olaf Scholz": capitalised names right
        after a title are a person's, whether the NER missed them or took them
        for an organisation or place. (After an honorific alone only untagged
        names: "General Motors" stays a company.)"""
        doc = self.doc
        titles, honorifics = self.roles.titles, self.roles.honorifics
        words = _string_ids(titles | honorifics)
        for i, lower in enumerate(doc.to_array("LOWER").tolist()):
            if lower not in words:
                continue
            token = self.tokens[i]
            word = token.lower_.rstrip(".")
            if not token.text[:1].isupper():
                continue
            start = token.i + 1
            while start < len(doc) and (doc[start].text == "." or doc[start].lower_.rstrip(".") in titles | honorifics):
                start += 1
            end = start
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].lower_ not in titles:
                end += 1
            if end == start:
                continue
            covering = {id(e): e for e in (self.entity_at.get(i) for i in range(start, end)) if e is not None}.values()
            if any(e.ent_id_ or e.label_ == "PERSON" or e.start < start or e.end > end for e in covering):
                continue
            if covering and (word not in titles or any(e.label_ not in ("ORG", "GPE", "NORP") for e in covering)):
                continue
            person = Span(doc, start, end, label="PERSON")
            self.ents = sorted([e for e in self.ents if not (e.start >= start and e.end <= end)] + [person], key=lambda e: e.start)
            for i in range(start, end):
                self.entity_at[i] = person

    def _places(self) -> set[str]:
        """Names the NER found but no list knows that the article uses as places
        ("killed in El Fasher", "fighting around Goma"): towns, not actors,
        wherever else they stand ("shelled El Fasher")."""
        found: set[str] = set()
        for ent in self.ents:
            if ent.ent_id_ or ent.label_ not in ("ORG", "GPE", "LOC", "FAC"):
                continue
            root = self.tokens[self.entity_root[ent.start]]
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS:
                found.add(ent.text)
        return found

    def is_person(self, ent: Span) -> bool:
        return ent.label_ == "PERSON" or ent.start in self.person_spans

    def _mislabelled_person(self, ent: Span) -> bool:
        """A name the NER called an organisation or place but that stands in
        apposition to a person's title: "its ambassador, Sylvain Itte"."""
        if ent.label_ not in ("ORG", "GPE", "NORP") or ent.ent_id_ or len(ent) < 2:
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
            return False
        root = ent.root
        related = [root.head] if root.dep_ == "appos" else []
        related += [c for c in kids(root) if c.dep_ == "appos"]
        titles = self.roles.titles
        if ent.start > 0:
            # "government spokeswoman Yolande Makolo": a title noun written against the name.
            before = ent.doc[ent.start - 1]
            if before.pos_ == "NOUN" and before.lemma_.lower() in titles and ent.start <= before.head.i < ent.end:
                return True
        return any(t.lemma_.lower() in titles for t in related)

    def _scan_people(self) -> dict[str, str]:
        """surname -> full name for the people named in full in this article."""
        full: dict[str, set[str]] = {}
        for ent in self.ents:
            if self.is_person(ent):
                words = self.person_words(ent)
                if len(words) >= 2:
                    full.setdefault(fold(words[-1]).lower(), set()).add(" ".join(words))
        return {surname: names.pop() for surname, names in full.items() if len(names) == 1}

    def person_words(self, span: Span) -> list[str]:
        """A person's name without titles, ranks and possessive ("Gen. Tchiani's" -> ["Tchiani"])."""
        words = [t.text for t in span if (not t.is_punct or t.text in ("-", ".")) and t.text not in ("'s", "’s", "'", "’")]
        words = [w for w in (clean_text(w) for w in words) if w and w != "."]
        lowered = [w.lower().rstrip(".") for w in words]
        start = 0
        while start < len(words) - 1:
            two = " ".join(lowered[start : start + 2])
            if two in self.roles.honorifics:
                start += 2
            elif lowered[start] in self.roles.honorifics or lowered[start] in self.roles.titles:
                start += 1
            else:
                break
        return [w for w in words[start:] if any(ch.isalpha() for ch in w)]

    def _person(self, span: Span) -> Actor | None:
        words = self.person_words(span)
        if not words or not words[0][0].isupper():
            return None
        if len(words) >= 2:
            return self.people.person(" ".join(words))
        surname = fold(words[0]).lower()
        full = self.surnames.get(surname) or self._close_surname(surname)
        if full:
            return self.people.person(full)
        known = self.people.by_surname(words[0])
        if known:
            return known
        famous = self.gazetteer.lone_names.get(surname)
        if famous:
            return self.people.person(famous)
        # A lone name with no full form anywhere is a person only when a title
        # or rank stands before it ("President Ruto"); the NER often tags places
        # and groups as single-word persons.
        titled = span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in self.roles.honorifics | self.roles.titles
        titled = titled or len(span) > len(words)
        return self.people.person(words[0]) if titled else None

    def _close_surname(self, surname: str) -> str | None:
        """A spelling variant of a surname named in full in this article ("Tiani" for "Tchiani")."""
        if not self.surnames or len(surname) < 4:
            return None
        best = process.extract(surname, list(self.surnames), scorer=fuzz.ratio, limit=2)
        if not best or best[0][1] < 80 or best[0][0][0] != surname[0]:
            return None
        if len(best) > 1 and best[0][1] - best[1][1] < 10:
            return None
        return self.surnames[best[0][0]]

    # --- entities -----------------------------------------------------------------
    def entity_actor(self, ent: Span) -> tuple[Actor, str] | None:
        if ent.ent_id_ and ent.label_ != "PERSON":
            actor = self.gazetteer.actor(ent.ent_id_)
            return (actor, "gazetteer") if actor else None
        if ent.label_ not in ACTOR_LABELS:
            return None
        text = self._name_text(ent)
        if text in self.acronyms:
            return self.acronyms[text], "ner"
        if self.is_person(ent):
            if {w.lower() for w in text.split()} & NOT_ACTOR_WORDS:
                return None
            actor = self._person(ent)
            return (actor, "ner") if actor else None
        if ent.label_ in ("GPE", "NORP"):
            iso3 = self.gazetteer.territory(text)
            return (self.gazetteer.actors[iso3], "gazetteer") if iso3 else None
        return self._organisation(ent, text)

    def _generic_name(self, ent: Span) -> bool:
        words = {w.lower().strip(".") for w in re.split(r"[\s\-]+", self._name_text(ent))}
        return bool(words) and words <= GENERIC_NAME_WORDS

    def _organisation(self, ent: Span, text: str) -> tuple[Actor, str] | None:
        if ent.text in self.places:
            return None
        words = {w.lower().strip(".") for w in re.split(r"[\s\-]+", text)}
        if not text or words & NOT_ACTOR_WORDS or len(text) < 2 or not any(c.isalpha() for c in text):
            return None
        if words <= GENERIC_NAME_WORDS or text.split()[-1].lower() in DOCUMENT_WORDS:
            return None
        actor = Actor(id="org:" + slug(text), name=text, kind=ActorKind.ORG)
        acronym = self._acronym_after(ent)
        if acronym:
            actor = Actor(id=actor.id, name=text, kind=actor.kind, aliases=(acronym,))
            self.acronyms[acronym] = actor
        return actor, "ner"

    def _acronym_after(self, ent: Span) -> str | None:
        """"National Council for ... (CNSP)": the acronym defined in brackets after
        a name (the NER sometimes takes the opening bracket and acronym in)."""
        doc = ent.doc
        candidate = None
        if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            candidate = doc[ent.end + 1].text
        elif len(ent) > 2 and ent[-2].text == "(":
            candidate = ent[-1].text
        if candidate and candidate.isupper() and 2 <= len(candidate) <= 8:
            return candidate
        return None

    @staticmethod
    def _name_text(ent: Span) -> str:
        """An entity's name without a bracketed acronym the NER took in."""
        tokens = list(ent)
        if len(tokens) > 2 and tokens[-2].text == "(":
            tokens = tokens[:-2]
        return clean_text(ent.doc[tokens[0].i : tokens[-1].i + 1].text)

    # --- resolution ---------------------------------------------------------------
    def resolve(self, token: Token) -> list[Ref]:
        """The actors the phrase headed by ``token`` names (empty when none)."""
        if token.i in self.cache:
            return self.cache[token.i]
        if token.i in self._active:
            self._cycles += 1
            return []
        self._active.add(token.i)
        cycles = self._cycles
        try:
            refs = self._resolve(token)
        finally:
            self._active.discard(token.i)
        # A result computed while a phrase was waiting on itself ("its troops"
        # resolving "its" through "troops") is provisional: not cached.
        if self._cycles == cycles:
            self.cache[token.i] = refs
        return refs

    def may_name(self, token: Token) -> bool:
        """Whether a common noun (or adjective, number) outside any entity can
        name an actor at all: a role noun, a region's collective, or a noun with
        an apposition or in one. A quick test before the work."""
        roles = self.roles
        lemma = token.lemma_.lower()
        if lemma in roles.vocabulary or lemma in roles.group_modifiers or token.lower_ in self.gazetteer.collective_heads:
            return True
        if token.dep_ == "appos" or token.like_num:
            return True
        return any(c.dep_ == "appos" for c in rights(token))

    def note(self, refs: list[Ref]) -> None:
        """Remember actors the article has named, for later references back."""
        for ref in refs:
            if ref.how != "pronoun":
                self.history.append(ref)
            if ref.actor.id.endswith(":junta"):
                self.juntas.add(ref.actor.id.split(":")[0])
        if len({r.actor.id for r in refs}) >= 2:
            self.groups.append(refs)

    def note_event(self, event: Event) -> None:
        """Remember an event the article reported, for later references back."""
        self.events.append(event)

    def _dateline_state(self) -> Actor | None:
        """The state of the article's dateline ("MANILA (Reuters) -", "BELGRADE,
        Serbia (AP) —"), if it has one."""
        found = DATELINE.search(self.text[:DATELINE_REACH])
        if found is None:
            return None
        self.dateline_chars = (found.start(1), found.end())
        city, country = found.group(1), found.group(2)
        for name in (country, city.title(), city):
            iso3 = self.gazetteer.id_for(name) if name else None
            if iso3 in self.gazetteer.states:
                return self.gazetteer.actors[iso3]
        return None

    def sides(self, actor: Actor) -> set[str]:
        """The ids an actor acts as: itself, and a person's state."""
        state = self.affiliation.get(actor.id)
        return {actor.id, state} if state else {actor.id}

    def recent_events(self, token: Token, window: int = DESCRIPTOR_WINDOW) -> list[Event]:
        """Events reported before ``token`` within ``window`` sentences, latest first."""
        here = self.sentence_number[token.i]
        return [e for e in reversed(self.events) if e.token < token.i and here - self.sentence_number[e.token] <= window]

    def main_parties(self, token: Token) -> list[Actor]:
        """The two sides the article is about, for "both sides", "the two
        countries": of the actors it has named most often (a person counting for
        the state they serve), the first two that the article has linked, by an
        event between them or by naming them together ("Armenia and
        Azerbaijan"). Not simply the last two actors named."""
        mentions: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        # Who acts on "both sides" is not one of them ("X brokered a truce between the two sides").
        acting = self._clause_agents(token)
        for ref in self._recent(token, DESCRIPTOR_WINDOW):
            party = self._party(ref.actor)
            if party is not None and party.id not in acting:
                mentions[party.id] = mentions.get(party.id, 0) + 1
                actors[party.id] = party
        ranked = sorted(mentions, key=lambda i: -mentions[i])[:4]
        linked = self._linked_pairs(token)
        for i, first in enumerate(ranked):
            for second in ranked[i + 1 :]:
                if frozenset((first, second)) in linked:
                    return [actors[first], actors[second]]
        if len(ranked) >= 2 and mentions[ranked[1]] >= 2:
            return [actors[ranked[0]], actors[ranked[1]]]
        return []

    def _clause_agents(self, token: Token) -> set[str]:
        """Ids of the subjects of the clause a phrase sits in (and the states they serve)."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        while verb.dep_ in ("xcomp", "conj") and verb.head != verb:
            verb = verb.head
        found: set[str] = set()
        for subject in (c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")):
            head = verb.head if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl" else subject
            for node in conjuncts(head):
                if node.i != token.i and node.i in self.cache:
                    for ref in self.cache[node.i]:
                        party = self._party(ref.actor)
                        found |= {ref.actor.id} | ({party.id} if party is not None else set())
        return found

    def _linked_pairs(self, token: Token) -> set[frozenset[str]]:
        pairs: set[frozenset[str]] = set()
        for event in self.recent_events(token):
            a, b = self._party(event.subject.actor), self._party(event.object.actor)
            if a is not None and b is not None and a.id != b.id:
                pairs.add(frozenset((a.id, b.id)))
        for group in self.groups:
            if group[0].token < token.i:
                ids = {p.id for p in (self._party(r.actor) for r in group) if p is not None}
                if len(ids) == 2:
                    pairs.add(frozenset(ids))
        return pairs

    def _two_sides(self, token: Token) -> list[Actor]:
        """The two sides "both" stands for: the latest pair in conflict or talks,
        else the article's main parties."""
        pairs = self._engaged_pairs(token, set(ActorKind) - {ActorKind.PERSON})
        if pairs:
            return [self.gazetteer.actors[i] for i in sorted(pairs[0])]
        parties = self.main_parties(token)
        return parties if len(parties) == 2 else []

    def _engaged_pairs(self, token: Token, kinds: set[ActorKind]) -> list[frozenset[str]]:
        """Pairs of actors of these kinds with a hostile or negotiating event
        between them in the last few sentences, latest first; never one acting
        in the phrase's own clause."""
        acting = self._clause_agents(token)
        pairs: list[frozenset[str]] = []
        for event in self.recent_events(token, REFER_WINDOW):
            if event.type.polarity is not Polarity.HOSTILE and event.type not in NEGOTIATING_TYPES:
                continue
            a, b = self._party(event.subject.actor), self._party(event.object.actor)
            if a is None or b is None or a.id == b.id or {a.id, b.id} & acting:
                continue
            if a.kind in kinds and b.kind in kinds and a.id in self.gazetteer.actors and b.id in self.gazetteer.actors:
                pair = frozenset((a.id, b.id))
                if pair not in pairs:
                    pairs.append(pair)
        return pairs

    def _party(self, actor: Actor) -> Actor | None:
        """A side in a conflict: a person stands for the state they serve."""
        if actor.kind is not ActorKind.PERSON:
            return actor
        state = self.affiliation.get(actor.id)
        return self.gazetteer.actors.get(state) if state else None

    def _ref(self, actor: Actor, start: int, end: int, how: str, head: Token) -> Ref:
        doc = self.doc
        first, last = doc[start], doc[end - 1]
        # "a senior U.S. official" -> "senior U.S. official"; the scorer strips "the" itself.
        if first.lower_ in ("a", "an") and end - start > 1:
            first = doc[start + 1]
        begin, finish = first.idx, last.idx + len(last)
        return Ref(actor, self.text[begin:finish], begin, finish, how, head.i)

    def _resolve(self, token: Token) -> list[Ref]:
        if self.dateline_chars[0] <= token.idx < self.dateline_chars[1]:
            return []
        ent = self.entity_at.get(token.i)
        if ent is not None and not ent.ent_id_ and not self._well_formed(ent):
            ent = None
        pos = self.pos[token.i]
        if pos == "PROPN":
            surname = fold(token.text).lower()
            if surname in self.surnames and (ent is None or not (ent.ent_id_ or self.is_person(ent))):
                # A surname named in full elsewhere in the article is that person,
                # whatever the NER made of it here.
                actor = self.people.person(self.surnames[surname])
                return [self._ref(actor, token.i, token.i + 1, "ner", token)]
            if ent is None and token.text[:1].isupper():
                known = self.people.by_surname(token.text)
                if known is not None:
                    return [self._ref(known, token.i, token.i + 1, "ner", token)]
        if token.text in self.acronyms and (ent is None or not ent.ent_id_):
            return [self._ref(self.acronyms[token.text], token.i, token.i + 1, "ner", token)]
        if ent is not None and ent.label_ in (*ACTOR_LABELS, "LOC", "FAC"):
            found = self.entity_actor(ent)
            if found:
                return [self._ref(found[0], ent.start, ent.end, found[1], token)]
            if not (ent.label_ == "ORG" and self._generic_name(ent)):
                return []
            # "China's coast guard" taken for a name: the role phrase it is.
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            return self._pronoun(token)
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return []
        if token.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(token)):
            # "the FDLR, a Hutu militia": an indefinite description of the actor before it.
            refs = [r for r in self.resolve(token.head) if r.how != "pronoun"]
            if refs and self._actor_noun(token):
                return refs
        refs = self._role(token)
        if refs:
            return refs
        for child in kids(token):
            if child.dep_ == "appos":
                refs = self.resolve(child)
                if refs:
                    return refs
        # An appositive description of an actor names it: "France, the former
        # colonial power, which used to ...". Other appositions ("an option")
        # describe something else.
        if token.dep_ == "appos" and self._actor_noun(token):
            return self.resolve(token.head)
        return []

    def _actor_noun(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        roles = self.roles
        return (
            lemma in DESCRIPTIVE_ACTOR_NOUNS
            or lemma in roles.titles
            or lemma in roles.owner
            or any(lemma in nouns for nouns in roles.refer_back.values())
        )

    @staticmethod
    def _well_formed(ent: Span) -> bool:
        """A statistical entity that swallowed a verb ("Tchiani placed Bazoum") is a tagging error."""
        return not any(t.pos_ in ("VERB", "AUX") for t in ent)

    # --- role nouns -------------------------------------------------------------------
    def _role_keys(self, token: Token) -> set[str]:
        """The head lemma and "modifier head" pairs: {"leader", "coup leader", "junta leader"}."""
        cached = self._keys.get(token.i)
        if cached is None:
            cached = self._keys[token.i] = self._compute_role_keys(token)
        return cached

    def _compute_role_keys(self, token: Token) -> set[str]:
        head = token.lemma_.lower()
        keys = {head, token.lower_}
        for child in lefts(token):
            if child.dep_ in ("amod", "compound", "nmod") and child.pos_ in ("ADJ", "NOUN", "VERB", "PROPN"):
                keys.add(f"{child.lemma_.lower()} {head}")
                keys.add(f"{child.lower_} {head}")
        for child in rights(token):
            # "head of state", "declaration of war"
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in kids(child):
                    if obj.dep_ == "pobj":
                        keys.add(f"{head} of {obj.lower_}")
        return keys

    def role_class(self, token: Token) -> str | None:
        keys = self._role_keys(token)
        roles = self.roles
        if keys & roles.units:
            return "unit"
        if keys & roles.junta:
            return "junta"
        if keys & roles.junta_in_coup:
            return "junta_in_coup"
        if keys & roles.army:
            return "army"
        if keys & roles.owner:
            return "owner"
        if keys & roles.group_members:
            return "member"
        if keys & roles.titles:
            return "title"
        return None

    def _role(self, token: Token) -> list[Ref]:
        lemma = token.lemma_.lower()
        if lemma not in self.roles.vocabulary and token.lower_ not in self.gazetteer.collective_heads:
            return []
        collective = self._collective(token)
        if collective:
            return collective
        if lemma in self.roles.crowds:
            return self._crowd(token)
        if lemma in self.roles.led_bodies:
            led = self._led_body(token)
            if led:
                return led
        if lemma in self.roles.opposition or (lemma in self.roles.opposition_members and self._opposition_modifier(token)):
            opposition = self._opposition(token)
            if opposition or lemma in self.roles.opposition:
                return opposition
        role = self.role_class(token)
        if role == "title" or self._role_keys(token) & self.roles.titles:
            # "a Rwandan minister, James Kabarebe", "his counterpart, Rustem Umerov": the title names the person.
            for child in kids(token):
                if child.dep_ == "appos" and child.i in self.entity_at and self.is_person(self.entity_at[child.i]):
                    refs = self.resolve(child)
                    if refs and refs[0].actor.kind is ActorKind.PERSON:
                        return refs
        owners = self.owners(token)
        if not owners and role in ("owner", "junta_in_coup", "army"):
            # "the government of Aung San Suu Kyi": a person's government is their
            # state when the article said which, else the person; never some other state.
            led = [r for w, o in prepositions(token) if w == "of" for r in self.resolve(o) if r.actor.kind is ActorKind.PERSON]
            if led:
                start, end = self._phrase(token, led)
                heads = [self.gazetteer.actors.get(self.affiliation.get(r.actor.id, ""), r.actor) for r in led]
                return [self._ref(a, start, end, "role", token) for a in heads]
        start, end = self._phrase(token, owners)
        if role is not None and owners:
            refs = []
            for owner in owners:
                actor = self._owned(role, owner.actor, token)
                if actor is not None:
                    refs.append(self._ref(actor, start, end, "role", token))
            return refs
        described = self._described_group(token)
        if described:
            return described
        if role is None and not owners and token.lemma_.lower() in self.roles.refer_back.get("STATE", frozenset()):
            # "Macron, whose country ...": the state of the one the clause describes.
            whose = [c for c in lefts(token) if c.dep_ == "poss" and c.lower_ == "whose"]
            if whose and token.head.dep_ == "relcl" or (whose and token.head.head.dep_ == "relcl"):
                clause = token.head if token.head.dep_ == "relcl" else token.head.head
                owners = [r for r in self.resolve(clause.head) if r.how != "pronoun"]
        if role is None and owners and token.lemma_.lower() in NEIGHBOUR_NOUNS:
            # "its neighbour": the state the article names besides the owner.
            own = {o.actor.id for o in owners}
            found = self._salient(lambda a: a.kind is ActorKind.STATE and a.id not in own, token)
            return [self._ref(found, start, end, "refer", token)] if found else []
        if role is None and owners and token.lemma_.lower() in self.roles.refer_back.get("STATE", frozenset()):
            # "the island country of Tonga", "the nation of Niger"; "whose country": a person's state.
            states = [self.gazetteer.actors.get(self.affiliation.get(o.actor.id, ""), o.actor) for o in owners]
            return [self._ref(a, start, end, "role", token) for a in states if a.kind is ActorKind.STATE]
        if role is None and self._refers_back(token):
            # "the Viv Ansanm coalition", "the ECOWAS bloc": the named body itself;
            # an unknown name ("the Sahel alliance") refers back to nothing.
            names = [c for c in lefts(token) if c.dep_ == "compound" and c.pos_ == "PROPN"]
            named = [r for c in names for r in self.resolve(c) if r.actor.kind not in (ActorKind.STATE, ActorKind.PERSON)]
            if names and not named and token.lemma_.lower() == "party":
                # "the Georgian Dream party": a party named by capitalised words the NER missed.
                first = token.i
                while first > start and self.doc[first - 1].text[:1].isupper() and self.doc[first - 1].pos_ in ("PROPN", "ADJ"):
                    first -= 1
                if first < token.i:
                    name = self.doc[first : token.i].text
                    party = Actor(id="org:" + slug(name), name=name, kind=ActorKind.ORG, aliases=(f"{name} party",))
                    return [self._ref(party, start, end, "role", token)]
            if names:
                return [self._ref(r.actor, start, end, "role", token) for r in named]
        if role is not None or self._refers_back(token):
            # "the pro-Western coalition" sides with the West: it is not the West.
            sided = {r.actor.id for c in lefts(token) if c.i in self.entity_at and self.stance_modifier(c) for r in self.resolve(c)}
            return [r for r in self._refer_back(token, role, start, end) if r.actor.id not in sided]
        return []

    def _phrase(self, token: Token, owners: list[Ref]) -> tuple[int, int]:
        start = token.i
        for child in lefts(token):
            if child.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod", "quantmod", "predet"):
                start = min(start, child.left_edge.i)
        end = token.i + 1
        for child in rights(token):
            if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS and owners:
                end = max(end, child.right_edge.i + 1)
        return start, end

    def coordinated(self, token: Token) -> list[Token]:
        """A phrase and those coordinated with it, counting a list the parser
        read as appositions ("Mali, Burkina Faso and Niger signed")."""
        found = conjuncts(token)
        if token.i in self.entity_at:
            mine = self.entity_at[token.i]
            for child in kids(token):
                if child.dep_ == "appos" and child.i in self.entity_at and child.pos_ == "PROPN":
                    ours = self.resolve(token)
                    theirs = self.resolve(child)
                    if ours and theirs and ours[0].actor.kind is theirs[0].actor.kind:
                        found.extend(c for c in conjuncts(child) if c not in found)
                # "of Mali and Burkina Faso" parsed with "Mali" as a modifier of "Faso"
                elif child.dep_ in ("nmod", "compound") and child.i in self.entity_at and self.entity_at[child.i] != mine:
                    between = self.doc[child.i : mine.start]
                    if any(t.dep_ == "cc" or t.lower_ in ("and", "or") for t in between):
                        found.insert(0, child)
        return found

    def owners(self, token: Token) -> list[Ref]:
        """The actors a role noun belongs to: its possessive, its of/in-phrase
        ("the pro-Russian leaders of Mali"), or an actor modifier ("U.S. officials")."""
        if token.lemma_.lower() in self.roles.group_members:
            # "Colombia's ELN rebels": the group named, not the state they are in.
            for child in lefts(token):
                if child.dep_ == "compound" and child.i in self.entity_at:
                    refs = [r for r in self.resolve(child) if r.actor.kind not in (ActorKind.STATE, ActorKind.PERSON)]
                    if refs:
                        return refs
        for child in lefts(token):
            # "Egypt, whose army trained Somali troops": the noun the clause describes.
            if child.dep_ == "poss" and child.lower_ == "whose" and token.lemma_.lower() not in RELATIONAL_ROLES:
                clause = token.head
                for _ in range(3):
                    if clause.dep_ == "relcl" or clause.head == clause:
                        break
                    clause = clause.head
                if clause.dep_ == "relcl":
                    refs = [r for r in self.resolve(self.antecedent(clause)) if r.how != "pronoun"]
                    if refs:
                        return refs
        for child in lefts(token):
            # "his Ukrainian counterpart": the possessor of a counterpart is the other side.
            if child.dep_ == "poss" and token.lemma_.lower() not in RELATIONAL_ROLES:
                refs = [r for c in conjuncts(child) for r in self.resolve(c)]
                if refs:
                    return refs
        of_phrase = self._owner_phrase(token, ("of",))
        if of_phrase:
            return of_phrase
        for child in lefts(token):
            if child.dep_ in ("amod", "compound", "nmod") and child.i in self.entity_at and not self.stance_modifier(child):
                # "American and British warplanes": coordinated modifiers, each an owner.
                refs = [r for c in conjuncts(child) if c.i in self.entity_at for r in self.resolve(c)]
                if refs:
                    return refs
        for child in lefts(token):
            # "U.S. government personnel": the owner sits on a role-noun modifier.
            if child.dep_ == "compound" and child.pos_ == "NOUN" and self.role_class(child) == "owner":
                refs = [r for r in self.resolve(child) if r.how != "pronoun"]
                if refs:
                    return refs
        # "a spokeswoman for the Russian foreign ministry": whom a title speaks or works for.
        if self._role_keys(token) & self.roles.titles:
            working_for = self._owner_phrase(token, ("for",))
            if working_for:
                return working_for
        # "officials in Mali", "troops from Chad"; but "positions in Syria" are
        # not Syria's (things are where they are, not whose).
        located = [] if token.lemma_.lower() in self.roles.things else self._owner_phrase(token, ("in", "from", "within"))
        if located:
            return located
        # "militants linked to al-Qaeda", "fighters loyal to the junta"
        for child in kids(token):
            if child.dep_ in ("acl", "amod") and child.lower_ in AFFILIATION_WORDS:
                refs = [r for w, o in prepositions(child) if w in ("to", "with") for r in self.resolve(o)]
                refs = [r for r in refs if r.actor.kind is not ActorKind.PERSON]
                if refs:
                    return refs
        # "gathered with presidents ... from 11 West African states": the owner
        # phrase the parser hung on the verb instead of the role noun.
        governor = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
        if governor is not None and governor.pos_ == "VERB" and self.role_class(token) in ("title", "owner"):
            for child in kids(governor):
                if child.dep_ == "prep" and child.lower_ == "from" and child.i > token.i:
                    refs = [r for o in kids(child) if o.dep_ == "pobj" for c in self.coordinated(o) for r in self.resolve(c)]
                    refs = [r for r in refs if r.actor.kind is not ActorKind.PERSON and r.how != "pronoun"]
                    if refs:
                        return refs
        # "condemned the coup in Gabon": the place phrase the parser hung on the verb.
        if token.dep_ in ("dobj", "nsubjpass") and self.role_class(token) == "junta":
            for child in kids(token.head):
                if child.dep_ == "prep" and child.lower_ == "in":
                    refs = [r for o in kids(child) if o.dep_ == "pobj" for r in self.resolve(o)]
                    refs = [r for r in refs if r.actor.kind is ActorKind.STATE]
                    if refs:
                        return refs
        return []

    def _owner_phrase(self, token: Token, words: tuple[str, ...]) -> list[Ref]:
        for child in rights(token):
            if child.dep_ == "prep" and child.lower_ in words:
                for obj in kids(child):
                    if obj.dep_ == "pobj":
                        refs = [r for c in self.coordinated(obj) for r in self.resolve(c) if r.how != "pronoun"]
                        refs = [r for r in refs if r.actor.kind is not ActorKind.PERSON]
                        if refs:
                            return refs
        return []

    def stance_modifier(self, token: Token) -> bool:
        """"pro-Russian", "anti-French", "Kremlin-backed": the modifier names who
        the phrase's actor sides with or is backed by, not who it belongs to."""
        ent = self.entity_at.get(token.i)
        start, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
        doc = self.doc
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
            return True
        if token.lower_.startswith(("pro-", "anti-")):
            return True
        return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in STANCE_SUFFIXES

    def _owned(self, role: str, owner: Actor, token: Token) -> Actor | None:
        """What a role noun names given its owner."""
        kind = owner.kind
        if kind is ActorKind.PERSON:
            iso3 = self.affiliation.get(owner.id)
            if role in ("owner", "junta_in_coup") and token.lemma_ in ("government", "administration", "regime"):
                return self.gazetteer.actors.get(iso3) if iso3 else None
            if role == "junta":
                # "his junta leaders": the junta the article is about.
                return self._salient(lambda a: a.id.endswith(":junta"), token)
            if role in ("owner", "army") and token.lemma_.lower() in PERSONAL_FORCES:
                # "Khalifa Haftar's forces attacked Tripoli": a warlord's forces are
                # his; a head of state's, his state's.
                return self.gazetteer.actors.get(iso3, owner) if iso3 else owner
            return None
        if role == "title":
            holder = self._title_holder(token, owner)
            if holder is not None:
                return holder
        if role == "member":
            return owner if kind in (ActorKind.ARMED_GROUP, ActorKind.ORG, ActorKind.MILITARY) else None
        if kind is not ActorKind.STATE:
            return owner if role in ("owner", "title", "junta_in_coup", "army") else None
        iso3 = owner.id
        if role == "junta" or (role == "junta_in_coup" and iso3 in self.juntas):
            return Derived.junta(self.gazetteer, iso3)
        if role == "army":
            return self.gazetteer.army(iso3)
        if role == "unit":
            unit = next(k for k in sorted(self._role_keys(token), key=len, reverse=True) if k in self.roles.units)
            return Derived.unit(self.gazetteer, iso3, unit)
        return owner

    def _title_holder(self, token: Token, owner: Actor) -> Actor | None:
        """"the French ambassador" after "its ambassador, Sylvain Itte": the named
        person the article gave that title for that owner."""
        keys = self._role_keys(token) & self.roles.titles
        if not keys:
            return None
        for ref in reversed(self.history):
            person = ref.actor
            if person.kind is ActorKind.PERSON and self.affiliation.get(person.id) == owner.id:
                if keys & self.titles.get(person.id, set()):
                    return person
        return None

    def _opposition_modifier(self, token: Token) -> Token | None:
        return next((c for c in lefts(token) if c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.roles.opposition), None)

    def _opposition(self, token: Token) -> list[Ref]:
        """"the opposition", "Venezuela's opposition", "opposition leaders": a
        state's political opposition; "opposition to the plan" is no actor."""
        head = token
        if token.lemma_.lower() in self.roles.opposition:
            if any(w in ("to", "from", "against") for w, _ in prepositions(token)) or token.dep_ in ("compound", "amod"):
                return []
            if not any(c.dep_ in ("det", "poss", "amod", "compound") for c in lefts(token)):
                return []
        else:
            if token.tag_ != "NNS" and token.lemma_.lower() not in OPPOSITION_BODIES:
                # "the opposition leader": one unnamed person, no actor.
                return []
            head = self._opposition_modifier(token)
        states = [o for o in self.owners(head) if o.actor.kind is ActorKind.STATE]
        start, end = self._phrase(token, states)
        return [self._ref(self.opposition_of(states[0].actor.id if states else None), start, end, "role", token)]

    def opposition_of(self, iso3: str | None) -> Actor:
        """The political opposition of a state, or unqualified."""
        if iso3 is None:
            return Actor(id="opposition", name="opposition", kind=ActorKind.ORG, aliases=("opposition leaders", "the opposition"))
        state = self.gazetteer.states[iso3]
        demonym = state.demonyms[0] if state.demonyms else state.name
        return Actor(
            id=f"opposition:{iso3.lower()}",
            name=f"{demonym} opposition",
            kind=ActorKind.ORG,
            aliases=("opposition", f"{state.name}'s opposition", "opposition leaders"),
        )

    def _led_body(self, token: Token) -> list[Ref]:
        """"the Saudi-led coalition", "a Kenyan-led mission": a body of its own,
        named by who leads it (the leader is LEADER_OF it, standing.py)."""
        doc = self.doc
        for child in lefts(token):
            if child.lower_ == "led" and child.i >= 2 and doc[child.i - 1].text == "-":
                name = doc[child.i - 2]
                leaders = [r.actor for r in self.resolve(name) if r.actor.kind in (ActorKind.STATE, ActorKind.IGO)]
                text = name.text
            elif child.lower_.endswith("-led") and child.lower_ != "-led":
                text = child.text[: -len("-led")]
                found = self.gazetteer.id_for(text)
                leaders = [self.gazetteer.actors[found]] if found in self.gazetteer.actors else []
            else:
                continue
            if len(leaders) != 1:
                return []
            leader = leaders[0]
            noun = token.lemma_.lower()
            actor = Actor(
                id=f"led:{slug(leader.id)}-{slug(noun)}",
                name=f"{text}-led {noun}",
                kind=ActorKind.IGO,
                aliases=(f"{leader.name}-led {noun}",),
            )
            return [self._ref(actor, *self._phrase(token, []), "role", token)]
        return []

    def _crowd(self, token: Token) -> list[Ref]:
        """"Nigerien protesters", "protesters in Niamey", "supporters of the junta"."""
        supported = [] if token.lemma_.lower() != "supporter" else self._owner_phrase(token, ("of",))
        start, end = self._phrase(token, supported)
        if supported:
            backed = supported[0].actor
            actor = Actor(id=f"crowd:supporters-of-{slug(backed.id)}", name=f"supporters of {backed.name}", kind=ActorKind.ORG)
            return [self._ref(actor, start, end, "role", token)]
        places = [o for o in self.owners(token) if o.actor.kind is ActorKind.STATE]
        if places:
            state = self.gazetteer.states[places[0].actor.id]
            demonym = state.demonyms[0] if state.demonyms else state.name
            actor = Actor(
                id=f"crowd:{state.iso3.lower()}",
                name=f"{demonym} protesters",
                kind=ActorKind.ORG,
                aliases=(f"protesters in {state.name}", f"{demonym} demonstrators"),
            )
            start, end = self._phrase(token, places)
            return [self._ref(actor, start, end, "role", token)]
        if token.tag_ == "NNS" or any(c.dep_ == "det" for c in kids(token)):
            actor = Actor(id="crowd:protesters", name="protesters", kind=ActorKind.ORG, aliases=("demonstrators",))
            return [self._ref(actor, start, end, "role", token)]
        return []

    def _described_group(self, token: Token) -> list[Ref]:
        """"Tuareg armed groups", "jihadist groups": an unnamed armed group
        described by a people or an ideology, identified by those words."""
        if token.lemma_.lower() not in self.roles.group_heads:
            return []
        words: list[Token] = []
        describing = False
        for child in lefts(token):
            if child.dep_ not in ("amod", "compound", "nmod"):
                continue
            ent = self.entity_at.get(child.i)
            if ent is not None and (ent.ent_id_ or self.entity_actor(ent)):
                return []
            # A people or faction the NER may tag anything ("Tuareg", "Kurdish"), or an ideology.
            if ent is not None or child.pos_ == "PROPN" or child.lower_ in self.roles.group_modifiers:
                describing = True
            words.append(child)
        if not describing:
            return []
        determiners = {c.lower_ for c in kids(token) if c.dep_ == "det"}
        if determiners & DEFINITE and all(w.lower_ in self.roles.group_modifiers or w.lower_ == "armed" for w in words):
            # "the militant group" after "Hezbollah": a description of the group named before.
            named = self._salient(lambda a: a.kind is ActorKind.ARMED_GROUP and not a.id.startswith("group:"), token)
            if named is not None:
                start, end = self._phrase(token, [])
                return [self._ref(named, start, end, "refer", token)]
        name = " ".join([w.text for w in words] + [token.text])
        key = " ".join([w.lower_ for w in words] + [token.lemma_.lower()])
        actor = Actor(id="group:" + slug(key), name=name, kind=ActorKind.ARMED_GROUP)
        return [self._ref(actor, words[0].i, token.i + 1, "role", token)]

    def _collective(self, token: Token) -> list[Ref]:
        """"West African leaders" -> ECOWAS: a region's states acting as its bloc."""
        if token.lower_ not in self.gazetteer.collective_heads and token.lemma_ + "s" not in self.gazetteer.collective_heads:
            return []
        modifiers = [c for c in lefts(token) if c.dep_ in ("amod", "compound", "nmod")]
        if not modifiers:
            return []
        region = self.doc[modifiers[0].left_edge.i : token.i].text
        region = re.sub(r"^\d+\s+|^(?:[Ee]leven|[Tt]welve|[Ff]ifteen)\s+", "", region)
        bloc = self.gazetteer.collectives.get(region)
        if bloc is None or bloc not in self.gazetteer.actors:
            return []
        start, end = self._phrase(token, [])
        return [self._ref(self.gazetteer.actors[bloc], start, end, "role", token)]

    def _refers_back(self, token: Token) -> bool:
        return any(token.lemma_.lower() in nouns for nouns in self.roles.refer_back.values())

    def _refer_back(self, token: Token, role: str | None, start: int, end: int) -> list[Ref]:
        """"the junta", "the bloc", "the country", "the two governments"."""
        determiners = {c.lower_ for c in kids(token) if c.dep_ in ("det", "predet")}
        numbered = any(c.dep_ == "nummod" for c in kids(token))
        keys = self._role_keys(token)
        refer = self.roles.refer_back
        # A bare plural refers back only when nothing restricts it: "detained by
        # soldiers", but not "ruled by soldiers who took power in coups".
        restricted = any(c.dep_ in ("relcl", "acl", "prep") for c in kids(token))
        bare_plural = (
            token.tag_ == "NNS"
            and not determiners
            and not restricted
            and (role in ("junta", "junta_in_coup") or keys & refer.get("junta", frozenset()))
        )
        if not (determiners & DEFINITE or numbered or bare_plural):
            return []
        if role == "junta" or keys & refer.get("junta", frozenset()):
            found = self._salient(lambda a: a.id.endswith(":junta"), token)
            if found is None and determiners & DEFINITE and token.lemma_.lower() == "junta":
                # "the junta" with none named before: the junta of the one state in view.
                state = self._state_in_view(token)
                if state is None:
                    # ... or of the state whose army the article has named.
                    army = self._salient(lambda a: a.id.endswith(":army"), token)
                    state = self.gazetteer.actors[army.id.split(":")[0]] if army is not None else None
                found = Derived.junta(self.gazetteer, state.id) if state is not None else None
            return [self._ref(found, start, end, "refer", token)] if found else []
        if determiners & DEFINITE and not plural_tag(token) and keys & refer.get("STATE_BODY", frozenset()):
            # "the army", "the government": the state the article is mostly about (its army).
            if role == "army":
                # "the military": the army the article has named, else the main state's.
                found = self._salient(lambda a: a.id.endswith(":army"), token)
                if found is None:
                    state = self._salient(lambda a: a.kind is ActorKind.STATE, token)
                    found = self.gazetteer.army(state.id) if state is not None else None
            else:
                found = self._salient(lambda a: a.kind is ActorKind.STATE or a.id.endswith(":army"), token)
                if found is not None and found.id.endswith(":army"):
                    found = self.gazetteer.actors[found.id.split(":")[0]]
            return [self._ref(found, start, end, "refer", token)] if found else []
        plural = token.tag_ in ("NNS", "NNPS")
        # "the three countries", and counted role nouns: "the two governments",
        # "both neighbours" (a bare "the forces" refers to no group).
        counted = numbered or "both" in determiners
        if plural and keys & refer.get("PARTIES", frozenset()):
            # "both sides", "the two sides", "the warring parties": the two sides
            # of the conflict ("all parties" may be more than two: no one).
            warring = any(c.dep_ == "amod" and c.lower_ in SIDE_MODIFIERS for c in kids(token))
            if self._count(token) == 2 or (warring and "the" in determiners):
                return [self._ref(a, start, end, "refer", token) for a in self.main_parties(token)]
            return []
        if plural and (keys & refer.get("STATE", frozenset()) or (role == "owner" and counted) or (role == "title" and counted)):
            kinds = {ActorKind.STATE} if role != "title" else {ActorKind.STATE, ActorKind.PERSON}
            group = [r.actor for r in self._latest_group(token, kinds, self._count(token), REFER_WINDOW)]
            if (self._count(token) or 2) == 2 and role != "title":
                # "India and Pakistan clashed. Saudi Arabia and Iran offered to mediate.
                # The US urged both countries ...": the pair in conflict or talks, not
                # the latest two named together.
                engaged = self._engaged_pairs(token, kinds)
                if engaged and frozenset(a.id for a in group) not in engaged:
                    group = [self.gazetteer.actors[i] for i in sorted(engaged[0])]
            if not group and (self._count(token) or 2) == 2:
                # "both countries", "the two leaders": the two sides of the conflict.
                group = [a for a in self.main_parties(token) if role == "title" or a.kind is ActorKind.STATE]
                group = group if len(group) == 2 else []
            if not group:
                group = [r.actor for r in self._latest_group(token, kinds, self._count(token))]
            return [self._ref(a, start, end, "refer", token) for a in group]
        if plural and keys & refer.get("IGO", frozenset()):
            group = self._latest_group(token, {ActorKind.IGO})
            return [self._ref(r.actor, start, end, "refer", token) for r in group]
        for kind_name in ("IGO", "STATE", "ARMED_GROUP", "PERSON"):
            if keys & refer.get(kind_name, frozenset()):
                wanted = ActorKind(kind_name)
                accept = {wanted}
                if wanted is ActorKind.ARMED_GROUP:
                    accept |= {ActorKind.ORG, ActorKind.MILITARY}
                if wanted is ActorKind.PERSON:
                    found = self._latest_titled(keys, token)
                else:
                    found = self._salient(lambda a: a.kind in accept and not a.id.endswith(":junta"), token)
                return [self._ref(found, start, end, "refer", token)] if found else []
        return []

    def _state_in_view(self, token: Token) -> Actor | None:
        """The one state named as the scene of a coup earlier in this sentence
        or in the one before."""
        here = self.sentence_number[token.i]
        for number in (here, here - 1):
            states = {
                r.actor.id: r.actor
                for r in self.history
                if self.sentence_number[r.token] == number
                and r.token < token.i
                and r.actor.kind is ActorKind.STATE
                and self._in_view(self.doc[r.token])
            }
            if len(states) == 1:
                return next(iter(states.values()))
            if states:
                return None
        return None

    def _in_view(self, head: Token) -> bool:
        """A state named as the place of events ("seized power in Burkina Faso")
        or as the owner of a coup or junta ("Mali's coup")."""
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "of", "across"):
            return True
        return head.dep_ in ("poss", "compound", "amod", "nmod") and self.role_class(head.head) == "junta"

    def _recent(self, token: Token, window: int = REFER_WINDOW) -> list[Ref]:
        """History within ``window`` sentences before ``token``, latest first."""
        here = self.sentence_number[token.i]
        return [
            ref
            for ref in reversed(self.history)
            if ref.token < token.i and here - self.sentence_number[ref.token] <= window
        ]

    def _salient(self, accept: Callable[[Actor], bool], token: Token) -> Actor | None:
        """The compatible actor the article has named most often so far among those
        in the reference window ("the bloc" after "ECOWAS and UEMOA held a summit"
        is ECOWAS, the one the article is about); the latest on a tie."""
        candidates = [r.actor for r in self._recent(token, DESCRIPTOR_WINDOW) if accept(r.actor)]
        if not candidates:
            return None
        counts: dict[str, int] = {}
        for ref in self.history:
            if ref.token < token.i:
                counts[ref.actor.id] = counts.get(ref.actor.id, 0) + 1
        best = max(counts.get(a.id, 0) for a in candidates)
        return next(a for a in candidates if counts.get(a.id, 0) == best)

    def _latest_titled(self, keys: set[str], token: Token) -> Actor | None:
        for ref in self._recent(token):
            if ref.actor.kind is ActorKind.PERSON and keys & self.titles.get(ref.actor.id, set()):
                return ref.actor
        return None

    def _latest_group(self, token: Token, kinds: set[ActorKind], size: int | None = None, window: int = DESCRIPTOR_WINDOW) -> list[Ref]:
        """The latest coordination of actors of these kinds ("Mali and Niger"), of ``size`` actors when given."""
        for group in reversed(self.groups):
            if group[0].token < token.i and all(r.actor.kind in kinds for r in group):
                if size is not None and len({r.actor.id for r in group}) != size:
                    continue
                if self._sentences_between(group[0].token, token.i) <= window:
                    return group
        return []

    @staticmethod
    def _count(token: Token) -> int | None:
        """How many a plural phrase counts: "both" 2, "the three countries" 3."""
        for child in kids(token):
            if child.dep_ in ("det", "predet", "preconj") and child.lower_ == "both":
                return 2
            if child.dep_ == "nummod":
                return NUMBER_WORDS.get(child.lower_) or (int(child.text) if child.text.isdigit() else None)
        return None

    # --- pronouns -------------------------------------------------------------------------
    def _pronoun(self, token: Token) -> list[Ref]:
        word = token.lower_
        if word in SPEAKER_PRONOUNS | SPEAKER_GROUP_PRONOUNS:
            return self._speaker(token)
        if word == "both":
            # "called on both to show restraint": the two sides, as "both sides";
            # as a subject "both" sums up the phrase before it ("coups in Mali and
            # Burkina Faso, both backed by Russia"): no sides.
            if token.dep_ not in ("dobj", "pobj", "dative", "iobj"):
                return []
            return [self._ref(a, token.i, token.i + 1, "refer", token) for a in self._two_sides(token)]
        if word in PLURAL_PRONOUNS:
            accept: Callable[[list[Ref]], bool] = lambda refs: len({r.actor.id for r in refs}) >= 2 or (
                len(refs) == 1 and self._plural(refs[0])
            )
        elif word in NEUTER_PRONOUNS:
            accept = lambda refs: len(refs) == 1 and refs[0].actor.kind is not ActorKind.PERSON
        elif word in PERSONAL_PRONOUNS:
            gender = "f" if word in FEMININE_PRONOUNS else "m"
            accept = lambda refs: (
                len(refs) == 1
                and refs[0].actor.kind is ActorKind.PERSON
                and self.gender.get(refs[0].actor.id, gender) == gender
            )
        else:
            return []
        if token.dep_ == "poss" and token.head.dep_ == "conj":
            # "Russia and its Wagner Group": the possessor is the first conjunct.
            first = token.head
            while first.dep_ == "conj" and first.head != first:
                first = first.head
            refs = [r for r in self.resolve(first) if r.how != "pronoun"]
            if refs and accept(refs):
                return [self._pronoun_ref(r, token) for r in refs]
        subject = self._clause_subject(token)
        # "Blinken ... pressed him": an object pronoun is never its own clause's subject.
        excluded: set[str] = set()
        if token.dep_ in OBJECT_PRONOUN_DEPS and not token.lower_.endswith(("self", "selves")):
            excluded = {r.actor.id for r in subject}
            subject = []
        # "the FDLR, which it accuses Kinshasa of backing": a pronoun in a relative
        # clause is not the noun the clause describes, but the subject of the
        # clause that noun is in ("Rwanda says it acts against X, which it ...").
        described = self._relative_head(token)
        if described is not None:
            excluded |= described
            outer = [r for r in self._outer_subject(token) if r.actor.id not in excluded]
            if not subject and outer and accept(outer):
                subject = outer
        if subject and accept(subject):
            self._learn_gender(word, subject[0].actor)
            return [self._pronoun_ref(r, token) for r in subject]
        if word in PLURAL_PRONOUNS:
            plural = self._latest_plural(token)
            return [self._pronoun_ref(r, token) for r in plural]
        for ref in self._recent(token):
            if ref.actor.id not in excluded and accept([ref]) and self._sentences_between(ref.token, token.i) <= 2:
                self._learn_gender(word, ref.actor)
                return [self._pronoun_ref(ref, token)]
        return []

    def _outer_subject(self, token: Token) -> list[Ref]:
        """The subject of the clause governing the relative clause ``token`` is in."""
        node = token.head
        while node.dep_ != "relcl" and node.head != node:
            node = node.head
        verb = node
        for _ in range(4):
            if verb.head == verb:
                break
            verb = verb.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            subjects = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return [r for c in subjects for r in self.resolve(c)]
        return []

    def _relative_head(self, token: Token) -> set[str] | None:
        """The actors a relative clause ``token`` is in describes (None outside one)."""
        node = token.head
        while node.dep_ not in ("relcl", "ROOT") and node.head != node:
            node = node.head
        if node.dep_ != "relcl" or node.left_edge.lower_ not in ("which", "that", "who", "whom", "whose"):
            return None
        head = self.antecedent(node)
        described = [head, *[c for c in kids(head) if c.dep_ == "appos"]]
        if head.dep_ == "appos":
            described.append(head.head)
        return {r.actor.id for c in described if c.i != token.i for r in self.resolve(c)}

    def antecedent(self, clause: Token) -> Token:
        """The noun a relative clause describes. "its ambassador to the UAE, which
        it accuses": the parser often hangs the clause on the title, but "which"
        never names a person, so it is the actor named right before it."""
        head = clause.head
        pronoun = clause.left_edge
        if pronoun.lower_ != "which" or head.lemma_.lower() not in self.roles.titles:
            return head
        before = pronoun.i - 1
        while before > head.i and self.doc[before].is_punct:
            before -= 1
        nearest = self.doc[before]
        if before > head.i and nearest in head.subtree and any(r.actor.kind is not ActorKind.PERSON for r in self.resolve(nearest)):
            return nearest
        return head

    def _learn_gender(self, pronoun: str, actor: Actor) -> None:
        """Remember a person's pronoun so that "she" later skips a man named since."""
        if pronoun in PERSONAL_PRONOUNS and actor.kind is ActorKind.PERSON:
            self.gender.setdefault(actor.id, "f" if pronoun in FEMININE_PRONOUNS else "m")

    def _latest_plural(self, token: Token) -> list[Ref]:
        """The most recent plural antecedent within two sentences: a coordination
        ("Mali and Burkina Faso") or a plural phrase ("American diplomats")."""
        best: list[Ref] = []
        best_at = -1
        for group in self.groups:
            if best_at < group[0].token < token.i:
                best, best_at = group, group[0].token
        for ref in self.history:
            if best_at < ref.token < token.i and self._plural(ref):
                if ref.actor.kind is not ActorKind.PERSON:
                    best, best_at = [ref], ref.token
        if best and self._sentences_between(best_at, token.i) <= 2:
            return best
        return []

    def _plural(self, ref: Ref) -> bool:
        """A plural antecedent: a common noun in the plural, or a group named in
        the plural ("the Houthis"); not "ECOWAS" or "Philippines", tagged plural
        but one actor."""
        head = self.doc[ref.token]
        if head.tag_ == "NNS" and head.i not in self.entity_at:
            return True
        return ref.actor.id in self.gazetteer.plural_ids

    def _sentences_between(self, earlier: int, later: int) -> int:
        return self.sentence_number[later] - self.sentence_number[earlier]

    def _clause_subject(self, token: Token) -> list[Ref]:
        """The subject of the clause a possessive or object pronoun sits in."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            node = token.head
            # "X said they would ...", "X told reporters that ... and she was not
            # given ...": the subject of the reporting verb above.
            while node.dep_ == "conj" and node.head != node:
                node = node.head
            if node.dep_ in ("ccomp",) and node.head != node:
                node = node.head
            else:
                return []
        else:
            node = token.head
            while node.pos_ not in ("VERB", "AUX") and node.head != node:
                node = node.head
        for _ in range(3):
            subjects = [c for c in kids(node) if c.dep_ in ("nsubj", "nsubjpass") and c != token]
            if subjects and any(token in s.subtree for s in subjects) and node.dep_ == "ccomp":
                # "France said its troops would leave": "its" is inside the
                # subject, so it refers to the reporting verb's subject.
                node = node.head
                continue
            if subjects:
                if node.dep_ == "relcl" and subjects[0].lower_ in ("who", "which", "that"):
                    # "Blinken, who pressed him": the relative pronoun is the head noun.
                    subjects = [node.head]
                refs = [r for s in subjects for c in conjuncts(s) for r in self.resolve(c)]
                return [r for r in refs if r.token != token.i]
            if node.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl") and node.head != node:
                node = node.head
                while node.pos_ not in ("VERB", "AUX") and node.head != node:
                    node = node.head
            else:
                break
        return []

    def _speaker(self, token: Token) -> list[Ref]:
        """Who "I" or "we" is: the speaker a saying verb names in this sentence,
        else in the next or previous one (quotes span sentences)."""
        number = self.sentence_number[token.i]
        sentences = self.sentences
        for offset in (0, 1, -1, 2):
            index = number + offset
            if not 0 <= index < len(sentences):
                continue
            speakers = self._quote_speakers(sentences[index], token)
            if speakers:
                break
        else:
            return []
        speaker = speakers[0]
        if token.lower_ in SPEAKER_GROUP_PRONOUNS and speaker.actor.kind is ActorKind.PERSON:
            iso3 = self.affiliation.get(speaker.actor.id)
            if not iso3:
                return []
            return [self._pronoun_ref_actor(self.gazetteer.actors[iso3], token)]
        if token.lower_ in SPEAKER_PRONOUNS and speaker.actor.kind is not ActorKind.PERSON:
            return []
        return [self._pronoun_ref_actor(speaker.actor, token)]

    def _quote_speakers(self, sent: Span, pronoun: Token) -> list[Ref]:
        for verb in sent:
            if verb.lemma_.lower() not in QUOTE_VERBS or verb.pos_ != "VERB":
                continue
            for subject in kids(verb):
                if subject.dep_ == "nsubj" and subject.lower_ not in SPEAKER_PRONOUNS | SPEAKER_GROUP_PRONOUNS:
                    if subject.i == pronoun.i:
                        continue
                    refs = self.resolve(subject)
                    if refs:
                        return refs
        return []

    def _pronoun_ref(self, ref: Ref, token: Token) -> Ref:
        return self._pronoun_ref_actor(ref.actor, token)

    def _pronoun_ref_actor(self, actor: Actor, token: Token) -> Ref:
        return Ref(actor, token.text, token.idx, token.idx + len(token), "pronoun", token.i)
