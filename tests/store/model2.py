"""Neo4j stores as graphkit's graph model 2 wrote them, for the migration tests.

The statements are model 2's own (graphkit before model 3), frozen here: one
Assertion node per (post, triple) under the ``assertion_key`` constraint, linked from
its post by ASSERTS, and the aggregate relationship's sample with its sentences
(``sample_evidence``); Meta model 2. (Model 2's surname merges are left out: the
batches written here need none.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from model1 import (
    NEO4J_CHANNELS_1,
    NEO4J_ENTITIES_1,
    NEO4J_FORWARDS_1,
    NEO4J_MENTIONS_1,
    NEO4J_POSTS_1,
)

from graphkit.graph import EVIDENCE_SAMPLE, Assertion, GraphBatch, fold
from graphkit.store.neo4j import Neo4jStore

SCHEMA_2 = (
    "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE",
    "CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE",
    "CREATE CONSTRAINT channel_key IF NOT EXISTS FOR (c:Channel) REQUIRE c.key IS UNIQUE",
    "CREATE CONSTRAINT assertion_key IF NOT EXISTS FOR (a:Assertion) REQUIRE a.key IS UNIQUE",
    "CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
    "CREATE CONSTRAINT merged_key IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.key IS UNIQUE",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
    "CREATE INDEX post_date IF NOT EXISTS FOR (p:Post) ON (p.date)",
    "CREATE INDEX post_channel IF NOT EXISTS FOR (p:Post) ON (p.channel)",
    "CREATE INDEX assertion_edge IF NOT EXISTS FOR (a:Assertion) ON (a.source, a.type, a.target)",
)
SET_META_2 = "MERGE (m:Meta {key: 'graphkit'}) ON CREATE SET m.model = $model"
# Model 2 wrote posts, entities, channels, mentions and forwards with model 1's statements.
MERGE_POSTS_2 = NEO4J_POSTS_1
MERGE_CHANNELS_2 = NEO4J_CHANNELS_1
MERGE_ENTITIES_2 = NEO4J_ENTITIES_1
MERGE_MENTIONS_2 = NEO4J_MENTIONS_1
MERGE_FORWARDS_2 = NEO4J_FORWARDS_1
EXISTING_ASSERTIONS_2 = """
UNWIND $keys AS key
MATCH (a:Assertion {key: key})
RETURN a.key AS key
"""
CREATE_ASSERTIONS_2 = """
UNWIND $rows AS row
MATCH (p:Post {id: row.post_id})
MERGE (a:Assertion {key: row.key})
  ON CREATE SET a += row.properties
MERGE (p)-[:ASSERTS]->(a)
"""
MERGE_RELATIONS_2 = """
UNWIND $rows AS row
MATCH (source:Entity {{key: row.source}})
MATCH (target:Entity {{key: row.target}})
MERGE (source)-[r:{rel_type}]->(target)
  ON CREATE SET r.count = 0, r.confidence = 0.0, r.modality = 'planned',
                r.sample_post_ids = [], r.sample_evidence = [], r.sample_dates = []
WITH r, row, r.count = 0 AS is_new,
     [i IN range(0, size(r.sample_post_ids) - 1) |
      {{post_id: r.sample_post_ids[i], date: r.sample_dates[i],
        sentence: r.sample_evidence[i]}}] + row.sample AS pool
WITH r, row, is_new, COLLECT {{
  UNWIND pool AS item
  RETURN item ORDER BY item.date = '', item.date, item.post_id LIMIT $sample
}} AS kept
SET r.count = r.count + row.count,
    r.confidence = CASE WHEN row.confidence > r.confidence
                        THEN row.confidence ELSE r.confidence END,
    r.modality = CASE WHEN row.asserted THEN 'asserted' ELSE r.modality END,
    r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen
                        THEN row.first_seen ELSE r.first_seen END,
    r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen
                       THEN row.last_seen ELSE r.last_seen END,
    r.sample_post_ids = [item IN kept | item.post_id],
    r.sample_evidence = [item IN kept | item.sentence],
    r.sample_dates = [item IN kept | item.date]
RETURN count(CASE WHEN NOT is_new THEN 1 END) AS updated
"""


def _relation_rows(new: Iterable[Assertion]) -> dict[str, list[dict[str, Any]]]:
    """Model 2's rows of MERGE_RELATIONS_2 by type: the aggregate of each triple's new
    assertions."""
    grouped: dict[tuple[str, str, str], list[Assertion]] = defaultdict(list)
    for a in new:
        grouped[(a.type, a.source, a.target)].append(a)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (rel_type, source, target), fresh in grouped.items():
        batch = fold(None, fresh)
        by_type[rel_type].append(
            {"source": source, "target": target, "count": batch.count,
             "confidence": batch.confidence, "asserted": batch.modality == "asserted",
             "first_seen": batch.first_seen, "last_seen": batch.last_seen,
             "sample": [{"post_id": e.post_id, "date": e.date or "", "sentence": e.sentence}
                        for e in batch.sample]}
        )  # fmt: skip
    return by_type


def write_neo4j_model_2(store: Neo4jStore, batches: list[GraphBatch]) -> None:
    """The graph of ``batches`` as model 2 wrote it (``store``: one whose model check is
    done, as the ``neo4j_store`` fixture's)."""

    def run(query: str, **params: Any) -> list[dict[str, Any]]:
        return list(store.run(query, params, read_only=False))

    for statement in SCHEMA_2:
        run(statement)
    run("CALL db.awaitIndexes(300)")
    for batch in batches:
        run(SET_META_2, model=2)
        run(
            MERGE_POSTS_2,
            rows=[
                {"id": p.id,
                 "properties": {k: v for k, v in {
                     "text": p.text, "date": p.date, "channel": p.channel,
                     "hashtags": list(p.hashtags), "links": list(p.links),
                     "forwarded_from": p.forwarded_from, "version_of": p.version_of,
                     "lang": p.lang}.items() if v is not None}}
                for p in batch.posts
            ],
        )  # fmt: skip
        run(MERGE_CHANNELS_2, rows=[{"key": c.key, "name": c.name} for c in batch.channels])
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in batch.entities:
            by_label[e.type].append({"key": e.id, "name": e.name, "aliases": list(e.aliases)})
        for label, rows in by_label.items():
            run(MERGE_ENTITIES_2.format(label=label), rows=rows)
        run(MERGE_MENTIONS_2, rows=[list(m) for m in batch.mentions])
        run(MERGE_FORWARDS_2, rows=[list(f) for f in batch.forwards])
        keys = [a.key for a in batch.assertions]
        stored = {row["key"] for row in run(EXISTING_ASSERTIONS_2, keys=keys)}
        new = [a for a in batch.assertions if a.key not in stored]
        run(
            CREATE_ASSERTIONS_2,
            rows=[
                {"key": a.key, "post_id": a.post_id,
                 "properties": {"type": a.type, "source": a.source, "target": a.target,
                                "post_id": a.post_id, "evidence": a.evidence, "rule": a.rule,
                                "confidence": a.confidence, "modality": a.modality,
                                "date": a.date}}
                for a in new
            ],
        )  # fmt: skip
        for rel_type, rows in _relation_rows(new).items():
            run(MERGE_RELATIONS_2.format(rel_type=rel_type), rows=rows, sample=EVIDENCE_SAMPLE)
