"""Command-line conventions: --version, -h, completion, choices in --help, -o - for
stdout, csv output, analyze --actor alone, query on Neo4j only, progress lines."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import graphkit
from graphkit import cli
from graphkit.cli import app
from graphkit.export import READERS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # help tables on one line each
    return CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "graph.db"
    loaded = CliRunner().invoke(
        app,
        [
            "load",
            str(EXAMPLES / "result.json"),
            str(EXAMPLES / "channel_dump.txt"),
            "--store",
            str(path),
        ],
    )
    assert loaded.exit_code == 0, loaded.output
    return path


def graphkit_main(*args: str) -> subprocess.CompletedProcess[str]:
    code = "from graphkit.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60
    )


def test_version_and_short_help(runner: CliRunner) -> None:
    version = runner.invoke(app, ["--version"])
    assert (version.exit_code, version.stdout) == (0, f"graphkit {graphkit.__version__}\n")
    short = runner.invoke(app, ["-h"])
    assert short.exit_code == 0
    assert short.stdout == runner.invoke(app, ["--help"]).stdout
    # The epilog: the three most common commands.
    for command in ("graphkit load ", "graphkit view -o ", "graphkit query --list"):
        assert command in short.stdout
    assert runner.invoke(app, ["load", "-h"]).exit_code == 0


def test_shell_completion_script() -> None:
    console_script = Path(sys.executable).parent / "graphkit"  # what pip installs
    shown = subprocess.run(
        [str(console_script), "--show-completion", "bash"], capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert "complete -o default -F _graphkit_completion graphkit" in shown.stdout


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        ("export", "graphml|gexf|json|neo4j-admin"),
        ("analyze", "weighted_degree|degree|pagerank|betweenness"),
        ("analyze", "table|json|csv"),
        ("stats", "table|json|csv"),
        ("query", "table|json|csv"),
    ],
)
def test_help_shows_the_choices(runner: CliRunner, command: str, choices: str) -> None:
    shown = runner.invoke(app, [command, "--help"])
    assert choices in shown.stdout
    assert "<str>" not in shown.stdout.replace("NAME|FILE.cypher      <str>", "")


def test_an_unknown_choice_is_a_one_line_usage_error() -> None:
    done = graphkit_main("export", "--format", "dot", "-o", "g.dot")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "'dot' is not one of" in done.stderr


def test_query_runs_on_neo4j_only(runner: CliRunner) -> None:
    shown = runner.invoke(app, ["query", "--help"])
    assert "--store" not in shown.stdout
    assert "Cypher runs on Neo4j only" in shown.stdout
    done = graphkit_main("query", "events-timeline", "--store", "graphkit.db")
    assert done.returncode == 2 and "No such option: --store" in done.stderr
    without_uri = runner.invoke(app, ["query", "events-timeline"])
    assert without_uri.exit_code == 2
    assert "Cypher runs on Neo4j: give --neo4j-uri or set NEO4J_URI" in without_uri.stderr


@pytest.mark.parametrize("output_format", ["json", "graphml", "gexf"])
def test_export_to_stdout(
    runner: CliRunner, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    output_format: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    done = runner.invoke(
        app, ["export", "--store", str(store), "--format", output_format, "-o", "-"]
    )
    assert done.exit_code == 0, done.stderr
    assert not (tmp_path / "-").exists()
    assert done.stderr.startswith("wrote ") and "to standard output" in done.stderr
    # What went to stdout is the file export writes.
    written = tmp_path / f"graph.{output_format}"
    assert runner.invoke(
        app, ["export", "--store", str(store), "--format", output_format, "-o", str(written)]
    ).exit_code == 0  # fmt: skip
    (tmp_path / "stdout").write_bytes(done.stdout_bytes)
    from_stdout = READERS[output_format](tmp_path / "stdout")
    from_file = READERS[output_format](written)
    assert set(from_stdout.edges(keys=True)) == set(from_file.edges(keys=True))
    assert from_stdout.number_of_edges() > 0


def test_neo4j_admin_export_refuses_stdout(runner: CliRunner, store: Path) -> None:
    done = runner.invoke(
        app, ["export", "--store", str(store), "--format", "neo4j-admin", "-o", "-"]
    )
    assert done.exit_code == 2
    assert done.stderr == "graphkit: -o -: neo4j-admin writes a folder, not standard output\n"


def test_stats_csv_matches_json(runner: CliRunner, store: Path) -> None:
    as_csv = runner.invoke(app, ["stats", "--store", str(store), "--format", "csv"])
    as_json = json.loads(
        runner.invoke(app, ["stats", "--store", str(store), "--format", "json"]).stdout
    )
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {(r["kind"], r["name"]): int(r["count"]) for r in rows} == {
        **{("label", name): count for name, count in as_json["labels"].items()},
        **{("relationship", name): count for name, count in as_json["relationships"].items()},
        ("total", "assertions"): as_json["assertions"],
    }


def test_analyze_csv_and_actor_alone(runner: CliRunner, store: Path) -> None:
    whole = runner.invoke(app, ["analyze", "--store", str(store), "--format", "csv", "--top", "3"])
    rows = list(csv.DictReader(io.StringIO(whole.stdout)))
    report = json.loads(
        runner.invoke(
            app, ["analyze", "--store", str(store), "--format", "json", "--top", "3"]
        ).stdout
    )
    central = [row for row in rows if row["section"] == "central"]
    assert [row["key"] for row in central] == [actor["key"] for actor in report["central"]]
    assert {row["section"] for row in rows} >= {"central", "community"}
    members = sum(len(community["members"]) for community in report["communities"])
    assert sum(row["section"] == "community" for row in rows) == members

    alone = runner.invoke(
        app, ["analyze", "--store", str(store), "--format", "csv", "--actor", "Lavrov"]
    )
    alone_rows = list(csv.DictReader(io.StringIO(alone.stdout)))
    assert {row["section"] for row in alone_rows} == {"actor", "neighbour"}
    actor = json.loads(
        runner.invoke(
            app, ["analyze", "--store", str(store), "--format", "json", "--actor", "Lavrov"]
        ).stdout
    )
    assert {row["key"] for row in alone_rows} == {actor["key"]}
    assert len(alone_rows) == 1 + len(actor["neighbours"])


def test_load_writes_progress_lines_when_stderr_is_no_terminal(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "PROGRESS_LOG_SECONDS", 0.0)
    done = runner.invoke(
        app,
        [
            "load",
            str(EXAMPLES / "result.json"),
            "--store",
            str(tmp_path / "g.db"),
            "--batch-size",
            "2",
        ],
    )
    assert done.exit_code == 0, done.stderr
    lines = done.stderr.splitlines()
    size = (EXAMPLES / "result.json").stat().st_size
    assert len(lines) >= 3  # the start, and one per batch of 2 of the 6 posts
    assert all(line.startswith("graphkit: loading: ") for line in lines)
    assert f"of {size / 1e6:,.1f} MB" in lines[-1] and "6 posts read" in lines[-1]
