"""Looking up an actor's relations on a large embedded graph: the library call and the command.

Builds (once; ``--db`` keeps it for the next run) a synthetic graph of
``--relations`` relations among ``--actors`` actors through ``Store.write``
in batches, printing the load rate, then prints:

- ``Store.find_actors`` + ``Store.relations`` latency, p50 and p95 over
  random actors, on the store opened read-only as lookups open it (goal:
  the library call <= 1 ms p50), and ``relations`` again on actors already
  looked up (warm);
- the wall time of ``actorgraph relations NAME`` against ``actorgraph --help``,
  medians of interleaved runs (goal: within 1.5x);
- whether the ``relations`` command imports spaCy (it must not), and its
  heaviest imports, from ``python -X importtime``.

    python benchmarks/lookup.py [--relations 1000000] [--actors 50000] [--db PATH] [--queries 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bolt_load import corpus  # noqa: E402

from actorgraph.graph.ladybug_store import LadybugStore  # noqa: E402

PER_ARTICLE = 10
WARM_ACTORS = 50
WARM_ROUNDS = 5
"""Each random actor above is looked up once, so the engine copies its pages from the file into its
buffer pool (a third of a lookup's time here); these actors are looked up again to show the rest."""
COMMAND = str(Path(sys.executable).parent / "actorgraph")


def load(db: Path, relations: int, actors: int, batch_relations: int) -> None:
    """Write the synthetic graph unless ``db`` already holds it; print the load rate."""
    store = LadybugStore(db, create=True)
    try:
        have = store.stats().relations
        if have >= relations:
            print(f"graph:   {db} already holds {have:,} relations")
            return
        articles = relations // PER_ARTICLE
        per_batch = max(1, batch_relations // PER_ARTICLE)
        start = time.perf_counter()
        done = have // PER_ARTICLE
        while done < articles:
            count = min(per_batch, articles - done)
            store.write(corpus(count, per_article=PER_ARTICLE, actors=actors, seed=done))
            done += count
            elapsed = time.perf_counter() - start
            print(f"\rload:    {done * PER_ARTICLE:>10,} relations, {(done * PER_ARTICLE - have) / elapsed:8,.0f} rows/s", end="", flush=True)
        print()
    finally:
        store.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def library_latency(db: Path, actors: int, queries: int) -> None:
    store = LadybugStore(db, create=False, read_only=True)
    rng = random.Random(7)
    find, relations, edges = [], [], []
    try:
        for _ in range(5):
            store.relations(f"A{rng.randrange(actors):05d}")
        for _ in range(queries):
            number = rng.randrange(actors)
            start = time.perf_counter()
            found = store.find_actors(f"actor {number}")
            middle = time.perf_counter()
            result = store.relations(found[0].id)
            end = time.perf_counter()
            find.append(middle - start)
            relations.append(end - middle)
            edges.append(len(result))
        warm = []
        again = [f"A{rng.randrange(actors):05d}" for _ in range(WARM_ACTORS)]
        for round_ in range(WARM_ROUNDS + 1):
            for actor in again:
                start = time.perf_counter()
                store.relations(actor)
                if round_:
                    warm.append(time.perf_counter() - start)
    finally:
        store.close()
    ms = lambda values, q: 1000 * percentile(values, q)  # noqa: E731
    print(f"library: relations(actor)   p50 {ms(relations, 0.5):7.2f} ms  p95 {ms(relations, 0.95):7.2f} ms  ({statistics.mean(edges):.0f} edges per actor; goal p50 <= 1 ms)")
    print(f"library: relations, warm    p50 {ms(warm, 0.5):7.2f} ms  p95 {ms(warm, 0.95):7.2f} ms  ({WARM_ACTORS} actors looked up again: their pages in the buffer pool)")
    print(f"library: find_actors(name)  p50 {ms(find, 0.5):7.2f} ms  p95 {ms(find, 0.95):7.2f} ms")
    both = [a + b for a, b in zip(find, relations)]
    print(f"library: both, one lookup   p50 {ms(both, 0.5):7.2f} ms  p95 {ms(both, 0.95):7.2f} ms")


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


def command_time(db: Path, runs: int) -> None:
    relations = [COMMAND, "relations", "Actor 42", "--db", str(db)]
    help_ = [COMMAND, "--help"]
    wall(relations)
    times: dict[str, list[float]] = {"relations": [], "help": []}
    for _ in range(runs):
        times["help"].append(wall(help_))
        times["relations"].append(wall(relations))
    help_time, relations_time = statistics.median(times["help"]), statistics.median(times["relations"])
    print(f"command: actorgraph --help        {help_time:6.3f} s (median of {runs})")
    print(f"command: actorgraph relations ... {relations_time:6.3f} s  ratio {relations_time / help_time:.2f}x (goal <= 1.5x)")


def imports(db: Path) -> None:
    code = f"import sys; from actorgraph.cli import main; sys.argv = ['actorgraph', 'relations', 'Actor 42', '--db', {str(db)!r}]; main()"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    names = {name.strip() for _, name in rows}
    spacy = sorted(n for n in names if n == "spacy" or n.startswith(("spacy.", "thinc")))
    print(f"imports: relations loads spaCy: {'YES: ' + ', '.join(spacy[:3]) if spacy else 'no'}")
    # Typer coerces every option of a command it runs through pydantic (imported then; --help does not).
    print(f"imports: relations loads pydantic (typer's option coercion): {'yes' if 'pydantic' in names else 'no'}")
    top = sorted((r for r in rows if not r[1].startswith("   ")), reverse=True)[:6]
    print("imports: heaviest top-level: " + ", ".join(f"{name.strip()} {us / 1000:.0f} ms" for us, name in top))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=50_000)
    parser.add_argument("--batch-relations", type=int, default=10_000, help="relations per Store.write")
    parser.add_argument("--db", type=Path, help="keep the synthetic graph here (default: a temporary folder)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lookup-bench-") as scratch:
        db = args.db or Path(scratch) / "graph"
        load(db, args.relations, args.actors, args.batch_relations)
        library_latency(db, args.actors, args.queries)
        command_time(db, args.runs)
        imports(db)


if __name__ == "__main__":
    main()
