"""Every pattern's examples and counterexamples, run through the whole pipeline.

A pattern file's ``examples`` must give exactly their edges under the pattern's id, its
``counterexamples`` none of theirs (docs/patterns.md). One test per pattern, so a failure
names the pattern.
"""

from __future__ import annotations

from functools import cache

import pytest

import graphkit.extract  # noqa: F401  (the engines register their languages on import)
from graphkit.extract.patterns import Edge, Pattern, check_examples, languages, load_patterns
from graphkit.models import Post
from graphkit.pipeline import extract


@cache
def _edges(text: str) -> list[Edge]:
    extraction = next(extract([Post(id="p", channel="patterns", text=text, date="2024-03-01")]))
    by_id = {e.id: e.name for e in extraction.entities}
    return [(by_id[r.source], r.type, by_id[r.target], r.rule) for r in extraction.relations]


def _all() -> list[Pattern]:
    return [p for code in languages() for p in load_patterns(code).patterns]


@pytest.mark.parametrize("pattern", _all(), ids=lambda p: p.id)
def test_pattern_examples_hold(pattern: Pattern) -> None:
    assert check_examples(pattern, _edges) == []


def test_every_pattern_has_an_example() -> None:
    assert [p.id for p in _all() if not p.examples] == []
