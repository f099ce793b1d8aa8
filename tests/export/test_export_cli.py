from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.export import READERS, to_networkx
from graphkit.store.base import GraphStore

runner = CliRunner()


@pytest.fixture
def store_file(loaded_store: GraphStore, tmp_path: Path) -> Path:
    return tmp_path / "graph.db"  # where loaded_store keeps the sample


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_export_writes_the_filtered_graph(
    loaded_store: GraphStore, store_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "criticism.graphml"
    code, out, _ = run(
        "export", "--store", store_file, "--format", "graphml", "-o", path,
        "--relations", "CRITICISED", "--types", "Person,Organisation,Country",
    )  # fmt: skip
    assert code == 0
    graph = READERS["graphml"](path)
    expected = to_networkx(
        loaded_store, relations=["CRITICISED"], types=["Person", "Organisation", "Country"]
    )
    assert set(graph.edges(keys=True)) == set(expected.edges(keys=True))
    assert f"wrote {expected.number_of_nodes()} actors" in out


def test_export_neo4j_admin_prints_the_command(store_file: Path, tmp_path: Path) -> None:
    code, out, _ = run(
        "export", "--store", store_file, "--format", "neo4j-admin", "-o", tmp_path / "bulk"
    )
    assert code == 0
    lines = out.splitlines()
    command = next(line for line in lines if line.startswith("neo4j-admin "))
    assert command.startswith("neo4j-admin database import full neo4j ")
    assert str((tmp_path / "bulk").resolve()) in command
    script = (tmp_path / "bulk" / "after-import.cypher").resolve()
    assert lines[-1] == f"cypher-shell -d neo4j -f {script}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "json", "-o", "missing/dir/g.json"], "does not exist"),
        (["--format", "json", "-o", "g.json", "--types", "Persons"], "--types: unknown Persons"),
        (["--format", "json", "-o", "g.json", "--since", "last week"], "--since: 'last week'"),
        (["--format", "json", "-o", "g.json", "--since", "2031-01-01"], "match the filters"),
    ],
)
def test_export_errors(store_file: Path, tmp_path: Path, args: list[str], message: str) -> None:
    args = [str(tmp_path / a) if a.startswith(("g.", "missing")) else a for a in args]
    code, _, err = run("export", "--store", store_file, *args)
    assert code == 2
    assert err.startswith("graphkit: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert list(tmp_path.glob("g.*")) == []


def test_export_from_an_empty_store(tmp_path: Path) -> None:
    code, _, err = run(
        "export", "--store", tmp_path / "none.db", "--format", "gexf", "-o", tmp_path / "g.gexf"
    )
    assert code == 2
    assert "no entities" in err and len(err.strip().splitlines()) == 1


def test_analyze_json(loaded_store: GraphStore, store_file: Path) -> None:
    code, out, _ = run("analyze", "--store", store_file, "--format", "json", "--top", "3")
    assert code == 0
    report = json.loads(out)
    assert len(report["central"]) == 3
    assert report["actor"] is None
    assert report["criticism"][0]["source"] == "sergey-lavrov"
    assert report["nodes"] == to_networkx(loaded_store).number_of_nodes()
    # --actor: that actor only.
    code, out, _ = run("analyze", "--store", store_file, "--format", "json", "--actor", "Zakharova")
    assert code == 0
    actor = json.loads(out)
    assert actor["key"] == "maria-zakharova" and "central" not in actor


def test_analyze_table(store_file: Path) -> None:
    code, out, _ = run("analyze", "--store", store_file)
    assert code == 0
    for heading in (
        "Most central actors",
        "Communities",
        "Strongest criticism",
        "Strongest support",
    ):
        assert heading in out
    code, out, _ = run("analyze", "--store", store_file, "--actor", "lavrov")
    assert code == 0
    assert out.startswith("Sergey Lavrov (Person, key sergey-lavrov)")
    assert "Most central actors" not in out and "Communities" not in out


def test_analyze_unknown_actor_and_empty_store(store_file: Path, tmp_path: Path) -> None:
    code, _, err = run("analyze", "--store", store_file, "--actor", "Nobody")
    assert (code, err.strip()) == (
        2,
        "graphkit: --actor: no actor with the key, name or alias 'Nobody'",
    )
    code, _, err = run("analyze", "--store", tmp_path / "none.db")
    assert code == 2 and "no entities" in err
