"""Russian text analysis: razdel tokens and sentences, pymorphy lemmas, slovnet NER and
dependency syntax (the models natasha ships, loaded once and only when a Russian post
appears). Syntax is parsed per sentence on demand: only sentences with a trigger lemma
pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

_NEWLINES_RE = re.compile(r"\n+")


@dataclass(slots=True)
class Token:
    """One word of a Russian post; ``head`` and ``rel`` are filled by ``parse``."""

    text: str
    start: int
    end: int
    sentence: int
    lemma: str
    tags: frozenset[str]
    head: int = -1
    rel: str = ""


@dataclass(slots=True)
class Sentence:
    start: int  # first token
    end: int  # one past the last token
    text: str
    parsed: bool = False


@dataclass(slots=True)
class RuDocument:
    """A tokenised Russian post with its NER spans (character offsets and type)."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def sentence_text(self, index: int) -> str:
        return self.sentences[index].text

    def children(self, index: int) -> list[int]:
        sentence = self.sentences[self.tokens[index].sentence]
        return [i for i in range(sentence.start, sentence.end) if self.tokens[i].head == index]


@cache
def _models() -> tuple[Any, Any]:
    """The slovnet NER tagger and syntax parser over navec embeddings (about 1 s)."""
    from natasha import NewsEmbedding, NewsNERTagger, NewsSyntaxParser

    embedding = NewsEmbedding()
    return NewsNERTagger(embedding), NewsSyntaxParser(embedding)


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def normal(word: str) -> str:
    """The matching form of a lemma or word: lower case, ё read as е."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1 << 17)  # words recur from post to post
def analyse_word(word: str) -> tuple[str, frozenset[str]]:
    """The most likely lemma of ``word`` and its grammemes."""
    if not any(c.isalpha() for c in word):
        return word, frozenset()
    if not _is_cyrillic(word):
        return word.lower(), frozenset({"LATN"})
    parse = _morph().parse(word)[0]
    return normal(parse.normal_form), frozenset(parse.tag.grammemes)


@lru_cache(maxsize=1 << 16)
def word_parses(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every (lemma, grammemes) reading of ``word``, most likely first."""
    return tuple((normal(p.normal_form), frozenset(p.tag.grammemes)) for p in _morph().parse(word))


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=1 << 16)
def person_lemma(word: str) -> str:
    """The lemma of a word of a person's name: a name reading first, then a noun's."""
    parses = word_parses(word) if _is_cyrillic(word) else ()
    for lemma, tags in parses:
        if tags & _NAME_TAGS:
            return lemma
    for lemma, tags in parses:
        if "NOUN" in tags:
            return lemma
    return normal(word)


def inflect(word: str, grammemes: set[str]) -> str | None:
    """``word`` put into the form ``grammemes`` names, or None when pymorphy cannot."""
    for parse in _morph().parse(word):
        form = parse.inflect(grammemes)
        if form is not None:
            return str(form.word)
    return None


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def tokenize(text: str) -> RuDocument:
    """Tokens, lemmas, sentences (a line break always ends one) and NER spans."""
    from razdel import sentenize
    from razdel import tokenize as words

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    offset = 0
    for line in _NEWLINES_RE.split(text):
        line_start = text.find(line, offset) if line else offset
        offset = line_start + len(line)
        for piece in sentenize(line):
            first = len(tokens)
            for word in words(piece.text):
                lemma, tags = analyse_word(word.text)
                start = line_start + piece.start + word.start
                tokens.append(
                    Token(word.text, start, start + len(word.text), len(sentences), lemma, tags)
                )
            if len(tokens) > first:
                sentences.append(Sentence(first, len(tokens), piece.text.strip()))
    ner, _ = _models()
    spans = [(s.start, s.stop, s.type) for s in ner(text).spans] if text.strip() else []
    return RuDocument(text, tokens, sentences, spans)


def parse(doc: RuDocument, index: int) -> None:
    """Dependency heads and relations for sentence ``index`` (once)."""
    sentence = doc.sentences[index]
    if sentence.parsed:
        return
    sentence.parsed = True
    _, parser = _models()
    words = [t.text for t in doc.tokens[sentence.start : sentence.end]]
    markup = next(iter(parser.map([words])))
    for position, parsed in enumerate(markup.tokens):
        token = doc.tokens[sentence.start + position]
        head = int(parsed.head_id)
        token.head = sentence.start + head - 1 if head > 0 else -1
        token.rel = parsed.rel
