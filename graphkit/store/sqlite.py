"""The embedded default store: one SQLite file, no server.

The model is Neo4j's (graph model 2, docs/model.md): entities, posts,
channels, mentions, forwards; each post asserting a relation is one row of
``assertions`` (unique on post_id, source, type, target), and ``relations``
holds one aggregate row per (source, type, target), updated in the write
transaction only from newly inserted assertions: a write costs the same however
often an edge was asserted before, and rewriting a post never double-counts.
The tables and their upgrades are in ``sqlite_schema`` (schema version 3).

Each ``write`` is one transaction. The file is in WAL mode, so a reader in
another process sees the state before or after a write, never half of it.
The file carries an application id and a schema version: a file that is not a
graphkit database, or one written by a newer schema, is refused unchanged; one
of schema version 1 (graph model 1) or 2 is upgraded in place by ``migrate``
(``ensure_schema`` does it too) and refused by the readers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from graphkit.errors import StoreError
from graphkit.extract.kb import slug
from graphkit.graph import (
    Assertion,
    Channel,
    GraphBatch,
    StoredRelation,
    merge_entities,
    rekeyed,
)
from graphkit.iterutil import chunked
from graphkit.models import ENTITY_TYPES, Entity, Post
from graphkit.resolve import is_surname_only, surname_keys, surname_owner
from graphkit.store.base import Filters, GraphStore, Stats, WriteSummary
from graphkit.store.sqlite_open import (
    can_write,
    connect,
    reporting_sqlite_errors,
    table_problem,
)
from graphkit.store.sqlite_schema import (
    ADD_NEW_ASSERTIONS,
    APPLICATION_ID,
    ASSERTION_COLUMNS,
    EDGE_IS,
    INSERT_ASSERTION,
    MODEL_1_VERSION,
    RELATION_COLUMNS,
    RELATION_WITH_SAMPLE,
    SAMPLE_CANDIDATES,
    SAMPLE_ORDER,
    SCHEMA,
    SCHEMA_2_VERSION,
    SCHEMA_VERSION,
    UPDATE_SAMPLE,
    aggregate,
    assertion_row,
    create_tables,
    edge_hash,
    new_samples,
    parse_sample,
    upgrade,
)
from graphkit.store.sqlite_schema import assertion as _assertion

T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: Keys per ``IN (...)`` lookup, well under SQLite's limit on bound parameters.
LOOKUP_CHUNK = 500
BUSY_TIMEOUT_MS = 10_000
#: Page cache per connection, in KiB: a batch's pages of the tables it touches stay
#: in memory (the default 2 MiB made every batch re-read them).
CACHE_KIB = 65_536
#: Log pages before the log is copied into the file: the pages several batches update
#: (aggregates, index pages) are copied once rather than once per batch.
CHECKPOINT_PAGES = 10_000
READ_ONLY = "read-only (the file or its directory cannot be written): cannot write here"


def _edge_params(edge: tuple[str, str, str]) -> tuple[int, str, str, str]:
    return (edge_hash(*edge), *edge)


def _marks(count: int) -> str:
    return ",".join("?" * count)


@reporting_sqlite_errors
class SqliteStore(GraphStore):
    """A graph in one SQLite file (created by ``ensure_schema`` if missing).

    ``read_only`` (or a file that cannot be written) opens it with ``mode=ro``: reads
    work, writes raise StoreError, and no side file is made."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._version = 0
        self.read_only = read_only or (self.path.exists() and not can_write(self.path))
        if self.path.exists():
            self._check_header()
            conn, version = self._open_checked()
            if version == SCHEMA_VERSION and (problem := table_problem(conn, SCHEMA)):
                conn.close()
                raise self._fail(problem)
            if version in (SCHEMA_VERSION, SCHEMA_2_VERSION, MODEL_1_VERSION):
                self._conn, self._version = conn, version
            else:
                conn.close()  # no schema yet: reads see an empty graph

    # -- opening -----------------------------------------------------------

    def _fail(self, problem: str) -> StoreError:
        return StoreError(f"{self.path}: {problem}")

    def _check_header(self) -> None:
        """Refuse a foreign or newer file from its header bytes, before SQLite touches it."""
        if not self.path.is_file():
            raise self._fail("not a file")
        try:
            with self.path.open("rb") as file:
                header = file.read(HEADER_SIZE)
            size = self.path.stat().st_size
        except OSError as exc:
            raise self._fail(f"cannot read: {exc.strerror or exc}") from None
        if not header:
            return  # an empty file is an empty database: nothing to lose
        if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
            raise self._fail("not a graphkit database (not an SQLite file)")
        page_size = int.from_bytes(header[16:18], "big")
        version = int.from_bytes(header[60:64], "big", signed=True)
        app_id = int.from_bytes(header[68:72], "big", signed=True)
        self._check_identity(app_id, version, has_content=size > (page_size or 65536))

    def _check_identity(self, app_id: int, version: int, *, has_content: bool) -> None:
        if app_id != APPLICATION_ID and (app_id != 0 or has_content):
            raise self._fail("not a graphkit database (an SQLite file of another application)")
        if version > SCHEMA_VERSION:
            raise self._fail(
                f"written by a newer graphkit (schema version {version}; "
                f"this graphkit reads up to {SCHEMA_VERSION}): upgrade graphkit"
            )

    def _open_checked(self) -> tuple[sqlite3.Connection, int]:
        """Connect and check identity again (the header may lag behind the WAL).

        Returns the connection and the schema version found.
        """
        try:
            conn = connect(self.path, read_only=self.read_only)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            # In WAL mode NORMAL still commits a batch whole or not at all (a killed load
            # leaves the previous state); it only skips the sync of the log per commit.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
            app_id: int = conn.execute("PRAGMA application_id").fetchone()[0]
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            tables: int = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.Error as exc:
            raise self._fail(f"cannot open: {exc}") from None
        try:
            self._check_identity(app_id, version, has_content=tables > 0)
        except StoreError:
            conn.close()
            raise
        return conn, version

    def ensure_schema(self) -> None:
        self._writable()

    def migrate(self) -> bool:
        if self._conn is None or self._version == SCHEMA_VERSION:
            return False
        self._transaction(self._conn, self._upgrade, "upgrade failed")
        self._version = SCHEMA_VERSION
        return True

    def _writable(self) -> sqlite3.Connection:
        """The connection, once the file exists with the current schema."""
        if self.read_only:
            raise self._fail(READ_ONLY)
        if self._conn is not None:
            self.migrate()
            return self._conn
        if not self.path.parent.is_dir():
            raise self._fail("cannot create: no such directory")
        if self.path.exists():
            self._check_header()
        conn, _ = self._open_checked()
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            self._transaction(conn, self._create_schema, "cannot create the schema")
        except StoreError:
            conn.close()
            raise
        self._conn, self._version = conn, SCHEMA_VERSION
        return conn

    def _transaction(
        self, conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T], failure: str
    ) -> T:
        """``work`` in one write transaction: all of it or none of it."""
        if self.read_only:
            raise self._fail(READ_ONLY)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise self._fail(f"{failure}: {exc}") from None
        return result

    def _create_schema(self, conn: sqlite3.Connection) -> None:
        create_tables(conn)
        if problem := table_problem(conn, SCHEMA):  # a file of graphkit's id, damaged
            raise self._fail(problem)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @staticmethod
    def _upgrade(conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version in (MODEL_1_VERSION, SCHEMA_2_VERSION):  # else upgraded meanwhile
            upgrade(conn, version)

    # -- writing -----------------------------------------------------------

    def write(self, batch: GraphBatch) -> WriteSummary:
        conn = self._writable()
        return self._transaction(conn, lambda c: self._write(c, batch), "write failed")

    def _write(self, conn: sqlite3.Connection, batch: GraphBatch) -> WriteSummary:
        summary = WriteSummary()
        present = self._existing(conn, "posts", "id", [p.id for p in batch.posts])
        new_posts = [p for p in batch.posts if p.id not in present]
        summary.posts_present = len(batch.posts) - len(new_posts)
        conn.executemany(
            f"INSERT OR IGNORE INTO posts VALUES ({_marks(9)})",
            (
                (
                    p.id,
                    p.channel,
                    p.text,
                    p.forwarded_from,
                    p.date,
                    json.dumps(list(p.hashtags), ensure_ascii=False),
                    json.dumps(list(p.links), ensure_ascii=False),
                    p.version_of,
                    p.lang,
                )
                for p in new_posts
            ),
        )
        summary.posts_created = len(new_posts)
        summary.nodes_created += conn.executemany(
            "INSERT OR IGNORE INTO channels VALUES (?, ?)",
            ((c.key, c.name) for c in batch.channels),
        ).rowcount
        new_entities = self._merge_entities(conn, batch.entities)
        summary.nodes_created += len(new_entities)
        conn.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", batch.mentions)
        conn.executemany("INSERT OR IGNORE INTO forwards VALUES (?, ?)", batch.forwards)
        summary.add(self._insert_assertions(conn, batch))
        summary.entities_merged = self._merge_surnames(conn, new_entities)
        summary.nodes_present = len(batch.entities) + len(batch.channels) - summary.nodes_created
        return summary

    @staticmethod
    def _existing(
        conn: sqlite3.Connection, table: str, column: str, keys: Collection[str]
    ) -> set[str]:
        found: set[str] = set()
        for chunk in chunked(dict.fromkeys(keys), LOOKUP_CHUNK):
            rows = conn.execute(
                f"SELECT {column} FROM {table} WHERE {column} IN ({_marks(len(chunk))})", chunk
            )
            found.update(row[0] for row in rows)
        return found

    def _merge_entities(self, conn: sqlite3.Connection, entities: Sequence[Entity]) -> list[Entity]:
        """Insert new entities, add new aliases to known ones; return the new ones."""
        stored = {e.id: e for e in self._entities_by_key(conn, [e.id for e in entities])}
        new, alias_updates = [], []
        for entity in entities:
            known = stored.get(entity.id)
            if known is None:
                new.append(entity)
                continue
            merged = merge_entities(known, entity)
            if merged.aliases != known.aliases:
                alias_updates.append((json.dumps(list(merged.aliases)), entity.id))
        conn.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?)",
            [(e.id, e.type, e.name, json.dumps(list(e.aliases))) for e in new],
        )
        conn.executemany("UPDATE entities SET aliases = ? WHERE key = ?", alias_updates)
        return new

    def _entities_by_key(self, conn: sqlite3.Connection, keys: Collection[str]) -> Iterator[Entity]:
        for chunk in chunked(dict.fromkeys(keys), LOOKUP_CHUNK):
            rows = conn.execute(
                "SELECT key, type, name, aliases FROM entities "
                f"WHERE key IN ({_marks(len(chunk))})",
                chunk,
            )
            yield from map(_entity, rows)

    def _insert_assertions(self, conn: sqlite3.Connection, batch: GraphBatch) -> WriteSummary:
        """Insert the batch's assertions not stored yet and add them to their relations'
        aggregates, in SQL: a search of the relation's key and an update of its row,
        whatever its history."""
        summary = WriteSummary()
        # Rows inserted by this transaction are exactly those above the largest id.
        (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM assertions").fetchone()
        summary.assertions_created = conn.executemany(
            INSERT_ASSERTION, map(assertion_row, batch.assertions)
        ).rowcount
        if summary.assertions_created:
            candidates = conn.execute(SAMPLE_CANDIDATES, (last,)).fetchall()
            # Every new assertion of a relation not stored yet is a candidate, sample NULL.
            created = len({tuple(row[:3]) for row in candidates if row[-1] is None})
            touched = conn.execute(ADD_NEW_ASSERTIONS, (last,)).rowcount
            summary.relationships_created = created
            summary.relationships_updated = touched - created
            conn.executemany(UPDATE_SAMPLE, list(new_samples(conn, candidates)))
        return summary

    def _merge_surnames(self, conn: sqlite3.Connection, new: Sequence[Entity]) -> int:
        """Merge each surname-only person new in this write, or named by a full name new
        in it, into the one full-named person that claims it; return how many. (Only a
        new entity can make a merge possible: the rest was checked when it was new.)"""
        merged = 0
        for single in list(self._entities_by_key(conn, surname_keys(new))):
            if not is_surname_only(single):
                continue
            people = conn.execute(
                "SELECT key, type, name, aliases FROM entities"
                " WHERE type = 'Person' AND instr(key, ?) > 0",
                (slug(single.name),),
            )
            owner = surname_owner(single, map(_entity, people))
            if owner is not None:
                self._merge_entity(conn, single, owner)
                merged += 1
        return merged

    def _merge_entity(self, conn: sqlite3.Connection, old: Entity, new_key: str) -> None:
        """Move everything of ``old`` to the entity ``new_key`` and record the merge.
        The relations it touches are aggregated again from their assertions: merges are
        rare, and two relations may share posts."""
        (new,) = self._entities_by_key(conn, [new_key])
        aliases = merge_entities(new, old).aliases
        conn.execute(
            "UPDATE entities SET aliases = ? WHERE key = ?", (json.dumps(list(aliases)), new_key)
        )
        conn.execute("DELETE FROM entities WHERE key = ?", (old.id,))
        conn.execute(
            "INSERT OR IGNORE INTO mentions SELECT post_id, ? FROM mentions WHERE entity_key = ?",
            (new_key, old.id),
        )
        conn.execute("DELETE FROM mentions WHERE entity_key = ?", (old.id,))
        ends = (old.id, old.id)
        moved = list(
            map(
                _assertion,
                conn.execute(
                    f"SELECT {ASSERTION_COLUMNS} FROM assertions WHERE source = ? OR target = ?",
                    ends,
                ),
            )
        )
        conn.execute("DELETE FROM assertions WHERE source = ? OR target = ?", ends)
        conn.execute("DELETE FROM relations WHERE source = ? OR target = ?", ends)
        touched = set()
        for assertion in moved:
            again = rekeyed(assertion, old.id, new_key)
            if again is not None:
                conn.execute(INSERT_ASSERTION, assertion_row(again))
                touched.add((again.source, again.type, again.target))
        for triple in sorted(touched):
            aggregate(conn, triple)
        conn.execute("UPDATE merges SET into_key = ? WHERE into_key = ?", (new_key, old.id))
        conn.execute("INSERT OR REPLACE INTO merges VALUES (?, ?)", (old.id, new_key))

    def merges(self) -> dict[str, str]:
        """Recorded merges: surname-only key -> the full-named person's key."""
        conn = self._reader()
        if conn is None:
            return {}
        return dict(conn.execute("SELECT key, into_key FROM merges ORDER BY key"))

    # -- reading -----------------------------------------------------------

    def existing_post_ids(self, ids: Collection[str]) -> set[str]:
        if self._conn is None:
            return set()
        return self._existing(self._conn, "posts", "id", ids)

    def entities(self, filters: Filters | None = None) -> Iterator[Entity]:
        conn = self._reader()
        if conn is None:
            return iter(())
        sql = "SELECT key, type, name, aliases FROM entities"
        params: list[str] = []
        if filters and filters.types is not None:
            params = sorted(filters.types)
            sql += f" WHERE type IN ({_marks(len(params))})"
        return map(_entity, conn.execute(sql + " ORDER BY key", params))

    def _reader(self) -> sqlite3.Connection | None:
        """The connection to read from (None: no graph yet); a model-1 file is refused."""
        if self._conn is not None and self._version != SCHEMA_VERSION:
            written_by = (
                "graph model 1" if self._version == MODEL_1_VERSION else f"schema {self._version}"
            )
            raise self._fail(
                f"written by {written_by} of an older graphkit; run graphkit migrate to upgrade it"
            )
        return self._conn

    def relations(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        conn = self._reader()
        if conn is None:
            return iter(())
        where, params = _relation_filters(filters, "r", since="r.last_seen", until="r.first_seen")
        sql = f"SELECT {RELATION_WITH_SAMPLE}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        # Primary-key order streams straight from the table, without a sort.
        return map(_relation, conn.execute(sql + " ORDER BY r.source, r.type, r.target", params))

    def assertions(
        self,
        filters: Filters | None = None,
        edges: Collection[tuple[str, str, str]] | None = None,
    ) -> Iterator[Assertion]:
        conn = self._reader()
        if conn is None:
            return
        where, params = _relation_filters(filters, "a", since="a.date", until="a.date")
        sql = f"SELECT {_columns('a', ASSERTION_COLUMNS)} FROM assertions AS a"
        if edges is None:
            if where:
                sql += " WHERE " + " AND ".join(where)
            order = " ORDER BY a.source, a.type, a.target, a.date IS NULL, a.date, a.post_id"
            yield from map(_assertion, conn.execute(sql + order, params))
            return
        # One index range per edge, in edge order: no sort of the whole table.
        sql += " WHERE " + " AND ".join([EDGE_IS, *where])
        for edge in sorted(set(edges)):
            rows = conn.execute(f"{sql} {SAMPLE_ORDER}", [*_edge_params(edge), *params])
            yield from map(_assertion, rows)

    def relation_aggregates(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        conn = self._reader()
        if conn is None:
            return iter(())
        where, params = _relation_filters(filters, "r", since="r.last_seen", until="r.first_seen")
        # Without the sample: no JSON to decode.
        columns = _columns("r", RELATION_COLUMNS)
        sql = f"SELECT {columns} FROM relations AS r"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = conn.execute(sql + " ORDER BY r.source, r.type, r.target", params)
        return map(_aggregate, rows)

    def assertion_evidence(
        self, edges: Collection[tuple[str, str, str]]
    ) -> Iterator[tuple[tuple[str, str, str], list[tuple[str | None, str, str]]]]:
        conn = self._reader()
        if conn is None:
            return
        sql = f"SELECT date, post_id, evidence FROM assertions WHERE {EDGE_IS} {SAMPLE_ORDER}"
        for edge in sorted(set(edges)):
            rows = conn.execute(sql, _edge_params(edge)).fetchall()
            if rows:
                yield edge, rows

    def assertion_count(self) -> int:
        conn = self._reader()
        if conn is None:
            return 0
        return int(conn.execute("SELECT count(*) FROM assertions").fetchone()[0])

    def posts(self) -> Iterator[Post]:
        conn = self._reader()
        if conn is None:
            return iter(())
        rows = conn.execute(
            "SELECT id, channel, text, forwarded_from, date, hashtags, links, version_of, lang"
            " FROM posts ORDER BY id"
        )
        return (
            Post(
                id=row[0],
                channel=row[1],
                text=row[2],
                forwarded_from=row[3],
                date=row[4],
                hashtags=tuple(json.loads(row[5])),
                links=tuple(json.loads(row[6])),
                version_of=row[7],
                lang=row[8],
            )
            for row in rows
        )

    def channels(self) -> Iterator[Channel]:
        conn = self._reader()
        if conn is None:
            return iter(())
        rows = conn.execute("SELECT key, name FROM channels ORDER BY key")
        return (Channel(key, name) for key, name in rows)

    def mentions(self) -> Iterator[tuple[str, str]]:
        conn = self._reader()
        if conn is None:
            return iter(())
        rows = conn.execute("SELECT post_id, entity_key FROM mentions ORDER BY 1, 2")
        return ((post_id, key) for post_id, key in rows)

    def stats(self) -> Stats:
        stats = Stats()
        conn = self._reader()
        if conn is None:
            return stats
        conn.execute("BEGIN")  # one snapshot for every count
        try:
            by_type: dict[str, int] = dict(
                conn.execute("SELECT type, count(*) FROM entities GROUP BY type")
            )
            counts: dict[str, int] = {
                "Entity": sum(by_type.values()),
                **{t: by_type[t] for t in ENTITY_TYPES if t in by_type},
                "Post": conn.execute("SELECT count(*) FROM posts").fetchone()[0],
                "Channel": conn.execute("SELECT count(*) FROM channels").fetchone()[0],
            }
            stats.assertions = conn.execute("SELECT count(*) FROM assertions").fetchone()[0]
            relationships: dict[str, int] = dict(
                conn.execute("SELECT type, count(*) FROM relations GROUP BY type ORDER BY type")
            )
            relationships["MENTIONS"] = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
            relationships["FORWARDED_FROM"] = conn.execute(
                "SELECT count(*) FROM forwards"
            ).fetchone()[0]
        finally:
            conn.execute("COMMIT")
        stats.labels = {label: n for label, n in counts.items() if n}
        stats.relationships = {rtype: n for rtype, n in relationships.items() if n}
        return stats

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _entity(row: Sequence[Any]) -> Entity:
    key, etype, name, aliases = row
    return Entity(key, etype, name, tuple(json.loads(aliases)))


def _columns(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{column.strip()}" for column in columns.split(","))


def _relation(row: Sequence[Any]) -> StoredRelation:
    source, rtype, target, count, confidence, first_seen, last_seen, modality, sample = row
    return StoredRelation(
        source=source,
        type=rtype,
        target=target,
        count=count,
        confidence=confidence,
        first_seen=first_seen,
        last_seen=last_seen,
        modality=modality,
        sample=parse_sample(sample),
    )


def _aggregate(row: Sequence[Any]) -> StoredRelation:
    source, rtype, target, count, confidence, first_seen, last_seen, modality = row
    return StoredRelation(
        source, rtype, target, count, confidence, first_seen, last_seen, modality, sample=()
    )


def _relation_filters(
    filters: Filters | None, alias: str, *, since: str, until: str
) -> tuple[list[str], list[str]]:
    """SQL conditions on the relation types, the types of both ends, and the period:
    ``since`` and ``until`` name the columns the filter's dates bound."""
    where: list[str] = []
    params: list[str] = []
    if filters is None:
        return where, params
    for column, operator, day in ((since, ">=", filters.since), (until, "<=", filters.until)):
        if day is not None:
            where.append(f"{column} {operator} ?")
            params.append(day)
    if filters.relations is not None:
        rtypes = sorted(filters.relations)
        where.append(f"{alias}.type IN ({_marks(len(rtypes))})")
        params += rtypes
    if filters.types is not None:
        etypes = sorted(filters.types)
        for end in ("source", "target"):
            where.append(
                f"{alias}.{end} IN (SELECT key FROM entities WHERE type IN ({_marks(len(etypes))}))"
            )
            params += etypes
    return where, params
