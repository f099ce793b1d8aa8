"""The embedded store: its file format, crashes, concurrent readers, refusals."""

from __future__ import annotations

import hashlib
import itertools
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_graph import FIRST, SECOND

from graphkit.errors import StoreError
from graphkit.graph import build_batch
from graphkit.models import Entity
from graphkit.store.sqlite import APPLICATION_ID, SCHEMA_VERSION, SqliteStore

STORE_TESTS = Path(__file__).parent


def fingerprint(path: Path) -> str:
    """Bytes of the file and of every companion file SQLite may have created."""
    digest = hashlib.sha256()
    for part in sorted(path.parent.glob(path.name + "*")):
        digest.update(part.name.encode() + part.read_bytes())
    return digest.hexdigest()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "graph.db"


def test_new_store_carries_application_id_version_and_wal(db: Path) -> None:
    with SqliteStore(db) as store:
        store.ensure_schema()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reading_a_missing_store_creates_nothing(db: Path) -> None:
    with SqliteStore(db) as store:
        assert store.stats().labels == {}
        assert list(store.relations()) == []
        assert store.existing_post_ids(["mfa:1"]) == set()
    assert not db.exists()


def test_missing_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such directory"):
        SqliteStore(tmp_path / "absent" / "graph.db").ensure_schema()


def test_text_file_is_refused_unchanged(db: Path) -> None:
    db.write_text("Sergey Lavrov held talks with Wang Yi.\n", encoding="utf-8")
    before = fingerprint(db)
    with pytest.raises(StoreError, match="not a graphkit database"):
        SqliteStore(db)
    assert fingerprint(db) == before


def test_sqlite_file_of_another_application_is_refused_unchanged(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Maria Zakharova')")
    conn.commit()
    conn.close()
    before = fingerprint(db)
    with pytest.raises(StoreError, match="another application"):
        SqliteStore(db)
    assert fingerprint(db) == before
    assert dump(db)[1:3] == [
        "CREATE TABLE contacts (name TEXT);",
        "INSERT INTO \"contacts\" VALUES('Maria Zakharova');",
    ]


def test_newer_schema_version_is_refused_unchanged(db: Path) -> None:
    with SqliteStore(db) as store:
        store.ensure_schema()
        store.write(build_batch(FIRST))
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = fingerprint(db)
    with pytest.raises(StoreError, match="newer graphkit") as refused:
        SqliteStore(db)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(refused.value)
    assert fingerprint(db) == before


def test_empty_file_becomes_a_store(db: Path) -> None:
    db.touch()
    with SqliteStore(db) as store:
        assert list(store.entities()) == []
        store.ensure_schema()
        assert store.write(build_batch(FIRST)).posts_created == len(FIRST)


def test_writing_the_same_batch_twice_changes_no_byte_of_the_data(db: Path) -> None:
    with SqliteStore(db) as store:
        store.ensure_schema()
        store.write(build_batch(FIRST))
        once = dump(db)
        again = store.write(build_batch(FIRST))
    assert dump(db) == once
    assert (again.posts_created, again.nodes_created, again.relationships_created) == (0, 0, 0)
    assert again.relationships_updated == 0
    assert again.posts_present == len(FIRST)


def test_failed_write_leaves_the_previous_state(db: Path) -> None:
    with SqliteStore(db) as store:
        store.ensure_schema()
        store.write(build_batch(FIRST))
        before = dump(db)
        broken = build_batch(SECOND)
        broken.entities.append(Entity("nameless", "Person", None))  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="write failed"):
            store.write(broken)
        assert dump(db) == before
        assert store.write(build_batch(SECOND)).posts_created == len(SECOND)


KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, sys.argv[2])
    from sample_graph import SECOND
    from graphkit.graph import build_batch
    from graphkit.models import Entity, Extraction, Post, Relation
    from graphkit.store.sqlite import SqliteStore
    from graphkit.store.sqlite_schema import INSERT_ASSERTION, assertion_row

    class DyingStore(SqliteStore):
        def _insert_assertions(self, conn, batch):
            # Posts, entities and mentions are written; assertions half-written.
            conn.executemany(
                INSERT_ASSERTION,
                map(assertion_row, batch.assertions[: len(batch.assertions) // 2]),
            )
            print("killing", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    people = [Entity(f"person-{n}", "Person", f"Envoy {n}") for n in range(4000)]
    filler = [
        Extraction(
            Post(f"bulk:{n}", "MFA Russia", f"Envoy {n} met with Envoy {n + 1}." * 20),
            (people[n], people[n + 1]),
            (Relation(people[n].id, "MET_WITH", people[n + 1].id, "met", 0.8, "bulk"),),
        )
        for n in range(3999)
    ]
    store = DyingStore(sys.argv[1])
    store._conn.execute("PRAGMA cache_size = 20")  # spill pages to the WAL before commit
    store.write(build_batch(list(SECOND) + filler))
    """
)


def test_writer_killed_mid_write_leaves_the_previous_state(db: Path) -> None:
    with SqliteStore(db) as store:
        store.ensure_schema()
        store.write(build_batch(FIRST))
        before_stats = store.stats()
    before = dump(db)
    writer = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(db), str(STORE_TESTS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert writer.returncode == -signal.SIGKILL, writer.stderr
    assert writer.stdout == "killing\n"
    assert Path(f"{db}-wal").stat().st_size > 0  # the dead transaction reached the log
    assert dump(db) == before
    with SqliteStore(db) as store:
        assert store.stats() == before_stats
        assert store.write(build_batch(SECOND)).posts_created == len(SECOND)


CONCURRENT_WRITER = textwrap.dedent(
    """
    import sys
    from graphkit.graph import build_batch
    from graphkit.models import Entity, Extraction, Post, Relation
    from graphkit.store.sqlite import SqliteStore

    store = SqliteStore(sys.argv[1])
    store.ensure_schema()
    print("ready", flush=True)
    for b in range(int(sys.argv[2])):
        batch = []
        for n in range(int(sys.argv[3])):
            pid = f"{b}-{n}"
            one, two = Entity(f"a{pid}", "Person", f"A {pid}"), Entity(f"b{pid}", "Group", pid)
            batch.append(Extraction(
                Post(pid, "MFA Russia", f"A {pid} supported {pid}.", date="2024-05-01"),
                (one, two),
                (Relation(one.id, "SUPPORTED", two.id, "supported", 0.9, "bulk"),),
            ))
        store.write(build_batch(batch))
    store.close()
    """
)


def test_concurrent_reader_sees_whole_batches_only(db: Path) -> None:
    batches, posts_per_batch = 40, 200
    writer = subprocess.Popen(
        [sys.executable, "-c", CONCURRENT_WRITER, str(db), str(batches), str(posts_per_batch)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline() == "ready\n"
    snapshots = set()
    with SqliteStore(db) as reader:
        while writer.poll() is None or not snapshots:
            stats = reader.stats()
            posts = stats.labels.get("Post", 0)
            snapshots.add(posts)
            assert posts % posts_per_batch == 0
            assert stats.labels.get("Entity", 0) == 2 * posts
            assert stats.relationships.get("MENTIONS", 0) == 2 * posts
            assert stats.relationships.get("SUPPORTED", 0) == posts
            streamed = sum(1 for _ in reader.relations())
            assert streamed % posts_per_batch == 0
            time.sleep(0.01)
        final = reader.stats()
    assert writer.wait(timeout=60) == 0
    assert final.labels["Post"] == batches * posts_per_batch
    assert len(snapshots) > 2  # the reader did run while the writer wrote


def snapshot(store: SqliteStore) -> tuple[object, ...]:
    return (
        store.stats(),
        list(store.entities()),
        list(store.relations()),
        list(store.posts()),
        list(store.mentions()),
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cuts=st.sets(st.integers(min_value=1, max_value=len(FIRST + SECOND) - 1)),
    replays=st.lists(st.integers(min_value=0, max_value=len(FIRST + SECOND) - 1), max_size=4),
)
def test_any_chunking_and_replay_gives_the_graph_of_one_write(
    tmp_path_factory: pytest.TempPathFactory, cuts: set[int], replays: list[int]
) -> None:
    extractions = [*FIRST, *SECOND]
    workdir = tmp_path_factory.mktemp("chunking")
    with SqliteStore(workdir / "once.db") as once:
        once.ensure_schema()
        once.write(build_batch(extractions))
        expected = snapshot(once)
    bounds = [0, *sorted(cuts), len(extractions)]
    with SqliteStore(workdir / "chunked.db") as chunked:
        chunked.ensure_schema()
        for start, end in itertools.pairwise(bounds):
            chunked.write(build_batch(extractions[start:end]))
            for replay in replays:
                if replay < end:  # rewriting a post already written changes nothing
                    assert chunked.write(build_batch([extractions[replay]])).posts_created == 0
        assert snapshot(chunked) == expected


def test_samples_are_the_earliest_evidence_whatever_the_batches_and_their_order(
    tmp_path: Path,
) -> None:
    """One edge asserted by many posts, dated out of order, some undated or on the same
    day: the stored sample (kept by its cut, batch after batch) is the earliest three of
    all its assertions, the same for any load order and batch size."""
    from graphkit.graph import EVIDENCE_SAMPLE, Evidence, sample_order
    from graphkit.models import Extraction, Post, Relation

    people = (Entity("envoy-a", "Person", "Envoy A"), Entity("envoy-b", "Person", "Envoy B"))
    days = [None, "2021-05-03", "2019-01-09", "2019-01-09", None, "2018-12-30", "2022-07-01"]
    posts = [
        Extraction(
            Post(f"edge:{n:03d}", "MFA Russia", f"Envoy A met with Envoy B ({n}).", date=day),
            people,
            (Relation("envoy-a", "MET_WITH", "envoy-b", f"met ({n})", 0.8, "bulk"),),
        )
        for n, day in enumerate(days * 6)
    ]
    expected = tuple(
        sorted(
            (Evidence(p.post.id, p.post.date, f"met ({n})") for n, p in enumerate(posts)),
            key=sample_order,
        )[:EVIDENCE_SAMPLE]
    )
    orders = {"as dated": posts, "reversed": posts[::-1], "shuffled": posts[1::2] + posts[::2]}
    for name, order in orders.items():
        for size in (1, 5, len(order)):
            with SqliteStore(tmp_path / f"{name}-{size}.db") as store:
                for start in range(0, len(order), size):
                    store.write(build_batch(order[start : start + size]))
                (relation,) = store.relations()
            assert relation.count == len(posts)
            assert relation.sample == expected, (name, size)
