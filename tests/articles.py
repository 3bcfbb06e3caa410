"""Small news-like articles for pipeline and executor tests, written as files.

The first three name the same people differently in different articles (a
spelling variant, a titled surname alone), so results depend on joining
persons across documents; the rest vary actors and verbs so that batches
differ from one another.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path

PERSONS = {
    "a-tchiani.txt": (
        "Niger's junta leader, General Abdourahamane Tchiani, accused France of plotting an invasion.\n"
        "President Mohamed Bazoum met Antony Blinken in Niamey."
    ),
    "b-variant.txt": "Gen. Abdourahmane Tchiani rejected the demands of ECOWAS on Sunday.\nECOWAS threatened Niger with force.",
    "c-surname.txt": "President Bazoum condemned the junta in Niger.\nMali and Burkina Faso warned ECOWAS against an intervention in Niger.",
}

SUBJECTS = ("ECOWAS", "Nigeria", "France", "The United States", "Mali", "Burkina Faso", "Russia", "The African Union", "Senegal", "Algeria")
EVENTS = (
    "imposed sanctions on {o}",
    "accused {o} of backing the coup",
    "held talks with {o} in Abuja",
    "threatened {o} with military action",
    "suspended aid to {o}",
    "welcomed the decision of {o}",
    "condemned {o} for the arrests",
)
OBJECTS = ("Niger", "Mali", "Guinea", "Chad", "Burkina Faso", "Nigeria", "France", "Russia", "Togo", "Benin")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(number: int) -> str:
    """Three sentences that differ from those of any other number."""
    sentences = []
    for k in range(3):
        subject = SUBJECTS[(number + k) % len(SUBJECTS)]
        obj = OBJECTS[(number * 3 + k * 7 + 1) % len(OBJECTS)]
        if obj in subject:
            obj = OBJECTS[(OBJECTS.index(obj) + 1) % len(OBJECTS)]
        event = EVENTS[(number * 5 + k) % len(EVENTS)].format(o=obj)
        sentences.append(f"{subject} {event} on {DAYS[(number + k) % len(DAYS)]}, officials said in report {number}.")
    return " ".join(sentences)


def write_articles(folder: Path, count: int) -> Path:
    """``count`` articles (the person ones first) as .txt files in ``folder``, read in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = list(PERSONS.items()) + [(f"n{i:04d}.txt", article(i)) for i in range(count)]
    for name, text in islice(texts, count):
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder

