"""Bad input and unreachable stores give one line, never a traceback (issue 15,
findings 4, 5 and 9): view paths, URI schemes, integer parameters, driver logs,
a port that never answers, and writes hidden in a query file."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from measure import run_graphkit
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.errors import InputError, StoreUnavailable
from graphkit.store.neo4j import Neo4jStore

NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def one_line(result: object, code: int) -> str:
    assert result.exit_code == code, result.stderr
    stderr: str = result.stderr
    [line] = stderr.splitlines()
    assert line.startswith("graphkit: ")
    return line


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def loaded_store(tmp_path: Path, runner: CliRunner) -> Path:
    store = tmp_path / "graph.db"
    examples = Path(__file__).resolve().parents[2] / "examples" / "channel_dump.txt"
    assert runner.invoke(app, ["load", str(examples), "--store", str(store)]).exit_code == 0
    return store


def test_view_onto_a_directory(runner: CliRunner, loaded_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "views"
    target.mkdir()
    line = one_line(
        runner.invoke(app, ["view", "-o", str(target), "--store", str(loaded_store)]), 2
    )
    assert "is a directory" in line


def test_view_into_a_read_only_directory(loaded_store: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    try:
        args = ["view", "-o", str(locked / "v.html"), "--store", str(loaded_store)]
        done = run_graphkit(args, tmp_path, as_owner=True)
        assert done.code == 2, done.stderr
        [line] = done.stderr.splitlines()
        assert line.startswith("graphkit: ") and "not writable" in line
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_view_into_a_missing_directory(
    runner: CliRunner, loaded_store: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "v.html"
    result = runner.invoke(app, ["view", "-o", str(target), "--store", str(loaded_store)])
    assert "does not exist" in one_line(result, 2)


@pytest.mark.parametrize(
    "uri", ["http://127.0.0.1:7474", "https://example.org", "ftp://x", "127.0.0.1:7687"]
)
def test_uri_schemes_other_than_bolt_and_neo4j_are_refused(runner: CliRunner, uri: str) -> None:
    with pytest.raises(InputError, match="not a Neo4j URI"):
        Neo4jStore(uri)
    line = one_line(runner.invoke(app, ["stats"], env={"NEO4J_URI": uri}), 2)
    assert "bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc" in line


@pytest.mark.parametrize(
    "param", ["depth=9223372036854775808", "depth=-9223372036854775809", "limit=10" + "0" * 30]
)
def test_integer_parameters_are_range_checked(runner: CliRunner, param: str) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = runner.invoke(app, ["query", "ego-network", "-p", param, "--neo4j-uri", uri])
    assert "out of the range of a 64-bit integer" in one_line(result, 2)


def test_driver_log_lines_stay_off_stderr(runner: CliRunner) -> None:
    uri = f"neo4j://127.0.0.1:{free_port()}"  # routing: the driver logs its failures
    line = one_line(runner.invoke(app, ["stats", "--neo4j-uri", uri]), 3)
    assert "unreachable" in line
    verbose = runner.invoke(app, ["stats", "--neo4j-uri", uri, "--verbose"])
    assert verbose.exit_code == 3
    assert len(verbose.stderr.splitlines()) > 1  # the driver's own lines, asked for


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never says anything."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_a_port_that_never_answers_fails_with_a_margin(silent_port: int, scheme: str) -> None:
    # The promise is exit 3 within 10 s for the whole command, start-up included: the
    # driver's part must leave room for a loaded machine.
    started = time.monotonic()
    with pytest.raises(StoreUnavailable):
        Neo4jStore(f"{scheme}://127.0.0.1:{silent_port}")
    assert time.monotonic() - started < 7.0


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (:Post {id: 'sneaky'})",
        "CREATE/**/(:Post {id: 'sneaky'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (p:Post) SET p.text = 'x' RETURN count(p) AS n",
    ],
)
def test_query_files_that_write_need_write(
    runner: CliRunner, neo4j_store: Neo4jStore, neo4j_uri: str, tmp_path: Path, cypher: str
) -> None:
    from graphkit.graph import GraphBatch
    from graphkit.models import Post

    neo4j_store.write(GraphBatch(posts=[Post(id="kept", channel="MFA", text="Kept.")]))
    own = tmp_path / "mine.cypher"
    own.write_text(cypher + "\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(own), "--neo4j-uri", neo4j_uri])
    line = one_line(result, 2)
    assert "read transaction unless --write" in line
    assert neo4j_store.existing_post_ids(["kept", "sneaky"]) == {"kept"}
    assert [post.text for post in neo4j_store.posts()] == ["Kept."]
    written = runner.invoke(app, ["query", str(own), "--write", "--neo4j-uri", neo4j_uri])
    assert written.exit_code == 0, written.stderr
