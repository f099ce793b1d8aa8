"""Stores written by graph model 1 are upgraded in place, nothing lost, and refused
by readers until then: the same graph as a clean load of the same posts."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from local_neo4j import wipe
from model1 import write_neo4j_model_1, write_sqlite_model_1
from model2 import write_neo4j_model_2
from sample_graph import FIRST, LAVROV, MOSCOW, NATO, SECOND, WANG, post, relation
from schema2 import write_sqlite_schema_2
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.errors import StoreError
from graphkit.graph import MODEL_VERSION, Assertion, GraphBatch, build_batch, fold
from graphkit.models import RELATION_TYPES, Extraction, Post
from graphkit.store import neo4j_migrate
from graphkit.store.base import GraphStore
from graphkit.store.neo4j import Neo4jStore
from graphkit.store.post_lists import PROPERTIES, TYPES, post_assertions, post_lists
from graphkit.store.sqlite import SCHEMA_VERSION, SqliteStore

BATCHES = [build_batch(FIRST), build_batch(SECOND)]


def graph_of(store: GraphStore, *, confidences: bool = True) -> dict[str, Any]:
    """Everything a store holds. Model 1's Neo4j kept one confidence and modality per
    relationship, so its migrated assertions are compared without them."""
    return {
        "stats": store.stats(),
        "entities": {(e.id, e.type, e.name, frozenset(e.aliases)) for e in store.entities()},
        "posts": set(store.posts()),
        "mentions": set(store.mentions()),
        "channels": set(store.channels()),
        "relations": set(store.relations()),
        "assertions": {
            (a.key, a.post_id, a.evidence, a.rule, a.date)
            + ((a.confidence, a.modality) if confidences else ())
            for a in store.assertions()
        },
    }


def clean_graph(tmp_path: Path, *, confidences: bool = True) -> dict[str, Any]:
    with SqliteStore(tmp_path / "clean.db") as clean:
        for batch in BATCHES:
            clean.write(batch)
        return graph_of(clean, confidences=confidences)


#: The writers of older SQLite schemas, and how readers name them when refusing.
OLD_SQLITE = pytest.mark.parametrize(
    ("write_old", "written_by"),
    [(write_sqlite_model_1, "graph model 1"), (write_sqlite_schema_2, "schema 2")],
    ids=["schema-1", "schema-2"],
)


@OLD_SQLITE
def test_sqlite_old_schema_is_refused_by_readers_then_upgraded_in_place(
    tmp_path: Path, write_old: Callable[[Path, list[GraphBatch]], None], written_by: str
) -> None:
    db = tmp_path / "old.db"
    write_old(db, BATCHES)
    with SqliteStore(db) as old:
        for read in (old.stats, lambda: list(old.relations()), lambda: list(old.posts())):
            with pytest.raises(StoreError, match="run graphkit migrate") as refused:
                read()
            assert "\n" not in str(refused.value)
            assert f"written by {written_by} " in str(refused.value)
    with SqliteStore(db) as store:
        assert store.migrate()
        assert not store.migrate()
        upgraded = graph_of(store)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert upgraded == clean_graph(tmp_path)
    with SqliteStore(db) as reopened:
        assert graph_of(reopened) == upgraded
        again = reopened.write(BATCHES[1])  # reload writes nothing
        assert (again.posts_created, again.assertions_created) == (0, 0)


@OLD_SQLITE
def test_sqlite_old_schema_is_upgraded_by_the_first_write(
    tmp_path: Path, write_old: Callable[[Path, list[GraphBatch]], None], written_by: str
) -> None:
    db = tmp_path / "old.db"
    write_old(db, BATCHES[:1])
    with SqliteStore(db) as store:
        summary = store.write(BATCHES[1])
        assert summary.posts_created == len(SECOND)
        upgraded = graph_of(store)
    assert upgraded == clean_graph(tmp_path)


@pytest.mark.neo4j
def test_neo4j_model_1_is_refused_by_readers_then_upgraded_in_place(
    tmp_path: Path, neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_neo4j_model_1(neo4j_store, BATCHES)
    with Neo4jStore(neo4j_store.uri) as old:
        with pytest.raises(StoreError, match="run graphkit migrate"):
            old.stats()
        with pytest.raises(StoreError, match="run graphkit migrate"):
            list(old.run("MATCH (n) RETURN n", {}, read_only=True))
    monkeypatch.setattr(neo4j_migrate, "MIGRATE_BATCH", 1)  # several transactions
    with Neo4jStore(neo4j_store.uri) as store:
        assert store.migrate()
        assert not store.migrate()
        upgraded = graph_of(store, confidences=False)
        assert upgraded == clean_graph(tmp_path, confidences=False)
        for a in store.assertions():  # model 1 knew only the relationship's confidence
            (relation,) = (r for r in store.relations() if (r.source, r.type, r.target) == (
                a.source, a.type, a.target))  # fmt: skip
            assert (a.confidence, a.modality) == (relation.confidence, relation.modality)
        leftovers = store.run(
            "MATCH ()-[r]->() WHERE r.post_ids IS NOT NULL OR r.evidence IS NOT NULL"
            " RETURN count(r) AS n",
            {},
            read_only=True,
        )
        assert list(leftovers) == [{"n": 0}]
        meta = store.run("MATCH (m:Meta) RETURN m.model AS model", {}, read_only=True)
        assert list(meta) == [{"model": MODEL_VERSION}]
        assert store.write(BATCHES[1]).assertions_created == 0  # reload writes nothing


DUMP = """📍 Moscow, May 20, 2024
🎙 Foreign Minister Sergey Lavrov criticised NATO for expanding its infrastructure.
Read in full
"""


def test_cli_refuses_model_1_for_reading_and_upgrades_it_by_migrate_or_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()
    by_migrate, by_load = tmp_path / "migrate.db", tmp_path / "load.db"
    for db in (by_migrate, by_load):
        write_sqlite_model_1(db, BATCHES)
    for command in (["stats"], ["export", "--format", "json", "-o", str(tmp_path / "g.json")]):
        refused = runner.invoke(app, [*command, "--store", str(by_migrate)])
        assert refused.exit_code == 2
        assert refused.stderr.count("\n") == 1 and "run graphkit migrate" in refused.stderr

    migrated = runner.invoke(app, ["migrate", "--store", str(by_migrate)])
    assert migrated.exit_code == 0, migrated.stderr
    assert f"upgraded to graph model {MODEL_VERSION}: 7 assertions" in migrated.stdout
    again = runner.invoke(app, ["migrate", "--store", str(by_migrate)])
    assert "nothing to upgrade" in again.stdout
    assert runner.invoke(app, ["stats", "--store", str(by_migrate)]).exit_code == 0

    dump = tmp_path / "mfa.txt"
    dump.write_text(DUMP, encoding="utf-8")
    loaded = runner.invoke(app, ["load", str(dump), "--store", str(by_load)])
    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stderr.strip() == (
        f"graphkit: upgraded {by_load} in place to graph model {MODEL_VERSION}"
    )
    assert "posts: 1 loaded" in loaded.stdout
    with SqliteStore(by_load) as store:
        assert store.assertion_count() > 7


# --- Neo4j model 2 -> 3 -----------------------------------------------------------

#: An emoji before the sentence (offsets count code points, as Cypher's substring does)
#: and an evidence that is not part of its post's text (spaces normalised).
EMOJI_TEXT = "🇷🇺🎙 Sergey Lavrov met with Wang Yi in Moscow."
SPACED_TEXT = "Sergey  Lavrov criticised\nNATO's exercises."
THIRD = [
    Extraction(
        post(7, EMOJI_TEXT, "2024-07-01"),
        (LAVROV, WANG, MOSCOW),
        (relation(LAVROV, "MET_WITH", WANG, EMOJI_TEXT[3:]),),
    ),
    Extraction(
        post(8, SPACED_TEXT, "2024-07-02"),
        (LAVROV, NATO),
        (relation(LAVROV, "CRITICISED", NATO, "Sergey Lavrov criticised NATO's exercises."),),
    ),
]
BATCHES_3 = [*BATCHES, build_batch(THIRD)]


#: The properties of a model-3 aggregate relationship (sample_evidence is gone).
AGGREGATE = (
    "count", "confidence", "first_seen", "last_seen", "modality", "sample_post_ids",
    "sample_dates",
)  # fmt: skip


def expected_neo4j(batches: list[GraphBatch]) -> dict[str, Any]:
    """What a model-3 Neo4j graph of ``batches`` holds: each post's lists and each
    relationship's properties, computed with post_lists and fold."""
    texts = {p.id: p.text for b in batches for p in b.posts}
    by_post: dict[str, list[Assertion]] = defaultdict(list)
    by_edge: dict[tuple[str, str, str], list[Assertion]] = defaultdict(list)
    for b in batches:
        for a in b.assertions:
            by_post[a.post_id].append(a)
            by_edge[(a.source, a.type, a.target)].append(a)
    relations = {}
    for edge, found in by_edge.items():
        r = fold(None, found)
        relations[edge] = {
            "count": r.count, "confidence": r.confidence, "first_seen": r.first_seen,
            "last_seen": r.last_seen, "modality": r.modality,
            "sample_post_ids": [e.post_id for e in r.sample],
            "sample_dates": [e.date or "" for e in r.sample],
        }  # fmt: skip
    return {
        "posts": {post_id: post_lists(texts[post_id], found) for post_id, found in by_post.items()},
        "assertions": {a for found in by_post.values() for a in found},
        "relations": relations,
    }


def neo4j_lists_graph(store: Neo4jStore) -> dict[str, Any]:
    """The lists of a model-3 Neo4j graph as stored, read with plain Cypher."""
    posts = {
        row["id"]: row["post"]
        for row in store.run("MATCH (p:Post) RETURN p.id AS id, p {.*} AS post", {}, read_only=True)
    }
    lists = {
        post_id: {k: post[k] for k in PROPERTIES if k in post}
        for post_id, post in posts.items()
        if TYPES in post
    }
    relations = {}
    for row in store.run(
        "MATCH (s:Entity)-[r]->(t:Entity) RETURN s.key AS s, type(r) AS t, t.key AS o, r {.*} AS r",
        {},
        read_only=True,
    ):
        if row["t"] in RELATION_TYPES:
            relations[(row["s"], row["t"], row["o"])] = {k: row["r"].get(k) for k in AGGREGATE}
    assertions = {
        a
        for post_id, found in lists.items()
        for a in post_assertions(
            post_id, Post.from_dict(posts[post_id]).day, posts[post_id]["text"], found
        )
    }
    return {"posts": lists, "assertions": assertions, "relations": relations}


def assert_model_3(store: Neo4jStore, batches: list[GraphBatch]) -> None:
    """``store`` holds exactly what model 3 holds for ``batches``, and nothing of model 2."""
    assert neo4j_lists_graph(store) == expected_neo4j(batches)

    def one(query: str) -> Any:
        (row,) = store.run(query, {}, read_only=True)
        return row["n"]

    assert one("MATCH (a:Assertion) RETURN count(a) AS n") == 0
    assert one("MATCH ()-[r:ASSERTS]->() RETURN count(r) AS n") == 0
    assert one("MATCH ()-[r]->() WHERE r.sample_evidence IS NOT NULL RETURN count(r) AS n") == 0
    assert one("MATCH (m:Meta) RETURN collect(m.model) AS n") == [MODEL_VERSION]
    names = one("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n") + one(
        "SHOW INDEXES YIELD name RETURN collect(name) AS n"
    )
    assert "assertion_key" not in names and "assertion_edge" not in names


@pytest.mark.neo4j
def test_neo4j_model_2_is_refused_by_readers_then_upgraded_in_place(
    neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for batch in BATCHES_3:
        neo4j_store.write(batch)
    written = graph_of(neo4j_store)  # by model 3's own writer
    wipe(neo4j_store)
    write_neo4j_model_2(neo4j_store, BATCHES_3)
    with (
        Neo4jStore(neo4j_store.uri) as old,
        pytest.raises(StoreError, match=r"graph model 2 .*run graphkit migrate"),
    ):
        old.stats()
    # One assertion per chunk: post 3's two straddle two chunks.
    monkeypatch.setattr(neo4j_migrate, "MIGRATE_ASSERTIONS", 1)
    with Neo4jStore(neo4j_store.uri) as store:
        assert store.migrate()
        assert not store.migrate()
        assert_model_3(store, BATCHES_3)
        migrated = graph_of(store)
        assert store.write(BATCHES_3[2]).assertions_created == 0  # reload writes nothing
    assert migrated == written
    evidence = {post_id: text for _, post_id, text, *_ in migrated["assertions"]}
    assert evidence["mfa:7"] == EMOJI_TEXT[3:]
    assert evidence["mfa:8"] == "Sergey Lavrov criticised NATO's exercises."


@pytest.mark.neo4j
def test_neo4j_model_1_is_upgraded_to_model_3(
    neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_neo4j_model_1(neo4j_store, BATCHES_3)
    monkeypatch.setattr(neo4j_migrate, "MIGRATE_BATCH", 1)
    with Neo4jStore(neo4j_store.uri) as store:
        assert store.migrate()
        migrated = neo4j_lists_graph(store)
    # Model 1 kept one confidence and modality per relationship: each assertion has its
    # relationship's, the rest is what model 3 holds.
    expected = expected_neo4j(BATCHES_3)
    relations = expected["relations"]
    assert {a.key for a in migrated["assertions"]} == {a.key for a in expected["assertions"]}
    for a in migrated["assertions"]:
        relation = relations[(a.source, a.type, a.target)]
        assert (a.confidence, a.modality) == (relation["confidence"], relation["modality"])
        assert a in {replace(e, confidence=a.confidence, modality=a.modality)
                     for e in expected["assertions"]}  # fmt: skip
    assert migrated["relations"] == relations


class Interrupted(Exception):
    """A migration stopped by its test."""


@pytest.mark.neo4j
def test_interrupted_neo4j_migration_resumes_to_the_same_graph(
    neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_neo4j_model_2(neo4j_store, BATCHES_3)
    monkeypatch.setattr(neo4j_migrate, "MIGRATE_ASSERTIONS", 3)
    chunk = neo4j_migrate.migrate_assertions
    chunks = []

    def stopped_in_second_chunk(tx: Any) -> int:
        chunks.append(1)
        if len(chunks) == 2:
            chunk(tx)
            raise Interrupted  # inside the transaction: the second chunk is rolled back
        return chunk(tx)

    monkeypatch.setattr(neo4j_migrate, "migrate_assertions", stopped_in_second_chunk)
    with Neo4jStore(neo4j_store.uri) as store, pytest.raises(Interrupted):
        store.migrate()
    left = list(neo4j_store.run("MATCH (a:Assertion) RETURN count(a) AS n", {}, read_only=True))
    assert left == [{"n": len(BATCHES_3[0].assertions) + len(BATCHES_3[1].assertions)
                     + len(BATCHES_3[2].assertions) - 3}]  # fmt: skip
    with Neo4jStore(neo4j_store.uri) as half, pytest.raises(StoreError, match="graph model 2"):
        half.stats()
    with Neo4jStore(neo4j_store.uri) as store:
        assert store.migrate()
        assert_model_3(store, BATCHES_3)


@pytest.mark.neo4j
def test_neo4j_assertions_without_their_link_or_their_post(neo4j_store: Neo4jStore) -> None:
    """An Assertion no post links is still its post's; one whose post is gone goes."""
    write_neo4j_model_2(neo4j_store, BATCHES_3)
    list(neo4j_store.run("MATCH (:Post {id: 'mfa:7'})-[r:ASSERTS]->() DELETE r", {},
                         read_only=False))  # fmt: skip
    list(neo4j_store.run("MATCH (p:Post {id: 'mfa:8'}) DETACH DELETE p", {}, read_only=False))
    with Neo4jStore(neo4j_store.uri) as store:
        assert store.migrate()
        migrated = neo4j_lists_graph(store)
        left = list(store.run("MATCH (a:Assertion) RETURN count(a) AS n", {}, read_only=True))
    expected = expected_neo4j(BATCHES_3)
    assert left == [{"n": 0}]
    assert migrated["assertions"] == {a for a in expected["assertions"] if a.post_id != "mfa:8"}


@pytest.mark.neo4j
def test_cli_upgrades_neo4j_model_2_by_migrate_or_load(
    tmp_path: Path, neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()
    uri = ["--neo4j-uri", neo4j_store.uri]
    assertions = sum(len(b.assertions) for b in BATCHES_3)
    write_neo4j_model_2(neo4j_store, BATCHES_3)
    refused = runner.invoke(app, ["stats", *uri])
    assert refused.exit_code == 2
    assert refused.stderr.count("\n") == 1 and "run graphkit migrate" in refused.stderr
    migrated = runner.invoke(app, ["migrate", *uri])
    assert migrated.exit_code == 0, migrated.stderr
    assert f"upgraded to graph model {MODEL_VERSION}: {assertions} assertions" in migrated.stdout
    assert "nothing to upgrade" in runner.invoke(app, ["migrate", *uri]).stdout

    wipe(neo4j_store)
    write_neo4j_model_2(neo4j_store, BATCHES_3)
    dump = tmp_path / "mfa.txt"
    dump.write_text(DUMP, encoding="utf-8")
    loaded = runner.invoke(app, ["load", str(dump), *uri])
    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stderr.strip() == (
        f"graphkit: upgraded Neo4j at {neo4j_store.uri} in place to graph model {MODEL_VERSION}"
    )
    assert "posts: 1 loaded" in loaded.stdout
    with Neo4jStore(neo4j_store.uri) as store:
        assert store.assertion_count() > assertions
        assert {a.key for b in BATCHES_3 for a in b.assertions} <= {
            a.key for a in store.assertions()
        }
