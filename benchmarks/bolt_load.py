"""Load rates into the graph stores: one row at a time against batches, and copying a graph.

Prints, for each store, the rate of one upsert statement (the article upsert)
run with one row per transaction against the same statement over a batch in
one transaction (and, on the embedded store, against its bulk statement:
``LOAD FROM`` an Arrow table, ``CREATE``); then the rate of ``Store.write``
(the path ``build`` takes: lookups, actors, articles, events with their links,
projected edges, articles marked complete) when every relation (one article
with one triple) is written on its own, against the same kind of rows written
64 articles at a time (``build``'s batch) and in larger batches, each ratio
to one row at a time (goals: embedded >= 100x, Bolt >= 20x; the Bolt figures
depend on ``neo4j-rust-ext``, the driver's encoder in Rust, which the script
says is in use or not). Then the time to
copy the embedded graph of the seed articles to the Bolt server, and the copy
rate of a larger synthetic graph.

    python benchmarks/bolt_load.py [--rows N] [--single-rows M] [--batch-sizes 64,1000,10000] [--copy-articles C]

The Bolt server is $NEO4J_URI when set (its database must be empty, and is
emptied between runs), else an ArcadeDB server this script starts on loopback
ports and stops at the end, as the tests do. Relation lookups on a graph of 1M
relations are measured by ``benchmarks/lookup.py``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph import queries  # noqa: E402
from actorgraph.graph.copy import copy  # noqa: E402
from actorgraph.graph.ladybug_store import LadybugStore  # noqa: E402
from actorgraph.graph.neo4j_store import Neo4jStore  # noqa: E402
from actorgraph.ontology import ActorKind, RelationType  # noqa: E402
from actorgraph.records import Actor, Document, Evidence, Mention, Relation, Triple  # noqa: E402

Batch = list[tuple[Document, list[Triple]]]
WARM_UP_BATCHES = 3
"""Batches written before measuring: the Bolt test server is a JVM, slow until its JIT has run."""


def corpus(articles: int, per_article: int = 1, actors: int = 500, seed: int = 0) -> Batch:
    """Synthetic articles over a pool of actors, every relation type, dates over two years."""
    pool = [Actor(f"A{i:05d}", f"Actor {i}", list(ActorKind)[i % len(ActorKind)], (f"actor-{i}",)) for i in range(actors)]
    kinds = list(RelationType)
    out = []
    for i in range(seed, seed + articles):
        sentences = [f"Actor {i} did thing {j} in article {i}." for j in range(per_article)]
        text = " ".join(sentences)
        published = date(2023, 1, 1) + timedelta(days=i % 730)
        document = Document(f"article-{i:07d}", text, published=published)
        triples = []
        for j, sentence in enumerate(sentences):
            first = (i * 31 + j) % actors
            second = (i * 17 + j * 7 + 1) % actors
            subject, obj = pool[first], pool[second if second != first else (first + 1) % actors]
            start = text.index(sentence)
            evidence = Evidence(document.name, document.id, sentence, start, start + len(sentence), published, "day")
            kind = kinds[(i + j) % len(kinds)]
            triples.append(Triple(Mention(subject, subject.name), Relation(kind, kind.value.lower()), Mention(obj, obj.name), evidence, 0.8))
        out.append((document, triples))
    return out


@contextmanager
def bolt_store() -> Iterator[Callable[[], Neo4jStore]]:
    """A function that opens an emptied store on the Bolt server."""
    if os.environ.get("NEO4J_URI"):
        uri = os.environ["NEO4J_URI"]
        settings: dict = {}
        server = None
    else:
        from tests.graph.bolt_server import DATABASE, USER, ArcadeServer

        server = ArcadeServer(Path(tempfile.mkdtemp(prefix="bolt-bench-")))
        server.start()
        uri, settings = server.uri, {"user": USER, "password": server.password, "database": DATABASE}

    def fresh() -> Neo4jStore:
        store = Neo4jStore.from_uri(uri, **settings)
        store._in_transaction(lambda run: run("MATCH (n) DETACH DELETE n", {}))
        return store

    try:
        yield fresh
    finally:
        if server:
            server.stop()
            shutil.rmtree(server.root, ignore_errors=True)


def rate(rows: int, seconds: float) -> str:
    return f"{rows / seconds:10,.0f} rows/s  ({rows:,} rows in {seconds:.2f} s)"


def timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def compare(name: str, open_store: Callable[[], object], rows: int, single_rows: int, batch_sizes: list[int]) -> None:
    """Row-at-a-time and batched writes, interleaved round by round into one store, so that every
    size sees the same database size and the same load from whatever else the machine is doing."""
    biggest = max(batch_sizes)
    rounds = max(1, rows // biggest)
    per_round = max(1, single_rows // rounds)
    seeds = iter(range(10, 10**3))
    store = open_store()
    seconds = {size: 0.0 for size in [1, *batch_sizes]}
    try:
        # Warm up on other rows (the Bolt test server is a JVM), so no size pays for it.
        store.write(corpus(WARM_UP_BATCHES * batch_sizes[0], seed=next(seeds) * 10**6))
        for item in corpus(per_round, seed=next(seeds) * 10**6):
            store.write([item])
        for _ in range(rounds):
            chunk = corpus(per_round, seed=next(seeds) * 10**6)
            seconds[1] += timed(lambda: [store.write([item]) for item in chunk])
            for size in batch_sizes:
                batches = corpus(biggest, seed=next(seeds) * 10**6)
                seconds[size] += timed(lambda: [store.write(batches[i : i + size]) for i in range(0, biggest, size)])
    finally:
        store.close()
    single = per_round * rounds / seconds[1]
    print(f"{name}: {'one row per write':>24} {rate(per_round * rounds, seconds[1])}")
    for size in batch_sizes:
        many = biggest * rounds / seconds[size]
        label = f"{size:,} rows per write"
        print(f"{name}: {label:>24} {rate(biggest * rounds, seconds[size])}  = {many / single:6.1f}x one at a time")


def compare_statements(name: str, open_store: Callable[[], object], rows: int, single_rows: int, batch_size: int) -> None:
    """The same at the level of one statement: the article upsert (write/articles.cypher) run
    with one row per transaction against UNWIND over a batch and, on the embedded store, against
    its bulk statement (write/create_articles: LOAD FROM an Arrow table), interleaved likewise."""
    store = open_store()
    dialect = store.dialect
    upsert = queries.query("write/articles", dialect)
    row = lambda i: {"id": f"doc-{i}", "name": f"article-{i}", "title": None, "source": None, "url": None,  # noqa: E731
                     "published": "2023-08-07", "language": "en", "extra_sources": []}
    sides = {"MERGE one row per transaction": lambda rows_: [store._in_transaction(lambda run: run(upsert, {"rows": [r]})) for r in rows_],
             f"UNWIND {batch_size:,} rows per transaction": lambda rows_: store._in_transaction(lambda run: run(upsert, {"rows": rows_}))}
    if dialect == "ladybug":
        from actorgraph.graph.ladybug_write import ARTICLES, arrow_table

        create = queries.query("write/create_articles", dialect)
        sides[f"LOAD FROM {batch_size:,} rows, CREATE"] = lambda rows_: store._in_transaction(
            lambda run: run(create, {"rows": arrow_table(ARTICLES, rows_)}))
    else:
        store._prepare_writes([])  # the schema: without the key index every MERGE scans
    rounds = max(1, rows // batch_size)
    per_round = max(1, single_rows // rounds)
    seconds = dict.fromkeys(sides, 0.0)
    counter = iter(range(10**8))
    try:
        for warm_up in range(WARM_UP_BATCHES):
            sides[list(sides)[1]]([row(-next(counter) - 1) for _ in range(batch_size)])
        for _ in range(rounds):
            for number, (label, side) in enumerate(sides.items()):
                chunk = [row(next(counter)) for _ in range(per_round if number == 0 else batch_size)]
                seconds[label] += timed(lambda: side(chunk))
    finally:
        store.close()
    single = per_round * rounds / seconds[list(sides)[0]]
    for number, (label, spent) in enumerate(seconds.items()):
        written = (per_round if number == 0 else batch_size) * rounds
        ratio = f"  = {written / spent / single:6.1f}x one at a time" if number else ""
        print(f"{name}: {label:>38} {rate(written, spent)}{ratio}")


def build_seed_graph(folder: Path) -> LadybugStore:
    from actorgraph.pipeline import build

    store = LadybugStore(folder, create=True)
    build([ROOT / "seeds"], store)
    return store


def packstream() -> str:
    """Which encoder the Neo4j driver uses: in pure Python, encoding a batched Bolt write's rows took a
    quarter of its time here; ``neo4j-rust-ext`` (a dependency) does it in Rust."""
    try:
        return f"Rust (neo4j-rust-ext {importlib.metadata.version('neo4j-rust-ext')})"
    except importlib.metadata.PackageNotFoundError:
        return "pure Python (neo4j-rust-ext not installed)"


def copy_time(source: LadybugStore, target: Neo4jStore) -> tuple[float, int, int]:
    stats = source.stats()
    start = time.perf_counter()
    copy(source, target)
    return time.perf_counter() - start, stats.documents, stats.relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000, help="rows written in batches of each size")
    parser.add_argument("--single-rows", type=int, default=300, help="rows written one at a time")
    parser.add_argument("--batch-sizes", default="64,1000,10000", help="rows per batched write, comma-separated")
    parser.add_argument("--statement-batch", type=int, default=1_000, help="rows per batch in the statement-level comparison")
    parser.add_argument("--copy-articles", type=int, default=2_000, help="articles (5 relations each) in the synthetic graph copied")
    args = parser.parse_args()
    sizes = [int(size) for size in args.batch_sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="embedded-bench-") as scratch, bolt_store() as fresh_bolt:
        folders = iter(range(1_000))
        embedded = lambda: LadybugStore(Path(scratch) / f"graph-{next(folders)}", create=True)  # noqa: E731
        compare_statements("embedded", embedded, args.rows, args.single_rows, args.statement_batch)
        compare("embedded", embedded, args.rows, args.single_rows, sizes)
        print(f"bolt    : the driver encodes messages in {packstream()}")
        compare_statements("bolt    ", fresh_bolt, args.rows, args.single_rows, args.statement_batch)
        compare("bolt    ", fresh_bolt, args.rows, args.single_rows, [size for size in sizes if size <= 1_000])

        seed_graph = build_seed_graph(Path(scratch) / "seeds")
        target = fresh_bolt()
        try:
            seconds, documents, relations = copy_time(seed_graph, target)
        finally:
            seed_graph.close()
            target.close()
        print(f"copy seed graph embedded -> bolt: {seconds:.2f} s ({documents} articles, {relations} relations)")

        synthetic = embedded()
        synthetic.write(corpus(args.copy_articles, per_article=5))
        target = fresh_bolt()
        try:
            seconds, documents, relations = copy_time(synthetic, target)
        finally:
            synthetic.close()
            target.close()
        print(f"copy synthetic graph embedded -> bolt: {seconds:.2f} s ({documents:,} articles, {relations:,} relations, {relations / seconds:,.0f} relations/s)")


if __name__ == "__main__":
    main()
