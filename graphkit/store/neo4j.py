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
from graphkit.graph import Assertion, Channel, GraphBatch, StoredRelation
from graphkit.iterutil import chunked
from graphkit.models import (
    ENTITY_TYPES,
    RELATION_TYPES,
    STRUCTURAL_RELATIONS,
    Entity,
    Post,
)
from graphkit.store.base import Filters, GraphStore, Stats, WriteSummary

T = TypeVar("T")

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "cypher" / "schema.cypher"
#: Neo4j lists cannot hold null: a post without a date has this in ``dates``.
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

# --- Cypher -------------------------------------------------------------------

MERGE_POSTS = """
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p += row.properties
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

# One row per (source, target) with all its assertions of the batch. Posts already
# in post_ids are skipped, so rewriting a post never double-counts. Returns how many
# relationships that existed before (non-empty post_ids) gained a post.
MERGE_RELATIONS = """
UNWIND $rows AS row
MATCH (source:Entity {{key: row.source}})
MATCH (target:Entity {{key: row.target}})
MERGE (source)-[r:{rel_type}]->(target)
  ON CREATE SET r.post_ids = [], r.evidence = [], r.dates = [], r.rules = [],
                r.confidence = 0.0, r.modality = 'planned'
WITH r, size(r.post_ids) = 0 AS is_new,
     [a IN row.assertions WHERE NOT a.post_id IN r.post_ids] AS fresh
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
RETURN count(CASE WHEN NOT is_new THEN 1 END) AS updated
"""

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

# since bounds last_seen and until bounds first_seen: an undated relation fails both.
READ_RELATIONS = """
MATCH (source:Entity)-[r]->(target:Entity)
WHERE type(r) IN $relation_types
  AND ($types IS NULL OR (any(label IN labels(source) WHERE label IN $types)
                          AND any(label IN labels(target) WHERE label IN $types)))
  AND ($since IS NULL OR r.last_seen >= $since)
  AND ($until IS NULL OR r.first_seen <= $until)
RETURN source.key AS source, type(r) AS type, target.key AS target,
       r.post_ids AS post_ids, r.evidence AS evidence, r.dates AS dates,
       r.confidence AS confidence, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.modality AS modality
ORDER BY source, type, target
"""

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


def _post_row(post: Post) -> dict[str, Any]:
    properties = {
        "text": post.text,
        "date": post.date,
        "channel": post.channel,
        "hashtags": list(post.hashtags),
        "links": list(post.links),
        "forwarded_from": post.forwarded_from,
        "version_of": post.version_of,
    }
    return {"id": post.id, "properties": {k: v for k, v in properties.items() if v is not None}}


def _relation_rows(assertions: Iterable[Assertion]) -> dict[str, list[dict[str, Any]]]:
    """Rows of MERGE_RELATIONS by relationship type: one per (source, target)."""
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for a in assertions:
        grouped[(a.type, a.source, a.target)].append(
            {
                "post_id": a.post_id,
                "evidence": a.evidence,
                "date": a.date or NO_DATE,
                "rule": a.rule,
                "confidence": a.confidence,
                "modality": a.modality,
            }
        )
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (rel_type, source, target), rows in grouped.items():
        by_type[rel_type].append({"source": source, "target": target, "assertions": rows})
    return by_type


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
            if isinstance(exc, neo4j_errors.TransientError):
                raise StoreUnavailable(f"{where} is unavailable: {message}") from None
            raise StoreError(f"{where}: {exc.code}: {message}") from None
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise StoreUnavailable(f"{where} is unreachable (is it running?): {reason}") from None
        except neo4j_errors.DriverError as exc:
            raise StoreUnavailable(f"{where}: {' '.join(str(exc).split())}") from None

    def _session(self, access_mode: str, *, notifications: bool = False) -> neo4j.Session:
        """A session; the server's notifications (warnings) only for the caller's own queries:
        graphkit's queries name labels and types that may not exist yet, by design."""
        severity = (
            neo4j.NotificationMinimumSeverity.WARNING
            if notifications
            else neo4j.NotificationMinimumSeverity.OFF
        )
        return self._driver.session(
            database=self.database,
            default_access_mode=access_mode,
            fetch_size=FETCH_SIZE,
            notifications_min_severity=severity,
        )

    def _write_tx(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        with self._faults(), self._session(neo4j.WRITE_ACCESS) as session:
            return session.execute_write(work)

    def _stream(
        self, query: str, params: dict[str, Any], *, notifications: bool = False
    ) -> Iterator[neo4j.Record]:
        """Records of a read transaction, fetched as they are consumed."""
        with (
            self._faults(),
            self._session(neo4j.READ_ACCESS, notifications=notifications) as session,
            session.begin_transaction() as tx,
        ):
            yield from tx.run(query, params)

    # -- schema and writes -------------------------------------------------

    def ensure_schema(self) -> None:
        with self._faults(), self._session(neo4j.WRITE_ACCESS) as session:
            for statement in schema_statements():
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
        self._schema_ready = True

    def write(self, batch: GraphBatch) -> WriteSummary:
        if not self._schema_ready:
            self.ensure_schema()
        return self._write_tx(lambda tx: self._write_batch(tx, batch))

    def _run_rows(
        self, tx: neo4j.ManagedTransaction, query: str, rows: list[Any]
    ) -> Iterator[neo4j.ResultSummary | neo4j.Record]:
        """Run ``query`` on ``rows`` in chunks of ``batch_size``; yield records, then summaries."""
        for chunk in chunked(rows, self.batch_size):
            result = tx.run(query, rows=chunk)
            yield from result
            yield result.consume()

    def _counters(self, tx: neo4j.ManagedTransaction, query: str, rows: list[Any]) -> int:
        """Run ``query`` on ``rows``; return the nodes plus relationships it created."""
        created = 0
        for item in self._run_rows(tx, query, rows):
            if isinstance(item, neo4j.ResultSummary):
                created += item.counters.nodes_created + item.counters.relationships_created
        return created

    def _write_batch(self, tx: neo4j.ManagedTransaction, batch: GraphBatch) -> WriteSummary:
        summary = WriteSummary()
        summary.posts_created = self._counters(tx, MERGE_POSTS, [_post_row(p) for p in batch.posts])
        summary.posts_present = len(batch.posts) - summary.posts_created
        summary.nodes_created += self._counters(
            tx, MERGE_CHANNELS, [{"key": c.key, "name": c.name} for c in batch.channels]
        )
        entities: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in batch.entities:
            entities[e.type].append({"key": e.id, "name": e.name, "aliases": list(e.aliases)})
        for label, rows in entities.items():
            query = MERGE_ENTITIES.format(label=_in_vocabulary(label, ENTITY_TYPES))
            summary.nodes_created += self._counters(tx, query, rows)
        self._counters(tx, MERGE_MENTIONS, [list(m) for m in batch.mentions])
        self._counters(tx, MERGE_FORWARDS, [list(f) for f in batch.forwards])
        for rel_type, rows in _relation_rows(batch.assertions).items():
            query = MERGE_RELATIONS.format(rel_type=_in_vocabulary(rel_type, RELATION_TYPES))
            for item in self._run_rows(tx, query, rows):
                if isinstance(item, neo4j.ResultSummary):
                    summary.relationships_created += item.counters.relationships_created
                else:
                    summary.relationships_updated += item["updated"]
        summary.nodes_present = len(batch.entities) + len(batch.channels) - summary.nodes_created
        return summary

    # -- reads -------------------------------------------------------------

    def existing_post_ids(self, ids: Collection[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunked(dict.fromkeys(ids), self.batch_size):
            found.update(record["id"] for record in self._stream(EXISTING_POSTS, {"ids": chunk}))
        return found

    def entities(self, filters: Filters | None = None) -> Iterator[Entity]:
        types = sorted(filters.types) if filters and filters.types is not None else None
        for r in self._stream(READ_ENTITIES, {"entity_types": list(ENTITY_TYPES), "types": types}):
            yield Entity(r["key"], r["type"], r["name"], tuple(r["aliases"]))

    def relations(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
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
        for r in self._stream(READ_RELATIONS, params):
            yield StoredRelation(
                source=r["source"],
                type=r["type"],
                target=r["target"],
                post_ids=tuple(r["post_ids"]),
                evidence=tuple(r["evidence"]),
                dates=tuple(d or None for d in r["dates"]),
                confidence=r["confidence"],
                count=r["count"],
                first_seen=r["first_seen"],
                last_seen=r["last_seen"],
                modality=r["modality"],
            )

    def posts(self) -> Iterator[Post]:
        for record in self._stream(READ_POSTS, {}):
            yield Post.from_dict(record["post"])

    def channels(self) -> Iterator[Channel]:
        for record in self._stream(READ_CHANNELS, {}):
            yield Channel(record["key"], record["name"])

    def mentions(self) -> Iterator[tuple[str, str]]:
        for record in self._stream(READ_MENTIONS, {}):
            yield record["post_id"], record["key"]

    def stats(self) -> Stats:
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
            )

        with self._faults(), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(count_all)

    def run(
        self, query: str, params: dict[str, Any], *, read_only: bool
    ) -> Iterator[dict[str, Any]]:
        """Rows of any Cypher query, streamed, values as the driver returns them.

        ``read_only``: in a read transaction (on a reader of a cluster), where Neo4j
        refuses any write (InputError naming the reason); else in an auto-commit
        transaction, so ``CALL {...} IN TRANSACTIONS`` works.
        """
        if read_only:
            records = self._stream(query, params, notifications=True)
        else:
            records = self._autocommit(query, params)
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

    def _autocommit(self, query: str, params: dict[str, Any]) -> Iterator[neo4j.Record]:
        with self._faults(), self._session(neo4j.WRITE_ACCESS, notifications=True) as session:
            yield from session.run(query, params)

    def close(self) -> None:
        self._driver.close()
