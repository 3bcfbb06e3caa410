"""Peak memory of ``build`` over many articles: it must stay flat (streaming, not all in memory).

Writes a synthetic JSONL collection (``benchmarks/corpus.py``), builds it into
a fresh embedded graph through ``actorgraph.pipeline.build``, and samples the
process's resident memory every ``--every`` articles. Prints the samples, the
peak (``ru_maxrss``), and the growth between the first tenth of the build and
its end; a streaming build grows by a few tens of MB (caches filling up), an
all-in-memory one by the size of the corpus and its parses.

    python benchmarks/memory.py [--articles 10000] [--every 1000] [--batch-size 64] [--n-process 1] [--extract-only]

``--extract-only`` runs ``actorgraph.pipeline.extract`` instead (read, parse,
extract, join persons; nothing stored), which separates the pipeline's own
memory from the database's page cache.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_jsonl  # noqa: E402

from actorgraph.executors import Executor, open_executor  # noqa: E402
from actorgraph.graph.ladybug_store import LadybugStore  # noqa: E402
from actorgraph.people import People  # noqa: E402
from actorgraph.pipeline import build  # noqa: E402
from actorgraph.sources import read_documents  # noqa: E402

PAGE = resource.getpagesize()


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE / 2**20


def extract_only(collection: Path, executor: Executor, progress: Callable[[int], None]) -> int:
    """What ``actorgraph.pipeline.extract`` does, with a count per document."""
    people = People()
    relations = 0
    for _, extraction in executor.extract(read_documents([collection])):
        relations += len(people.canonical(extraction))
        progress(1)
    return relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000, help="articles between samples")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--extract-only", action="store_true", help="extract without storing")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="memory-bench-") as scratch:
        collection = write_jsonl(Path(scratch) / "news.jsonl", args.articles)
        size = collection.stat().st_size / 2**20
        samples: list[tuple[int, float, float]] = []
        done = 0
        start = time.perf_counter()

        def progress(n: int) -> None:
            nonlocal done
            before, done = done, done + n
            if done // args.every > before // args.every or done == args.articles:
                samples.append((done, rss_mb(), time.perf_counter() - start))
                print(f"{done:>8,} articles  {samples[-1][1]:8.1f} MB resident  {done / samples[-1][2]:6.1f} articles/s", flush=True)

        executor = open_executor("local", batch_size=args.batch_size, processes=args.n_process)
        before = rss_mb()
        try:
            if args.extract_only:
                relations = extract_only(collection, executor, progress)
            else:
                store = LadybugStore(Path(scratch) / "graph")
                try:
                    relations = build([collection], store, progress=progress, executor=executor, batch_size=args.batch_size).written.relations
                finally:
                    store.close()
        finally:
            executor.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tenth = next(mb for count, mb, _ in samples if count >= args.articles // 10)
    print(f"corpus:  {args.articles:,} articles, {size:.1f} MB of JSONL; {relations:,} relations {'extracted' if args.extract_only else 'written'}")
    print(f"memory:  {before:.0f} MB before the build, {tenth:.0f} MB after a tenth, {samples[-1][1]:.0f} MB at the end, peak {peak:.0f} MB")
    print(f"growth:  {samples[-1][1] - tenth:+.0f} MB over the last nine tenths (flat: a few tens of MB at most)")


if __name__ == "__main__":
    main()
