"""scripts/neo4j-local, on the session's server: settings, reuse, status."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from clean_clone import bare_python, clean_clone
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


def test_a_clean_clone_starts_with_a_python_that_has_no_driver(
    tmp_path: Path, neo4j_server: LocalNeo4j
) -> None:
    """As a newcomer runs it: no .venv, `python3` on PATH without the neo4j driver.

    (``neo4j_server`` first: the shared jars are fetched once, by the session server.)
    """
    clone = clean_clone(tmp_path / "clone")
    env = {**os.environ, "PATH": f"{bare_python(tmp_path / 'bare')}:{os.environ['PATH']}"}
    state_dir = tmp_path / "state"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [str(clone / "scripts" / "neo4j-local"), "--state-dir", str(state_dir), *args]
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=600, check=False
        )

    started = run("start")
    try:
        assert started.returncode == 0, started.stderr
        exported = dict(
            line.removeprefix("export ").split("=", 1)
            for line in started.stdout.splitlines()
            if line.startswith("export ")
        )
        # The printed password is the one the server has: a query through the driver runs.
        with Neo4jStore(
            exported["NEO4J_URI"], user="neo4j", password=exported["NEO4J_PASSWORD"]
        ) as store:
            assert [row["one"] for row in store.run("RETURN 1 AS one", {}, read_only=True)] == [1]
        # Finding 6 of issue 15: the graph and the password hash are the owner's only.
        assert stat.S_IMODE(state_dir.stat().st_mode) == 0o700
        exposed = [p for p in state_dir.rglob("*") if p.lstat().st_mode & 0o077]
        assert exposed == []
        assert len(list(state_dir.rglob("*"))) > 50  # the server's files are in there
        # A password the server does not have is one clear line, after the server stops.
        stopped = run("stop")
        assert stopped.returncode == 0, stopped.stderr
        refused = run("start", "--password", "not-the-password")
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1, refused.stderr
        assert "refused the password given with --password" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        run("stop")


def test_a_password_that_starts_with_a_dash_is_set(
    tmp_path: Path, neo4j_server: LocalNeo4j
) -> None:
    """Generated passwords (token_urlsafe) start with "-" one time in 64: the admin tool
    must take it as the password, not as an option."""
    script_path = Path(__file__).resolve().parents[1] / "scripts" / "neo4j-local"
    state_dir = tmp_path / "state"
    password = "-Starts_with-a-dash"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [str(script_path), "--state-dir", str(state_dir), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)

    started = run("start", f"--password={password}")
    try:
        assert started.returncode == 0, started.stderr
        assert f"export NEO4J_PASSWORD={password}\n" in started.stdout
        uri = next(
            line.split("=", 1)[1]
            for line in started.stdout.splitlines()
            if line.startswith("export NEO4J_URI=")
        )
        with Neo4jStore(uri, user="neo4j", password=password) as store:
            assert [row["one"] for row in store.run("RETURN 1 AS one", {}, read_only=True)] == [1]
    finally:
        run("stop")


@pytest.mark.parametrize("size", ["2g; evil=1", "0m", "2 g", "1t"])
def test_a_page_cache_that_is_no_size_is_refused_before_anything_starts(
    tmp_path: Path, size: str
) -> None:
    state_dir = tmp_path / "state"
    result = subprocess.run(
        [
            sys.executable,
            str(NEO4J_LOCAL),
            "--state-dir",
            str(state_dir),
            "start",
            f"--page-cache={size}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "not a size like 512m or 2g" in result.stderr
    assert not (state_dir / "conf").exists()
