"""The English pattern engine: finds the triggers of patterns with slots, resolves each
slot by its named resolver and emits the edge under the pattern's id.

Matches are found once per post through the document's word index (only the first word
of each trigger form is looked up), then run in pattern priority order. Resolvers and
guards are the names ``english.RESOLVERS`` and ``english.GUARDS`` list; they read the
sentence through ``relations.RelationFinder``'s helpers (subjects, agents, the post's
event), which the procedural frames use too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.extract import attend_slots, speech_slots, stance
from graphkit.extract.cues import (
    AUDIENCES,
    GOVERNORS,
    HYPOTHETICAL,
    PHONE_WORDS,
    PLANNED,
    TITLE_GLUE,
)
from graphkit.extract.english import TRIGGER_WORDS, TRIGGERS
from graphkit.extract.mentions import Mention
from graphkit.extract.patterns import Pattern, Slot
from graphkit.models import Modality

if TYPE_CHECKING:
    from graphkit.extract.relations import RelationFinder

#: Guards on a pair of ends, checked after both are resolved.
PAIR_GUARDS = frozenset({"not_own_side", "welcomed_to", *stance.PAIR_GUARDS})
#: Words a list after a colon may open with, or run over between names.
_LIST_GLUE = frozenset({",", ";", "and", "-", "•", "—", "–", "as", "well"})
_ARTICLES = frozenset({"the", "a", "an"})
_COPULA = frozenset({"be", "is", "was", "are", "were"})
#: Resolvers read from the end of the other slot's last mention instead of the trigger's:
#: ``*_subject`` after the subject's (resolved first), ``*_object`` after the object's.
_FROM_OTHER_END = {
    "object_after_subject": "object_after",
    "place_or_region_after_subject": "place_or_region_after",
    "agent_after_object": "agent_after",
    # attend and chair: "the participation of X in E", "Norway is hosting X for E"
    "event_after_subject": "event_after",
    "post_event_after_subject": "post_event_closing",
}
#: Resolvers that look past the trigger's neighbourhood (``reach`` does not bound them).
_UNBOUNDED = frozenset({"list_after_colon", "list_after_copula", "sentence_opener"})
#: Words before a verb that make it no fact of its own ("refused to", "may", "invitation to").
_GOVERNING = GOVERNORS | HYPOTHETICAL | {"invitation", "invitations"}


class Match:
    """One trigger of one pattern: tokens ``start`` to ``end`` of sentence ``sentence``."""

    def __init__(self, pattern: Pattern, sentence: int, start: int, end: int) -> None:
        self.pattern = pattern
        self.sentence = sentence
        self.start = start
        self.end = end
        #: the subject slot's mentions, for an object found after them (``*_after_subject``)
        self.sources: list[Mention] = []
        #: the object slot's mentions, for a subject found after them (``*_after_object``)
        self.targets: list[Mention] = []


def find_matches(finder: RelationFinder) -> list[Match]:
    """Every trigger of a pattern with slots in the post, in run order."""
    doc = finder.doc
    words = doc.words
    matches: list[Match] = []
    for first in doc.present(TRIGGER_WORDS):
        for k in doc.positions[first]:
            for pattern, form in TRIGGERS[first]:
                end = k + len(form)
                if end > len(words):
                    continue
                if len(form) > 1 and any(
                    form[i] != "*" and words[k + i].lower() != form[i] for i in range(1, len(form))
                ):
                    continue
                s = doc.sentence_of[k]
                if doc.sentence_of[end - 1] != s:
                    continue
                matches.append(Match(pattern, s, k, end))
    matches.sort(key=lambda m: (m.pattern.priority, m.start))
    return matches


def run_patterns(finder: RelationFinder) -> None:
    """Emits the edges of every pattern with slots whose trigger the post has."""
    doc = finder.doc
    boilerplate: dict[int, bool] = {}
    # one edge per pattern and pair of ends; where several patterns find the same edge, the
    # pipeline keeps the surest (relations.Found -> pipeline._relations)
    seen: set[tuple[str, int, int]] = set()
    for match in find_matches(finder):
        s = match.sentence
        if s not in boilerplate:
            boilerplate[s] = doc.is_boilerplate(s)
        pattern = match.pattern
        if boilerplate[s] or not all(
            guard(finder, name, match) for name in pattern.when if name not in PAIR_GUARDS
        ):
            continue
        assert pattern.subject is not None and pattern.object is not None  # checked on load
        pair_guards = [g for g in pattern.when if g in PAIR_GUARDS]
        if _after_subject(pattern.object):
            sources = resolve(finder, pattern.subject, match)
            match.sources = sources
            targets = resolve(finder, pattern.object, match) if sources else []
        else:
            targets = resolve(finder, pattern.object, match)
            match.targets = targets
            sources = resolve(finder, pattern.subject, match) if targets else []
        if not targets:
            continue
        tense = _tense(finder, match)
        for target in targets:
            added: Mention | None = None  # the first source an edge to target was added from
            for source in sources:
                if pair_guards and not all(
                    _pair_guard(finder, g, match, source, target) for g in pair_guards
                ):
                    continue
                key = (pattern.id, id(source.root()), id(target.root()))
                if key not in seen:
                    seen.add(key)
                    if finder.emit(pattern.id, source, target, s, tense) and added is None:
                        added = source
            if added is not None:
                for action in pattern.then:
                    finder.follow_up(action, s, match.start, added, target)


def _after_subject(slot: Slot) -> bool:
    """Whether ``slot`` is found after the subject's mentions, which are resolved first."""
    return any(
        (find in _FROM_OTHER_END and find.endswith("_subject")) or find in stance.AFTER_SUBJECT
        for find in (slot.find, *slot.otherwise)
    )


def _pair_guard(
    finder: RelationFinder, name: str, match: Match, source: Mention, target: Mention
) -> bool:
    family = stance.PAIR_GUARDS.get(name)
    if family is not None:
        return family(finder, match, source, target)
    if name == "welcomed_to":
        return finder.welcomed_to(target)
    return _own_side_free(source, target)


def _own_side_free(source: Mention, target: Mention) -> bool:
    """'not_own_side': a stance is not about oneself nor one's own state or body, and its
    target is a person or an actor named as such (not "the Turkish" alone)."""
    if target.root() is source.root():
        return False
    owner = source.owner
    if owner is not None and owner.key is not None and owner.key == target.key:
        return False
    return target.type == "Person" or target.kind != "adjective" or target.is_actor


def _tense(finder: RelationFinder, match: Match) -> Modality:
    """Planned for "will attend", "is to visit", "(is) to be headed by", "set / due to
    attend", a headline's "X to attend", and a trigger that holds "will"."""
    k = match.start
    before = [w.lower() for w in finder.words[max(0, k - 2) : k]]
    if not PLANNED.isdisjoint(finder.words[k : match.end]):
        return "planned"  # "the delegation will be headed by"
    if _headline_infinitive(finder, match):
        return "planned"  # "Lavrov to attend E", "Secretary X to Travel to P to Attend E"
    if before in (["to", "be"], ["set", "to"], ["due", "to"]):
        return "planned"  # "is to be headed by", "X is set to attend", "due to take part"
    return finder.planned(k, match.sentence)


def _headline_infinitive(finder: RelationFinder, match: Match) -> bool:
    """Whether the trigger is an infinitive of a headline's actor: "to" right before it,
    and only the actor, titles and other capitalised words before that ("Lavrov to attend
    E", "Secretary X to Travel to P to Attend E")."""
    k, words = match.start, finder.words
    first = finder.doc.sentences[match.sentence][0]
    if k - 1 <= first or words[k - 1].lower() != "to":
        return False
    opening = finder.in_sentence(match.sentence)
    if not opening or not opening[0].is_actor or opening[0].start > first + 3:
        return False
    return all(w[:1].isupper() or w in TITLE_GLUE or not w.isalnum() for w in words[first : k - 1])


def guard(finder: RelationFinder, name: str, match: Match) -> bool:
    family = stance.GUARDS.get(name)
    if family is not None:
        return family(finder, match)
    s, k, end = match.sentence, match.start, match.end
    words = finder.words
    if name == "not_negated":
        first = finder.doc.sentences[s][0]
        return not any(finder.negator(i) for i in range(max(first, k - 3), k))
    if name == "no_other_event":
        event = finder.post_event_before(k)
        root = event.root() if event is not None else None
        return all(e.root() is root for e in finder.in_sentence(s, types=("Event",)))
    if name == "one_event":
        events = finder.in_sentence(s, types=("Event",))
        return len({id(e.root()) for e in events}) <= 1
    if name == "not_invited_to":
        # "invited X to attend E": the invitation is the edge, not the attendance
        first = finder.doc.sentences[s][0]
        return not (
            k > first
            and words[k - 1].lower() == "to"
            and any(w.lower().startswith("invit") for w in words[max(first, k - 8) : k])
        )
    if name == "after_copula":
        first = finder.doc.sentences[s][0]
        return not _COPULA.isdisjoint(words[max(first, k - 4) : k])
    if name == "not_co_prefixed":
        return not (k >= 2 and words[k - 1] == "-" and words[k - 2].lower() == "co")
    if name == "active":
        return end >= len(words) or words[end].lower() != "by"
    if name in ("phone", "not_phone"):
        first = finder.doc.sentences[s][0]
        phone = words[k].lower() in ("conversation", "call") or any(
            w.lower() in PHONE_WORDS for w in words[max(first, k - 2) : k]
        )
        return phone == (name == "phone")
    if name == "ends_sentence":
        return end >= len(words) or words[end] in (".", ";")
    if name == "not_governed":
        # "Peru refused to attend.", "X may attend.", "an invitation to attend."
        first = finder.doc.sentences[s][0]
        return all(w.lower() not in _GOVERNING for w in words[max(first, k - 4) : k])
    if name == "ends_clause":
        return end >= finder.doc.sentences[s][1] or words[end] in (".", ",", ";", "!")
    if name in speech_slots.GUARDS:
        return speech_slots.guard(finder, name, match)
    if name in attend_slots.GUARDS:
        return attend_slots.guard(finder, name, match)
    raise ValueError(f"unknown guard {name}")  # the loader rejects unknown names


def resolve(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The mentions ``slot``'s resolvers find around ``match`` (its types only): the
    first resolver's, else the next one's."""
    found = _resolve(finder, slot.find, slot, match)
    for find in slot.otherwise:
        if found:
            break
        found = _resolve(finder, find, slot, match)
    return found


def _resolve(finder: RelationFinder, find: str, slot: Slot, match: Match) -> list[Mention]:
    base = _FROM_OTHER_END.get(find)
    if base is not None:
        # "under the chairmanship of X and Y, E ...", "the visit of X to P", "represented at
        # E by X"
        other = match.sources if find.endswith("_subject") else match.targets
        if not other:
            return []
        shifted = Match(match.pattern, match.sentence, match.start, max(m.end for m in other))
        return _resolve(finder, base, slot, shifted)
    s, k, end = match.sentence, match.start, match.end
    found: list[Mention]
    family = stance.RESOLVERS.get(find)
    if family is not None:
        found = family(finder, slot, match)
    elif find == "subject_before":
        if slot.many:
            found = finder.subjects_before(s, k, slot.types)
        else:
            one = finder.subject_before(s, k, slot.types)
            found = [one] if one is not None else []
    elif find == "people_before":
        found = [p for p in finder.in_sentence(s, types=("Person",)) if p.end <= k]
    elif find == "subject_after_comma":
        found = _subject_after_comma(finder, s, end)
    elif find == "event_after":
        if slot.many:
            found = _events_after(finder, slot, s, k, end)
        else:
            event = _event_after(finder, slot, s, k, end)
            found = [event] if event is not None else []
    elif find == "participle_subject":
        found = _participle_subject(finder, slot, s, k, end)
    elif find in ("first_after", "second_after"):
        found = _pair_after(finder, s, end)[0 if find == "first_after" else 1 :][:1]
    elif find == "object_after":
        found = _object_after(finder, slot, s, end)
    elif find == "agent_after":
        found = finder.agents_after(s, _past_skipped(finder, slot, end) - 1)
        found = found if slot.many else found[:1]
    elif find in ("list_after_colon", "list_after_copula"):
        found = _list_after_colon(finder, slot, s, end, copula=find == "list_after_copula")
    elif find == "event_before":
        event = finder.event_before(s, k)
        found = [event] if event is not None else []
    elif find == "passive_agents":
        found = finder.passive_agents(s, end - 1)
    elif find == "it_post_event":
        first = finder.doc.sentences[s][0]
        event = finder.post_event_before(k) if _word_at(finder, first) == "It" else None
        found = [event] if event is not None and k - first <= 4 else []
    elif find == "post_event":
        event = finder.post_event_before(k)
        found = [event] if event is not None else []
    elif find in ("place_after", "place_or_region_after"):
        j = _past_skipped(finder, slot, end)
        place = finder.mention_at(s, j, ("Place", "Country"), inside=True)
        kinds = ("name", "region") if find == "place_or_region_after" else ("name",)
        found = [place] if place is not None and place.kind in kinds else []
    elif find == "place_before":
        place = finder.place_before(s, k)
        found = [place] if place is not None else []
    elif find == "noun_owner":
        owner = finder.noun_owner(s, k)
        found = [owner] if owner is not None else []
    elif find in speech_slots.RESOLVERS:
        found = speech_slots.RESOLVERS[find](finder, slot, match)
    elif find == "event_past_object":
        found = _event_past_object(finder, slot, match)
    elif find in attend_slots.RESOLVERS:
        found = attend_slots.RESOLVERS[find](finder, slot, match)
    else:
        raise ValueError(f"unknown resolver {find}")  # the loader rejects unknown names
    wanted, reach = slot.types, slot.reach
    return [
        m
        for m in found
        if m.type in wanted
        and (
            m.kind != "adjective"
            or m.type == "Event"
            or find in stance.ADJECTIVE_RESOLVERS  # "the Turkish air strikes"
            or _delegation(finder, m)
        )
        and (not reach or find in _UNBOUNDED or k - reach <= m.end <= end + reach)
    ]


def _word_at(finder: RelationFinder, i: int) -> str:
    return finder.words[i] if 0 <= i < len(finder.words) else ""


def _past_skipped(finder: RelationFinder, slot: Slot, j: int) -> int:
    words = finder.words
    while j < len(words) and words[j].lower() in slot.skip:
        j += 1
    return j


def _delegation(finder: RelationFinder, mention: Mention) -> bool:
    """'The Russian delegation took part in E': Russia did."""
    return mention.end < len(finder.words) and finder.words[mention.end] == "delegation"


def _event_after(finder: RelationFinder, slot: Slot, s: int, k: int, j: int) -> Mention | None:
    """The event right after ``j``, past an occasion ("attended the opening ceremony of E":
    E), else the segment of the post's event named there ("the high-level segment")."""
    j = _past_skipped(finder, slot, j)
    event = finder.mention_at(s, finder.after_occasion(j), ("Event",))
    # "Attends Opening of the 12th Forum": a headline's event named with its occasion
    event = event or finder.mention_at(s, j, ("Event",))
    return event or finder.segment_of_post_event(s, j, k)


def _events_after(finder: RelationFinder, slot: Slot, s: int, k: int, j: int) -> list[Mention]:
    """With ``list``: the event named right after ``j`` and the one past its occasion
    ("addressed the plenary session of the Summit": both) or audience ("addressed the
    participants of E")."""
    found = []
    j = _past_skipped(finder, slot, j)
    words = finder.words
    at = j + 1 if j < len(words) and words[j].lower() in _ARTICLES else j
    if at + 1 < len(words) and words[at].lower() in AUDIENCES and words[at + 1] == "of":
        j = at + 2
    direct = finder.mention_at(s, j, ("Event",))
    if direct is not None:
        found.append(direct)
    event = _event_after(finder, slot, s, k, j)
    if event is not None and event is not direct:
        found.append(event)
    return found


def _participle_subject(
    finder: RelationFinder, slot: Slot, s: int, k: int, j: int
) -> list[Mention]:
    """'Taking part in the summit (in Delhi), Minister X met ...': the person after the
    comma of a sentence that opens with the trigger."""
    event = _event_after(finder, slot, s, k, j)
    if event is None or not finder.opening_participle(s, k):
        return []
    first = finder.person_after_comma(s, finder.past_place(s, event.end), 8)
    return [first] if first is not None else []


def _subject_after_comma(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'On the sidelines of the forum, Minister X met ...': the subject after the comma
    that closes an opening adjunct (one mention after the trigger, then the comma)."""
    named = finder.mention_at(s, j, ("Event", "Place", "Country", "Organisation"))
    if named is not None:
        j = named.end
    if j >= len(finder.words) or finder.words[j] != ",":
        return []
    return [p for p in finder.subjects_before(s, j + 12)[:2] if p.start > j]


def _pair_after(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'talks between X and Y': the first two people after ``j``, when "and" joins them."""
    people = [m for m in finder.in_sentence(s, types=("Person",)) if m.start >= j]
    if len(people) >= 2 and "and" in finder.words[people[0].end : people[1].start]:
        return people[:2]
    return []


def _object_after(finder: RelationFinder, slot: Slot, s: int, j: int) -> list[Mention]:
    """The mention right after the trigger (a title between for a person); with ``list``,
    the ones coordinated with it (people: at most three, "with X, Y and with Z")."""
    j = _past_skipped(finder, slot, j)
    first = finder.person_right_after(s, j - 1) if "Person" in slot.types else None
    if first is None or first.type not in slot.types:
        first = finder.mention_at(s, j, slot.types)
    if first is None:
        return []
    if not slot.many:
        return [first]
    if slot.types == ("Person",):
        return finder.people_listed(s, first)
    return finder.coordinated(s, first)


def _list_after_colon(
    finder: RelationFinder, slot: Slot, s: int, j: int, *, copula: bool = False
) -> list[Mention]:
    """'attended by: A, B and C', 'Attending the meeting were:' then one line per person:
    the mentions listed after the colon (in this sentence and the bullet lines after it),
    when only an event's name and ``skip`` words stand between the trigger and the colon.
    With ``copula``: the list right after an inverted "were" instead ("Taking part in the
    meeting were A, B, as well as C")."""
    words = finder.words
    j = _past_skipped(finder, slot, j)
    event = finder.mention_at(s, j, ("Event",))
    if event is not None:
        j = _past_skipped(finder, slot, event.end)
    if copula:
        if (
            j >= len(words)
            or words[j] == ":"
            or _word_at(finder, j - 1).lower() not in attend_slots.INVERSION
        ):
            return []
        j -= 1  # the list opens after the verb
    elif j >= len(words) or words[j] != ":":
        return []
    reach = slot.reach or 40
    listed: list[Mention] = []
    wanted = slot.types
    last = j + 1
    breaks = finder.doc.breaks
    owners = finder.owners
    for mention in finder.mentions:
        if mention.start <= j or mention.inside_event:
            continue
        if mention.start - j > reach:
            break
        # only glue, titles ("Minister of Foreign Affairs of X"), bullets and line ends
        # between two listed names
        if not all(
            w in _LIST_GLUE
            or w in _ARTICLES
            or w in TITLE_GLUE
            or w[:1].isupper()
            or (not w.isalnum() and w != ".")
            or (w == "." and i + 1 < len(words) and breaks[i + 1])
            for i, w in enumerate(words[last : mention.start], start=last)
        ):
            break
        if mention.type in wanted and mention.kind != "adjective" and id(mention) not in owners:
            listed.append(mention)  # not "Armenia" of "Foreign Minister of Armenia X"
        elif mention.type not in ("Country", "Organisation"):
            break  # a place or an event ends the list; a person's state or body does not
        last = mention.end
    return listed if slot.many else listed[:1]


def _event_past_object(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'X represented Russia at E', 'arrived in P for E': the event after the trigger's
    object (a person, state, body or place right after it) and one of the ``skip`` words."""
    s = match.sentence
    direct = finder.person_right_after(s, match.end - 1) or finder.mention_at(
        s, match.end, ("Country", "Organisation", "Group", "Place")
    )
    if direct is None or _word_at(finder, direct.end).lower() not in slot.skip:
        return []
    event = _event_after(finder, slot, s, match.start, direct.end)
    return [event] if event is not None else []
