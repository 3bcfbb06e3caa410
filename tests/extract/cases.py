"""Test cases of the construction tables: a text and the exact triples it must give."""

from __future__ import annotations

import pytest

xfail = pytest.mark.xfail


def case(text, *expected, marks=()):
    """One parametrised case: ``text`` gives exactly the ``(subject, type, object)`` ids ``expected``."""
    return pytest.param(text, set(expected), marks=marks, id=text[:60])
