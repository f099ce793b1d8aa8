"""Shared fixtures: a private Neo4j server started with ``scripts/neo4j-local``.

The server starts lazily, the first time a test asks for ``neo4j_uri`` (or a
fixture built on it), in its own temporary state directory with free ports
and auth off, and stops at the end of the session. When it cannot start,
the tests that need it fail with the script's message: they are never skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from graphkit.store.neo4j import Neo4jStore

REPO = Path(__file__).resolve().parent.parent
NEO4J_LOCAL = REPO / "scripts" / "neo4j-local"
START_TIMEOUT = 900  # the first start on a machine fetches ~135 MB of jars


class LocalNeo4j:
    """One server run by scripts/neo4j-local in its own state directory.

    ``stop()`` and ``start()`` may be called by a test (e.g. to stop the server
    mid-load); a restart keeps the data and the Bolt URI.
    """

    def __init__(self, state_dir: Path, password: str | None = None) -> None:
        self.state_dir = state_dir
        self.password = password
        self.user = "neo4j" if password else None
        self.uri = ""

    def _script(self, command: str, *options: str, timeout: float = 120) -> str:
        args = [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(self.state_dir), command]
        try:
            done = subprocess.run(
                [*args, *options], capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"scripts/neo4j-local {command} took more than {timeout}s", pytrace=False)
        if done.returncode != 0:
            pytest.fail(
                f"scripts/neo4j-local {command} failed (exit {done.returncode}):\n"
                f"{done.stderr.strip()}\n(state dir {self.state_dir})",
                pytrace=False,
            )
        return done.stdout

    def start(self) -> str:
        """Start (or reuse) the server; return its Bolt URI once database neo4j answers.

        A restart keeps the Bolt port, so drivers opened before it reconnect.
        """
        options = ["--password", self.password] if self.password else ["--no-auth"]
        if self.uri:
            options += ["--bolt-port", self.uri.rsplit(":", 1)[1]]
        exports = self._script("start", *options, timeout=START_TIMEOUT)
        for line in exports.splitlines():
            if line.startswith("export NEO4J_URI="):
                self.uri = line.split("=", 1)[1]
                return self.uri
        pytest.fail(f"scripts/neo4j-local start printed no NEO4J_URI:\n{exports}", pytrace=False)

    def stop(self) -> None:
        self._script("stop")

    def restart(self) -> str:
        self.stop()
        return self.start()


def run_server(password: str | None = None) -> Iterator[LocalNeo4j]:
    # Not under pytest's basetemp: concurrent pytest sessions prune old basetemps,
    # which would delete the data of a server still in use.
    state_dir = Path(tempfile.mkdtemp(prefix="graphkit-test-neo4j-"))
    server = LocalNeo4j(state_dir, password)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(state_dir, ignore_errors=True)


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


def wipe(store: Neo4jStore) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    for _ in store.run("MATCH (n) DETACH DELETE n", {}, read_only=False):
        pass


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
