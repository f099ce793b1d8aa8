"""Stores written by graph model 1 are upgraded in place, nothing lost, and refused
by readers until then: the same graph as a clean load of the same posts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from model1 import write_neo4j_model_1, write_sqlite_model_1
from sample_graph import FIRST, SECOND
from schema2 import write_sqlite_schema_2
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.errors import StoreError
from graphkit.graph import MODEL_VERSION, GraphBatch, build_batch
from graphkit.store import neo4j as neo4j_module
from graphkit.store.base import GraphStore
from graphkit.store.neo4j import Neo4jStore
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
    monkeypatch.setattr(neo4j_module, "MIGRATE_BATCH", 1)  # several transactions
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
