"""Benchmark of the Cypher query pack on a big graph in a real Neo4j.

Starts a private server with ``scripts/neo4j-local`` (temporary state directory, the
script's default memory settings, stopped at the end), loads N synthetic posts
(``bench/corpus.py``) with ``graphkit load``, then runs every pack query as
``graphkit query`` does: one warm-up, then the best of three. Parameters that name one
actor get the most connected person (a hub: the worst case), those that default to
everyone keep it, the post parameter gets a loaded post. The baseline is a full scan
reading one property of every node, in the same run; each query is reported in ms, as a
multiple of it, and against the pack's budget of 2 s. A query the server refuses (say,
for its transaction memory limit) is reported with the server's one line.

    .venv/bin/python bench/bench_cypher_pack.py [--posts 100000]
    .venv/bin/python bench/bench_cypher_pack.py --neo4j-uri bolt://127.0.0.1:7687  # loaded
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

BENCH = Path(__file__).resolve().parent
NEO4J_LOCAL = BENCH.parent / "scripts" / "neo4j-local"
BUDGET = 2.0
BASELINE = "MATCH (n) RETURN count(n.name) AS nodes"
HUBS = """
MATCH (person:Person)
RETURN person.key AS key, COUNT { (person)--(:Entity) } AS degree
ORDER BY degree DESC LIMIT 2
"""


def neo4j_local(state: Path, command: str) -> str:
    args = [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(state), command]
    if command == "start":
        args.append("--no-auth")
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def best_of_three(store: Any, query: str, params: dict[str, Any]) -> tuple[float, int]:
    """Seconds of the fastest of three runs after a warm-up, and the row count; as
    ``graphkit query`` runs a pack query (no warning on a property no post has yet)."""
    rows = list(store.run(query, params, read_only=True, in_pack=True))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        rows = list(store.run(query, params, read_only=True, in_pack=True))
        best = min(best, time.perf_counter() - start)
    return best, len(rows)


def hub_parameters(store: Any) -> dict[str, Any]:
    """Parameter values that make each query work on the busiest part of the graph."""
    first, second = (row["key"] for row in store.run(HUBS, {}, read_only=True))
    [post] = store.run(
        "MATCH (p:Post) WHERE p.assertion_types IS NOT NULL RETURN p.id AS id LIMIT 1",
        {},
        read_only=True,
    )
    return {
        "actor": first,
        "from_actor": first,
        "subject": first,
        "to_actor": second,
        "post_id": post["id"],
    }


def load_corpus(uri: str, posts: int, workdir: Path) -> None:
    """``graphkit load`` of N synthetic posts, as a user runs it."""
    corpus = workdir / "corpus.json"
    write_corpus(corpus, posts, fmt="telegram", seed=7)
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "graphkit"), "load", str(corpus), "--neo4j-uri", uri],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"graphkit load of {posts:,} posts: {time.perf_counter() - started:.0f} s")


def measure(uri: str) -> list[tuple[str, float | None, int, str]]:
    """Every pack query on the graph at ``uri``: name, seconds (None: refused), rows, note."""
    from graphkit import querypack
    from graphkit.errors import GraphkitError
    from graphkit.store.neo4j import Neo4jStore

    results: list[tuple[str, float | None, int, str]] = []
    with Neo4jStore(uri) as store:
        stats = store.stats()
        print(
            f"graph: {stats.labels.get('Post', 0):,} posts, "
            f"{stats.labels.get('Entity', 0):,} actors, "
            f"{store.assertion_count():,} assertions, "
            f"{sum(stats.relationships.values()):,} relationships"
        )
        hubs = hub_parameters(store)
        baseline, _ = best_of_three(store, BASELINE, {})
        results.append(("(baseline: one property of every node)", baseline, 0, ""))
        for query in querypack.pack():
            params = query.parameters()
            changed = {k: v for k, v in hubs.items() if params.get(k)}
            note = ", ".join(f"{k}={v}" for k, v in changed.items())
            try:
                seconds, rows = best_of_three(store, query.text, {**params, **changed})
            except GraphkitError as exc:
                results.append((query.name, None, 0, str(exc)))
                continue
            results.append((query.name, seconds, rows, note))
    return results


def report(results: list[tuple[str, float | None, int, str]]) -> int:
    """Print the table; the number of queries over the budget or refused."""
    baseline = results[0][1] or 1.0
    print(f"\n{'query':<40} {'ms':>9} {'x baseline':>11} {'rows':>6}  budget  parameters")
    over = 0
    for name, seconds, rows, note in results:
        if seconds is None:
            over += 1
            print(f"{name:<40} {'-':>9} {'-':>11} {'-':>6}  FAILED  {note}")
            continue
        verdict = "ok" if seconds <= BUDGET else "OVER"
        over += verdict == "OVER"
        print(
            f"{name:<40} {seconds * 1000:9.1f} {seconds / baseline:11.1f} {rows:6}"
            f"  {verdict:<6}  {note}"
        )
    print(f"\n{over} of {len(results) - 1} queries over {BUDGET:.0f} s or refused")
    return over


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument(
        "--neo4j-uri", help="measure this running, already loaded Neo4j (no start, no load)"
    )
    options = parser.parse_args()
    if options.neo4j_uri:
        return 1 if report(measure(options.neo4j_uri)) else 0

    with tempfile.TemporaryDirectory(prefix="bench-cypher-") as workdir:
        state = Path(workdir) / "neo4j"
        exports = neo4j_local(state, "start")
        uri = next(
            line.split("=", 1)[1]
            for line in exports.splitlines()
            if line.startswith("export NEO4J_URI=")
        )
        try:
            load_corpus(uri, options.posts, Path(workdir))
            results = measure(uri)
        finally:
            neo4j_local(state, "stop")
    return 1 if report(results) else 0


if __name__ == "__main__":
    sys.exit(main())
