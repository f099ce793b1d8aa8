"""Benchmark of ``graphkit view`` at its size limit: 2,000 actors, 10,000 relations.

The graph comes from the synthetic corpus (``bench/corpus.py``, loaded into a
SQLite store through ``graphkit.load``, read back with ``to_networkx``), cut to
its best-connected actors and most-attested relations; or, with ``--source
synthetic``, from a generated MultiDiGraph of the same shape (no extraction).
Writes the view and opens it in headless Chromium. Reports file size, write
time (of which layout) and the time from navigation start to vis-network's
first drawn frame.

    .venv/bin/python bench/bench_view.py [--source corpus|synthetic] [--posts 20000]
        [--nodes 2000] [--edges 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graphkit.graph import EVIDENCE_SAMPLE
from graphkit.models import ENTITY_TYPES, RELATION_TYPES
from graphkit.views import layout, write_view

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests"))
from corpus import write_corpus  # noqa: E402 (bench/ is on sys.path when a bench runs)
from headless import chromium  # noqa: E402 (tests/ is not a package)

TARGET_DRAW_SECONDS = 5.0
TARGET_BYTES = 5_000_000

_FIRST = ["Sergey", "Maria", "Ali", "Wang", "Anna", "Jean", "Carlos", "Fatima", "Ivan", "Olga"]
_LAST = ["Petrov", "Haddad", "Li", "Moreau", "Silva", "Okafor", "Kowalski", "Tanaka", "Rossi"]
_PLACES = ["Geneva", "Vienna", "Astana", "Brasilia", "Jakarta", "Cairo", "Minsk", "Hanoi"]
_VERBS = {
    "SPOKE_AT": "delivered remarks at",
    "CHAIRED": "chaired",
    "ATTENDED": "took part in",
    "INVITED": "invited",
    "HELD_IN": "was held in",
    "VISITED": "paid a working visit to",
    "MET_WITH": "held talks with",
    "CRITICISED": "sharply criticised the position of",
    "SUPPORTED": "reaffirmed support for",
    "HOLDS_ROLE": "serves as a representative of",
    "MEMBER_OF": "is a member of",
}


def synthetic_graph(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph with realistic attributes and a skewed degree distribution."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    keys = []
    for number in range(nodes):
        node_type = rng.choices(ENTITY_TYPES, weights=(40, 25, 15, 10, 7, 3))[0]
        if node_type == "Person":
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}-{number}"
            aliases = [name.split()[-1], f"{name[0]}. {name.split()[-1]}"]
        else:
            name = f"{rng.choice(_PLACES)} {node_type.lower()} {number}"
            aliases = [f"{name.split()[0][:3].upper()}{number}"]
        key = f"{node_type.lower()}:{name.lower().replace(' ', '-')}"
        graph.add_node(key, type=node_type, name=name, aliases=aliases)
        keys.append(key)
    # Preferential attachment: a few hubs (ministers, the UN) hold many edges.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(nodes)]
    added = 0
    while added < edges:
        source, target = rng.choices(keys, weights=weights, k=2)
        relation = rng.choice(RELATION_TYPES)
        if source == target or graph.has_edge(source, target, key=relation):
            continue
        count = min(30, int(rng.paretovariate(1.6)))
        dates = sorted(
            f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for _ in range(count)
        )
        source_name, target_name = graph.nodes[source]["name"], graph.nodes[target]["name"]
        evidence = [
            f"On {date}, {source_name} {_VERBS[relation]} {target_name} in "
            f"{rng.choice(_PLACES)}, discussing the regional agenda, trade and the "
            "situation around the negotiations, the press service reported."
            for date in dates
        ]
        graph.add_edge(
            source,
            target,
            key=relation,
            sample_post_ids=[f"mfa/{rng.randint(1000, 99999)}" for _ in dates][:EVIDENCE_SAMPLE],
            sample_evidence=evidence[:EVIDENCE_SAMPLE],
            sample_dates=dates[:EVIDENCE_SAMPLE],
            confidence=round(rng.uniform(0.5, 1.0), 2),
            count=count,
            first_seen=dates[0],
            last_seen=dates[-1],
            modality=rng.choice(("asserted", "asserted", "asserted", "planned")),
        )
        added += 1
    return graph


def corpus_graph(posts: int, nodes: int, edges: int, workdir: Path) -> nx.MultiDiGraph:
    """The corpus's graph: its ``nodes`` best-connected actors and, among them,
    the ``edges`` relations asserted by the most posts."""
    from graphkit.export import to_networkx
    from graphkit.load import load
    from graphkit.store.sqlite import SqliteStore

    dump = workdir / "corpus.json"
    write_corpus(dump, posts, fmt="telegram")
    with SqliteStore(workdir / "corpus.db") as store:
        store.ensure_schema()
        load([str(dump)], store)
        whole = to_networkx(store)
    degree = dict(whole.degree())
    kept = sorted(whole, key=lambda n: (-degree[n], str(n)))[:nodes]
    graph = whole.subgraph(kept).copy()
    ranked = sorted(graph.edges(keys=True, data="count"), key=lambda e: (-(e[3] or 0), str(e[:3])))
    graph.remove_edges_from([edge[:3] for edge in ranked[edges:]])
    print(
        f"corpus: {posts} posts -> {whole.number_of_nodes()} actors, "
        f"{whole.number_of_edges()} relations; kept the top {nodes} and {edges}"
    )
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", choices=("corpus", "synthetic"), default="corpus")
    parser.add_argument("--posts", type=int, default=20_000, help="corpus posts to load")
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.source == "corpus":
            graph = corpus_graph(args.posts, args.nodes, args.edges, Path(tmp))
        else:
            graph = synthetic_graph(args.nodes, args.edges)
        print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        path = Path(tmp) / "view.html"
        layout_times, write_times, draw_times = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            layout(graph)
            layout_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            summary = write_view(graph, path)
            write_times.append(time.perf_counter() - started)
        with chromium() as page:
            for _ in range(args.runs):
                page.open(path.as_uri())
                drawn_ms = page.wait_until("window.__drawnAt", timeout=120)
                if page.errors():
                    raise SystemExit(f"the page reported errors: {page.errors()}")
                draw_times.append(drawn_ms / 1000)

    size_mb = summary.bytes / 1e6
    draw = statistics.median(draw_times)
    print(f"file size: {size_mb:.2f} MB (target < {TARGET_BYTES / 1e6:.0f} MB)")
    print(
        f"write time: {statistics.median(write_times):.2f} s median of {args.runs} "
        f"(layout alone {statistics.median(layout_times):.2f} s)"
    )
    print(
        f"first draw: {draw:.2f} s after navigation start, median of {args.runs} "
        f"(runs: {', '.join(f'{t:.2f}' for t in draw_times)}; target < {TARGET_DRAW_SECONDS:.0f} s)"
    )
    ok = draw < TARGET_DRAW_SECONDS and summary.bytes < TARGET_BYTES
    print("within targets" if ok else "MISSES a target")


if __name__ == "__main__":
    main()
