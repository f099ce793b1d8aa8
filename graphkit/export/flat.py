"""Graph attributes made valid for the XML formats (GraphML, GEXF), and back.

networkx writes only scalar attributes to these formats. On the way out:
list attributes (``aliases`` and the evidence sample ``sample_post_ids``,
``sample_evidence``, ``sample_dates``) become JSON-encoded strings
(``'["mfa/101", "mfa/102"]'``; a missing date is ``null``), None attributes are
dropped, and Gephi's conventions are added:
``label`` (the entity's name, the relation type), ``weight`` (the edge's
``count``: how many posts assert it), ``relation`` (the relation type, as a column Gephi can
partition by) and a unique edge ``id`` (``source->TYPE->target``).
``unflatten`` reverses all of it.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graphkit.export.networkx_graph import ASSERTIONS, LIST_ATTRIBUTES, OPTIONAL_ATTRIBUTES


def flatten_attributes(data: dict[str, Any]) -> dict[str, Any]:
    """Scalar-only copy of one node's or edge's attributes."""
    flat: dict[str, Any] = {}
    for name, value in data.items():
        if value is None or name == ASSERTIONS:  # the XML formats carry only the sample
            continue
        flat[name] = json.dumps(value, ensure_ascii=False) if name in LIST_ATTRIBUTES else value
    return flat


def unflatten_attributes(flat: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The attributes ``names`` back from a flat record: lists decoded, dropped ones None."""
    data: dict[str, Any] = {}
    for name in names:
        value = flat.get(name)
        if name in LIST_ATTRIBUTES:
            data[name] = json.loads(value) if value is not None else []
        elif value is not None or name in OPTIONAL_ATTRIBUTES:
            data[name] = value
    return data


def flat_graph(graph: nx.MultiDiGraph, *, in_place: bool = False) -> nx.MultiDiGraph:
    """``graph`` made acceptable to the XML writers, with Gephi's labels and weights.

    A copy, unless ``in_place``: then ``graph`` itself is changed, which saves
    holding the graph twice when the caller built it for this write only.
    """
    flat = graph if in_place else graph.copy()
    for node, data in flat.nodes(data=True):
        _flatten(data, label=data.get("name", node))
    for source, target, rtype, data in flat.edges(keys=True, data=True):
        _flatten(
            data,
            id=f"{source}->{rtype}->{target}",
            label=rtype,
            relation=rtype,
            weight=data.get("count", 1),
        )
    return flat


def _flatten(data: dict[str, Any], **extra: Any) -> None:
    scalars = flatten_attributes(data)
    data.clear()
    data.update(scalars, **extra)


def unflatten(
    flat: nx.MultiGraph, node_attributes: tuple[str, ...], edge_attributes: tuple[str, ...]
) -> nx.MultiDiGraph:
    """The graph ``flat_graph`` was made from, out of what a reader returned."""
    graph = nx.MultiDiGraph()
    for node, data in flat.nodes(data=True):
        graph.add_node(node, **unflatten_attributes(data, node_attributes))
    for source, target, data in flat.edges(data=True):
        graph.add_edge(
            source, target, key=data["relation"], **unflatten_attributes(data, edge_attributes)
        )
    return graph
