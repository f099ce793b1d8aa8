"""scripts/neo4j-local, on the session's server: settings, reuse, status."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from local_neo4j import NEO4J_LOCAL, LocalNeo4j

from graphkit.store.neo4j import Neo4jStore

pytestmark = pytest.mark.neo4j

REQUIRED_SETTINGS = {
    "server.config.strict_validation.enabled": "true",
    "server.default_listen_address": "127.0.0.1",
    "dbms.usage_report.enabled": "false",
    "dbms.routing.enabled": "false",
    "db.tx_log.preallocate": "false",
    "client.allow_telemetry": "false",
    "server.https.enabled": "false",
}


def script(server: LocalNeo4j, command: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(NEO4J_LOCAL), "--state-dir", str(server.state_dir), command, *options],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_server_runs_with_the_required_settings(neo4j_store: Neo4jStore) -> None:
    rows = neo4j_store.run(
        "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
        {"names": list(REQUIRED_SETTINGS)},
        read_only=True,
    )
    assert {row["name"]: row["value"] for row in rows} == REQUIRED_SETTINGS
    listen = neo4j_store.run(
        "SHOW SETTINGS YIELD name, value WHERE name ENDS WITH 'listen_address' RETURN value",
        {},
        read_only=True,
    )
    assert {row["value"].split(":")[0] for row in listen} == {"127.0.0.1"}


def test_second_start_reuses_the_running_server(neo4j_server: LocalNeo4j) -> None:
    state_file = neo4j_server.state_dir / "neo4j-local.json"
    pid = json.loads(state_file.read_text())["pid"]
    again = script(neo4j_server, "start", "--no-auth")
    assert again.returncode == 0, again.stderr
    assert f"export NEO4J_URI={neo4j_server.uri}\n" in again.stdout
    assert "NEO4J_PASSWORD" not in again.stdout.replace("unset NEO4J_USERNAME NEO4J_PASSWORD", "")
    assert json.loads(state_file.read_text())["pid"] == pid


def test_status_tells_whether_it_runs(neo4j_server: LocalNeo4j) -> None:
    running = script(neo4j_server, "status")
    assert running.returncode == 0
    assert neo4j_server.uri in running.stdout and "ready" in running.stdout
    idle = LocalNeo4j(neo4j_server.state_dir.parent / "never-started")
    stopped = script(idle, "status")
    assert stopped.returncode == 3
    assert "not running" in stopped.stdout


def test_auth_server_prints_credentials(neo4j_auth_server: LocalNeo4j) -> None:
    again = script(neo4j_auth_server, "start", "--password", str(neo4j_auth_server.password))
    assert again.returncode == 0, again.stderr
    assert "export NEO4J_USERNAME=neo4j\n" in again.stdout
    assert f"export NEO4J_PASSWORD={neo4j_auth_server.password}\n" in again.stdout
