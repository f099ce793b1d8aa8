"""The SQLite store's tables (schema version 3) and the in-place upgrades to them.

Schema 3 keeps graph model 2 (docs/model.md) and lays it out so that a write costs
the same however long the store's history: ``assertions`` is a rowid table, so a
batch's rows are appended at its end, and its key (post, triple) is a unique index
whose entries a batch adds side by side (a batch's posts have neighbouring ids). The
reads per edge go through ``assertions_edge``: a 64-bit hash of the triple, then the
sample order (date, undated last, post id), so an edge's earliest evidence is the
start of its index range. ``relations`` holds the aggregate's scalars, updated from
the batch's new assertion rows in one statement; an edge's evidence sample is read
from ``assertions_edge`` (``RELATION_WITH_SAMPLE``), never written.

Upgrades (in place, nothing lost: every aggregate is derived from the assertions):
schema 1 (graph model 1: assertions only) and schema 2 (assertions keyed by
(source, type, target, post_id), the sample stored in ``relations``) have their
assertions copied into the new table and their aggregates computed again.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from graphkit.graph import EVIDENCE_SAMPLE, Assertion, Evidence, StoredRelation, fold, sample_order

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
    sample TEXT NOT NULL,  -- JSON array of [post_id, date, sentence]
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
#: The aggregate of a write's new assertions (rowid above ``?``) per triple, added to
#: the stored one (dates as fold's: empty is no date). A new relation's sample is
#: written next, from SAMPLE_CANDIDATES.
ADD_NEW_ASSERTIONS = """
INSERT INTO relations
SELECT source, type, target, count(*), max(confidence), min(nullif(date, '')),
    max(nullif(date, '')), CASE WHEN max(modality = 'asserted') THEN 'asserted'
    ELSE 'planned' END, '[]', NULL
FROM assertions WHERE rowid > ? GROUP BY source, type, target
ON CONFLICT (source, type, target) DO UPDATE SET
    count = count + excluded.count,
    confidence = max(confidence, excluded.confidence),
    first_seen = coalesce(min(first_seen, excluded.first_seen), first_seen, excluded.first_seen),
    last_seen = coalesce(max(last_seen, excluded.last_seen), last_seen, excluded.last_seen),
    modality = CASE WHEN excluded.modality = 'asserted' THEN 'asserted' ELSE modality END
"""
#: How many of the relations the assertions of rowid above ``?`` belong to exist.
KNOWN_RELATIONS = """
SELECT count(*) FROM relations WHERE (source, type, target) IN
    (SELECT source, type, target FROM assertions WHERE rowid > ?)
"""
#: The new assertions (rowid above ``?``) that may enter their relation's sample, with
#: the stored sample: those before its cut, or of a relation whose sample is not full.
SAMPLE_CANDIDATES = """
SELECT n.source, n.type, n.target, n.post_id, n.date, n.evidence, r.sample
FROM assertions AS n LEFT JOIN relations AS r
    ON r.source = n.source AND r.type = n.type AND r.target = n.target
WHERE n.rowid > ? AND (r.sample_cut IS NULL OR
    (CASE WHEN n.date IS NULL THEN '1' ELSE '0' || n.date END) || char(1) || n.post_id
    < r.sample_cut)
"""
UPDATE_SAMPLE = (
    "UPDATE relations SET sample = ?, sample_cut = ? WHERE source = ? AND type = ? AND target = ?"
)
UPSERT_RELATION = "INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#: The assertions of one edge: its hash through the index, then the triple.
EDGE_IS = "edge = ? AND source = ? AND type = ? AND target = ?"
SAMPLE_ORDER = "ORDER BY date IS NULL, date, post_id"


def sample_key(item: Evidence) -> str:
    """``graph.sample_order`` as one string, the order SQLite compares ``sample_cut`` in
    (SAMPLE_CANDIDATES computes it the same way)."""
    return ("1" if item.date is None else "0" + item.date) + "\x01" + item.post_id


def sample_values(sample: Sequence[Evidence]) -> tuple[str, str | None]:
    """The ``sample`` and ``sample_cut`` columns of ``sample``."""
    cut = sample_key(sample[-1]) if len(sample) >= EVIDENCE_SAMPLE else None
    items = [[e.post_id, e.date, e.sentence] for e in sample]
    return json.dumps(items, ensure_ascii=False), cut


def parse_sample(text: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(*item) for item in json.loads(text))


def new_samples(candidates: Iterable[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    """UPDATE_SAMPLE's values for the relations SAMPLE_CANDIDATES' rows change."""
    stored: dict[tuple[str, str, str], tuple[Evidence, ...]] = {}
    items: dict[tuple[str, str, str], list[Evidence]] = {}
    for source, rtype, target, post_id, date, evidence, sample in candidates:
        triple = (source, rtype, target)
        if triple not in stored:
            stored[triple] = parse_sample(sample) if sample else ()
        items.setdefault(triple, []).append(Evidence(post_id, date, evidence))
    for triple, new in items.items():
        merged = sorted([*stored[triple], *new], key=sample_order)[:EVIDENCE_SAMPLE]
        yield (*sample_values(merged), *triple)


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


def relation_row(r: StoredRelation) -> tuple[Any, ...]:
    """The values of ``UPSERT_RELATION``."""
    return (r.source, r.type, r.target, r.count, r.confidence, r.first_seen, r.last_seen,
            r.modality, *sample_values(r.sample))  # fmt: skip


def aggregate(conn: sqlite3.Connection, edge: tuple[str, str, str]) -> None:
    """Compute the relation ``edge`` again from its assertions (none: no relation)."""
    conn.execute("DELETE FROM relations WHERE source = ? AND type = ? AND target = ?", edge)
    rows = conn.execute(
        f"SELECT {ASSERTION_COLUMNS} FROM assertions WHERE {EDGE_IS}", (edge_hash(*edge), *edge)
    )
    assertions = list(map(assertion, rows))
    if assertions:
        conn.execute(UPSERT_RELATION, relation_row(fold(None, assertions)))


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
    rows = conn.execute(f"SELECT {ASSERTION_COLUMNS} FROM assertions ORDER BY source, type, target")
    for _, group in itertools.groupby(map(assertion, rows), key=triple_of):
        conn.execute(UPSERT_RELATION, relation_row(fold(None, list(group))))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def triple_of(a: Assertion) -> tuple[str, str, str]:
    return (a.source, a.type, a.target)
