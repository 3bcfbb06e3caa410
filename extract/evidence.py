"""Where a triple was read: one function, so that event-date resolution from the
sentence text can be plugged in at one place."""

from __future__ import annotations

from spacy.tokens import Span

from actorgraph.records import Document, Evidence


def evidence(document: Document, sentence: Span) -> Evidence:
    """The evidence for a triple read in ``sentence`` of ``document``: the sentence
    text without surrounding whitespace, its character offsets in the document
    text, and the publication date (day precision) when known."""
    begin = sentence.start_char
    # The document's own text: Doc.text would join every token of the document again.
    raw = document.text[begin : sentence.end_char]
    start = begin + (len(raw) - len(raw.lstrip()))
    text = raw.strip()
    return Evidence(
        doc_id=document.name,
        doc_hash=document.id,
        sentence=text,
        start=start,
        end=start + len(text),
        date=document.published,
        date_precision="day" if document.published else None,
    )
