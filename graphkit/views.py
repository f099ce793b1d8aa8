"""Shareable HTML network views: one self-contained file that works offline.

The graph (a ``networkx.MultiDiGraph`` shaped as ``graphkit.export.to_networkx``
builds it) goes through pyvis for its node and edge records, then into our own
page: vis-network's script and style inlined from the pyvis package, data as
escaped JSON, every text from posts put in the page with ``textContent`` by
``views/view.js``. pyvis's own template is not used: it loads Bootstrap from a
CDN, puts its heading in unescaped and, once a title holds "href", shows
tooltips through ``innerHTML``.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pyvis
from pyvis.network import Network

from graphkit import __version__
from graphkit.atomic import write_atomically
from graphkit.errors import InputError
from graphkit.export import resolve_actor, to_networkx
from graphkit.models import SYMMETRIC_RELATIONS

if TYPE_CHECKING:
    from graphkit.store.base import GraphStore

#: Beyond these a browser takes too long to draw; ``force`` overrides.
MAX_NODES = 2000
MAX_EDGES = 10_000
#: Evidence sentences embedded per edge (at most), their length, and the
#: characters of evidence a view may hold: bounds the file size.
EVIDENCE_SHOWN = 5
EVIDENCE_CHARS = 300
EVIDENCE_BUDGET = 3_000_000
#: Up to this many nodes, Kamada-Kawai (tidier); above it, a seeded spring layout:
#: networkx's, and ours beyond the size where networkx's turns to a loop per node.
KAMADA_KAWAI_MAX_NODES = 150
NETWORKX_SPRING_MAX_NODES = 500
LAYOUT_BLOCK = 512
LAYOUT_SEED = 7
#: Pixels between isolated actors, set out in rows under the rest.
ISOLATE_SPACING = 150.0

#: Colour and vis-network shape per entity type; the legend shows the same.
TYPE_STYLES: Mapping[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organisation": ("#f28e2b", "square"),
    "Country": ("#59a14f", "diamond"),
    "Place": ("#b07aa1", "triangle"),
    "Event": ("#e15759", "star"),
    "Group": ("#17becf", "triangleDown"),
}
OTHER_STYLE = ("#8c8c8c", "dot")

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_ASSETS = resources.files("graphkit") / "views"
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
# Characters that could end a <script> element or a JS string early.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@dataclass(frozen=True, slots=True)
class RenderedView:
    """A page and how many nodes and edges it draws."""

    html: str
    nodes: int
    edges: int


@dataclass(frozen=True, slots=True)
class ViewSummary:
    """What ``write_view`` wrote."""

    path: Path
    nodes: int
    edges: int
    bytes: int


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
            if _post_count(data) < min_count
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


def check_size(graph: nx.MultiDiGraph, *, force: bool = False) -> None:
    """Refuse a graph too large for a browser to draw, unless ``force``."""
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    if force or (nodes <= MAX_NODES and edges <= MAX_EDGES):
        return
    raise InputError(
        "view",
        f"{nodes} actors and {edges} relations exceed the limit of {MAX_NODES} actors and "
        f"{MAX_EDGES} relations; narrow it with --focus NAME --depth N or --min-count K, "
        "or pass --force",
    )


def render_view(graph: nx.MultiDiGraph, **options: Any) -> str:
    """The HTML page for ``graph``; ``options`` as for ``build_view``."""
    return build_view(graph, **options).html


def build_view(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    min_count: int = 1,
    force: bool = False,
    upstream_filters: Mapping[str, str] | None = None,
    title: str = "graphkit view",
    made_at: datetime | None = None,
) -> RenderedView:
    """The page for ``graph`` after ``select_subgraph``, with what it shows.

    ``upstream_filters`` describes filters already applied to ``graph`` (types,
    relations, dates from ``to_networkx``); the footer states them with the rest.
    """
    selected = select_subgraph(graph, focus=focus, depth=depth, min_count=min_count)
    if selected.number_of_nodes() == 0:
        raise InputError("view", "nothing to draw: no actors in the graph or passing the filters")
    check_size(selected, force=force)
    made_at = made_at or datetime.now(timezone.utc)
    filters = dict(upstream_filters or {})
    if min_count > 1:
        filters["posts per relation"] = f"at least {min_count}"
    if focus is not None:
        filters["around"] = f"{focus} (depth {depth})"
    net = _pyvis_network(selected)
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _vis_options(selected),
        "types": _legend(selected),
        "relations": sorted({str(key) for _, _, key in selected.edges(keys=True)}),
        "footer": _footer(selected, graph, filters, made_at),
    }
    page = _fill_template(
        TITLE=html.escape(title),
        VIS_CSS=_asset(_VIS_DIR / "vis-network.css", "</style"),
        VIEW_CSS=_asset(_ASSETS / "view.css", "</style"),
        VIS_JS=_asset(_VIS_DIR / "vis-network.min.js", "</script"),
        VIEW_JS=_asset(_ASSETS / "view.js", "</script"),
        DATA=script_json(data),
    )
    return RenderedView(html=page, nodes=len(net.nodes), edges=len(net.edges))


def write_view(graph: nx.MultiDiGraph, path: str | Path, **options: Any) -> ViewSummary:
    """Render ``graph`` (see ``render_view``) and write it to ``path`` atomically."""
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(str(target), "its directory does not exist")
    view = build_view(graph, **options)
    page = view.html.encode("utf-8", "replace")
    write_atomically(target, lambda temporary: temporary.write_bytes(page))
    return ViewSummary(path=target, nodes=view.nodes, edges=view.edges, bytes=len(page))


def view_from_store(
    store: GraphStore,
    path: str | Path,
    *,
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    **options: Any,
) -> ViewSummary:
    """Write the view of ``store``'s graph, filtered as ``to_networkx`` filters it."""
    types, relations = sorted(types or ()), sorted(relations or ())
    graph = to_networkx(store, types=types, relations=relations, since=since, until=until)
    upstream = {}
    if types:
        upstream["types"] = ", ".join(types)
    if relations:
        upstream["relations"] = ", ".join(relations)
    if since or until:
        upstream["seen"] = f"{since or 'start'} to {until or 'now'}"
    return write_view(graph, path, upstream_filters=upstream, **options)


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside ``<script>``: no ``</script>``, no
    ``<!--``, no line separators that end a JS string."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def layout(graph: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    """Pixel positions, seeded so the same graph gets the same picture.

    Connected actors: Kamada-Kawai for small graphs, a spring layout above
    (networkx's, then ``block_spring_layout``), spread so that nodes keep about
    the same spacing at any size.
    Isolated actors go in rows beneath, where they do not crowd the middle."""
    simple = nx.Graph(graph)
    isolated = sorted(nx.isolates(simple), key=str)
    simple.remove_nodes_from(isolated)
    count = simple.number_of_nodes()
    positions: dict[Any, tuple[float, float]] = {}
    if count == 1:
        positions = {next(iter(simple)): (0.0, 0.0)}
    elif count > 1:
        if count <= KAMADA_KAWAI_MAX_NODES:
            unit = nx.kamada_kawai_layout(simple)
        elif count <= NETWORKX_SPRING_MAX_NODES:
            unit = nx.spring_layout(simple, seed=LAYOUT_SEED)
        else:
            unit = block_spring_layout(simple, seed=LAYOUT_SEED)
        spread = 120.0 * math.sqrt(count)
        xs, ys = [p[0] for p in unit.values()], [p[1] for p in unit.values()]
        # Screens are wide: stretch a tall drawing sideways, up to twice.
        stretch = min(2.0, max(1.0, 1.6 * (max(ys) - min(ys)) / max(max(xs) - min(xs), 1e-9)))
        positions = {
            n: (float(x) * spread * stretch, float(y) * spread) for n, (x, y) in unit.items()
        }
    if isolated:
        left = min((x for x, _ in positions.values()), default=0.0)
        top = max((y for _, y in positions.values()), default=-ISOLATE_SPACING) + ISOLATE_SPACING
        width = max(positions.values(), key=lambda p: p[0], default=(0.0, 0.0))[0] - left
        per_row = max(8, int(width // ISOLATE_SPACING) + 1)
        for i, node in enumerate(isolated):
            row, column = divmod(i, per_row)
            # Every other one a little lower, so long labels do not run together.
            stagger = ISOLATE_SPACING / 4 * (column % 2)
            positions[node] = (
                left + column * ISOLATE_SPACING,
                top + row * ISOLATE_SPACING + stagger,
            )
    pixels = {}
    heights: set[float] = set()
    for node, (x, y) in positions.items():
        height = round(y, 1)
        # vis-network 9.1.2 draws the label of an exactly horizontal edge on its
        # start node: keep every height distinct.
        while height in heights:
            height = round(height + 0.1, 1)
        heights.add(height)
        pixels[node] = (round(x, 1), height)
    return pixels


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
        for start in range(0, count, LAYOUT_BLOCK):
            offset = pos[start : start + LAYOUT_BLOCK, None, :] - pos[None, :, :]
            squared = np.maximum(np.einsum("ijk,ijk->ij", offset, offset), 1e-6)
            moves[start : start + LAYOUT_BLOCK] += ideal**2 * np.einsum(
                "ijk,ij->ik", offset, 1.0 / squared
            )
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


def _pyvis_network(graph: nx.MultiDiGraph) -> Network:
    """Nodes and edges as vis-network records, kept small: nodes are numbered
    (the canonical key travels as ``key``), defaults are left out."""
    net = Network(directed=True)
    positions = layout(graph)
    degrees = dict(graph.degree())
    number = {node: i for i, node in enumerate(graph)}
    for node, data in graph.nodes(data=True):
        group = _group(data)
        x, y = positions[node]
        net.add_node(
            number[node],
            label=str(data.get("name") or node),
            shape=TYPE_STYLES.get(group, OTHER_STYLE)[1],
            group=group,
            size=round(10 + 3 * math.log2(1 + degrees[node]), 1),
            x=x,
            y=y,
            key=str(node),
            aliases=[str(alias) for alias in data.get("aliases") or ()],
        )
    shown = _evidence_per_edge(graph.number_of_edges())
    pair_index: Counter[frozenset[Any]] = Counter()
    for edge_number, (source, target, relation, data) in enumerate(
        graph.edges(keys=True, data=True)
    ):
        pair = frozenset((source, target))
        parallel = pair_index[pair]
        pair_index[pair] += 1
        count = _post_count(data)
        evidence = _evidence(data, shown)
        options: dict[str, Any] = {
            "id": edge_number,
            "label": str(relation),
            "count": count,
            "evidence": evidence,
            "confidence": data.get("confidence"),
        }
        if count > 1:
            options["width"] = round(min(1 + 2 * math.log2(count), 12), 1)
        if count > len(evidence):
            options["first_seen"] = data.get("first_seen")
            options["last_seen"] = data.get("last_seen")
        if data.get("modality") not in (None, "asserted"):
            options["modality"] = data.get("modality")
        if relation in SYMMETRIC_RELATIONS:
            options["arrows"] = {"to": {"enabled": False}}
        if parallel:
            options["smooth"] = _parallel_curve(parallel, str(source) <= str(target))
        net.add_edge(number[source], number[target], **options)
    for edge in net.edges:
        if edge.get("arrows") == "to":  # pyvis's default; the options say so once
            del edge["arrows"]
    return net


def _evidence_per_edge(edges: int) -> int:
    """How many sentences each edge carries: all ``EVIDENCE_SHOWN`` in small
    views, fewer in large ones so the file stays under ``EVIDENCE_BUDGET``."""
    return max(1, min(EVIDENCE_SHOWN, EVIDENCE_BUDGET // (max(edges, 1) * EVIDENCE_CHARS)))


def _post_count(edge: Mapping[str, Any]) -> int:
    """How many posts assert an edge: its ``count``, else its sampled posts, at least 1."""
    return int(edge.get("count") or len(edge.get("sample_post_ids") or ()) or 1)


def _group(node: Mapping[str, Any]) -> str:
    """The legend entry of a node: its type, or "Other" outside the vocabulary."""
    node_type = node.get("type")
    return node_type if isinstance(node_type, str) and node_type in TYPE_STYLES else "Other"


def _evidence(data: Mapping[str, Any], shown: int) -> list[list[str]]:
    """Up to ``shown`` [date, post id, sentence] triples of the edge's evidence sample,
    newest first."""
    rows = zip(
        data.get("sample_dates") or (),
        data.get("sample_post_ids") or (),
        data.get("sample_evidence") or (),
        strict=False,
    )
    newest = sorted(rows, key=lambda row: str(row[0] or ""), reverse=True)[:shown]
    return [[str(date or ""), str(post), _clip(str(text or ""))] for date, post, text in newest]


def _clip(text: str) -> str:
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"


def _parallel_curve(index: int, forward: bool) -> dict[str, Any]:
    """Curves that fan parallel edges out on alternating sides of their pair.

    vis-network's clockwise is relative to the edge's direction, so an edge
    drawn the other way round flips to land on the intended side."""
    side = 1 if index % 2 else -1
    clockwise = (side > 0) == forward
    return {
        "enabled": True,
        "type": "curvedCW" if clockwise else "curvedCCW",
        "roundness": 0.2 * ((index + 1) // 2),
    }


def _vis_options(graph: nx.MultiDiGraph) -> dict[str, Any]:
    large = graph.number_of_edges() > 1500
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False, "solver": "barnesHut", "stabilization": {"enabled": False}},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {"font": {"size": 16, "face": "sans-serif"}, "borderWidth": 1},
        # pyvis drops a node's colour when it has a group: the groups carry it.
        "groups": {
            name: {"color": colour, "shape": shape}
            for name, (colour, shape) in {**TYPE_STYLES, "Other": OTHER_STYLE}.items()
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": False},
            "font": {"size": 11, "align": "middle", "color": "#444", "strokeWidth": 3},
            "color": {"inherit": "from", "opacity": 0.6},
        },
    }


def _legend(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    counts = Counter(_group(data) for _, data in graph.nodes(data=True))
    legend = []
    for name in sorted(counts, key=lambda t: (t not in TYPE_STYLES, t)):
        colour, shape = TYPE_STYLES.get(name, OTHER_STYLE)
        legend.append({"name": name, "color": colour, "shape": shape, "count": counts[name]})
    return legend


def _footer(
    shown: nx.MultiDiGraph,
    whole: nx.MultiDiGraph,
    filters: Mapping[str, str],
    made_at: datetime,
) -> str:
    parts = [f"{shown.number_of_nodes()} actors and {shown.number_of_edges()} relations"]
    if shown is not whole:
        parts[0] += f" of {whole.number_of_nodes()} actors and {whole.number_of_edges()} relations"
    parts.extend(f"{name}: {value}" for name, value in filters.items())
    if not filters:
        parts.append("no filters")
    stamp = made_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts.append(f"made {stamp} by graphkit {__version__}")
    return "Showing " + " · ".join(parts)


def _asset(path: Any, closing_tag: str) -> str:
    text: str = path.read_text(encoding="utf-8")
    if closing_tag in text.lower() or "<!--" in text:
        raise RuntimeError(f"{path} cannot be inlined: it contains {closing_tag} or <!--")
    return text


def _fill_template(**parts: str) -> str:
    template = (_ASSETS / "template.html").read_text(encoding="utf-8")
    # One pass, so nothing inside an inserted part is ever taken for a placeholder.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)
