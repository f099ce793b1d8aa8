"""One contract, both stores: the embedded SQLite file and the live Neo4j.

The same batches give the same graph, the same provenance, the same summaries
and the same stats in either store.

``WriteSummary`` counts: ``posts_created``/``posts_present`` are the batch's
posts new to / already in the store; ``nodes_created`` the Entity and Channel
nodes created (posts are counted apart); ``relationships_created`` the actor
relationships (source, type, target) created and ``relationships_updated``
those already present that gained an asserting post; ``assertions_created`` the
(post, relation) assertions new to the store. MENTIONS and FORWARDED_FROM are
not counted there (``stats()`` counts them).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_graph import (
    CRITICISM_1,
    CRITICISM_2,
    FIRST,
    FORUM,
    LAVROV,
    NATO,
    SECOND,
    TALKS_1,
    TALKS_2,
    WANG,
    post,
    relation,
)

from graphkit.graph import EVIDENCE_SAMPLE, Evidence, StoredRelation, build_batch
from graphkit.models import Entity, Extraction
from graphkit.store.base import Filters, GraphStore, Stats
from graphkit.store.sqlite import SqliteStore


@pytest.fixture(params=["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store of each kind, its schema in place."""
    if request.param == "neo4j":
        graph: GraphStore = request.getfixturevalue("neo4j_store")
        graph.ensure_schema()
        yield graph
        return
    with SqliteStore(tmp_path / "graph.db") as graph:
        graph.ensure_schema()
        yield graph


def by_triple(
    store: GraphStore, filters: Filters | None = None
) -> dict[tuple[str, str, str], StoredRelation]:
    return {(r.source, r.type, r.target): r for r in store.relations(filters)}


def entity_set(store: GraphStore) -> set[tuple[str, str, str, frozenset[str]]]:
    return {(e.id, e.type, e.name, frozenset(e.aliases)) for e in store.entities()}


def provenance(store: GraphStore, relation: StoredRelation) -> set[tuple[str, str, str | None]]:
    """(post id, evidence, date) of every assertion of ``relation``."""
    edge = (relation.source, relation.type, relation.target)
    return {(a.post_id, a.evidence, a.date) for a in store.assertions(edges=[edge])}


def test_first_write_reports_what_it_created(store: GraphStore) -> None:
    summary = store.write(build_batch(FIRST))
    assert summary.posts_created == 3
    assert summary.posts_present == 0
    assert summary.nodes_created == 5 + 1  # five entities, one forwarding channel
    assert summary.nodes_present == 0
    assert summary.relationships_created == 4
    assert summary.relationships_updated == 0
    assert summary.assertions_created == store.assertion_count() == 4


def test_writing_the_same_batch_again_changes_nothing(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    stats, relations = store.stats(), by_triple(store)
    again = store.write(build_batch(FIRST))
    assert again.posts_present == len(FIRST)
    assert (again.posts_created, again.nodes_created) == (0, 0)
    assert again.nodes_present == 5 + 1
    assert (again.relationships_created, again.relationships_updated) == (0, 0)
    assert again.assertions_created == 0
    assert store.stats() == stats
    assert by_triple(store) == relations


def test_incremental_write_adds_only_what_is_new(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    summary = store.write(build_batch([*FIRST[:1], *SECOND]))
    assert summary.posts_created == len(SECOND)
    assert summary.posts_present == 1
    assert summary.nodes_created == 2  # Russia and BRICS; Lavrov, NATO, Wang Yi are known
    assert summary.relationships_created == 0
    assert summary.relationships_updated == 3  # CRITICISED, MET_WITH, SPOKE_AT
    assert store.existing_post_ids(["mfa:1", "mfa:6", "mfa:99"]) == {"mfa:1", "mfa:6"}


def test_relationship_carries_provenance_of_every_asserting_post(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    criticised = by_triple(store)[(LAVROV.id, "CRITICISED", "nato")]
    assert provenance(store, criticised) == {
        ("mfa:1", CRITICISM_1, "2024-03-01"),
        ("mfa:4", CRITICISM_2, "2024-06-10"),
    }
    assert criticised.count == 2
    assert criticised.confidence == pytest.approx(0.9)
    assert (criticised.first_seen, criticised.last_seen) == ("2024-03-01", "2024-06-10")
    assert criticised.sample == (
        Evidence("mfa:1", "2024-03-01", CRITICISM_1),
        Evidence("mfa:4", "2024-06-10", CRITICISM_2),
    )


def test_symmetric_relation_is_stored_once_whichever_way_it_is_stated(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    met = [r for r in store.relations() if r.type == "MET_WITH"]
    assert len(met) == 1
    assert (met[0].source, met[0].target) == (LAVROV.id, WANG.id)
    assert provenance(store, met[0]) == {
        ("mfa:2", TALKS_1, "2024-03-05"),
        ("mfa:5", TALKS_2, "2024-02-20"),
    }
    assert (met[0].first_seen, met[0].last_seen) == ("2024-02-20", "2024-03-05")
    # The sample keeps the earliest evidence, whichever post was written first.
    assert [e.post_id for e in met[0].sample] == ["mfa:5", "mfa:2"]


def test_modality_becomes_asserted_once_a_post_asserts_it(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    spoke = by_triple(store)[(LAVROV.id, "SPOKE_AT", FORUM.id)]
    assert spoke.modality == "planned"
    assert (spoke.first_seen, spoke.last_seen) == (None, None)  # the post has no date
    store.write(build_batch(SECOND))
    spoke = by_triple(store)[(LAVROV.id, "SPOKE_AT", FORUM.id)]
    assert spoke.modality == "asserted"
    assert spoke.count == 2
    assert {a.date for a in store.assertions(edges=[(LAVROV.id, "SPOKE_AT", FORUM.id)])} == {
        None,
        "2024-06-24",
    }
    assert [e.date for e in spoke.sample] == ["2024-06-24", None]  # undated last
    assert (spoke.first_seen, spoke.last_seen) == ("2024-06-24", "2024-06-24")


def test_known_entity_keeps_its_name_and_gains_aliases(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    lavrov = next(e for e in store.entities() if e.id == LAVROV.id)
    assert (lavrov.type, lavrov.name) == ("Person", "Sergey Lavrov")
    assert set(lavrov.aliases) == {"Lavrov", "FM Lavrov"}


def test_posts_channels_and_mentions_read_back(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    assert set(store.posts()) == {ex.post for ex in (*FIRST, *SECOND)}
    assert [(c.key, c.name) for c in store.channels()] == [
        ("russian-embassy", "Russian Embassy 🇷🇺")
    ]
    assert set(store.mentions()) == {
        (ex.post.id, entity.id) for ex in (*FIRST, *SECOND) for entity in ex.entities
    }


def test_filters_select_entity_types_relation_types_and_periods(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    people = Filters(types=frozenset({"Person"}))
    assert {e.id for e in store.entities(people)} == {LAVROV.id, WANG.id}
    assert set(by_triple(store, people)) == {(LAVROV.id, "MET_WITH", WANG.id)}
    criticism = Filters(relations=frozenset({"CRITICISED", "HELD_IN"}))
    assert {t[1] for t in by_triple(store, criticism)} == {"CRITICISED", "HELD_IN"}
    summer = Filters(since="2024-06-01")
    assert set(by_triple(store, summer)) == {
        (LAVROV.id, "CRITICISED", "nato"),
        (LAVROV.id, "SPOKE_AT", FORUM.id),
    }
    winter = Filters(until="2024-02-28")
    assert set(by_triple(store, winter)) == {(LAVROV.id, "MET_WITH", WANG.id)}
    both = Filters(relations=frozenset({"MET_WITH"}), since="2024-03-05", until="2024-03-05")
    assert set(by_triple(store, both)) == {(LAVROV.id, "MET_WITH", WANG.id)}


def test_stats_count_labels_and_relationship_types(store: GraphStore) -> None:
    assert store.stats() == Stats()
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    stats = store.stats()
    assert stats.labels == {
        "Entity": 7,
        "Person": 2,
        "Organisation": 2,
        "Country": 1,
        "Place": 1,
        "Event": 1,
        "Post": 6,
        "Channel": 1,
    }
    mentions = sum(len(ex.entities) for ex in (*FIRST, *SECOND))
    assert stats.relationships == {
        "CRITICISED": 1,
        "MET_WITH": 1,
        "SPOKE_AT": 1,
        "HELD_IN": 1,
        "MENTIONS": mentions,
        "FORWARDED_FROM": 2,
    }
    keys = {a.key for part in (FIRST, SECOND) for a in build_batch(part).assertions}
    assert stats.assertions == len(keys) == store.assertion_count() == 7


def test_assertions_stream_in_relation_then_date_order_and_filter(store: GraphStore) -> None:
    store.write(build_batch(FIRST))
    store.write(build_batch(SECOND))
    every = list(store.assertions())
    assert len(every) == store.assertion_count() == 7
    order = [(a.source, a.type, a.target, a.date is None, a.date or "", a.post_id) for a in every]
    assert order == sorted(order)
    assert len({a.key for a in every}) == len(every)
    met = (LAVROV.id, "MET_WITH", WANG.id)
    assert [a.post_id for a in store.assertions(edges=[met])] == ["mfa:5", "mfa:2"]
    summer = list(store.assertions(Filters(since="2024-06-01")))
    assert summer and all(a.date is not None and a.date >= "2024-06-01" for a in summer)
    people = Filters(types=frozenset({"Person"}))
    assert {(a.source, a.type, a.target) for a in store.assertions(people)} == {met}
    for stored in store.relations():
        assert stored.count == len(
            list(store.assertions(edges=[(stored.source, stored.type, stored.target)]))
        )
        assert len(stored.sample) <= EVIDENCE_SAMPLE


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph(tmp_path: Path, neo4j_store: GraphStore) -> None:
    neo4j_store.ensure_schema()
    with SqliteStore(tmp_path / "graph.db") as embedded:
        embedded.ensure_schema()
        for batch in (FIRST, SECOND[:2], [*FIRST[1:], *SECOND]):
            assert embedded.write(build_batch(batch)) == neo4j_store.write(build_batch(batch))
        assert embedded.stats() == neo4j_store.stats()
        assert entity_set(embedded) == entity_set(neo4j_store)
        assert set(embedded.posts()) == set(neo4j_store.posts())
        assert set(embedded.mentions()) == set(neo4j_store.mentions())

        def normalised(store: GraphStore) -> dict[tuple[str, str, str], tuple[object, ...]]:
            return {
                triple: (
                    provenance(store, rel),
                    rel.sample,
                    round(rel.confidence, 6),
                    rel.count,
                    rel.first_seen,
                    rel.last_seen,
                    rel.modality,
                )
                for triple, rel in by_triple(store).items()
            }

        assert normalised(embedded) == normalised(neo4j_store)


VOLKOV = Entity("person:volkov", "Person", "Volkov")
ANDREI = Entity("person:andrei-volkov", "Person", "Andrei Volkov", ("Mr Volkov",))
SURNAME_TALKS = "Sergey Lavrov held talks with Deputy Minister Volkov."
SURNAME_CRITICISM = "Volkov criticised NATO."
FULL_TALKS = "Sergey Lavrov held talks with Andrei Volkov."
SURNAME_POST = Extraction(
    post(20, SURNAME_TALKS + " " + SURNAME_CRITICISM, "2024-05-15"),
    (LAVROV, VOLKOV, NATO),
    (
        relation(LAVROV, "MET_WITH", VOLKOV, SURNAME_TALKS),
        relation(VOLKOV, "CRITICISED", NATO, SURNAME_CRITICISM, confidence=0.7),
    ),
)
FULL_POST = Extraction(
    post(21, FULL_TALKS, "2024-05-20"),
    (LAVROV, ANDREI),
    (relation(LAVROV, "MET_WITH", ANDREI, FULL_TALKS, confidence=0.9),),
)


@pytest.mark.parametrize("order", ["surname first", "full name first"])
def test_a_full_name_claims_the_surname_only_person_in_either_order(
    store: GraphStore, order: str
) -> None:
    posts = [SURNAME_POST, FULL_POST] if order == "surname first" else [FULL_POST, SURNAME_POST]
    summaries = [store.write(build_batch([extraction])) for extraction in posts]
    assert [s.entities_merged for s in summaries] == [0, 1]
    assert store.merges() == {VOLKOV.id: ANDREI.id}
    entities = {e.id: e for e in store.entities()}
    assert VOLKOV.id not in entities
    assert set(entities[ANDREI.id].aliases) == {"Mr Volkov", "Volkov"}
    assert {m for m in store.mentions() if m[0] == "mfa:20"} == {
        ("mfa:20", LAVROV.id),
        ("mfa:20", ANDREI.id),
        ("mfa:20", NATO.id),
    }
    relations = by_triple(store)
    met = relations[(ANDREI.id, "MET_WITH", LAVROV.id)]
    assert (met.count, met.first_seen, met.last_seen) == (2, "2024-05-15", "2024-05-20")
    assert met.confidence == pytest.approx(0.9)
    assert [e.post_id for e in met.sample] == ["mfa:20", "mfa:21"]
    assert relations[(ANDREI.id, "CRITICISED", NATO.id)].count == 1
    assert not any(VOLKOV.id in (r.source, r.target) for r in relations.values())
    keys = {a.key for a in store.assertions()}
    assert keys == {
        f"mfa:20|{ANDREI.id}|MET_WITH|{LAVROV.id}",
        f"mfa:20|{ANDREI.id}|CRITICISED|{NATO.id}",
        f"mfa:21|{ANDREI.id}|MET_WITH|{LAVROV.id}",
    }
    assert store.assertion_count() == 3
    assert store.stats().labels["Person"] == 2


def criticism_post(number: int, date: str | None, evidence: str | None = None) -> Extraction:
    text = f"Statement {number}: {CRITICISM_1}"
    return Extraction(
        post(number, text, date),
        (LAVROV, NATO),
        (relation(LAVROV, "CRITICISED", NATO, evidence or CRITICISM_1),),
    )


def test_the_sample_keeps_the_earliest_posts_whatever_the_write_order(store: GraphStore) -> None:
    dates = ["2024-04-02", None, "2024-04-05", "2024-04-01", "2024-04-09", None, "2024-03-30"]
    posts = [criticism_post(40 + n, date) for n, date in enumerate(dates)]
    for extraction in posts:  # one write each: every one may displace the sample's last
        store.write(build_batch([extraction]))
    criticised = by_triple(store)[(LAVROV.id, "CRITICISED", NATO.id)]
    earliest = sorted(posts, key=lambda ex: (ex.post.day is None, ex.post.day or "", ex.post.id))
    assert criticised.sample == tuple(
        Evidence(ex.post.id, ex.post.day, CRITICISM_1) for ex in earliest[:EVIDENCE_SAMPLE]
    )
    assert criticised.count == len(posts)
    assert list(store.relation_aggregates()) == list(GraphStore.relation_aggregates(store))


def test_a_stored_post_gains_only_the_relations_it_lacked(store: GraphStore) -> None:
    quoted = "Lavrov, quoted elsewhere: NATO is a relic."  # not part of the post's text
    first = criticism_post(50, "2024-05-01", evidence=quoted)
    store.write(build_batch([first]))
    talks = relation(LAVROV, "MET_WITH", WANG, CRITICISM_1, confidence=0.6)
    again = Extraction(first.post, (LAVROV, NATO, WANG), (*first.relations, talks))
    summary = store.write(build_batch([again]))
    assert (summary.posts_present, summary.assertions_created) == (1, 1)
    assert summary.relationships_created == 1
    evidence = {(a.type, a.evidence) for a in store.assertions()}
    assert evidence == {("CRITICISED", quoted), ("MET_WITH", CRITICISM_1)}
    relations = by_triple(store)
    assert relations[(LAVROV.id, "CRITICISED", NATO.id)].count == 1
    assert relations[(LAVROV.id, "CRITICISED", NATO.id)].sample[0].sentence == quoted
    assert store.stats().assertions == 2
    stats = store.stats()
    assert store.write(build_batch([again])).assertions_created == 0
    assert store.stats() == stats
    assert {p.id for p in store.posts()} == {first.post.id}
