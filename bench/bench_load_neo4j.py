"""Benchmark of loads into Neo4j: graphkit's loader against the engine's ceiling.

For each corpus (``load_common``: the synthetic ``bench/corpus.py`` extracted by the
pipeline, and the skewed one where every post asserts the same two relations plus a
meeting), the same batches of ``--batch-size`` posts are written, each loader on a
fresh private server, the two loaders in turn batch by batch (so that the load of a shared
machine weighs on both alike):

- plain: an ``UNWIND ... MERGE`` loader of the same posts, entities, mentions and
  triples with no provenance (a count per relationship only): the engine's ceiling;
- graphkit: ``Neo4jStore.write`` (each post with its assertions' lists, the O(1)
  aggregate per triple with its lazily kept sample).

Reported: total seconds and the ratio (target <= 2x), the median batch time after the
first tenth of the run and at its end (target: end <= 1.3x start), and once the server has stopped
(shutdown checkpoints) the size of the transaction logs (``data/transactions``) against
the store (``data/databases``) (target <= 3x). Then ``graphkit load`` of the synthetic corpus
again (nothing written: the log does not grow), and 5,000 new skewed posts into a
graph of 40,000 skewed posts against one of 5,000 (target <= 1.5x).

Servers are started with ``scripts/neo4j-local`` (page cache ``PAGE_CACHE`` for all) in
temporary directories and stopped at the end. Each server is warmed up first (a few
batches written and deleted; their log is not counted).

    .venv/bin/python bench/bench_load_neo4j.py [--posts 20000 ...] [--skewed-posts 20000]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from load_common import (
    Run,
    arguments,
    batches_of,
    compare,
    corpora,
    incremental,
    megabytes,
    size_of,
    skewed_extractions,
)

from graphkit.graph import GraphBatch
from graphkit.load import load
from graphkit.models import RELATION_TYPES
from graphkit.store.base import GraphStore, WriteSummary
from graphkit.store.neo4j import Neo4jStore, post_row

BENCH = Path(__file__).resolve().parent
NEO4J_LOCAL = BENCH.parent / "scripts" / "neo4j-local"
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
WARM_UP_BATCHES = 5
#: Page cache of every server of this bench (plain and graphkit alike): the default of
#: scripts/neo4j-local (256m) holds neither store at 100,000 posts, and graphkit's store,
#: with its assertions, outgrows it first (the ratio then measures the cache's misses).
PAGE_CACHE = "2g"

# The ceiling: the triple merged with a count, nothing else.
PLAIN_RELATIONS = """
UNWIND $rows AS row
MATCH (source:Entity {{key: row.source}})
MATCH (target:Entity {{key: row.target}})
MERGE (source)-[r:{rel_type}]->(target)
  ON CREATE SET r.count = 0
SET r.count = r.count + row.n
"""


# The posts as graphkit writes them, without their assertions' lists.
PLAIN_POSTS = """
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p += row.properties
"""


class PlainNeo4jStore(Neo4jStore):
    """The same writes as ``Neo4jStore`` but for the provenance: the posts without their
    assertions' lists, the triples with a count only."""

    def _write_posts(self, tx: Any, batch: GraphBatch) -> dict[str, dict[str, Any]]:
        self._counters(tx, PLAIN_POSTS, [post_row(p, {}) for p in batch.posts])
        return {}

    def _write_assertions(
        self, tx: Any, batch: GraphBatch, stored: dict[str, dict[str, Any]], summary: WriteSummary
    ) -> None:
        triples = Counter((a.type, a.source, a.target) for a in batch.assertions)
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (rel_type, source, target), n in triples.items():
            rows[rel_type].append({"source": source, "target": target, "n": n})
        for rel_type, chunk in rows.items():
            assert rel_type in RELATION_TYPES
            query = PLAIN_RELATIONS.format(rel_type=rel_type)
            summary.relationships_created += self._counters(tx, query, chunk)


@contextmanager
def private_server() -> Iterator[tuple[str, Path]]:
    """A Neo4j of our own (auth off) and its state directory, deleted at the end."""
    state_dir = Path(tempfile.mkdtemp(prefix="graphkit-bench-neo4j-"))
    try:
        started = subprocess.run(
            [*server(state_dir), "start", "--no-auth", "--page-cache", PAGE_CACHE],
            capture_output=True,
            text=True,
            check=True,
        )
        uri = next(
            line.split("=", 1)[1]
            for line in started.stdout.splitlines()
            if line.startswith("export NEO4J_URI=")
        )
        yield uri, state_dir
    finally:
        stop(state_dir)
        shutil.rmtree(state_dir, ignore_errors=True)


def server(state_dir: Path) -> list[str]:
    return [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(state_dir)]


def stop(state_dir: Path) -> None:
    subprocess.run([*server(state_dir), "stop"], capture_output=True, check=False)


def log_size(state_dir: Path) -> int:
    """Bytes of the database's transaction logs (appended at each commit)."""
    return size_of(state_dir / "data" / "transactions" / "neo4j")


def measured(
    batches: list[GraphBatch],
    corpus: str,
    batch_size: int,
    after: Callable[[Neo4jStore, Path], None] | None = None,
) -> tuple[Run, Run]:
    """The plain loader and graphkit's, each on a fresh server, written in turn batch by
    batch (which goes first alternates), so that whatever else loads the machine weighs
    on both alike; prints their lines. The stores are measured once the servers have
    stopped (Community has no checkpoint procedure: shutdown checkpoints)."""
    loaders: dict[str, type[Neo4jStore]] = {"plain": PlainNeo4jStore, "graphkit": Neo4jStore}
    with ExitStack() as servers:
        opened: dict[str, tuple[Neo4jStore, Path, int]] = {}
        for name, loader in loaders.items():
            uri, state_dir = servers.enter_context(private_server())
            store = servers.enter_context(loader(uri, batch_size=batch_size))
            store.ensure_schema()
            warm_up(store, batch_size)
            opened[name] = (store, state_dir, log_size(state_dir))
        runs = interleaved({name: store for name, (store, _, _) in opened.items()}, batches, corpus)
        for run in runs.values():
            print(run.line(), flush=True)
        if after is not None:
            after(*opened["graphkit"][:2])
        for name, (store, state_dir, warm_log) in opened.items():
            store.close()
            stop(state_dir)
            log = log_size(state_dir) - warm_log
            data = size_of(state_dir / "data" / "databases" / "neo4j")
            print(
                f"{corpus}: {name}: transaction log {megabytes(log)}, store "
                f"{megabytes(data)}: x{log / data:.2f} (target <= 3x)",
                flush=True,
            )
    return runs["plain"], runs["graphkit"]


def interleaved(
    stores: dict[str, GraphStore], batches: list[GraphBatch], corpus: str
) -> dict[str, Run]:
    """``timed`` for several stores at once: each batch into every store in turn."""
    times: dict[str, list[float]] = {name: [] for name in stores}
    summaries = {name: WriteSummary() for name in stores}
    order = list(stores)
    for number, batch in enumerate(batches):
        for name in order if number % 2 == 0 else reversed(order):
            began = time.perf_counter()
            summaries[name].add(stores[name].write(batch))
            times[name].append(time.perf_counter() - began)
    return {
        name: Run(name, corpus, sum(times[name]), times[name], summaries[name]) for name in stores
    }


def warm_up(store: Neo4jStore, batch_size: int) -> None:
    """Write and delete a few batches first: a fresh JVM runs its first batches slower,
    which would flatter the growth from the first batches to the last."""
    for batch in batches_of(
        list(skewed_extractions(WARM_UP_BATCHES * batch_size, -(10**9))), batch_size
    ):
        store.write(batch)
    wipe(store)


def wipe(store: Neo4jStore) -> None:
    for _ in store.run(WIPE, {}, read_only=False):
        pass


def reload_check(corpus_file: Path, batch_size: int) -> Callable[[Neo4jStore, Path], None]:
    def reload(store: Neo4jStore, state_dir: Path) -> None:
        log_before = log_size(state_dir)
        started = time.perf_counter()
        again = load([corpus_file], store, batch_size=batch_size)
        log_after = log_size(state_dir)
        print(
            f"graphkit load of the same corpus again: {time.perf_counter() - started:.1f} s, "
            f"{again.posts_present:,} posts present, {again.posts_created} created, "
            f"{again.assertions_created} assertions; transaction log grew by "
            f"{megabytes(log_after - log_before)}",
            flush=True,
        )

    return reload


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    size = args.batch_size
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for corpus, batches in corpora(args, workdir):
            after = None
            if corpus.startswith("synthetic"):
                after = reload_check(workdir / "corpus.json", size)
            plain, ours = measured(batches, corpus, size, after=after)
            print(compare(plain, ours), flush=True)
            del batches
        if "new" not in args.skip:
            with private_server() as (uri, _):

                def fresh(_name: str) -> GraphStore:
                    store = Neo4jStore(uri, batch_size=size)
                    wipe(store)
                    return store

                with Neo4jStore(uri, batch_size=size) as store:
                    store.ensure_schema()
                    warm_up(store, size)
                print(
                    incremental(fresh, tuple(args.bases), args.new_posts, size),
                    flush=True,
                )


if __name__ == "__main__":
    sys.exit(main())
