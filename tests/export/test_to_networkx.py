from __future__ import annotations

import pytest

import graphkit
from graphkit.export import to_networkx
from graphkit.store.base import GraphStore


def test_nodes_carry_type_name_and_aliases(loaded_store: GraphStore) -> None:
    graph = to_networkx(loaded_store)
    entities = {e.id: e for e in loaded_store.entities()}
    assert set(graph.nodes) == set(entities)
    lavrov = graph.nodes["sergey-lavrov"]
    assert lavrov["type"] == "Person"
    assert lavrov["name"] == "Sergey Lavrov"
    assert lavrov["aliases"] == sorted(entities["sergey-lavrov"].aliases)


def test_one_edge_per_relationship_with_its_aggregate_and_sample(
    loaded_store: GraphStore,
) -> None:
    graph = to_networkx(loaded_store)
    stored = list(loaded_store.relations())
    assert graph.number_of_edges() == len(stored)
    for rel in stored:
        data = graph.edges[rel.source, rel.target, rel.type]
        assert "assertions" not in data
        assert data["sample_post_ids"] == [e.post_id for e in rel.sample]
        assert data["sample_evidence"] == [e.sentence for e in rel.sample]
        assert data["sample_dates"] == [e.date for e in rel.sample]
        assert (data["confidence"], data["first_seen"], data["last_seen"], data["modality"]) == (
            rel.confidence,
            rel.first_seen,
            rel.last_seen,
            rel.modality,
        )
        assert data["count"] == rel.count


def test_assertions_are_every_asserting_post_in_date_order(loaded_store: GraphStore) -> None:
    graph = to_networkx(loaded_store, assertions=True)
    for source, target, rtype, data in graph.edges(keys=True, data=True):
        edge = [(source, rtype, target)]
        stored = list(loaded_store.assertions(edges=edge))
        assert [a["post_id"] for a in data["assertions"]] == [a.post_id for a in stored]
        assert len(data["assertions"]) == data["count"]
    data = graph.edges["sergey-lavrov", "nato", "CRITICISED"]
    assert [a["post_id"] for a in data["assertions"]] == ["mfa/101", "mfa/102"]
    assert data["sample_post_ids"] == ["mfa/101", "mfa/102"]


def test_type_filter_keeps_edges_whose_both_ends_pass(loaded_store: GraphStore) -> None:
    graph = to_networkx(loaded_store, types=["Person", "Organisation"])
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"Person", "Organisation"}
    assert graph.has_edge("sergey-lavrov", "nato", "CRITICISED")
    assert not graph.has_edge("maria-zakharova", "united-states", "CRITICISED")
    assert "un-general-assembly" in graph  # isolated, but of a kept type


def test_relation_filter_drops_actors_without_kept_edges(loaded_store: GraphStore) -> None:
    graph = to_networkx(loaded_store, relations=["CRITICISED"])
    assert {k for _, _, k in graph.edges(keys=True)} == {"CRITICISED"}
    assert set(graph.nodes) == {"sergey-lavrov", "nato", "maria-zakharova", "united-states"}


def test_date_window(loaded_store: GraphStore) -> None:
    since, until = "2023-06-01", "2023-07-31"
    graph = to_networkx(loaded_store, since=since, until=until)
    kept = {
        (r.source, r.target, r.type)
        for r in loaded_store.relations()
        if r.first_seen and r.last_seen and r.last_seen >= since and r.first_seen <= until
    }
    assert set(graph.edges(keys=True)) == kept
    assert kept  # the window is not empty on the sample


def test_package_exports_to_networkx() -> None:
    assert graphkit.to_networkx is to_networkx


@pytest.mark.parametrize("options", [{}, {"types": ["Person"]}, {"relations": ["MET_WITH"]}])
def test_without_samples_the_same_graph_less_the_sample_lists(
    loaded_store: GraphStore, options: dict[str, list[str]]
) -> None:
    full = to_networkx(loaded_store, **options)
    lean = to_networkx(loaded_store, samples=False, **options)
    assert full.number_of_edges() > 0
    assert dict(lean.nodes(data=True)) == dict(full.nodes(data=True))
    samples = {"sample_post_ids", "sample_evidence", "sample_dates"}
    expected = [
        (u, v, k, {name: value for name, value in data.items() if name not in samples})
        for u, v, k, data in full.edges(keys=True, data=True)
    ]
    assert list(lean.edges(keys=True, data=True)) == expected


def test_sqlite_view_reads_match_the_generic_ones(loaded_store: GraphStore) -> None:
    """The SQLite store's cheaper reads give what the interface's defaults derive
    from ``relations()`` and ``assertions()``."""
    aggregates = list(loaded_store.relation_aggregates())
    assert aggregates and aggregates == list(GraphStore.relation_aggregates(loaded_store))
    edges = [(r.source, r.type, r.target) for r in aggregates[::2]]
    rows = list(loaded_store.assertion_evidence(edges))
    assert rows and rows == list(GraphStore.assertion_evidence(loaded_store, edges))
