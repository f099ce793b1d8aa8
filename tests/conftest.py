"""Shared fixtures: a private Neo4j server started with ``scripts/neo4j-local``.

The server starts lazily, the first time a test asks for ``neo4j_uri`` (or a
fixture built on it), in its own temporary state directory with free ports
and auth off, and stops at the end of the session. When it cannot start,
the tests that need it fail with the script's message: they are never skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from local_neo4j import LocalNeo4j, run_server, wipe

if TYPE_CHECKING:
    from graphkit.store.neo4j import Neo4jStore


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[LocalNeo4j]:
    """The session's Neo4j server, auth off."""
    yield from run_server()


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_server: LocalNeo4j) -> str:
    """Bolt URI of the session's Neo4j server (auth off)."""
    return neo4j_server.uri


@pytest.fixture(scope="session")
def neo4j_auth_server() -> Iterator[LocalNeo4j]:
    """A second server with auth on (user neo4j, password ``.password``), for auth faults."""
    yield from run_server(password="graphkit-test-pw")


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """A clean ``Neo4jStore`` on the session server, schema in place."""
    from graphkit.store.neo4j import Neo4jStore

    store = Neo4jStore(neo4j_uri)
    try:
        store.ensure_schema()
        wipe(store)
        yield store
    finally:
        store.close()
