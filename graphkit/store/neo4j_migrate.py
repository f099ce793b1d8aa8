"""In-place upgrade of a Neo4j graph written by an older graphkit (docs/model.md, "Migration").

Model 1 -> 2: every (post, triple) of a relationship's provenance lists becomes an
Assertion node. Model 2 -> 3: each post's Assertion nodes become the parallel lists of
``graphkit.store.post_lists`` on the post node, the relationships lose
``sample_evidence`` (model 3 reads the sample's sentences from the posts) and the
assertion constraint and index go. Every step commits in chunks and removes what it has
migrated in the transaction that migrated it, so an interrupted migration resumes where
it stopped; the Meta node names the new model only once everything is done.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

import neo4j

from graphkit.graph import EVIDENCE_SAMPLE, MODEL_VERSION, Assertion
from graphkit.models import RELATION_TYPES
from graphkit.store.post_lists import PROPERTIES, added, post_assertions, post_lists

if TYPE_CHECKING:
    from graphkit.store.neo4j import Neo4jStore

# Model 1 -> 2, some relationships per transaction: every (post, triple) of the
# provenance lists becomes an Assertion (model 1 kept confidence and modality per
# relationship only: each assertion takes its relationship's), the lists become the
# sample. A relationship loses its lists in the same transaction that gives it its
# assertions, so an interrupted migration resumes where it stopped.
MIGRATE_RELATIONS = """
MATCH (source:Entity)-[r]->(target:Entity)
WHERE r.post_ids IS NOT NULL
WITH source, r, target LIMIT $limit
CALL {
  WITH source, r, target
  UNWIND range(0, size(r.post_ids) - 1) AS i
  WITH source, r, target, i, r.post_ids[i] AS post_id
  MERGE (a:Assertion {key: post_id + '|' + source.key + '|' + type(r) + '|' + target.key})
    ON CREATE SET a.type = type(r), a.source = source.key, a.target = target.key,
                  a.post_id = post_id, a.evidence = r.evidence[i],
                  a.rule = coalesce(r.rules[i], ''), a.confidence = r.confidence,
                  a.modality = r.modality,
                  a.date = CASE WHEN r.dates[i] = '' THEN null ELSE r.dates[i] END
  WITH a, post_id
  MATCH (p:Post {id: post_id})
  MERGE (p)-[:ASSERTS]->(a)
}
WITH r, COLLECT {
  UNWIND range(0, size(r.post_ids) - 1) AS i
  WITH i, r.dates[i] AS date, r.post_ids[i] AS post_id
  ORDER BY date = '', date, post_id LIMIT $sample
  RETURN i
} AS kept
SET r.count = size(r.post_ids),
    r.sample_post_ids = [i IN kept | r.post_ids[i]],
    r.sample_evidence = [i IN kept | r.evidence[i]],
    r.sample_dates = [i IN kept | r.dates[i]]
REMOVE r.post_ids, r.evidence, r.dates, r.rules
RETURN count(r) AS migrated
"""
#: Relationships per transaction of the model 1 -> 2 step.
MIGRATE_BATCH = 500

# Model 2's key constraint: the 1 -> 2 step MERGEs on it (model 1 had none, and model
# 3's schema file no longer creates it; the 2 -> 3 step needs none); dropped with the
# index once model 3 is reached.
ASSERTION_KEY = (
    "CREATE CONSTRAINT assertion_key IF NOT EXISTS FOR (a:Assertion) REQUIRE a.key IS UNIQUE"
)
DROP_ASSERTION_SCHEMA = (
    "DROP CONSTRAINT assertion_key IF EXISTS",
    "DROP INDEX assertion_edge IF EXISTS",
)

# Model 2 -> 3, one chunk: the next Assertion nodes with their post's text and lists.
# Driven by the nodes, not by the posts, so each chunk finds its work without scanning
# the posts done before it, and every chunk deletes all it read: the loop ends even on
# a graph with Assertion nodes that no post links (those count like the linked ones) or
# whose post is gone. A post whose assertions straddle two chunks is written twice,
# its lists read back and extended.
NEXT_ASSERTIONS = """
MATCH (a:Assertion)
WITH a LIMIT $limit
OPTIONAL MATCH (p:Post {id: a.post_id})
RETURN elementId(a) AS node, a {.*} AS assertion, p.id AS post_id, p {.*} AS post
"""
# The post's new lists (absent lists given as null are removed); the post mentions both
# ends of each of its assertions, as the model-3 readers expect (a no-op on a graph
# graphkit wrote).
SET_POST_LISTS = """
UNWIND $rows AS row
MATCH (p:Post {id: row.id})
SET p += row.lists
WITH p, row
UNWIND row.ends AS key
MATCH (e:Entity {key: key})
MERGE (p)-[:MENTIONS]->(e)
"""
DELETE_ASSERTIONS = """
UNWIND $nodes AS node
MATCH (a:Assertion) WHERE elementId(a) = node
DETACH DELETE a
"""
#: Assertion nodes per transaction of the model 2 -> 3 step (about 300 posts).
MIGRATE_ASSERTIONS = 1000

# The sample's sentences leave the relationships, in batches of their own transactions
# (a rerun finds what an interrupted one left).
REMOVE_SAMPLE_EVIDENCE = """
MATCH ()-[r:{rel_type}]->() WHERE r.sample_evidence IS NOT NULL
CALL {{ WITH r REMOVE r.sample_evidence }} IN TRANSACTIONS OF $batch ROWS
"""
#: Relationships per transaction when removing ``sample_evidence``.
REMOVE_BATCH = 10_000

SET_MODEL = "MERGE (m:Meta {key: 'graphkit'}) SET m.model = $model"


def migrate(store: Neo4jStore, schema: list[str]) -> bool:
    """Upgrade the graph of ``store`` to MODEL_VERSION in place (``schema``: the current
    schema statements, run first); False when it is empty or current already."""
    model = store._model()
    if model is None or model >= MODEL_VERSION:
        if model is not None and model > MODEL_VERSION:
            store._check_model()  # refuses, naming the newer model
        return False
    with store._faults(), store._session(neo4j.WRITE_ACCESS) as session:
        for statement in (*schema, *((ASSERTION_KEY,) if model < 2 else ())):
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()
    if model < 2:
        params = {"limit": MIGRATE_BATCH, "sample": EVIDENCE_SAMPLE}
        while store._write_tx(
            lambda tx: tx.run(MIGRATE_RELATIONS, params).single(strict=True)["migrated"]
        ):
            pass
        store._write_tx(lambda tx: tx.run(SET_MODEL, model=2).consume())
    while store._write_tx(migrate_assertions):
        pass
    with store._faults(), store._session(neo4j.WRITE_ACCESS) as session:
        for rel_type in RELATION_TYPES:  # the closed vocabulary, never data
            query = REMOVE_SAMPLE_EVIDENCE.format(rel_type=rel_type)
            session.run(query, batch=REMOVE_BATCH).consume()
        for statement in DROP_ASSERTION_SCHEMA:
            session.run(statement).consume()
    store._write_tx(lambda tx: tx.run(SET_MODEL, model=MODEL_VERSION).consume())
    return True


def migrate_assertions(tx: neo4j.ManagedTransaction) -> int:
    """Move the next ``MIGRATE_ASSERTIONS`` Assertion nodes into their posts' lists and
    delete them; return how many were read (0: none was left).

    An Assertion whose post node is gone is deleted: model 3 keeps a post's assertions
    in the post, so they go where a deleted post's go (the relationship's aggregate, as
    model 2 left it, still counts them)."""
    found = list(tx.run(NEXT_ASSERTIONS, limit=MIGRATE_ASSERTIONS))
    posts: dict[str, dict[str, Any]] = {}
    moved: dict[str, list[Assertion]] = defaultdict(list)
    for record in found:
        if record["post_id"] is not None:
            posts[record["post_id"]] = record["post"]
            moved[record["post_id"]].append(_assertion(record["assertion"]))
    rows = []
    for post_id, new in moved.items():
        post = posts[post_id]
        text = post.get("text") or ""
        # Lists from an earlier chunk (a post straddling two), kept and extended.
        stored = post_assertions(post_id, None, text, post)
        lists = post_lists(text, [*stored, *added(stored, new)])
        ends = sorted({key for a in new for key in (a.source, a.target)})
        rows.append({"id": post_id, "lists": {p: lists.get(p) for p in PROPERTIES}, "ends": ends})
    if rows:
        tx.run(SET_POST_LISTS, rows=rows).consume()
    tx.run(DELETE_ASSERTIONS, nodes=[record["node"] for record in found]).consume()
    return len(found)


def _assertion(properties: dict[str, Any]) -> Assertion:
    """A model-2 Assertion node's properties (its date is the post's in model 3)."""
    return Assertion(
        source=properties["source"],
        type=properties["type"],
        target=properties["target"],
        post_id=properties["post_id"],
        evidence=properties.get("evidence") or "",
        confidence=float(properties.get("confidence") or 0.0),
        rule=properties.get("rule") or "",
        modality=properties.get("modality") or "asserted",
        date=properties.get("date"),
    )
