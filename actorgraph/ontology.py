"""The fixed vocabulary of the graph: relation types, polarities, actor kinds.

Relation types are PLOVER's sixteen event types plus three standing relations
(ALLY_OF, MEMBER_OF, LEADER_OF). These enums are the only source of labels and
relationship types written to a database: nothing taken from text ever
becomes a label.
"""

from __future__ import annotations

from enum import Enum

from actorgraph.errors import InputError


class Polarity(str, Enum):
    COOPERATIVE = "cooperative"
    HOSTILE = "hostile"
    STRUCTURAL = "structural"


class RelationType(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    ALLY_OF = "ALLY_OF"
    MEMBER_OF = "MEMBER_OF"
    LEADER_OF = "LEADER_OF"

    @property
    def polarity(self) -> Polarity:
        return POLARITY[self]

    @property
    def symmetric(self) -> bool:
        """True when "X rel Y" also means "Y rel X" (talks, cooperation, alliance)."""
        return self in SYMMETRIC


_COOPERATIVE = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "ALLY_OF")
_HOSTILE = ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_STRUCTURAL = ("MEMBER_OF", "LEADER_OF")

POLARITY: dict[RelationType, Polarity] = {
    **{RelationType(t): Polarity.COOPERATIVE for t in _COOPERATIVE},
    **{RelationType(t): Polarity.HOSTILE for t in _HOSTILE},
    **{RelationType(t): Polarity.STRUCTURAL for t in _STRUCTURAL},
}

SYMMETRIC = frozenset({RelationType.ALLY_OF, RelationType.CONSULT, RelationType.COOPERATE})


class ActorKind(str, Enum):
    STATE = "STATE"
    IGO = "IGO"
    MILITARY = "MILITARY"
    ARMED_GROUP = "ARMED_GROUP"
    GOVERNMENT = "GOVERNMENT"
    PERSON = "PERSON"
    ORG = "ORG"

    @property
    def label(self) -> str:
        """The second node label a graph database gives actors of this kind."""
        return KIND_LABELS[self]


KIND_LABELS: dict[ActorKind, str] = {
    ActorKind.STATE: "State",
    ActorKind.IGO: "IGO",
    ActorKind.MILITARY: "Military",
    ActorKind.ARMED_GROUP: "ArmedGroup",
    ActorKind.GOVERNMENT: "Government",
    ActorKind.PERSON: "Person",
    ActorKind.ORG: "Org",
}


def parse_relation_types(names: str | list[str] | None) -> frozenset[RelationType] | None:
    """Parse "THREATEN,sanction" style user input; None means every type.

    >>> sorted(t.value for t in parse_relation_types("threaten, SANCTION"))
    ['SANCTION', 'THREATEN']
    """
    if names is None:
        return None
    parts = names.split(",") if isinstance(names, str) else [p for n in names for p in n.split(",")]
    cleaned = [p.strip().upper() for p in parts if p.strip()]
    if not cleaned:
        return None
    unknown = [p for p in cleaned if p not in RelationType.__members__]
    if unknown:
        known = ", ".join(RelationType.__members__)
        raise InputError(f"unknown relation type {unknown[0]!r}; use one of {known}")
    return frozenset(RelationType(p) for p in cleaned)
