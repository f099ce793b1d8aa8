"""A post's assertions as the parallel lists graph model 3 keeps on the Neo4j Post node.

Writing a post's assertions as properties of the post node, in the write that creates
the post, costs the engine a fraction of one record per assertion (docs/model.md,
"What the stores chose"). Index ``i`` of every list is one assertion; the lists are
ordered by (source, type, target), one item per triple. Evidence is kept as offsets
into the post's text (Cypher's ``substring`` counts code points, as Python does), or as
text in ``assertion_evidence`` when it is not part of the post's text. The Neo4j store
and the neo4j-admin export share this module: it imports no driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from graphkit.graph import Assertion

TYPES = "assertion_types"
SOURCES = "assertion_sources"
TARGETS = "assertion_targets"
RULES = "assertion_rules"
CONFIDENCES = "assertion_confidences"
MODALITIES = "assertion_modalities"
#: Flattened pairs: the evidence of item i is ``text[spans[2i]:spans[2i + 1]]``.
SPANS = "assertion_spans"
#: Present only when some evidence is not in the text (its span is -1, -1).
EVIDENCE = "assertion_evidence"
#: Every list property, in the order the export writes them.
PROPERTIES = (TYPES, SOURCES, TARGETS, RULES, CONFIDENCES, MODALITIES, SPANS, EVIDENCE)
NOT_IN_TEXT = -1


def triple(a: Assertion) -> tuple[str, str, str]:
    return (a.source, a.type, a.target)


def post_lists(text: str, assertions: Iterable[Assertion]) -> dict[str, list[Any]]:
    """The list properties of a post holding ``assertions`` (one per triple: the first
    given wins); no property at all for a post that asserts nothing."""
    unique: dict[tuple[str, str, str], Assertion] = {}
    for a in assertions:
        unique.setdefault(triple(a), a)
    ordered = [unique[t] for t in sorted(unique)]
    if not ordered:
        return {}
    spans: list[int] = []
    quoted: list[str] = []
    for a in ordered:
        start = text.find(a.evidence)
        if start < 0:
            spans += [NOT_IN_TEXT, NOT_IN_TEXT]
            quoted.append(a.evidence)
        else:
            spans += [start, start + len(a.evidence)]
            quoted.append("")
    lists: dict[str, list[Any]] = {
        TYPES: [a.type for a in ordered],
        SOURCES: [a.source for a in ordered],
        TARGETS: [a.target for a in ordered],
        RULES: [a.rule for a in ordered],
        CONFIDENCES: [a.confidence for a in ordered],
        MODALITIES: [a.modality for a in ordered],
        SPANS: spans,
    }
    if any(quoted):
        lists[EVIDENCE] = quoted
    return lists


def post_assertions(
    post_id: str, day: str | None, text: str, lists: Mapping[str, Any]
) -> list[Assertion]:
    """The assertions a post's list properties hold (none when it has none)."""
    types = lists.get(TYPES) or []
    spans = lists.get(SPANS) or []
    quoted = lists.get(EVIDENCE) or [""] * len(types)
    found = []
    for i, rtype in enumerate(types):
        start, end = spans[2 * i], spans[2 * i + 1]
        found.append(
            Assertion(
                source=lists[SOURCES][i],
                type=rtype,
                target=lists[TARGETS][i],
                post_id=post_id,
                evidence=quoted[i] if start == NOT_IN_TEXT else text[start:end],
                confidence=float(lists[CONFIDENCES][i]),
                rule=lists[RULES][i],
                modality=lists[MODALITIES][i],
                date=day,
            )
        )
    return found


def added(stored: Iterable[Assertion], new: Iterable[Assertion]) -> list[Assertion]:
    """The assertions of ``new`` whose triple ``stored`` lacks (the first of each)."""
    known = {triple(a) for a in stored}
    fresh: dict[tuple[str, str, str], Assertion] = {}
    for a in new:
        if triple(a) not in known:
            fresh.setdefault(triple(a), a)
    return list(fresh.values())
