"""The SQLite store under hostile conditions (issue 15, findings 4 and 8): graphkit's
application id over missing or wrong tables, a damaged page, a read-only file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from measure import run_graphkit

from graphkit.errors import StoreError
from graphkit.store.sqlite import APPLICATION_ID, SCHEMA_VERSION, SqliteStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
READING = [
    ["stats"],
    ["export", "--format", "json", "-o", "{dir}/out.json"],
    ["analyze"],
    ["view", "-o", "{dir}/view.html"],
]
COMMANDS = [["load", str(EXAMPLES / "channel_dump.txt")], *READING]


def fill(store: Path) -> None:
    workdir = store.parent.parent  # the run's stdout and stderr files go there
    done = run_graphkit(
        ["load", str(EXAMPLES / "channel_dump.txt"), "--store", str(store)], workdir
    )
    assert done.code == 0, done.stderr


def one_line(args: list[str], store: Path, code: int = 2) -> str:
    workdir = store.parent
    command = [arg.replace("{dir}", str(workdir)) for arg in args]
    done = run_graphkit([*command, "--store", str(store)], workdir)
    assert done.code == code, (args, done.stderr)
    [line] = done.stderr.splitlines()
    assert line.startswith("graphkit: ") and "Traceback" not in done.stderr
    return line


def graphkit_file(path: Path, *tables: str) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for table in tables:
            conn.execute(table)
    conn.close()
    return path


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: args[0])
@pytest.mark.parametrize(
    "tables",
    [
        (),
        ("CREATE TABLE posts (x)",),
        ("CREATE TABLE entities (key TEXT PRIMARY KEY, kind TEXT)",),
    ],
    ids=["no tables", "one wrong table", "wrong columns"],
)
def test_graphkit_id_over_wrong_tables(tmp_path: Path, args: list[str], tables: tuple[str]) -> None:
    store = graphkit_file(tmp_path / "graph.db", *tables)
    line = one_line(args, store)
    assert str(store) in line and "table" in line


def damage(store: Path) -> None:
    """Overwrite pages past the first with garbage: the header stays graphkit's."""
    data = bytearray(store.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page + 8 :] = b"\xa5" * (len(data) - page - 8)
    store.write_bytes(bytes(data))


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: args[0])
def test_a_damaged_store_is_one_line(tmp_path: Path, args: list[str]) -> None:
    store = tmp_path / "graph.db"
    fill(store)
    damage(store)
    assert str(store) in one_line(args, store)


@pytest.fixture
def read_only_store(tmp_path: Path) -> Iterator[Path]:
    """A filled store, 0444, in a 0555 directory."""
    folder = tmp_path / "locked"
    folder.mkdir()
    store = folder / "graph.db"
    fill(store)
    store.chmod(0o444)
    folder.chmod(0o555)
    yield store
    folder.chmod(0o755)


@pytest.mark.parametrize("args", [["stats"], ["analyze"]], ids=lambda args: args[0])
def test_a_read_only_store_can_be_read(read_only_store: Path, args: list[str]) -> None:
    done = run_graphkit(
        [*args, "--store", str(read_only_store)], read_only_store.parent.parent, as_owner=True
    )
    assert done.code == 0, done.stderr
    assert sorted(p.name for p in read_only_store.parent.iterdir()) == ["graph.db"]


def test_a_read_only_store_exports(read_only_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.json"
    args = ["export", "--format", "json", "-o", str(out), "--store", str(read_only_store)]
    done = run_graphkit(args, tmp_path, as_owner=True)
    assert done.code == 0, done.stderr
    assert out.stat().st_size > 0


def test_a_refused_load_leaves_no_side_files(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    store = tmp_path / "store" / "graph.db"
    fill(store)
    store.chmod(0o444)
    args = ["load", str(EXAMPLES / "result.json"), "--store", str(store)]
    done = run_graphkit(args, tmp_path, as_owner=True)
    assert done.code == 2
    [line] = done.stderr.splitlines()
    assert "read-only" in line
    assert sorted(p.name for p in store.parent.iterdir()) == ["graph.db"]


def test_reading_commands_open_read_only(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    store = tmp_path / "store" / "graph.db"
    fill(store)
    with SqliteStore(store, read_only=True) as graph:
        assert graph.stats().labels["Post"] > 0
        with pytest.raises(StoreError, match="read-only"):
            graph.ensure_schema()
    for args in READING:
        command = [arg.replace("{dir}", str(tmp_path)) for arg in args]
        done = run_graphkit([*command, "--store", str(store)], tmp_path)
        assert done.code == 0, done.stderr
        assert sorted(p.name for p in store.parent.iterdir()) == ["graph.db"]


def test_a_read_only_file_in_a_writable_directory(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    store = tmp_path / "store" / "graph.db"
    fill(store)
    store.chmod(0o444)
    done = run_graphkit(["stats", "--store", str(store)], tmp_path, as_owner=True)
    assert done.code == 0, done.stderr
    assert sorted(p.name for p in store.parent.iterdir()) == ["graph.db"]
