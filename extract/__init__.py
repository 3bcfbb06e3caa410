"""Text to triples: actors, relations and their evidence, found with spaCy.

>>> from actorgraph.extract import Extractor          # doctest: +SKIP
>>> for document, triples in Extractor().extract(documents):  # doctest: +SKIP
...     ...

Actor ids are stable across documents and runs:

- states: ISO 3166 alpha-3, upper case ("NER", "USA"), from rigour's territory
  list; capitals, demonyms and seats of power resolve to them ("Niamey",
  "Nigerien", "the Kremlin");
- gazetteer entries (``data/gazetteer.yaml``: IGOs, alliances, armed groups):
  their Wikidata QID where it was checked ("Q193272" for ECOWAS), else a
  ``gaz:`` slug ("gaz:wagner");
- a state's junta and named units: "<ISO3>:junta", "<ISO3>:presidential-guard";
- named persons: "person:" + slug of the canonical full name (the first full
  spelling seen in the run; later spellings within the fuzzy cutoff become
  aliases);
- other organisations found only by the NER: "org:" + slug of the name;
- unnamed armed groups described by a people or an ideology ("Tuareg armed
  groups", "jihadist groups"): "group:" + slug of the describing words;
- crowds: "crowd:<iso3>" for a state's protesters, "crowd:supporters-of-<id>",
  else "crowd:protesters".

Actor aliases are names the actor truly has: a state's English names, capitals
and main demonym; a gazetteer entry's acronyms and other names; the spellings
of a person seen in the run and the surname. The surface text of each mention
travels separately (``Mention.text``).

Modules: ``gazetteer`` (named actors and ruler patterns), ``lexicon`` (the
data files), ``actors`` (phrases to actors, references back), ``patterns``
(dependency positions, negation, hedges), ``relations`` (predicate types),
``standing`` (titles, appositions), ``triples`` (events in a sentence),
``evidence`` (where a triple was read), ``model`` (the spaCy pipeline),
``evaluate`` (scores against gold files).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from actorgraph.extract import gazetteer, lexicon
from actorgraph.extract.actors import DocumentActors, PersonRegistry
from actorgraph.extract.evidence import evidence
from actorgraph.extract.model import load_pipeline
from actorgraph.extract.triples import Found, SentenceEvents
from actorgraph.records import Document, Mention, Relation, Triple

__all__ = ["Extractor", "PersonRegistry"]


class Extractor:
    """Extracts actor-relation-actor triples from documents.

    One extractor keeps a registry of the people it has seen (``people``), so
    a person named in several articles of one run is one actor. A caller that
    wants a document's triples to depend on its text alone passes a registry
    of its own per document (``triples(doc, document, people=PersonRegistry())``)
    and joins persons across documents itself, as ``actorgraph.people`` does.

    Everything the extractor looks up is loaded when it is created, so the
    first document costs no more than any other.
    """

    def __init__(self, model: str | None = None) -> None:
        self.nlp = load_pipeline(model)
        self.gazetteer = gazetteer.load()
        self.gazetteer.preload()
        self.lexicon = lexicon.load()
        self.people = PersonRegistry()

    def extract(
        self,
        documents: Iterable[Document],
        batch_size: int = 32,
        n_process: int = 1,
        people: Callable[[Document], PersonRegistry] | None = None,
    ) -> Iterator[tuple[Document, list[Triple]]]:
        """One (document, triples) pair per document, in input order; parsing is
        streamed in batches. ``people(document)``, when given, is the person
        registry for that document (default: the extractor's own)."""
        pairs = ((document.text, document) for document in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield document, self.triples(doc, document, people(document) if people else None)

    def triples(self, doc: Doc, document: Document, people: PersonRegistry | None = None) -> list[Triple]:
        """The triples of one parsed document; its persons are named through
        ``people`` (default: the extractor's registry, shared across documents)."""
        registry = people if people is not None else self.people
        actors = DocumentActors(doc, self.gazetteer, self.lexicon.roles, registry, document.text)
        events = SentenceEvents(actors, self.lexicon)
        out: list[Triple] = []
        for sent in actors.sentences:
            found = events.sentence(sent)
            if found:
                where = evidence(document, sent)
                out.extend(_triple(item, where) for item in found)
        return out


def _triple(found: Found, where) -> Triple:
    return Triple(
        subject=Mention(actor=found.subject.actor, text=found.subject.text),
        relation=Relation(type=found.type, phrase=found.phrase),
        object=Mention(actor=found.object.actor, text=found.object.text),
        evidence=where,
        confidence=round(min(1.0, max(0.05, found.confidence)), 3),
    )
