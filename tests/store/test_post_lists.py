"""The list properties graph model 3 keeps on a Neo4j post, both ways."""

from __future__ import annotations

from graphkit.graph import Assertion
from graphkit.store.post_lists import (
    EVIDENCE,
    SOURCES,
    SPANS,
    TYPES,
    added,
    post_assertions,
    post_lists,
)

TEXT = "📍 Vienna, 4 March\nThe Minister met his Austrian counterpart. He criticised the sanctions."


def assertion(source: str, rtype: str, target: str, evidence: str) -> Assertion:
    return Assertion(
        source=source,
        type=rtype,  # type: ignore[arg-type]
        target=target,
        post_id="mfa:7",
        evidence=evidence,
        confidence=0.8,
        rule="en.test",
        modality="asserted",
        date="2024-03-04",
    )


MET = assertion("person:a", "MET_WITH", "person:b", "The Minister met his Austrian counterpart.")
CRITICISED = assertion("person:a", "CRITICISED", "org:eu", "He criticised the sanctions.")


def test_lists_are_ordered_by_triple_and_read_back_whole() -> None:
    lists = post_lists(TEXT, [MET, CRITICISED])
    assert lists[TYPES] == ["CRITICISED", "MET_WITH"]
    assert lists[SOURCES] == ["person:a", "person:a"]
    assert EVIDENCE not in lists
    assert post_assertions("mfa:7", "2024-03-04", TEXT, lists) == [CRITICISED, MET]


def test_spans_count_code_points_after_an_emoji() -> None:
    lists = post_lists(TEXT, [MET])
    start, end = lists[SPANS]
    assert TEXT[start:end] == MET.evidence
    assert start == TEXT.index("The Minister")


def test_evidence_outside_the_text_is_kept_as_text() -> None:
    elsewhere = assertion("person:a", "VISITED", "place:vienna", "A sentence of another text.")
    lists = post_lists(TEXT, [MET, elsewhere])
    assert lists[SPANS][:2] == [-1, -1] or lists[SPANS][2:] == [-1, -1]
    assert sorted(lists[EVIDENCE]) == ["", elsewhere.evidence]
    assert set(post_assertions("mfa:7", "2024-03-04", TEXT, lists)) == {MET, elsewhere}


def test_a_post_without_assertions_gets_no_property() -> None:
    assert post_lists(TEXT, []) == {}
    assert post_assertions("mfa:7", None, TEXT, {}) == []


def test_added_keeps_only_triples_the_post_lacks() -> None:
    again = assertion("person:a", "MET_WITH", "person:b", "Another sentence.")
    assert added([MET], [again, CRITICISED, CRITICISED]) == [CRITICISED]
