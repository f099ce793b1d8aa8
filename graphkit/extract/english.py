"""The English pattern engine's vocabulary: what English patterns may name, and how a lemma
inflects.

``graphkit/extract/patterns/en/*.yaml`` are read once, at import, against
:data:`ENGLISH`: its resolvers (how a slot's mention is found around the trigger), guards
(``when``) and actions (genre frames written in Python by ``relations.RelationFinder``,
each named after its method). :data:`PATTERNS` is the loaded set;
:data:`TRIGGERS` indexes the patterns with slots by the first word of each trigger form.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from graphkit.extract.patterns import Language, Pattern, load_patterns, register_language

#: How a slot's mention is found (relations.RelationFinder.resolve runs them).
RESOLVERS = frozenset(
    {
        "subject_before",  # the clause subject before the trigger, with coordinated ones
        "object_after",  # the mention right after the trigger (after ``skip`` words)
        "people_before",  # every person the sentence names before the trigger
        "subject_after_comma",  # the subject after an opening adjunct: "On the margins of E, X"
        "event_after",  # the event after the trigger ("the opening ceremony of E" too)
        "participle_subject",  # "Taking part in E, Minister X ...": the person after the comma
        "first_after",  # "talks between X and Y": X
        "second_after",  # "talks between X and Y": Y
        "statement_author",  # who makes the statement: the person, the state before the verb,
        # the headline's speaker ("X's remarks ...")
        "stance_target",  # whom a criticism is about: the actors after it, "the actions of X"
        "passive_agents",  # after a trigger ending in "by": "by X and Y", "... and by Z"
        "it_post_event",  # "It was chaired by X": the post's event
        "conduct_owner",  # whose conduct: "X's strikes", "the Turkish strikes", "the acts of X"
        "agent_after",  # the people (or bodies) right after the trigger: "by A, B and C"
        "list_after_colon",  # a list after "were:" or on the bullet lines that follow
        "event_before",  # the last event named in the sentence before the trigger
        "post_event",  # the last event the post named before the trigger
        "place_after",  # a named place or country right after the trigger
        "place_before",  # a named place or country right before, auxiliaries between
        "place_or_region_after",  # the same, or a region ("a visit to the South Caucasus")
        "object_after_subject",  # object_after, from the subject's end: "the visit of X to P"
        "place_or_region_after_subject",  # place_or_region_after, from the subject's end
        "agent_after_object",  # agent_after, from the object's end: "represented at E by X"
        "noun_owner",  # whose act the trigger noun is: "X's visit", "his visit", "paid a visit"
        # -- stance and invite (graphkit/extract/stance.py, invite.py) --
        "stance_owner",  # the state or body owning the stance noun: "Qatar's condemnation"
        "pronoun_antecedent",  # whose "its/his/her support" it is
        "thanked",  # the actors thanked before the trigger: "thanked X and Y for ..."
        "thanker",  # who thanks: the subject before the word of thanks
        "grievance_owner",  # whose act a protest is over: "over X's sanctions", "against X"
        "addressee_after",  # to whom a protest is made: "to Japan", "with the Japanese side"
        "by_agent",  # the actor after "by" within three words: "the crisis provoked by X"
        "accountable_after",  # "hold X accountable": X
        "possessor",  # the actor whose "'s" opens or precedes the trigger: "NATO's aggressive"
        "acting_subjects",  # who does the act: "the US & the EU have been trying to intimidate"
        "praised_target",  # whom praise or backing is for: "praised X", "the efforts of X"
        "beneficiary_after",  # "the support of X for Y": Y
        "own_bid_thanker",  # "Peru thanked Chile for supporting its candidacy": Peru
        "bid_owner",  # whose bid the clause names: "X's bid to join Z was backed by Y": X
        "party_after",  # the person, body or state right after: "at the invitation of X"
        "agent_after_event",  # "invited to E by X": X
        "sender_later",  # "received an invitation to attend E from X": X
        "guest_of_subject",  # who came at the subject's invitation (else the post's speaker)
        "post_host",  # the post's host: its event's chair, else its organiser
        "messenger_partner",  # whom a messenger handed another's invitation to: the one met
        "invitees",  # whom a passive invitation names: "sent to X and Y", "X and Y were invited"
        # -- attend and chair (attend_slots.py) --
        "event_after_subject",  # event_after, from the subject's end: "participation of X in E"
        "post_event_after_subject",  # the post's event when the subject ends the clause and
        # the sentence names no other: "India was represented by X."
        "inverted_agents",  # "Present at E were X", "Participants of E included X"
        "subject_after_object",  # the subject between the object and the trigger: "E, which
        # X and Y will co-chair"
        "relative_antecedent",  # the mention before ", which" opening the clause: "E, which"
        "absolute_with",  # "with Minister X presiding", "with X in the chair": X
        "sentence_opener",  # the sentence's first mention: "E was convened ..., bringing ..."
        "included_after",  # the agents after ", among them" / ", including" in the clause
        "event_past_object",  # the event past the object: "represented Russia at E", "arrived
        # in P for E"
        "list_after_copula",  # the list after an inverted "were": "Taking part were A, B"
        "partners_after_object",  # "co-chaired E with X", "co-host E alongside X and Y": X, Y
        # -- speech, membership, role (speech_slots.py) --
        "occasion_after",  # the events a speech word is given at: "spoke at (the opening of) E"
        "speaker",  # who gives the speech: the subject, "by X", "Speaking at E, X said"
        "right_before",  # the subject ending right before the trigger: "X's E", "BRICS member X"
        "speech_event_after",  # a speech event right after: "X's news conference"
        "event_opened",  # the event whose name the trigger opens: "News conference of X"
        "people_in_object",  # the people the object's name holds: "... of X and Y"
        "adjunct_speaker",  # the subject after "Addressing the delegates, ..."
        "joined_body",  # the body joined: "joined BRICS", "acceded to the Bank", "the group"
        "joiners",  # who joins: "Egypt has formally joined", "X and Y, which will accede"
        "named_body_after",  # a body right after the trigger, named or "the group"
        "bodies_after",  # the bodies listed after the trigger, past "(SCO)": "member of A (A)
        # and B"
        "listed_after_object",  # the actors after the comma closing the object: "As
        # members of E (E), X and Y"
        "apposed_to",  # what an apposition opened by the object describes: "X, a BRICS member"
        "event_holding",  # the event whose name holds the trigger: "open debate" at "debate"
        "with_people_after_object",  # "E with X and Y", "E, with briefings by X and Y"
        "post_speech_event",  # the post's event before, when a briefing or a debate
        "after_comma",  # the person after the comma closing an opening phrase: "Delivering
        # the opening remarks, X said"
    }
)
#: Named checks of a match (``when``): all must hold.
GUARDS = frozenset(
    {
        "not_negated",  # no negator in the three words before the trigger
        "no_other_event",  # every event the sentence names is the post's event before it
        "ends_clause",  # the trigger ends its clause (". , ;" or the end)
        "one_event",  # the sentence names one event at most
        "active",  # the trigger is not followed by "by" (a passive)
        "phone",  # a call: "conversation", "call" or a phone word just before the trigger
        "not_phone",  # not a call
        "not_own_side",  # a stance's target is not its author nor the author's own state
        "not_possessive_stance",  # not "X's condemnation of": X's own stance (an action)
        "ends_sentence",  # the trigger ends its sentence (". ;" or the end of the text)
        "not_governed",  # no "refused to", "may", "invitation to" in the four words before
        "after_copula",  # a form of "be" in the four words before: "X will be the guest at"
        "welcomed_to",  # the object is welcomed to / at a place or venue: a host's greeting
        "not_co_prefixed",  # the trigger is not the end of "co-hosted", "co-chaired"
        "not_invited_to",  # not "invited X to attend": the invitation is the edge
        # -- stance and invite (graphkit/extract/stance.py, invite.py) --
        "possessive_stance",  # "X's condemnation of": X's own stance
        "stance_sense",  # not a homograph: "came back", "a favour", "a warm welcome"
        "expressed_stance",  # "support for X" only when expressed, not as a topic
        "own_stance",  # not "its support", not "the support of X for Y"
        "stance_acknowledged",  # "for its principled stance": a stance or effort follows
        "passive_invitation",  # invitations sent or guests invited, the inviter unnamed
        "actor_target",  # the target is an actor other than the source
        "not_greeting",  # not "welcomed X to Moscow" (a host's greeting)
        "taken_up",  # "at X's invitation", "accepted X's invitation"
        # -- attend and chair (attend_slots.py) --
        "after_delegation",  # "delegation" in the twelve words before the trigger
        "no_direct_object",  # no article nor capitalised word right after the trigger
        "no_event",  # the sentence names no event
        "ends_clause_or_moment",  # no "at" after the trigger, but "at the signing" (a moment)
        # -- speech, membership, role (speech_slots.py) --
        "names_no_event",  # the sentence names no event but by reference ("the event")
        "not_topic",  # not "commented on the speech at E": someone's speech as a topic
        "addresses_audience",  # "addressed the delegates / the opening ceremony / the Council"
        "speech_follows",  # a speech noun after the trigger, not given at its own occasion
        "opens_sentence",  # only bullets before the trigger
        "accomplished",  # "welcomed / completed" in the three words before (the owner's)
        "joins_into",  # "admitted" only as "admitted to / into"
        "not_first",  # the trigger is not the sentence's first word
        "in_role",  # a form of "be" or "as" in the four words before: "was the speaker at"
        "with_speech",  # "with" and a speech noun after: "opened E with a keynote address"
    }
)
# -- meet, visit and place families (engine._family_resolve, engine._family_guard) ----
#: Resolvers of the meet, visit and place families.
FAMILY_RESOLVERS = frozenset(
    {
        "partners_after_subject",  # partners_after, from the subject's end: "Meeting of X with Y"
        "partners_after",  # the people after the trigger's "with": "held talks on the sidelines
        # with X and Y" (``skip`` words between, ``*``: any word; "courtesy call on X": none)
        "first_before",  # "X and Y held talks": X
        "second_before",  # "X and Y held talks": Y
        "programme_visitor",  # "The programme of the visit includes ...": the visitor (the
        # sentence before names him first); the items are plans while it "includes" them
        "subject_after_adjunct",  # "At the meeting with X, Minister Y said": Y
        "place_in_before",  # "X is in Lima on an official visit": Lima
        "destination_before",  # "will travel to Apia this week to attend E": Apia
        "held_event_before",  # the events whose words of holding lead to the trigger: "E will
        # be held on 5 May (at the X Centre) in", "E, which Brazil will host in" (their tense)
        "opening_events",  # the events of a sentence that opens with its place (not topics)
        "opening_place_after",  # "On 5 May, in Moscow, ...", "In Murmansk, ...": that place
        "host_place_after",  # "hosted by (the city of) Addis Ababa", "by the Embassy in Moscow"
        "venue_city_after",  # "at the University of Havana": the city a venue's name ends on
        "meeting_partners_before",  # "X met Y, who was accompanied by Z": X (a meeting found)
        "visitors_before",  # "a visit to the South Caucasus that took him to": the visitor
        "places_listed_after",  # "took him to Baku, Yerevan and Tbilisi": the named places
        "post_meeting",  # the post's meeting ("meeting with X", named by the post)
    }
)
#: Guards of the meet, visit and place families.
FAMILY_GUARDS = frozenset(
    {
        "phone_call",  # a call: "conversation", "call", "spoke", a phone word just before the
        # trigger or up to its "with" ("held talks by phone with"); not a courtesy call
        "not_phone_call",  # not a call
        "says_met",  # the sentence says "met": "X met with Y in Moscow"
        "after_holding",  # a verb of holding or chairing in the eight words before the trigger
        "not_asked_to",  # not "called on X (and Y) to ...": the object's list ends before "to"
        "unplaced_event",  # (pair) the event does not name its own place: not "E in Suva"
    }
)
RESOLVERS |= FAMILY_RESOLVERS
GUARDS |= FAMILY_GUARDS
# -- end of meet, visit and place families --------------------------------------------

#: Genre frames in Python: ``RelationFinder`` methods, named without a leading underscore.
ACTIONS = frozenset(
    {
        "attended_alongside",
        "dateline",
        "holds_role",
    }
)
_VOWELS = "aeiou"


def inflect(lemma: str, lexicon: Mapping[str, tuple[str, ...]]) -> Iterator[str]:
    """The forms of an English lemma: lemma, -s, -ed, -ing of its first word (the rest of a
    phrase stays: "hold talks" -> "held talks"). A lexicon entry lists irregular forms,
    which replace the regular past ("meet: [met]")."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    irregular = lexicon.get(head, ())
    forms = [head, _third_person(head), _gerund(head)]
    forms += list(irregular) if irregular else [_past(head)]
    for form in dict.fromkeys(forms):
        yield form + tail


def _doubles(word: str) -> bool:
    """Whether a short verb doubles its last consonant ("plan" -> "planned")."""
    return (
        len(word) <= 4
        and len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _third_person(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    return word + word[-1] + "ed" if _doubles(word) else word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + "ing"
    return word + word[-1] + "ing" if _doubles(word) else word + "ing"


ENGLISH = Language("en", RESOLVERS, GUARDS, ACTIONS, inflect)
register_language(ENGLISH)
PATTERNS = load_patterns("en")


def _trigger_index(
    patterns: tuple[Pattern, ...],
) -> dict[str, list[tuple[Pattern, tuple[str, ...]]]]:
    index: dict[str, list[tuple[Pattern, tuple[str, ...]]]] = {}
    for pattern in patterns:
        if pattern.action is None:
            for form in pattern.triggers:
                index.setdefault(form[0], []).append((pattern, form))
    return index


#: first word of a trigger form -> (pattern, the whole form), patterns in run order
TRIGGERS = _trigger_index(PATTERNS.patterns)
#: the first words of every trigger form, looked up in each post's word index
TRIGGER_WORDS = frozenset(TRIGGERS)


def _trigger_ends(
    index: dict[str, list[tuple[Pattern, tuple[str, ...]]]],
) -> dict[str, dict[int, dict[str, list[tuple[int, Pattern, tuple[str, ...]]]]]]:
    ends: dict[str, dict[int, dict[str, list[tuple[int, Pattern, tuple[str, ...]]]]]] = {}
    for first, entries in index.items():
        by_length = ends.setdefault(first, {})
        for order, (pattern, form) in enumerate(entries):
            if form[-1] == "*":
                raise ValueError(f"{pattern.id}: a trigger form ends in '*'")
            by_length.setdefault(len(form), {}).setdefault(form[-1], []).append(
                (order, pattern, form)
            )
    return ends


#: first word -> form length -> last word -> (order in TRIGGERS[first], pattern, form):
#: a trigger is looked up by its two ends, so most forms are never compared word by word
TRIGGER_ENDS = _trigger_ends(TRIGGERS)
