"""The graph as a ``networkx.MultiDiGraph``: the shape every export format writes.

Nodes are keyed by canonical key with ``type``, ``name`` and ``aliases``; one
edge per stored relationship, keyed by its relation type, with its provenance.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import networkx as nx

from graphkit.errors import InputError
from graphkit.models import ENTITY_TYPES, RELATION_TYPES
from graphkit.store.base import Filters, GraphStore

#: Node attributes; ``aliases`` is a list.
NODE_ATTRIBUTES: tuple[str, ...] = ("type", "name", "aliases")
#: Edge attributes; the lists are parallel, one item per asserting post.
EDGE_ATTRIBUTES: tuple[str, ...] = (
    "post_ids",
    "evidence",
    "dates",
    "confidence",
    "count",
    "first_seen",
    "last_seen",
    "modality",
)
LIST_ATTRIBUTES: frozenset[str] = frozenset({"aliases", "post_ids", "evidence", "dates"})
#: Attributes that may be None (flat formats drop them; their readers restore None).
OPTIONAL_ATTRIBUTES: frozenset[str] = frozenset({"first_seen", "last_seen"})


def make_filters(
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Filters:
    """A ``Filters`` from plain arguments, checked against the vocabulary; None or
    empty means no filter. Bad values raise ``InputError`` naming the option."""
    return Filters(
        types=_vocabulary("--types", types, ENTITY_TYPES),
        relations=_vocabulary("--relations", relations, RELATION_TYPES),
        since=_day("--since", since),
        until=_day("--until", until),
    )


def _vocabulary(
    option: str, values: Iterable[str] | None, known: tuple[str, ...]
) -> frozenset[str] | None:
    chosen = frozenset(values or ())
    unknown = sorted(chosen - set(known))
    if unknown:
        raise InputError(option, f"unknown {', '.join(unknown)}; use any of {', '.join(known)}")
    return chosen or None


def _day(option: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(option, f"{value!r} is not a date (YYYY-MM-DD)") from None


def to_networkx(
    store: GraphStore,
    *,
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """The stored actor graph, built while streaming from ``store``.

    ``types``: entity types kept (both ends of an edge must pass); ``relations``:
    relation types kept; ``since``/``until`` (YYYY-MM-DD, inclusive): keep
    relationships seen in that window. Without relation or date filters every
    entity of the kept types is a node, isolated or not; with them, only the
    entities on a kept edge are.
    """
    filters = make_filters(types, relations, since, until)
    graph = nx.MultiDiGraph()
    for entity in store.entities(filters):
        if filters.types is not None and entity.type not in filters.types:
            continue
        graph.add_node(
            entity.id, type=entity.type, name=entity.name, aliases=sorted(entity.aliases)
        )
    for rel in store.relations(filters):
        if rel.source not in graph or rel.target not in graph:
            continue
        if filters.relations is not None and rel.type not in filters.relations:
            continue
        # Chronological provenance (undated last), whatever order the store keeps.
        provenance = sorted(
            zip(rel.dates, rel.post_ids, rel.evidence, strict=True),
            key=lambda p: (p[0] is None, p[0] or "", p[1]),
        )
        graph.add_edge(
            rel.source,
            rel.target,
            key=rel.type,
            post_ids=[post_id for _, post_id, _ in provenance],
            evidence=[evidence for _, _, evidence in provenance],
            dates=[date for date, _, _ in provenance],
            confidence=rel.confidence,
            count=rel.count,
            first_seen=rel.first_seen,
            last_seen=rel.last_seen,
            modality=rel.modality,
        )
    if filters.relations is not None or filters.since or filters.until:
        graph.remove_nodes_from([node for node, degree in graph.degree() if degree == 0])
    return graph


def resolve_actor(graph: nx.MultiDiGraph, name: str, *, option: str = "--actor") -> str:
    """The node whose canonical key, name or an alias is ``name`` (case-insensitive), else
    the person whose name ends with it (a surname: "Lavrov").

    No match or several: ``InputError`` naming ``option``.
    """
    if name in graph:
        return name
    wanted = name.strip().casefold()
    matches = sorted(
        node
        for node, data in graph.nodes(data=True)
        if wanted == str(node).casefold()
        or wanted == str(data.get("name", "")).casefold()
        or any(wanted == str(alias).casefold() for alias in data.get("aliases") or ())
    )
    if not matches:
        matches = sorted(
            node
            for node, data in graph.nodes(data=True)
            if data.get("type") == "Person"
            and str(data.get("name", "")).casefold().endswith(" " + wanted)
        )
    if not matches:
        raise InputError(option, f"no actor with the key, name or alias {name!r}")
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (" ..." if len(matches) > 5 else "")
        raise InputError(option, f"{name!r} names {len(matches)} actors ({shown}); give a key")
    return str(matches[0])
