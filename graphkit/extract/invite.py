"""Resolvers and guards of the invite family (INVITED): who invites whom.

"At the invitation of X", "an invitation from X", "X's invitation", an envoy conveying
another's invitation, and invitations the post tells of without naming the inviter (its
host invites: the chair of its event, else its organiser). ``english.py`` lists the names;
``stance.py`` merges :data:`RESOLVERS`, :data:`GUARDS` and :data:`PAIR_GUARDS` into the
registries the engine calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graphkit.extract.cues import (
    HOSTING,
    ORGANISED,
    PASSIVE_AUXILIARIES,
    PASSIVE_INVITING,
    TITLE_GLUE,
)
from graphkit.extract.entities import GOVERNMENT_NOUNS
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import lower_at

if TYPE_CHECKING:
    from graphkit.extract.engine import Match
    from graphkit.extract.patterns import Slot
    from graphkit.extract.relations import RelationFinder

_STATES = ("Country", "Organisation")
_APOSTROPHES = frozenset({"'", "’"})
#: Words before "the invitation of X" that make X the inviter ("at", "accepted").
_TAKING_UP = frozenset({"at", "upon", "on", "accepted", "accepting", "accepts", "received"})
#: Words of the sentence that make an invitation passive ("Invitations have been sent").
_SENT = frozenset({"extended", "sent", "issued", "received"})
_BEEN = frozenset({"been", "were", "was", "are"})


def party_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The person (a title between), body or state right after the trigger ("at the
    invitation of (Minister) X", "an invitation from X"), also "the Russian side", "the
    Government of Japan" and a person after a description ("from its top diplomat, X");
    with ``list``, the people coordinated with the first ("of A, B and C")."""
    return _party_at(finder, match.sentence, match.end, many=slot.many)


def _party_at(finder: RelationFinder, s: int, j: int, *, many: bool) -> list[Mention]:
    person = finder.person_right_after(s, j - 1) or _described_person(finder, s, j)
    if person is not None:
        return finder.agents_after(s, j - 1) or [person] if many else [person]
    party = (
        finder.mention_at(s, j, _STATES) or side_at(finder, s, j) or _government_of(finder, s, j)
    )
    return [party] if party is not None else []


def _described_person(finder: RelationFinder, s: int, j: int) -> Mention | None:
    """'that country's top diplomat, X' at ``j``: X, after a comma that closes a lower-case
    description of at most six words."""
    words = finder.words
    end = min(finder.doc.sentences[s][1], j + 7)
    comma = next((i for i in range(j, end) if words[i] == ","), None)
    if comma is None or comma == j:
        return None
    if not all(w.islower() or w in _APOSTROPHES for w in words[j:comma]):
        return None
    return finder.person_after_comma(s, comma, 2)


def sender_later(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'received an invitation to attend E from X': X, after "from" that closes the
    invitation's purpose (lower-case words and named mentions only between)."""
    s, j = match.sentence, match.end
    words = finder.words
    end = min(finder.doc.sentences[s][1], j + 12)
    named = {m.start: m.end for m in finder.in_sentence(s)}
    while j < end and words[j] != "from":
        if j in named:
            j = named[j]
        elif words[j].islower() and words[j] not in ("and", "but", "while"):
            j += 1
        else:
            return []
    if j >= end:
        return []
    return _party_at(finder, s, j + 1, many=slot.many)


def agent_after_event(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'invited to the summit by X': X, after the event named right after the trigger."""
    s, j = match.sentence, match.end
    event = finder.mention_at(s, j, ("Event",))
    by = event.end if event is not None else j - 1
    if lower_at(finder.words, by) != "by":
        return []
    agent = finder.person_right_after(s, by) or finder.mention_at(s, by + 1, _STATES)
    return [agent] if agent is not None else []


def guest_of_subject(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who came at the subject's invitation: the first other person of the sentence (not
    the owner of someone's title), else the post's speaker."""
    if not match.sources:
        return []
    inviter = match.sources[0]
    guests = [
        m
        for m in finder.in_sentence(match.sentence, types=("Person",))
        if m.root() is not inviter.root() and id(m) not in finder.owners
    ]
    guest = guests[0] if guests else finder.speaker
    return [guest] if guest is not None else []


def messenger_partner(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whom a messenger handed another's invitation to ("Ambassador Li conveyed an invitation
    from President Xi"): the one the messenger (the subject before the trigger) met in the
    post, by a meeting edge found before."""
    messenger = finder.subject_before(match.sentence, match.start)
    if messenger is None:
        return []
    root = messenger.root()
    for found in finder.found:
        if found.type == "MET_WITH" and root in (found.source.root(), found.target.root()):
            other = found.target if found.source.root() is root else found.source
            return [other]
    return []


def post_host(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who extends a post's invitations: its event's chair (an edge found before), else
    the body named as organiser ("organised by X") or as holding it ("X will hold ...",
    "Peru will host the forum")."""
    for found in finder.found:
        if found.type == "CHAIRED":
            return [found.source]
    words = finder.words
    for mention in finder.mentions:
        if mention.is_actor and mention.type != "Person" and id(mention) not in finder.owners:
            before = [w.lower() for w in words[max(0, mention.start - 3) : mention.start]]
            if "by" in before and any(w in ORGANISED for w in before):
                return [mention]
    for mention in finder.mentions:
        verb_at = mention.end + (lower_at(words, mention.end) == "will")
        verb = lower_at(words, verb_at)  # "the Ministry will hold the conference"
        holding = verb != "has" or "holding" in words[mention.end : mention.end + 3]
        if mention.type == "Organisation" and verb in HOSTING and holding:
            return [mention]
        if mention.type == "Country" and mention.kind == "name" and verb in ("host", "hosts"):
            return [mention]
    return []


def invitees(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who a passive invitation names: the actors after its "to" ("Invitations have been
    sent to X and Y"), else those listed before the passive verb ("X and Y have been
    invited", "X received invitations"), else the bullet lines after a closing colon."""
    s = match.sentence
    start, end = finder.doc.sentences[s]
    lowered = [w.lower() for w in finder.words[start:end]]
    cue = start + (lowered.index("to") if "to" in lowered else 0)
    targets = [
        m
        for m in finder.in_sentence(s, actors=True)
        if m.start >= cue and m.kind != "adjective" and id(m) not in finder.owners
    ]
    for verb in ("invited", "received"):
        if not targets and verb in lowered:
            targets = _passive_subjects(finder, s, start + lowered.index(verb))
    return targets or _bullet_list(finder, s)


def _passive_subjects(finder: RelationFinder, s: int, k: int) -> list[Mention]:
    """'..., including Egypt, Qatar and Peru, have been invited': the actors listed
    right before the passive verb at ``k``."""
    words = finder.words
    j = k
    while lower_at(words, j - 1) in PASSIVE_AUXILIARIES:
        j -= 1
    j -= 1 if lower_at(words, j - 1) == "," else 0
    listed: list[Mention] = []
    actors = {m.end: m for m in finder.in_sentence(s, actors=True)}
    while j in actors and actors[j].kind in ("name", "metonym"):
        listed.insert(0, actors[j])
        j = actors[j].start
        if lower_at(words, j - 1) not in ("and", ","):
            break
        j -= 1
    return listed if lower_at(words, j - 1) not in ("by", "with") else []


def _bullet_list(finder: RelationFinder, s: int) -> list[Mention]:
    """'... have been invited:' and one bullet line per guest: the listed actors."""
    doc = finder.doc
    end = doc.sentences[s][1]
    if finder.words[end - 1] != ":":
        return []
    listed: list[Mention] = []
    for line in range(s + 1, len(doc.sentences)):
        first, last = doc.sentences[line]
        if finder.words[first].isalnum() or finder.words[first][:1] == "#" or last - first > 8:
            break  # not a bullet line: the list is over
        listed += [
            m for m in finder.in_sentence(line, actors=True) if m.kind in ("name", "metonym")
        ]
    return listed


def side_at(finder: RelationFinder, s: int, j: int) -> Mention | None:
    """'the Russian side', 'the Peruvian Government' at ``j``: the state."""
    j += 1 if lower_at(finder.words, j) == "the" else 0
    adjective = next(
        (m for m in finder.in_sentence(s, actors=True) if m.start == j and m.kind == "adjective"),
        None,
    )
    if adjective is None or lower_at(finder.words, adjective.end) not in GOVERNMENT_NOUNS:
        return None
    return adjective


def _government_of(finder: RelationFinder, s: int, j: int) -> Mention | None:
    """'the Government of Japan' at ``j``: the state."""
    words = finder.words
    j += 1 if lower_at(words, j) == "the" else 0
    if lower_at(words, j) not in GOVERNMENT_NOUNS or lower_at(words, j + 1) != "of":
        return None
    state = finder.mention_at(s, j + 2, ("Country",))
    return state if state is not None and state.kind == "name" else None


def _passive_invitation(finder: RelationFinder, match: Match) -> bool:
    """'passive_invitation': the sentence tells of invitations sent or of guests invited,
    with no inviter named ("Invitations have been extended to X", "X and Y were invited")
    and not negated ("have not been invited")."""
    s = match.sentence
    start, end = finder.doc.sentences[s]
    lowered = [w.lower() for w in finder.words[start:end]]
    words = set(lowered)
    passive = bool(words & {"invitations", "invitation"}) and not words.isdisjoint(_SENT)
    passive = passive or ("invited" in words and not words.isdisjoint(_BEEN))
    if not passive or _named_inviter(finder, s):
        return False
    verb = next((start + i for i, w in enumerate(lowered) if w in PASSIVE_INVITING), end)
    return not any(finder.negator(i) for i in range(max(start, verb - 3), verb))


def _named_inviter(finder: RelationFinder, s: int) -> bool:
    """Whether sentence ``s`` names its inviter ("at the invitation of X", "invited (to E)
    by X", "X extended an invitation to", "an invitation from X", "X's invitation")."""
    start, end = finder.doc.sentences[s]
    lowered = [w.lower() for w in finder.words[start:end]]
    for i, word in enumerate(lowered):
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        before = lowered[i - 1] if i else ""
        if word in ("invitation", "invitations"):
            if after in ("of", "by", "from", "extended") and before == "the":
                return True
            if after == "from" or (before == "s" and i >= 2 and lowered[i - 2] in _APOSTROPHES):
                return True
            if after == "to" and i >= 2 and lowered[i - 2] in _INVITATION_SENDERS:
                return True
        if word == "invited" and "by" in lowered[i + 1 : i + 8]:
            return True
    return False


_INVITATION_SENDERS = frozenset(
    {"extended", "extends", "conveyed", "sent", "issued", "renewed", "reiterated", "handed"}
    | {"delivered", "passed"}
)


def _taken_up(finder: RelationFinder, match: Match, source: Mention, target: Mention) -> bool:
    """'taken_up': the source's invitation was taken up ("at X's invitation", "accepted X's
    invitation"): the word before X and X's title says so."""
    words = finder.words
    verb = source.start - 1
    while verb > 0 and (finder.doc.caps[verb] or words[verb] in TITLE_GLUE):
        verb -= 1  # back over X's title
    return lower_at(words, verb) in _TAKING_UP


Resolver = Callable[["RelationFinder", "Slot", "Match"], list[Mention]]
RESOLVERS: dict[str, Resolver] = {
    "party_after": party_after,
    "sender_later": sender_later,
    "agent_after_event": agent_after_event,
    "guest_of_subject": guest_of_subject,
    "messenger_partner": messenger_partner,
    "post_host": post_host,
    "invitees": invitees,
}
GUARDS: dict[str, Callable[[RelationFinder, Match], bool]] = {
    "passive_invitation": _passive_invitation,
}
PAIR_GUARDS: dict[str, Callable[[RelationFinder, Match, Mention, Mention], bool]] = {
    "taken_up": _taken_up,
}
