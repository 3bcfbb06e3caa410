"""The real spaCy pipeline, loaded once per test session, and a helper that
turns a text into the (subject id, type, object id) keys a reader would check."""

from __future__ import annotations

import pytest

from actorgraph.extract import Extractor
from actorgraph.records import Document, Triple


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, name: str = "test") -> list[Triple]:
    """The triples of one text, through the same streaming path the pipeline uses."""
    [(_, triples)] = list(extractor.extract([Document(name=name, text=text)]))
    return triples


def keys(triples: list[Triple]) -> set[tuple[str, str, str]]:
    return {(t.subject.actor.id, t.relation.type.value, t.object.actor.id) for t in triples}


@pytest.fixture(scope="session")
def triples_of(extractor):
    """triples_of(text) -> {(subject id, relation type, object id), ...}"""

    def extract(text: str) -> set[tuple[str, str, str]]:
        return keys(run(extractor, text))

    return extract
