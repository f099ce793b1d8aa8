"""Rule-based extraction of entities and relations from one post's text.

``analyse(text, kb)`` tokenises the text, finds mentions (``entities``:
gazetteer, ``people``, ``events``) and relations (``relations``). Resolution
to canonical keys across posts lives in ``graphkit.resolve``; the streaming
entry point is ``graphkit.pipeline.extract``.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphkit.extract.clauses import Found
from graphkit.extract.entities import drop_unused_seats, find_mentions
from graphkit.extract.kb import KnowledgeBase
from graphkit.extract.mentions import Mention
from graphkit.extract.relations import find_relations
from graphkit.extract.sentences import Document, tokenize

__all__ = ["Analysis", "Found", "KnowledgeBase", "Mention", "analyse"]


@dataclass(slots=True)
class Analysis:
    """Everything found in one text, before resolution."""

    doc: Document
    mentions: list[Mention]
    relations: list[Found]


def analyse(text: str, kb: KnowledgeBase) -> Analysis:
    """Mentions and relations of ``text``, deterministic for a given KB."""
    doc = tokenize(text)
    mentions = find_mentions(doc, kb)
    relations = find_relations(doc, mentions)
    used = {id(end) for found in relations for end in (found.source, found.target)}
    return Analysis(doc, drop_unused_seats(mentions, used), relations)


# The Russian engine registers its resolvers with the pattern loader (natasha itself is
# imported only when a Russian post is analysed).
import graphkit.extract.ru.relations  # noqa: E402, F401
