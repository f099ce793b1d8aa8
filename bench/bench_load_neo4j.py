"""Benchmark of loads into Neo4j: the batched loader against one statement per row.

1. A synthetic corpus (``bench/corpus.py``) is read and extracted with
   ``graphkit.pipeline.extract``, once, outside the timings.
2. Baseline, on the first ``--baseline-posts`` posts: one transaction per post and
   one statement per row (``Neo4jStore(batch_size=1)`` writing one-post batches).
3. Batched: every post, ``--batch-size`` posts per transaction, one ``UNWIND ... MERGE``
   statement per label or relationship type.
   Reported: relationship assertions written per second and the ratio to the baseline.
4. Reload: the same batches again (nothing created), then ``graphkit.load`` of the
   corpus file (reads, finds every post stored, writes nothing).

By default a private server is started with ``scripts/neo4j-local`` in a temporary
directory and stopped at the end. ``--uri`` uses a running server instead: its
database is WIPED.

    .venv/bin/python bench/bench_load_neo4j.py [--posts 20000] [--baseline-posts 500]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

from graphkit.graph import GraphBatch, batched
from graphkit.load import load
from graphkit.models import Extraction
from graphkit.pipeline import extract
from graphkit.sources import read_posts
from graphkit.store.base import WriteSummary
from graphkit.store.neo4j import Neo4jStore

BENCH = Path(__file__).resolve().parent
NEO4J_LOCAL = BENCH.parent / "scripts" / "neo4j-local"
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


@contextmanager
def private_server() -> Iterator[str]:
    """A Neo4j of our own (auth off), stopped and deleted at the end."""
    state_dir = Path(tempfile.mkdtemp(prefix="graphkit-bench-neo4j-"))
    script = [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(state_dir)]
    try:
        started = subprocess.run(
            [*script, "start", "--no-auth"], capture_output=True, text=True, check=True
        )
        uri = next(
            line.split("=", 1)[1]
            for line in started.stdout.splitlines()
            if line.startswith("export NEO4J_URI=")
        )
        yield uri
    finally:
        subprocess.run([*script, "stop"], capture_output=True, check=False)
        shutil.rmtree(state_dir, ignore_errors=True)


def timed_writes(store: Neo4jStore, batches: list[GraphBatch]) -> tuple[float, WriteSummary]:
    """Seconds to write ``batches`` (built beforehand: only the store is timed)."""
    summary = WriteSummary()
    started = time.perf_counter()
    for batch in batches:
        summary.add(store.write(batch))
    return time.perf_counter() - started, summary


def wipe(store: Neo4jStore) -> None:
    for _ in store.run(WIPE, {}, read_only=False):
        pass


def assertions(batches: list[GraphBatch]) -> int:
    return sum(len(batch.assertions) for batch in batches)


def run(uri: str, args: argparse.Namespace, workdir: Path) -> None:
    corpus = write_corpus(workdir / "corpus.json", args.posts, fmt="telegram")
    started = time.perf_counter()
    extractions: list[Extraction] = list(extract(read_posts(corpus)))
    print(
        f"corpus: {args.posts:,} posts extracted in {time.perf_counter() - started:.1f} s "
        "(not part of the store timings)"
    )
    baseline_batches = list(batched(extractions[: args.baseline_posts], 1))
    batches = list(batched(extractions, args.batch_size))

    with Neo4jStore(uri, batch_size=1) as store:
        store.ensure_schema()
        wipe(store)
        seconds, _ = timed_writes(store, baseline_batches)
        baseline_rate = assertions(baseline_batches) / seconds
        print(
            f"baseline (1 post/transaction, 1 statement/row): {len(baseline_batches):,} posts, "
            f"{assertions(baseline_batches):,} assertions in {seconds:.1f} s "
            f"= {baseline_rate:,.0f} relationships/s"
        )
        baseline_stats = store.stats()
        wipe(store)

    with Neo4jStore(uri, batch_size=args.batch_size) as store:
        store.ensure_schema()
        # The same rows through the batched loader give the same graph.
        for batch in batched(extractions[: args.baseline_posts], args.batch_size):
            store.write(batch)
        assert store.stats() == baseline_stats, "batched and baseline graphs differ"
        wipe(store)

        seconds, summary = timed_writes(store, batches)
        rate = assertions(batches) / seconds
        print(
            f"batched ({args.batch_size} posts/transaction): {args.posts:,} posts, "
            f"{assertions(batches):,} assertions in {seconds:.1f} s = {rate:,.0f} relationships/s "
            f"({summary.relationships_created:,} relationships, {summary.nodes_created:,} "
            f"entity and channel nodes created)"
        )
        print(f"speed-up of the batched loader: {rate / baseline_rate:.1f}x (target >= 20x)")

        seconds, again = timed_writes(store, batches)
        created = again.posts_created + again.nodes_created + again.relationships_created
        print(
            f"rewrite of the same batches: {seconds:.1f} s, created {created}, "
            f"updated {again.relationships_updated}"
        )
        started = time.perf_counter()
        reload = load([corpus], store, batch_size=args.batch_size)
        print(
            f"graphkit load of the same corpus again: {time.perf_counter() - started:.1f} s, "
            f"{reload.posts_present:,} posts already present, {reload.posts_created} created"
        )
        print(f"graph: {store.stats()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--baseline-posts", type=int, default=500)
    parser.add_argument("--uri", help="a running Neo4j (auth off) whose database is WIPED")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.uri:
            run(args.uri, args, Path(tmp))
        else:
            with private_server() as uri:
                print(f"private Neo4j at {uri}")
                run(uri, args, Path(tmp))


if __name__ == "__main__":
    main()
