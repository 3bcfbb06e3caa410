"""Edge lists the map tests draw: a hostile one (markup and script in every text field) and a large one."""

from __future__ import annotations

import random
from datetime import date

from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import Actor, Edge, Evidence

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(1)</script>"
JS_URL = "javascript:alert(document.domain)"
HOSTILE_TEXTS = (IMG, SCRIPT, JS_URL)

JUNTA = Actor("NER_JUNTA", f"Junta {IMG}", ActorKind.MILITARY, (SCRIPT, "CNSP"))
ECOWAS = Actor("ECOWAS", "ECOWAS", ActorKind.IGO, ("the bloc",))
MALI = Actor("MLI", f"Mali {SCRIPT}", ActorKind.STATE)
LINK = Actor("LINK", f"Click {JS_URL}", ActorKind.ORG, (JS_URL,))
NIGERIA = Actor("NGA", "Nigeria", ActorKind.STATE)
TINUBU = Actor("TINUBU", "Bola Tinubu", ActorKind.PERSON)


def evidence(sentence: str, doc: str = "article-1", when: date | None = date(2023, 7, 30)) -> Evidence:
    return Evidence(doc, "f" * 32, sentence, 0, len(sentence), when, "day" if when else None)


def hostile_edges() -> list[Edge]:
    """A small crisis graph whose names, aliases, sentences and sources carry markup, script and URLs."""
    return [
        Edge(ECOWAS, RelationType.THREATEN, JUNTA, 3, date(2023, 7, 30), date(2023, 8, 6), 0.9, (
            evidence(f"ECOWAS threatened force {IMG} against the junta."),
            evidence(f"A second warning {SCRIPT} followed.", doc=f"doc {SCRIPT}", when=date(2023, 8, 6)),
            evidence(f"See {JS_URL} for the statement.", doc=JS_URL, when=None),
            evidence("A fourth sentence the tooltip leaves out."),
        )),
        Edge(MALI, RelationType.SUPPORT, JUNTA, 1, date(2023, 7, 31), date(2023, 7, 31), 0.8, (
            evidence(f"Mali backed the junta {IMG}."),
        )),
        Edge(MALI, RelationType.ACCUSE, ECOWAS, 2, date(2023, 7, 31), date(2023, 8, 1), 0.7, (evidence("Mali denounced ECOWAS."),)),
        Edge(NIGERIA, RelationType.ALLY_OF, ECOWAS, 1, None, None, 0.9, (evidence("Nigeria leads ECOWAS.", when=None),)),
        Edge(TINUBU, RelationType.LEADER_OF, NIGERIA, 1, None, None, 0.9, (evidence("Tinubu is Nigeria's president.", when=None),)),
        Edge(LINK, RelationType.CONSULT, ECOWAS, 1, date(2023, 8, 2), date(2023, 8, 2), 0.6, (evidence(f"Talks {JS_URL}."),)),
        Edge(ECOWAS, RelationType.SANCTION, JUNTA, 1, date(2023, 7, 30), date(2023, 7, 30), 0.9, (evidence("ECOWAS imposed sanctions."),)),
    ]


def large_edges(actors: int, seed: int = 1) -> list[Edge]:
    """A scale-free graph of ``actors`` actors, two camps, relations of every type, short evidence."""
    import networkx as nx

    rng = random.Random(seed)
    graph = nx.barabasi_albert_graph(actors, 2, seed=seed)
    kinds = list(ActorKind)
    people = [Actor(f"A{i}", f"Actor {i}", kinds[i % len(kinds)]) for i in range(actors)]
    camp = [rng.random() < 0.5 for _ in range(actors)]
    cooperative = [t for t in RelationType if t.polarity.value == "cooperative"]
    hostile = [t for t in RelationType if t.polarity.value == "hostile"]
    structural = [RelationType.MEMBER_OF, RelationType.LEADER_OF]
    edges = []
    for u, v in graph.edges():
        roll = rng.random()
        kind = rng.choice(structural if roll < 0.1 else cooperative if (camp[u] == camp[v]) != (roll > 0.9) else hostile)
        count = 1 + int(rng.expovariate(0.7))
        day = date(2023, 7, 1 + rng.randrange(30))
        edges.append(Edge(people[u], kind, people[v], count, day, day, round(rng.uniform(0.5, 1.0), 2), tuple(
            evidence(f"Actor {u} and Actor {v} were in the news ({k}).", doc=f"doc-{rng.randrange(500)}", when=day)
            for k in range(min(count, 3))
        )))
    return edges
