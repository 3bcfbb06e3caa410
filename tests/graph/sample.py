"""A small hand-made graph for the store tests: four articles about the Niger crisis.

Built from Triple records directly (no spaCy), so every figure the tests expect
can be read off this file:

- ECOWAS THREATEN the junta twice (a1 on 30 July, a2 on 7 August): one edge, count 2.
- Mali SUPPORT the junta (a1, 31 July); the United States CONSULT the junta (a3, undated);
  Burkina Faso ALLY_OF Mali (a3, 10 August); Tchiani LEADER_OF the junta (a2, 7 August);
  the junta ACCUSE France (a2, 7 August).
- a4 has no relation at all: it is stored as an article with no events.
"""

from __future__ import annotations

from datetime import date

from actorgraph.ontology import ActorKind, RelationType
from actorgraph.records import Actor, Document, Evidence, Mention, Relation, Triple

ECOWAS = Actor("ECOWAS", "Economic Community of West African States", ActorKind.IGO, ("ECOWAS", "the bloc", "CEDEAO"))
JUNTA = Actor("NER_JUNTA", "Niger junta (CNSP)", ActorKind.MILITARY, ("junta", "CNSP", "coup leaders"))
USA = Actor("USA", "United States", ActorKind.STATE, ("U.S.", "US", "Washington"))
MALI = Actor("MLI", "Mali", ActorKind.STATE, ("Bamako",))
BURKINA = Actor("BFA", "Burkina Faso", ActorKind.STATE, ("Ouagadougou",))
FRANCE = Actor("FRA", "France", ActorKind.STATE, ("Paris",))
TCHIANI = Actor("TCHIANI", "Abdourahamane Tchiani", ActorKind.PERSON, ("Tchiani", "General Tchiani"))

A1 = Document("a1-ecowas-ultimatum", "ECOWAS gave the junta a week. Mali backed the coup leaders.", title="ECOWAS ultimatum", source="seed", published=date(2023, 7, 30))
A2 = Document("a2-junta-replies", "ECOWAS again threatened force. Tchiani leads the CNSP. The junta accused Paris.", source="seed", url="https://example.org/a2", published=date(2023, 8, 7))
A3 = Document("a3-talks", "Washington talked with the junta. Ouagadougou stands with Bamako.", published=None, extra_sources=("https://example.org/copy",))
A4 = Document("a4-weather", "Rain fell in Niamey.", published=date(2023, 8, 12))


def mention(document: Document, subject: Actor, said_subject: str, kind: RelationType, phrase: str,
            obj: Actor, said_object: str, sentence: str, when: date | None, confidence: float = 0.8) -> Triple:
    start = document.text.index(sentence)
    evidence = Evidence(document.name, document.id, sentence, start, start + len(sentence), when, "day" if when else None)
    return Triple(Mention(subject, said_subject), Relation(kind, phrase), Mention(obj, said_object), evidence, confidence)


def batches() -> list[tuple[Document, list[Triple]]]:
    """The four articles with their triples, in the order a build would write them."""
    return [
        (A1, [
            mention(A1, ECOWAS, "ECOWAS", RelationType.THREATEN, "gave a week", JUNTA, "the junta", "ECOWAS gave the junta a week.", date(2023, 7, 30), 0.7),
            mention(A1, MALI, "Mali", RelationType.SUPPORT, "backed", JUNTA, "the coup leaders", "Mali backed the coup leaders.", date(2023, 7, 31)),
        ]),
        (A2, [
            mention(A2, ECOWAS, "ECOWAS", RelationType.THREATEN, "threatened force", JUNTA, "the junta", "ECOWAS again threatened force.", date(2023, 8, 7), 0.9),
            mention(A2, TCHIANI, "Tchiani", RelationType.LEADER_OF, "leads", JUNTA, "the CNSP", "Tchiani leads the CNSP.", date(2023, 8, 7)),
            mention(A2, JUNTA, "The junta", RelationType.ACCUSE, "accused", FRANCE, "Paris", "The junta accused Paris.", date(2023, 8, 7)),
        ]),
        (A3, [
            mention(A3, USA, "Washington", RelationType.CONSULT, "talked with", JUNTA, "the junta", "Washington talked with the junta.", None, 0.6),
            mention(A3, BURKINA, "Ouagadougou", RelationType.ALLY_OF, "stands with", MALI, "Bamako", "Ouagadougou stands with Bamako.", date(2023, 8, 10)),
        ]),
        (A4, []),
    ]


def all_triples() -> list[Triple]:
    return [t for _, triples in batches() for t in triples]


SYNTHETIC_ACTORS = [Actor(f"ACTOR_{i:02d}", f"Actor {i:02d}", list(ActorKind)[i % len(ActorKind)], (f"alias {i:02d}",)) for i in range(30)]


def synthetic(documents: int, per_document: int = 5) -> list[tuple[Document, list[Triple]]]:
    """Many small articles over 30 actors, every type, repeats included (for interruption and load tests)."""
    kinds = list(RelationType)
    out = []
    for i in range(documents):
        sentences = [f"Sentence {j} of article {i}." for j in range(per_document)]
        document = Document(f"synthetic-{i:05d}", " ".join(sentences), published=date(2023, 1 + i % 12, 1 + i % 28))
        triples = []
        for j, sentence in enumerate(sentences):
            subject = SYNTHETIC_ACTORS[(i + j) % 30]
            obj = SYNTHETIC_ACTORS[(i * 7 + j * 3 + 1) % 30]
            if obj is subject:
                obj = SYNTHETIC_ACTORS[(i + j + 1) % 30]
            kind = kinds[(i + 2 * j) % len(kinds)]
            triples.append(mention(document, subject, subject.name, kind, kind.value.lower(), obj, obj.name, sentence, document.published))
        out.append((document, triples))
    return out


def crowded(documents: int) -> list[tuple[Document, list[Triple]]]:
    """Many articles about 5 actors and 3 relation types, so that each edge gathers many mentions:
    dates jump back and forth and some are missing, confidences vary, and an article may repeat an
    edge of another in the same sentence position (ties broken by article name)."""
    actors = SYNTHETIC_ACTORS[:5]
    kinds = [RelationType.THREATEN, RelationType.SUPPORT, RelationType.ACCUSE]
    out = []
    for i in range(documents):
        sentences = [f"Sentence {j} of crowded article {i}." for j in range(3)]
        published = None if i % 7 == 3 else date(2023, 1 + (i * 5) % 12, 1 + (i * 11) % 28)
        document = Document(f"crowded-{i:05d}", " ".join(sentences), published=published)
        triples = []
        for j, sentence in enumerate(sentences):
            subject, obj = actors[(i + j) % 5], actors[(i + 2 * j + 1) % 5]
            if obj is subject:
                obj = actors[(i + j + 2) % 5]
            kind = kinds[(i * 2 + j) % 3]
            triples.append(mention(document, subject, subject.name, kind, kind.value.lower(), obj, obj.name,
                                   sentence, published, confidence=0.5 + ((i * 3 + j) % 5) / 10))
        out.append((document, triples))
    return out
