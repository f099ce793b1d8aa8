"""open_store: SQLite by default, Neo4j for a URI; the driver loaded only then."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.errors import StoreUnavailable
from graphkit.store import open_store
from graphkit.store.sqlite import SqliteStore


def test_without_uri_it_is_the_sqlite_file(tmp_path: Path) -> None:
    with open_store(path=tmp_path / "graph.db", batch_size=10) as store:
        assert isinstance(store, SqliteStore)
        assert store.path == tmp_path / "graph.db"


def test_a_closed_port_is_store_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreUnavailable, match=f"127.0.0.1:{port}"):
        open_store(neo4j_uri=f"bolt://127.0.0.1:{port}")


def test_the_neo4j_driver_is_not_imported_for_the_embedded_store(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import graphkit.cli, graphkit.load, graphkit.store\n"
        "from graphkit.store import open_store\n"
        f"open_store(path={str(tmp_path / 'graph.db')!r}).stats()\n"
        "print(sorted(m for m in sys.modules if m == 'neo4j' or m.startswith('neo4j.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == "[]\n"


@pytest.mark.neo4j
def test_with_uri_it_is_neo4j(neo4j_uri: str) -> None:
    from graphkit.store.neo4j import Neo4jStore

    with open_store(neo4j_uri=neo4j_uri, path="ignored.db", batch_size=10) as store:
        assert isinstance(store, Neo4jStore)
        assert store.batch_size == 10
    assert not Path("ignored.db").exists()
