"""The SQLite store's tables (schema version 3) and the in-place upgrades to them.

Schema 3 keeps graph model 2 (docs/model.md) and lays it out so that a write costs
the same however long the store's history:

- ``assertions`` has an integer key (``id``), so a batch's rows are appended at the
  end of the table; ``assertions_key`` (post, triple) is the idempotency key, and a
  batch's entries land side by side in it (its posts have neighbouring ids);
  ``assertions_edge`` indexes ``edge``, a 64-bit hash of the triple: small entries,
  appended within the range of their edge.
- ``relations`` holds the aggregate's scalars, updated by one upsert from the rows the
  batch inserted (ids above the largest before it), and the evidence sample as the
  ids of its assertions with ``sample_cut``, the sort key of its last item: only new
  assertions before the cut (or of a relation with fewer items) rewrite it.

Upgrades, in place, nothing lost (every aggregate and sample is derived from the
assertions): schema 1 (graph model 1: assertions only) and schema 2 (assertions keyed
by (source, type, target, post_id), the sample's sentences as JSON in ``relations``)
have their assertions copied into the new table and their relations computed again.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from graphkit.graph import EVIDENCE_SAMPLE, Assertion, Evidence, fold, sample_order

#: "grkt": tells a graphkit database from any other SQLite file.
APPLICATION_ID = 0x67726B74
SCHEMA_VERSION = 3
#: Schema version 2: graph model 2 with the sample in ``relations``.
SCHEMA_2_VERSION = 2
#: Schema version 1 is graph model 1.
MODEL_1_VERSION = 1

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
    version_of TEXT,
    lang TEXT
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
    id INTEGER PRIMARY KEY,  -- kept by VACUUM: samples refer to it
    source TEXT NOT NULL,
    type TEXT NOT NULL,
    target TEXT NOT NULL,
    post_id TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    modality TEXT NOT NULL,
    date TEXT,
    edge INTEGER NOT NULL  -- edge_hash(source, type, target)
);
CREATE UNIQUE INDEX IF NOT EXISTS assertions_key ON assertions (post_id, source, type, target);
CREATE INDEX IF NOT EXISTS assertions_edge ON assertions (edge);
CREATE TABLE IF NOT EXISTS relations (
    source TEXT NOT NULL,
    type TEXT NOT NULL,
    target TEXT NOT NULL,
    count INTEGER NOT NULL,
    confidence REAL NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    modality TEXT NOT NULL,
    sample TEXT NOT NULL,  -- JSON array of the ids of the sample's assertions, in order
    sample_cut TEXT,  -- sample_key of its last item when full, else NULL
    PRIMARY KEY (source, type, target)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS merges (
    key TEXT PRIMARY KEY,  -- a surname-only person's key, merged into
    into_key TEXT NOT NULL  -- the full-named person's
) WITHOUT ROWID;
"""

ASSERTION_COLUMNS = "source, type, target, post_id, evidence, confidence, rule, modality, date"
RELATION_COLUMNS = "source, type, target, count, confidence, first_seen, last_seen, modality"
INSERT_ASSERTION = (
    f"INSERT OR IGNORE INTO assertions ({ASSERTION_COLUMNS}, edge) VALUES ({','.join('?' * 10)})"
)
#: The aggregate of a write's new assertions (id above ``?``) per triple, added to the
#: stored one (dates as fold's: empty is no date). A new relation's sample is written
#: next, from SAMPLE_CANDIDATES.
ADD_NEW_ASSERTIONS = """
INSERT INTO relations
SELECT source, type, target, count(*), max(confidence), min(nullif(date, '')),
    max(nullif(date, '')), CASE WHEN max(modality = 'asserted') THEN 'asserted'
    ELSE 'planned' END, '[]', NULL
FROM assertions WHERE id > ? GROUP BY source, type, target
ON CONFLICT (source, type, target) DO UPDATE SET
    count = count + excluded.count,
    confidence = max(confidence, excluded.confidence),
    first_seen = coalesce(min(first_seen, excluded.first_seen), first_seen, excluded.first_seen),
    last_seen = coalesce(max(last_seen, excluded.last_seen), last_seen, excluded.last_seen),
    modality = CASE WHEN excluded.modality = 'asserted' THEN 'asserted' ELSE modality END
"""
#: The new assertions (id above ``?``) that may enter their relation's sample, with the
#: stored sample: those before its cut, or of a relation whose sample is not full.
SAMPLE_CANDIDATES = """
SELECT n.source, n.type, n.target, n.id, n.date, n.post_id, r.sample
FROM assertions AS n LEFT JOIN relations AS r
    ON r.source = n.source AND r.type = n.type AND r.target = n.target
WHERE n.id > ? AND (r.sample_cut IS NULL OR
    (CASE WHEN n.date IS NULL THEN '1' ELSE '0' || n.date END) || char(1) || n.post_id
    < r.sample_cut)
"""
UPDATE_SAMPLE = (
    "UPDATE relations SET sample = ?, sample_cut = ? WHERE source = ? AND type = ? AND target = ?"
)
UPSERT_RELATION = "INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#: The relations' columns and their sample's [post_id, date, sentence] items (in JSON,
#: in no order), to follow ``SELECT``.
RELATION_WITH_SAMPLE = (
    ", ".join(f"r.{column}" for column in RELATION_COLUMNS.split(", "))
    + ", (SELECT json_group_array(json_array(a.post_id, a.date, a.evidence))"
    " FROM json_each(r.sample) AS j JOIN assertions AS a ON a.id = j.value)"
    " FROM relations AS r"
)
#: The assertions of one edge: its hash through the index, then the triple.
EDGE_IS = "edge = ? AND source = ? AND type = ? AND target = ?"
SAMPLE_ORDER = "ORDER BY date IS NULL, date, post_id"
#: Ids per ``IN (...)``, well under SQLite's limit on bound parameters.
IDS_CHUNK = 500

Ranked = tuple[str, int]  # (sample_key, assertion id)


def sample_key(date: str | None, post_id: str) -> str:
    """``graph.sample_order`` as one string, the order SQLite compares ``sample_cut`` in
    (SAMPLE_CANDIDATES computes it the same way)."""
    return ("1" if date is None else "0" + date) + "\x01" + post_id


def sample_values(ranked: Sequence[Ranked]) -> tuple[str, str | None]:
    """The ``sample`` and ``sample_cut`` columns of a relation whose assertions include
    ``ranked``: its first EVIDENCE_SAMPLE."""
    first = sorted(ranked)[:EVIDENCE_SAMPLE]
    cut = first[-1][0] if len(first) == EVIDENCE_SAMPLE else None
    return json.dumps([assertion_id for _, assertion_id in first]), cut


def new_samples(
    conn: sqlite3.Connection, candidates: Iterable[Sequence[Any]]
) -> Iterator[tuple[Any, ...]]:
    """UPDATE_SAMPLE's values for the relations SAMPLE_CANDIDATES' rows change."""
    stored: dict[tuple[str, str, str], list[int]] = {}
    ranked: dict[tuple[str, str, str], list[Ranked]] = {}
    for source, rtype, target, assertion_id, date, post_id, sample in candidates:
        triple = (source, rtype, target)
        if triple not in stored:
            stored[triple] = json.loads(sample) if sample else []
        ranked.setdefault(triple, []).append((sample_key(date, post_id), assertion_id))
    ids = [assertion_id for sample in stored.values() for assertion_id in sample]
    keys: dict[int, str] = {}
    for start in range(0, len(ids), IDS_CHUNK):
        chunk = ids[start : start + IDS_CHUNK]
        rows = conn.execute(
            f"SELECT id, date, post_id FROM assertions WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        keys.update(
            (assertion_id, sample_key(date, post_id)) for assertion_id, date, post_id in rows
        )
    for triple, new in ranked.items():
        old = [(keys[assertion_id], assertion_id) for assertion_id in stored[triple]]
        yield (*sample_values(old + new), *triple)


def parse_sample(text: str) -> tuple[Evidence, ...]:
    """RELATION_WITH_SAMPLE's items, in the sample's order."""
    return tuple(sorted((Evidence(*item) for item in json.loads(text)), key=sample_order))


@functools.lru_cache(maxsize=1 << 16)  # a batch asserts the same triples again and again
def edge_hash(source: str, rtype: str, target: str) -> int:
    """The ``edge`` column: a signed 64-bit hash of the triple (readers compare the
    triple too, so a collision costs a row read, never a wrong answer)."""
    digest = hashlib.blake2b(f"{source}\x00{rtype}\x00{target}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def assertion_row(a: Assertion) -> tuple[Any, ...]:
    """The values of ``INSERT_ASSERTION``."""
    return (a.source, a.type, a.target, a.post_id, a.evidence, a.confidence, a.rule,
            a.modality, a.date, edge_hash(a.source, a.type, a.target))  # fmt: skip


def assertion(row: Sequence[Any]) -> Assertion:
    source, rtype, target, post_id, evidence, confidence, rule, modality, date = row
    return Assertion(source, rtype, target, post_id, evidence, confidence, rule, modality, date)


def create_tables(conn: sqlite3.Connection) -> None:
    # executescript would commit the open transaction: run statement by statement.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def relation_row(rows: Sequence[tuple[int, Assertion]]) -> tuple[Any, ...]:
    """``UPSERT_RELATION``'s values for the relation of the (id, assertion) ``rows``, all
    of its assertions."""
    r = fold(None, [a for _, a in rows])
    ranked = [(sample_key(a.date, a.post_id), assertion_id) for assertion_id, a in rows]
    return (r.source, r.type, r.target, r.count, r.confidence, r.first_seen, r.last_seen,
            r.modality, *sample_values(ranked))  # fmt: skip


def aggregate(conn: sqlite3.Connection, edge: tuple[str, str, str]) -> None:
    """Compute the relation ``edge`` again from its assertions (none: no relation)."""
    conn.execute("DELETE FROM relations WHERE source = ? AND type = ? AND target = ?", edge)
    rows = conn.execute(
        f"SELECT id, {ASSERTION_COLUMNS} FROM assertions WHERE {EDGE_IS}",
        (edge_hash(*edge), *edge),
    )
    found = [(row[0], assertion(row[1:])) for row in rows]
    if found:
        conn.execute(UPSERT_RELATION, relation_row(found))


def upgrade(conn: sqlite3.Connection, version: int) -> None:
    """Schema ``version`` (1 or 2) -> SCHEMA_VERSION, in the caller's transaction."""
    if version == MODEL_1_VERSION:
        conn.execute("ALTER TABLE posts ADD COLUMN lang TEXT")
    else:
        conn.execute("DROP TABLE relations")  # its aggregates and samples are computed again
    conn.execute("ALTER TABLE assertions RENAME TO assertions_old")
    create_tables(conn)
    conn.create_function("graphkit_edge_hash", 3, edge_hash, deterministic=True)
    conn.execute(
        f"INSERT INTO assertions ({ASSERTION_COLUMNS}, edge)"
        f" SELECT {ASSERTION_COLUMNS}, graphkit_edge_hash(source, type, target)"
        " FROM assertions_old ORDER BY post_id, source, type, target"
    )
    conn.execute("DROP TABLE assertions_old")
    rows = conn.execute(
        f"SELECT id, {ASSERTION_COLUMNS} FROM assertions ORDER BY source, type, target"
    )
    for _, group in itertools.groupby(((row[0], assertion(row[1:])) for row in rows), key=_triple):
        conn.execute(UPSERT_RELATION, relation_row(list(group)))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _triple(row: tuple[int, Assertion]) -> tuple[str, str, str]:
    return (row[1].source, row[1].type, row[1].target)
