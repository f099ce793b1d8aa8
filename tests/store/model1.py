"""Stores as graphkit's graph model 1 wrote them, for the migration tests.

The statements are model 1's own (graphkit before model 2): SQLite schema
version 1 (assertion rows, no ``relations`` table, posts without ``lang``) and
Neo4j relationships carrying their provenance as parallel lists, no Assertion
nodes and no Meta node.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from graphkit.graph import GraphBatch, merge_entities
from graphkit.models import Entity
from graphkit.store.neo4j import Neo4jStore
from graphkit.store.sqlite import APPLICATION_ID

SQLITE_SCHEMA_1 = """
CREATE TABLE entities (
    key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX entities_type ON entities (type);
CREATE TABLE channels (key TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE posts (
    id TEXT PRIMARY KEY, channel TEXT, text TEXT NOT NULL, forwarded_from TEXT, date TEXT,
    hashtags TEXT NOT NULL, links TEXT NOT NULL, version_of TEXT
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
"""


def write_sqlite_nodes(
    conn: sqlite3.Connection, batch: GraphBatch, entities: dict[str, Entity]
) -> None:
    """Entities (aliases merged into ``entities``), channels, mentions and forwards of
    ``batch``, as schemas 1 and 2 wrote them."""
    for e in batch.entities:
        entities[e.id] = merge_entities(entities[e.id], e) if e.id in entities else e
    conn.executemany(
        "INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?)",
        [
            (e.id, e.type, e.name, json.dumps(list(e.aliases)))
            for e in (entities[b.id] for b in batch.entities)
        ],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO channels VALUES (?, ?)", [(c.key, c.name) for c in batch.channels]
    )
    conn.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", batch.mentions)
    conn.executemany("INSERT OR IGNORE INTO forwards VALUES (?, ?)", batch.forwards)


def write_sqlite_model_1(path: Path, batches: list[GraphBatch]) -> None:
    """A schema-version-1 file holding ``batches`` (entities as first written)."""
    conn = sqlite3.connect(path, isolation_level=None)
    entities: dict[str, Entity] = {}
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SQLITE_SCHEMA_1)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        for batch in batches:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT OR IGNORE INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (p.id, p.channel, p.text, p.forwarded_from, p.date,
                     json.dumps(list(p.hashtags)), json.dumps(list(p.links)), p.version_of)
                    for p in batch.posts
                ],
            )  # fmt: skip
            write_sqlite_nodes(conn, batch, entities)
            conn.executemany(
                "INSERT OR IGNORE INTO assertions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (a.source, a.type, a.target, a.post_id, a.evidence, a.confidence, a.rule,
                     a.modality, a.date)
                    for a in batch.assertions
                ],
            )  # fmt: skip
            conn.execute("COMMIT")
    finally:
        conn.close()


# Model 1's statements, as its Neo4j store ran them.
NEO4J_POSTS_1 = """
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p += row.properties
"""
NEO4J_ENTITIES_1 = """
UNWIND $rows AS row
MERGE (e:Entity {{key: row.key}})
  ON CREATE SET e:{label}, e.name = row.name, e.aliases = row.aliases
WITH e, [alias IN row.aliases + [row.name]
         WHERE alias <> e.name AND NOT alias IN e.aliases] AS new_aliases
WHERE size(new_aliases) > 0
SET e.aliases = COLLECT {{
  UNWIND e.aliases + new_aliases AS alias
  WITH DISTINCT alias
  RETURN alias ORDER BY alias
}}
"""
NEO4J_MENTIONS_1 = """
UNWIND $rows AS row
MATCH (p:Post {id: row[0]})
MATCH (e:Entity {key: row[1]})
MERGE (p)-[:MENTIONS]->(e)
"""
NEO4J_CHANNELS_1 = """
UNWIND $rows AS row
MERGE (c:Channel {key: row.key})
  ON CREATE SET c.name = row.name
"""
NEO4J_FORWARDS_1 = """
UNWIND $rows AS row
MATCH (p:Post {id: row[0]})
MATCH (c:Channel {key: row[1]})
MERGE (p)-[:FORWARDED_FROM]->(c)
"""
NEO4J_RELATIONS_1 = """
UNWIND $rows AS row
MATCH (source:Entity {{key: row.source}})
MATCH (target:Entity {{key: row.target}})
MERGE (source)-[r:{rel_type}]->(target)
  ON CREATE SET r.post_ids = [], r.evidence = [], r.dates = [], r.rules = [],
                r.confidence = 0.0, r.modality = 'planned'
WITH r, [a IN row.assertions WHERE NOT a.post_id IN r.post_ids] AS fresh
WHERE size(fresh) > 0
SET r.post_ids = r.post_ids + [a IN fresh | a.post_id],
    r.evidence = r.evidence + [a IN fresh | a.evidence],
    r.dates = r.dates + [a IN fresh | a.date],
    r.rules = r.rules + [a IN fresh | a.rule],
    r.confidence = reduce(top = r.confidence, a IN fresh |
                          CASE WHEN a.confidence > top THEN a.confidence ELSE top END),
    r.modality = CASE WHEN r.modality = 'asserted'
                        OR any(a IN fresh WHERE a.modality = 'asserted')
                      THEN 'asserted' ELSE 'planned' END
SET r.count = size(r.post_ids),
    r.first_seen = reduce(first = null, d IN r.dates |
                          CASE WHEN d = '' OR first <= d THEN first ELSE d END),
    r.last_seen = reduce(last = null, d IN r.dates |
                         CASE WHEN d = '' OR last >= d THEN last ELSE d END)
"""


def write_neo4j_model_1(store: Neo4jStore, batches: list[GraphBatch]) -> None:
    """The graph of ``batches`` as model 1 wrote it."""

    def run(query: str, rows: list[Any]) -> None:
        if rows:
            list(store.run(query, {"rows": rows}, read_only=False))

    for batch in batches:
        run(
            NEO4J_POSTS_1,
            [
                {
                    "id": p.id,
                    "properties": {
                        k: v
                        for k, v in {
                            "text": p.text,
                            "date": p.date,
                            "channel": p.channel,
                            "hashtags": list(p.hashtags),
                            "links": list(p.links),
                            "forwarded_from": p.forwarded_from,
                            "version_of": p.version_of,
                        }.items()
                        if v is not None
                    },
                }
                for p in batch.posts
            ],
        )
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in batch.entities:
            by_label[e.type].append({"key": e.id, "name": e.name, "aliases": list(e.aliases)})
        for label, rows in by_label.items():
            run(NEO4J_ENTITIES_1.format(label=label), rows)
        run(NEO4J_CHANNELS_1, [{"key": c.key, "name": c.name} for c in batch.channels])
        run(NEO4J_MENTIONS_1, [list(m) for m in batch.mentions])
        run(NEO4J_FORWARDS_1, [list(f) for f in batch.forwards])
        grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for a in batch.assertions:
            grouped[(a.type, a.source, a.target)].append(
                {"post_id": a.post_id, "evidence": a.evidence, "date": a.date or "",
                 "rule": a.rule, "confidence": a.confidence, "modality": a.modality}
            )  # fmt: skip
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (rel_type, source, target), assertions in grouped.items():
            by_type[rel_type].append({"source": source, "target": target, "assertions": assertions})
        for rel_type, rows in by_type.items():
            run(NEO4J_RELATIONS_1.format(rel_type=rel_type), rows)
