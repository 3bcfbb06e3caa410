"""A synthetic news corpus for the benchmarks: varied, news-like, reproducible.

Articles recombine sentence patterns of the kinds news uses (active, passive
and light-verb events, prepositional objects, reported speech, negations,
hedges, appositions with titles, and background sentences that assert no
relation) over a broad list of actors: every state, bloc and armed group of
actorgraph's gazetteer, and persons made of common first names and surnames.
Lengths vary (a headline and 6 to 30 sentences), dates span two years, and a
seed makes the corpus the same on every run.

    python benchmarks/corpus.py OUT.jsonl --articles 10000 [--seed 0]

writes one JSON record per line ({id, text, date, source}), the collection
format ``actorgraph build`` reads. The benchmarks import ``articles()``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FIRST_NAMES = (
    "Mohamed", "Amina", "Ibrahim", "Fatou", "Abdoulaye", "Aissata", "Oumar", "Mariam", "Moussa", "Awa",
    "John", "Maria", "Sergei", "Olena", "Li", "Ahmed", "Elena", "Carlos", "Yusuf", "Grace",
)
SURNAMES = (
    "Traore", "Diallo", "Keita", "Ouedraogo", "Toure", "Sankara", "Mahamadou", "Issoufou", "Kone", "Sow",
    "Petrov", "Kovalenko", "Wang", "Haddad", "Rossi", "Mendes", "Okafor", "Mensah", "Ndiaye", "Kaboré",
)
TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "General", "Colonel", "Ambassador")
OUTLETS = ("Sahel Wire", "Continental Post", "The Daily Ledger", "Global Dispatch", "Morning Courier")

EVENTS = (
    "{a} imposed sanctions on {b}",
    "{a} accused {b} of violating the ceasefire",
    "{a} held talks with {b} on the crisis",
    "{a} threatened {b} with military action",
    "{a} suspended aid to {b}",
    "{a} condemned the arrests carried out by {b}",
    "{a} signed a defence pact with {b}",
    "{a} expelled the ambassador of {b}",
    "{a} urged {b} to release the detained officials",
    "{a} sent troops to support {b}",
    "{a} demanded that {b} withdraw its forces",
    "{a} welcomed the decision of {b} to reopen the border",
    "{a} praised {b} for its mediation",
    "{a} rejected the proposal made by {b}",
    "{a} warned {b} against any intervention",
    "{a} agreed to cooperate with {b} on security",
)
PASSIVES = (
    "{b} was accused by {a} of backing the rebels",
    "{b} was sanctioned by {a} after the vote",
    "{b} was criticised by {a} for delaying the elections",
)
NOMINALS = (
    "The sanctions by {a} against {b} took effect on {day}",
    "The talks between {a} and {b} ended without agreement",
    "The suspension of aid by {a} to {b} hit the poorest regions",
)
HEDGED = (
    "{a} could impose new sanctions on {b} if the talks fail",
    "{a} did not meet {b} during the summit",
    "{a} is considering sending troops to {b}",
)
BACKGROUND = (
    "Prices of food and fuel have risen sharply in recent months.",
    "Thousands of people gathered in the capital on {day}.",
    "The region has faced repeated droughts and displacement.",
    "Analysts said the situation remained fluid.",
    "Schools reopened after a two-week closure.",
    "The currency fell to its lowest level in a decade.",
    "Heavy rain flooded several districts, officials said.",
    "Negotiators are expected to meet again next month.",
    "The electricity company announced new power cuts.",
    "Aid groups called for safe access to the affected areas.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    date: date
    source: str

    def record(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text, "date": self.date.isoformat(), "source": self.source}


def actor_names() -> list[str]:
    """The names of every actor in actorgraph's gazetteer (states, blocs, armed groups, ...)."""
    from actorgraph.extract import gazetteer

    return sorted({actor.name for actor in gazetteer.load().actors.values()})


class Writer:
    """Sentences over a pool of actors and persons, from one random generator."""

    def __init__(self, actors: list[str], rng: random.Random) -> None:
        self.actors = actors
        self.rng = rng
        self.people = [f"{first} {last}" for first in FIRST_NAMES for last in SURNAMES]

    def _pair(self) -> tuple[str, str]:
        a, b = self.rng.sample(self.actors, 2)
        return a, b

    def _someone(self) -> str:
        person = self.rng.choice(self.people)
        return f"{self.rng.choice(TITLES)} {person}" if self.rng.random() < 0.5 else person

    def sentence(self) -> str:
        rng = self.rng
        a, b = self._pair()
        day = rng.choice(DAYS)
        roll = rng.random()
        if roll < 0.30:
            text = rng.choice(BACKGROUND).format(day=day)
        elif roll < 0.55:
            text = rng.choice(EVENTS).format(a=a, b=b) + f" on {day}."
        elif roll < 0.63:
            text = rng.choice(PASSIVES).format(a=a, b=b) + "."
        elif roll < 0.70:
            text = rng.choice(NOMINALS).format(a=a, b=b, day=day) + "."
        elif roll < 0.77:
            text = rng.choice(HEDGED).format(a=a, b=b) + "."
        elif roll < 0.88:
            speaker = self._someone()
            event = rng.choice(EVENTS).format(a=a, b=b)
            text = f"{speaker} said {event}." if rng.random() < 0.5 else f"{event[0].upper()}{event[1:]}, {speaker} said."
        else:
            person = rng.choice(self.people)
            text = f"{person}, the {rng.choice(TITLES).lower()} of {a}, met officials from {b} on {day}."
        return text[0].upper() + text[1:]

    def article(self, number: int, start: date) -> Article:
        rng = self.rng
        a, b = self._pair()
        headline = rng.choice(EVENTS).format(a=a, b=b)
        sentences = [self.sentence() for _ in range(rng.randint(6, 30))]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        text = headline[0].upper() + headline[1:] + "\n\n" + "\n\n".join(paragraphs)
        published = start + timedelta(days=rng.randrange(730))
        return Article(f"synthetic-{number:07d}", text, published, rng.choice(OUTLETS))


def articles(count: int, seed: int = 0, start: date = date(2023, 1, 1)) -> Iterator[Article]:
    """``count`` synthetic articles, the same for the same seed."""
    writer = Writer(actor_names(), random.Random(seed))
    for number in range(count):
        yield writer.article(number, start)


def write_jsonl(path: Path, count: int, seed: int = 0) -> Path:
    """The corpus as a JSONL collection at ``path`` (streamed: memory stays flat)."""
    with path.open("w", encoding="utf-8") as out:
        for article in articles(count, seed):
            out.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the .jsonl file to write")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_jsonl(args.out, args.articles, args.seed)
    words = sum(len(json.loads(line)["text"].split()) for line in args.out.open(encoding="utf-8"))
    print(f"{args.articles} articles, {words} words -> {args.out}")


if __name__ == "__main__":
    main()
