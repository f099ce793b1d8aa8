"""Shareable HTML network views: one self-contained file that works offline.

``selection`` chooses what to draw (filters, focus, the overview of big graphs),
``evidence`` the dated evidence each relation carries, ``layout`` where actors
sit, ``page`` the vis-network records (built by pyvis) and the HTML around them;
``view.js`` is the page's behaviour (actor panel, date control, labels, export).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphkit.atomic import check_output_file, write_atomically
from graphkit.export import to_networkx
from graphkit.export.networkx_graph import make_filters
from graphkit.views.evidence import (
    EdgeEvidence,
    Triple,
    co_mentions,
    evidence_from_graph,
    evidence_from_store,
)
from graphkit.views.layout import NETWORKX_SPRING_MAX_NODES, block_spring_layout, layout
from graphkit.views.page import fill_page, page_data, script_json, short_label
from graphkit.views.selection import (
    MAX_EDGES,
    MAX_NODES,
    OVERVIEW_ACTORS,
    Selection,
    check_size,
    select,
    select_subgraph,
)

if TYPE_CHECKING:
    from graphkit.store.base import GraphStore

__all__ = [
    "MAX_EDGES",
    "MAX_NODES",
    "NETWORKX_SPRING_MAX_NODES",
    "OVERVIEW_ACTORS",
    "RenderedView",
    "ViewSummary",
    "block_spring_layout",
    "build_view",
    "check_size",
    "layout",
    "render_view",
    "script_json",
    "select_subgraph",
    "short_label",
    "view_from_store",
    "write_view",
]

#: Reads the evidence of the drawn relations: (source, type, target) -> evidence.
EvidenceReader = Callable[[list[Triple]], Mapping[Triple, EdgeEvidence]]


@dataclass(frozen=True, slots=True)
class RenderedView:
    """A page and how many nodes and edges it draws."""

    html: str
    nodes: int
    edges: int
    selection: Selection


@dataclass(frozen=True, slots=True)
class ViewSummary:
    """What ``write_view`` wrote."""

    path: Path
    nodes: int
    edges: int
    bytes: int
    #: Set when the view is an overview: what it left out.
    note: str | None = None


def render_view(graph: nx.MultiDiGraph, **options: Any) -> str:
    """The HTML page for ``graph``; ``options`` as for ``build_view``."""
    return build_view(graph, **options).html


def build_view(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    min_count: int = 1,
    top: int | None = None,
    force: bool = False,
    since: str | None = None,
    until: str | None = None,
    upstream_filters: Mapping[str, str] | None = None,
    read_evidence: EvidenceReader | None = None,
    mentions: Iterable[tuple[str, str]] | None = None,
    title: str = "graphkit view",
    made_at: datetime | None = None,
) -> RenderedView:
    """The page for ``graph`` after ``selection.select``, with what it shows.

    ``since``/``until`` set the date control's initial range (YYYY-MM-DD);
    ``upstream_filters`` describes filters already applied to ``graph``, stated in
    the footer with the rest. ``read_evidence`` reads the drawn relations' dated
    evidence (from the store); without it, the edges' own attributes give it.
    ``mentions`` are (post id, actor) pairs for each actor's co-mentioned actors.
    """
    filters = make_filters(since=since, until=until)
    selection = select(
        graph,
        focus=focus,
        depth=depth,
        min_count=min_count,
        top=top,
        force=force,
        upstream_filters=upstream_filters,
    )
    drawn = selection.graph
    if read_evidence is None:
        evidence: Mapping[Triple, EdgeEvidence] = evidence_from_graph(drawn)
    else:
        evidence = read_evidence([(str(s), str(k), str(t)) for s, t, k in drawn.edges(keys=True)])
    co_mentioned = co_mentions(mentions, drawn) if mentions is not None else None
    data = page_data(
        selection,
        evidence,
        co_mentioned=co_mentioned,
        since=filters.since,
        until=filters.until,
        made_at=made_at,
    )
    page = fill_page(title, data)
    return RenderedView(
        html=page, nodes=len(data["nodes"]), edges=len(data["edges"]), selection=selection
    )


def write_view(graph: nx.MultiDiGraph, path: str | Path, **options: Any) -> ViewSummary:
    """Render ``graph`` (see ``build_view``) and write it to ``path`` atomically."""
    target = Path(path)
    check_output_file(target)
    view = build_view(graph, **options)
    page = view.html.encode("utf-8", "replace")
    write_atomically(target, lambda temporary: temporary.write_bytes(page))
    omitted = view.selection.omitted
    return ViewSummary(
        path=target,
        nodes=view.nodes,
        edges=view.edges,
        bytes=len(page),
        note=omitted.note(view.nodes) if omitted is not None else None,
    )


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
    """Write the view of ``store``'s graph, filtered by type and relation as
    ``to_networkx`` filters it; ``since``/``until`` set the page's initial date range
    (the page holds every date, so the reader can widen it)."""
    types, relations = sorted(types or ()), sorted(relations or ())
    make_filters(since=since, until=until)  # bad dates fail before the store is read
    # The evidence comes from the assertions: the graph needs no evidence samples.
    graph = to_networkx(store, types=types, relations=relations, samples=False)
    upstream = {}
    if types:
        upstream["types"] = ", ".join(types)
    if relations:
        upstream["relations"] = ", ".join(relations)
    return write_view(
        graph,
        path,
        since=since,
        until=until,
        upstream_filters=upstream,
        read_evidence=lambda triples: evidence_from_store(store, triples),
        mentions=store.mentions(),
        **options,
    )
