"""Stores as graphkit's SQLite schema 2 wrote them (graph model 2 before schema 3),
for the migration tests.

The statements are schema 2's own: assertions keyed by (source, type, target,
post_id) in a WITHOUT ROWID table, and one ``relations`` row per triple holding
the aggregate and its evidence sample as JSON, folded from the new assertions.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from model1 import write_sqlite_nodes

from graphkit.graph import GraphBatch, StoredRelation, fold
from graphkit.models import Entity
from graphkit.store.sqlite import APPLICATION_ID

SQLITE_SCHEMA_2 = """
CREATE TABLE entities (
    key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX entities_type ON entities (type);
CREATE TABLE channels (key TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE posts (
    id TEXT PRIMARY KEY, channel TEXT, text TEXT NOT NULL, forwarded_from TEXT, date TEXT,
    hashtags TEXT NOT NULL, links TEXT NOT NULL, version_of TEXT, lang TEXT
) WITHOUT ROWID;
CREATE TABLE mentions (
    post_id TEXT NOT NULL, entity_key TEXT NOT NULL, PRIMARY KEY (post_id, entity_key)
) WITHOUT ROWID;
CREATE TABLE forwards (
    post_id TEXT NOT NULL, channel_key TEXT NOT NULL, PRIMARY KEY (post_id, channel_key)
) WITHOUT ROWID;
CREATE TABLE assertions (
    source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, post_id TEXT NOT NULL,
    evidence TEXT NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL,
    modality TEXT NOT NULL, date TEXT,
    PRIMARY KEY (source, type, target, post_id)
) WITHOUT ROWID;
CREATE TABLE relations (
    source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, count INTEGER NOT NULL,
    confidence REAL NOT NULL, first_seen TEXT, last_seen TEXT, modality TEXT NOT NULL,
    sample TEXT NOT NULL,
    PRIMARY KEY (source, type, target)
) WITHOUT ROWID;
CREATE TABLE merges (key TEXT PRIMARY KEY, into_key TEXT NOT NULL) WITHOUT ROWID;
"""


def write_sqlite_schema_2(path: Path, batches: list[GraphBatch]) -> None:
    """A schema-version-2 file holding ``batches`` (no surname merges among them)."""
    conn = sqlite3.connect(path, isolation_level=None)
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], StoredRelation] = {}
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SQLITE_SCHEMA_2)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 2")
        for batch in batches:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT OR IGNORE INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (p.id, p.channel, p.text, p.forwarded_from, p.date,
                     json.dumps(list(p.hashtags)), json.dumps(list(p.links)), p.version_of,
                     p.lang)
                    for p in batch.posts
                ],
            )  # fmt: skip
            write_sqlite_nodes(conn, batch, entities)
            new: dict[tuple[str, str, str], list] = {}
            for a in batch.assertions:
                inserted = conn.execute(
                    "INSERT OR IGNORE INTO assertions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.source, a.type, a.target, a.post_id, a.evidence, a.confidence, a.rule,
                     a.modality, a.date),
                ).rowcount  # fmt: skip
                if inserted:
                    new.setdefault((a.source, a.type, a.target), []).append(a)
            for triple, group in new.items():
                r = relations[triple] = fold(relations.get(triple), group)
                sample = [[e.post_id, e.date, e.sentence] for e in r.sample]
                conn.execute(
                    "INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (r.source, r.type, r.target, r.count, r.confidence, r.first_seen,
                     r.last_seen, r.modality, json.dumps(sample, ensure_ascii=False)),
                )  # fmt: skip
            conn.execute("COMMIT")
    finally:
        conn.close()
