"""Benchmark of ``graphkit view`` on a whole channel: the overview and 2,000 actors.

Loads the synthetic corpus (``bench/corpus.py``, 100,000 posts by default) into a
SQLite store, then writes views with ``view_from_store`` as ``graphkit view`` does
(dated evidence from the store's assertions, co-mentions from its mentions):

- the overview the command draws without options (the ``OVERVIEW_ACTORS`` best-connected
  actors and a note of the rest), and
- the 2,000 best-connected actors (``--top 2000``), the size limit.

Each is opened in headless Chromium. Reports file size, write time (of which layout)
and the time from navigation start to the first frame vis-network draws. With
``--layouts`` it also times the layouts networkx offers against ours on the
2,000-actor graph (the measurement behind ``graphkit/views/layout.py``).

    .venv/bin/python bench/bench_view.py [--posts 100000] [--runs 3] [--layouts]
        [--workdir DIR]   # keep the loaded store there and reuse it next time
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.export import to_networkx
from graphkit.load import load
from graphkit.store.sqlite import SqliteStore
from graphkit.views import (
    OVERVIEW_ACTORS,
    block_spring_layout,
    layout,
    view_from_store,
)
from graphkit.views.layout import LAYOUT_SEED
from graphkit.views.selection import overview

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests"))
from corpus import write_corpus  # noqa: E402 (bench/ is on sys.path when a bench runs)
from headless import chromium  # noqa: E402 (tests/ is not a package)

TARGET_DRAW_SECONDS = 2.0
TARGET_WRITE_SECONDS = 5.0
TARGET_BYTES = 5_000_000


def loaded_store(posts: int, workdir: Path) -> Path:
    """A SQLite store holding ``posts`` corpus posts (reused when already there)."""
    db = workdir / f"corpus-{posts}.db"
    if db.exists():
        print(f"store: reusing {db}")
        return db
    dump = workdir / f"corpus-{posts}.json"
    write_corpus(dump, posts, fmt="telegram")
    started = time.perf_counter()
    with SqliteStore(db) as store:
        store.ensure_schema()
        load([str(dump)], store)
    print(f"store: loaded {posts:,} posts in {time.perf_counter() - started:.0f} s")
    return db


def measure_view(db: Path, path: Path, runs: int, **options: Any) -> dict[str, Any]:
    """Write times (median), the summary, and first-draw times in Chromium."""
    writes, cpu = [], []
    for _ in range(runs):
        with SqliteStore(db) as store:
            started, started_cpu = time.perf_counter(), time.process_time()
            summary = view_from_store(store, path, **options)
            writes.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    draws, busy = [], []
    with chromium() as page:
        page.send("Performance.enable")
        for _ in range(runs):
            before = main_thread_seconds(page)
            page.open(path.as_uri())
            draws.append(page.wait_until("window.__drawnAt", timeout=120) / 1000)
            busy.append(main_thread_seconds(page) - before)
            if page.errors():
                raise SystemExit(f"the page reported errors: {page.errors()}")
            labels = page.evaluate("graphkitView.labelBoxes().length")
    return {
        "summary": summary,
        "writes": writes,
        "cpu": cpu,
        "draws": draws,
        "busy": busy,
        "labels": labels,
    }


def main_thread_seconds(page: Any) -> float:
    """The page's main-thread task time so far (DevTools ``TaskDuration``): the
    browser's own work, whatever else the machine is busy with."""
    metrics = page.send("Performance.getMetrics")["metrics"]
    return float(next(m["value"] for m in metrics if m["name"] == "TaskDuration"))


def report(name: str, result: dict[str, Any], layout_seconds: float) -> bool:
    summary = result["summary"]
    write, draw = statistics.median(result["writes"]), statistics.median(result["draws"])
    runs = len(result["writes"])
    print(f"\n{name}: {summary.nodes:,} actors, {summary.edges:,} relations")
    if summary.note:
        print(f"  note in the page: {summary.note}")
    print(f"  file size: {summary.bytes / 1e6:.2f} MB (target < {TARGET_BYTES / 1e6:.0f} MB)")
    print(
        f"  write: {write:.2f} s median of {runs}, CPU {statistics.median(result['cpu']):.2f} s "
        f"(layout alone {layout_seconds:.2f} s; target < {TARGET_WRITE_SECONDS:.0f} s)"
    )
    print(
        f"  first draw: {draw:.2f} s after navigation start, median of {runs} "
        f"(runs: {', '.join(f'{t:.2f}' for t in result['draws'])}; "
        f"target < {TARGET_DRAW_SECONDS:.0f} s); main-thread work until then "
        f"{statistics.median(result['busy']):.2f} s; {result['labels']} labels at the default zoom"
    )
    return (
        write < TARGET_WRITE_SECONDS and draw < TARGET_DRAW_SECONDS and summary.bytes < TARGET_BYTES
    )


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def compare_layouts(graph: nx.MultiDiGraph) -> None:
    """networkx's layouts against ``block_spring_layout`` on the connected actors."""
    simple = nx.Graph(graph)
    simple.remove_nodes_from(list(nx.isolates(simple)))
    print(f"\nlayouts of {simple.number_of_nodes():,} connected actors (one run each):")
    candidates: dict[str, Callable[[], object]] = {
        "networkx spring_layout (50 iterations)": lambda: nx.spring_layout(
            simple, seed=LAYOUT_SEED
        ),
        "networkx forceatlas2_layout (100 iterations)": lambda: nx.forceatlas2_layout(
            simple, seed=LAYOUT_SEED, max_iter=100
        ),
        "graphkit block_spring_layout (50 iterations)": lambda: block_spring_layout(
            simple, seed=LAYOUT_SEED
        ),
    }
    for name, function in candidates.items():
        print(f"  {name}: {timed(function):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=100_000, help="corpus posts to load")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--layouts", action="store_true", help="compare layout algorithms")
    parser.add_argument("--workdir", type=Path, help="keep the store here and reuse it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        db = loaded_store(args.posts, workdir)
        with SqliteStore(db) as store:
            whole = to_networkx(store)
        print(f"graph: {whole.number_of_nodes():,} actors, {whole.number_of_edges():,} relations")
        ok = True
        for name, top in (("overview (no options)", OVERVIEW_ACTORS), ("--top 2000", 2000)):
            drawn, _ = overview(whole, top) if whole.number_of_nodes() > top else (whole, None)
            layout_seconds = timed(lambda drawn=drawn: layout(drawn))
            result = measure_view(db, Path(tmp) / "view.html", args.runs, top=top)
            ok = report(name, result, layout_seconds) and ok
        if args.layouts:
            compare_layouts(overview(whole, 2000)[0])
    print("\nwithin targets" if ok else "\nMISSES a target")


if __name__ == "__main__":
    main()
