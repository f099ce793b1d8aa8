"""The Neo4j store against the live server of tests/conftest.py.

The behaviour shared with the SQLite store is in test_contract.py; here: what
only Neo4j has (constraints, the stored properties, faults, a server stopped
in the middle of a load).
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from local_neo4j import LocalNeo4j, wipe

from graphkit.errors import InputError, StoreUnavailable
from graphkit.graph import (
    EVIDENCE_SAMPLE,
    MODEL_VERSION,
    Assertion,
    GraphBatch,
    batched,
    build_batch,
)
from graphkit.models import Entity, Extraction, Post, Relation
from graphkit.store.base import GraphStore
from graphkit.store.neo4j import Neo4jStore, schema_statements

pytestmark = pytest.mark.neo4j

FAULT_DEADLINE = 10.0
MID_LOAD_POSTS = 2000
MID_LOAD_BATCH = 10  # 200 small batches: many are still to come when the server stops

PEOPLE = [
    Entity(f"person:{n}", "Person", name, (name.split()[-1],))
    for n, name in enumerate(["Sergey Lavrov", "Maria Zakharova", "Wang Yi", "Antonio Guterres"])
]
BODIES = [
    Entity("org:un", "Organisation", "United Nations", ("UN",)),
    Entity("org:brics", "Organisation", "BRICS"),
    Entity("country:in", "Country", "India", ("Republic of India",)),
    Entity("place:geneva", "Place", "Geneva"),
    Entity("event:forum", "Event", "Primakov Readings"),
]
ACTORS = PEOPLE + BODIES
SENTENCES = {
    "MET_WITH": "{a} held talks with {b} on the sidelines of the session.",
    "CRITICISED": "{a} criticised the statement made by {b}.",
    "SUPPORTED": "{a} reaffirmed support for the initiative of {b}.",
    "VISITED": "{a} paid a working visit to {b}.",
}


def extraction(number: int) -> Extraction:
    """Post ``number``: two or three actors, one relation, a date on most posts."""
    people = [PEOPLE[number % 4], PEOPLE[(number + 1 + number // 4) % 4]]
    if people[0] == people[1]:
        people[1] = PEOPLE[(number + 2) % 4]
    body = BODIES[number % len(BODIES)]
    rtype = ("MET_WITH", "CRITICISED", "SUPPORTED", "VISITED")[number % 4]
    source, target = (people[0], people[1]) if rtype != "VISITED" else (people[0], body)
    text = SENTENCES[rtype].format(a=source.name, b=target.name)
    date = None if number % 7 == 0 else f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}"
    post = Post(
        id=f"mfa:{number}",
        channel="MFA Russia",
        text=text,
        forwarded_from="Russian Mission to the UN" if number % 5 == 0 else None,
        date=date,
        hashtags=("#UNGA",) if number % 3 == 0 else (),
    )
    relation = Relation(
        source.id, rtype, target.id, text, 0.5 + (number % 5) / 10, f"rule-{rtype.lower()}"
    )
    return Extraction(post, (*people, body), (relation,))


def extractions(count: int) -> list[Extraction]:
    return [extraction(n) for n in range(count)]


def snapshot(store: GraphStore) -> dict[str, Any]:
    """Everything a store holds, order-independent."""
    return {
        "stats": store.stats(),
        "entities": {(e.id, e.type, e.name, frozenset(e.aliases)) for e in store.entities()},
        "posts": set(store.posts()),
        "mentions": set(store.mentions()),
        "channels": set(store.channels()),
        "assertions": set(store.assertions()),
        "relations": {
            (r.source, r.type, r.target): (
                r.sample,
                r.count,
                round(r.confidence, 6),
                r.first_seen,
                r.last_seen,
                r.modality,
            )
            for r in store.relations()
        },
    }


def rows(store: Neo4jStore, query: str, **params: Any) -> list[dict[str, Any]]:
    return list(store.run(query, params, read_only=True))


def within_deadline(action: Callable[[], object]) -> StoreUnavailable:
    """Run ``action``; it must raise StoreUnavailable within FAULT_DEADLINE seconds."""
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as caught:
        action()
    assert time.monotonic() - started < FAULT_DEADLINE
    assert "\n" not in str(caught.value)
    return caught.value


# --- schema -------------------------------------------------------------------


def test_schema_file_creates_the_uniqueness_constraints_and_indexes(
    neo4j_store: Neo4jStore,
) -> None:
    neo4j_store.ensure_schema()  # a second time: IF NOT EXISTS
    constraints = {
        (r["labelsOrTypes"][0], r["properties"][0])
        for r in rows(neo4j_store, "SHOW CONSTRAINTS YIELD * WHERE type = 'UNIQUENESS' RETURN *")
    }
    assert {
        ("Entity", "key"),
        ("Post", "id"),
        ("Channel", "key"),
    } <= constraints
    assert not any(label == "Assertion" for label, _ in constraints)
    names = {r["name"] for r in rows(neo4j_store, "SHOW INDEXES YIELD name, state RETURN *")}
    declared = {s.split()[2] for s in schema_statements()}
    assert declared == {
        "entity_key",
        "post_id",
        "channel_key",
        "meta_key",
        "merged_key",
        "entity_name",
        "post_date",
        "post_channel",
    }
    assert declared <= names


# --- writes -------------------------------------------------------------------


def test_relationships_hold_aggregates_and_posts_hold_their_assertions(
    neo4j_store: Neo4jStore,
) -> None:
    batch = build_batch(extractions(40))
    neo4j_store.write(batch)
    by_triple: dict[tuple[str, str, str], list[Assertion]] = defaultdict(list)
    for a in neo4j_store.assertions():
        by_triple[(a.source, a.type, a.target)].append(a)
    assert sorted(a.key for group in by_triple.values() for a in group) == sorted(
        a.key for a in batch.assertions
    )
    relationships = rows(
        neo4j_store,
        "MATCH (s:Entity)-[r]->(t:Entity) RETURN s.key AS s, type(r) AS t, t.key AS o,"
        " properties(r) AS p",
    )
    assert len(relationships) == len(by_triple)
    for r in relationships:
        p, assertions = r["p"], by_triple[(r["s"], r["t"], r["o"])]
        assert "post_ids" not in p and "sample_evidence" not in p
        assert p["count"] == len(assertions) == len({a.post_id for a in assertions})
        assert p["confidence"] == max(a.confidence for a in assertions)
        known = sorted(a.date for a in assertions if a.date)
        assert (p.get("first_seen"), p.get("last_seen")) == (
            (known[0], known[-1]) if known else (None, None)
        )
        assert p["sample_post_ids"] == [a.post_id for a in assertions[:EVIDENCE_SAMPLE]]
        assert p["sample_dates"] == [a.date or "" for a in assertions[:EVIDENCE_SAMPLE]]
    lists = rows(
        neo4j_store,
        "MATCH (p:Post) RETURN p.id AS id, size(p.assertion_types) AS n,"
        " COUNT { MATCH (a:Assertion) } AS nodes",
    )
    per_post = Counter(a.post_id for a in batch.assertions)
    assert {r["id"]: r["n"] or 0 for r in lists} == {
        post.id: per_post[post.id] for post in batch.posts
    }
    assert {r["nodes"] for r in lists} == {0}
    meta = rows(neo4j_store, "MATCH (m:Meta) RETURN m {.*} AS m")
    assert meta == [{"m": {"key": "graphkit", "model": MODEL_VERSION}}]
    lavrov = rows(neo4j_store, "MATCH (e:Entity:Person {key: 'person:0'}) RETURN e {.*} AS e")
    assert lavrov == [{"e": {"key": "person:0", "name": "Sergey Lavrov", "aliases": ["Lavrov"]}}]


def test_writing_the_same_batch_twice_changes_nothing(neo4j_store: Neo4jStore) -> None:
    batch = build_batch(extractions(30))
    first = neo4j_store.write(batch)
    before = snapshot(neo4j_store)
    again = neo4j_store.write(batch)
    assert (first.posts_created, again.posts_created, again.posts_present) == (30, 0, 30)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert (again.relationships_updated, again.assertions_created) == (0, 0)
    assert snapshot(neo4j_store) == before
    counts = rows(
        neo4j_store, "MATCH ()-[r]->() WHERE r.count IS NOT NULL RETURN sum(r.count) AS n"
    )
    assert counts == [{"n": 30}]  # one relation per post, none counted twice


def test_incremental_write_adds_only_the_new_posts(neo4j_store: Neo4jStore) -> None:
    everything = extractions(60)
    neo4j_store.write(build_batch(everything[:40]))
    summary = neo4j_store.write(build_batch(everything[30:]))
    assert (summary.posts_created, summary.posts_present) == (20, 10)
    assert summary.nodes_created == 0  # all actors and the channel were known
    incremental = snapshot(neo4j_store)
    wipe(neo4j_store)
    neo4j_store.write(build_batch(everything))
    assert snapshot(neo4j_store) == incremental


def test_met_with_is_stored_once_whichever_way_it_is_stated(neo4j_store: Neo4jStore) -> None:
    lavrov, wang = PEOPLE[0], PEOPLE[2]
    posts = []
    for number, (a, b) in enumerate([(lavrov, wang), (wang, lavrov), (wang, lavrov)]):
        text = SENTENCES["MET_WITH"].format(a=a.name, b=b.name)
        post = Post(f"mfa:met-{number}", "MFA Russia", text, date=f"2024-05-0{number + 1}")
        posts.append(
            Extraction(post, (a, b), (Relation(a.id, "MET_WITH", b.id, text, 0.8, "met"),))
        )
    neo4j_store.write(build_batch(posts[:2]))
    neo4j_store.write(build_batch(posts))
    met = rows(
        neo4j_store,
        "MATCH (a:Entity)-[r:MET_WITH]-(b:Entity) "
        "RETURN DISTINCT startNode(r).key AS source, endNode(r).key AS target, r.count AS count",
    )
    assert met == [{"source": lavrov.id, "target": wang.id, "count": 3}]


def test_a_label_outside_the_vocabulary_is_refused_and_nothing_is_written(
    neo4j_store: Neo4jStore,
) -> None:
    batch = build_batch(extractions(5))
    rogue = Entity("x", "Person", "X")
    object.__setattr__(rogue, "type", "Person:Admin")  # bypassing the Literal type
    batch.entities.append(rogue)
    with pytest.raises(ValueError, match="vocabulary"):
        neo4j_store.write(batch)
    assert neo4j_store.stats().labels == {}


def test_read_only_queries_cannot_write(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(InputError, match="read transaction unless --write"):
        rows(neo4j_store, "CREATE (:Post {id: 'sneaky'})")
    assert neo4j_store.existing_post_ids(["sneaky"]) == set()


# --- faults -------------------------------------------------------------------


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server(neo4j_uri: str) -> None:
    port = unused_port()
    error = within_deadline(lambda: Neo4jStore(f"bolt://127.0.0.1:{port}"))
    assert "unreachable" in str(error)
    error = within_deadline(lambda: Neo4jStore(f"neo4j://127.0.0.1:{port}"))
    assert "unreachable" in str(error)


def test_unknown_database(neo4j_uri: str) -> None:
    error = within_deadline(lambda: Neo4jStore(neo4j_uri, database="nosuchgraph"))
    assert "no database 'nosuchgraph'" in str(error)


def test_wrong_password_and_right_password(neo4j_auth_server: LocalNeo4j) -> None:
    uri = neo4j_auth_server.uri
    error = within_deadline(lambda: Neo4jStore(uri, user="neo4j", password="not-the-password"))
    assert "wrong user or password" in str(error)
    error = within_deadline(lambda: Neo4jStore(uri))
    assert "no credentials" in str(error)
    with Neo4jStore(uri, user="neo4j", password=neo4j_auth_server.password) as store:
        store.ensure_schema()
        assert store.stats().labels == {}


# --- a server stopped in the middle of a load ---------------------------------


def load(store: GraphStore, batches: list[GraphBatch]) -> Iterator[int]:
    """Write the batches one by one, yielding how many are done."""
    store.ensure_schema()
    for done, batch in enumerate(batches, 1):
        store.write(batch)
        yield done


def test_server_stopped_mid_load_then_the_same_load_completes_it(
    neo4j_server: LocalNeo4j, neo4j_store: Neo4jStore
) -> None:
    everything = extractions(MID_LOAD_POSTS)
    batches = list(batched(everything, MID_LOAD_BATCH))
    for _ in load(neo4j_store, batches):
        pass
    clean = snapshot(neo4j_store)
    wipe(neo4j_store)

    stopper = threading.Thread(target=neo4j_server.stop)
    with pytest.raises(StoreUnavailable):
        for done in load(neo4j_store, batches):
            if done == 20:
                stopper.start()  # the writes go on while the server shuts down
    stopper.join()
    neo4j_server.start()

    with Neo4jStore(neo4j_server.uri) as rerun:
        written = len(rerun.existing_post_ids([ex.post.id for ex in everything]))
        # Stopped after batch 20, before the end.
        assert 20 * MID_LOAD_BATCH <= written < MID_LOAD_POSTS
        for _ in load(rerun, batches):
            pass
        assert snapshot(rerun) == clean
