"""Where each actor sits: positions computed once in Python, so the page draws at
once with physics off.

networkx's Kamada-Kawai for small graphs and its ``spring_layout`` up to
``NETWORKX_SPRING_MAX_NODES``; above that ``block_spring_layout``, the same
Fruchterman-Reingold vectorised in blocks, because networkx's large-graph path
(and its ``forceatlas2_layout``) take two to four times as long at 2,000 actors
(``bench/bench_view.py --layouts`` measures all three).
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

#: Up to this many nodes, Kamada-Kawai (tidier); above it, a seeded spring layout:
#: networkx's, and ours beyond the size where networkx's turns to a loop per node.
KAMADA_KAWAI_MAX_NODES = 150
NETWORKX_SPRING_MAX_NODES = 500
LAYOUT_BLOCK = 512
LAYOUT_SEED = 7
#: Pixels between isolated actors, set out in rows under the rest.
ISOLATE_SPACING = 150.0


def layout(graph: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    """Pixel positions, seeded so the same graph gets the same picture.

    The largest connected part in the middle; the smaller parts and the isolated
    actors packed in rows beneath it, so that they neither crowd it nor, far out,
    shrink it when the page fits everything into view."""
    simple = nx.Graph(graph)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    parts = sorted(
        (sorted(part, key=str) for part in nx.connected_components(simple)),
        key=lambda part: (-len(part), str(part[0])),
    )
    positions: dict[Any, tuple[float, float]] = {}
    if parts and len(parts[0]) > 1:
        positions.update(_part_layout(simple.subgraph(parts[0])))
        parts = parts[1:]
    xs = [x for x, _ in positions.values()]
    left = min(xs, default=0.0)
    width = max(max(xs, default=0.0) - left, 8 * ISOLATE_SPACING)
    top = max((y for _, y in positions.values()), default=-ISOLATE_SPACING) + ISOLATE_SPACING
    x, shelf = left, 0.0
    for number, part in enumerate(parts):
        local = _part_layout(simple.subgraph(part)) if len(part) > 1 else {part[0]: (0.0, 0.0)}
        low_x = min(p[0] for p in local.values())
        low_y = min(p[1] for p in local.values())
        part_width = max(p[0] for p in local.values()) - low_x
        part_height = max(p[1] for p in local.values()) - low_y
        if x > left and x + part_width > left + width:
            x, top, shelf = left, top + shelf + ISOLATE_SPACING, 0.0
        # Every other one a little lower, so that long labels do not run together.
        stagger = ISOLATE_SPACING / 3 * (number % 2) if len(part) == 1 else 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + px - low_x, top + py - low_y + stagger)
        x += part_width + ISOLATE_SPACING
        shelf = max(shelf, part_height + stagger)
    return {node: (round(px, 1), round(py, 1)) for node, (px, py) in positions.items()}


def _part_layout(part: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Positions of one connected part: Kamada-Kawai when small, a spring layout
    above (networkx's, then ``block_spring_layout``), spread so that actors keep
    about the same spacing at any size."""
    count = part.number_of_nodes()
    if count <= 3:  # a pair or a triple: Kamada-Kawai's solver costs half a second here
        unit = nx.circular_layout(part)
    elif count <= KAMADA_KAWAI_MAX_NODES:
        unit = nx.kamada_kawai_layout(part)
    elif count <= NETWORKX_SPRING_MAX_NODES:
        unit = nx.spring_layout(part, seed=LAYOUT_SEED)
    else:
        unit = block_spring_layout(part, seed=LAYOUT_SEED)
    spread = 150.0 * math.sqrt(count)
    xs, ys = [p[0] for p in unit.values()], [p[1] for p in unit.values()]
    # Screens are wide: stretch a tall drawing sideways, up to twice.
    stretch = min(2.0, max(1.0, 1.6 * (max(ys) - min(ys)) / max(max(xs) - min(xs), 1e-9)))
    return {n: (float(x) * spread * stretch, float(y) * spread) for n, (x, y) in unit.items()}


def block_spring_layout(
    graph: nx.Graph, *, seed: int, iterations: int = 50
) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold as networkx's ``spring_layout`` computes it, with the
    all-pairs repulsion done in blocks of rows in float32: vectorised like
    networkx's small-graph path (about five times faster than its large-graph
    path at 2,000 nodes) with memory bounded by the block. Positions in [-1, 1]."""
    nodes = list(graph)
    count = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.intp)
    ends = ends.reshape(-1, 2)
    pos = np.random.default_rng(seed).random((count, 2)).astype(np.float32)
    ideal = np.float32(math.sqrt(1.0 / count))
    step, cooling = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        moves = np.zeros_like(pos)
        xs, ys = pos[:, 0], pos[:, 1]
        for start in range(0, count, LAYOUT_BLOCK):
            # x and y as separate 2-D arrays: about twice as fast as one 3-D einsum.
            dx = xs[start : start + LAYOUT_BLOCK, None] - xs[None, :]
            dy = ys[start : start + LAYOUT_BLOCK, None] - ys[None, :]
            inverse = 1.0 / np.maximum(dx * dx + dy * dy, np.float32(1e-6))
            moves[start : start + LAYOUT_BLOCK, 0] += ideal**2 * (dx * inverse).sum(axis=1)
            moves[start : start + LAYOUT_BLOCK, 1] += ideal**2 * (dy * inverse).sum(axis=1)
        stretch = pos[ends[:, 0]] - pos[ends[:, 1]]
        pull = stretch * (np.linalg.norm(stretch, axis=1) / ideal)[:, None]
        for axis in (0, 1):
            # bincount sums per node far faster than np.add.at.
            moves[:, axis] -= np.bincount(ends[:, 0], pull[:, axis], count)
            moves[:, axis] += np.bincount(ends[:, 1], pull[:, axis], count)
        length = np.maximum(np.linalg.norm(moves, axis=1), 1e-9)
        pos += moves * (np.minimum(length, step) / length)[:, None]
        step -= cooling
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos, strict=True)}
