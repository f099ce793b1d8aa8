"""Personal names as shapes of capitalised tokens, and the styles before them ("H.E. Dr",
"Tan Sri"); no title needed."""

from __future__ import annotations

from graphkit.extract.people_words import (
    ABBREVIATED_GIVEN_NAMES,
    HONORIFIC_FORMS,
    HYPHEN_NOT_NAMES,
    NEVER_IN_NAME,
    NEVER_NAME_START,
    NOT_MONONYMS,
    NOT_NAMES,
    PARTICLES,
    STYLE_FIRST_WORDS,
    STYLE_FORMS,
    TITLE_HEADS,
    VOWELS,
    Hits,
    is_word,
)
from graphkit.extract.sentences import Document


def plain_name(surface: str) -> str:
    """A name without the hashtag signs a channel puts on its words ("Anwar #Ibrahim")."""
    return surface.replace("#", "") if "#" in surface else surface


def glued(doc: Document, left: int) -> bool:
    """Whether token ``left + 1`` follows token ``left`` without a space."""
    return doc.starts[left + 1] == doc.ends[left]


class NameParser:
    """Personal names of one document, and the styles before them ("H.E. Dr", "Tan Sri")."""

    def __init__(self, doc: Document, hits: Hits) -> None:
        self.doc = doc
        self.hits = hits
        #: Start of each run of styles -> its end ("Dato' Seri Utama Haji" -> the name).
        self.styles: dict[int, int] = {}
        #: Whether each token belongs to a run of styles (never a name, never a person).
        self.styled = [False] * len(doc.words)
        self._find_styles()

    def _form_end(self, i: int, forms: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """End of the longest of ``forms`` at ``i`` (``i`` when none); a "'" or "." glued
        to one of its words belongs to it ("Dato'", "Dr.")."""
        words, n = self.doc.words, len(self.doc.words)
        for form in forms.get(words[i], ()):
            k = i
            for word in form:
                if k >= n or words[k] != word:
                    break
                k += 1
                if k < n and words[k] in ("'", ".") and glued(self.doc, k - 1):
                    k += 1
            else:
                return k
        return i

    def may_start_name(self, i: int) -> bool:
        doc = self.doc
        if i >= len(doc.words) or doc.breaks[i] or not doc.caps[i]:
            return False
        word = doc.words[i]
        return is_word(word) and word not in NEVER_NAME_START and word not in NOT_NAMES

    def _find_styles(self) -> None:
        doc = self.doc
        n = len(doc.words)
        words = doc.words
        starts = sorted(
            k
            for w in doc.present(STYLE_FIRST_WORDS)
            for k in doc.positions[w]
            if words[k] in HONORIFIC_FORMS or words[k] in STYLE_FORMS
        )
        for i in starts:
            if self.styled[i]:
                continue
            end = i
            while end < n:
                after = self._form_end(end, HONORIFIC_FORMS)
                if after == end:
                    # a title used as a style only counts before a name ("Cardinal Parolin")
                    after = self._form_end(end, STYLE_FORMS)
                    if after == end or not self.may_start_name(after):
                        break
                end = after
            if end > i:
                self.styles[i] = end
                for k in range(i, end):
                    self.styled[k] = True

    def is_name_token(self, i: int, first: bool) -> bool:
        doc = self.doc
        word = doc.words[i]
        if word[:1] == "#" and not first and self.hits[i] is None:
            word = word[1:]  # "Anwar #Ibrahim": a channel's tag inside a name
        if not is_word(word) or not doc.caps[i] or word in NOT_NAMES or self.styled[i]:
            return False
        if word in NEVER_IN_NAME:
            return False  # "Silk Road Fund", "Deutsche Bank"
        if first and (word in TITLE_HEADS or word in NOT_MONONYMS):
            return False  # "Madam Chair", "Hon. Members"
        if word.isupper() and len(word) > 1 and "." not in word:
            # acronyms are bodies, not people; but a surname in capitals opens a
            # surname-first name ("IWAYA Takeshi")
            return first and self._capitalised_surname(i)
        hit = self.hits[i]
        if hit is None:
            return True
        # a place may be a given name ("Vladimir"), but a capital after a name ends it
        return hit.key.split(":")[0] == "place" and (first or hit.metonym is None)

    def _capitalised_surname(self, i: int) -> bool:
        """Whether ``i`` is a family name in capitals before a given name ("ISHIBA
        Shigeru"): a word of letters with a vowel, then one ordinary name word."""
        doc, words = self.doc, self.doc.words
        word, nxt = words[i], i + 1
        if len(word) < 3 or not word.isalpha() or not VOWELS.intersection(word):
            return False
        if self.hits[i] is not None or nxt >= len(words) or doc.breaks[nxt]:
            return False
        given = words[nxt]
        return (
            given[1:].islower()
            and given not in NEVER_NAME_START
            and not given.isupper()
            and self.is_name_token(nxt, first=False)
        )

    def end(self, start: int, limit: int = 5) -> int:
        """End of the personal name starting at ``start`` (== start when there is none).

        Names are capitalised words, initials ("J."), hyphenated parts ("Kassym-Jomart",
        "Hong-kyun") and particles ("da Silva", "von der Leyen", "el-Sisi"); they never
        cross a line break; ``limit`` counts the capitalised words.
        """
        doc, words = self.doc, self.doc.words
        i = start
        count = 0
        n = len(words)
        while i < n and count < limit:
            if i > start and doc.breaks[i]:
                break
            if self.is_name_token(i, first=i == start):
                i += 1
                count += 1
                if (
                    words[i - 1] in ABBREVIATED_GIVEN_NAMES
                    and i + 1 < n
                    and words[i] == "."
                    and self.is_name_token(i + 1, first=False)
                ):
                    i += 1  # "Md. Rafiqul Islam": the full stop is inside the name
                    continue
                while i + 1 < n and words[i] in ("-", "'") and glued(doc, i - 1) and glued(doc, i):
                    part = words[i + 1]
                    if part[:1].isupper():
                        i += 1  # "Kassym-Jomart", "O'Brien": the next part is a name word
                        break
                    if words[i] == "'":
                        if not part.isalpha() or len(part) < 3:
                            break  # "Tonga's", "Dato' Seri"
                        i += 2  # "Hu'akavameiliku": a glottal stop inside one name word
                        continue
                    if not part.isalpha() or len(part) > 5:
                        break
                    if part in HYPHEN_NOT_NAMES:
                        break
                    i += 2  # "Hong-kyun", "Jong-un", "Chan-o-cha"
                continue
            if i > start and words[i] in PARTICLES:
                k = i
                while k < n and words[k] in PARTICLES and not doc.breaks[k]:
                    k += 1
                if k == i + 1 and k + 1 < n and words[k] == "-" and glued(doc, i):
                    k += 1  # "el-Sisi", "al-Hamadi"
                if k < n and not doc.breaks[k] and self.is_name_token(k, first=False):
                    i = k
                    continue
            break
        # A name does not end on a particle or a hyphen.
        while i > start and (words[i - 1] in PARTICLES or words[i - 1] == "-"):
            i -= 1
        if i < n and words[i] in NEVER_IN_NAME and not doc.breaks[i]:
            return start
        hit = self.hits[start] if start < n else None
        if hit is not None and hit.length >= i - start:
            return start  # a place name alone ("Vladimir", "Bandar Seri Begawan") is no person
        return i
