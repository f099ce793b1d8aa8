"""The embedded default store: one SQLite file, no server.

The model is Neo4j's: entities, posts, channels, mentions, forwards, and one
relationship per (source, type, target) whose provenance is the set of posts
asserting it. Each asserting post is one row of ``assertions`` keyed by
(source, type, target, post_id), so rewriting a post never double-counts and
``relations()`` aggregates the rows into ``StoredRelation``s.

Each ``write`` is one transaction. The file is in WAL mode, so a reader in
another process sees the state before or after a write, never half of it.
The file carries an application id and a schema version: a file that is not a
graphkit database, or one written by a newer schema, is refused unchanged.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from graphkit.errors import StoreError
from graphkit.graph import Channel, GraphBatch, StoredRelation, merge_entities
from graphkit.iterutil import chunked
from graphkit.models import ENTITY_TYPES, Entity, Post
from graphkit.store.base import Filters, GraphStore, Stats, WriteSummary

#: "grkt": tells a graphkit database from any other SQLite file.
APPLICATION_ID = 0x67726B74
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: Keys per ``IN (...)`` lookup, well under SQLite's limit on bound parameters.
LOOKUP_CHUNK = 500
BUSY_TIMEOUT_MS = 10_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    key TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL  -- JSON array
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_type ON entities (type);
CREATE TABLE IF NOT EXISTS channels (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS posts (
    id TEXT PRIMARY KEY,
    channel TEXT,
    text TEXT NOT NULL,
    forwarded_from TEXT,
    date TEXT,
    hashtags TEXT NOT NULL,  -- JSON array
    links TEXT NOT NULL,  -- JSON array
    version_of TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions (
    post_id TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    PRIMARY KEY (post_id, entity_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS forwards (
    post_id TEXT NOT NULL,
    channel_key TEXT NOT NULL,
    PRIMARY KEY (post_id, channel_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS assertions (
    source TEXT NOT NULL,
    type TEXT NOT NULL,
    target TEXT NOT NULL,
    post_id TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    modality TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (source, type, target, post_id)
) WITHOUT ROWID;
"""


def _marks(count: int) -> str:
    return ",".join("?" * count)


class SqliteStore(GraphStore):
    """A graph in one SQLite file (created by ``ensure_schema`` if missing)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        if self.path.exists():
            self._check_header()
            conn, version = self._open_checked()
            if version == SCHEMA_VERSION:
                self._conn = conn
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
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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

    def _writable(self) -> sqlite3.Connection:
        """The connection, once the file exists with the current schema."""
        if self._conn is not None:
            return self._conn
        if not self.path.parent.is_dir():
            raise self._fail("cannot create: no such directory")
        if self.path.exists():
            self._check_header()
        conn, _ = self._open_checked()
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._create_tables(conn)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            conn.close()
            raise self._fail(f"cannot create the schema: {exc}") from None
        self._conn = conn
        return conn

    @staticmethod
    def _create_tables(conn: sqlite3.Connection) -> None:
        # executescript would commit the open transaction: run statement by statement.
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)

    # -- writing -----------------------------------------------------------

    def write(self, batch: GraphBatch) -> WriteSummary:
        conn = self._writable()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                summary = self._write(conn, batch)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise self._fail(f"write failed: {exc}") from None
        return summary

    def _write(self, conn: sqlite3.Connection, batch: GraphBatch) -> WriteSummary:
        summary = WriteSummary()
        present = self._existing(conn, "posts", "id", [p.id for p in batch.posts])
        new_posts = [p for p in batch.posts if p.id not in present]
        summary.posts_present = len(batch.posts) - len(new_posts)
        conn.executemany(
            "INSERT OR IGNORE INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
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
                )
                for p in new_posts
            ),
        )
        summary.posts_created = len(new_posts)
        summary.nodes_created += conn.executemany(
            "INSERT OR IGNORE INTO channels VALUES (?, ?)",
            ((c.key, c.name) for c in batch.channels),
        ).rowcount
        summary.nodes_created += self._merge_entities(conn, batch.entities)
        conn.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", batch.mentions)
        conn.executemany("INSERT OR IGNORE INTO forwards VALUES (?, ?)", batch.forwards)
        created, updated = self._insert_assertions(conn, batch)
        summary.relationships_created = created
        summary.relationships_updated = updated
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

    def _merge_entities(self, conn: sqlite3.Connection, entities: Sequence[Entity]) -> int:
        """Insert new entities, add new aliases to known ones; return how many are new."""
        stored = {e.id: e for e in self._entities_by_key(conn, [e.id for e in entities])}
        new_rows, alias_updates = [], []
        for entity in entities:
            known = stored.get(entity.id)
            if known is None:
                new_rows.append(
                    (entity.id, entity.type, entity.name, json.dumps(list(entity.aliases)))
                )
                continue
            merged = merge_entities(known, entity)
            if merged.aliases != known.aliases:
                alias_updates.append((json.dumps(list(merged.aliases)), entity.id))
        conn.executemany("INSERT INTO entities VALUES (?, ?, ?, ?)", new_rows)
        conn.executemany("UPDATE entities SET aliases = ? WHERE key = ?", alias_updates)
        return len(new_rows)

    def _entities_by_key(self, conn: sqlite3.Connection, keys: Collection[str]) -> Iterator[Entity]:
        for chunk in chunked(dict.fromkeys(keys), LOOKUP_CHUNK):
            rows = conn.execute(
                "SELECT key, type, name, aliases FROM entities "
                f"WHERE key IN ({_marks(len(chunk))})",
                chunk,
            )
            yield from map(_entity, rows)

    @staticmethod
    def _insert_assertions(conn: sqlite3.Connection, batch: GraphBatch) -> tuple[int, int]:
        """Insert the batch's assertions; return (relationships created, updated)."""
        known_relations = {
            key
            for key in dict.fromkeys((a.source, a.type, a.target) for a in batch.assertions)
            if conn.execute(
                "SELECT 1 FROM assertions WHERE source = ? AND type = ? AND target = ? LIMIT 1",
                key,
            ).fetchone()
        }
        grown: set[tuple[str, str, str]] = set()
        for a in batch.assertions:
            inserted = conn.execute(
                "INSERT OR IGNORE INTO assertions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    a.source,
                    a.type,
                    a.target,
                    a.post_id,
                    a.evidence,
                    a.confidence,
                    a.rule,
                    a.modality,
                    a.date,
                ),
            ).rowcount
            if inserted:
                grown.add((a.source, a.type, a.target))
        updated = len(grown & known_relations)
        return len(grown) - updated, updated

    # -- reading -----------------------------------------------------------

    def existing_post_ids(self, ids: Collection[str]) -> set[str]:
        if self._conn is None:
            return set()
        return self._existing(self._conn, "posts", "id", ids)

    def entities(self, filters: Filters | None = None) -> Iterator[Entity]:
        if self._conn is None:
            return iter(())
        sql = "SELECT key, type, name, aliases FROM entities"
        params: list[str] = []
        if filters and filters.types is not None:
            params = sorted(filters.types)
            sql += f" WHERE type IN ({_marks(len(params))})"
        return map(_entity, self._conn.execute(sql + " ORDER BY key", params))

    def relations(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        if self._conn is None:
            return
        sql = (
            "SELECT a.source, a.type, a.target, a.post_id, a.evidence, a.date, a.confidence,"
            " a.modality FROM assertions AS a"
        )
        where, params = _relation_filters(filters)
        if where:
            sql += " WHERE " + " AND ".join(where)
        # Primary-key order streams straight from the table, without a sort.
        rows = self._conn.execute(sql + " ORDER BY a.source, a.type, a.target, a.post_id", params)
        for (source, rtype, target), group in itertools.groupby(rows, key=lambda r: r[:3]):
            relation = _aggregate(source, rtype, target, list(group))
            if _in_period(relation, filters):
                yield relation

    def posts(self) -> Iterator[Post]:
        if self._conn is None:
            return iter(())
        rows = self._conn.execute(
            "SELECT id, channel, text, forwarded_from, date, hashtags, links, version_of"
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
            )
            for row in rows
        )

    def channels(self) -> Iterator[Channel]:
        if self._conn is None:
            return iter(())
        rows = self._conn.execute("SELECT key, name FROM channels ORDER BY key")
        return (Channel(key, name) for key, name in rows)

    def mentions(self) -> Iterator[tuple[str, str]]:
        if self._conn is None:
            return iter(())
        rows = self._conn.execute("SELECT post_id, entity_key FROM mentions ORDER BY 1, 2")
        return ((post_id, key) for post_id, key in rows)

    def stats(self) -> Stats:
        stats = Stats()
        if self._conn is None:
            return stats
        conn = self._conn
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
            relationships: dict[str, int] = dict(
                conn.execute(
                    "SELECT type, count(*) FROM"
                    " (SELECT DISTINCT source, type, target FROM assertions)"
                    " GROUP BY type ORDER BY type"
                )
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


def _relation_filters(filters: Filters | None) -> tuple[list[str], list[str]]:
    """SQL conditions on assertion rows for the filters that apply row by row."""
    where: list[str] = []
    params: list[str] = []
    if filters is None:
        return where, params
    if filters.relations is not None:
        rtypes = sorted(filters.relations)
        where.append(f"a.type IN ({_marks(len(rtypes))})")
        params += rtypes
    if filters.types is not None:
        etypes = sorted(filters.types)
        for end in ("source", "target"):
            where.append(
                f"a.{end} IN (SELECT key FROM entities WHERE type IN ({_marks(len(etypes))}))"
            )
            params += etypes
    return where, params


def _aggregate(source: str, rtype: Any, target: str, rows: list[Any]) -> StoredRelation:
    """One relationship from its assertion rows, provenance in date order (undated last)."""
    rows.sort(key=lambda row: (row[5] is None, row[5] or "", row[3]))
    dates = tuple(row[5] for row in rows)
    known_dates = [d for d in dates if d is not None]
    return StoredRelation(
        source=source,
        type=rtype,
        target=target,
        post_ids=tuple(row[3] for row in rows),
        evidence=tuple(row[4] for row in rows),
        dates=dates,
        confidence=max(row[6] for row in rows),
        count=len(rows),
        first_seen=min(known_dates) if known_dates else None,
        last_seen=max(known_dates) if known_dates else None,
        modality="asserted" if any(row[7] == "asserted" for row in rows) else "planned",
    )


def _in_period(relation: StoredRelation, filters: Filters | None) -> bool:
    """``since`` bounds last_seen, ``until`` bounds first_seen; an undated relation fails both."""
    if filters is None:
        return True
    if filters.since is not None and (
        relation.last_seen is None or relation.last_seen < filters.since
    ):
        return False
    return not (
        filters.until is not None
        and (relation.first_seen is None or relation.first_seen > filters.until)
    )
