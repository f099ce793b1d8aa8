"""Graph stores: Neo4j when a URI is given, else the embedded SQLite file."""

from __future__ import annotations

from pathlib import Path

from graphkit.store.base import Filters, GraphStore, Stats, WriteSummary

__all__ = ["DEFAULT_STORE_PATH", "Filters", "GraphStore", "Stats", "WriteSummary", "open_store"]

DEFAULT_STORE_PATH = "graphkit.db"


def open_store(
    *,
    neo4j_uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    path: str | Path = DEFAULT_STORE_PATH,
    batch_size: int = 1000,
    read_only: bool = False,
) -> GraphStore:
    """The Neo4j store at ``neo4j_uri`` if given, else the SQLite store at ``path``
    (``read_only``: opened so that it cannot be written)."""
    if neo4j_uri:
        # Imported here: only the Neo4j store needs the driver.
        from graphkit.store.neo4j import Neo4jStore

        return Neo4jStore(
            neo4j_uri, user=user, password=password, database=database, batch_size=batch_size
        )
    from graphkit.store.sqlite import SqliteStore

    return SqliteStore(path, read_only=read_only)
