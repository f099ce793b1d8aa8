"""Benchmark of the Cypher query pack on a big graph in a real Neo4j.

Starts a private server with ``scripts/neo4j-local`` (temporary state directory,
stopped at the end), loads N synthetic posts (``bench/corpus.py``) through
``graphkit.load``, then runs every pack query: one warm-up, then the best of three.
Parameters that name one actor get the most connected person (a hub: the worst case),
those that default to everyone keep it, the post parameter gets a loaded post. The
baseline is a full scan reading one property of every node, in the same run; each
query is reported in ms and as a multiple of it.

    .venv/bin/python bench/bench_cypher_pack.py [--posts 20000]
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
    """Seconds of the fastest of three runs after a warm-up, and the row count."""
    rows = list(store.run(query, params, read_only=True))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        rows = list(store.run(query, params, read_only=True))
        best = min(best, time.perf_counter() - start)
    return best, len(rows)


def hub_parameters(store: Any) -> dict[str, Any]:
    """Parameter values that make each query work on the busiest part of the graph."""
    first, second = (row["key"] for row in store.run(HUBS, {}, read_only=True))
    [post] = store.run("MATCH (p:Post) RETURN p.id AS id LIMIT 1", {}, read_only=True)
    return {
        "actor": first,
        "from_actor": first,
        "subject": first,
        "to_actor": second,
        "post_id": post["id"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=20_000)
    options = parser.parse_args()

    from graphkit import querypack
    from graphkit.load import load
    from graphkit.store.neo4j import Neo4jStore

    with tempfile.TemporaryDirectory(prefix="bench-cypher-") as workdir:
        state = Path(workdir) / "neo4j"
        corpus = Path(workdir) / "corpus.json"
        write_corpus(corpus, options.posts, fmt="telegram", seed=7)
        exports = neo4j_local(state, "start")
        uri = next(
            line.split("=", 1)[1]
            for line in exports.splitlines()
            if line.startswith("export NEO4J_URI=")
        )
        try:
            with Neo4jStore(uri) as store:
                started = time.perf_counter()
                summary = load([str(corpus)], store)
                print(
                    f"loaded {summary.posts_created:,} posts in {time.perf_counter() - started:.0f}"
                    f" s: {summary.nodes_created:,} nodes, {summary.relationships_created:,}"
                    " relationships"
                )
                hubs = hub_parameters(store)
                baseline, _ = best_of_three(store, BASELINE, {})
                print(f"baseline (read one property of all nodes): {baseline * 1000:.1f} ms\n")
                print(f"{'query':<28} {'ms':>9} {'x baseline':>11} {'rows':>6}  parameters")
                for query in querypack.pack():
                    params = query.parameters()
                    changed = {k: v for k, v in hubs.items() if params.get(k)}
                    seconds, rows = best_of_three(store, query.text, {**params, **changed})
                    print(
                        f"{query.name:<28} {seconds * 1000:9.1f} {seconds / baseline:11.1f}"
                        f" {rows:6}  {', '.join(f'{k}={v}' for k, v in changed.items())}"
                    )
        finally:
            neo4j_local(state, "stop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
