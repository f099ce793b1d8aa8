"""People named without a title: known office-holders and the names listed with people.

- *Known people* (the KB's office-holders and a user KB's people, any spelling or short
  form it lists, hashtag signs ignored: "Anwar #Ibrahim", "#Lavrov's interview") are people
  wherever they stand; a person found by a title or a frame whose name is a known form takes
  the known key and name, so "President Erdogan" and "Recep Tayyip Erdoğan" are one actor.
- *Listed names*: in a list of people ("attended by Xi Jinping, A B and C D", "A B, C D and
  others were present"), a neighbour of a person joined by a comma or "and" is a person
  when its shape says so: a given name from ``data/name_forms.json`` and one to three more
  capitalised name words, or a family name written first ("Wang", "Kim") and one or two.
- *Name-shaped subjects*: a given name and a capitalised family name opening a clause
  before a verb ("Ivan Petrov met ...") or after "with"/"by" ("talks with Ivan Petrov").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources

from graphkit.extract.kb import GazetteerHit, KnowledgeBase
from graphkit.extract.mentions import BODY_HEADS, Mention
from graphkit.extract.people import (
    NEVER_IN_NAME,
    PORTFOLIO,
    SURNAME_FIRST,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    NameParser,
    TitleParser,
    plain_name,
)
from graphkit.extract.sentences import Document, fold, words_of

_FORMS = json.loads(
    resources.files("graphkit.extract").joinpath("data/name_forms.json").read_text("utf-8")
)
#: Given names common in the genre, folded ("Peter" for "Péter").
GIVEN_NAMES = frozenset(fold(name) for name in _FORMS["given_names"])
#: Capitalised words after a name-shaped run that make it part of another name
#: ("Alexander Garden", "Lincoln Memorial").
_INSTITUTION_TAILS = frozenset(
    {
        "Garden",
        "Gardens",
        "Park",
        "Bridge",
        "Gate",
        "Monument",
        "Memorial",
        "Museum",
        "Theatre",
        "Theater",
        "Library",
        "Church",
        "Airport",
        "University",
        "School",
        "Academy",
        "Prize",
        "Award",
        "Medal",
        "Order",
        "Doctrine",
        "Plan",
        "Initiative",
        "Programme",
        "Program",
        "Street",
        "Avenue",
        "Square",
        "Station",
        "Port",
        "Canal",
        "Line",
        "Thought",
        "Hospital",
        "Clinic",
        "Boulevard",
        "Prospekt",
        "Embankment",
        "Road",
        "Highway",
        "Bay",
        "Airlines",
        "Foundation",
        "Fund",
    }
)
_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIO
#: A token of initials: "S.", "S.V.".
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.)+$")
#: Initials before a family name ("S.V. Lavrov", "S.V.Lavrov"), and a token of both.
_INITIALS_BEFORE_RE = re.compile(r"^(?:[A-Z]\.\s?)+(?=[A-Z][a-z])")
_INITIALLED_RE = re.compile(r"^(?:[A-Z]\.)+[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
#: Capitalised adverbs that open a sentence before a name ("Meanwhile Putin said").
_SENTENCE_OPENERS = frozenset(
    {"Meanwhile", "Earlier", "Later", "Then", "Now", "Thus", "Hence", "Yet", "Still", "So"}
)
#: Words that join the entries of a list of people.
_LIST_JOINS = frozenset({",", "and", ";"})
#: Words before a name that make it the other side of a verb ("met with X Y", "led by X Y").
_OBJECT_MARKS = frozenset({"with", "by"})

Hits = list[GazetteerHit | None]


def find_untitled(
    doc: Document,
    hits: Hits,
    kb: KnowledgeBase,
    people: list[Mention],
    owner_mention: Callable[[int, int], Mention],
    names: NameParser,
) -> list[Mention]:
    """``people`` (found by titles and frames) with their known keys, and the people named
    without a title, in text order."""
    parser = TitleParser(names, kb)
    taken = [False] * len(doc.words)
    for person in people:
        for k in range(person.start, person.end):
            taken[k] = True
        _know(person, kb)
    found = _known_people(doc, names, kb, taken)
    found += _shaped_people(doc, names, taken)
    found += _given_named(doc, names, taken)
    found += _name_pairs(doc, names, taken)
    found += _listed_lines(doc, names, taken)
    found += _listed_people(doc, names, [*people, *found], taken)
    for person in found:
        _know(person, kb)
        owner_span = parser.apposition_owner(person.end) or parser.role_after(person.end)
        person.owner = owner_mention(*owner_span) if owner_span else None
    result = people + found
    result.sort(key=lambda m: m.start)
    return result


def _know(person: Mention, kb: KnowledgeBase) -> None:
    """Give a person whose name is a known form the known key, and the known full name
    when the post spells a shorter one ("Putin"); the post's own spelling of a full name
    stays ("Abdel Fattah El-Sisi", "Faisal bin Farhan bin Abdullah")."""
    key = kb.person_key(person.name) or kb.person_key(_INITIALS_BEFORE_RE.sub("", person.name))
    entry = kb.get(key) if key is not None else None
    if entry is not None:
        person.key = entry.key
        if _word_count(entry.name) > _word_count(person.name):
            person.name = entry.name


def _word_count(name: str) -> int:
    return sum(1 for w in words_of(name) if w[:1].isalpha())


def _mark(taken: list[bool], start: int, end: int) -> None:
    for k in range(start, end):
        taken[k] = True


def _continues_name(doc: Document, names: NameParser, k: int) -> bool:
    """Whether token ``k`` goes on with a capitalised name word on the same line."""
    return (
        k < len(doc.words)
        and not doc.breaks[k]
        and doc.caps[k]
        and doc.words[k][:1] != "#"
        and names.is_name_token(k, first=False)
    )


def _known_people(
    doc: Document, names: NameParser, kb: KnowledgeBase, taken: list[bool]
) -> list[Mention]:
    words = doc.words
    positions = doc.positions
    firsts = kb.person_first_words
    present = [w for w in firsts.intersection(positions)]
    present += [w for w in positions if w[:1] == "#" and w[1:] in firsts]  # "#Lavrov"
    starts = sorted(k for word in present for k in positions[word])
    found: list[Mention] = []
    for k in starts:
        if taken[k] or not doc.caps[k]:
            continue
        match = kb.person_at(words, k)
        if match is None:
            continue
        length, _ = match
        end = k + length
        if any(taken[k:end]) or any(doc.breaks[j] for j in range(k + 1, end)):
            continue
        after = words[end] if end < len(words) else ""
        if (
            _continues_name(doc, names, end)
            or after in _INSTITUTION_TAILS
            or after in NEVER_IN_NAME
        ):
            continue  # "Xi Jinping Thought", "Trump Tower", "Nelson Mandela Day": another name
        if length == 1 and k > 0 and _INITIALS_RE.match(words[k - 1]) and not taken[k - 1]:
            # "S.V. Lavrov", "S. Lavrov": the Russian style of a known name
            found.append(_known(doc, kb, k - 1, end, match[1]))
            _mark(taken, k - 1, end)
            continue
        if length == 1 and k > 0 and not doc.breaks[k] and _name_word_before(doc, names, k):
            # "Melania Trump", "Anar Aliyev": another person of a known family name
            if not taken[k - 1]:
                found.append(_bare(doc, k - 1, end))
                _mark(taken, k - 1, end)
            continue
        surface = doc.surface(k, end)
        found.append(Mention(k, end, "Person", plain_name(surface), surface, "bare"))
        _mark(taken, k, end)
    # "S.V.Lavrov": initials glued to a known family name make one token
    for word in positions:
        if "." in word and word.rsplit(".", 1)[1] in firsts:
            for k in positions[word]:
                key = kb.person_key(words[k].rsplit(".", 1)[1])
                if (
                    key is not None
                    and not taken[k]
                    and _INITIALS_RE.match(words[k].rsplit(".", 1)[0] + ".")
                ):
                    found.append(_known(doc, kb, k, k + 1, key))
                    taken[k] = True
    return found


def _known(doc: Document, kb: KnowledgeBase, start: int, end: int, key: str) -> Mention:
    """A known person written in a form the KB does not list ("S.V. Lavrov")."""
    entry = kb.get(key)
    surface = doc.surface(start, end)
    name = entry.name if entry is not None else surface
    return Mention(start, end, "Person", name, surface, "bare", key=key)


def _name_word_before(doc: Document, names: NameParser, k: int) -> bool:
    """Whether a name word stands right before token ``k`` ("Anar" of "Anar Aliyev"): any
    capitalised word inside a sentence, a given name at its start."""
    before = doc.words[k - 1]
    opening = doc.sentences[doc.sentence_of[k]][0] == k - 1
    return (
        doc.caps[k - 1]
        and before[:1].isalpha()
        and before not in _TITLE_WORDS
        and not names.styled[k - 1]
        and doc.sentence_of[k - 1] == doc.sentence_of[k]
        and (
            not opening
            or before in GIVEN_NAMES
            or (before not in _SENTENCE_OPENERS and names.is_name_token(k - 1, first=True))
        )
    )


def _shaped(doc: Document, names: NameParser, start: int, taken: list[bool]) -> int:
    """End of a name-shaped run of two to four name words at ``start`` (``start`` when
    there is none): a given name first, or a family name written first."""
    words = doc.words
    if start >= len(words) or taken[start] or not _may_open_name(doc, names, start):
        return start
    end = names.end(start, limit=4)
    count = end - start
    if count < 2 or any(taken[start:end]) or any(w in _TITLE_WORDS for w in words[start:end]):
        return start
    if (end < len(words) and words[end] in _INSTITUTION_TAILS) or any(
        w in _INSTITUTION_TAILS for w in words[start:end]
    ):
        return start  # "Alexander Garden", "Ivan Petrov Street"
    first = words[start]
    if first in GIVEN_NAMES or (first in SURNAME_FIRST and count <= 3):
        return end
    return start


def _initialled(doc: Document, names: NameParser, k: int, taken: list[bool]) -> bool:
    """Whether token ``k`` is initials glued to a family name ("F.Mikdad", "A.B.Petrov"),
    the Russian channels' way of naming people."""
    return (
        not taken[k]
        and bool(_INITIALLED_RE.match(doc.words[k]))
        and names.hits[k] is None
        and not names.styled[k]
    )


def _may_open_name(doc: Document, names: NameParser, k: int) -> bool:
    """Whether token ``k`` may open a name, at a line's start too ("Ivan Petrov" alone on a
    line of a list)."""
    word = doc.words[k]
    return (
        doc.caps[k]
        and word[:1].isalpha()
        and word not in _TITLE_WORDS
        and word not in BODY_HEADS
        and names.is_name_token(k, first=True)
    )


def _listed_people(
    doc: Document, names: NameParser, people: list[Mention], taken: list[bool]
) -> list[Mention]:
    """Name-shaped neighbours of people in a list: "A B, C D and E F"."""
    words = doc.words
    n = len(words)
    found: list[Mention] = []
    pending = [(p.start, p.end) for p in people]
    while pending:
        start, end = pending.pop()
        # rightwards: ", C D", " and C D", ", and C D"
        k = end
        while k < n and words[k] in _LIST_JOINS and not doc.breaks[k]:
            k += 1
        if k > end and k - end <= 2:
            after = _shaped(doc, names, k, taken)
            if after > k:
                found.append(_bare(doc, k, after))
                _mark(taken, k, after)
                pending.append((k, after))
        # leftwards: "A B, " or "A B and " before the person
        k = start
        while k > 0 and words[k - 1] in _LIST_JOINS and not doc.breaks[k]:
            k -= 1
        if k < start and start - k <= 2:
            for begin in range(max(0, k - 4), k - 1):
                if _shaped(doc, names, begin, taken) == k and not _name_word_before(
                    doc, names, begin
                ):
                    found.append(_bare(doc, begin, k))
                    _mark(taken, begin, k)
                    pending.append((begin, k))
                    break
    return found


def _shaped_people(doc: Document, names: NameParser, taken: list[bool]) -> list[Mention]:
    """Given name + family name after "with"/"by" ("talks with Ivan Petrov")."""
    found: list[Mention] = []
    for mark in doc.present(_OBJECT_MARKS):
        for k in doc.positions[mark]:
            start = k + 1
            end = _shaped(doc, names, start, taken)
            if end == start and start < len(doc.words) and _initialled(doc, names, start, taken):
                end = start + 1  # "talks with F.Mikdad"
            if end > start:
                found.append(_bare(doc, start, end))
                _mark(taken, start, end)
    return found


_GIVEN_LOWER = frozenset(name.lower() for name in GIVEN_NAMES)


def _given_named(doc: Document, names: NameParser, taken: list[bool]) -> list[Mention]:
    """A given name and one to three family name words anywhere, unless they go on a longer
    capitalised phrase ("Head of UNMISS Anita Kiki Gbeho is expected to brief")."""
    words = doc.words
    found: list[Mention] = []
    for lower in doc.present(_GIVEN_LOWER):
        for k in doc.positions[lower]:
            if words[k] not in GIVEN_NAMES or taken[k]:
                continue
            if k > 0 and not doc.breaks[k] and doc.caps[k - 1] and words[k - 1][:1].isalpha():
                before = words[k - 1]
                acronym = before.isupper() and len(before) > 1
                if not (acronym or before in _TITLE_WORDS or names.styled[k - 1]):
                    continue  # inside a longer capitalised phrase
            end = _shaped(doc, names, k, taken)
            if end > k + 1:
                found.append(_bare(doc, k, end))
                _mark(taken, k, end)
    return found


def _name_pairs(doc: Document, names: NameParser, taken: list[bool]) -> list[Mention]:
    """Two name-shaped runs joined by a comma or "and" ("Ivan Petrov and Olga Smirnova
    were present"): each is a person, and the list grows from them."""
    words = doc.words
    found: list[Mention] = []
    for join in doc.present(frozenset({",", "and"})):
        for k in doc.positions[join]:
            if k == 0 or taken[k - 1] or not doc.caps[k - 1]:
                continue
            begin = next(
                (b for b in range(max(0, k - 4), k - 1) if _shaped(doc, names, b, taken) == k),
                None,
            )
            if begin is None or _name_word_before(doc, names, begin):
                continue
            oxford = words[k] == "," and k + 1 < len(words) and words[k + 1] == "and"
            nxt = k + 2 if oxford else k + 1
            end = _shaped(doc, names, nxt, taken)
            if end > nxt and not doc.breaks[nxt]:
                found += [_bare(doc, begin, k), _bare(doc, nxt, end)]
                _mark(taken, begin, k)
                _mark(taken, nxt, end)
    return found


#: Marks after a listed name on its line ("Ivan Petrov, Director of ...", "Olga Smirnova (Chile)").
_AFTER_LISTED = frozenset({",", "(", "—", "–", "-", ";", "."})


def _listed_lines(doc: Document, names: NameParser, taken: list[bool]) -> list[Mention]:
    """The lines of a list after a colon ("Attending the meeting were:" then "🔹 Ivan
    Petrov, Director ..." a line): a name-shaped run opening a line, alone on it or before
    a comma or a bracket."""
    words = doc.words
    n = len(words)
    found: list[Mention] = []
    for k in doc.positions.get(":", ()):
        if k + 1 >= n or not doc.breaks[k + 1]:
            continue  # the colon ends its line
        line = k + 1
        while line < n:
            start = line
            while (
                start < n
                and not words[start][:1].isalnum()
                and (start == line or not doc.breaks[start])
            ):
                start += 1  # bullets and emoji
            if start < n and start > line and doc.breaks[start]:
                start = line  # a line of symbols only
            end = _shaped(doc, names, start, taken)
            closed = end >= n or doc.breaks[end] or words[end] in _AFTER_LISTED
            if end > start and closed:
                found.append(_bare(doc, start, end))
                _mark(taken, start, end)
            nxt = next((j for j in range(line + 1, n) if doc.breaks[j]), n)
            if nxt == n or _blank_line_before(doc, nxt):
                break  # the list ends at a blank line
            line = nxt
    return found


def _blank_line_before(doc: Document, k: int) -> bool:
    return doc.text.count("\n", doc.ends[k - 1], doc.starts[k]) > 1


def _bare(doc: Document, start: int, end: int) -> Mention:
    surface = doc.surface(start, end)
    return Mention(start, end, "Person", plain_name(surface), surface, "bare")
