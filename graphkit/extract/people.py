"""People found without the knowledge base: titles followed by names.

    [owner] title [of|for [the] owner-or-portfolio] NAME

"US Secretary of State John Kerry", "Secretary of the Russian Security Council
Sergey Shoigu", "South African Minister of International Relations and
Cooperation Naledi Pandor", "FM Sergey Lavrov", "Mr Kerry". The owner (a
country or body, as a name or an adjective) gives HOLDS_ROLE. Names without a
title are taken only in frames that mark a person ("X Y's interview", "It was
X Y who", "X Y said"). Later short forms ("Lavrov") become surname mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from graphkit.extract.kb import KnowledgeBase
from graphkit.extract.mentions import Mention

# Name shapes, titles and their word lists live in people_names, people_titles and
# people_words; the names other modules read stay importable from here.
from graphkit.extract.people_names import NameParser as NameParser
from graphkit.extract.people_names import plain_name as plain_name
from graphkit.extract.people_titles import TITLE_WORDS_LOWER, skip_the
from graphkit.extract.people_titles import TitleParser as TitleParser
from graphkit.extract.people_words import (
    ADVERBS,
    AGENT_PARTICIPLES,
    ATTRIBUTION_MARKS,
    ATTRIBUTION_VERBS,
    CONNECTORS,
    LOWER_TITLE_HEADS,
    MONONYM_VERBS,
    NOT_MONONYMS,
    PARTICLES,
    PERSONAL_NOUNS,
    PERSONAL_PASSIVES,
    PERSONAL_PRONOUNS,
    PERSONAL_VERBS,
    PHRASE_ENDS,
    QUOTE_CLOSERS,
    Hits,
    is_word,
)
from graphkit.extract.people_words import HEADLINE_VERBS as HEADLINE_VERBS
from graphkit.extract.people_words import NEVER_IN_NAME as NEVER_IN_NAME
from graphkit.extract.people_words import PLURAL_HEADS as PLURAL_HEADS
from graphkit.extract.people_words import PORTFOLIO as PORTFOLIO
from graphkit.extract.people_words import SURNAME_FIRST as SURNAME_FIRST
from graphkit.extract.people_words import TITLE_HEADS as TITLE_HEADS
from graphkit.extract.people_words import TITLE_MODIFIERS as TITLE_MODIFIERS
from graphkit.extract.sentences import Document, words_of


def find_people(
    doc: Document,
    hits: Hits,
    kb: KnowledgeBase,
    owner_mention: Callable[[int, int], Mention],
    names: NameParser | None = None,
) -> list[Mention]:
    """Titled and framed people in ``doc``; ``owner_mention`` makes the owner's mention
    (``names``: the document's name parser, when the caller has made it)."""
    names = names or NameParser(doc, hits)
    parser = TitleParser(names, kb)
    style_before = {end: start for start, end in names.styles.items()}
    people: list[Mention] = []
    words = doc.words
    n = len(doc.words)
    inside_hit = [False] * n
    opens = [*names.styles]
    caps = doc.caps
    for start, hit in [(k, h) for k, h in enumerate(hits) if h is not None]:
        after = start + hit.length
        if after < n and words[after] == "'":
            after += 2  # "Egypt's Foreign Minister"
        if after < n and (
            caps[after] or words[after] in TITLE_HEADS or words[after] in LOWER_TITLE_HEADS
        ):
            opens.append(start)  # an owner before a title ("Turkish Foreign Minister")
        for k in range(start + 1, start + hit.length):
            inside_hit[k] = True
    positions = doc.positions
    opens.extend(
        k
        for lower in TITLE_WORDS_LOWER.intersection(positions)
        for k in positions[lower]
        if words[k] in TITLE_HEADS or words[k] in TITLE_MODIFIERS
    )
    opens.extend(k for k in positions.get("member", ()) if words[k] == "Member")
    opens.extend(k for k in positions.get("charge", ()) if words[k] == "Charge")
    i = 0
    for start in sorted(set(opens)):
        if start < i or inside_hit[start]:
            continue
        i = start
        parsed = parser.parse(i)
        if parsed is None:
            continue
        title_start, name_start, name_end, owner_span = parsed
        name = plain_name(doc.surface(name_start, name_end))
        if title_start > 0 and words[title_start - 1].lower() in ("former", "ex", "late"):
            title_start -= 1  # "former President X" holds no office now
        title = doc.surface(title_start, name_start).strip()
        apposition = parser.apposition_owner(name_end)
        # "Finnish Foreign Minister X, the OSCE Chairperson-in-Office": a second office
        second = apposition if owner_span and apposition and apposition != owner_span else None
        owner_span = owner_span or apposition or parser.trailing_owner(name_end)
        owner = owner_mention(*owner_span) if owner_span else None
        # the styled form ("Dato' Seri Utama Haji Ahmad Rahman") stays as an alias
        styled = doc.surface(style_before.get(name_start, name_start), name_end)
        plural = words[name_start - 1] in PLURAL_HEADS
        people.append(
            Mention(
                name_start,
                name_end,
                "Person",
                name,
                styled,
                "title",
                owner=None if plural else owner,
                other_owners=[owner_mention(*second)] if second and not plural else [],
                title=title,
            )
        )
        i = name_end
        # "Foreign Ministers Badr Abdelatty and Hakan Fidan": each name holds the title
        while plural and i + 1 < n and words[i] in (",", "and"):
            start = i + 2 if words[i] == "," and words[i + 1] == "and" else i + 1
            end = names.end(start)
            if end == start:
                break
            other = doc.surface(start, end)
            people.append(
                Mention(start, end, "Person", plain_name(other), other, "title", title=title)
            )
            i = end
    taken = [False] * n
    for person in people:
        for k in range(person.start, person.end):
            taken[k] = True
    for person in _framed_people(parser, taken):
        owner_span = parser.apposition_owner(person.end) or parser.role_after(person.end)
        person.owner = owner_mention(*owner_span) if owner_span else None
        people.append(person)
    people.sort(key=lambda m: m.start)
    return people


def _could_open_title(word: str) -> bool:
    """Whether a word, in any case, may open a title (a cheap test before parsing one)."""
    capitalised = word[:1].upper() + word[1:]
    return capitalised in TITLE_HEADS or capitalised in TITLE_MODIFIERS or word[:1].isupper()


def _framed_people(parser: TitleParser, taken: list[bool]) -> list[Mention]:
    """Untitled names of two to five words in frames that only people fit.

    Looks backwards from each frame word (a speech verb, "'s interview", a colon
    opening a line, a comma before a title) for a name that ends right before it.
    Single words only as the subject of a speech verb ("Sukarno said").
    """
    doc, names = parser.doc, parser.names
    words = doc.words
    n = len(doc.words)
    ends: set[int] = set()
    for verb in doc.present(PERSONAL_VERBS):
        for k in doc.positions[verb]:
            # "Sergey Lavrov also met ...": an adverb may stand between name and verb
            ends.add(k - 1 if k > 0 and words[k - 1] in ADVERBS else k)
    for k in doc.positions.get(":", ()):
        ends.add(k)
    for k in doc.positions.get("s", ()):
        if k + 1 < n and words[k + 1] in PERSONAL_NOUNS and words[k - 1] in ("'", "’"):
            ends.add(k - 1)
    # "led by Rustem Umerov", "headed by X Y": a name right after an agent's "by"
    for k in doc.positions.get("by", ()):
        if k > 0 and words[k - 1] in AGENT_PARTICIPLES:
            end = names.end(k + 1, limit=3)
            if end - (k + 1) >= 2 and not any(taken[k + 1 : end]):
                ends.add(end)
    # "Amina Diallo, Minister of Foreign Affairs of Senegal, ...": a comma before a title
    for k in doc.positions.get(",", ()):
        after = skip_the(doc, k + 1)
        if after < n and doc.caps[k - 1] and _could_open_title(words[after]):
            title = parser.title(after, any_case=True)
            if title is not None and not title[2]:
                ends.add(k)
        if after < n and doc.caps[k - 1] and parser.possessive_owner(after) is not None:
            ends.add(k)  # "Igor Petrov, Russia's Ambassador to Peru, ..."
    # "with Josep Borrell, who presided over the meeting"
    for k in doc.positions.get("who", ()):
        if words[k - 1] == ",":
            ends.add(k - 1)
    # "the appointment of X Y as CSTO Secretary General": a name before a role
    for k in doc.positions.get("as", ()):
        if k > 0 and doc.caps[k - 1] and parser.role_title_at(k) is not None:
            ends.add(k)
    # "Mikhail Galuzin was received by ...": a passive that only people fit
    for k in (*doc.positions.get("was", ()), *doc.positions.get("were", ())):
        if k + 1 < n and words[k + 1] in PERSONAL_PASSIVES:
            ends.add(k)
    # "«...», — said Maria Zakharova.": the name after an attribution's speech verb
    for verb in doc.present(ATTRIBUTION_VERBS):
        for k in doc.positions[verb]:
            if not _after_quote(words, k):
                continue
            end = names.end(k + 1, limit=4)
            closed = end >= n or words[end] in PHRASE_ENDS
            if end - (k + 1) >= 2 and closed and not any(taken[k + 1 : end]):
                ends.add(end)
    found = _mononyms(names, taken) + _quoted_mononyms(names, taken)
    pending = sorted(ends, reverse=True)
    caps = doc.caps
    while pending:
        end = pending.pop()
        if end < 2 or not (caps[end - 1] or words[end - 2] == "-"):
            continue  # a name ends on a capitalised word or a hyphenated part ("Jong-un")
        for start in range(max(0, end - 9), end - 1):
            if not caps[start] or True in taken[start:end]:
                continue
            if (
                start > 0
                and doc.caps[start - 1]
                and is_word(words[start - 1])
                and not doc.line_break_before(start)
            ):
                continue  # part of a longer capitalised phrase
            if names.end(start, limit=4) != end:
                continue
            if words[end] == ":" and not (
                start == 0 or doc.line_break_before(start) or not is_word(words[start - 1])
            ):
                continue  # only "💬 Maria Zakharova: ..." at the start of a line
            name = doc.surface(start, end)
            found.append(Mention(start, end, "Person", plain_name(name), name, "bare"))
            for k in range(start, end):
                taken[k] = True
            if start > 0 and words[start - 1] in (",", "and"):
                pending.append(start - 1)  # "Sergey Lavrov, Wang Yi and X Y discussed"
            break
    return found


def _mononyms(names: NameParser, taken: list[bool]) -> list[Mention]:
    """ "Sukarno said his ...": one capitalised word opening a sentence, right before a speech
    verb, in a sentence that goes on about a person ("he", "his", "her")."""
    doc = names.doc
    found: list[Mention] = []
    for verb in doc.present(MONONYM_VERBS):
        for k in doc.positions[verb]:
            start = k - 1
            if start < 0 or taken[start] or doc.words[start] in NOT_MONONYMS:
                continue
            first, last = doc.sentences[doc.sentence_of[start]]
            personal = any(doc.words[m].lower() in PERSONAL_PRONOUNS for m in range(k, last))
            opens = first == start or doc.breaks[start]
            if opens and personal and names.hits[start] is None and names.end(start, 1) == k:
                name = doc.surface(start, k)
                found.append(Mention(start, k, "Person", name, name, "bare"))
                taken[start] = True
    return found


def _after_quote(words: list[str], k: int) -> bool:
    """Whether token ``k`` follows a closing quote and its attribution marks ("», —")."""
    j = k - 1
    while j >= 0 and words[j] in ATTRIBUTION_MARKS:
        j -= 1
    if j < 0 or words[j] not in QUOTE_CLOSERS:
        return False
    # "«...», X" or "“...,” X": a mark after the quote or a comma inside it
    return j < k - 1 or (j > 0 and words[j - 1] in (",", "!", "?"))


def _quoted_mononyms(names: NameParser, taken: list[bool]) -> list[Mention]:
    """ "«...», Lavrov stressed": one capitalised word between a quote and its speech verb."""
    doc = names.doc
    words = doc.words
    found: list[Mention] = []
    for verb in doc.present(ATTRIBUTION_VERBS):
        for k in doc.positions[verb]:
            start = k - 1
            if start < 1 or taken[start] or words[start] in NOT_MONONYMS:
                continue
            if (
                names.hits[start] is None
                and names.end(start, 1) == k
                and _after_quote(words, start)
            ):
                name = doc.surface(start, k)
                found.append(Mention(start, k, "Person", name, name, "bare"))
                taken[start] = True
    return found


@lru_cache(maxsize=1 << 16)  # names recur from post to post
def short_forms(name: str) -> tuple[str, ...]:
    """The single words that stand for a full name later on (folded): the family name
    ("Lavrov", "Sisi" of "el-Sisi"), the first word of a surname-first name ("Wang" of
    "Wang Yi", "Kim" of "Kim Hong-kyun") and the given name of a "bin"/"ould" name
    ("Faisal" of "Faisal bin Farhan Al Saud")."""
    words = [w for w in words_of(name) if is_word(w)]
    if len(words) < 2:
        return ()
    forms = [words[-1]] if words[-1][:1].isupper() else []
    if words[0].isupper() and len(words[0]) > 2:
        forms.append(words[0].capitalize())  # "Iwaya" of "IWAYA Takeshi"
    if (words[0] in SURNAME_FIRST and len(words) <= 4) or CONNECTORS.intersection(
        w.lower() for w in words
    ):
        forms.append(words[0])
    return tuple(forms)


def find_surnames(doc: Document, people: list[Mention], taken: list[bool]) -> list[Mention]:
    """Later (or earlier) short forms of the post's full names: "Lavrov", "Kerry"."""
    by_token: dict[str, list[Mention]] = {}
    for person in people:
        for form in short_forms(person.name):
            by_token.setdefault(form, []).append(person)
    found: list[Mention] = []
    for person in people:
        name = doc.words[person.start : person.end]
        if len(name) < 2:
            continue
        for i in doc.positions.get(name[0].lower(), ()):
            end = i + len(name)
            if doc.words[i:end] == name and not any(taken[i:end]):
                found.append(
                    Mention(
                        i,
                        end,
                        "Person",
                        person.name,
                        doc.surface(i, end),
                        "surname",
                        refers_to=person,
                    )
                )
                for k in range(i, end):
                    taken[k] = True
    positions = doc.positions
    short = sorted(
        k
        for form in by_token
        for k in (*positions.get(form.lower(), ()), *positions.get("#" + form.lower(), ()))
    )
    for i in short:
        word = doc.words[i].lstrip("#")  # "#Lavrov's interview"
        if taken[i] or word not in by_token or not word[:1].isupper():
            continue
        start = i
        if i > 1 and doc.words[i - 1] == "-" and doc.words[i - 2].lower() in PARTICLES:
            start = i - 2  # "El-Sisi"
        if start > 0 and doc.words[start - 1][:1].isupper() and is_word(doc.words[start - 1]):
            continue  # part of a longer capitalised phrase
        fulls = {p.name for p in by_token[word]}
        if len(fulls) == 1 and not any(taken[start:i]):
            target = by_token[word][0]
            found.append(
                Mention(
                    start,
                    i + 1,
                    "Person",
                    target.name,
                    doc.surface(start, i + 1),
                    "surname",
                    refers_to=target,
                )
            )
    return found
