"""Benchmark of loads into the embedded SQLite store: graphkit's writes against a plain one.

For each corpus (``load_common``: the synthetic ``bench/corpus.py`` extracted by the
pipeline, and the skewed one where every post asserts the same two relations plus a
meeting), the same batches of ``--batch-size`` posts are written into fresh files by

- plain: the same posts, entities, mentions and triples, each triple upserted with a
  count and no provenance: what SQLite allows at best;
- graphkit: ``SqliteStore.write`` (an assertion row per (post, triple), the O(1)
  aggregate row per triple).

Reported: total seconds and the ratio, the median batch time after the first tenth and in the
last batches, and the bytes the process wrote (WAL and checkpoints: ``write_bytes``
of ``/proc/self/io``) against the final file. Then ``graphkit load`` of the
synthetic corpus into a fresh file and again (nothing written), and 5,000 new
skewed posts into a graph of 40,000 skewed posts against one of 5,000.

    .venv/bin/python bench/bench_load_sqlite.py [--posts 20000] [--skewed-posts 20000]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from load_common import (
    Run,
    arguments,
    compare,
    corpora,
    incremental,
    megabytes,
    timed,
)

from graphkit.graph import GraphBatch
from graphkit.load import load
from graphkit.store.base import GraphStore, WriteSummary
from graphkit.store.sqlite import SqliteStore

PLAIN_RELATION = """
INSERT INTO relations VALUES (?, ?, ?, ?, 0.0, NULL, NULL, 'asserted', '[]', NULL)
ON CONFLICT (source, type, target) DO UPDATE SET count = count + excluded.count
"""


class PlainSqliteStore(SqliteStore):
    """The same writes as ``SqliteStore`` but for the provenance: the triples only."""

    def _insert_assertions(self, conn: sqlite3.Connection, batch: GraphBatch) -> WriteSummary:
        triples = Counter((a.source, a.type, a.target) for a in batch.assertions)
        conn.executemany(PLAIN_RELATION, [(*triple, n) for triple, n in triples.items()])
        return WriteSummary(relationships_created=len(triples))


def written_bytes() -> int:
    """Bytes this process has caused to be written to storage so far."""
    with open("/proc/self/io", encoding="ascii") as io:
        fields = dict(line.split(": ") for line in io.read().splitlines())
    return int(fields["write_bytes"])


def measured(
    loader: type[SqliteStore],
    batches: list[GraphBatch],
    name: str,
    corpus: str,
    path: Path,
) -> Run:
    with loader(path) as store:
        store.ensure_schema()
        before = written_bytes()
        run = timed(store, batches, name, corpus)
        written = written_bytes() - before
    print(run.line(), flush=True)
    size = path.stat().st_size  # the last connection closed: the WAL is checkpointed
    print(
        f"{corpus}: {name}: wrote {megabytes(written)} (WAL and checkpoints) for a file of "
        f"{megabytes(size)}: x{written / size:.2f}",
        flush=True,
    )
    return run


def full_load(workdir: Path, batch_size: int) -> None:
    source = workdir / "corpus.json"
    with SqliteStore(workdir / "loaded.db") as store:
        started = time.perf_counter()
        first = load([source], store, batch_size=batch_size)
        load_seconds = time.perf_counter() - started
        before = written_bytes()
        started = time.perf_counter()
        second = load([source], store, batch_size=batch_size)
        reload_seconds = time.perf_counter() - started
        rewritten = written_bytes() - before
    assert second.posts_created == second.relationships_created == second.nodes_created == 0
    print(
        f"graphkit.load of the corpus ({first.posts_created:,} posts): {load_seconds:.1f} s "
        f"incl. reading and extraction; again: {reload_seconds:.1f} s, "
        f"{second.posts_present:,} posts present, nothing created, {rewritten:,} bytes written",
        flush=True,
    )


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    size = args.batch_size
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for number, (corpus, batches) in enumerate(corpora(args, workdir)):
            plain = measured(PlainSqliteStore, batches, "plain", corpus, workdir / f"p{number}.db")
            ours = measured(SqliteStore, batches, "graphkit", corpus, workdir / f"g{number}.db")
            print(compare(plain, ours), flush=True)
            del batches
            if corpus.startswith("synthetic") and "reload" not in args.skip:
                full_load(workdir, size)
        if "new" not in args.skip:

            def fresh(name: str) -> GraphStore:
                return SqliteStore(workdir / f"{name}.db")

            print(incremental(fresh, tuple(args.bases), args.new_posts, size), flush=True)


if __name__ == "__main__":
    sys.exit(main())
