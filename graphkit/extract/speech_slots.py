"""Resolvers and guards of the English speech, membership and role patterns.

The engine (``engine.py``) hands the names listed in ``english.py``'s speech block here.
Each is general: it reads a sentence's shape around a trigger ("X's E", "spoke at E",
"Addressing the delegates, X said", "Egypt joined the group"), never one wording.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graphkit.extract.cues import (
    ACCESSION_DONE,
    AUDIENCES,
    COPULAS,
    JOINING_TO_VERBS,
    OCCASION_NOUNS,
    OCCASIONS,
    SESSION_KINDS,
    SPEECH_EVENTS,
    SPEECH_NOUN_WORDS,
    SPEECH_NOUNS,
    TITLE_PREFIXES,
)
from graphkit.extract.english import PATTERNS
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import lower_at

if TYPE_CHECKING:
    from graphkit.extract.engine import Match
    from graphkit.extract.patterns import Slot
    from graphkit.extract.relations import RelationFinder

#: Prepositions that put a speech at an occasion ("spoke at E", "remarks to E").
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "before", "to"})
#: How far (tokens) a speech word may stand before its occasion's preposition.
_OCCASION_REACH = 14
_ARTICLES = frozenset({"the", "a", "an"})
#: Prepositions after a speech that name its own occasion ("a keynote lecture at the
#: University"): not the post's event.
_OWN_OCCASION = frozenset({"at", "to", "in", "during", "before"})


#: First words of the triggers whose object is an occasion after them: the nearest one
#: before an occasion is the speech given there.
_OCCASION_TRIGGERS = frozenset(
    form[0]
    for p in PATTERNS.patterns
    if p.object is not None
    and (p.object.find == "occasion_after" or "occasion_after" in p.object.otherwise)
    for form in p.triggers
)


def _event_preposition(finder: RelationFinder, event: Mention) -> int:
    """The word that introduces ``event``: past a season ("the winter session of"), an
    article and an occasion ("at the opening ceremony of E")."""
    words = finder.words
    j = event.start - 1
    if lower_at(finder.words, j) in SESSION_KINDS:
        j -= 1
    s = finder.doc.sentence_of[event.start]
    body = next((m for m in finder.in_sentence(s, types=("Organisation",)) if m.end == j + 1), None)
    if body is not None:
        j = body.start - 1  # "at the UN Security Council open debate on X"
    if lower_at(finder.words, j) in _ARTICLES:
        j -= 1
    if lower_at(finder.words, j) != "of":
        return j
    k = j - 1
    if lower_at(finder.words, k) in OCCASION_NOUNS and lower_at(finder.words, k - 1) in OCCASIONS:
        k -= 1
    if lower_at(finder.words, k) not in OCCASIONS and lower_at(finder.words, k) not in AUDIENCES:
        return j
    k -= 1
    return k - 1 if 0 <= k < len(words) and words[k].lower() in ("the", "its") else k


def occasions_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'spoke at E', 'remarks at the opening ceremony of E', 'a statement to E': the events
    after the trigger whose preposition is at most 14 tokens on, with no nearer trigger of
    the kind between."""
    s, k = match.sentence, match.start
    nearer = _OCCASION_TRIGGERS
    found = []
    for event in finder.in_sentence(s, types=("Event",)):
        if event.start <= k:
            continue
        prep = _event_preposition(finder, event)
        if lower_at(finder.words, prep) not in _OCCASION_PREPOSITIONS:
            continue
        last = match.end - 1  # the trigger's last word
        if prep <= last or prep - last > _OCCASION_REACH:
            continue
        if any(lower_at(finder.words, i) in nearer for i in range(match.end, prep)):
            continue
        found.append(event)
    return found


def speaker(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who gives the speech the trigger names: the clause subject ("X spoke at E"), the
    person after "by" ("a statement by X at E"), or the person after the comma that closes
    an opening adjunct ("Speaking at E in P, X said", "In his address to E, X ...")."""
    s, k = match.sentence, match.start
    one = finder.subject_before(s, k + 1, slot.types)
    if one is not None:
        return [one]
    event = match.targets[0] if match.targets else None
    if event is None:
        return []
    if lower_at(finder.words, k + 1) == "by":
        after = [m for m in finder.in_sentence(s, types=slot.types) if k < m.start < event.start]
        return after[:1]
    start = finder.doc.sentences[s][0]
    comma = finder.past_place(s, event.end)
    if k - start <= 3 and lower_at(finder.words, comma) == ",":
        first = finder.person_after_comma(s, comma, 10)
        return [first] if first is not None else []
    return []


def right_before(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The clause subject ending right before the trigger, past ``skip`` words: "X's E",
    "BRICS member X", "Belarus (will be admitted) as a member of"."""
    s, k = match.sentence, match.start
    words = finder.words
    start = finder.doc.sentences[s][0]
    while k > start and words[k - 1].lower() in slot.skip:
        k -= 1
    one = finder.subject_before(s, k, slot.types)
    return [one] if one is not None and one.end == k else []


def speech_event_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The event right after the trigger when it is a speech ("X's news conference",
    "held a joint press briefing with Y")."""
    s, j = match.sentence, match.end
    event = finder.mention_at(s, j, ("Event",))
    if event is None or not event.name.lower().startswith(SPEECH_EVENTS):
        return []
    return [event]


def event_opened(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The event whose name the trigger opens: "Joint news conference of X and Y"."""
    s, k = match.sentence, match.start
    return [e for e in finder.in_sentence(s, types=("Event",)) if e.start == k]


def people_in_object(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The people the object's own name holds ("news conference of X and Y": X, Y)."""
    s = match.sentence
    return [
        p
        for event in match.targets
        for p in finder.in_sentence(s, types=("Person",))
        if event.start < p.start and p.end <= event.end
    ]


def event_holding(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The event whose name holds the trigger: "an open debate on X" at "debate"."""
    s, k = match.sentence, match.start
    return [e for e in finder.in_sentence(s, types=("Event",)) if e.start <= k < e.end]


#: Words between an event and the people it is held with ("E, with briefings by X").
_WITH_GLUE = frozenset({",", "a", "the", "briefing", "briefings", "by", "from", "statements"})


def with_people_after_object(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The people an event is held with, named right after it: "a briefing on X with
    Special Envoy Y and Director Z", "an open debate, with briefings by Y and Z"."""
    if not match.targets:
        return []
    j = max(m.end for m in match.targets)
    if lower_at(finder.words, j) == ",":
        j += 1
    if lower_at(finder.words, j) != "with":
        return []
    while lower_at(finder.words, j + 1) in _WITH_GLUE:
        j += 1
    found = finder.agents_after(match.sentence, j)
    return found if slot.many else found[:1]


#: Words of an event's name that make it a programme of speeches.
_SPEECH_EVENT_WORDS = frozenset({"briefing", "briefings", "debate"})


def post_speech_event(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The event the post named last before the trigger, when it is a briefing or a debate
    ("The Council will hold a briefing on X. Y will brief.")."""
    event = finder.post_event_before(match.start)
    if event is None or _SPEECH_EVENT_WORDS.isdisjoint(event.name.lower().split()):
        return []
    return [event]


#: Nouns that refer back to the post's event after "the" ("addressed the reception").
_EVENT_REFERENCES = frozenset(
    {"event", "ceremony", "reception", "celebration", "meeting", "session", "forum"}
)


def _audience_end(finder: RelationFinder, k: int) -> int | None:
    """Where the audience of an address at ``k`` ends: "addressed the participants",
    "the opening ceremony", or a word of the post's event ("Addressing the Council");
    None when none follows, or it is another's ("the participants of E")."""
    j = k + 2 if lower_at(finder.words, k + 1) == "the" else k + 1
    if lower_at(finder.words, j) in OCCASIONS and lower_at(finder.words, j + 1) in OCCASION_NOUNS:
        j += 2
    elif lower_at(finder.words, j) in AUDIENCES or (
        j > k + 1 and lower_at(finder.words, j) in _EVENT_REFERENCES  # "Addressing the reception"
    ):
        j += 1
    else:
        word = finder.words[j] if j < len(finder.words) else ""
        event = finder.post_event_before(k)
        if not (word[:1].isupper() and event is not None and word in event.name.split()):
            return None
        j += 1
    if lower_at(finder.words, j) in ("of", "at", "during"):
        return None
    return j


def adjunct_speaker(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'Addressing the delegates, X said', '..., he said', '..., the Chairperson said': the
    subject after an opening participle and its audience."""
    s, k = match.sentence, match.start
    words = finder.words
    start = finder.doc.sentences[s][0]
    j = _audience_end(finder, k)
    if j is None or not words[k][:1].isupper() or any(w.isalnum() for w in words[start:k]):
        return []
    return _subject_after_comma(finder, s, j)


def _subject_after_comma(finder: RelationFinder, s: int, comma: int) -> list[Mention]:
    """The subject right after the comma closing an opening phrase: a person ("..., X
    said"), "he" (the previous sentence's person) or "the <title>" (its one holder)."""
    if lower_at(finder.words, comma) != ",":
        return []
    first = finder.person_after_comma(s, comma, 8)
    if lower_at(finder.words, comma + 1) in ("he", "she"):
        first = finder.previous_subject(s)
    if first is None:
        title = lower_at(finder.words, comma + 2).capitalize() in TITLE_PREFIXES
        first = finder.anaphor(s, comma + 4 if title else comma + 3)
    return [first] if first is not None else []


def after_comma(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'Delivering the opening remarks, X said', 'In his speech, the Ambassador ...': the
    subject after the comma that closes the opening phrase the trigger begins (a noun
    between)."""
    s, k, end = match.sentence, match.start, match.end
    start = finder.doc.sentences[s][0]
    if any(w.isalnum() for w in finder.words[start:k]):
        return []
    return _subject_after_comma(finder, s, end if lower_at(finder.words, end) == "," else end + 1)


def guard(finder: RelationFinder, name: str, match: Match) -> bool:
    """The speech, membership and role guards (english.py lists them)."""
    s, k, end = match.sentence, match.start, match.end
    words = finder.words
    start = finder.doc.sentences[s][0]
    if name == "names_no_event":
        # a reference back ("the event", "the ceremony") names the post's event itself
        return not any(
            m.type == "Event" and m.kind != "event-ref" for m in finder.by_sentence.get(s, [])
        )
    if name == "not_topic":
        # "commented on the speech at E", "the text of the statement at E"
        i = k - 1 if lower_at(finder.words, k - 1) in ("the", "a", "this", "that") else k
        return lower_at(finder.words, i - 1) not in ("on", "about", "of")
    if name == "addresses_audience":
        return _audience_end(finder, k) is not None
    if name == "speech_follows":
        # "delivered the opening statement": the trigger names a speech
        after = [lower_at(finder.words, i) for i in range(end + 1, end + 4)]
        return lower_at(finder.words, end) in SPEECH_NOUN_WORDS and (
            after[0] not in _OWN_OCCASION
            or after[1:] == ["the", "presence"]
            or (after[:2] == ["to", "the"] and after[2] in AUDIENCES)  # "to the gathering"
        )
    if name == "opens_sentence":
        return not any(w.isalnum() for w in words[start:k])
    if name == "accomplished":
        # "welcomed the accession of X", "welcomed X's entry": it has happened
        owner = next((m for m in finder.by_sentence.get(s, []) if m.end == k), None)
        at = owner.start if owner is not None and words[k] in ("'", "’") else k
        return any(w in ACCESSION_DONE for w in words[max(start, at - 3) : at])
    if name == "joins_into":
        # "was admitted to BRICS" (not "admitted that ...")
        return words[k].lower() != "admitted" or lower_at(finder.words, end) in ("to", "into")
    if name == "not_first":
        return k > start
    if name == "in_role":
        # "was the keynote speaker at E", "as a speaker at E"
        return any(w.lower() in COPULAS for w in words[max(start, k - 4) : k])
    if name == "with_speech":
        # "will open the forum with a keynote address"
        stop = min(finder.doc.sentences[s][1], end + 12)
        return any(
            words[i] == "with" and any(w in SPEECH_NOUNS for w in words[i + 1 : i + 4])
            for i in range(end, stop)
        )
    raise ValueError(f"unknown guard {name}")  # the loader rejects unknown names


def joined_body(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The body a joining verb names: "joined BRICS", "acceded to the Bank", "joined the
    group" (the body named before), "acceded in 2021" (the one the sentence named)."""
    s, k, end = match.sentence, match.start, match.end
    into = lower_at(finder.words, end) in ("to", "into")
    at = end + 1 if into and finder.words[k].lower() in JOINING_TO_VERBS else end
    if slot.skip:
        at = slot.after_skipped(finder.words, at)
    body = finder.named_body(at) or finder.body_joined_before(s, k)
    return [body] if body is not None else []


def joiners(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who joins: the states right before the verb ("Egypt has formally joined"), or
    before ", which" ("Colombia and Peru, which will accede")."""
    return finder.joining(match.sentence, match.start)


def _past_acronym(finder: RelationFinder, j: int) -> int:
    """After "(SCO)" at ``j``; else ``j``."""
    if lower_at(finder.words, j) == "(" and lower_at(finder.words, j + 2) == ")":
        return j + 3
    return j


def bodies_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The body right after the trigger and the ones listed with it, past acronyms in
    brackets: "a member of the Shanghai Cooperation Organisation (SCO) and the CICA"."""
    s = match.sentence
    first = finder.mention_at(s, slot.after_skipped(finder.words, match.end), slot.types)
    if first is None:
        return []
    bodies = [first]
    after = _past_acronym(finder, first.end)
    while lower_at(finder.words, after) in ("and", ","):
        following = finder.mention_at(s, after + 1, slot.types)
        if following is None:
            break
        listed = finder.words[after] == "and" or lower_at(
            finder.words, _past_acronym(finder, following.end)
        ) in ("and", ",", ".", ")", "")
        if not listed:
            break  # "member of ASEAN, the ASEAN Secretariat announced"
        bodies.append(following)
        after = _past_acronym(finder, following.end)
    return bodies


def listed_after_object(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The actors listed after the comma that closes the object (past its acronym): "As
    founding members of the Shanghai Cooperation Organisation (SCO), Chile and Peru"."""
    if not match.targets:
        return []
    s = match.sentence
    comma = _past_acronym(finder, max(m.end for m in match.targets))
    if lower_at(finder.words, comma) != ",":
        return []
    first = finder.mention_at(s, comma + 1, slot.types)
    if first is None:
        return []
    return finder.coordinated(s, first) if slot.many else [first]


#: Words between an apposition's comma and its head noun ("X, a full BRICS member").
_APPOSITION_WORDS = frozenset({"a", "an", "the", "full", "new", "newest", "founding", "permanent"})


def apposed_to(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """What an apposition opened by the object describes: "Indonesia, a BRICS member, ..."
    (the mention ending at the comma before "a BRICS")."""
    if not match.targets:
        return []
    s = match.sentence
    j = min(m.start for m in match.targets)
    start = finder.doc.sentences[s][0]
    while j > start and lower_at(finder.words, j - 1) in _APPOSITION_WORDS:
        j -= 1
    if lower_at(finder.words, j - 1) != ",":
        return []
    one = finder.subject_before(s, j - 1, slot.types)
    return [one] if one is not None and one.end == j - 1 else []


def named_body_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The body right after the trigger (past ``skip`` words): named, or referred back to
    ("the group", "the Bank")."""
    body = finder.named_body(slot.after_skipped(finder.words, match.end))
    return [body] if body is not None else []


#: The guards this module implements (english.py lists them with the others).
GUARDS = frozenset(
    {
        "names_no_event",
        "not_topic",
        "addresses_audience",
        "speech_follows",
        "opens_sentence",
        "accomplished",
        "joins_into",
        "not_first",
        "in_role",
        "with_speech",
    }
)
#: The resolvers this module implements (english.py lists them with the others).
RESOLVERS: dict[str, Callable[[RelationFinder, Slot, Match], list[Mention]]] = {
    "occasion_after": occasions_after,
    "speaker": speaker,
    "right_before": right_before,
    "speech_event_after": speech_event_after,
    "event_opened": event_opened,
    "people_in_object": people_in_object,
    "adjunct_speaker": adjunct_speaker,
    "joined_body": joined_body,
    "joiners": joiners,
    "named_body_after": named_body_after,
    "after_comma": after_comma,
    "bodies_after": bodies_after,
    "listed_after_object": listed_after_object,
    "event_holding": event_holding,
    "apposed_to": apposed_to,
    "with_people_after_object": with_people_after_object,
    "post_speech_event": post_speech_event,
}
