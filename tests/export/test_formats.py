from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from export_sample import awkward_extractions, graph_contents

from graphkit.errors import InputError, StoreError
from graphkit.export import FORMATS, READERS, export, to_networkx
from graphkit.export.gexf import write_gexf
from graphkit.export.graphml import write_graphml
from graphkit.export.neo4j_admin import ARRAY_DELIMITER, POST_HEADER, read_neo4j_admin
from graphkit.graph import build_batch
from graphkit.store.base import GraphStore
from graphkit.store.sqlite import SqliteStore


def target(tmp_path: Path, format: str) -> Path:
    return tmp_path / ("admin" if format == "neo4j-admin" else f"graph.{format}")


#: Formats that carry every assertion, not only each edge's sample and count.
WITH_ASSERTIONS = ("json", "neo4j-admin")


@pytest.mark.parametrize("format", FORMATS)
def test_round_trip(loaded_store: GraphStore, tmp_path: Path, format: str) -> None:
    path = target(tmp_path, format)
    result = export(loaded_store, format, path)
    graph = to_networkx(loaded_store, assertions=format in WITH_ASSERTIONS)
    assert (result.nodes, result.edges) == (graph.number_of_nodes(), graph.number_of_edges())
    assert graph_contents(READERS[format](path)) == graph_contents(graph)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("format", FORMATS)
def test_round_trip_keeps_filters(loaded_store: GraphStore, tmp_path: Path, format: str) -> None:
    path = target(tmp_path, format)
    filters: dict[str, Any] = {"types": ["Person", "Country"], "since": "2023-06-01"}
    export(loaded_store, format, path, **filters)
    assert graph_contents(READERS[format](path)) == graph_contents(
        to_networkx(loaded_store, **filters, assertions=format in WITH_ASSERTIONS)
    )


@pytest.mark.parametrize("format", WITH_ASSERTIONS)
def test_every_assertion_stays_reachable(
    loaded_store: GraphStore, tmp_path: Path, format: str
) -> None:
    path = target(tmp_path, format)
    export(loaded_store, format, path)
    read = READERS[format](path)
    exported = {
        (u, k, v, a["post_id"], a["evidence"], a["rule"], a["date"])
        for u, v, k, d in read.edges(keys=True, data=True)
        for a in d["assertions"]
    }
    stored = {
        (a.source, a.type, a.target, a.post_id, a.evidence, a.rule, a.date)
        for a in loaded_store.assertions()
    }
    assert exported == stored
    assert all(d["count"] == len(d["assertions"]) for _, _, d in read.edges(data=True))


@pytest.mark.parametrize("format", ["graphml", "gexf"])
def test_xml_edges_carry_the_evidence_sample_and_count(
    loaded_store: GraphStore, tmp_path: Path, format: str
) -> None:
    path = target(tmp_path, format)
    export(loaded_store, format, path)
    read = READERS[format](path)
    for rel in loaded_store.relations():
        data = read.edges[rel.source, rel.target, rel.type]
        assert data["count"] == rel.count
        assert data["sample_evidence"] == [e.sentence for e in rel.sample]
        assert data["sample_post_ids"] == [e.post_id for e in rel.sample]


def test_gexf_edges_carry_their_dates_as_intervals(
    loaded_store: GraphStore, tmp_path: Path
) -> None:
    path = tmp_path / "graph.gexf"
    export(loaded_store, "gexf", path)
    raw = nx.read_gexf(path)
    assert raw.graph["mode"] == "dynamic"
    expected = {
        (u, v, k): (d["first_seen"], d["last_seen"])
        for u, v, k, d in to_networkx(loaded_store).edges(keys=True, data=True)
        if d["first_seen"]
    }
    intervals = {
        (u, v, d["relation"]): (d["start"], d["end"])
        for u, v, d in raw.edges(data=True)
        if "start" in d
    }
    assert intervals == expected


def test_neo4j_admin_files_and_command(loaded_store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "admin"
    result = export(loaded_store, "neo4j-admin", path)
    assert result.admin_import is not None
    command = result.admin_import.command()
    assert command.startswith("neo4j-admin database import full neo4j --id-type=string ")
    for header, data in result.admin_import.node_files + result.admin_import.relationship_files:
        assert f"={path.resolve() / header},{path.resolve() / data}" in command
    header = (path / "relations_CRITICISED.header.csv").read_text().strip().split(",")
    assert header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    posts = (path / "nodes_posts.csv").read_text(encoding="utf-8")
    assert all(post.id in posts for post in loaded_store.posts())
    mentions = (path / "links_mentions.csv").read_text().splitlines()
    assert len(mentions) == len(list(loaded_store.mentions()))
    # Graph model 3: a post's assertions are its lists, no node or link of their own.
    assert not list(path.glob("*assert*"))
    with (path / "nodes_posts.csv").open(encoding="utf-8", newline="") as rows:
        types = [row[POST_HEADER.index("assertion_types:string[]")] for row in csv.reader(rows)]
    asserted = sum(len(cell.split(ARRAY_DELIMITER)) for cell in types if cell)
    assert asserted == loaded_store.assertion_count()


def test_neo4j_admin_round_trip_keeps_awkward_assertions(
    awkward_store: GraphStore, tmp_path: Path
) -> None:
    """Evidence outside the post's text, relations without a rule, emoji before the
    evidence: each assertion reads back as stored."""
    export(awkward_store, "neo4j-admin", tmp_path / "admin")
    assert graph_contents(read_neo4j_admin(tmp_path / "admin")) == graph_contents(
        to_networkx(awkward_store, assertions=True)
    )


def test_neo4j_admin_array_delimiter_in_a_post_becomes_a_space(tmp_path: Path) -> None:
    """The delimiter cannot be quoted inside an array: it becomes a space in the text and
    in the evidence alike, so the evidence offsets still hold."""
    [extraction] = awkward_extractions()[:1]
    text = extraction.post.text.replace(" on ", f" {ARRAY_DELIMITER}on ")
    evidence = text.split(": ")[0]
    post = dataclasses.replace(extraction.post, text=text)
    relation = dataclasses.replace(extraction.relations[0], evidence=evidence)
    with SqliteStore(tmp_path / "graph.db") as store:
        store.ensure_schema()
        store.write(
            build_batch([dataclasses.replace(extraction, post=post, relations=(relation,))])
        )
        export(store, "neo4j-admin", tmp_path / "admin")
    [edge] = read_neo4j_admin(tmp_path / "admin").edges(data=True)
    [assertion] = edge[2]["assertions"]
    assert assertion["evidence"] == evidence.replace(ARRAY_DELIMITER, " ")
    assert edge[2]["sample_evidence"] == [assertion["evidence"]]


def test_unknown_format(loaded_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown format 'dot'"):
        export(loaded_store, "dot", tmp_path / "graph.dot")


def test_missing_directory(loaded_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        export(loaded_store, "json", tmp_path / "nowhere" / "graph.json")


def test_parent_is_a_file(loaded_store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a directory")
    with pytest.raises(InputError, match="is not a directory"):
        export(loaded_store, "gexf", tmp_path / "notes.txt" / "graph.gexf")


def test_unwritable_path(loaded_store: GraphStore) -> None:
    # /proc takes no new files, for root too (a chmod-ed directory would not stop root).
    with pytest.raises(InputError, match=r"^/proc/graph.graphml: cannot write"):
        export(loaded_store, "graphml", Path("/proc/graph.graphml"))


def test_neo4j_admin_refuses_a_non_empty_directory(
    loaded_store: GraphStore, tmp_path: Path
) -> None:
    (tmp_path / "admin").mkdir()
    (tmp_path / "admin" / "notes.txt").write_text("keep me")
    with pytest.raises(InputError, match="new, empty directory"):
        export(loaded_store, "neo4j-admin", tmp_path / "admin")
    assert (tmp_path / "admin" / "notes.txt").read_text() == "keep me"


def test_empty_store(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "empty.db") as store:
        store.ensure_schema()
        with pytest.raises(StoreError, match="no entities"):
            export(store, "json", tmp_path / "graph.json")
    assert not (tmp_path / "graph.json").exists()


def test_filters_matching_nothing(loaded_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="match the filters"):
        export(loaded_store, "json", tmp_path / "graph.json", since="2030-01-01")


def test_writers_leave_the_callers_graph_alone(loaded_store: GraphStore, tmp_path: Path) -> None:
    graph = to_networkx(loaded_store)
    before = graph_contents(graph)
    write_graphml(graph, tmp_path / "graph.graphml")
    write_gexf(graph, tmp_path / "graph.gexf")
    assert graph_contents(graph) == before
