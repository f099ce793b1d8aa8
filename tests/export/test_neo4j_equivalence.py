"""Both stores give the same networkx graph for the same posts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from export_sample import graph_contents, sample_extractions

from graphkit.analyze import analyze
from graphkit.export import to_networkx
from graphkit.graph import batched
from graphkit.store.base import GraphStore

if TYPE_CHECKING:
    from graphkit.store.neo4j import Neo4jStore

FILTERS: list[dict[str, Any]] = [
    {},
    {"types": ["Person", "Organisation"]},
    {"relations": ["CRITICISED", "MET_WITH"]},
    {"since": "2023-06-15", "until": "2023-08-20"},
]


@pytest.mark.neo4j
def test_sqlite_and_neo4j_give_the_same_graph(
    loaded_store: GraphStore, neo4j_store: Neo4jStore
) -> None:
    # Other batches than the SQLite store's single one: provenance merges across writes.
    for batch in batched(sample_extractions(), 3):
        neo4j_store.write(batch)
    for filters in FILTERS:
        expected = to_networkx(loaded_store, **filters, assertions=True)
        got = to_networkx(neo4j_store, **filters, assertions=True)
        assert graph_contents(got) == graph_contents(expected)
    from_sqlite = analyze(to_networkx(loaded_store), top=20)
    from_neo4j = analyze(to_networkx(neo4j_store), top=20)
    assert from_neo4j.communities == from_sqlite.communities
    assert [s.key for s in from_neo4j.central] == [s.key for s in from_sqlite.central]
