"""The Russian extractor: the same mentions and relations as the English one, found with
morphology (pymorphy lemmas), slovnet NER and dependency syntax (natasha's models, loaded
on the first Russian post) and the patterns of ``extract/patterns/ru``."""

from __future__ import annotations

from dataclasses import dataclass

from graphkit.extract.clauses import Found
from graphkit.extract.kb import KnowledgeBase
from graphkit.extract.mentions import Mention
from graphkit.extract.ru.entities import find_mentions
from graphkit.extract.ru.lexicon import lexicon
from graphkit.extract.ru.nlp import RuDocument, tokenize
from graphkit.extract.ru.relations import find_relations

__all__ = ["RuAnalysis", "analyse_ru"]


@dataclass(slots=True)
class RuAnalysis:
    """Everything found in one Russian text, before resolution."""

    doc: RuDocument
    mentions: list[Mention]
    relations: list[Found]


def analyse_ru(text: str, kb: KnowledgeBase) -> RuAnalysis:
    """Mentions and relations of a Russian ``text``, deterministic for a given KB."""
    doc = tokenize(text)
    lex = lexicon(kb)
    mentions = find_mentions(doc, kb, lex)
    return RuAnalysis(doc, mentions, find_relations(doc, mentions, lex.title_heads))
