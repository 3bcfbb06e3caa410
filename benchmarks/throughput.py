"""Throughput of extraction and of the whole build against bare spaCy parsing, side by side.

Each comparison runs both sides in this process on the same texts, in
interleaved rounds (one slice of the corpus, then the other side on the same
slice, order alternating), so a noisy machine slows both alike:

1. extraction (``InProcess`` executor: parse, actors, triples, dates, and the
   driver's person step) against ``nlp.pipe`` with the same pipeline and batch
   size, in words/s (goal: ratio >= 0.90);
2. 2 processes against 1: bare ``nlp.pipe(n_process=2)`` against
   ``n_process=1``, and the ``ProcessPool`` executor with 2 workers against
   ``InProcess``; goal: our speed-up >= 0.95 of spaCy's own, once the
   workers are up (their start-up is printed on its own);
3. ``build`` end to end (read a JSONL collection, skip stored, parse, extract,
   write to a fresh embedded graph) against bare parsing of the same articles
   (goal: >= 0.80).

    python benchmarks/throughput.py [--articles 400] [--batch-size 64] [--rounds 4] [--only 1,2,3]

The corpus comes from ``benchmarks/corpus.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

from actorgraph.executors import InProcess, ProcessPool, _extractor  # noqa: E402
from actorgraph.graph.ladybug_store import LadybugStore  # noqa: E402
from actorgraph.people import People  # noqa: E402
from actorgraph.pipeline import build  # noqa: E402
from actorgraph.records import Document  # noqa: E402


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def slices(items: list, rounds: int) -> list[list]:
    size = -(-len(items) // rounds)
    return [items[i : i + size] for i in range(0, len(items), size)]


def side_by_side(rounds: list, first: Callable[[list], object], second: Callable[[list], object]) -> tuple[float, float]:
    """Seconds of ``first`` and ``second`` over the same slices, alternating which goes first."""
    a = b = 0.0
    for number, part in enumerate(rounds):
        if number % 2:
            b += timed(lambda: second(part))
            a += timed(lambda: first(part))
        else:
            a += timed(lambda: first(part))
            b += timed(lambda: second(part))
    return a, b


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


def warm_up() -> None:
    """Extract other articles first: lookups the extractor loads on first use (rigour's territory
    names take seconds) belong to start-up, not to throughput."""
    others = [Document(name=a.id, text=a.text, published=a.date) for a in articles(30, seed=99)]
    for _ in InProcess().extract(others):
        pass


def extraction_against_parsing(documents: list[Document], batch_size: int, rounds: int) -> None:
    executor = InProcess(batch_size=batch_size)
    nlp = _extractor(None).nlp
    warm_up()

    def parse(part: list[Document]) -> None:
        for _ in nlp.pipe((d.text for d in part), batch_size=batch_size):
            pass

    def extract(part: list[Document]) -> None:
        people = People()
        for _, extraction in executor.extract(part):
            people.canonical(extraction)

    bare, full = side_by_side(slices(documents, rounds), parse, extract)
    total = words(documents)
    print(f"1. nlp.pipe            {total / bare:9,.0f} words/s   ({', '.join(nlp.pipe_names)}; batch {batch_size})")
    print(f"   extraction          {total / full:9,.0f} words/s")
    print(f"   ratio               {bare / full:9.3f}         (goal >= 0.90)")


def two_processes_against_one(documents: list[Document], batch_size: int) -> None:
    """Throughput once the workers are up: spaCy forks its workers with the model already loaded,
    ours are spawned (the driver holds a database and threads) and each loads the extractor, a
    cost paid once per build, printed on its own."""
    nlp = _extractor(None).nlp
    texts = [d.text for d in documents]
    one = timed(lambda: list(nlp.pipe(texts, batch_size=batch_size)))
    two = timed(lambda: list(nlp.pipe(texts, batch_size=batch_size, n_process=2)))
    spacy_gain = one / two

    warm_up()
    ours_one = timed(lambda: list(InProcess(batch_size=batch_size).extract(documents)))
    pool = ProcessPool(batch_size=1, processes=2)
    try:
        # One single-document batch per worker: each loads its extractor before the clock starts.
        start_up = timed(lambda: list(pool.extract(documents[:2])))
        pool.batch_size = batch_size
        ours_two = timed(lambda: list(pool.extract(documents)))
    finally:
        pool.close()
    ours_gain = ours_one / ours_two
    total = words(documents)
    print(f"2. nlp.pipe            1 process {total / one:8,.0f} words/s, 2 processes {total / two:8,.0f} words/s: {spacy_gain:.2f}x")
    print(f"   extraction          1 process {total / ours_one:8,.0f} words/s, 2 processes {total / ours_two:8,.0f} words/s: {ours_gain:.2f}x")
    print(f"   gain / spaCy's gain {ours_gain / spacy_gain:9.3f}         (goal >= 0.95)")
    print(f"   starting 2 workers  {start_up:9.2f} s       (each loads spaCy and the extractor; once per build)")


def build_against_parsing(documents: list[Document], batch_size: int, rounds: int) -> None:
    nlp = _extractor(None).nlp
    with tempfile.TemporaryDirectory(prefix="throughput-") as scratch:
        files = []
        for number, part in enumerate(slices(documents, rounds)):
            path = Path(scratch) / f"part-{number}.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for d in part:
                    record = {"id": d.name, "text": d.text, "date": d.published.isoformat() if d.published else None}
                    out.write(json.dumps(record) + "\n")
            files.append((path, part))
        store = LadybugStore(Path(scratch) / "graph")
        try:
            warm_up()
            build([files[0][0]], store, batch_size=batch_size)  # the store's first writes are not timed either

            def parse(item: tuple[Path, list[Document]]) -> None:
                for _ in nlp.pipe((d.text for d in item[1]), batch_size=batch_size):
                    pass

            def build_part(item: tuple[Path, list[Document]]) -> None:
                build([item[0]], store, batch_size=batch_size)

            rest = files[1:]
            bare, full = side_by_side(rest, parse, build_part)
            stats = store.stats()
        finally:
            store.close()
    total = sum(words(part) for _, part in rest)
    print(f"3. bare parsing        {total / bare:9,.0f} words/s")
    print(f"   build end to end    {total / full:9,.0f} words/s   ({stats.documents} articles, {stats.relations} relations stored)")
    print(f"   ratio               {bare / full:9.3f}         (goal >= 0.80)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--only", default="1,2,3", help="which comparisons to run")
    args = parser.parse_args()

    documents = [
        Document(name=a.id, text=a.text, published=a.date, source=a.source) for a in articles(args.articles)
    ]
    print(f"corpus: {len(documents)} synthetic articles, {words(documents):,} words")
    wanted = set(args.only.split(","))
    if "1" in wanted:
        extraction_against_parsing(documents, args.batch_size, args.rounds)
    if "2" in wanted:
        two_processes_against_one(documents, args.batch_size)
    if "3" in wanted:
        build_against_parsing(documents, args.batch_size, args.rounds + 1)


if __name__ == "__main__":
    main()
