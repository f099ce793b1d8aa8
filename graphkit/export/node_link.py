"""JSON: networkx node-link data (``networkx.node_link_data``), ``write_json`` / ``read_json``.

Lists and None are kept as JSON arrays and null; ``edges`` holds the edges, each
with its relation type as ``key`` and, as ``graphkit export`` writes it, every
assertion in ``assertions`` (the full provenance, not only the sample). Load it in a notebook with
``networkx.node_link_graph(json.load(f), directed=True, multigraph=True)``.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def write_json(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write ``graph`` to ``path`` as node-link JSON."""
    with path.open("w", encoding="utf-8") as out:
        json.dump(nx.node_link_data(graph, edges="edges"), out, ensure_ascii=False)


def read_json(path: Path) -> nx.MultiDiGraph:
    """The graph ``write_json`` wrote."""
    with path.open(encoding="utf-8") as source:
        data = json.load(source)
    graph: nx.MultiDiGraph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return graph
