"""Which actors and relations a view draws: post-count and focus filters, the size
guard, and the overview that keeps a big graph readable (its best-connected actors,
with a count of what was left out)."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.export import resolve_actor

#: Beyond these a browser takes too long to draw; ``force`` overrides.
MAX_NODES = 2000
MAX_EDGES = 10_000
#: A graph with more actors than this is drawn as an overview of its best-connected
#: ones (``top`` overrides; 0 draws everything, up to the limits above).
OVERVIEW_ACTORS = 300
#: An overview draws at most this many relations per actor kept, the most attested.
OVERVIEW_RELATIONS_PER_ACTOR = 4


@dataclass(frozen=True, slots=True)
class Omitted:
    """What an overview left out."""

    actors: int
    relations: int
    actor_types: Mapping[str, int]
    #: Per drawn actor, how many of its neighbours are not drawn.
    hidden_neighbours: Mapping[Any, int] = field(default_factory=dict)

    def note(self, drawn: int) -> str:
        whole = drawn + self.actors
        types = ", ".join(f"{count:,} {name}" for name, count in self.actor_types.items())
        return (
            f"Overview: the {drawn:,} best-connected of {whole:,} actors (ranked by the posts "
            f"asserting their relations). Left out: {self.actors:,} actors"
            + (f" ({types})" if types else "")
            + f" and {self.relations:,} relations. Narrow the view with --focus NAME or "
            "--min-count K, or draw more with --top N."
        )


@dataclass(frozen=True, slots=True)
class Selection:
    """The graph a view draws, the graph it was cut from, and how."""

    graph: nx.MultiDiGraph
    whole: nx.MultiDiGraph
    focus: Any | None
    filters: Mapping[str, str]
    omitted: Omitted | None


def post_count(edge: Mapping[str, Any]) -> int:
    """How many posts assert an edge: its ``count``, at least 1."""
    return int(edge.get("count") or 1)


def weighted_degree(graph: nx.MultiDiGraph) -> dict[Any, int]:
    """Per actor, the posts asserting its relations (summed over its edges)."""
    weights: Counter[Any] = Counter({node: 0 for node in graph})
    for source, target, data in graph.edges(data=True):
        count = post_count(data)
        weights[source] += count
        weights[target] += count
    return dict(weights)


def select_subgraph(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    min_count: int = 1,
) -> nx.MultiDiGraph:
    """The part of ``graph`` to draw: edges asserted by at least ``min_count``
    posts, then, with ``focus``, the actors within ``depth`` steps of it."""
    if depth < 0:
        raise InputError("--depth", f"must be 0 or more, got {depth}")
    if min_count < 1:
        raise InputError("--min-count", f"must be 1 or more, got {min_count}")
    selected = graph
    if min_count > 1:
        selected = graph.copy()
        weak = [
            (u, v, k)
            for u, v, k, data in graph.edges(keys=True, data=True)
            if post_count(data) < min_count
        ]
        selected.remove_edges_from(weak)
        selected.remove_nodes_from([node for node, degree in selected.degree() if degree == 0])
    if focus is not None:
        centre = resolve_actor(graph, focus, option="--focus")
        if centre not in selected:
            selected = selected.copy()
            selected.add_node(centre, **graph.nodes[centre])
        selected = nx.ego_graph(selected, centre, radius=depth, undirected=True)
    return selected


def overview(
    graph: nx.MultiDiGraph, top: int, *, keep: Any | None = None
) -> tuple[nx.MultiDiGraph, Omitted]:
    """The ``top`` actors of ``graph`` by weighted degree (``keep`` always among them)
    and, between them, the most attested relations; with what was left out."""
    weights = weighted_degree(graph)
    ranked = sorted(graph, key=lambda node: (node != keep, -weights[node], str(node)))
    kept = set(ranked[:top])
    inside = [
        (u, v, k, data)
        for u, v, k, data in graph.edges(keys=True, data=True)
        if u in kept and v in kept
    ]
    budget = OVERVIEW_RELATIONS_PER_ACTOR * top
    if len(inside) > budget:
        # Only the edges attested at least as often as the budget-th can make the cut:
        # sort those, not every edge between the kept actors.
        counts = [post_count(data) for _, _, _, data in inside]
        floor = heapq.nlargest(budget, counts)[-1]
        inside = [edge for edge, count in zip(inside, counts, strict=True) if count >= floor]
        inside.sort(key=lambda e: (-post_count(e[3]), str(e[0]), str(e[1]), str(e[2])))
        del inside[budget:]
    # Built edge by edge: far cheaper than copying graph.subgraph(kept).
    drawn = nx.MultiDiGraph()
    drawn.add_nodes_from((node, graph.nodes[node]) for node in ranked[:top])
    drawn.add_edges_from(inside)
    hidden: Counter[Any] = Counter()
    for node in kept:
        neighbours = set(graph.successors(node)) | set(graph.predecessors(node))
        hidden[node] = len(neighbours - kept)
    left_out_types = Counter(
        str(graph.nodes[node].get("type") or "Other") for node in graph if node not in kept
    )
    omitted = Omitted(
        actors=graph.number_of_nodes() - drawn.number_of_nodes(),
        relations=graph.number_of_edges() - drawn.number_of_edges(),
        actor_types=dict(left_out_types.most_common()),
        hidden_neighbours={node: count for node, count in hidden.items() if count},
    )
    return drawn, omitted


def check_size(graph: nx.MultiDiGraph, *, force: bool = False) -> None:
    """Refuse a graph too large for a browser to draw, unless ``force``."""
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    if force or (nodes <= MAX_NODES and edges <= MAX_EDGES):
        return
    raise InputError(
        "view",
        f"{nodes} actors and {edges} relations exceed the limit of {MAX_NODES} actors and "
        f"{MAX_EDGES} relations; narrow it with --focus NAME --depth N or --min-count K, "
        "draw an overview with --top N, or pass --force",
    )


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    min_count: int = 1,
    top: int | None = None,
    force: bool = False,
    upstream_filters: Mapping[str, str] | None = None,
) -> Selection:
    """``select_subgraph``, then the overview when more than ``top`` actors remain
    (``OVERVIEW_ACTORS`` by default, 0 for none), then the size guard."""
    top = OVERVIEW_ACTORS if top is None else top
    if top < 0:
        raise InputError("--top", f"must be 0 or more, got {top}")
    selected = select_subgraph(graph, focus=focus, depth=depth, min_count=min_count)
    if selected.number_of_nodes() == 0:
        raise InputError("view", "nothing to draw: no actors in the graph or passing the filters")
    centre = resolve_actor(graph, focus, option="--focus") if focus is not None else None
    omitted = None
    if top and selected.number_of_nodes() > top:
        selected, omitted = overview(selected, top, keep=centre)
    check_size(selected, force=force)
    filters = dict(upstream_filters or {})
    if min_count > 1:
        filters["posts per relation"] = f"at least {min_count}"
    if focus is not None:
        filters["around"] = f"{focus} (depth {depth})"
    if omitted is not None:
        filters["overview"] = f"top {top} actors"
    return Selection(selected, graph, centre, filters, omitted)
