"""Helpers for the extraction tests: run the whole pipeline on text written here."""

from __future__ import annotations

from graphkit.models import Extraction, Post
from graphkit.pipeline import extract


def run(text: str, post_id: str = "t1", date: str | None = "2024-03-01") -> Extraction:
    """The extraction of one post with this text."""
    return next(extract([Post(id=post_id, channel="test", text=text, date=date)]))


def names(extraction: Extraction, etype: str | None = None) -> set[str]:
    return {e.name for e in extraction.entities if etype is None or e.type == etype}


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    """(source name, type, target name) of every relation."""
    by_id = {e.id: e.name for e in extraction.entities}
    return {(by_id[r.source], r.type, by_id[r.target]) for r in extraction.relations}


def relation(extraction: Extraction, source: str, rtype: str, target: str):  # type: ignore[no-untyped-def]
    by_id = {e.id: e.name for e in extraction.entities}
    for r in extraction.relations:
        if (by_id[r.source], r.type, by_id[r.target]) == (source, rtype, target):
            return r
    raise AssertionError(f"no {source} -{rtype}-> {target} in {triples(extraction)}")
