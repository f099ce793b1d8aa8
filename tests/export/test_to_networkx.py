from __future__ import annotations

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


def test_one_edge_per_relationship_with_provenance(loaded_store: GraphStore) -> None:
    graph = to_networkx(loaded_store)
    stored = list(loaded_store.relations())
    assert graph.number_of_edges() == len(stored)
    for rel in stored:
        data = graph.edges[rel.source, rel.target, rel.type]
        assert sorted(data["post_ids"]) == sorted(rel.post_ids)
        assert dict(zip(data["post_ids"], data["evidence"], strict=True)) == dict(
            zip(rel.post_ids, rel.evidence, strict=True)
        )
        assert data["count"] == rel.count == len(data["dates"])
        assert (data["confidence"], data["first_seen"], data["last_seen"], data["modality"]) == (
            rel.confidence,
            rel.first_seen,
            rel.last_seen,
            rel.modality,
        )


def test_provenance_is_chronological(loaded_store: GraphStore) -> None:
    data = to_networkx(loaded_store).edges["sergey-lavrov", "nato", "CRITICISED"]
    assert data["post_ids"] == ["mfa/101", "mfa/102"]
    assert data["dates"] == sorted(data["dates"])


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
