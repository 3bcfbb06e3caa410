"""Whatever text comes in, the extractor neither crashes nor invents: every
actor a triple names was written in the text, and every evidence span is the
text's own."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.records import Document

# Words that make real triples likely, so the properties are tested on triples
# and not only on empty results.
NEWS_WORDS = [
    "Russia", "Ukraine", "the Kremlin", "ECOWAS", "Niger", "Niger's", "junta", "the junta", "Hezbollah", "Israel",
    "attacked", "condemned", "urged", "to", "imposed", "sanctions", "on", "against", "held", "talks", "with",
    "said", "they", "it", "its", "their", "and", ",", ".", "not", "did", "could", "threatened", "President",
    "Emmanuel", "Macron", "French", "Nigerien", "soldiers", "the bloc", "was", "detained", "by", "member", "of",
    "ally", "a", "key", "(", ")", "AU", "\n\n", '"', "who", "which", "leaders", "officials", "U.S.", "Sudan's",
    "army", "RSF", "Wagner", "group", "mercenaries", "Mali", "Burkina Faso", "Moscow", "Beijing", "Taiwan",
]

ODD_CHARACTERS = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf"),
)

news_like = st.lists(st.sampled_from(NEWS_WORDS), min_size=0, max_size=60).map(" ".join)
odd_text = st.text(alphabet=ODD_CHARACTERS, max_size=300)
mixed = st.tuples(news_like, odd_text, news_like).map(lambda parts: "".join(parts))
long_sentence = st.lists(st.sampled_from(NEWS_WORDS[:40]), min_size=400, max_size=900).map(
    lambda words: " ".join(w for w in words if w not in (".", "\n\n"))
)

PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(extractor, text: str) -> None:
    document = Document(name="property", text=text)
    results = list(extractor.extract([document]))
    assert len(results) == 1 and results[0][0] is document
    for triple in results[0][1]:
        evidence = triple.evidence
        assert text[evidence.start : evidence.end] == evidence.sentence
        for mention in (triple.subject, triple.object):
            assert mention.text and mention.text in text
        assert triple.subject.actor.id != triple.object.actor.id
        assert 0 < triple.confidence <= 1


@PROFILE
@given(text=st.text(max_size=400))
def test_arbitrary_text(extractor, text):
    check(extractor, text)


@PROFILE
@given(text=odd_text)
def test_odd_unicode(extractor, text):
    check(extractor, text)


@PROFILE
@given(text=news_like)
def test_news_like_word_salad(extractor, text):
    check(extractor, text)


@PROFILE
@given(text=mixed)
def test_news_words_inside_odd_unicode(extractor, text):
    check(extractor, text)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=long_sentence)
def test_very_long_sentences(extractor, text):
    check(extractor, text)


def test_empty_and_whitespace(extractor):
    for text in ("", " ", "\n\n\n", "\t", "\u200b", "\ufeff"):
        check(extractor, text)
