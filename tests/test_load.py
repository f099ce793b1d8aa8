"""The load pipeline: idempotent, incremental, all inputs checked before any write."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from load_inputs import CRITICISM, FORUM, SUMMIT, TALKS, write_dump, write_export
from local_neo4j import wipe

from graphkit.errors import InputError
from graphkit.load import LoadProgress, load
from graphkit.store.base import GraphStore
from graphkit.store.sqlite import SqliteStore


def graph_of(store: GraphStore) -> tuple[object, ...]:
    """Everything a store holds, comparable across stores and runs."""
    return (
        store.stats(),
        {(e.id, e.type, e.name, frozenset(e.aliases)) for e in store.entities()},
        set(store.relations()),
        set(store.assertions()),
        set(store.posts()),
        set(store.mentions()),
    )


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    return SqliteStore(tmp_path / "graph.db")


def test_loading_the_same_posts_again_creates_nothing(tmp_path: Path, store: SqliteStore) -> None:
    dump = write_dump(tmp_path / "mfa.txt", TALKS, CRITICISM, FORUM)
    first = load([dump], store)
    assert first.posts_created == 3
    assert first.relationships_created > 0
    assert first.nodes_created > 0
    before = graph_of(store)
    again = load([dump], store)
    assert again.posts_present == 3
    assert (again.posts_created, again.nodes_created) == (0, 0)
    assert (again.relationships_created, again.relationships_updated) == (0, 0)
    assert graph_of(store) == before


def test_new_posts_add_only_what_is_new(tmp_path: Path, store: SqliteStore) -> None:
    load([write_dump(tmp_path / "may.txt", TALKS, CRITICISM)], store)
    summary = load([write_dump(tmp_path / "autumn.txt", TALKS, FORUM, SUMMIT)], store)
    assert (summary.posts_created, summary.posts_present) == (2, 1)
    assert store.stats().labels["Post"] == 4


def test_loading_in_two_runs_gives_the_graph_of_one_run(tmp_path: Path) -> None:
    """Resolution across runs: the second run knows the first run's entities."""
    spring = write_dump(tmp_path / "spring.txt", TALKS, CRITICISM)
    autumn = write_dump(tmp_path / "autumn.txt", FORUM, SUMMIT)
    with SqliteStore(tmp_path / "one.db") as one_run:
        load([spring, autumn], one_run)
        expected = graph_of(one_run)
    with SqliteStore(tmp_path / "two.db") as two_runs:
        load([spring], two_runs)
        load([autumn], two_runs)
        assert graph_of(two_runs) == expected


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_a_post_given_twice_is_loaded_once(
    tmp_path: Path, store: SqliteStore, batch_size: int
) -> None:
    dump = write_dump(tmp_path / "mfa.txt", TALKS, CRITICISM, FORUM)
    summary = load([dump, dump], store, batch_size=batch_size)
    assert (summary.posts_created, summary.posts_present) == (3, 3)
    assert store.stats().labels["Post"] == 3


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_batch_size_does_not_change_the_graph(
    tmp_path: Path, store: SqliteStore, batch_size: int
) -> None:
    dump = write_dump(tmp_path / "mfa.txt", TALKS, CRITICISM, FORUM, SUMMIT)
    with SqliteStore(tmp_path / "reference.db") as reference:
        load([dump], reference)
        expected = graph_of(reference)
    load([dump], store, batch_size=batch_size)
    assert graph_of(store) == expected


def test_a_bad_input_anywhere_in_the_list_writes_nothing(tmp_path: Path) -> None:
    good = write_dump(tmp_path / "good.txt", TALKS)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50)
    with SqliteStore(tmp_path / "graph.db") as store:
        with pytest.raises(InputError) as bad:
            load([good, binary, good], store)
        assert bad.value.source == str(binary)
        assert store.stats().labels == {}
    assert not (tmp_path / "graph.db").exists()


def test_progress_hears_every_batch(tmp_path: Path, store: SqliteStore) -> None:
    dump = write_dump(tmp_path / "mfa.txt", TALKS, CRITICISM, FORUM, SUMMIT)
    heard: list[LoadProgress] = []
    summary = load([dump], store, batch_size=1, progress=heard.append)
    read = [p.posts_read for p in heard]
    assert read == sorted(read)
    assert read[-1] == 4
    assert len(heard) == 1 + 4  # the start (the inputs' size known), then every batch
    assert heard[-1].summary.posts_created == summary.posts_created == 4
    size = dump.stat().st_size
    assert {p.bytes_total for p in heard} == {size}
    assert [p.bytes_read for p in heard] == sorted(p.bytes_read for p in heard)
    assert heard[-1].bytes_read == size
    heard.clear()
    load([dump], store, batch_size=1, progress=heard.append)
    assert [p.posts_read for p in heard] == [0, 1, 2, 3, 4]  # skipped posts are progress too


def test_load_killed_mid_way_keeps_whole_batches_and_a_rerun_completes(tmp_path: Path) -> None:
    total = 3000  # large enough that a loader on a busy machine is still running when killed
    export = write_export(tmp_path / "result.json", total)
    db = tmp_path / "graph.db"
    command = [sys.executable, "-m", "graphkit.cli", "load", str(export), "--store", str(db)]
    loader = subprocess.Popen([*command, "--batch-size", "10"], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and loader.poll() is None:
            if db.exists():
                with SqliteStore(db) as reader:
                    if reader.stats().labels.get("Post", 0) >= 30:
                        break
            time.sleep(0.02)
        loader.send_signal(signal.SIGKILL)
    finally:
        assert loader.wait(timeout=30) == -signal.SIGKILL  # killed mid-load, not finished
    with SqliteStore(db) as store:
        posts = {post.id for post in store.posts()}
        assert 30 <= len(posts) < total
        assert len(posts) % 10 == 0  # whole batches only
        assert {post_id for post_id, _ in store.mentions()} == posts
        assert {a.post_id for a in store.assertions()} <= posts
        assert sum(r.count for r in store.relations()) == store.assertion_count()
        rerun = load([export], store, batch_size=10)
        assert (rerun.posts_present, rerun.posts_created) == (len(posts), total - len(posts))
        resumed = graph_of(store)
    with SqliteStore(tmp_path / "clean.db") as clean:
        load([export], clean, batch_size=10)
        assert resumed == graph_of(clean)


SURNAME_ONLY = """📍 Moscow, May 15, 2024
🤝 Foreign Minister Sergey Lavrov held talks with Deputy Minister Volkov.
Read in full"""
FULL_NAME = """📍 Moscow, May 20, 2024
🤝 Foreign Minister Sergey Lavrov held talks with Deputy Foreign Minister of Belarus Andrei \
Volkov.
Read in full"""


def orders_of_loading(tmp_path: Path, store_of: Any) -> list[tuple[tuple[object, ...], dict]]:
    """(graph, merges) after loading the surname-only post and the full name's post in
    both orders, one file per load, each order into a fresh store of ``store_of(n)``."""
    surname = write_dump(tmp_path / "surname.txt", SURNAME_ONLY)
    full = write_dump(tmp_path / "full.txt", FULL_NAME)
    found = []
    for number, order in enumerate(([surname, full], [full, surname])):
        with store_of(number) as store:
            for path in order:
                load([path], store)
            found.append((graph_of(store), store.merges()))
    return found


def check_orders(found: list[tuple[tuple[object, ...], dict]]) -> None:
    (surname_first, merges), (full_first, no_merges) = found
    assert surname_first == full_first
    assert merges == {"person:volkov": "person:andrei-volkov"}
    assert no_merges == {}
    entities = {e[0]: e for e in surname_first[1]}  # type: ignore[attr-defined]
    assert "person:volkov" not in entities
    assert "Volkov" in entities["person:andrei-volkov"][3]


def test_resolution_does_not_depend_on_load_order(tmp_path: Path) -> None:
    check_orders(orders_of_loading(tmp_path, lambda n: SqliteStore(tmp_path / f"{n}.db")))


@pytest.mark.neo4j
def test_resolution_does_not_depend_on_load_order_in_neo4j(
    tmp_path: Path, neo4j_store: Any
) -> None:
    def emptied(_number: int) -> Any:
        wipe(neo4j_store)
        return contextlib.nullcontext(neo4j_store)

    check_orders(orders_of_loading(tmp_path, emptied))
