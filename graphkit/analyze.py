"""What ``graphkit analyze`` reports: centrality, communities, the strongest
criticism and support dyads, one actor's neighbourhood.

Every number comes from networkx, computed on the graph ``to_networkx`` builds;
this module only picks, sorts and shapes the results into records.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphkit.errors import InputError, StoreError
from graphkit.export.networkx_graph import resolve_actor
from graphkit.models import SYMMETRIC_RELATIONS

#: Louvain is randomised; a fixed seed makes communities reproducible.
COMMUNITY_SEED = 42
#: Above this many nodes, betweenness is estimated from this many sampled sources
#: (networkx ``k``), seeded: exact betweenness is O(nodes x edges).
BETWEENNESS_SAMPLE = 1000
#: What ``central`` can be ranked by: an ``ActorScore`` field each.
RANKINGS: tuple[str, ...] = ("pagerank", "degree", "weighted_degree", "betweenness")


@dataclass(frozen=True, slots=True)
class ActorScore:
    """An actor's centrality. ``degree`` counts relationships; ``weighted_degree``
    sums their ``count`` (asserting posts); PageRank is weighted by ``count``."""

    key: str
    name: str
    type: str
    degree: int
    weighted_degree: int
    pagerank: float
    betweenness: float


@dataclass(frozen=True, slots=True)
class Community:
    """A Louvain community, its members by PageRank (highest first)."""

    index: int
    size: int
    members: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dyad:
    """One relationship between two actors, with how many posts assert it and the
    earliest of them (its evidence sample)."""

    source: str
    source_name: str
    relation: str
    target: str
    target_name: str
    count: int
    first_seen: str | None
    last_seen: str | None
    sample_post_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A relationship of the summarised actor: ``direction`` "out" (actor is the
    subject), "in" (actor is the object) or "mutual" (a symmetric relation)."""

    direction: str
    relation: str
    key: str
    name: str
    type: str
    count: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class ActorSummary:
    key: str
    name: str
    type: str
    aliases: tuple[str, ...]
    score: ActorScore
    rank: int  # in the analysis' ranking, 1 = most central
    community: int | None
    neighbours: tuple[Neighbour, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    nodes: int
    edges: int
    ranked_by: str
    central: tuple[ActorScore, ...]
    communities: tuple[Community, ...]
    criticism: tuple[Dyad, ...]
    support: tuple[Dyad, ...]
    actor: ActorSummary | None = None
    betweenness_sample: int | None = None  # sampled sources, None when exact

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def centrality(graph: nx.MultiDiGraph, by: str = "pagerank") -> tuple[list[ActorScore], int | None]:
    """Every actor's scores, most central (by ``by``) first; and the betweenness sample size."""
    if by not in RANKINGS:
        raise InputError("--by", f"unknown ranking {by!r}; use one of {', '.join(RANKINGS)}")
    degree = dict(graph.degree())
    weighted = dict(graph.degree(weight="count"))
    pagerank = nx.pagerank(graph, weight="count")
    sample = BETWEENNESS_SAMPLE if graph.number_of_nodes() > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(graph, k=sample, seed=COMMUNITY_SEED)
    scores = [
        ActorScore(
            key=node,
            name=data["name"],
            type=data["type"],
            degree=degree[node],
            weighted_degree=weighted[node],
            pagerank=pagerank[node],
            betweenness=betweenness[node],
        )
        for node, data in graph.nodes(data=True)
    ]
    scores.sort(key=lambda s: (-getattr(s, by), s.key))
    return scores, sample


def communities(graph: nx.MultiDiGraph, pagerank: dict[str, float]) -> list[Community]:
    """Louvain communities of the undirected graph weighted by ``count``, largest first."""
    # Louvain's result depends on node and edge order as well as on the seed: a canonical
    # order makes it the same whichever store (and whatever order) the graph came from.
    undirected = nx.MultiGraph()
    undirected.add_nodes_from(sorted(graph.nodes))
    undirected.add_weighted_edges_from(sorted(graph.edges(data="count")), weight="count")
    found = nx.community.louvain_communities(undirected, weight="count", seed=COMMUNITY_SEED)
    ordered = sorted(
        (sorted(members, key=lambda n: (-pagerank[n], n)) for members in found),
        key=lambda members: (-len(members), members[0]),
    )
    return [
        Community(
            index=index,
            size=len(members),
            members=tuple(members),
            names=tuple(graph.nodes[n]["name"] for n in members),
        )
        for index, members in enumerate(ordered, start=1)
    ]


def strongest_dyads(graph: nx.MultiDiGraph, relation: str, top: int) -> list[Dyad]:
    """The ``top`` relationships of type ``relation`` asserted by the most posts."""
    dyads = [
        Dyad(
            source=source,
            source_name=graph.nodes[source]["name"],
            relation=rtype,
            target=target,
            target_name=graph.nodes[target]["name"],
            count=data["count"],
            first_seen=data["first_seen"],
            last_seen=data["last_seen"],
            sample_post_ids=tuple(data["sample_post_ids"]),
        )
        for source, target, rtype, data in graph.edges(keys=True, data=True)
        if rtype == relation
    ]
    dyads.sort(key=lambda d: (-d.count, d.source, d.target))
    return dyads[:top]


def actor_summary(
    graph: nx.MultiDiGraph, name: str, scores: list[ActorScore], groups: list[Community]
) -> ActorSummary:
    """The neighbourhood of the actor ``name`` (key, name or alias, case-insensitive)."""
    key = resolve_actor(graph, name, option="--actor")
    data = graph.nodes[key]
    rank, score = next((i, s) for i, s in enumerate(scores, start=1) if s.key == key)
    edges = [
        ("out", other, rtype, d)
        for _, other, rtype, d in graph.out_edges(key, keys=True, data=True)
    ]
    edges += [
        ("in", other, rtype, d) for other, _, rtype, d in graph.in_edges(key, keys=True, data=True)
    ]
    neighbours = sorted(
        (
            Neighbour(
                direction="mutual" if rtype in SYMMETRIC_RELATIONS else direction,
                relation=rtype,
                key=other,
                name=graph.nodes[other]["name"],
                type=graph.nodes[other]["type"],
                count=d["count"],
                first_seen=d["first_seen"],
                last_seen=d["last_seen"],
            )
            for direction, other, rtype, d in edges
        ),
        key=lambda n: (-n.count, n.relation, n.direction, n.key),
    )
    return ActorSummary(
        key=key,
        name=data["name"],
        type=data["type"],
        aliases=tuple(data["aliases"]),
        score=score,
        rank=rank,
        community=next((c.index for c in groups if key in c.members), None),
        neighbours=tuple(neighbours),
    )


def analyze(
    graph: nx.MultiDiGraph, *, top: int = 10, actor: str | None = None, by: str = "pagerank"
) -> Analysis:
    """The whole report on ``graph``; ``top`` bounds each list (communities: their count);
    ``by`` ranks the central actors (one of ``RANKINGS``)."""
    if graph.number_of_nodes() == 0:
        raise StoreError("no entities to analyze: load posts first, or loosen the filters")
    scores, sample = centrality(graph, by)
    groups = communities(graph, {s.key: s.pagerank for s in scores})
    return Analysis(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        ranked_by=by,
        central=tuple(scores[:top]),
        communities=tuple(groups[:top]),
        criticism=tuple(strongest_dyads(graph, "CRITICISED", top)),
        support=tuple(strongest_dyads(graph, "SUPPORTED", top)),
        actor=actor_summary(graph, actor, scores, groups) if actor else None,
        betweenness_sample=sample,
    )


def _table(headers: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    cells = [headers, *[tuple(_text(v) for v in row) for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return [lines[0], "  ".join("-" * w for w in widths), *lines[1:]]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def render_table(analysis: Analysis, *, actor_only: bool = False) -> str:
    """The analysis as plain-text tables for a terminal (only the actor's, if asked)."""
    if actor_only and analysis.actor:
        return "\n".join(_actor_table(analysis, analysis.actor))
    lines = [f"{analysis.nodes:,} actors, {analysis.edges:,} relationships", ""]
    lines.append(f"Most central actors (by {analysis.ranked_by.replace('_', ' ')})")
    lines += _table(
        ("actor", "type", "degree", "weighted", "pagerank", "betweenness"),
        [
            (s.name, s.type, s.degree, s.weighted_degree, s.pagerank, s.betweenness)
            for s in analysis.central
        ],
    )
    if analysis.betweenness_sample:
        lines.append(f"(betweenness estimated from {analysis.betweenness_sample} sampled sources)")
    lines += ["", f"Communities (Louvain, seed {COMMUNITY_SEED})"]
    lines += _table(
        ("#", "size", "members"),
        [
            (c.index, c.size, ", ".join(c.names[:5]) + (", ..." if c.size > 5 else ""))
            for c in analysis.communities
        ],
    )
    for title, dyads in (("criticism", analysis.criticism), ("support", analysis.support)):
        lines += ["", f"Strongest {title} (by asserting posts)"]
        lines += _table(
            ("source", "target", "posts", "first seen", "last seen"),
            [(d.source_name, d.target_name, d.count, d.first_seen, d.last_seen) for d in dyads],
        )
    if analysis.actor:
        lines += ["", *_actor_table(analysis, analysis.actor)]
    return "\n".join(lines)


def _actor_table(analysis: Analysis, a: ActorSummary) -> list[str]:
    lines = [
        f"{a.name} ({a.type}, key {a.key}): rank {a.rank} by"
        f" {analysis.ranked_by.replace('_', ' ')}, community {a.community}",
    ]
    if a.aliases:
        lines.append("aliases: " + ", ".join(a.aliases))
    return lines + _table(
        ("direction", "relation", "actor", "type", "posts", "first seen", "last seen"),
        [
            (n.direction, n.relation, n.name, n.type, n.count, n.first_seen, n.last_seen)
            for n in a.neighbours
        ],
    )


#: The columns of ``csv_rows``: one table for every section, each row naming its section.
CSV_COLUMNS = (
    "section", "rank", "key", "name", "type", "degree", "weighted_degree", "pagerank",
    "betweenness", "community", "direction", "relation", "other_key", "other_name", "posts",
    "first_seen", "last_seen",
)  # fmt: skip


def csv_rows(analysis: Analysis, *, actor_only: bool = False) -> list[dict[str, Any]]:
    """The analysis as rows of one table (``CSV_COLUMNS``): the central actors, community
    members, criticism and support dyads, and the actor and its neighbours, if asked."""
    rows: list[dict[str, Any]] = []
    if not (actor_only and analysis.actor):
        for rank, score in enumerate(analysis.central, start=1):
            rows.append({"section": "central", "rank": rank, **_score_cells(score)})
        for community in analysis.communities:
            for key, name in zip(community.members, community.names, strict=True):
                rows.append(
                    {"section": "community", "community": community.index, "key": key, "name": name}
                )
        for section, dyads in (("criticism", analysis.criticism), ("support", analysis.support)):
            for rank, d in enumerate(dyads, start=1):
                rows.append(
                    {
                        "section": section,
                        "rank": rank,
                        "key": d.source,
                        "name": d.source_name,
                        "relation": d.relation,
                        "other_key": d.target,
                        "other_name": d.target_name,
                        "posts": d.count,
                        "first_seen": d.first_seen,
                        "last_seen": d.last_seen,
                    }
                )
    if analysis.actor:
        a = analysis.actor
        rows.append(
            {"section": "actor", "rank": a.rank, "community": a.community, **_score_cells(a.score)}
        )
        for n in a.neighbours:
            rows.append(
                {
                    "section": "neighbour",
                    "key": a.key,
                    "name": a.name,
                    "direction": n.direction,
                    "relation": n.relation,
                    "other_key": n.key,
                    "other_name": n.name,
                    "type": n.type,
                    "posts": n.count,
                    "first_seen": n.first_seen,
                    "last_seen": n.last_seen,
                }
            )
    return rows


def _score_cells(score: ActorScore) -> dict[str, Any]:
    return {field.name: getattr(score, field.name) for field in dataclasses.fields(score)}
