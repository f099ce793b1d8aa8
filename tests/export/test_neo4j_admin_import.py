"""The neo4j-admin files import into a real Neo4j with the printed command; after
``after-import.cypher`` the database reads back, through the Neo4j store, as the
graph exported, and a later load adds to it as to a loaded one. The store exported
holds awkward assertions too (export_sample.awkward_extractions)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from export_sample import graph_contents, later_extractions

from graphkit.export import export, to_networkx
from graphkit.export.neo4j_admin import AFTER_IMPORT
from graphkit.graph import build_batch
from graphkit.store.base import GraphStore

REPO = Path(__file__).resolve().parents[2]
NEO4J_LOCAL = REPO / "scripts" / "neo4j-local"


def neo4j_local() -> ModuleType:
    """scripts/neo4j-local as a module: its cached jars, its Java, its JVM flags."""
    loader = importlib.machinery.SourceFileLoader("neo4j_local", str(NEO4J_LOCAL))
    spec = importlib.util.spec_from_loader("neo4j_local", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def run_neo4j_local(state_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(state_dir), *args],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def imported_home(awkward_store: GraphStore, tmp_path: Path) -> Iterator[Path]:
    """A Neo4j home whose database ``neo4j`` was created by the printed import command."""
    result = export(awkward_store, "neo4j-admin", tmp_path / "bulk")
    assert result.admin_import is not None
    words = shlex.split(result.admin_import.command())
    assert words[:4] == ["neo4j-admin", "database", "import", "full"]
    local = neo4j_local()
    lib = local.fetch_jars(local.pinned_versions()[0])
    home = tmp_path / "home"
    home.mkdir()
    java = [local.find_java(), *local.JVM_FLAGS, "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool"]
    done = subprocess.run(
        [*java, *words[1:]],
        env={**os.environ, "NEO4J_HOME": str(home)},
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "IMPORT DONE" in done.stdout
    yield home
    subprocess.run(
        [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(home), "stop"], check=False
    )


@pytest.mark.neo4j
def test_imported_database_reads_back_as_the_exported_graph(
    awkward_store: GraphStore, imported_home: Path
) -> None:
    from graphkit.store.neo4j import Neo4jStore, schema_statements

    uri = next(
        line.split("=", 1)[1]
        for line in run_neo4j_local(imported_home, "start", "--no-auth").splitlines()
        if line.startswith("export NEO4J_URI=")
    )
    posts = list(awkward_store.posts())
    with Neo4jStore(uri) as imported:
        for statement in schema_statements(imported_home.parent / "bulk" / AFTER_IMPORT):
            list(imported.run(statement, {}, read_only=False))
        assert graph_contents(to_networkx(imported, assertions=True)) == graph_contents(
            to_networkx(awkward_store, assertions=True)
        )
        assert imported.stats() == awkward_store.stats()
        assert imported.existing_post_ids([p.id for p in posts]) == {p.id for p in posts}
        assert sorted(imported.mentions()) == sorted(awkward_store.mentions())
        assert list(imported.channels()) == list(awkward_store.channels())
        # A later load adds to the imported database as to a loaded one.
        for store in (imported, awkward_store):
            store.write(build_batch(later_extractions()))
        assert graph_contents(to_networkx(imported, assertions=True)) == graph_contents(
            to_networkx(awkward_store, assertions=True)
        )
