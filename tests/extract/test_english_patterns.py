"""The English engine's vocabulary: inflection of trigger lemmas, and every action a pattern
names is a method of the relation finder."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.extract import relations
from graphkit.extract.english import ACTIONS, PATTERNS, inflect
from graphkit.extract.relations import RelationFinder

LEXICON = {"meet": ("met",), "take": ("took", "taken")}


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("attend", {"attend", "attends", "attended", "attending"}),
        ("meet", {"meet", "meets", "meeting", "met"}),
        (
            "take part in",
            {"take part in", "takes part in", "taking part in", "took part in", "taken part in"},
        ),
        ("chair", {"chair", "chairs", "chaired", "chairing"}),
        ("reiterate", {"reiterate", "reiterates", "reiterated", "reiterating"}),
        ("convey", {"convey", "conveys", "conveyed", "conveying"}),
        ("plan", {"plan", "plans", "planned", "planning"}),
        ("pass", {"pass", "passes", "passed", "passing"}),
    ],
)
def test_a_lemma_inflects_its_first_word(lemma: str, forms: set[str]) -> None:
    assert set(inflect(lemma, LEXICON)) == forms


def test_every_action_is_a_method_of_the_finder() -> None:
    named = {p.action for p in PATTERNS.patterns if p.action} | {
        a for p in PATTERNS.patterns for a in p.then
    }
    assert named == ACTIONS  # no action left that no pattern names
    missing = [
        a for a in named if not hasattr(RelationFinder, a) and not hasattr(RelationFinder, f"_{a}")
    ]
    assert missing == []


def test_triggers_are_indexed_by_their_first_word() -> None:
    slots = [p for p in PATTERNS.patterns if p.action is None]
    assert slots, "some patterns have slots"
    for pattern in slots:
        assert pattern.triggers
        assert all(form[0] != "*" for form in pattern.triggers), pattern.id


def test_each_rule_comes_from_one_place() -> None:
    """A pattern with slots is emitted by the engine only; an action's id by exactly one
    place of relations.py (so each output ``rule`` names one pattern)."""
    source = (Path(relations.__file__).parent / "relations.py").read_text(encoding="utf-8")
    for pattern in PATTERNS.patterns:
        uses = source.count(f'"{pattern.id}"')
        assert uses == (0 if pattern.action is None else 1), pattern.id
