"""The ``actorgraph`` command: a thin shell over the library.

Each module registers its commands on the shared app; heavy libraries (spaCy,
database drivers) are imported inside commands so that ``--help`` and lookups
start fast.
"""

from actorgraph.cli import build, evaluate, lookup, maps, query, timeline  # noqa: F401  (registers commands)
from actorgraph.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
