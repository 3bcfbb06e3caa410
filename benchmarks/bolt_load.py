"""Load rates into the graph stores: one row at a time against batches, and copying a graph.

Prints, for the Bolt server, the rate of one upsert statement run with one
row per transaction against ``UNWIND ... MERGE`` over a batch in one
transaction; then, for the Bolt server and for the embedded store, the rate
of ``Store.write`` (the path ``build`` takes: lookups, upserts of actors,
articles and events, edge figures recomputed) when every relation (one
article with one triple) is written on its own, against the same rows written
in batches; and each ratio (goal over Bolt: at least 20x).
Then the time to copy the embedded graph of the seed articles to the Bolt
server, and the copy rate of a larger synthetic graph.

    python benchmarks/bolt_load.py [--rows N] [--single-rows M] [--batch-size B] [--copy-articles C]

The Bolt server is $NEO4J_URI when set (its database must be empty, and is
emptied between runs), else an ArcadeDB server this script starts on loopback
ports and stops at the end, as the tests do.
"""

from __future__ import annotations

import argparse
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


def compare(name: str, open_store: Callable[[], object], rows: int, single_rows: int, batch_size: int) -> None:
    """Row-at-a-time and batched writes, interleaved batch by batch into one store, so that both
    see the same database size and the same load from whatever else the machine is doing."""
    batches = corpus(rows, seed=10**6)
    singles = corpus(single_rows, seed=2 * 10**6)
    rounds = max(1, rows // batch_size)
    per_round = max(1, single_rows // rounds)
    store = open_store()
    one = many = 0.0
    try:
        # Warm up on other rows (the Bolt test server is a JVM), so neither side pays for it.
        store.write(corpus(WARM_UP_BATCHES * batch_size, seed=3 * 10**6))
        for item in corpus(per_round, seed=4 * 10**6):
            store.write([item])
        for round_ in range(rounds):
            chunk = singles[round_ * per_round : (round_ + 1) * per_round]
            one += timed(lambda: [store.write([item]) for item in chunk])
            many += timed(lambda: store.write(batches[round_ * batch_size : (round_ + 1) * batch_size]))
    finally:
        store.close()
    written_one, written_many = per_round * rounds, batch_size * rounds
    ratio = (written_many / many) / (written_one / one)
    print(f"{name}: one row per write  {rate(written_one, one)}")
    print(f"{name}: {batch_size:,} rows per write {rate(written_many, many)}")
    print(f"{name}: batched / one at a time = {ratio:.1f}x")


def compare_statements(name: str, open_store: Callable[[], object], rows: int, single_rows: int, batch_size: int) -> None:
    """The same at the level of one statement: the article upsert (write/articles.cypher) run
    with one row per transaction against UNWIND over a batch, interleaved likewise."""
    text = queries.query("write/articles", "neo4j")
    row = lambda i: {"id": f"doc-{i}", "name": f"article-{i}", "title": None, "source": None, "url": None,  # noqa: E731
                     "published": "2023-08-07", "language": "en", "extra_sources": []}
    rounds = max(1, rows // batch_size)
    per_round = max(1, single_rows // rounds)
    store = open_store()
    store._prepare_writes([])  # the schema: without the key index every MERGE scans
    one = many = 0.0
    try:
        for warm_up in range(WARM_UP_BATCHES):
            store._in_transaction(lambda run: run(text, {"rows": [row(-(warm_up + 1) * batch_size - i) for i in range(batch_size)]}))
        for round_ in range(rounds):
            singles = [row(10**7 + round_ * per_round + i) for i in range(per_round)]
            batch = [row(round_ * batch_size + i) for i in range(batch_size)]
            one += timed(lambda: [store._in_transaction(lambda run: run(text, {"rows": [r]})) for r in singles])
            many += timed(lambda: store._in_transaction(lambda run: run(text, {"rows": batch})))
    finally:
        store.close()
    ratio = (batch_size * rounds / many) / (per_round * rounds / one)
    print(f"{name}: MERGE one row per transaction  {rate(per_round * rounds, one)}")
    print(f"{name}: UNWIND {batch_size:,} rows per transaction {rate(batch_size * rounds, many)}")
    print(f"{name}: batched / one at a time = {ratio:.1f}x")


def build_seed_graph(folder: Path) -> LadybugStore:
    from actorgraph.pipeline import build

    store = LadybugStore(folder, create=True)
    build([ROOT / "seeds"], store)
    return store


def copy_time(source: LadybugStore, target: Neo4jStore) -> tuple[float, int, int]:
    stats = source.stats()
    start = time.perf_counter()
    copy(source, target)
    return time.perf_counter() - start, stats.documents, stats.relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000, help="rows written in batches")
    parser.add_argument("--single-rows", type=int, default=300, help="rows written one at a time")
    parser.add_argument("--batch-size", type=int, default=1_000, help="rows per batched write")
    parser.add_argument("--copy-articles", type=int, default=2_000, help="articles (5 relations each) in the synthetic graph copied")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="embedded-bench-") as scratch, bolt_store() as fresh_bolt:
        folders = iter(range(1_000))
        embedded = lambda: LadybugStore(Path(scratch) / f"graph-{next(folders)}", create=True)  # noqa: E731
        compare_statements("bolt    ", fresh_bolt, args.rows, args.single_rows, args.batch_size)
        compare("bolt    ", fresh_bolt, args.rows, args.single_rows, args.batch_size)
        compare("embedded", embedded, args.rows, args.single_rows, args.batch_size)

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
