"""The Neo4j store: the official driver, batched ``UNWIND ... MERGE`` writes.

Works with ``bolt://`` (one server) and ``neo4j://`` (routing: a cluster or Aura)
URIs. Each ``write`` is one managed transaction, retried by the driver on
transient errors: all of a batch or none of it. The graph model is documented in
``cypher/schema.cypher``; every Cypher statement of this store is in the
"Cypher" section below. Labels and relationship types in a statement come only
from the vocabularies of ``graphkit.models``; data is passed only as parameters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as neo4j_errors

from graphkit.errors import InputError, StoreError, StoreUnavailable
from graphkit.extract.kb import slug
from graphkit.graph import (
    EVIDENCE_SAMPLE,
    MODEL_VERSION,
    Assertion,
    Channel,
    Evidence,
    GraphBatch,
    StoredRelation,
    fold,
    merge_entities,
    rekeyed,
)
from graphkit.iterutil import chunked
from graphkit.models import (
    ENTITY_TYPES,
    RELATION_TYPES,
    STRUCTURAL_RELATIONS,
    Entity,
    Post,
)
from graphkit.resolve import is_surname_only, surname_keys, surname_owner
from graphkit.store import neo4j_migrate, post_lists
from graphkit.store.base import Filters, GraphStore, Stats, WriteSummary

T = TypeVar("T")

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "cypher" / "schema.cypher"
#: Neo4j lists cannot hold null: an undated sample item has this in ``sample_dates``.
NO_DATE = ""
#: Faults surface within 10 s: connect (TCP within 3 s, the Bolt handshake within 5 s,
#: even from a port that accepts and never answers), then retry transient errors, briefly.
CONNECTION_TIMEOUT = 3.0
ACQUISITION_TIMEOUT = 5.0
RETRY_TIME = 4.0
#: The URI schemes of the driver's Bolt connections; any other is refused before the
#: driver sees it (it would try HTTP, for one, through a package graphkit lacks).
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
FETCH_SIZE = 1000
#: The code of Neo4j's refusal to write in a read transaction.
READ_ONLY_REFUSAL = "Neo.ClientError.Statement.AccessMode"
#: Server error codes of a query that needs more memory than the server allows
#: (MemoryPoolOutOfMemoryError, TransactionOutOfMemoryError, OutOfMemoryError): no
#: outage, so not "unavailable".
MEMORY_ERRORS = ("OutOfMemory", "MemoryLimit")

# --- Cypher -------------------------------------------------------------------

# A post is written once, with its assertions' lists; the posts of the batch that were
# stored already come back with their properties (their lists: see _write_assertions).
MERGE_POSTS = """
UNWIND $rows AS row
OPTIONAL MATCH (stored:Post {id: row.id})
WITH row, stored IS NOT NULL AS present
MERGE (p:Post {id: row.id})
  ON CREATE SET p += row.properties
WITH p, present
WHERE present
RETURN p {.*} AS post
"""
# A stored post's lists rewritten (a null value removes the property).
SET_POST_LISTS = """
UNWIND $rows AS row
MATCH (p:Post {id: row.id})
SET p += row.lists
"""

MERGE_CHANNELS = """
UNWIND $rows AS row
MERGE (c:Channel {key: row.key})
  ON CREATE SET c.name = row.name
"""

# A known entity keeps its type and name and gains the new aliases (as merge_entities).
MERGE_ENTITIES = """
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

MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (p:Post {id: row[0]})
MATCH (e:Entity {key: row[1]})
MERGE (p)-[:MENTIONS]->(e)
"""

MERGE_FORWARDS = """
UNWIND $rows AS row
MATCH (p:Post {id: row[0]})
MATCH (c:Channel {key: row[1]})
MERGE (p)-[:FORWARDED_FROM]->(c)
"""

# One row per (source, target): the aggregate of its new assertions in this batch,
# folded into the relationship in one SET, whatever the relationship's history.
# The sample keeps the EVIDENCE_SAMPLE earliest items (dated first) of old and new; it is
# merged only when it is short or the batch's earliest item sorts before its last one
# (row.first_key: sample_key), else only the scalars are SET.
MERGE_RELATIONS = """
UNWIND $rows AS row
MATCH (source:Entity {{key: row.source}})
MATCH (target:Entity {{key: row.target}})
MERGE (source)-[r:{rel_type}]->(target)
  ON CREATE SET r.count = 0, r.confidence = 0.0, r.modality = 'planned',
                r.sample_post_ids = [], r.sample_dates = []
WITH r, row, r.count = 0 AS is_new, size(r.sample_post_ids) - 1 AS last
SET r.count = r.count + row.count,
    r.confidence = CASE WHEN row.confidence > r.confidence
                        THEN row.confidence ELSE r.confidence END,
    r.modality = CASE WHEN row.asserted THEN 'asserted' ELSE r.modality END,
    r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen
                        THEN row.first_seen ELSE r.first_seen END,
    r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen
                       THEN row.last_seen ELSE r.last_seen END
WITH r, row, is_new, last
CALL (r, row, last) {{
  WITH r, row, last
  WHERE last < $sample - 1
     OR row.first_key < CASE WHEN r.sample_dates[last] = '' THEN '1|'
                             ELSE '0' + r.sample_dates[last] + '|' END
                        + r.sample_post_ids[last]
  WITH r, COLLECT {{
    UNWIND [i IN range(0, last) | {{post_id: r.sample_post_ids[i], date: r.sample_dates[i]}}]
           + row.sample AS item
    RETURN item ORDER BY item.date = '', item.date, item.post_id LIMIT $sample
  }} AS kept
  SET r.sample_post_ids = [item IN kept | item.post_id],
      r.sample_dates = [item IN kept | item.date]
}}
RETURN count(CASE WHEN NOT is_new THEN 1 END) AS updated
"""

EXISTING_ENTITIES = """
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e.key AS key
"""

# Surname-only people and the full-named people that may claim them (see write()).
ENTITIES_BY_KEY = """
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e.key AS key, [l IN labels(e) WHERE l IN $entity_types][0] AS type, e.name AS name,
       coalesce(e.aliases, []) AS aliases
"""
PEOPLE_NAMED = """
MATCH (e:Person) WHERE e.key CONTAINS $form
RETURN e.key AS key, 'Person' AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
"""
# A merge: the old entity's mentions move to the new one; the posts asserting about it
# (found through its mentions, before they move) get their lists rewritten.
MERGE_MENTIONS_INTO = """
MATCH (old:Entity {key: $old})<-[m:MENTIONS]-(post:Post)
MATCH (new:Entity {key: $new})
MERGE (post)-[:MENTIONS]->(new)
DELETE m
"""
OLD_POSTS = """
MATCH (old:Entity {key: $old})<-[:MENTIONS]-(p:Post)
WHERE $old IN p.assertion_sources OR $old IN p.assertion_targets
RETURN p {.*} AS post
"""
SET_ALIASES = "MATCH (e:Entity {key: $key}) SET e.aliases = $aliases"
DELETE_ENTITY = "MATCH (e:Entity {key: $key}) DETACH DELETE e"
SET_RELATION = """
MATCH (source:Entity {{key: $source}})
MATCH (target:Entity {{key: $target}})
MERGE (source)-[r:{rel_type}]->(target)
SET r += $properties
"""
RECORD_MERGE = """
MERGE (m:MergedEntity {key: $old})
SET m.into = $new
WITH m
MATCH (earlier:MergedEntity {into: $old})
SET earlier.into = $new
"""
READ_MERGES = "MATCH (m:MergedEntity) RETURN m.key AS key, m.into AS into ORDER BY key"

META = "MATCH (m:Meta {key: 'graphkit'}) RETURN m.model AS model"
SET_META = "MERGE (m:Meta {key: 'graphkit'}) ON CREATE SET m.model = $model"
ANY_GRAPH = "RETURN EXISTS { MATCH (:Entity) } OR EXISTS { MATCH (:Post) } AS found"

EXISTING_POSTS = """
UNWIND $ids AS id
MATCH (p:Post {id: id})
RETURN p.id AS id
"""

READ_ENTITIES = """
MATCH (e:Entity)
WITH e, [label IN labels(e) WHERE label IN $entity_types][0] AS type
WHERE type IS NOT NULL AND ($types IS NULL OR type IN $types)
RETURN e.key AS key, type, e.name AS name, coalesce(e.aliases, []) AS aliases
ORDER BY key
"""

# Assertions are items of their posts' lists. Evidence is a span of the post's text, or
# the item of assertion_evidence when it is not in the text.
POST_DAY = "CASE WHEN p.date IS NULL OR p.date = '' THEN null ELSE substring(p.date, 0, 10) END"
EVIDENCE_ITEM = """
CASE WHEN p.assertion_spans[2 * i] < 0 THEN p.assertion_evidence[i]
     ELSE substring(p.text, p.assertion_spans[2 * i],
                    p.assertion_spans[2 * i + 1] - p.assertion_spans[2 * i]) END
"""
# Both ends' types are checked on the entities the assertion names.
ASSERTION_FILTERS = f"""
WHERE ($relation_types IS NULL OR type IN $relation_types)
  AND ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR date <= $until)
  AND ($types IS NULL OR (
       EXISTS {{ MATCH (s:Entity {{key: source}}) WHERE any(l IN labels(s) WHERE l IN $types) }}
       AND EXISTS {{ MATCH (t:Entity {{key: target}})
                    WHERE any(l IN labels(t) WHERE l IN $types) }}))
RETURN source, type, target, p.id AS post_id, date, {EVIDENCE_ITEM} AS evidence,
       p.assertion_rules[i] AS rule, p.assertion_confidences[i] AS confidence,
       p.assertion_modalities[i] AS modality
ORDER BY source, type, target, date IS NULL, date, post_id
"""
READ_ASSERTIONS = (
    f"""
MATCH (p:Post) WHERE p.assertion_types IS NOT NULL
UNWIND range(0, size(p.assertion_types) - 1) AS i
WITH p, i, p.assertion_sources[i] AS source, p.assertion_types[i] AS type,
     p.assertion_targets[i] AS target, {POST_DAY} AS date
"""
    + ASSERTION_FILTERS
)
# An edge's posts are found from whichever end fewer posts mention (the invariant: a
# post mentions both ends of each of its assertions).
READ_EDGE_ASSERTIONS = (
    f"""
UNWIND $edges AS edge
MATCH (s:Entity {{key: edge[0]}})
MATCH (t:Entity {{key: edge[2]}})
WITH edge, CASE WHEN COUNT {{ (s)<-[:MENTIONS]-() }} <= COUNT {{ (t)<-[:MENTIONS]-() }}
                THEN s ELSE t END AS hub
MATCH (hub)<-[:MENTIONS]-(p:Post)
UNWIND [i IN range(0, coalesce(size(p.assertion_types), 0) - 1)
        WHERE p.assertion_types[i] = edge[1] AND p.assertion_sources[i] = edge[0]
          AND p.assertion_targets[i] = edge[2]] AS i
WITH p, i, edge[0] AS source, edge[1] AS type, edge[2] AS target, {POST_DAY} AS date
"""
    + ASSERTION_FILTERS
)
COUNT_ASSERTIONS = """
MATCH (p:Post) WHERE p.assertion_types IS NOT NULL
RETURN sum(size(p.assertion_types)) AS n
"""

# since bounds last_seen and until bounds first_seen: an undated relation fails both.
READ_AGGREGATES = """
MATCH (source:Entity)-[r]->(target:Entity)
WHERE type(r) IN $relation_types
  AND ($types IS NULL OR (any(label IN labels(source) WHERE label IN $types)
                          AND any(label IN labels(target) WHERE label IN $types)))
  AND ($since IS NULL OR r.last_seen >= $since)
  AND ($until IS NULL OR r.first_seen <= $until)
RETURN source.key AS source, type(r) AS type, target.key AS target,
       r.confidence AS confidence, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.modality AS modality"""
# The same with the sample, its sentences read from the sample's posts.
READ_RELATIONS = f"""{READ_AGGREGATES},
       r.sample_post_ids AS sample_post_ids, r.sample_dates AS sample_dates,
       COLLECT {{
         UNWIND range(0, size(r.sample_post_ids) - 1) AS k
         OPTIONAL MATCH (p:Post {{id: r.sample_post_ids[k]}})
         WITH k, p, [i IN range(0, coalesce(size(p.assertion_types), 0) - 1)
                     WHERE p.assertion_types[i] = type(r)
                       AND p.assertion_sources[i] = source.key
                       AND p.assertion_targets[i] = target.key][0] AS i
         WITH k, CASE WHEN i IS NULL THEN '' ELSE {EVIDENCE_ITEM} END AS sentence
         ORDER BY k
         RETURN sentence
       }} AS sample_evidence
ORDER BY source, type, target
"""
READ_AGGREGATES += "\nORDER BY source, type, target\n"

READ_POSTS = """
MATCH (p:Post)
RETURN p {.*} AS post
ORDER BY p.id
"""

READ_CHANNELS = """
MATCH (c:Channel)
RETURN c.key AS key, c.name AS name
ORDER BY key
"""

READ_MENTIONS = """
MATCH (p:Post)-[:MENTIONS]->(e:Entity)
RETURN p.id AS post_id, e.key AS key
ORDER BY post_id, key
"""

COUNT_LABEL = "MATCH (n:{label}) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n"
PING = "RETURN 1"

STATS_LABELS: tuple[str, ...] = ("Entity", *ENTITY_TYPES, "Post", "Channel")
STATS_RELATIONSHIPS: tuple[str, ...] = (*RELATION_TYPES, *STRUCTURAL_RELATIONS)


def _in_vocabulary(name: str, vocabulary: Collection[str]) -> str:
    """A label or relationship type checked against the closed vocabulary."""
    if name not in vocabulary:
        raise ValueError(f"{name!r} is not in the graphkit vocabulary")
    return name


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of ``cypher/schema.cypher``, comments removed."""
    text = "\n".join(
        line for line in path.read_text("utf-8").splitlines() if not line.lstrip().startswith("//")
    )
    return [s.strip() for s in text.split(";") if s.strip()]


# --- rows ---------------------------------------------------------------------


def post_row(post: Post, lists: dict[str, list[Any]]) -> dict[str, Any]:
    """A row of MERGE_POSTS: the post's properties and its assertions' lists."""
    properties = {
        "text": post.text,
        "date": post.date,
        "channel": post.channel,
        "hashtags": list(post.hashtags),
        "links": list(post.links),
        "forwarded_from": post.forwarded_from,
        "version_of": post.version_of,
        "lang": post.lang,
        **lists,
    }
    return {"id": post.id, "properties": {k: v for k, v in properties.items() if v is not None}}


def _lists_row(post_id: str, lists: dict[str, list[Any]]) -> dict[str, Any]:
    """A row of SET_POST_LISTS: every list property, null (removed) when absent."""
    return {"id": post_id, "lists": {name: lists.get(name) for name in post_lists.PROPERTIES}}


def _stored_assertions(properties: dict[str, Any]) -> list[Assertion]:
    """The assertions a stored post's properties hold."""
    post = _post(properties)
    return post_lists.post_assertions(post.id, post.day, post.text, properties)


def _post(properties: dict[str, Any]) -> Post:
    """A stored post, without its assertions' lists."""
    return Post.from_dict({k: v for k, v in properties.items() if k not in post_lists.PROPERTIES})


def sample_key(date: str | None, post_id: str) -> str:
    """A string that sorts as (date is None, date, post_id): MERGE_RELATIONS compares the
    batch's earliest item with the sample's last one by it."""
    return ("1|" if date is None else "0" + date + "|") + post_id


def _relation_rows(new: Iterable[Assertion]) -> dict[str, list[dict[str, Any]]]:
    """Rows of MERGE_RELATIONS by relationship type: one per (source, target), the
    aggregate of its new assertions."""
    grouped: dict[tuple[str, str, str], list[Assertion]] = defaultdict(list)
    for a in new:
        grouped[(a.type, a.source, a.target)].append(a)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (rel_type, source, target), added in grouped.items():
        batch = fold(None, added)
        first = batch.sample[0]
        by_type[rel_type].append(
            {
                "source": source,
                "target": target,
                "count": batch.count,
                "confidence": batch.confidence,
                "asserted": batch.modality == "asserted",
                "first_seen": batch.first_seen,
                "last_seen": batch.last_seen,
                "first_key": sample_key(first.date, first.post_id),
                "sample": [{"post_id": e.post_id, "date": e.date or NO_DATE} for e in batch.sample],
            }
        )
    return by_type


def _stored_relation(r: neo4j.Record) -> StoredRelation:
    """A relation read by READ_RELATIONS (by READ_AGGREGATES: without its sample)."""
    lists = [r.get(name) or [] for name in ("sample_post_ids", "sample_dates", "sample_evidence")]
    sample = zip(*lists, strict=True)
    return StoredRelation(
        source=r["source"],
        type=r["type"],
        target=r["target"],
        count=r["count"],
        confidence=r["confidence"],
        first_seen=r["first_seen"],
        last_seen=r["last_seen"],
        modality=r["modality"],
        sample=tuple(Evidence(post_id, date or None, text) for post_id, date, text in sample),
    )


def _entity(record: Any) -> Entity:
    return Entity(record["key"], record["type"], record["name"], tuple(record["aliases"]))


def _relation_properties(r: StoredRelation) -> dict[str, Any]:
    """All the properties of an aggregate relationship (first/last_seen null: removed)."""
    return {
        "count": r.count,
        "confidence": r.confidence,
        "first_seen": r.first_seen,
        "last_seen": r.last_seen,
        "modality": r.modality,
        "sample_post_ids": [e.post_id for e in r.sample],
        "sample_dates": [e.date or NO_DATE for e in r.sample],
    }


def _assertion(record: neo4j.Record) -> Assertion:
    """An assertion read by READ_ASSERTIONS or READ_EDGE_ASSERTIONS."""
    return Assertion(
        source=record["source"],
        type=record["type"],
        target=record["target"],
        post_id=record["post_id"],
        evidence=record["evidence"],
        confidence=float(record["confidence"]),
        rule=record["rule"],
        modality=record["modality"],
        date=record["date"],
    )


# --- the store ----------------------------------------------------------------


class Neo4jStore(GraphStore):
    """A graph in a Neo4j database (``database=None``: the server's default)."""

    def __init__(
        self,
        uri: str,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int = 1000,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch size must be at least 1")
        self.uri = uri
        self.user = user or ("neo4j" if password else None)
        self.database = database
        self.batch_size = batch_size
        self._schema_ready = False
        self._model_checked = False
        auth = (self.user, password or "") if self.user else None
        scheme = uri.partition("://")[0].lower() if "://" in uri else ""
        if scheme not in URI_SCHEMES:
            raise InputError(uri, f"not a Neo4j URI: use {', '.join(URI_SCHEMES)} (://host:port)")
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=CONNECTION_TIMEOUT,
                connection_acquisition_timeout=ACQUISITION_TIMEOUT,
                max_transaction_retry_time=RETRY_TIME,
            )
        except (neo4j_errors.ConfigurationError, ValueError) as exc:
            raise InputError(uri, f"not a Neo4j URI (bolt://, neo4j://, ...): {exc}") from None
        try:
            with self._faults():
                self._driver.verify_connectivity()
                self._driver.execute_query(
                    PING, database_=database, routing_=neo4j.RoutingControl.READ
                )
        except BaseException:
            self._driver.close()
            raise

    # -- faults ------------------------------------------------------------

    @contextmanager
    def _faults(self) -> Iterator[None]:
        """Driver errors as graphkit errors with one clear line."""
        where = f"Neo4j at {self.uri}"
        try:
            yield
        except neo4j_errors.AuthError:
            who = f"user {self.user!r}" if self.user else "no credentials"
            raise StoreUnavailable(f"{where} refused {who}: wrong user or password") from None
        except neo4j_errors.Neo4jError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreUnavailable(f"{where} has no database {self.database!r}") from None
            message = exc.message.strip().splitlines()[0] if exc.message else exc.code
            if exc.code == READ_ONLY_REFUSAL:  # only a caller's own query: see ``run``
                raise InputError(
                    "query",
                    "it writes, and runs in a read transaction unless --write is given"
                    f" ({message})",
                ) from None
            if any(kind in exc.code for kind in MEMORY_ERRORS):
                raise StoreError(
                    f"{where} ran out of memory for this query ({message}): narrow it"
                    " (a lower limit, one actor) or give the server more memory"
                ) from None
            if isinstance(exc, neo4j_errors.TransientError):
                raise StoreUnavailable(f"{where} is unavailable: {message}") from None
            raise StoreError(f"{where}: {exc.code}: {message}") from None
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise StoreUnavailable(f"{where} is unreachable (is it running?): {reason}") from None
        except neo4j_errors.DriverError as exc:
            raise StoreUnavailable(f"{where}: {' '.join(str(exc).split())}") from None

    def _session(
        self, access_mode: str, *, notifications: bool = False, known_names: bool = False
    ) -> neo4j.Session:
        """A session; the server's notifications (warnings) only for the caller's own queries:
        graphkit's queries name labels and types that may not exist yet, by design.
        ``known_names``: the query names only the closed vocabulary (a pack query), so a
        type that no post asserted yet is no news."""
        severity = (
            neo4j.NotificationMinimumSeverity.WARNING
            if notifications
            else neo4j.NotificationMinimumSeverity.OFF
        )
        disabled = [neo4j.NotificationDisabledClassification.UNRECOGNIZED] if known_names else None
        return self._driver.session(
            database=self.database,
            default_access_mode=access_mode,
            fetch_size=FETCH_SIZE,
            notifications_min_severity=severity,
            notifications_disabled_classifications=disabled,
        )

    def _write_tx(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        with self._faults(), self._session(neo4j.WRITE_ACCESS) as session:
            return session.execute_write(work)

    def _stream(
        self,
        query: str,
        params: dict[str, Any],
        *,
        notifications: bool = False,
        known_names: bool = False,
    ) -> Iterator[neo4j.Record]:
        """Records of a read transaction, fetched as they are consumed."""
        with (
            self._faults(),
            self._session(
                neo4j.READ_ACCESS, notifications=notifications, known_names=known_names
            ) as session,
            session.begin_transaction() as tx,
        ):
            yield from tx.run(query, params)

    # -- schema and writes -------------------------------------------------

    def ensure_schema(self) -> None:
        with self._faults(), self._session(neo4j.WRITE_ACCESS) as session:
            for statement in schema_statements():
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
        self.migrate()
        self._write_tx(lambda tx: tx.run(SET_META, model=MODEL_VERSION).consume())
        self._schema_ready = True
        self._model_checked = True

    def _model(self) -> int | None:
        """The graph model of the database: its Meta node's, 1 for a graph without one,
        None for an empty database."""
        with self._faults(), self._session(neo4j.READ_ACCESS) as session:
            meta = session.run(META).single()
            if meta is not None:
                return int(meta["model"])
            found = session.run(ANY_GRAPH).single(strict=True)["found"]
        return 1 if found else None

    def _check_model(self) -> None:
        """Refuse to read a graph of another model, once per store."""
        if self._model_checked:
            return
        model = self._model()
        where = f"Neo4j at {self.uri}"
        if model is not None and model < MODEL_VERSION:
            raise StoreError(
                f"{where} holds graph model {model} of an older graphkit;"
                " run graphkit migrate to upgrade it"
            )
        if model is not None and model > MODEL_VERSION:
            raise StoreError(
                f"{where} holds graph model {model} of a newer graphkit: upgrade graphkit"
            )
        self._model_checked = True

    def migrate(self) -> bool:
        return neo4j_migrate.migrate(self, schema_statements())

    def write(self, batch: GraphBatch) -> WriteSummary:
        if not self._schema_ready:
            self.ensure_schema()
        return self._write_tx(lambda tx: self._write_batch(tx, batch))

    def _run_rows(
        self, tx: neo4j.ManagedTransaction, query: str, rows: list[Any], **params: Any
    ) -> Iterator[neo4j.ResultSummary | neo4j.Record]:
        """Run ``query`` on ``rows`` in chunks of ``batch_size``; yield records, then summaries."""
        for chunk in chunked(rows, self.batch_size):
            result = tx.run(query, params, rows=chunk)
            yield from result
            yield result.consume()

    def _run_keys(
        self, tx: neo4j.ManagedTransaction, query: str, keys: list[str]
    ) -> Iterator[neo4j.Record]:
        """Records of ``query`` on ``keys`` in chunks of ``batch_size``."""
        for chunk in chunked(keys, self.batch_size):
            yield from tx.run(query, keys=chunk)

    def _counters(self, tx: neo4j.ManagedTransaction, query: str, rows: list[Any]) -> int:
        """Run ``query`` on ``rows``; return the nodes plus relationships it created."""
        created = 0
        for item in self._run_rows(tx, query, rows):
            if isinstance(item, neo4j.ResultSummary):
                created += item.counters.nodes_created + item.counters.relationships_created
        return created

    def _write_batch(self, tx: neo4j.ManagedTransaction, batch: GraphBatch) -> WriteSummary:
        summary = WriteSummary()
        # A graph must never exist without its model: a wiped database gets it back.
        tx.run(SET_META, model=MODEL_VERSION).consume()
        stored = self._write_posts(tx, batch)
        summary.posts_present = len(stored)
        summary.posts_created = len(batch.posts) - len(stored)
        summary.nodes_created += self._counters(
            tx, MERGE_CHANNELS, [{"key": c.key, "name": c.name} for c in batch.channels]
        )
        people = [e.id for e in batch.entities if e.type == "Person"]
        known = {r["key"] for r in self._run_keys(tx, EXISTING_ENTITIES, people)}
        entities: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in batch.entities:
            entities[e.type].append({"key": e.id, "name": e.name, "aliases": list(e.aliases)})
        for label, rows in entities.items():
            query = MERGE_ENTITIES.format(label=_in_vocabulary(label, ENTITY_TYPES))
            summary.nodes_created += self._counters(tx, query, rows)
        self._counters(tx, MERGE_MENTIONS, [list(m) for m in batch.mentions])
        self._counters(tx, MERGE_FORWARDS, [list(f) for f in batch.forwards])
        self._write_assertions(tx, batch, stored, summary)
        new_people = [e for e in batch.entities if e.type == "Person" and e.id not in known]
        summary.entities_merged = self._merge_surnames(tx, new_people)
        summary.nodes_present = len(batch.entities) + len(batch.channels) - summary.nodes_created
        return summary

    def _merge_surnames(self, tx: neo4j.ManagedTransaction, new: list[Entity]) -> int:
        """Merge each surname-only person new in this write, or named by a full name new
        in it, into the one full-named person that claims it; return how many. (Only a
        new entity can make a merge possible: the rest was checked when it was new.)"""
        merged = 0
        keys = surname_keys(new)
        found = tx.run(ENTITIES_BY_KEY, keys=keys, entity_types=list(ENTITY_TYPES))
        for single in [_entity(record) for record in found]:
            if not is_surname_only(single):
                continue
            people = tx.run(PEOPLE_NAMED, form=slug(single.name))
            owner = surname_owner(single, [_entity(record) for record in people])
            if owner is not None:
                self._merge_entity(tx, single, owner)
                merged += 1
        return merged

    def _merge_entity(self, tx: neo4j.ManagedTransaction, old: Entity, new_key: str) -> None:
        """Move everything of ``old`` to the entity ``new_key`` and record the merge. The
        relationships it touches are aggregated again from their assertions: merges are
        rare, and two relationships may share posts."""
        found = tx.run(ENTITIES_BY_KEY, keys=[new_key], entity_types=list(ENTITY_TYPES))
        new = _entity(found.single(strict=True))
        tx.run(SET_ALIASES, key=new_key, aliases=list(merge_entities(new, old).aliases)).consume()
        posts = [record["post"] for record in tx.run(OLD_POSTS, old=old.id)]
        tx.run(MERGE_MENTIONS_INTO, old=old.id, new=new_key).consume()
        rewritten: list[dict[str, Any]] = []
        touched: set[tuple[str, str, str]] = set()
        for properties in posts:
            kept, moved = [], []
            for a in _stored_assertions(properties):
                if old.id not in (a.source, a.target):
                    kept.append(a)
                elif (again := rekeyed(a, old.id, new_key)) is not None:
                    moved.append(again)
            touched.update(post_lists.triple(a) for a in moved)
            # A triple the post asserted already keeps its stored assertion.
            lists = post_lists.post_lists(_post(properties).text, [*kept, *moved])
            rewritten.append(_lists_row(properties["id"], lists))
        self._counters(tx, SET_POST_LISTS, rewritten)
        tx.run(DELETE_ENTITY, key=old.id).consume()  # and its relationships
        params = {"relation_types": None, "types": None, "since": None, "until": None}
        for source, rtype, target in sorted(touched):
            edge = [[source, rtype, target]]
            records = tx.run(READ_EDGE_ASSERTIONS, params, edges=edge)
            relation = fold(None, [_assertion(record) for record in records])
            query = SET_RELATION.format(rel_type=_in_vocabulary(rtype, RELATION_TYPES))
            tx.run(
                query, source=source, target=target, properties=_relation_properties(relation)
            ).consume()
        tx.run(RECORD_MERGE, old=old.id, new=new_key).consume()

    def merges(self) -> dict[str, str]:
        self._check_model()
        return {record["key"]: record["into"] for record in self._stream(READ_MERGES, {})}

    def _write_posts(
        self, tx: neo4j.ManagedTransaction, batch: GraphBatch
    ) -> dict[str, dict[str, Any]]:
        """Merge the batch's posts, a new post with its assertions' lists; return the
        properties of the posts that were stored already, by id."""
        by_post: dict[str, list[Assertion]] = defaultdict(list)
        for a in batch.assertions:
            by_post[a.post_id].append(a)
        rows = [post_row(p, post_lists.post_lists(p.text, by_post[p.id])) for p in batch.posts]
        return {
            item["post"]["id"]: item["post"]
            for item in self._run_rows(tx, MERGE_POSTS, rows)
            if isinstance(item, neo4j.Record)
        }

    def _write_assertions(
        self,
        tx: neo4j.ManagedTransaction,
        batch: GraphBatch,
        stored: dict[str, dict[str, Any]],
        summary: WriteSummary,
    ) -> None:
        """Fold the batch's new assertions into their relationships: all those of the
        posts created by this batch, and those a stored post lacked (appended to its
        lists). Constant work per triple per batch; a reload writes nothing."""
        new = [a for a in batch.assertions if a.post_id not in stored]
        again: dict[str, list[Assertion]] = defaultdict(list)
        for a in batch.assertions:
            if a.post_id in stored:
                again[a.post_id].append(a)
        rewritten = []
        for post_id, properties in stored.items():
            known = _stored_assertions(properties)
            fresh = post_lists.added(known, again[post_id])
            if fresh:
                lists = post_lists.post_lists(_post(properties).text, [*known, *fresh])
                rewritten.append(_lists_row(post_id, lists))
                new += fresh
        self._counters(tx, SET_POST_LISTS, rewritten)
        summary.assertions_created = len(new)
        for rel_type, rows in _relation_rows(new).items():
            query = MERGE_RELATIONS.format(rel_type=_in_vocabulary(rel_type, RELATION_TYPES))
            for item in self._run_rows(tx, query, rows, sample=EVIDENCE_SAMPLE):
                if isinstance(item, neo4j.ResultSummary):
                    summary.relationships_created += item.counters.relationships_created
                else:
                    summary.relationships_updated += item["updated"]

    # -- reads -------------------------------------------------------------

    def existing_post_ids(self, ids: Collection[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunked(dict.fromkeys(ids), self.batch_size):
            found.update(record["id"] for record in self._stream(EXISTING_POSTS, {"ids": chunk}))
        return found

    def entities(self, filters: Filters | None = None) -> Iterator[Entity]:
        self._check_model()
        types = sorted(filters.types) if filters and filters.types is not None else None
        for r in self._stream(READ_ENTITIES, {"entity_types": list(ENTITY_TYPES), "types": types}):
            yield Entity(r["key"], r["type"], r["name"], tuple(r["aliases"]))

    def relations(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        return self._relations(READ_RELATIONS, filters)

    def relation_aggregates(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        return self._relations(READ_AGGREGATES, filters)

    def _relations(self, query: str, filters: Filters | None) -> Iterator[StoredRelation]:
        self._check_model()
        filters = filters or Filters()
        relation_types = [
            t for t in RELATION_TYPES if filters.relations is None or t in filters.relations
        ]
        params = {
            "relation_types": relation_types,
            "types": sorted(filters.types) if filters.types is not None else None,
            "since": filters.since,
            "until": filters.until,
        }
        for r in self._stream(query, params):
            yield _stored_relation(r)

    def assertions(
        self,
        filters: Filters | None = None,
        edges: Collection[tuple[str, str, str]] | None = None,
    ) -> Iterator[Assertion]:
        self._check_model()
        filters = filters or Filters()
        params: dict[str, Any] = {
            "relation_types": sorted(filters.relations) if filters.relations is not None else None,
            "types": sorted(filters.types) if filters.types is not None else None,
            "since": filters.since,
            "until": filters.until,
        }
        if edges is None:
            for record in self._stream(READ_ASSERTIONS, params):
                yield _assertion(record)
            return
        # Chunks of sorted edges, each sorted by the query: the whole stream is in order.
        for chunk in chunked(sorted(set(edges)), self.batch_size):
            for record in self._stream(READ_EDGE_ASSERTIONS, {**params, "edges": chunk}):
                yield _assertion(record)

    def assertion_count(self) -> int:
        self._check_model()
        with self._faults(), self._session(neo4j.READ_ACCESS) as session:
            return int(session.run(COUNT_ASSERTIONS).single(strict=True)["n"])

    def posts(self) -> Iterator[Post]:
        self._check_model()
        for record in self._stream(READ_POSTS, {}):
            yield _post(record["post"])

    def channels(self) -> Iterator[Channel]:
        self._check_model()
        for record in self._stream(READ_CHANNELS, {}):
            yield Channel(record["key"], record["name"])

    def mentions(self) -> Iterator[tuple[str, str]]:
        self._check_model()
        for record in self._stream(READ_MENTIONS, {}):
            yield record["post_id"], record["key"]

    def stats(self) -> Stats:
        self._check_model()

        def count_all(tx: neo4j.ManagedTransaction) -> Stats:
            def count(query: str) -> int:
                return int(tx.run(query).single(strict=True)["n"])

            labels = {label: count(COUNT_LABEL.format(label=label)) for label in STATS_LABELS}
            relationships = {
                rel_type: count(COUNT_RELATIONSHIPS.format(rel_type=rel_type))
                for rel_type in STATS_RELATIONSHIPS
            }
            return Stats(
                labels={k: n for k, n in labels.items() if n},
                relationships={k: n for k, n in relationships.items() if n},
                assertions=count(COUNT_ASSERTIONS),
            )

        with self._faults(), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(count_all)

    def run(
        self, query: str, params: dict[str, Any], *, read_only: bool, in_pack: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Rows of any Cypher query, streamed, values as the driver returns them.

        ``read_only``: in a read transaction (on a reader of a cluster), where Neo4j
        refuses any write (InputError naming the reason); else in an auto-commit
        transaction, so ``CALL {...} IN TRANSACTIONS`` works.
        """
        self._check_model()
        if read_only:
            records = self._stream(query, params, notifications=True, known_names=in_pack)
        else:
            records = self._autocommit(query, params, known_names=in_pack)
        try:
            for record in records:
                yield dict(zip(record.keys(), record.values(), strict=True))
        except StoreError as exc:
            if READ_ONLY_REFUSAL not in str(exc):
                raise
            raise InputError(
                "query",
                f"it writes, and queries run in a read transaction unless --write is given ({exc})",
            ) from None

    def _autocommit(
        self, query: str, params: dict[str, Any], *, known_names: bool = False
    ) -> Iterator[neo4j.Record]:
        with (
            self._faults(),
            self._session(
                neo4j.WRITE_ACCESS, notifications=True, known_names=known_names
            ) as session,
        ):
            yield from session.run(query, params)

    def close(self) -> None:
        self._driver.close()
