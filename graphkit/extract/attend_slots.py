"""Resolvers and guards of the English attend and chair patterns.

The engine (``engine.py``) hands the names listed in ``english.py``'s attend and chair block
here. Each is general: it reads a sentence's shape around a trigger (an inverted clause, a
relative clause, an absolute "with X presiding", a list opened by ", among them"), never
one wording.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graphkit.extract.cues import CO_CHAIR_LINKS, EVENT_MOMENTS, TITLE_GLUE
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import word_at

if TYPE_CHECKING:
    from graphkit.extract.engine import Match
    from graphkit.extract.patterns import Slot
    from graphkit.extract.relations import RelationFinder

_ARTICLES = frozenset({"the", "a", "an"})


#: Verbs of an inverted clause after its object: "Present at E were X", "Participants of E
#: included X".
INVERSION = frozenset({"were", "was", "are", "is", "included", "include", "includes"})
#: What opens a list of named members later in a clause: ", among them X and Y".
_INCLUDING = frozenset({"among", "including"})


def _targets_end(match: Match) -> int | None:
    return max(m.end for m in match.targets) if match.targets else None


def _post_event_closing(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The post's event before the trigger, when the clause ends at ``match.end`` (the
    subject's end: "India was represented by X.") and the sentence names no other event."""
    s, end = match.sentence, match.end
    if end < finder.doc.sentences[s][1] and finder.words[end] not in (".", ";", ","):
        return []
    event = finder.post_event_before(match.start)
    if event is None or any(
        e.root() is not event.root() for e in finder.in_sentence(s, types=("Event",))
    ):
        return []
    return [event]


def _inverted_agents(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'Present at E were X and Y', 'Participants of E included X': the agents after a
    verb of being or including right after the object."""
    j = _targets_end(match)
    if j is None or word_at(finder.words, j).lower() not in INVERSION:
        return []
    return finder.agents_after(match.sentence, j)


def _subject_after_object(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'E, which France and Peru will co-chair': the subject of the trigger's clause,
    named between the object and the trigger."""
    j = _targets_end(match)
    if j is None:
        return []
    found = finder.subjects_before(match.sentence, match.start, slot.types)
    return [m for m in found if m.start >= j]


def _relative_antecedent(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'E, which X will co-chair': the mention right before the ", which" that opens the
    trigger's clause (within fifteen tokens)."""
    words, s = finder.words, match.sentence
    first = finder.doc.sentences[s][0]
    which = next(
        (
            w
            for w in range(match.start - 1, max(first, match.start - 16), -1)
            if words[w] == "which"
        ),
        None,
    )
    if which is None or words[which - 1] != ",":
        return []
    return [m for m in finder.in_sentence(s, types=slot.types) if m.end == which - 1][-1:]


def _absolute_with(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'with Minister X presiding', 'with X in the chair': the person right before the
    trigger, "with" and a title before it."""
    s = match.sentence
    person = next(
        (m for m in finder.in_sentence(s, types=("Person",)) if m.end == match.start), None
    )
    if person is None:
        return []
    caps, words = finder.doc.caps, finder.words
    j = person.start - 1
    while j >= 0 and (caps[j] or words[j] in TITLE_GLUE) and j > person.start - 8:
        j -= 1  # back over the title: "with Spanish Prime Minister X presiding"
    return [person] if word_at(finder.words, j) == "with" else []


def _sentence_opener(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The mention the trigger's sentence opens with, at most two words before it ("E was
    convened in Lima, bringing together ...")."""
    s = match.sentence
    mentions = finder.in_sentence(s)
    if not mentions or mentions[0].start - finder.doc.sentences[s][0] > 2:
        return []
    return mentions[:1]


def _included_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'... brought together the leaders of ..., among them X and Y', '..., including X':
    the agents after the first such opener past the trigger in its sentence."""
    words = finder.words
    for j in range(match.end, finder.doc.sentences[match.sentence][1] - 1):
        if words[j] in _INCLUDING and words[j - 1] == ",":
            j += 1 if word_at(finder.words, j + 1).lower() in ("them", "whom") else 0
            return finder.agents_after(match.sentence, j)
    return []


def _partners_after_object(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'co-chaired E (together) with X', 'will co-host E on 15 April alongside X, Y and Z':
    the partners after the object, a date between."""
    j = _targets_end(match)
    if j is None:
        return []
    s, words = match.sentence, finder.words
    end = min(finder.doc.sentences[s][1], j + 6)
    while j < end and words[j] not in CO_CHAIR_LINKS:
        if words[j] in (",", ";") or any(m.start == j for m in finder.by_sentence.get(s, [])):
            return []
        j += 1
    if j >= end:
        return []
    partner = finder.person_right_after(s, j)
    if partner is None:
        partner = finder.mention_at(s, j + 1, ("Country", "Organisation"))
        if partner is None or partner.kind not in ("name", "metonym"):
            return []
    return finder.coordinated(s, partner)


def guard(finder: RelationFinder, name: str, match: Match) -> bool:
    """The attend and chair guards (english.py lists them)."""
    s, k, end = match.sentence, match.start, match.end
    words = finder.words
    first = finder.doc.sentences[s][0]
    if name == "after_delegation":
        return any(w in ("delegation", "delegations") for w in words[max(first, k - 12) : k])
    if name == "no_direct_object":
        following = word_at(finder.words, end)
        return not (following.lower() in _ARTICLES or following[:1].isupper())
    if name == "no_event":
        return not finder.in_sentence(s, types=("Event",))
    if name == "ends_clause_or_moment":
        # "X was among the ministers present at the signing": a moment of the post's event
        at_moment = (
            word_at(finder.words, end).lower() == "at"
            and word_at(finder.words, end + 1).lower() == "the"
            and word_at(finder.words, end + 2).lower() in EVENT_MOMENTS
            and word_at(finder.words, end + 3).lower() != "of"
        )
        return at_moment or word_at(finder.words, end).lower() != "at"
    raise ValueError(f"unknown guard {name}")  # the loader rejects unknown names


#: The guards this module implements (english.py lists them with the others).
GUARDS = frozenset({"after_delegation", "no_direct_object", "no_event", "ends_clause_or_moment"})
#: The resolvers this module implements; "post_event_closing" is reached through
#: "post_event_after_subject" (engine._FROM_OTHER_END).
RESOLVERS: dict[str, Callable[[RelationFinder, Slot, Match], list[Mention]]] = {
    "post_event_closing": _post_event_closing,
    "inverted_agents": _inverted_agents,
    "subject_after_object": _subject_after_object,
    "relative_antecedent": _relative_antecedent,
    "absolute_with": _absolute_with,
    "sentence_opener": _sentence_opener,
    "included_after": _included_after,
    "partners_after_object": _partners_after_object,
}
