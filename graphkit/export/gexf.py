"""GEXF (Gephi): ``write_gexf`` / ``read_gexf``.

Attributes are flattened as ``graphkit.export.flat`` documents. An edge's dates
become its interval, ``start=first_seen`` and ``end=last_seen`` (GEXF
``timeformat="date"``), so Gephi's timeline shows when a relation was seen;
they are not repeated as attributes.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphkit.export.flat import flat_graph, unflatten
from graphkit.export.networkx_graph import EDGE_ATTRIBUTES, NODE_ATTRIBUTES

#: Edge attribute -> GEXF interval bound.
INTERVAL = {"first_seen": "start", "last_seen": "end"}


def write_gexf(graph: nx.MultiDiGraph, path: Path, *, in_place: bool = False) -> None:
    """Write ``graph`` (as ``to_networkx`` builds it) to ``path``; ``in_place``: see
    ``flat_graph``."""
    flat = flat_graph(graph, in_place=in_place)
    for _, _, data in flat.edges(data=True):
        for attribute, bound in INTERVAL.items():
            if attribute in data:
                data[bound] = data.pop(attribute)
    nx.write_gexf(flat, path)


def read_gexf(path: Path) -> nx.MultiDiGraph:
    """The graph ``write_gexf`` wrote."""
    flat = nx.read_gexf(path, node_type=str)
    if not flat.is_multigraph():
        flat = nx.MultiDiGraph(flat)
    for _, _, data in flat.edges(data=True):
        for attribute, bound in INTERVAL.items():
            if bound in data:
                data[attribute] = data.pop(bound)
    return unflatten(flat, NODE_ATTRIBUTES, EDGE_ATTRIBUTES)
