"""Cypher text from ``cypher/``: the schema, the stores' own queries and the saved queries.

Every query a store runs lives in a ``.cypher`` file of the ``actorgraph.cypher``
package and is read from there, never duplicated as a Python string. Files are
written for Neo4j 5; where the embedded store's dialect (LadybugDB, Kuzu's
Cypher) differs, a variant sits beside the file as ``NAME.ladybug.cypher``.

A file may start with ``//`` comment lines and, for saved queries, Neo4j
Browser ``:param name => value`` lines, so it can be pasted into Browser as
it is; both are dropped before the store runs the text. Labels and
relationship types are never parameters in Cypher; the few write queries that
need one from the ontology hold a ``__PLACEHOLDER__`` that ``render`` fills
from an enum member only.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib.resources import files
from typing import Any

from actorgraph.errors import InputError

DIALECTS = ("neo4j", "ladybug")
SAVED = "saved"

_PARAM_LINE = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")
_PARAMETER = re.compile(r"\$(\w+)")
_PLACEHOLDER = re.compile(r"__[A-Z_]+__")
_CYPHER_LITERALS = {"true": "True", "false": "False", "null": "None"}


@dataclass(frozen=True)
class SavedQuery:
    """A query people paste into Neo4j Browser and ``actorgraph query NAME`` runs."""

    name: str
    description: str
    example_params: dict[str, Any]
    text: str

    @property
    def params(self) -> list[str]:
        """The parameters the query reads, in order of first use."""
        return list(dict.fromkeys(_PARAMETER.findall(self.text)))


@cache
def source(name: str, dialect: str) -> str:
    """The file ``cypher/NAME.cypher`` as written, or its ``ladybug`` variant when there is one."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown Cypher dialect {dialect!r}")
    root = files("actorgraph.cypher")
    if dialect != "neo4j":
        variant = root.joinpath(f"{name}.{dialect}.cypher")
        if variant.is_file():
            return variant.read_text(encoding="utf-8")
    return root.joinpath(f"{name}.cypher").read_text(encoding="utf-8")


def _body(text: str) -> str:
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(("//", ":param"))]
    return "\n".join(lines).strip().rstrip(";").strip()


def query(name: str, dialect: str) -> str:
    """The runnable text of one query file (comments and ``:param`` lines dropped)."""
    return _body(source(name, dialect))


def statements(name: str, dialect: str) -> list[str]:
    """The statements of a file that holds several, each ended by ``;`` (the schema files)."""
    return [s.strip() for s in _body(source(name, dialect)).split(";") if s.strip()]


def render(text: str, **values: Enum | str) -> str:
    """Fill ``__NAME__`` placeholders with enum values (labels and types come from the ontology only).

    A plain string is accepted only when it is made of enum values joined by ``:``
    (a list of labels to remove), which the caller builds from the enum itself.
    """
    for key, value in values.items():
        token = str(value.value if isinstance(value, Enum) else value)
        if not re.fullmatch(r"[A-Za-z_]+(:[A-Za-z_]+)*", token):
            raise ValueError(f"not a label or relationship type: {token!r}")
        text = text.replace(f"__{key.upper()}__", token)
    left = _PLACEHOLDER.findall(text)
    if left:
        raise ValueError(f"unfilled placeholder {left[0]}")
    return text


def saved_names() -> list[str]:
    """Names of the saved queries, sorted."""
    folder = files("actorgraph.cypher").joinpath(SAVED)
    names = {entry.name.split(".")[0] for entry in folder.iterdir() if entry.name.endswith(".cypher")}
    return sorted(names)


def _param_value(literal: str) -> Any:
    words = re.sub(r"\b(true|false|null)\b", lambda m: _CYPHER_LITERALS[m.group(1)], literal)
    return ast.literal_eval(words)


def saved(name: str, dialect: str) -> SavedQuery:
    """A saved query by name, in the dialect of the store that will run it."""
    if name not in saved_names():
        raise InputError(f"no saved query named {name!r}; choose one of {', '.join(saved_names())}")
    text = source(f"{SAVED}/{name}", dialect)
    lines = [line.strip() for line in text.splitlines()]
    comments = [line.lstrip("/").strip() for line in lines if line.startswith("//")]
    examples = {}
    for line in lines:
        match = _PARAM_LINE.match(line)
        if match:
            examples[match.group(1)] = _param_value(match.group(2))
    return SavedQuery(name, comments[0] if comments else "", examples, _body(text))
