"""Benchmark of ``graphkit export``: the synthetic graph to each format.

Fills a SQLite store with N posts: the synthetic corpus (``bench/corpus.py``)
through ``graphkit.load`` (extraction included) when that generator and
``graphkit.pipeline`` exist, else the synthetic extractions of
``bench/bench_load_sqlite.py`` written in batches. Then, each in a fresh
process so that its peak memory is its own: ``to_networkx`` alone (the
baseline every format pays), and ``export`` to each format. Reports seconds,
peak RSS and output size; "imports + open store" is the floor of every process.

    .venv/bin/python bench/bench_export.py [--posts 100000] [--store PATH]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

BENCH = Path(__file__).resolve().parent
STEPS = ("open", "to_networkx", "graphml", "gexf", "json", "neo4j-admin")


def fill_store(path: Path, posts: int, workdir: Path) -> str:
    """Write ``posts`` posts into the SQLite store at ``path``; say how."""
    from graphkit.load import load
    from graphkit.store.sqlite import SqliteStore

    with SqliteStore(path) as store:
        store.ensure_schema()
        corpus = workdir / "corpus.json"
        write_corpus(corpus, posts, fmt="telegram")
        load([str(corpus)], store)
        return "bench/corpus.py through graphkit.load (extraction included)"
        return "synthetic extractions of bench/bench_load_sqlite.py"


def measure(step: str, store_path: Path, output: Path) -> dict[str, Any]:
    """Run one step in this process; its seconds, peak RSS and output size."""
    from graphkit.export import export, to_networkx
    from graphkit.store.sqlite import SqliteStore

    started = time.perf_counter()
    with SqliteStore(store_path) as store:
        if step == "to_networkx":
            graph = to_networkx(store)
            counts = (graph.number_of_nodes(), graph.number_of_edges())
        elif step != "open":
            result = export(store, step, output)
            counts = (result.nodes, result.edges)
        else:
            counts = (0, 0)
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in output.rglob("*")) if output.is_dir() else 0
    if output.is_file():
        size = output.stat().st_size
    return {
        "step": step,
        "seconds": seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "bytes": size,
        "nodes": counts[0],
        "edges": counts[1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="reuse this store instead of building one")
    parser.add_argument(
        "--child", nargs=3, metavar=("STEP", "STORE", "OUTPUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        step, store_path, output = args.child
        print(json.dumps(measure(step, Path(store_path), Path(output))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        store_path = args.store
        if store_path is None:
            store_path = workdir / "bench.db"
            started = time.perf_counter()
            how = fill_store(store_path, args.posts, workdir)
            print(f"store: {args.posts:,} posts from {how}, {time.perf_counter() - started:.0f} s")
        print(f"{'step':<12} {'seconds':>8} {'peak MB':>8} {'output MB':>10}  graph")
        for step in STEPS:
            suffix = {"neo4j-admin": "", "to_networkx": ".none", "open": ".none"}.get(
                step, f".{step}"
            )
            output = workdir / f"out-{step}{suffix}"
            done = subprocess.run(
                [sys.executable, __file__, "--child", step, str(store_path), str(output)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            row = json.loads(done.stdout)
            print(
                f"{step:<12} {row['seconds']:>8.1f} {row['peak_mb']:>8.0f}"
                f" {row['bytes'] / 1e6:>10.1f}  {row['nodes']:,} nodes, {row['edges']:,} edges"
            )


if __name__ == "__main__":
    sys.exit(main())
