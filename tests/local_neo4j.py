"""A Neo4j server run by ``scripts/neo4j-local`` for the tests (see conftest.py)."""

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


def wipe(store: Neo4jStore) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    for _ in store.run("MATCH (n) DETACH DELETE n", {}, read_only=False):
        pass
