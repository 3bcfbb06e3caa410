"""The lexicons in ``data/``, read once: verbs and nouns with their PLOVER
types (``verbs.yaml``, ``nouns.yaml``) and the role nouns and titles that name
actors (``roles.yaml``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from actorgraph.ontology import RelationType


@dataclass(frozen=True)
class Sense:
    """One reading of a predicate: its type and where its target may stand."""

    type: RelationType
    slots: tuple[str, ...]


@dataclass(frozen=True)
class Roles:
    owner: frozenset[str]
    things: frozenset[str]
    sites: frozenset[str]
    army: frozenset[str]
    group_members: frozenset[str]
    crowds: frozenset[str]
    led_bodies: frozenset[str]
    opposition: frozenset[str]
    opposition_members: frozenset[str]
    group_heads: frozenset[str]
    group_modifiers: frozenset[str]
    junta: frozenset[str]
    junta_in_coup: frozenset[str]
    units: frozenset[str]
    refer_back: dict[str, frozenset[str]]
    leader_titles: frozenset[str]
    member_titles: frozenset[str]
    subordinate: frozenset[str]
    honorifics: frozenset[str]
    appointing: frozenset[str]
    press: frozenset[str]

    @property
    def titles(self) -> frozenset[str]:
        return self._titles

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every head lemma a role phrase can have: a quick test before the work."""
        return self._vocabulary

    def __post_init__(self) -> None:
        titles = self.leader_titles | self.member_titles
        heads = {entry.split()[-1] for entry in (*self.owner, *self.army, *self.junta, *self.junta_in_coup, *self.units, *titles)}
        heads |= {entry.split()[0] for entry in titles if " of " in entry}
        heads |= {entry.split()[-1] for nouns in self.refer_back.values() for entry in nouns}
        heads |= set(self.group_members) | set(self.crowds) | set(self.group_heads) | set(self.opposition) | set(self.led_bodies)
        object.__setattr__(self, "_titles", titles)
        object.__setattr__(self, "_vocabulary", frozenset(heads))


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light: frozenset[str]
    terminative: frozenset[str]
    intent: frozenset[str]
    refusal: frozenset[str]
    reporting: frozenset[str]
    roles: Roles
    noun_classes: dict[str, str]

    @property
    def noun_heads(self) -> frozenset[str]:
        """Lemmas that head an event noun of the lexicon: a quick test before the work."""
        return self._noun_heads

    def __post_init__(self) -> None:
        heads = {key.split()[-1] for key in self.nouns} | {key.split()[0] for key in self.nouns if " of " in key}
        object.__setattr__(self, "_noun_heads", frozenset(heads))


class _Loader(yaml.SafeLoader):
    """YAML without YAML 1.1's yes/no/on/off booleans: "on" and "off" are
    prepositions and particles in these files, not truth values."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_data(name: str) -> Any:
    """A data file of the package, parsed."""
    text = resources.files("actorgraph.extract").joinpath("data", name).read_text("utf-8")
    return yaml.load(text, Loader=_Loader)


_read = read_data


def _senses(table: dict[str, list[Any]]) -> dict[str, tuple[Sense, ...]]:
    senses: dict[str, list[Sense]] = defaultdict(list)
    for type_name, entries in table.items():
        relation = RelationType(type_name)
        for entry in entries or ():
            if isinstance(entry, str):
                senses[entry].append(Sense(relation, ()))
            else:
                for lemma, slots in entry.items():
                    senses[lemma].append(Sense(relation, tuple(slots or ())))
    return {lemma: tuple(found) for lemma, found in senses.items()}


def _roles(data: dict[str, Any]) -> Roles:
    titles = data.get("titles") or {}
    return Roles(
        owner=frozenset([*(data.get("owner") or ()), *(data.get("things") or ())]),
        things=frozenset(data.get("things") or ()),
        sites=frozenset(data.get("sites") or ()),
        army=frozenset(data.get("army") or ()),
        group_members=frozenset(data.get("group_members") or ()),
        crowds=frozenset(data.get("crowds") or ()),
        led_bodies=frozenset(data.get("led_bodies") or ()),
        opposition=frozenset(data.get("opposition") or ()),
        opposition_members=frozenset(data.get("opposition_members") or ()),
        group_heads=frozenset((data.get("described_groups") or {}).get("heads") or ()),
        group_modifiers=frozenset((data.get("described_groups") or {}).get("modifiers") or ()),
        junta=frozenset(data.get("junta") or ()),
        junta_in_coup=frozenset(data.get("junta_in_coup") or ()),
        units=frozenset(data.get("units") or ()),
        refer_back={kind: frozenset(nouns) for kind, nouns in (data.get("refer_back") or {}).items()},
        leader_titles=frozenset(titles.get("LEADER_OF") or ()),
        member_titles=frozenset(titles.get("MEMBER_OF") or ()),
        subordinate=frozenset(data.get("subordinate") or ()),
        honorifics=frozenset(data.get("honorifics") or ()),
        appointing=frozenset(data.get("appointing") or ()),
        press=frozenset(data.get("press") or ()),
    )


@cache
def load() -> Lexicon:
    verbs = _read("verbs.yaml")
    classes = verbs.pop("classes", {}) or {}
    return Lexicon(
        verbs=_senses(verbs),
        nouns=_senses(_read("nouns.yaml")),
        light=frozenset(classes.get("light") or ()),
        terminative=frozenset(classes.get("terminative") or ()),
        intent=frozenset(classes.get("intent") or ()),
        refusal=frozenset(classes.get("refusal") or ()),
        reporting=frozenset(classes.get("reporting") or ()),
        roles=_roles(_read("roles.yaml")),
        noun_classes={noun: kind for kind, nouns in (classes.get("nouns") or {}).items() for noun in nouns},
    )
