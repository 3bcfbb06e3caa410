"""One person, one actor, across the documents of a build: decided on the driver, in input order.

Executors extract each document on its own, with a registry of persons that
starts empty, so a document's triples depend on its text alone and the same
input gives the same triples however it is split among processes or
machines. The document's registry logs every name it was asked about
(``NameLog``); the driver then replays those names, one document at a time in
input order, into the build's own ``PersonRegistry`` (the extractor's, with
its fuzzy matching), which joins spellings of one person across articles
("Abdourahamane Tchiani" here, "Abdourahmane Tchiani" there) and titled
surnames ("President Bazoum") to a person named in full before.

The build's registry also knows the persons already in the graph, so a build
that resumes after an interruption, or adds tomorrow's news, names a person
as the earlier build did. A stored person enters the registry, under its
stored id and spellings (``PersonRegistry.remember``), when a name whose
surname starts with the same letters comes up: the registry only ever joins
such names, so the persons of a large graph that a build never names are
never loaded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from actorgraph.extract.actors import PersonRegistry, fold
from actorgraph.ontology import ActorKind
from actorgraph.records import Actor, Mention, Triple


@dataclass(frozen=True)
class Extraction:
    """One document's triples, and the persons it named: (name, actor id within the document), first naming first."""

    triples: list[Triple]
    persons: tuple[tuple[str, str], ...] = ()


class NameLog(PersonRegistry):
    """A registry for one document that remembers each name it is asked about, in order."""

    def __init__(self) -> None:
        super().__init__()
        self._asked: dict[tuple[str, str], None] = {}

    def person(self, name: str) -> Actor:
        actor = super().person(name)
        self._asked.setdefault((name, actor.id), None)
        return actor

    @property
    def asked(self) -> tuple[tuple[str, str], ...]:
        return tuple(self._asked)


def _block(name: str) -> str:
    """What two names of one person share: the first letters of the surname."""
    words = fold(name).lower().split()
    return words[-1][:3] if words else ""


class People:
    """The build's persons: renames each document's persons to the build's actors."""

    def __init__(self, known: Iterable[Actor] = ()) -> None:
        self.registry = PersonRegistry()
        self._stored: dict[str, list[Actor]] = defaultdict(list)
        for actor in known:
            if actor.kind is ActorKind.PERSON:
                self._stored[_block(actor.name)].append(actor)

    def canonical(self, extraction: Extraction) -> list[Triple]:
        """The document's triples with its persons as the build names them."""
        names: dict[str, str] = {}
        for name, local in extraction.persons:
            self._load_stored(name)
            names.setdefault(local, self._person(name).name)
        if not names:
            return extraction.triples
        # Aliases grow while a document's names are replayed: hand out the final state.
        final = {local: self.registry.person(name) for local, name in names.items()}
        return [
            replace(triple, subject=_renamed(triple.subject, final), object=_renamed(triple.object, final))
            for triple in extraction.triples
        ]

    def _person(self, name: str) -> Actor:
        if " " not in name.strip():
            # A titled surname alone: in a document of its own it had no full name
            # to join; across the build, the one known person of that surname.
            known = self.registry.by_surname(name)
            if known is not None:
                return known
        return self.registry.person(name)

    def _load_stored(self, name: str) -> None:
        for stored in self._stored.pop(_block(name), ()):
            self.registry.remember(stored)


def _renamed(mention: Mention, final: dict[str, Actor]) -> Mention:
    actor = final.get(mention.actor.id) if mention.actor.kind is ActorKind.PERSON else None
    return mention if actor is None or actor == mention.actor else replace(mention, actor=actor)
