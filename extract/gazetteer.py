"""Named actors known in advance: states (rigour's territory list plus
``data/places.yaml``) and the bodies, groups and seats of power in
``data/gazetteer.yaml``; and the entity-ruler patterns that tag them.

Every pattern carries the canonical id of its actor, so a span the ruler tags
arrives with its id (``span.ent_id_``): ISO alpha-3 for states, the Wikidata
QID (or a ``gaz:`` slug) for the rest. Seats of power and national armed
forces carry their state's id: "the Kremlin" is Russia.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from actorgraph.extract.lexicon import read_data
from actorgraph.ontology import ActorKind
from actorgraph.records import Actor

# Labels the ruler gives: names of states and their capitals and organs (GPE),
# demonyms (NORP), named bodies and groups (ORG), places that contain a state's
# name without being the state (LOC, no id: "the Niger River").
STATE_LABEL = "GPE"
DEMONYM_LABEL = "NORP"
BODY_LABEL = "ORG"
LANDMARK_LABEL = "LOC"

# How news names a state's armed forces; an army actor's aliases are these
# after its state's demonym and possessive ("Sudanese army", "Sudan's military").
ARMY_WORDS = ("army", "military", "armed forces")

# rigour lists many spellings per territory, most of them in other languages.
# A weak name is kept as an English demonym only when it is one Latin-script
# word with a demonym ending that starts like the country's English name
# ("Nigerien" for Niger); names_strong and the English names are always kept.
_DEMONYM_ENDING = re.compile(r"(?:an|ian|ean|ien|ese|ish|ch|ot|ine|be|bè|ss|ek|ai|i|ic)$")
_LATIN = re.compile(r"^[A-Z][A-Za-z'’\-. À-ÖØ-öø-ÿ]+$")
# First words of official English state names ("Republic of Mali"); other
# multi-word names rigour lists are mostly other languages' names.
_OFFICIAL_NAME_STARTS = (
    "Republic", "Kingdom", "State", "Federal", "Federation", "Democratic", "Islamic", "Commonwealth",
    "Union", "Principality", "Sultanate", "Hashemite", "Socialist", "Arab", "Bolivarian", "Plurinational",
    "United", "Great", "People's", "The",
)
# Plural people-nouns formed from a demonym ("Israelis", "Ukrainians").
_PLURALISABLE = re.compile(r"(?:an|i)$")


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    curated: tuple[str, ...] = ()

    @property
    def actor(self) -> Actor:
        """The state as an actor; its aliases are its English names, capitals and main demonym."""
        first = self.name.split()[0]
        english = [
            n
            for n in self.names
            if (n.split()[0] in (first, *_OFFICIAL_NAME_STARTS) or (len(n) <= 6 and n.replace(".", "").isupper()))
            and all(w[0].isupper() or w in ("of", "the", "and") for w in n.split())
        ]
        aliases = dict.fromkeys((*english, *self.curated, *self.capitals, *self.demonyms[:1]))
        aliases.pop(self.name, None)
        return Actor(id=self.iso3, name=self.name, kind=ActorKind.STATE, aliases=tuple(aliases))


@dataclass
class Gazetteer:
    """Everything known in advance about named actors, by id."""

    states: dict[str, StateInfo]
    actors: dict[str, Actor]
    patterns: list[dict[str, Any]]
    collectives: dict[str, str] = field(default_factory=dict)
    collective_heads: frozenset[str] = frozenset()
    demonym_of: dict[str, str] = field(default_factory=dict)
    name_ids: dict[str, str] = field(default_factory=dict)
    plural_ids: frozenset[str] = frozenset()
    # Folded lone names of well-known people -> full name (people.yaml).
    lone_names: dict[str, str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def army(self, iso3: str) -> Actor:
        """A state's armed forces as an actor of their own ("Sudan's army", "the
        Sudanese Armed Forces"): in a coup or a civil war the army is a side,
        not the state. Its aliases are the names it goes by."""
        known = self.actors.get(f"{iso3}:army")
        if known is not None:
            return known
        return army_actor(self.states[iso3], ())

    def id_for(self, text: str) -> str | None:
        """The actor id of a name or demonym the ruler would tag ("U.S." -> USA)."""
        return self.name_ids.get(text) or self.name_ids.get(_fold(text))

    def state_for_word(self, text: str) -> str | None:
        """The state a demonym or state name stands for ("Nigerien" -> NER)."""
        return self.demonym_of.get(text) or self.demonym_of.get(_fold(text))

    def territory(self, text: str) -> str | None:
        """The state a place name the NER found stands for: a known demonym or
        name, else a country in rigour's territory list."""
        from rigour.territories import lookup_territory

        known = self.state_for_word(text)
        if known:
            return known
        found = lookup_territory(text)
        if found is None or not found.is_country or not found.alpha3:
            return None
        iso3 = found.alpha3.upper()
        return iso3 if iso3 in self.states else None

    @staticmethod
    def preload() -> None:
        """Build rigour's territory name index now: it takes about 1.5 s, which
        would otherwise stall the first document that names an unlisted place,
        in every worker process."""
        from rigour.territories import lookup_territory

        lookup_territory("France")


def _fold(text: str) -> str:
    """Without accents: "Burkinabè" -> "Burkinabe"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _demonym_rank(word: str) -> int:
    """English demonym endings first, so the main demonym leads ("Nigerien" before "Nigeri")."""
    for rank, ending in enumerate(("ian", "ean", "ien", "an", "ese", "ish", "ch", "ine", "i")):
        if word.endswith(ending):
            return rank
    return 9


# Suffixes that make an English demonym of a country's name ("Sudan" +
# "ese", "Kenya" + "n", "Egypt" + "ian").
_ENGLISH_SUFFIXES = ("ian", "ean", "ien", "an", "ese", "ish", "n", "ch", "i")


def _formed(word: str, name: str) -> tuple[int, int] | None:
    """(letters dropped from the name, suffix rank) when ``word`` is the name
    plus an English demonym suffix, else None."""
    for dropped in range(3):
        stem = name[: len(name) - dropped] if dropped else name
        if len(stem) >= 3 and word.startswith(stem) and word[len(stem) :] in _ENGLISH_SUFFIXES:
            return dropped, _ENGLISH_SUFFIXES.index(word[len(stem) :])
    return None


def _misspelt_name(word: str, name: str) -> bool:
    """Another language's spelling of the country's name ("Pakischtan",
    "Azerbaigian"), not a demonym: close to the name and not formed from it."""
    from rapidfuzz import fuzz

    return _formed(word, name) is None and fuzz.ratio(word.lower(), name.lower()) >= 80


def _demonym_order(word: str, name: str) -> tuple[int, int, int]:
    """English demonyms formed from the name first, the whole name before a
    shortened one ("Sudanese" before "Sudaan", "Italian" before "Italùii"), then
    other words by their ending ("Norwegian")."""
    formed = _formed(word, name)
    if formed is not None and _ENGLISH_SUFFIXES[formed[1]] != "i":
        return (0, *formed)
    if formed is None:
        return (1, 0, _demonym_rank(word))
    # name + "i" is English for some ("Iraqi", "Qatari") and a foreign spelling
    # of the name for others ("Lebanoni"): after the other words.
    return (2, *formed)


def _rigour_states(excluded: set[str], reassigned: set[str]) -> dict[str, tuple[str, list[str], list[str]]]:
    """iso3 -> (name, English names, demonyms) from rigour's territory list.

    The names and demonyms are only in rigour's raw territory data (the public
    Territory objects carry codes, not names), hence the private import and
    the upper bound on rigour in pyproject.toml.
    """
    from rigour._core import territories_jsonl
    from rigour.data import iter_jsonl_text

    out: dict[str, tuple[str, list[str], list[str]]] = {}
    for data in iter_jsonl_text(territories_jsonl()):
        sovereign = data.get("is_country") or data["code"] in ("ps", "xk", "tw", "eh")
        if not sovereign or data.get("is_historical"):
            continue
        iso3 = (data.get("alpha3") or data["code"]).upper()
        if iso3 == "XK":
            iso3 = "XKX"
        english = [data["name"], data["full_name"]]
        english += [n for n in data.get("names_strong", []) if _LATIN.match(n)]
        stems = {n[:4].lower() for n in english}
        candidates = [
            n
            for n in data.get("names_weak", [])
            if _LATIN.match(n) and " " not in n and len(n) > 4 and _DEMONYM_ENDING.search(n) and n[:4].lower() in stems
        ]
        # Another language's name plus "i" is that language's demonym and often a
        # surname in English text ("Misr" -> "Misri", as in "Vikram Misri").
        foreign = [n for n in data.get("names_strong", []) if n not in (data["name"], data["full_name"])]
        candidates = [n for n in candidates if not any(n.startswith(f) and n[len(f) :] in ("i", "ii", "ni") for f in foreign)]
        first = data["name"].split()[0]
        demonyms = sorted(
            (n for n in candidates if not _misspelt_name(n, first)),
            key=lambda n: _demonym_order(n, first),
        )
        names = [n for n in dict.fromkeys(english) if n not in excluded and n not in reassigned]
        out[iso3] = (data["name"], names, [d for d in demonyms if d not in excluded])
    return out


def _is_demonym(word: str) -> bool:
    return " " not in word and bool(_DEMONYM_ENDING.search(word)) and not word.isupper()


def _states(places: dict[str, Any]) -> dict[str, StateInfo]:
    excluded = set(places.get("not_states") or ())
    extra: dict[str, list[str]] = places.get("names") or {}
    # A name places.yaml gives a state is taken from whatever state rigour gave it.
    rigour = _rigour_states(excluded, {name for names in extra.values() for name in names})
    capitals: dict[str, list[str]] = places.get("capitals") or {}
    states: dict[str, StateInfo] = {}
    for iso3, (name, names, demonyms) in rigour.items():
        more = extra.get(iso3, [])
        demonyms = list(dict.fromkeys([*[m for m in more if _is_demonym(m)], *demonyms]))
        names = list(dict.fromkeys([*names, *[m for m in more if not _is_demonym(m)]]))
        # Everyday English short names first: "Ivory Coast" rather than "Côte d'Ivoire".
        display = {"CIV": "Ivory Coast", "COD": "DR Congo", "COG": "Republic of the Congo"}.get(iso3, name)
        states[iso3] = StateInfo(
            iso3=iso3,
            name=display,
            names=tuple(dict.fromkeys([display, *names])),
            demonyms=tuple(demonyms),
            capitals=tuple(capitals.get(iso3) or ()),
            curated=tuple(m for m in more if not _is_demonym(m)),
        )
    return states


def _state_patterns(states: dict[str, StateInfo]) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for info in states.values():
        for name in info.names + info.capitals:
            for form in dict.fromkeys((name, _fold(name))):
                patterns.append({"label": STATE_LABEL, "pattern": form, "id": info.iso3})
        for demonym in info.demonyms:
            forms = {demonym, _fold(demonym)}
            if _PLURALISABLE.search(demonym):
                forms |= {f + "s" for f in forms}
            for form in forms:
                patterns.append({"label": DEMONYM_LABEL, "pattern": form, "id": info.iso3})
    return patterns


def army_actor(state: StateInfo, names: tuple[str, ...]) -> Actor:
    demonym = state.demonyms[0] if state.demonyms else state.name
    generated = [f"{demonym} {word}" for word in ARMY_WORDS] + [f"{state.name}'s {word}" for word in ARMY_WORDS]
    aliases = tuple(dict.fromkeys([*names, *generated[1:]]))
    return Actor(id=f"{state.iso3}:army", name=generated[0], kind=ActorKind.MILITARY, aliases=aliases)


def _entry_actor(entry: dict[str, Any]) -> Actor:
    aliases = tuple(a for a in entry.get("aliases") or () if a != entry["name"])
    return Actor(id=entry["id"], name=entry["name"], kind=ActorKind(entry["kind"]), aliases=aliases)


@cache
def load() -> Gazetteer:
    """The gazetteer, read once per process from the package data."""
    places = read_data("places.yaml")
    data = read_data("gazetteer.yaml")
    states = _states(places)
    actors: dict[str, Actor] = {iso3: info.actor for iso3, info in states.items()}
    demonym_of = {
        form: info.iso3 for info in states.values() for d in info.demonyms for form in (d, _fold(d), d + "s")
    }
    curated: list[dict[str, Any]] = []
    for entry in [*data.get("igos", []), *data.get("armed_groups", [])]:
        actor = _entry_actor(entry)
        actors[actor.id] = actor
        for name in (actor.name, *actor.aliases):
            curated.append({"label": BODY_LABEL, "pattern": name, "id": actor.id})
        for demonym in entry.get("demonyms") or ():
            curated.append({"label": DEMONYM_LABEL, "pattern": demonym, "id": actor.id})
            demonym_of[demonym] = actor.id
    for entry in data.get("state_organs", []):
        for name in (entry["name"], *(entry.get("aliases") or ())):
            curated.append({"label": STATE_LABEL, "pattern": name, "id": entry["state"]})
    for entry in data.get("armed_forces", []):
        names = (entry["name"], *(entry.get("aliases") or ()))
        army = army_actor(states[entry["state"]], names)
        actors[army.id] = army
        curated.extend({"label": BODY_LABEL, "pattern": name, "id": army.id} for name in names)
    for name in places.get("landmarks") or ():
        curated.append({"label": LANDMARK_LABEL, "pattern": name})
    # A name listed in the gazetteer wins over the same string derived for a
    # state ("Brussels" is the EU in news, not Belgium).
    taken = {p["pattern"] for p in curated}
    patterns = [p for p in _state_patterns(states) if p["pattern"] not in taken] + curated
    collectives = data.get("collectives") or {}
    return Gazetteer(
        states=states,
        actors=actors,
        patterns=patterns,
        collectives=dict(collectives.get("regions") or {}),
        collective_heads=frozenset(collectives.get("heads") or ()),
        demonym_of=demonym_of,
        name_ids={p["pattern"]: p["id"] for p in patterns if p.get("id")},
        plural_ids=frozenset(e["id"] for e in data.get("armed_groups", []) + data.get("igos", []) if e.get("plural")),
        lone_names={_fold(lone).lower(): full for full, lones in (read_data("people.yaml") or {}).items() for lone in lones or ()},
    )
