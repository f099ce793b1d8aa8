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
    ARRIVALS,
    AUDIENCES,
    GOVERNORS,
    HOLDING,
    HYPOTHETICAL,
    MONTHS,
    PHONE_WORDS,
    PLANNED,
    TITLE_GLUE,
    TRAVEL_VERBS,
)
from graphkit.extract.english import (
    FAMILY_GUARDS,
    FAMILY_RESOLVERS,
    TRIGGER_ENDS,
    TRIGGER_WORDS,
)
from graphkit.extract.mentions import Mention
from graphkit.extract.patterns import Pattern, Slot
from graphkit.extract.sentences import word_at
from graphkit.models import Modality

if TYPE_CHECKING:
    from graphkit.extract.relations import RelationFinder

#: Guards on a pair of ends, checked after both are resolved.
PAIR_GUARDS = frozenset({"not_own_side", "welcomed_to", "unplaced_event", *stance.PAIR_GUARDS})
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
    "partners_after_subject": "partners_after",
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
        #: the modality a resolver read from the words between the ends ("E will be held on
        #: 5 May in P"), which a pattern of modality "tense" takes over the trigger's
        self.tense: Modality | None = None


def find_matches(finder: RelationFinder) -> list[Match]:
    """Every trigger of a pattern with slots in the post, in run order."""
    doc = finder.doc
    words = doc.words
    found: list[tuple[int, int, int, Match]] = []
    for first in doc.present(TRIGGER_WORDS):
        by_length = TRIGGER_ENDS[first]
        for k in doc.positions[first]:
            s = doc.sentence_of[k]
            for length, by_last in by_length.items():
                end = k + length
                if end > len(words):
                    continue
                candidates = by_last.get(words[end - 1].lower())
                if candidates is None or doc.sentence_of[end - 1] != s:
                    continue
                for order, pattern, form in candidates:
                    if length > 2 and any(
                        form[i] != "*" and words[k + i].lower() != form[i]
                        for i in range(1, length - 1)
                    ):
                        continue
                    found.append((pattern.priority, k, order, Match(pattern, s, k, end)))
    # the order of TRIGGERS[first] breaks ties, as when the forms were tried in that order
    found.sort(key=lambda item: item[:3])
    return [item[3] for item in found]


def run_patterns(finder: RelationFinder, matches: list[Match] | None = None) -> None:
    """Emits the edges of every pattern with slots whose trigger the post has (of
    ``matches`` when given, in their order)."""
    doc = finder.doc
    boilerplate: dict[int, bool] = {}
    # one edge per pattern and pair of ends; where several patterns find the same edge, the
    # pipeline keeps the surest (relations.Found -> pipeline._relations)
    seen: set[tuple[str, int, int]] = set()
    for match in find_matches(finder) if matches is None else matches:
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
    if name == "unplaced_event":
        return _unplaced_event(finder, source)
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
    if match.tense is not None:
        return match.tense
    subject = match.pattern.subject
    # no star expression here: mypyc (setup.py) cannot compile one inside "in (...)"
    programme = subject is not None and (
        subject.find == "programme_visitor" or "programme_visitor" in subject.otherwise
    )
    if programme and finder.programme_visitor(match.sentence) is not None:
        # "The programme of the visit includes talks with X": a plan while it includes them
        return finder.programme_modality(match.sentence)
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
    if name in FAMILY_GUARDS:
        return _family_guard(finder, name, match)
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
    if find in FAMILY_RESOLVERS:  # first: the most frequent triggers' resolvers
        found = _family_resolve(finder, find, slot, match)
    elif family is not None:
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
        found = finder.agents_after(s, slot.after_skipped(finder.words, end) - 1)
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
        event = finder.post_event_before(k) if word_at(finder.words, first) == "It" else None
        found = [event] if event is not None and k - first <= 4 else []
    elif find == "post_event":
        event = finder.post_event_before(k)
        found = [event] if event is not None else []
    elif find in ("place_after", "place_or_region_after"):
        j = slot.after_skipped(finder.words, end)
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


def _delegation(finder: RelationFinder, mention: Mention) -> bool:
    """'The Russian delegation took part in E': Russia did."""
    return mention.end < len(finder.words) and finder.words[mention.end] == "delegation"


def _event_after(finder: RelationFinder, slot: Slot, s: int, k: int, j: int) -> Mention | None:
    """The event right after ``j``, past an occasion ("attended the opening ceremony of E":
    E), else the segment of the post's event named there ("the high-level segment")."""
    j = slot.after_skipped(finder.words, j)
    event = finder.mention_at(s, finder.after_occasion(j), ("Event",))
    # "Attends Opening of the 12th Forum": a headline's event named with its occasion
    event = event or finder.mention_at(s, j, ("Event",))
    return event or finder.segment_of_post_event(s, j, k)


def _events_after(finder: RelationFinder, slot: Slot, s: int, k: int, j: int) -> list[Mention]:
    """With ``list``: the event named right after ``j`` and the one past its occasion
    ("addressed the plenary session of the Summit": both) or audience ("addressed the
    participants of E")."""
    found = []
    j = slot.after_skipped(finder.words, j)
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
    j = slot.after_skipped(finder.words, j)
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
    j = slot.after_skipped(finder.words, j)
    event = finder.mention_at(s, j, ("Event",))
    if event is not None:
        j = slot.after_skipped(finder.words, event.end)
    if copula:
        if (
            j >= len(words)
            or words[j] == ":"
            or word_at(finder.words, j - 1).lower() not in attend_slots.INVERSION
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
    if direct is None or word_at(finder.words, direct.end).lower() not in slot.skip:
        return []
    event = _event_after(finder, slot, s, match.start, direct.end)
    return [event] if event is not None else []


# -- meet, visit and place families: resolvers and guards ------------------------------


def _with_at(finder: RelationFinder, slot: Slot, match: Match) -> int | None:
    """Where the partners of ``match`` start after: its "with", past ``skip`` words (any
    word but "and" for ``*``), numbers and a name after "in"/"on", at most 6 words away
    (13 for ``*``); a trigger that ends in its preposition ("paid a courtesy call on")
    needs none."""
    words, caps = finder.words, finder.doc.caps
    stop = finder.doc.sentences[match.sentence][1]
    last = match.end - 1
    if words[last].lower() in ("on", "with", "to", "from"):
        return last  # "paid a courtesy call on / to X", "received a call from X"
    any_word = "*" in slot.skip
    reach = 13 if any_word else 6  # a document's name: "signed a memorandum on ... with"
    j = match.end
    while j < stop and j - last <= reach and words[j] != "with":
        word = words[j]
        if any_word:
            skipped = word.isalpha() and word != "and"
        else:
            skipped = (
                word.lower() in slot.skip
                or (words[j - 1] in ("in", "on") and caps[j])  # "met in Budapest with"
                or word[:1].isdigit()
            )
        if not skipped:
            break
        j += 1
    return j if word_at(finder.words, j).lower() == "with" else None


def _partners_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'held talks (on the sidelines) with X, Y and Z', 'called on X': the people after the
    trigger's "with" (``_with_at``)."""
    at = _with_at(finder, slot, match)
    first = finder.person_right_after(match.sentence, at) if at is not None else None
    if first is None:
        return []
    return finder.people_listed(match.sentence, first) if slot.many else [first]


#: Words of a meeting held at a distance: "held talks via videoconference with X".
_REMOTE = frozenset({"video", "videoconference", "virtual", "virtually"})
#: Words that make a meeting a call, in the cases the text writes them.
_CALL_WORDS = PHONE_WORDS | _REMOTE | {w.capitalize() for w in _REMOTE}
#: Trigger words that are a call themselves.
_CALL_NOUNS = frozenset({"conversation", "call", "spoke"})


def _pair_before(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'X and Y met', 'X and Y held talks': the two people joined by "and" (no comma) that
    end right before the trigger (one word may stand between, or ``skip`` words: "X and Y
    on Thursday held talks")."""
    k = match.start
    people = [m for m in finder.in_sentence(match.sentence, types=("Person",)) if m.end <= k]
    if len(people) < 2:
        return []
    gap = finder.words[people[-1].end : k]
    if len(gap) > 1 and not all(w.lower() in slot.skip for w in gap):
        return []
    between = finder.words[people[-2].end : people[-1].start]
    return people[-2:] if "and" in between and "," not in between else []


def _programme_visitor(finder: RelationFinder, match: Match) -> list[Mention]:
    """'The programme of the visit (to X) includes talks with Y': the visitor, the person
    the sentence before names first."""
    visitor = finder.programme_visitor(match.sentence)
    return [visitor] if visitor is not None else []


def _subject_after_adjunct(finder: RelationFinder, match: Match) -> list[Mention]:
    """'At the meeting with X, Minister Y said': Y, right after the comma that closes an
    opening adjunct naming the meeting."""
    s, k = match.sentence, match.start
    words = finder.words
    start = finder.doc.sentences[s][0]
    opening = [w.lower() for w in words[start:k] if w.isalnum()]
    if not opening or opening[0] not in ("at", "during", "in") or len(opening) > 3:
        return []
    assert match.pattern.object is not None
    at = _with_at(finder, match.pattern.object, match)
    other = finder.person_right_after(s, at) if at is not None else None
    if other is None or at is None or other.start > at + 8:
        return []
    end = finder.doc.sentences[s][1]
    comma = next((c for c in range(other.end, end) if words[c] == ","), end)
    # "At the talks with X and Y, Minister Z said": Z right after the comma (a title)
    if any(w.islower() and w not in TITLE_GLUE for w in words[other.end : comma]):
        return []
    subject = finder.person_right_after(s, comma) if comma < end else None
    return [subject] if subject is not None else []


def _place_in_before(finder: RelationFinder, match: Match) -> list[Mention]:
    """'X is in Lima on an official visit': the place (or region) of "is in P" that ends
    right before the trigger."""
    s, k = match.sentence, match.start
    place = next((m for m in finder.in_sentence(s, types=("Place",)) if m.end == k), None)
    if place is None or word_at(finder.words, place.start - 1).lower() != "in":
        return []
    if word_at(finder.words, place.start - 2).lower() not in ("is", "was", "are", "be"):
        return []
    found = finder.mention_at(s, place.start, ("Place", "Country"), inside=True)
    return [found] if found is not None and found.kind in ("name", "region") else []


def _destination_before(finder: RelationFinder, match: Match) -> list[Mention]:
    """'X will travel to Apia this week (to attend E)': the named place travelled or come
    to, up to three lower-case words or a month before the trigger."""
    s, k = match.sentence, match.start
    words = finder.words
    for place in finder.in_sentence(s, types=("Place",)):
        if place.kind != "name" or not 0 < k - place.end <= 3:
            continue
        went = word_at(finder.words, place.start - 1).lower() in ("to", "in") and (
            word_at(finder.words, place.start - 2).lower() in TRAVEL_VERBS
            or word_at(finder.words, place.start - 2).lower() in ARRIVALS
        )
        between = words[place.end : k]  # "this week", "on Monday"
        if went and all((w.isalnum() and w.islower()) or w in MONTHS for w in between):
            return [place]
    return []


def _meeting_partners_before(finder: RelationFinder, match: Match) -> list[Mention]:
    """'X met Y, who was accompanied by Z': the other sides of the meetings found in the
    sentence with Y, the person right before the trigger's comma, named before Y."""
    s, k = match.sentence, match.start
    if word_at(finder.words, k - 1) != ",":
        return []
    met = next((p for p in finder.in_sentence(s, types=("Person",)) if p.end == k - 1), None)
    if met is None:
        return []
    return [
        f.source
        for f in finder.found
        if f.type == "MET_WITH"
        and f.sentence == s
        and f.target is met.root()
        and f.source.start < met.start
    ]


def _visitors_before(finder: RelationFinder, match: Match) -> list[Mention]:
    """'a visit to the South Caucasus that took him to ...': the visitors of the region
    named right before the trigger (the VISITED edges found to it in the sentence)."""
    s, k = match.sentence, match.start
    j = k - 1 if word_at(finder.words, k - 1) == "," else k
    return [
        f.source
        for f in finder.found
        if f.type == "VISITED"
        and f.sentence == s
        and f.target.kind == "region"
        and any(m.root() is f.target and m.end == j for m in finder.in_sentence(s))
    ]


def _places_listed_after(finder: RelationFinder, match: Match) -> list[Mention]:
    """'took him to Baku, Yerevan and Tbilisi': the named places listed after the trigger."""
    s = match.sentence
    listed: list[Mention] = []
    place = finder.mention_at(s, match.end, ("Place", "Country"))
    while place is not None and place.kind == "name":
        listed.append(place)
        after = word_at(finder.words, place.end).lower()
        if after not in (",", "and"):
            break
        j = place.end + 1 + (word_at(finder.words, place.end + 1).lower() == "and")
        place = finder.mention_at(s, j, ("Place", "Country"))
    return listed


def _family_resolve(finder: RelationFinder, find: str, slot: Slot, match: Match) -> list[Mention]:
    """The meet, visit and place families' resolvers (``english.RESOLVERS``)."""
    if find == "partners_after":
        return _partners_after(finder, slot, match)
    if find in ("first_before", "second_before"):
        return _pair_before(finder, slot, match)[0 if find == "first_before" else 1 :][:1]
    if find == "programme_visitor":
        return _programme_visitor(finder, match)
    if find == "subject_after_adjunct":
        return _subject_after_adjunct(finder, match)
    if find == "place_in_before":
        return _place_in_before(finder, match)
    if find == "destination_before":
        return _destination_before(finder, match)
    if find == "meeting_partners_before":
        return _meeting_partners_before(finder, match)
    if find == "visitors_before":
        return _visitors_before(finder, match)
    if find == "places_listed_after":
        return _places_listed_after(finder, match)
    return _place_family_resolve(finder, find, match)


def _place_family_resolve(finder: RelationFinder, find: str, match: Match) -> list[Mention]:
    s, end = match.sentence, match.end
    found: list[Mention | None]
    if find == "held_event_before":
        # the events whose words of holding lead to the trigger ("E will be held on 5 May in")
        found = []
        for event in finder.in_sentence(s, types=("Event",)):
            stop, planned = finder.held_stop(s, event) if event.end < end else (-1, False)
            if stop == end - 1:
                found.append(event)
                match.tense = "planned" if planned else "asserted"
    elif find == "opening_events":
        found = list(finder.opening_events(s))
        start, stop = finder.doc.sentences[s]
        match.tense = "planned" if "will" in finder.words[start:stop] else "asserted"
    elif find == "opening_place_after":
        place = finder.opening_place(s)
        found = [place] if place is not None and place.start in (end, end + 1) else []
    elif find == "host_place_after":
        found = [finder.host_place(s, end)]
    elif find == "venue_city_after":
        found = [finder.venue_city(s, end)]
    else:  # "post_meeting"
        found = [
            m
            for m in finder.mentions
            if m.type == "Event" and m.scope == "post" and m.name.lower().startswith("meeting with")
        ]
    return [m for m in found if m is not None]


def _phone_call(finder: RelationFinder, match: Match) -> bool:
    """'phone_call': the trigger names a call ("conversation", "call", "spoke"), or a phone
    word stands in the two words before it or between it and its "with" (else in the three
    words after it); a courtesy call is a visit."""
    s, k, end = match.sentence, match.start, match.end
    words = finder.words
    first, stop = finder.doc.sentences[s]
    trigger = [w.lower() for w in words[k:end]] if end - k > 1 else [words[k].lower()]
    before = words[max(first, k - 2) : k]
    if "courtesy" in trigger or "courtesy" in before[-1:] or trigger[-1] in ("on", "to"):
        return False  # "paid a courtesy / farewell call on X": a visit
    if "tete" in before or "face" in before:
        return False  # "a tete-a-tete conversation", "a face-to-face conversation"
    if not (_CALL_NOUNS.isdisjoint(trigger) and _CALL_WORDS.isdisjoint(trigger)):
        return True  # "had a phone conversation", "held a video conference"
    window = words[end : min(stop, end + 7)]
    after = window.index("with") if "with" in window else 3
    return not (_CALL_WORDS.isdisjoint(before) and _CALL_WORDS.isdisjoint(window[:after]))


def _asked_to(finder: RelationFinder, match: Match) -> bool:
    """'called on X (and Y) to ...' or 'called on X, ...': a request, not a visit: the
    object's list ends before "to" or a comma (past "of <state>")."""
    assert match.pattern.object is not None
    listed = resolve(finder, match.pattern.object, match)
    if not listed:
        return False
    last = listed[-1]
    after = last.end
    owner = last.owner
    if owner is not None and owner.start == after + 1 and finder.words[after] == "of":
        after = owner.end  # "called on President X of Peru"
    elif owner is not None and finder.words[after] == "," and 0 < owner.start - after <= 6:
        # "called on X, Governor-General of Peru, at ...": past the apposition
        after = owner.end + (word_at(finder.words, owner.end) == ",")
    return word_at(finder.words, after).lower() in ("to", ",")


def _family_guard(finder: RelationFinder, name: str, match: Match) -> bool:
    """The meet, visit and place families' guards (``english.GUARDS``)."""
    if name in ("phone_call", "not_phone_call"):
        return _phone_call(finder, match) == (name == "phone_call")
    if name == "says_met":
        start, stop = finder.doc.sentences[match.sentence]
        return "met" in finder.words[start:stop]
    if name == "after_holding":
        first = finder.doc.sentences[match.sentence][0]
        return not HOLDING.isdisjoint(finder.words[max(first, match.start - 8) : match.start])
    return not _asked_to(finder, match)  # "not_asked_to"


def _unplaced_event(finder: RelationFinder, event: Mention) -> bool:
    """'unplaced_event' (a pair guard): the event does not name its own place right after
    it ("to attend E in Suva")."""
    return word_at(finder.words, event.end).lower() not in ("in", "at")
