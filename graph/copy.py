"""Moving a built graph from one store to another (embedded to Neo4j and back)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from actorgraph.graph.store import Store
from actorgraph.records import WriteSummary

COPY_BATCH = 100
"""Documents per write on the target: one transaction each."""


def copy(source: Store, target: Store, batch_size: int = COPY_BATCH, progress: Callable[[int], None] = lambda _: None) -> WriteSummary:
    """Write every document of ``source``, with its triples, into ``target``, in batches.

    Idempotent like any write: documents the target already holds are skipped,
    so an interrupted copy run again completes it. ``progress(n)`` after each
    batch of n documents.

    >>> from actorgraph.graph.store import open_store  # doctest: +SKIP
    >>> copy(open_store("./graph"), open_store("bolt://localhost:7687"))  # doctest: +SKIP
    """
    documents = source.documents()
    total = WriteSummary()
    while chunk := list(islice(documents, batch_size)):
        total += target.write(chunk)
        progress(len(chunk))
    return total
