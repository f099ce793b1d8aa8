"""The graph as a ``networkx.MultiDiGraph``: the shape every export format writes.

Nodes are keyed by canonical key with ``type``, ``name`` and ``aliases``; one
edge per stored relationship, keyed by its relation type, with its aggregate
(``count``, dates, ``confidence``, ``modality``) and its evidence sample as
parallel lists ``sample_post_ids``, ``sample_evidence``, ``sample_dates``. With
``assertions=True`` each edge also carries ``assertions``: every asserting post's
``post_id``, ``date``, ``evidence``, ``rule``, ``confidence`` and ``modality``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.graph import Assertion, StoredRelation
from graphkit.models import ENTITY_TYPES, RELATION_TYPES
from graphkit.store.base import Filters, GraphStore

#: Node attributes; ``aliases`` is a list.
NODE_ATTRIBUTES: tuple[str, ...] = ("type", "name", "aliases")
#: Edge attributes; the sample lists are parallel, at most EVIDENCE_SAMPLE items.
EDGE_ATTRIBUTES: tuple[str, ...] = (
    "count",
    "confidence",
    "first_seen",
    "last_seen",
    "modality",
    "sample_post_ids",
    "sample_evidence",
    "sample_dates",
)
LIST_ATTRIBUTES: frozenset[str] = frozenset(
    {"aliases", "sample_post_ids", "sample_evidence", "sample_dates"}
)
#: The edge attribute holding every assertion (``to_networkx(assertions=True)``).
ASSERTIONS = "assertions"
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
    assertions: bool = False,
    samples: bool = True,
) -> nx.MultiDiGraph:
    """The stored actor graph, built while streaming from ``store``.

    ``types``: entity types kept (both ends of an edge must pass); ``relations``:
    relation types kept; ``since``/``until`` (YYYY-MM-DD, inclusive): keep
    relationships seen in that window. Without relation or date filters every
    entity of the kept types is a node, isolated or not; with them, only the
    entities on a kept edge are. ``assertions``: each edge carries all its
    assertions (whatever their dates), in date order. ``samples=False`` leaves out the
    evidence sample lists (a cheaper read for callers that take evidence elsewhere).
    """
    filters = make_filters(types, relations, since, until)
    graph = nx.MultiDiGraph()
    # add_nodes_from/add_edges_from over generators: the same graph as adding one by
    # one, at about half the cost on a whole channel.
    graph.add_nodes_from(
        (entity.id, {"type": entity.type, "name": entity.name, "aliases": sorted(entity.aliases)})
        for entity in store.entities(filters)
        if filters.types is None or entity.type in filters.types
    )
    graph.add_edges_from(
        (rel.source, rel.target, rel.type, _edge_attributes(rel, samples=samples))
        for rel in (store.relations(filters) if samples else store.relation_aggregates(filters))
        if rel.source in graph
        and rel.target in graph
        and (filters.relations is None or rel.type in filters.relations)
    )
    if assertions:
        _add_assertions(graph, store, filters)
    if filters.relations is not None or filters.since or filters.until:
        graph.remove_nodes_from([node for node, degree in graph.degree() if degree == 0])
    return graph


def _edge_attributes(rel: StoredRelation, *, samples: bool) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "count": rel.count,
        "confidence": rel.confidence,
        "first_seen": rel.first_seen,
        "last_seen": rel.last_seen,
        "modality": rel.modality,
    }
    if samples:
        attributes["sample_post_ids"] = [e.post_id for e in rel.sample]
        attributes["sample_evidence"] = [e.sentence for e in rel.sample]
        attributes["sample_dates"] = [e.date for e in rel.sample]
    return attributes


def _add_assertions(graph: nx.MultiDiGraph, store: GraphStore, filters: Filters) -> None:
    for data in graph.edges.values():
        data[ASSERTIONS] = []
    # Every assertion of a kept edge, not only those dated within since/until.
    for a in store.assertions(replace(filters, since=None, until=None)):
        if graph.has_edge(a.source, a.target, a.type):
            graph.edges[a.source, a.target, a.type][ASSERTIONS].append(assertion_attributes(a))


def assertion_attributes(a: Assertion) -> dict[str, Any]:
    """One item of an edge's ``assertions``."""
    return {
        "post_id": a.post_id,
        "date": a.date,
        "evidence": a.evidence,
        "rule": a.rule,
        "confidence": a.confidence,
        "modality": a.modality,
    }


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
