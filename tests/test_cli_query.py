"""`graphkit query` without a server: the list, and the errors found before connecting."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit import querypack
from graphkit.cli import app

NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def closed_bolt_uri() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"bolt://127.0.0.1:{port}"


def test_list_names_every_query_with_its_question(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    pack = querypack.pack()
    assert len(lines) == len(pack)
    for line, query in zip(lines, pack, strict=True):
        assert line.split()[0] == query.name
        assert line.endswith(query.question)


def test_unknown_name_lists_what_exists(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "who-knows-whom", "--neo4j-uri", closed_bolt_uri()])
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("graphkit: who-knows-whom: no such query in the pack; queries: ")
    assert "ego-network" in line and "events-timeline" in line


def test_no_name_is_an_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query"])
    assert result.exit_code == 2
    assert "graphkit query --list" in result.stderr


def test_missing_parameter_of_a_users_file(runner: CliRunner, tmp_path: Path) -> None:
    own = tmp_path / "mine.cypher"
    own.write_text("MATCH (e:Entity {key: $key}) RETURN e.name AS name LIMIT $limit\n")
    result = runner.invoke(
        app, ["query", str(own), "--param", "limit=3", "--neo4j-uri", closed_bolt_uri()]
    )
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line == ("graphkit: mine: missing parameter(s) key; pass them as --param key=VALUE")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--param", "depth"], "graphkit: --param: expected KEY=VALUE, got 'depth'"),
        (["--param", "depth=deep"], "graphkit: ego-network: depth: bad value 'deep'"),
        (["--param", "width=3"], "graphkit: ego-network: unknown parameter 'width'"),
    ],
)
def test_bad_parameters(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["query", "ego-network", *args, "--neo4j-uri", closed_bolt_uri()])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1


def test_without_neo4j_says_how_to_give_one(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "actors-overview"])
    assert result.exit_code == 2
    assert result.stderr == (
        "graphkit: query: Cypher runs on Neo4j: give --neo4j-uri or set NEO4J_URI\n"
    )


def test_unreachable_neo4j_exits_3(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "actors-overview", "--neo4j-uri", closed_bolt_uri()])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("graphkit: ")
