"""The page: vis-network records built by pyvis, the data the page's script reads,
and the self-contained HTML around them.

vis-network's script and style are vendored beside this module (see
``LICENSE-vis-network.txt``) and inlined; pyvis's own template is not used: it
loads Bootstrap from a CDN, puts its heading in unescaped and, once a title holds
"href", shows tooltips through ``innerHTML``. Every text from posts reaches the page
as escaped JSON and is put in with ``textContent`` by ``view.js``.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from importlib import resources
from typing import Any

import networkx as nx
from pyvis.network import Network

from graphkit import __version__
from graphkit.models import SYMMETRIC_RELATIONS
from graphkit.views.evidence import DATES_SHOWN, EdgeEvidence, Triple
from graphkit.views.layout import layout
from graphkit.views.selection import Selection, post_count, weighted_degree

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
#: Labels longer than this are cut at a word and end in "…" (the panel has the name).
LABEL_CHARS = 30

_ASSETS = resources.files("graphkit") / "views"
_EPOCH = date(1970, 1, 1)
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
# Characters that could end a <script> element or a JS string early.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside ``<script>``: no ``</script>``, no
    ``<!--``, no line separators that end a JS string."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def short_label(name: str, limit: int = LABEL_CHARS) -> str:
    """``name`` cut at a word boundary to at most ``limit`` characters, with "…"."""
    if len(name) <= limit:
        return name
    cut = name[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–") + "…"


def day_runs(dates: Iterable[tuple[str | None, int]]) -> tuple[list[int], int]:
    """Dated post counts as a flat list [day, posts, day, posts, ...] with each day
    counted from the one before (the first from 1970-01-01): a third of the bytes
    of ISO dates. Also the posts without a (valid) date."""
    runs: list[int] = []
    previous = 0
    undated = 0
    for text, posts in dates:
        day = _day_number(text) if text else None
        if day is None:
            undated += posts
            continue
        runs += [day - previous, posts]
        previous = day
    return runs, undated


@functools.lru_cache(maxsize=65536)
def _day_number(text: str) -> int | None:
    """Days from 1970-01-01 to an ISO date, None if it is not one (cached: a view
    has a few thousand distinct dates among hundreds of thousands)."""
    try:
        return (date.fromisoformat(text) - _EPOCH).days
    except ValueError:
        return None


def page_data(
    selection: Selection,
    evidence: Mapping[Triple, EdgeEvidence],
    *,
    co_mentioned: Mapping[str, list[tuple[str, int]]] | None = None,
    since: str | None = None,
    until: str | None = None,
    made_at: datetime | None = None,
) -> dict[str, Any]:
    """Everything the page's script reads, as one JSON-able dict."""
    graph = selection.graph
    net = _pyvis_network(selection, co_mentioned or {})
    nodes = net.nodes
    for node in nodes:
        # The page draws labels itself (by importance, never overlapping).
        node["name"] = node.pop("label")
        # The node's group carries its shape; pyvis sets one on every node.
        del node["shape"]
        if not node["aliases"]:
            del node["aliases"]
    edges = net.edges
    known_dates: set[str] = set()
    cut = False
    shown = 0
    clipped = False
    for record in edges:
        found = evidence.get(record.pop("triple"))
        if found is None:
            record["days"], record["evidence"] = [], []
            continue
        record["days"], undated = day_runs(found.dates)
        if undated:
            record["undated"] = undated
        record["evidence"] = [[date or "", post, text] for date, post, text in found.items]
        if record["days"] and not found.dates_cut:
            # The page finds the first and last date in the runs.
            record.pop("first_seen", None)
            record.pop("last_seen", None)
        known_dates.update(date for date, _ in found.dates if date)
        cut = cut or found.dates_cut
        shown = max(shown, len(found.items))
        clipped = clipped or found.posts > len(found.items)
    made_at = made_at or datetime.now(timezone.utc)
    notes = []
    if selection.omitted is not None:
        notes.append(selection.omitted.note(graph.number_of_nodes()))
    if clipped:
        notes.append(
            f"Each relation shows at most {shown} evidence sentences here, spread over its "
            "dates; the store holds every post."
        )
    if cut:
        notes.append(
            f"Some relations carry only part of their dates here (more than {DATES_SHOWN}, "
            "or only the evidence sample of a graph read without its assertions): the date "
            "control sees only those."
        )
    return {
        "nodes": nodes,
        "edges": edges,
        "options": _vis_options(graph),
        "types": _legend(graph),
        "relations": sorted({str(key) for _, _, key in graph.edges(keys=True)}),
        "dates": {
            "first": min(known_dates, default=""),
            "last": max(known_dates, default=""),
            "since": since or "",
            "until": until or "",
        },
        "whole": {
            "actors": selection.whole.number_of_nodes(),
            "relations": selection.whole.number_of_edges(),
        },
        "filters": [[name, value] for name, value in selection.filters.items()],
        "notes": notes,
        "made": _made(made_at),
    }


def fill_page(title: str, data: Mapping[str, Any]) -> str:
    """The self-contained HTML page around ``data``."""
    template = (_ASSETS / "template.html").read_text(encoding="utf-8")
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": _asset("vis-network.css", "</style"),
        "VIEW_CSS": _asset("view.css", "</style"),
        "VIS_JS": _asset("vis-network.min.js", "</script"),
        "VIEW_JS": _asset("view.js", "</script"),
        "DATA": script_json(data),
    }
    # One pass, so nothing inside an inserted part is ever taken for a placeholder.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


def _pyvis_network(
    selection: Selection, co_mentioned: Mapping[str, list[tuple[str, int]]]
) -> Network:
    """Nodes and edges as vis-network records, kept small: nodes are numbered
    (the canonical key travels as ``key``), defaults are left out."""
    graph = selection.graph
    net = Network(directed=True)
    positions = layout(graph)
    weights = weighted_degree(graph)
    degrees = dict(graph.degree())
    number = {node: i for i, node in enumerate(graph)}
    whole = selection.whole
    hidden = selection.omitted.hidden_neighbours if selection.omitted else {}
    for node, data in graph.nodes(data=True):
        group = _group(data)
        x, y = positions[node]
        name = str(data.get("name") or node)
        record: dict[str, Any] = {
            "group": group,
            "size": round(10 + 3 * math.log2(1 + degrees[node]), 1),
            "x": x,
            "y": y,
            "key": str(node),
            "short": short_label(name),
            "weight": weights[node],
            "aliases": [str(alias) for alias in data.get("aliases") or ()],
        }
        if hidden.get(node):
            record["left_out"] = hidden[node]  # not "hidden": vis-network would hide it
        together = co_mentioned.get(str(node))
        if together:
            record["co"] = [
                [str(whole.nodes[other].get("name") or other) if other in whole else other, n]
                for other, n in together
            ]
        if node == selection.focus:
            record["focus"] = True
            record["borderWidth"] = 4
            record["shadow"] = {"enabled": True, "color": "#d62728", "size": 22, "x": 0, "y": 0}
        net.add_node(number[node], label=name, **record)
    pair_index: Counter[frozenset[Any]] = Counter()
    for edge_number, (source, target, relation, data) in enumerate(
        graph.edges(keys=True, data=True)
    ):
        pair = frozenset((source, target))
        parallel = pair_index[pair]
        pair_index[pair] += 1
        count = post_count(data)
        options: dict[str, Any] = {
            "id": edge_number,
            "relation": str(relation),
            "triple": (str(source), str(relation), str(target)),
            "count": count,
            "confidence": data.get("confidence"),
            "first_seen": data.get("first_seen"),
            "last_seen": data.get("last_seen"),
        }
        if count > 1:
            options["width"] = round(min(1 + 2 * math.log2(count), 12), 1)
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


def _group(node: Mapping[str, Any]) -> str:
    """The legend entry of a node: its type, or "Other" outside the vocabulary."""
    node_type = node.get("type")
    return node_type if isinstance(node_type, str) and node_type in TYPE_STYLES else "Other"


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
        "nodes": {"borderWidth": 1},
        # pyvis drops a node's colour when it has a group: the groups carry it.
        "groups": {
            name: {"color": colour, "shape": shape}
            for name, (colour, shape) in {**TYPE_STYLES, "Other": OTHER_STYLE}.items()
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": False},
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


def _made(made_at: datetime) -> str:
    stamp = made_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"made {stamp} by graphkit {__version__}"


def _asset(name: str, closing_tag: str) -> str:
    text: str = (_ASSETS / name).read_text(encoding="utf-8")
    if closing_tag in text.lower() or "<!--" in text:
        raise RuntimeError(f"{name} cannot be inlined: it contains {closing_tag} or <!--")
    return text
