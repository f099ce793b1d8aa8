"""`graphkit load` and `graphkit stats`: summaries, store options, faults."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from load_inputs import CRITICISM, FORUM, TALKS, write_dump
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.store.sqlite import SqliteStore

GRAPHKIT = [sys.executable, "-m", "graphkit.cli"]
NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    return write_dump(tmp_path / "mfa.txt", TALKS, CRITICISM, FORUM)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_graphkit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in NEO4J_ENV}
    return subprocess.run(
        [*GRAPHKIT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, **(env or {})},
    )


def test_load_twice_creates_nothing_the_second_time(
    runner: CliRunner, tmp_path: Path, dump: Path
) -> None:
    db = tmp_path / "graph.db"
    first = runner.invoke(app, ["load", str(dump), "--store", str(db)])
    assert first.exit_code == 0, first.stderr
    assert "posts: 3 loaded, 0 already present" in first.stdout
    assert "relationships: 0 created" not in first.stdout
    second = runner.invoke(app, ["load", str(dump), "--store", str(db)])
    assert second.exit_code == 0, second.stderr
    assert "posts: 0 loaded, 3 already present" in second.stdout
    assert "nodes: 0 created" in second.stdout
    assert "relationships: 0 created, 0 already present with new evidence" in second.stdout
    assert second.stderr == ""  # no progress line when stderr is not a terminal


def test_stats_table_and_json_report_the_store(
    runner: CliRunner, tmp_path: Path, dump: Path
) -> None:
    db = tmp_path / "graph.db"
    assert runner.invoke(app, ["load", str(dump), "--store", str(db)]).exit_code == 0
    with SqliteStore(db) as store:
        stats = store.stats()
    as_json = runner.invoke(app, ["stats", "--store", str(db), "--format", "json"])
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout) == {
        "labels": stats.labels,
        "relationships": stats.relationships,
        "assertions": stats.assertions,
    }
    table = runner.invoke(app, ["stats", "--store", str(db)])
    assert table.exit_code == 0
    rows = dict(line.rsplit(None, 1) for line in table.stdout.splitlines()[3:] if line.strip())
    assert rows["Post"] == "3"
    assert rows["MENTIONS"] == f"{stats.relationships['MENTIONS']:,}"
    assert rows["assertions"] == f"{stats.assertions:,}" != "0"
    assert list(rows)[:2] == ["Entity", "Person"]


@pytest.mark.parametrize(
    ("make_input", "problem"),
    [
        (lambda d: d / "absent.txt", "no such file"),
        (lambda d: d, "is a folder without result.json or messages*.html"),
        (lambda d: (d / "empty.txt", (d / "empty.txt").write_text(""))[0], "is empty"),
        (lambda d: (d / "x.json", (d / "x.json").write_text('{"messages": ['))[0], "invalid JSON"),
        # Issue 15, finding 7: a bare JSON value is no one-post dump.
        (lambda d: (d / "s.json", (d / "s.json").write_text('"hello"'))[0], "bare JSON value"),
        (lambda d: (d / "n.json", (d / "n.json").write_text("42"))[0], "bare JSON value"),
        (lambda d: (d / "p.html", (d / "p.html").write_text("<html>x</html>"))[0], "markup"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    runner: CliRunner, tmp_path: Path, dump: Path, make_input, problem: str
) -> None:
    bad = make_input(tmp_path)
    db = tmp_path / "graph.db"
    result = runner.invoke(app, ["load", str(dump), str(bad), "--store", str(db)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert str(bad) in result.stderr
    assert problem in result.stderr
    assert not db.exists()


def test_posts_from_stdin(runner: CliRunner, tmp_path: Path, dump: Path) -> None:
    db = tmp_path / "graph.db"
    text = dump.read_text(encoding="utf-8")
    result = runner.invoke(app, ["load", "-", "--store", str(db)], input=text)
    assert result.exit_code == 0, result.stderr
    assert "posts: 3 loaded" in result.stdout


def test_user_knowledge_base_adds_entities(runner: CliRunner, tmp_path: Path) -> None:
    dump = write_dump(
        tmp_path / "club.txt",
        "📍 Moscow, June 4, 2024\n🔹 Foreign Minister Sergey Lavrov spoke at the"
        " Valdai Discussion Club.\nRead in full",
    )
    kb = tmp_path / "kb.json"
    club = {"key": "organisation:valdai-club", "type": "Organisation", "name": "Valdai Club"}
    kb.write_text(
        json.dumps({"entities": [{**club, "aliases": ["Valdai Discussion Club"]}]}),
        encoding="utf-8",
    )
    with_kb, without_kb = tmp_path / "with.db", tmp_path / "without.db"
    loaded = runner.invoke(app, ["load", str(dump), "--kb", str(kb), "--store", str(with_kb)])
    assert loaded.exit_code == 0, loaded.stderr
    assert runner.invoke(app, ["load", str(dump), "--store", str(without_kb)]).exit_code == 0
    with SqliteStore(with_kb) as store:
        assert ("organisation:valdai-club", "Valdai Club") in {
            (e.id, e.name) for e in store.entities()
        }
    with SqliteStore(without_kb) as store:
        assert "organisation:valdai-club" not in {e.id for e in store.entities()}


def test_bad_knowledge_base_exits_2_before_writing(
    runner: CliRunner, tmp_path: Path, dump: Path
) -> None:
    kb = tmp_path / "kb.json"
    kb.write_text("{not json", encoding="utf-8")
    db = tmp_path / "graph.db"
    result = runner.invoke(app, ["load", str(dump), "--kb", str(kb), "--store", str(db)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert str(kb) in result.stderr
    assert not db.exists()


def test_store_that_is_not_a_graphkit_database_exits_2_unchanged(
    runner: CliRunner, tmp_path: Path, dump: Path
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n")
    for command in (["load", str(dump)], ["stats"]):
        result = runner.invoke(app, [*command, "--store", str(notes)])
        assert result.exit_code == 2
        assert result.stderr == f"graphkit: {notes}: not a graphkit database (not an SQLite file)\n"
    assert notes.read_text() == "not a database\n"


def test_stats_on_a_missing_store_reports_an_empty_graph_and_creates_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["stats", "--store", str(tmp_path / "new.db"), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"labels": {}, "relationships": {}, "assertions": 0}
    assert list(tmp_path.iterdir()) == []


def test_unreachable_neo4j_exits_3_within_10_seconds(tmp_path: Path, dump: Path) -> None:
    uri = f"bolt://127.0.0.1:{closed_port()}"
    for command in (["load", str(dump)], ["stats"]):
        started = time.monotonic()
        result = run_graphkit(*command, "--neo4j-uri", uri)
        assert time.monotonic() - started < 10
        assert result.returncode == 3, result.stderr
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith("graphkit: ")
        assert "Traceback" not in result.stderr


def test_neo4j_uri_comes_from_the_environment_and_store_wins(tmp_path: Path, dump: Path) -> None:
    uri = f"bolt://127.0.0.1:{closed_port()}"
    from_env = run_graphkit("stats", env={"NEO4J_URI": uri})
    assert from_env.returncode == 3, from_env.stderr
    db = tmp_path / "graph.db"
    explicit = run_graphkit("load", str(dump), "--store", str(db), env={"NEO4J_URI": uri})
    assert explicit.returncode == 0, explicit.stderr
    assert f"store: {db}" in explicit.stdout


@pytest.mark.neo4j
def test_load_into_neo4j_twice(neo4j_uri: str, neo4j_store: object, dump: Path) -> None:
    first = run_graphkit("load", str(dump), env={"NEO4J_URI": neo4j_uri})
    assert first.returncode == 0, first.stderr
    assert "posts: 3 loaded" in first.stdout
    second = run_graphkit("load", str(dump), "--neo4j-uri", neo4j_uri)
    assert second.returncode == 0, second.stderr
    assert "posts: 0 loaded, 3 already present" in second.stdout
    stats = run_graphkit("stats", "--neo4j-uri", neo4j_uri, "--format", "json")
    assert json.loads(stats.stdout)["labels"]["Post"] == 3
