"""Where extraction runs: in this process, in a pool of local processes, or on a Dask cluster.

Every executor turns a stream of documents into ``(document, extraction)``
pairs in input order, and every one runs the same code on each document
(``document_triples``): the spaCy parse, the extractor, the event dates. A
document's triples depend on its text alone; joining one person's names
across documents is the driver's step (``actorgraph.people``), so the
executors give the same triples for the same input.

- ``InProcess``: ``nlp.pipe`` in batches in this process (the default).
- ``ProcessPool``: N local worker processes, each with its own pipeline; they
  receive texts and send back triples, which are far smaller than the parsed
  documents that spaCy's own ``n_process`` sends back.
- ``DaskExecutor``: the same worker function as tasks on a ``dask.distributed``
  cluster, at a scheduler address or on a local cluster started for the build.

Dask rather than Ray: the work is coarse tasks (a batch of articles in, a few
kilobytes of triples out) that need no shared object store or actors, and
Dask is a small pure-Python install whose ``dask scheduler`` / ``dask worker``
commands run on any machine with Python. The pools keep a bounded number of
batches in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Protocol

from actorgraph.errors import InputError
from actorgraph.records import Document

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from spacy.tokens import Doc

    from actorgraph.extract import Extractor
    from actorgraph.people import Extraction

EXECUTORS = ("local", "dask")
BATCH_SIZE = 64
"""Documents per parse batch and per task sent to a worker."""
IN_FLIGHT_PER_WORKER = 2
"""Batches queued per worker: enough to keep it busy while the driver writes, few enough to bound memory."""
WORKERS_TIMEOUT = 60.0
"""Seconds to wait for a Dask scheduler's first worker."""

Pairs = Iterator[tuple[Document, "Extraction"]]


class Executor(Protocol):
    """Runs extraction on a stream of documents."""

    def extract(self, documents: Iterable[Document]) -> Pairs:
        """``(document, extraction)`` for every document, in input order, lazily."""

    def close(self) -> None:
        """Stop whatever the executor started; safe to call twice."""


def document_triples(extractor: Extractor, doc: Doc, document: Document) -> Extraction:
    """The dated triples of one parsed document, from its own text only, and the persons it named."""
    from actorgraph.dates import date_triples
    from actorgraph.people import Extraction, NameLog

    # A registry of persons per document: which articles a worker happened to
    # read before this one must not change this one's triples.
    names = NameLog()
    triples = date_triples(extractor.triples(doc, document, people=names), document.published)
    return Extraction(triples, names.asked)


_local = threading.local()


def _extractor(model: str | None) -> Extractor:
    """This thread's extractor for ``model``, loaded once (a worker runs many batches)."""
    from actorgraph.extract import Extractor

    cache: dict[str | None, Extractor] = _local.__dict__.setdefault("extractors", {})
    if model not in cache:
        cache[model] = Extractor(model)
    return cache[model]


def extract_batch(model: str | None, documents: list[Document]) -> list[Extraction]:
    """The triples of each document of a batch: the task a worker process runs."""
    extractor = _extractor(model)
    docs = extractor.nlp.pipe((d.text for d in documents), batch_size=max(len(documents), 1))
    return [document_triples(extractor, doc, document) for doc, document in zip(docs, documents)]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _ordered(futures: Iterable[tuple[list[Document], Any]], window: int) -> Pairs:
    """Results of submitted batches in submission order, with at most ``window`` batches pending."""
    pending: deque[tuple[list[Document], Any]] = deque()
    for item in futures:
        pending.append(item)
        while len(pending) >= window:
            batch, future = pending.popleft()
            yield from zip(batch, future.result())
    while pending:
        batch, future = pending.popleft()
        yield from zip(batch, future.result())


class InProcess:
    """Parse and extract in this process, ``nlp.pipe`` in batches; the pipeline loads on the first document."""

    def __init__(self, model: str | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.model = model
        self.batch_size = batch_size

    def extract(self, documents: Iterable[Document]) -> Pairs:
        pairs = ((d.text, d) for d in documents)
        first = next(pairs, None)
        if first is None:
            return
        extractor = _extractor(self.model)
        stream = extractor.nlp.pipe(chain((first,), pairs), as_tuples=True, batch_size=self.batch_size)
        for doc, document in stream:
            yield document, document_triples(extractor, doc, document)

    def close(self) -> None:
        """Nothing to stop."""


class ProcessPool:
    """``processes`` local worker processes, each parsing and extracting whole batches."""

    def __init__(self, model: str | None = None, batch_size: int = BATCH_SIZE, processes: int = 2) -> None:
        self.model = model
        self.batch_size = batch_size
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None

    def extract(self, documents: Iterable[Document]) -> Pairs:
        batches = _batches(documents, self.batch_size)
        first = next(batches, None)
        if first is None:
            return
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # Spawned, not forked: the driver holds an open database and its threads.
            self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"))
        pool = self._pool
        futures = ((batch, pool.submit(extract_batch, self.model, batch)) for batch in chain((first,), batches))
        yield from _ordered(futures, IN_FLIGHT_PER_WORKER * self.processes)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskExecutor:
    """Batches as tasks on a ``dask.distributed`` cluster; the driver keeps the order and writes.

    With a ``scheduler`` address the workers are whatever has joined it (each
    needs actorgraph and the spaCy model installed); without one, a local
    cluster of ``workers`` processes is started on loopback and stopped by
    ``close``.
    """

    def __init__(
        self,
        model: str | None = None,
        batch_size: int = BATCH_SIZE,
        scheduler: str | None = None,
        workers: int = 2,
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self.scheduler = scheduler
        self.workers = workers
        self._client: Any = None
        self._cluster: Any = None

    def _connect(self) -> Any:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError("--executor dask needs Dask: pip install 'actorgraph[dask]'") from None
        if self.scheduler is None:
            self._cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
            )
            return Client(self._cluster)
        try:
            client = Client(self.scheduler, timeout=10)
        except (OSError, TimeoutError) as exc:
            raise InputError(f"--scheduler {self.scheduler}: cannot reach the Dask scheduler ({exc}); start it with `dask scheduler`") from None
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except TimeoutError:
            client.close()
            raise InputError(
                f"--scheduler {self.scheduler}: no worker joined within {WORKERS_TIMEOUT:.0f} s; start some with `dask worker {self.scheduler}`"
            ) from None
        return client

    def extract(self, documents: Iterable[Document]) -> Pairs:
        batches = _batches(documents, self.batch_size)
        first = next(batches, None)
        if first is None:
            return
        if self._client is None:
            self._client = self._connect()
        client = self._client
        window = IN_FLIGHT_PER_WORKER * max(len(client.scheduler_info()["workers"]), 1)
        futures = ((batch, client.submit(extract_batch, self.model, batch, pure=False)) for batch in chain((first,), batches))
        yield from _ordered(futures, window)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def open_executor(
    kind: str = "local",
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    processes: int = 1,
    scheduler: str | None = None,
) -> Executor:
    """The executor a build asked for: ``local`` (``processes`` > 1 gives a pool) or ``dask``."""
    if kind not in EXECUTORS:
        raise InputError(f"unknown executor {kind!r}; use one of {', '.join(EXECUTORS)}")
    if batch_size < 1 or processes < 1:
        raise InputError("--batch-size and --n-process must be 1 or more")
    if kind == "dask":
        return DaskExecutor(model, batch_size, scheduler, processes)
    if scheduler is not None:
        raise InputError("--scheduler goes with --executor dask")
    if processes == 1:
        return InProcess(model, batch_size)
    return ProcessPool(model, batch_size, processes)
