"""GraphML (yEd, Gephi, Cytoscape): ``write_graphml`` / ``read_graphml``.

Attributes are flattened as ``graphkit.export.flat`` documents.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphkit.export.flat import flat_graph, unflatten
from graphkit.export.networkx_graph import EDGE_ATTRIBUTES, NODE_ATTRIBUTES


def write_graphml(graph: nx.MultiDiGraph, path: Path, *, in_place: bool = False) -> None:
    """Write ``graph`` (as ``to_networkx`` builds it) to ``path``; ``in_place``: see
    ``flat_graph``."""
    nx.write_graphml(flat_graph(graph, in_place=in_place), path, edge_id_from_attribute="id")


def read_graphml(path: Path) -> nx.MultiDiGraph:
    """The graph ``write_graphml`` wrote."""
    flat = nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    return unflatten(flat, NODE_ATTRIBUTES, EDGE_ATTRIBUTES)
