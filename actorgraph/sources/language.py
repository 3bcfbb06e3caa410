"""Which language an article is in, with py3langid's bundled model (nothing is downloaded)."""

from __future__ import annotations

from functools import lru_cache

SAMPLE_CHARS = 1000
"""Enough to tell a language apart; reading more only costs time."""
MIN_WORDS = 8
"""Shorter texts are too short to tell apart reliably; they are taken as they come."""
MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot be told with confidence.

    >>> detect_language("La junte a menacé la France lundi, a rapporté la télévision publique nigérienne.")
    'fr'
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    language, probability = _identifier().classify(sample)
    return language if probability >= MIN_CONFIDENCE else None
