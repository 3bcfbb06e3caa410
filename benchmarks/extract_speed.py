"""Extraction speed against bare spaCy parsing on the same texts.

Prints words per second for ``nlp.pipe`` alone and for ``Extractor.extract``
(parsing plus actor resolution and triple extraction), with the same pipeline
(including the gazetteer ruler) and batch size, in one process, and their
ratio. The goal is a ratio of at least 0.85 (extraction within 15% of parsing).

    python benchmarks/extract_speed.py [FILES_OR_FOLDERS ...] [--words N] [--batch-size B] [--repeat R]

Defaults: the seed articles, repeated to about 30,000 words.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from actorgraph.extract import Extractor
from actorgraph.records import Document

ROOT = Path(__file__).resolve().parent.parent


def _texts(paths: list[str]) -> list[str]:
    files: list[Path] = []
    for raw in paths or [str(ROOT / "seeds")]:
        path = Path(raw)
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return [f.read_text("utf-8") for f in files]


def _corpus(texts: list[str], words: int) -> list[str]:
    corpus: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            corpus.append(text)
            total += len(text.split())
    return corpus


def _best(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="article files or folders of .txt (default: seeds/)")
    parser.add_argument("--words", type=int, default=30_000, help="repeat the texts to about this many words")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")
    args = parser.parse_args()

    corpus = _corpus(_texts(args.paths), args.words)
    words = sum(len(text.split()) for text in corpus)
    documents = [Document(name=f"doc{i}", text=text) for i, text in enumerate(corpus)]
    began = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - began
    nlp = extractor.nlp
    # Everything the extractor looks up loads with it: the first document costs
    # what any other does (no lookup table built mid-run).
    began = time.perf_counter()
    list(extractor.extract(documents[:1], batch_size=args.batch_size))
    first = time.perf_counter() - began
    began = time.perf_counter()
    list(extractor.extract(documents[:1], batch_size=args.batch_size))
    again = time.perf_counter() - began

    def parse_only() -> None:
        for _ in nlp.pipe(corpus, batch_size=args.batch_size):
            pass

    def extract() -> None:
        for _ in extractor.extract(documents, batch_size=args.batch_size):
            pass

    bare = _best(args.repeat, parse_only)
    full = _best(args.repeat, extract)
    triples = sum(len(t) for _, t in extractor.extract(documents[: len(set(corpus))], batch_size=args.batch_size))
    print(f"pipeline:        {', '.join(nlp.pipe_names)}")
    print(f"texts:           {len(corpus)} documents, {words} words, batch size {args.batch_size}")
    print(f"start-up:        {startup:10.2f} s;  first document {first:.2f} s, the same again {again:.2f} s")
    print(f"nlp.pipe:        {words / bare:10.0f} words/s")
    print(f"extract:         {words / full:10.0f} words/s  ({triples} triples in the distinct texts)")
    print(f"ratio:           {bare / full:10.3f}  (goal >= 0.85, better >= 0.90)")


if __name__ == "__main__":
    main()
