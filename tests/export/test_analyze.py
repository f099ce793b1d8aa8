from __future__ import annotations

import networkx as nx
import pytest

from graphkit.analyze import COMMUNITY_SEED, RANKINGS, analyze
from graphkit.errors import InputError, StoreError
from graphkit.export import resolve_actor, to_networkx
from graphkit.store.base import GraphStore


@pytest.fixture
def graph(loaded_store: GraphStore) -> nx.MultiDiGraph:
    return to_networkx(loaded_store)


def test_centrality_is_networkx_centrality(graph: nx.MultiDiGraph) -> None:
    result = analyze(graph, top=graph.number_of_nodes())
    pagerank = nx.pagerank(graph, weight="count")
    betweenness = nx.betweenness_centrality(graph)
    assert {s.key for s in result.central} == set(graph.nodes)
    for score in result.central:
        assert score.degree == graph.degree(score.key)
        assert score.weighted_degree == graph.degree(score.key, weight="count")
        assert score.pagerank == pytest.approx(pagerank[score.key])
        assert score.betweenness == pytest.approx(betweenness[score.key])
    ranked = [s.pagerank for s in result.central]
    assert ranked == sorted(ranked, reverse=True)


def test_top_bounds_every_list(graph: nx.MultiDiGraph) -> None:
    result = analyze(graph, top=2)
    assert len(result.central) == 2
    assert len(result.communities) <= 2
    assert len(result.criticism) <= 2
    assert len(result.support) <= 2


def test_communities_are_seeded_louvain(graph: nx.MultiDiGraph) -> None:
    result = analyze(graph, top=graph.number_of_nodes())
    expected = nx.community.louvain_communities(
        graph.to_undirected(), weight="count", seed=COMMUNITY_SEED
    )
    assert {frozenset(c.members) for c in result.communities} == {frozenset(c) for c in expected}
    assert analyze(graph, top=graph.number_of_nodes()).communities == result.communities


def test_dyads_by_count(graph: nx.MultiDiGraph) -> None:
    result = analyze(graph, top=10)
    for relation, dyads in (("CRITICISED", result.criticism), ("SUPPORTED", result.support)):
        expected = sorted(
            (
                (-d["count"], u, v)
                for u, v, k, d in graph.edges(keys=True, data=True)
                if k == relation
            )
        )
        assert [(-d.count, d.source, d.target) for d in dyads] == expected
        assert all(d.relation == relation for d in dyads)
    strongest = result.criticism[0]
    assert (strongest.source, strongest.target) == ("sergey-lavrov", "nato")
    assert strongest.sample_post_ids == ("mfa/101", "mfa/102")


@pytest.mark.parametrize("name", ["Lavrov", "sergey lavrov", "SERGEY-LAVROV", "s. lavrov"])
def test_actor_is_found_by_key_name_or_alias(graph: nx.MultiDiGraph, name: str) -> None:
    summary = analyze(graph, actor=name).actor
    assert summary is not None
    assert summary.key == "sergey-lavrov"
    neighbours = {(n.direction, n.relation, n.key): n.count for n in summary.neighbours}
    expected_out = {
        ("out", k, v): d["count"]
        for _, v, k, d in graph.out_edges("sergey-lavrov", keys=True, data=True)
    }
    assert expected_out.items() <= neighbours.items()
    assert neighbours[("mutual", "MET_WITH", "antonio-guterres")] == 2
    assert len(neighbours) == graph.degree("sergey-lavrov")


def test_unknown_and_ambiguous_actor(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match=r"--actor: no actor .*'Churchill'"):
        analyze(graph, actor="Churchill")
    graph.add_node("lavrov-junior", type="Person", name="Lavrov", aliases=[])
    with pytest.raises(InputError, match="names 2 actors"):
        analyze(graph, actor="lavrov")


def test_empty_graph() -> None:
    with pytest.raises(StoreError, match="no entities"):
        analyze(nx.MultiDiGraph())


@pytest.mark.parametrize("by", RANKINGS)
def test_central_actors_ranked_by_each_measure(graph: nx.MultiDiGraph, by: str) -> None:
    result = analyze(graph, top=3, by=by)
    everyone = analyze(graph, top=graph.number_of_nodes(), by=by).central
    assert result.ranked_by == by
    values = [getattr(s, by) for s in everyone]
    assert values == sorted(values, reverse=True)
    assert result.central == everyone[:3]


def test_unknown_ranking(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="--by: unknown ranking 'fame'"):
        analyze(graph, by="fame")


def test_a_surname_finds_the_person_when_nothing_matches_exactly() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("person:maria-zakharova", type="Person", name="Maria Zakharova", aliases=[])
    graph.add_node("organisation:zakharova-fund", type="Organisation", name="Fund Zakharova")
    assert resolve_actor(graph, "zakharova") == "person:maria-zakharova"
    graph.add_node("person:zakharova", type="Person", name="Zakharova", aliases=[])
    assert resolve_actor(graph, "Zakharova") == "person:zakharova"  # the exact name first
