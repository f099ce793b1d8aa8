"""Titles before a name: "[owner] title [of|for [the] owner-or-portfolio] NAME" (see
``people``), with the owner that gives HOLDS_ROLE."""

from __future__ import annotations

from collections.abc import Sequence

from graphkit.extract.kb import GazetteerHit, KnowledgeBase
from graphkit.extract.mentions import BODY_HEADS
from graphkit.extract.people_names import NameParser, glued
from graphkit.extract.people_words import (
    APPOSITION_HEADS,
    APPOSITIVE_TITLES,
    DEPUTY_WORDS,
    LOWER_TITLE_HEADS,
    OWNER_TYPES,
    PLURAL_HEADS,
    PORTFOLIO,
    ROLE_PASSIVES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_SUFFIXES,
)
from graphkit.extract.sentences import Document


def skip_the(doc: Document, i: int) -> int:
    return i + 1 if i < len(doc.words) and doc.words[i] in ("the", "The") else i


class _Capitalised(Sequence[str]):
    """The words of a document read with a capital (lazily: titles read a few of them)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        word = self.words[k]
        return word[:1].upper() + word[1:]


class _AllTrue(Sequence[bool]):
    def __len__(self) -> int:
        return 0

    def __getitem__(self, k: int) -> bool:  # type: ignore[override]
        return True


class TitleParser:
    """Finds "title + name" spans; see the module docstring for the grammar."""

    def __init__(self, names: NameParser, kb: KnowledgeBase) -> None:
        self.doc = names.doc
        self.hits = names.hits
        self.names = names
        self.kb = kb

    def owner_at(self, i: int) -> GazetteerHit | None:
        hit = self.hits[i] if i < len(self.doc.words) else None
        if hit is None or hit.kind == "capital":
            return None
        entry = self.kb.get(hit.key)
        return hit if entry is not None and entry.type in OWNER_TYPES else None

    def _body_before_title(self, i: int, need_title: bool = True) -> int | None:
        """End of "Foreign Ministry" in "Iranian Foreign Ministry Spokesman" (or, without
        ``need_title``, in "of the Russian Foreign Ministry"), if there."""
        doc, words = self.doc, self.doc.words
        k = i
        while k < min(len(doc.words), i + 3) and doc.caps[k] and words[k] in TITLE_MODIFIERS:
            k += 1
        after = words[k + 1] if k + 1 < len(doc.words) else ""
        if (
            k < len(doc.words)
            and words[k] in BODY_HEADS
            and (not need_title or after in TITLE_HEADS or after in TITLE_MODIFIERS)
        ):
            return k + 1
        return None

    def _body_word_in_run(self, m: int) -> bool:
        """Whether the capitalised run at ``m`` holds a body word ("Central Committee")."""
        doc, words = self.doc, self.doc.words
        while m < len(words) and doc.caps[m] and words[m] not in TITLE_HEADS:
            if words[m] in BODY_HEADS:
                return True
            m += 1
        return False

    def body_at(self, j: int) -> int | None:
        """End of a body's name at ``j``: "Security Council of Argentina" (not in the KB)."""
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        k = j
        while k < n and doc.caps[k] and words[k] not in TITLE_HEADS:
            hit = self.hits[k]
            if hit is not None:
                k += hit.length  # "Second CIS Department", "AU Commission"
                continue
            if words[k] in BODY_HEADS:
                end = k + 1
                # "Office of the Central Foreign Affairs Commission", "Ministry of ... of Belarus":
                # the of-chain ends on its last body word or KB name, before the person's name
                m = end
                while (m < n and words[m] in ("of", "the", "for", "and")) or (
                    m < n and doc.caps[m] and words[m] not in TITLE_HEADS
                ):
                    if m == end and doc.caps[m] and not self._body_word_in_run(m):
                        break  # "AU Commission Moussa Faki": the name after the body
                    if self.hits[m] is not None:
                        m += self.hits[m].length  # type: ignore[union-attr]
                        end = m
                        continue
                    if words[m] in BODY_HEADS:
                        end = m + 1
                    m += 1
                return end if end - j >= 2 else None
            k += 1
        return None

    def role_title_at(self, i: int) -> tuple[int, tuple[int, int] | None] | None:
        """(end, owner) of "as <title>" or "was elected/appointed <title>" at ``i``: a role
        named after a name, closed (no other person's name follows it)."""
        words = self.doc.words
        n = len(words)
        if i < n and words[i] == "as":
            k = i + 1
        elif i + 1 < n and words[i] in ("was", "is", "were") and words[i + 1] in ROLE_PASSIVES:
            k = i + 2
        else:
            return None
        title = self.title(k)
        if title is None or title[2]:
            return None
        end = title[0]
        return (end, title[1]) if end >= n or not self.doc.caps[end] else None

    def role_after(self, name_end: int) -> tuple[int, int] | None:
        """ "X as CSTO Secretary General", "X was elected Chairperson of the AU Commission"."""
        role = self.role_title_at(name_end)
        return role[1] if role is not None else None

    def apposition_owner(self, name_end: int) -> tuple[int, int] | None:
        """The owner of a title in apposition after a name: "X, [the] Minister of Foreign
        Affairs of Y," -> Y."""
        doc, words = self.doc, self.doc.words
        n = len(words)
        if name_end + 1 >= n or words[name_end] != ",":
            return None
        possessive = self.possessive_owner(skip_the(doc, name_end + 1))
        if possessive is not None:
            return possessive  # "X, Russia's Ambassador to Peru,", "X, the UAE's Envoy,"
        after = self.title(skip_the(doc, name_end + 1), any_case=True)
        if after is None or after[1] is None or after[2]:
            return None
        end = after[0]
        closed = end >= n or words[end] in (",", ".", ";") or not doc.caps[end]
        return after[1] if closed else None

    def possessive_owner(self, i: int) -> tuple[int, int] | None:
        """'Russia's Ambassador to Peru' at ``i``: the owner before "'s" and a title."""
        words = self.doc.words
        hit = self.owner_at(i)
        if hit is None or hit.kind != "name":
            return None
        end = i + hit.length
        if end + 2 >= len(words) or words[end] not in ("'", "’") or words[end + 1] != "s":
            return None
        title = self.title(end + 2, any_case=True)
        if title is None:
            return None
        after = title[0]
        # "X, Japan's Foreign Minister Y, ...": the title is the next person's
        closed = after >= len(words) or words[after] in (",", ".", ";") or not self.doc.caps[after]
        return (i, end) if closed else None

    def trailing_owner(self, name_end: int) -> tuple[int, int] | None:
        """The owner named after the name: "President Xi Jinping of China" -> China."""
        doc, words = self.doc, self.doc.words
        if name_end >= len(words) or words[name_end] != "of":
            return None
        j = skip_the(doc, name_end + 1)
        hit = self.owner_at(j)
        if hit is None or hit.kind != "name":
            return None
        end = j + hit.length
        # not "of China Daily"; a headline may end on the state
        closed = end >= len(words) or not doc.caps[end] or doc.breaks[end]
        return (j, end) if closed else None

    def parse(self, start: int) -> tuple[int, int, int, tuple[int, int] | None] | None:
        """(title start, name start, name end, owner span) for a title at ``start``."""
        title = self.title(start)
        if title is None:
            return None
        i, owner, honorific = title
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        if honorific:
            end = self.names.end(i)
            return (start, i, end, owner) if end > i else None
        if i < n and words[i] == ",":
            definite = start > 0 and words[start - 1].lower() in (
                "the",
                "his",
                "her",
                "its",
                "their",
            )
            # "Pakistan's Ambassador to China, X": a possessive owner is as definite
            definite = definite or (owner is not None and "'" in words[owner[1] : owner[1] + 1])
            if words[i - 1] not in APPOSITIVE_TITLES and not definite:
                return None
            i += 1  # "his Saudi counterpart, Prince Faisal", "the Ambassador of China, Li Ming"
            while i < n and (words[i] in TITLE_HEADS or words[i] in TITLE_MODIFIERS):
                i += 1
            if words[i : i + 2] == ["of", "State"] and words[i - 1] in TITLE_HEADS:
                i += 2  # "his Emirati counterpart, Minister of State X"
        if i + 1 < n and words[i] == "To" and not doc.breaks[i] and self.hits[i + 1] is None:
            # "General Secretary ... To Lam": the family name "To", never a preposition
            # before a name that ends the title's phrase
            rest = self.names.end(i + 1, limit=2)
            if rest > i + 1 and (rest >= n or not doc.caps[rest]):
                return start, i, rest, owner
        # "Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad Rahman"
        i = self.names.styles.get(i, i)
        name_end = self.names.end(i)
        if name_end == i:
            return None
        return start, i, name_end, owner

    def title(
        self, start: int, any_case: bool = False
    ) -> tuple[int, tuple[int, int] | None, bool] | None:
        """(end, owner span, is an honorific) of a title at ``start``, without a name;
        ``any_case`` also reads lower-case titles ("X, the official representative of Y")."""
        doc = self.doc
        words: Sequence[str] = _Capitalised(doc.words) if any_case else doc.words
        caps: Sequence[bool] = _AllTrue() if any_case else doc.caps
        n = len(doc.words)
        i = start
        owner: tuple[int, int] | None = None
        hit = self.owner_at(i)
        if hit is not None:
            owner = (i, i + hit.length)
            i += hit.length
            if i + 1 < n and words[i] == "'" and words[i + 1] == "s":
                i += 2  # "Egypt's Foreign Minister"
            body_end = self._body_before_title(i)
            if body_end is not None:
                owner, i = (owner[0], body_end), body_end  # "Iranian Foreign Ministry Spokesman"
        if owner is not None and i < n and doc.breaks[i]:
            return None  # a headline's last word is no owner of the next line's title
        if i in self.names.styles:
            return self.names.styles[i], owner, True
        head_seen = False
        charge = _charge_end(doc.words, i)
        if charge is not None:
            i, head_seen = charge, True  # "Chargé d'Affaires a.i."
        title_begin = i
        if (
            owner is not None
            and i < n
            and doc.words[i] in LOWER_TITLE_HEADS
            and i + 1 < n
            and doc.caps[i + 1]
        ):
            # "the Hungarian minister X"; "Greek Cypriot leader X": whose office is unclear
            compound = start > 0 and doc.caps[start - 1] and doc.words[start - 1] != "The"
            return i + 1, None if compound else owner, False
        while i < n and (
            words[i] in TITLE_MODIFIERS
            or words[i] in TITLE_HEADS
            or words[i] in ("-", "/", "–", "—")
            or (caps[i] and words[i] in PORTFOLIO)  # "External Affairs Minister"
            or (
                words[i] in APPOSITION_HEADS
                and (any_case or (i + 1 < n and doc.words[i + 1] == "of"))
            )
        ):
            if (
                words[i] == "-"
                and head_seen
                and i + 1 < n
                and doc.words[i + 1] in TITLE_SUFFIXES
                and glued(doc, i)
            ):
                i += 2  # "President-elect X"
                continue
            if (
                head_seen
                and [w.lower() for w in doc.words[i : i + 4]] == ["-", "in", "-", "office"]
                and glued(doc, i)
            ):
                i += 4  # "Chairperson-in-Office X"
                continue
            if words[i] in ("-", "/", "–", "—") and not (
                i > title_begin
                and i + 1 < n
                and (words[i + 1] in TITLE_HEADS or words[i + 1] in TITLE_MODIFIERS)
            ):
                break  # "Deputy Prime Minister/Foreign Minister X": one person's two offices
            head_seen = head_seen or words[i] in TITLE_HEADS or words[i] in APPOSITION_HEADS
            i += 1
        if not head_seen:
            return None
        party_office = False
        # of-phrases: "of the Republic of Turkey", "of International Relations and Cooperation"
        while i < n and doc.words[i] in ("of", "for", "to", "in"):
            post = self.hits[i + 1] if i + 1 < n and owner is not None else None
            if doc.words[i] == "to" and post is not None and post.key.startswith("place:"):
                i += 1 + post.length  # "Kazakhstan's Ambassador to Moscow X": where the post is
                continue
            if doc.words[i] == "in":
                # "Consul General of Russia in Istanbul X", "Chargé d'Affaires of Chile in
                # China X": where the office sits
                if post is None or not post.key.startswith(("place:", "country:")):
                    break
                i += 1 + post.length
                continue
            j = i + 1 if self.owner_at(i + 1) is not None else skip_the(doc, i + 1)
            hit = self.owner_at(j) if j < n else None
            if hit is not None:
                end = j + hit.length
                # "of the Russian Foreign Ministry", "of the AU Commission": the body, not the state
                end = self._body_before_title(end, need_title=False) or end
                if end < n and doc.caps[end]:
                    body_end = self.body_at(j)
                    end = body_end if body_end is not None and body_end > end else end
                if owner is None or doc.words[i] != "to":
                    owner = owner or (j, end)
                i = end
                if i + 2 < n and doc.words[i] == "(" and doc.words[i + 2] == ")":
                    i += 3  # "of the Shanghai Cooperation Organization (SCO) X"
                continue
            body_end = self.body_at(j)
            if body_end is not None:
                owner = owner or (j, body_end)
                party_office = True
                i = body_end
                continue
            place = self.hits[j] if j < n and doc.words[i] == "of" else None
            if place is not None and place.kind == "name" and place.key.startswith("place:"):
                i = j + place.length  # "Mayor of Belgrade": a city's office, no state's
                continue
            k = j
            while (
                k < n
                and (words[k] in PORTFOLIO or doc.words[k] in PORTFOLIO)
                and not doc.line_break_before(k)
            ):
                k += 1
            while k > j and words[k - 1] in ("and", "&", ",", "-"):
                k -= 1
            if k == j:
                break
            i = k
        deputy = words[title_begin] in DEPUTY_WORDS
        if (
            (deputy or party_office)
            and i + 1 < n
            and doc.words[i] in ("and", "–", "—", "/")
            and doc.caps[i + 1]
            and words[i - 1] not in PLURAL_HEADS
            and (doc.words[i + 1] in TITLE_HEADS or doc.words[i + 1] in TITLE_MODIFIERS)
        ):
            # one person's two offices: "Deputy Prime Minister and Foreign Minister X",
            # "General Secretary of the CPC Central Committee and President X"
            second = self.title(i + 1)
            if second is not None and not second[2]:
                return second[0], owner or second[1], False
        return i, owner, False


TITLE_WORDS_LOWER = frozenset(w.lower() for w in TITLE_HEADS | TITLE_MODIFIERS)


_CHARGE = ("Charge", "d", "'", "Affaires")
#: What follows "Chargé d'Affaires": "a.i.", "ad interim" (tokens, in any case).
_INTERIM_FORMS = (("a", ".", "i", "."), ("a", ".", "i"), ("ad", "interim"), ("ai",))


def _charge_end(words: list[str], i: int) -> int | None:
    """End of "Chargé d'Affaires" (with "a.i." or "ad interim") at ``i``, if there."""
    if tuple(words[i : i + 4]) != _CHARGE:
        return None
    end = i + 4
    for form in _INTERIM_FORMS:
        if tuple(w.lower() for w in words[end : end + len(form)]) == form:
            return end + len(form)
    return end
