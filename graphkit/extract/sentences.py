"""Tokens and sentences of a post: the one pass over the text every rule reads.

A token keeps its character span in the original text, so any span of tokens
can be quoted back exactly (entity surface forms, evidence sentences).
Matching uses a folded form of each token: accents removed, curly apostrophes
straightened, case kept (capitalisation is evidence of a name).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

_TOKEN_RE = re.compile(
    r"[A-Z]\.(?:"  # one prefix for the three forms with initials (the regex tries it once)
    r"(?:[A-Z]\.){0,2}[A-Z][^\W\d_]+"  # initials glued to a surname: A.A.Ivanov
    r"|(?:[A-Z]\.)+"  # dotted acronyms: U.S., U.K.
    r"|(?=\s+[A-Z]))"  # a middle initial: Antony J. Blinken
    r"|#?\w+"
    r"|[^\w\s]"
)
#: Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "Jr",
        "Sr",
        "No",
        "Nos",
        "vs",
        "etc",
        "Gen",
        "Col",
        "Lt",
        "Prof",
        "Amb",
        "H.E",
        "Md",
        "Mohd",
        "Muhd",
    }
)
_SENTENCE_END = (".", "!", "?", "…")
#: A longer run of tokens without a sentence end is cut into sentences of this many
#: tokens: rules compare pairs of words in a sentence, so their time grows with the
#: square of its length (the longest sentence of the test sets has 61 tokens).
MAX_SENTENCE_TOKENS = 300
_NEWLINE_RE = re.compile(r"\n+")
#: Lines that carry no content of their own: the channel's links and rubric tags.
_BOILERPLATE_RE = re.compile(
    r"^\W*(read in full|watch in full|key talking points:?|#\w+)\W*$", re.I
)


def fold(word: str) -> str:
    """The matching form of a word: no accents, straight apostrophes, case kept."""
    if word.isascii():
        return word
    word = word.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", word)
    # a token of combining marks alone folds to itself: a token is never empty
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or word


def word_at(words: list[str], i: int) -> str:
    """The word at ``i``, or "" outside the text."""
    return words[i] if 0 <= i < len(words) else ""


def lower_at(words: list[str], i: int) -> str:
    """The lower-cased word at ``i``, or "" outside the text."""
    return words[i].lower() if 0 <= i < len(words) else ""


def words_of(text: str) -> tuple[str, ...]:
    """The folded tokens of a short text (a KB name), without sentence structure."""
    return tuple(w if w.isascii() else fold(w) for w in _TOKEN_RE.findall(text))


@dataclass(slots=True)
class Document:
    """A tokenised post. ``sentences`` are half-open token ranges in text order."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int]]
    sentence_of: list[int]
    #: Whether each token starts with a capital letter ("#CSTO" counts).
    caps: list[bool]
    #: Token positions by lower-cased word: rules look only where their cue words are.
    positions: dict[str, list[int]]
    #: Whether a line break comes right before each token.
    breaks: list[bool]
    #: How many sentences over MAX_SENTENCE_TOKENS were cut.
    cut_sentences: int = 0

    def sentences_with(self, cues: Iterable[str]) -> list[int]:
        """Indexes of the sentences holding any of the lower-case ``cues``, in order."""
        sentence_of = self.sentence_of
        positions = self.positions
        return sorted({sentence_of[k] for cue in self.present(cues) for k in positions[cue]})

    def present(self, cues: Iterable[str]) -> AbstractSet[str]:
        """The lower-case ``cues`` that occur in the document."""
        wanted = cues if isinstance(cues, (set, frozenset)) else frozenset(cues)
        # a set's intersection with the dict runs in C over the document's few words
        return wanted.intersection(self.positions)

    def has_any(self, cues: Iterable[str]) -> bool:
        return not self.positions.keys().isdisjoint(cues)

    def __len__(self) -> int:
        return len(self.words)

    def surface(self, start: int, end: int) -> str:
        """The original text of tokens ``start`` to ``end`` (exclusive)."""
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.ends[end - 1]]

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.surface(start, end).strip()

    def line_break_before(self, index: int) -> bool:
        """Whether a line break separates token ``index`` from the one before it."""
        return self.breaks[index]

    def is_capitalised(self, index: int) -> bool:
        return self.caps[index]

    def headline(self) -> int | None:
        """The index of the first sentence that is not a rubric tag or boilerplate."""
        for index in range(len(self.sentences)):
            if not _BOILERPLATE_RE.match(self.sentence_text(index)):
                return index
        return None

    def is_boilerplate(self, index: int) -> bool:
        return bool(_BOILERPLATE_RE.match(self.sentence_text(index)))


def tokenize(text: str) -> Document:
    """Split ``text`` into tokens and sentences (line breaks always end a sentence)."""
    matches = list(_TOKEN_RE.finditer(text))
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    words = [m.group() for m in matches]
    if not text.isascii():
        words = [w if w.isascii() else fold(w) for w in words]
    count = len(words)
    # A sentence ends before a line break, and at a full stop that is not an abbreviation.
    boundaries = {count - 1} if count else set()
    breaks = [False] * count
    for newline in _NEWLINE_RE.finditer(text):
        after = bisect_right(starts, newline.start())
        if after > 0:
            boundaries.add(after - 1)
            if after < count:
                breaks[after] = True
    positions: dict[str, list[int]] = {}
    for i, lower in enumerate([w.lower() for w in words]):
        found = positions.get(lower)
        if found is None:
            positions[lower] = [i]
        else:
            found.append(i)
    for mark in _SENTENCE_END:
        for i in positions.get(mark, ()):
            if i + 1 >= count or i == 0:
                continue
            following, previous = words[i + 1], words[i - 1]
            if (
                (following[:1].isupper() or not following[:1].isalnum())
                and previous not in _ABBREVIATIONS
                and not (len(previous) == 1 and previous.isupper())
                and starts[i + 1] > ends[i]
            ):
                boundaries.add(i)
    sentences: list[tuple[int, int]] = []
    sentence_of: list[int] = []
    begin = 0
    cut = 0
    for last in sorted(boundaries):
        if last + 1 - begin > MAX_SENTENCE_TOKENS:
            cut += 1
            while last + 1 - begin > MAX_SENTENCE_TOKENS:
                sentence_of.extend([len(sentences)] * MAX_SENTENCE_TOKENS)
                sentences.append((begin, begin + MAX_SENTENCE_TOKENS))
                begin += MAX_SENTENCE_TOKENS
        sentence_of.extend([len(sentences)] * (last + 1 - begin))
        sentences.append((begin, last + 1))
        begin = last + 1
    caps = [w[0].isupper() for w in words]  # a token is never empty
    if "#" in text:
        for tag in [w for w in positions if w[:1] == "#" and len(w) > 1]:  # "#CSTO" counts
            for i in positions[tag]:
                caps[i] = words[i][1:2].isupper()
    return Document(text, words, starts, ends, sentences, sentence_of, caps, positions, breaks, cut)
