"""Resolvers and guards of the stance family (CRITICISED, SUPPORTED), and the registry of
the stance and invite families' names (the invite family's own are in ``invite.py``).

Who takes a stance (the statement's author, "Qatar's condemnation", "its support"), whom it
is about (the actors after the verb, the owner of a hostile act or of a grievance, the one
praised, whose bid is backed); the thanked and the thanker serve invitations too.
``english.py`` lists the names; the engine calls them through :data:`RESOLVERS`,
:data:`GUARDS` and :data:`PAIR_GUARDS`. They read the sentence through
``relations.RelationFinder``'s helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graphkit.extract import invite
from graphkit.extract.cues import (
    ATTEMPTS,
    AUXILIARIES,
    BACK_AUXILIARIES,
    CAUSES,
    CONDUCT,
    EXPRESSING,
    GRATITUDE,
    HOSTILE_ACTS,
    HOSTILE_MODIFIERS,
    JOINT_CONDUCT,
    MERITS,
    PREPOSITIONS,
    STATEMENTS,
    SUPPORT_NOUNS,
    TITLE_GLUE,
    VERB_RULES,
    VICTIM_MARKERS,
    VICTIM_NOUNS,
)
from graphkit.extract.entities import GOVERNMENT_NOUNS
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import lower_at

if TYPE_CHECKING:
    from graphkit.extract.engine import Match
    from graphkit.extract.patterns import Slot
    from graphkit.extract.relations import RelationFinder

_ACTORS = ("Country", "Organisation", "Group", "Person")
_STATES = ("Country", "Organisation")
_APOSTROPHES = frozenset({"'", "’"})
_ARTICLES = ("the", "a", "an")
_POSSESSIVE_PRONOUNS = ("its", "his", "her", "their")
#: Nouns after a state's adjective that stand for the state ("the Brazilian presidency").
_STATE_NOUNS = GOVERNMENT_NOUNS | {"presidency", "chairmanship"}
#: Prepositions after a stance word before whom it is about ("support for X").
_STANCE_PREPOSITIONS = ("for", "to", "with", "of")
_OPENING_QUOTES = frozenset({"“", "«", "„"})
_CLOSING_QUOTES = frozenset({'"', "”", "»"})
#: Verbs that attribute a quotation ('"...," the Minister said').
_SAYING = frozenset(
    {"said", "says", "stated", "stressed", "noted", "added", "emphasised", "emphasized"}
    | {"underlined", "underscored", "told", "declared", "wrote", "pointed", "concluded"}
)
#: What a headline calls a body's statement ("Comment by the Embassy of X").
_STATEMENT_NOUNS = frozenset(
    {"comment", "commentary", "statement", "declaration", "communiqué", "communique", "release"}
)
_ISSUING = frozenset({"issued", "issues", "released", "releases", "published", "made", "adopted"})
#: What a thanked actor stands for or does, which the thanks endorse ("for its principled
#: stance"); not its support, help or hospitality (then the thanked one backs the thanker).
_ACKNOWLEDGED = frozenset(
    {"stance", "position", "positions", "efforts", "role", "contribution", "leadership"}
    | {"mediation", "commitment", "approach", "policy"}
)
_MODALS = frozenset({"will", "shall", "would", "always", "also", "still", "continue", "to"})
#: What a state asks for and another may back ("X's bid for membership of Z").
_BIDS = frozenset(
    {"bid", "bids", "application", "candidacy", "candidature", "accession", "membership"}
    | {"aspiration", "aspirations", "request", "nomination"}
)


# -- stance: who takes it ----------------------------------------------------------------


def statement_author(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who makes the statement: the one a quotation is attributed to ('"We condemn X,"
    Minister Y said'), the sentence's person, a state or body right before the verb (past
    its seat: "The Russian Embassy in Jakarta condemns"), else the context
    (``RelationFinder.first_subject``). A stance phrase "in solidarity with" is read from
    its verb ("Russia stands in solidarity with X")."""
    s, k = match.sentence, match.start
    words = finder.words
    if lower_at(words, k - 1) == "in" and lower_at(words, k) == "solidarity":
        k -= 2
    return _author(finder, s, k, verb=match.pattern.id in VERB_RULES)


def _author(finder: RelationFinder, s: int, k: int, *, verb: bool) -> list[Mention]:
    quoted = _quote_author(finder, s, k)
    if quoted is not None:
        return [quoted]
    seated = _seated_body(finder, s, k) if verb else None
    if seated is not None:
        return [seated]
    k = _issuing_verb(finder, k) if verb else k
    found = finder.first_subject(s, k, verb=verb)
    if not found:
        body = _headline_body(finder)
        found = [body] if body is not None else []
    return found


def _issuing_verb(finder: RelationFinder, k: int) -> int:
    """Where the verb of "X issued a statement condemning ..." is, for a gerund at ``k``
    (``k`` itself otherwise)."""
    words = finder.words
    if not words[k].endswith("ing"):
        return k
    j = k - 1
    while j > 0 and words[j].islower() and words[j].endswith("ly"):
        j -= 1  # "a statement strongly condemning"
    if lower_at(words, j) in _STATEMENT_NOUNS:
        j -= 1
        j -= 1 if lower_at(words, j) in _ARTICLES else 0
        if lower_at(words, j) in _ISSUING:
            return j
    return k


def _headline_body(finder: RelationFinder) -> Mention | None:
    """The body or state whose statement the post is, by its headline: "Comment by the
    Embassy of X in Y on ...", "Statement of the Ministry of Foreign Affairs of X"."""
    headline = finder.doc.headline()
    if headline is None:
        return None
    start, end = finder.doc.sentences[headline]
    words = finder.words
    for i in range(start, min(end - 1, start + 6)):
        if words[i].lower() in _STATEMENT_NOUNS and words[i + 1].lower() in ("by", "of", "from"):
            body = finder.mention_at(headline, i + 2, _STATES)
            return body if body is not None and body.kind in ("name", "metonym") else None
    return None


def _quote_author(finder: RelationFinder, s: int, k: int) -> Mention | None:
    """Whom the words after a quotation holding ``k`` name as saying it: '"We condemn X,"
    Minister Y said', '..., said the Ministry of Foreign Affairs'."""
    start, end = finder.doc.sentences[s]
    words = finder.words
    straight = sum(1 for w in words[start:k] if w == '"')
    opened = straight % 2 == 1 or any(w in _OPENING_QUOTES for w in words[start:k])
    if not opened:
        return None
    close = next((i for i in range(k + 1, end) if words[i] in _CLOSING_QUOTES), None)
    if close is None:
        return None
    j = close + 1
    while j < end and words[j] in (",", "-", "—", "–"):
        j += 1
    say = next((i for i in range(j, min(end, j + 12)) if words[i].lower() in _SAYING), None)
    if say is None:
        return None
    before = [
        m
        for m in finder.in_sentence(s, actors=True)
        if j <= m.start and m.end <= say and m.kind != "adjective"
    ]
    if before and before[-1].end >= say - 1:
        return before[-1]  # "Minister Y (also) said"
    if say == j:
        after = finder.person_right_after(s, say) or finder.mention_at(s, say + 1, _ACTORS)
        if after is not None and after.kind != "adjective":
            return after  # "said Minister Y", "said the Ministry"
    return None


def _seated_body(finder: RelationFinder, s: int, k: int) -> Mention | None:
    """The body before the verb at ``k`` past its seat: "The Ministry of Foreign Affairs of
    X in <city> (strongly) condemns", "the Permanent Mission of X to the UN rejects"; only in
    a sentence that names no person before the verb."""
    words = finder.words
    start = finder.doc.sentences[s][0]
    if any(p.end <= k for p in finder.in_sentence(s, types=("Person",))):
        return None
    b = k
    while (
        b > start
        and words[b - 1].islower()
        and (words[b - 1].endswith("ly") or words[b - 1] in EXPRESSING or words[b - 1] in _MODALS)
    ):
        b -= 1
    mentions = finder.in_sentence(s)
    seat = next((m for m in mentions if m.end == b and m.type != "Event"), None)
    first = seat.start if seat is not None else b
    while seat is None and first > max(start, b - 3) and words[first - 1][:1].isupper():
        first -= 1  # a seat graphkit does not know as a place: "in Santiago"
    if first == b:
        return None
    at = first - (2 if lower_at(words, first - 1) == "the" else 1)
    if lower_at(words, at) not in ("in", "to", "at"):
        return None
    body = next((m for m in mentions if m.end == at and m.type == "Organisation"), None)
    return body if body is not None and body.kind in ("name", "metonym") else None


def stance_owner(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The state or body owning the stance noun: "Qatar's condemnation of X"."""
    owner = possessive_stance(finder, match.sentence, match.start)
    return [owner] if owner is not None else []


def possessive_stance(finder: RelationFinder, s: int, k: int) -> Mention | None:
    """The state or body owning the stance noun at ``k`` ("Qatar's condemnation")."""
    words = finder.words
    if lower_at(words, k - 1) != "s" or lower_at(words, k - 2) not in _APOSTROPHES:
        return None
    return next(
        (
            m
            for m in finder.in_sentence(s, types=_STATES)
            if m.end == k - 2 and m.kind in ("name", "metonym")
        ),
        None,
    )


def pronoun_antecedent(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whose stance "its/his/her/their support" is: the state or body "its" refers to, the
    person "his/her" does ("thanked China for its support of Serbia": China), the ones
    thanked or the subjects "their" does ("thanked Chile and Peru for their support")."""
    s, k = match.sentence, match.start
    if _stance_frame(finder, s, k) != "pronoun":
        return []
    p = _owning_word(finder, s, k)
    assert p is not None  # the frame has one
    pronoun = finder.words[p]
    if pronoun == "their":
        # "thanked X and Y for their support", else the statement's authors ("X and Y
        # reaffirmed their support", "They reiterated their support")
        return _thanked_before(finder, s, p) or _author(finder, s, k, verb=True)
    kinds = ("Person",) if pronoun != "its" else ("Country", "Organisation", "Group")
    backer = finder.subject_before(s, p, kinds)
    return [backer] if backer is not None else []


def thanked(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'thanked X and Y for ...', 'grateful to X for ...': the actors thanked before the
    trigger (not a state owning one of their titles)."""
    return _thanked_before(finder, match.sentence, match.start)


def _thanked_before(finder: RelationFinder, s: int, k: int) -> list[Mention]:
    start = finder.doc.sentences[s][0]
    thanks = [i for i in range(start, k) if finder.words[i].lower() in GRATITUDE]
    if not thanks:
        return []
    return [
        m
        for m in finder.in_sentence(s, actors=True)
        if thanks[-1] < m.start
        and m.end <= k
        and m.kind != "adjective"
        and id(m) not in finder.owners
    ]


def thanker(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who thanks: the subject before the word of thanks ahead of the trigger."""
    s, k = match.sentence, match.start
    start = finder.doc.sentences[s][0]
    thanks = [i for i in range(start, k) if finder.words[i].lower() in GRATITUDE]
    one = finder.subject_before(s, thanks[-1], slot.types) if thanks else None
    return [one] if one is not None else []


# -- stance: whom it is about -------------------------------------------------------------


def stance_target(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whom the criticism at the trigger is about: the actors right after it ("condemned X
    and Y", "lashed out at X", "condemn in the strongest terms X"), the actor behind a
    governed noun ("the actions of X"), a state's adjective before a hostile act ("the
    Turkish air strikes"), the owner of "his statements"."""
    s, k = match.sentence, match.start
    words = finder.words
    j = k + 2 if lower_at(words, k + 1) == "of" else k + 1
    while lower_at(words, j) in ("out", "at", "against") and j - k <= 2:
        j += 1  # "lashed out at X", "railed against X"
    if [w.lower() for w in words[j : j + 3]] == ["in", "the", "strongest"]:
        # "condemn in the strongest (possible) terms X"
        j += 4 if lower_at(words, j + 3) == "terms" else 5
    first = _targets_after(finder, s, j - 1, 4)[:1]
    targets = finder.coordinated(s, first[0]) if first else _governed_actor(finder, s, j)
    return (
        targets
        or _hostile_adjective(finder, s, j)
        or _pronoun_owner(finder, s, j)
        or _agent_of_act(finder, s, j)
    )


def _past_capitals(finder: RelationFinder, j: int, end: int) -> int:
    """Past an article and up to three capitalised words at ``j`` (a name graphkit does
    not know: "the shelling of Donetsk")."""
    words = finder.words
    j += 1 if lower_at(words, j) == "the" else 0
    stop = min(end, j + 3)
    while j < stop and words[j][:1].isupper():
        j += 1
    return j


def _agent_of_act(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'condemned the shelling of Donetsk by X', 'the attack on X's embassy carried out by
    Y': the agent after "by" of a hostile act named at ``j`` against someone else."""
    words = finder.words
    end = finder.doc.sentences[s][1]
    j += 1 if lower_at(words, j) in _ARTICLES else 0
    nouns = 0
    while j < end and nouns < 4 and words[j].isalpha() and words[j].islower():
        if words[j] in ("of", "on", "against", "by"):
            break
        j += 1
        nouns += 1
    act = words[j - 1].lower() if nouns else ""
    if act not in HOSTILE_ACTS and act not in VICTIM_NOUNS:
        return []
    if lower_at(words, j) in ("of", "on", "against"):
        victim = finder.mention_at(
            s, j + 1, ("Country", "Organisation", "Group", "Person", "Place")
        )
        j = victim.end if victim is not None else _past_capitals(finder, j + 1, end)
        if lower_at(words, j) in _APOSTROPHES and lower_at(words, j + 1) == "s":
            j += 3  # "the attack on X's embassy"
    for by in range(j, min(end, j + 4)):
        if words[by] == "by":
            agent = finder.mention_at(s, by + 1, _ACTORS) or finder.person_right_after(s, by)
            return finder.coordinated(s, agent) if agent is not None else []
        if not (words[by].isalpha() and words[by].islower()):
            break  # "carried out by", not another clause
    return []


def conduct_owner(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whose conduct the words after the trigger name: "X's strikes", "the Turkish
    strikes", "the actions of X"."""
    s, j = match.sentence, match.end
    return (
        _hostile_owner(finder, s, j)
        or _hostile_adjective(finder, s, j)
        or _conduct_of(finder, s, j)
    )


def grievance_owner(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whose act a protest is over: "lodged a protest over X's sanctions", "... against X",
    "... against the decision of X" (over or against within a dozen words, no comma
    between)."""
    s, noun = match.sentence, match.end - 1
    words = finder.words
    over = _grievance_word(finder, s, noun)
    if over is None or "," in words[noun:over]:
        return []
    owner = finder.mention_at(s, over + 1, _ACTORS)
    possessive = owner is not None and lower_at(words, owner.end) in _APOSTROPHES
    if owner is not None and (possessive or words[over] == "against"):
        return [owner]
    return _governed_actor(finder, s, over + 1)


def addressee_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """To whom a protest is made: "expressed a strong protest to Japan", "... with the
    Japanese side" (none when it is over something: then its owner is the target)."""
    s, noun = match.sentence, match.end - 1
    words = finder.words
    if _grievance_word(finder, s, noun) is not None or lower_at(words, noun + 1) not in (
        "to",
        "with",
    ):
        return []
    state = finder.mention_at(s, noun + 2, _STATES) or invite.side_at(finder, s, noun + 2)
    return [state] if state is not None and state.kind in ("name", "metonym", "adjective") else []


def _grievance_word(finder: RelationFinder, s: int, noun: int) -> int | None:
    end = finder.doc.sentences[s][1]
    return next(
        (p for p in range(noun + 1, min(end, noun + 12)) if finder.words[p] in ("over", "against")),
        None,
    )


def by_agent(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The actor after "by" within three words of the trigger ("the crisis provoked by X",
    "attacks carried out by X")."""
    s, k = match.sentence, match.start
    end = finder.doc.sentences[s][1]
    for j in range(k + 1, min(end, k + 4)):
        if finder.words[j] == "by":
            agent = finder.mention_at(s, j + 1, _ACTORS)
            return [agent] if agent is not None else []
    return []


def accountable_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'hold X accountable': X, right after the trigger."""
    target = finder.mention_at(match.sentence, match.end, _ACTORS)
    if target is None or "accountable" not in finder.words[target.end : target.end + 2]:
        return []
    return [target]


def possessor(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """The actor whose "'s" opens the trigger or stands up to two words before it
    ("NATO's aggressive expansion", "X's invitation")."""
    words = finder.words
    k = match.start
    owners = [
        m
        for m in finder.in_sentence(match.sentence, actors=True)
        if lower_at(words, m.end) in _APOSTROPHES
        and lower_at(words, m.end + 1) == "s"
        and m.end <= k <= m.end + 4
    ]
    return owners[-1:]


def acting_subjects(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Who does the hostile act the trigger names: the actors right before it, with
    auxiliaries and coordination between ("the US & the EU have been trying to
    intimidate", "the Kiev regime shelled"); none when the verb depends on another's
    ("to work with Russia & to impose")."""
    s, k = match.sentence, match.start
    words = finder.words
    start = finder.doc.sentences[s][0]
    if lower_at(words, k - 1) == "to" and lower_at(words, k - 2) not in ATTEMPTS:
        return []
    ending = {m.end: m for m in finder.in_sentence(s, actors=True)}
    group: list[Mention] = []
    i = k - 1
    while i >= start:
        actor = ending.get(i + 1)
        if actor is not None:
            group.insert(0, actor)
            i = actor.start - 1
        elif words[i] in AUXILIARIES or words[i] in ("&", "and", ",", "the"):
            i -= 1
        elif words[i].lower() in GOVERNMENT_NOUNS and i in ending:
            group.insert(0, ending[i])  # "the Kiev regime": the actor before the noun
            break
        else:
            break
    return group


def praised_target(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whom praise or backing is for: the actor after the trigger (a preposition, article or
    title between), or whose merits it names ("praised the efforts of X"); not a state
    owning a named person's title."""
    s = match.sentence
    words = finder.words
    j = match.end
    if words[j - 1] not in _STANCE_PREPOSITIONS and lower_at(words, j) in _STANCE_PREPOSITIONS:
        j += 1
    chosen = [
        m
        for m in _targets_after(finder, s, j - 1, 8)
        if _praised(finder, m, j) and id(m) not in finder.owners
    ]
    return chosen[:1]


def bid_owner(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """Whose bid, application or candidacy the clause before the trigger names: "X's bid
    to join Z was backed by Y", "the application of X ... was supported by Y": X."""
    s, k = match.sentence, match.start
    words = finder.words
    for m in finder.in_sentence(s, actors=True):
        if m.end > k or m.kind not in ("name", "metonym"):
            continue
        possessive = lower_at(words, m.end) in _APOSTROPHES and lower_at(words, m.end + 1) == "s"
        if possessive and not {w.lower() for w in words[m.end + 2 : m.end + 4]}.isdisjoint(_BIDS):
            return [m]
        at = m.start - (2 if lower_at(words, m.start - 1) == "the" else 1)
        if lower_at(words, at) == "of" and lower_at(words, at - 1) in _BIDS:
            return [m]
    return []


def own_bid_thanker(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'Peru thanked Chile for supporting its candidacy': Peru, who thanks for backing of
    its own bid, application or candidacy named right after the trigger."""
    words = finder.words
    j = match.end
    j += 1 if lower_at(words, j) in ("the", "a", "an") else 0
    if lower_at(words, j) not in _POSSESSIVE_PRONOUNS:
        return []
    if {w.lower() for w in words[j + 1 : j + 3]}.isdisjoint(_BIDS):
        return []
    return thanker(finder, slot, match)


def beneficiary_after(finder: RelationFinder, slot: Slot, match: Match) -> list[Mention]:
    """'the support of X and Y for Z': Z, the actor right after the "for"."""
    k = match.start
    if _stance_frame(finder, match.sentence, k) != "of_for":
        return []
    words = finder.words
    after_for = k + 2 + words[k + 2 : k + 8].index("for")
    return _targets_after(finder, match.sentence, after_for, 3)[:1]


def _targets_after(finder: RelationFinder, s: int, k: int, limit: int) -> list[Mention]:
    """Actors just after ``k``; an adjective only when it stands for the state."""
    words = finder.words
    return [
        m
        for m in finder.in_sentence(s, actors=True)
        if k < m.start <= k + limit
        # "the Peruvian side", "the Brazilian presidency of COP30": the state
        and (m.kind != "adjective" or lower_at(words, m.end) in _STATE_NOUNS)
        # "condemned the strikes on Iran": Iran is the victim, not the target
        and (m.start == k + 1 or lower_at(words, m.start - 1) not in VICTIM_MARKERS)
        and not _victim_of(finder, m)
    ]


def _victim_of(finder: RelationFinder, mention: Mention) -> bool:
    """'the shelling of (the) X', 'the exclusion of X': X suffers the act."""
    words = finder.words
    of = mention.start - 2 if lower_at(words, mention.start - 1) == "the" else mention.start - 1
    return lower_at(words, of) == "of" and lower_at(words, of - 1) in VICTIM_NOUNS


def _hostile_act_at(finder: RelationFinder, j: int) -> bool:
    """Whether a hostile act ("strikes", "military operation") is named at ``j``."""
    words = finder.words
    while lower_at(words, j) in HOSTILE_MODIFIERS:
        j += 1
    return lower_at(words, j) in HOSTILE_ACTS


def _hostile_adjective(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'the Turkish air strikes', 'the Chilean military operation' at ``j``: the state."""
    words = finder.words
    if lower_at(words, j) in ("the", "a", "an", "these", "this"):
        j += 1
    if lower_at(words, j) in ("continued", "continuing", "ongoing", "repeated"):
        j += 1  # "the continued Israeli obstruction"
    adjective = next((m for m in finder.in_sentence(s, actors=True) if m.start == j), None)
    if adjective is None or adjective.kind != "adjective":
        return []
    return [adjective] if _hostile_act_at(finder, adjective.end) else []


def _hostile_owner(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'Iran's missile strikes' at ``j``: the actor whose hostile act it is."""
    owner = finder.mention_at(s, j, _ACTORS)
    words = finder.words
    if owner is None or lower_at(words, owner.end) not in _APOSTROPHES:
        return []
    if lower_at(words, owner.end + 1) != "s":
        return []
    acts = words[owner.end + 2 : owner.end + 4]  # "X's military buildup"
    conduct = any(w in CONDUCT for w in acts)
    return [owner] if conduct or _hostile_act_at(finder, owner.end + 2) else []


def _conduct_of(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'the actions of X', 'the unilateral steps by X' at ``j``: X."""
    words = finder.words
    j += 1 if lower_at(words, j) in _ARTICLES else 0
    j += 1 if lower_at(words, j + 1) in CONDUCT else 0  # an adjective before the noun
    if lower_at(words, j) not in CONDUCT or lower_at(words, j + 1) not in ("of", "by"):
        return []
    actor = finder.mention_at(s, j + 2, _ACTORS)
    return [actor] if actor is not None and actor.kind != "adjective" else []


def _pronoun_owner(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """'deplores his irresponsible statements' at ``j``: the one person the sentence
    named before the pronoun owns them."""
    words = finder.words
    if lower_at(words, j) not in ("his", "her"):
        return []
    heads = {w.lower() for w in words[j + 1 : j + 3]}
    if heads.isdisjoint(STATEMENTS) or not heads.isdisjoint(VICTIM_NOUNS):
        return []
    people = {p.root().name: p for p in finder.in_sentence(s, types=("Person",)) if p.end < j}
    return list(people.values()) if len(people) == 1 else []


def _governed_actor(finder: RelationFinder, s: int, j: int) -> list[Mention]:
    """The actor behind what a verb governs: "denounced the actions by X", "condemned
    the decision of X", "rejected the claims made by the X authorities"."""
    words = finder.words
    end = finder.doc.sentences[s][1]
    if lower_at(words, j) in ("the", "a", "an", "this", "these", "its"):
        j += 1
    nouns = 0
    while j < end and nouns < 4 and words[j].isalpha() and words[j].islower():
        if words[j] in ("of", "by", "between"):
            break
        j += 1
        nouns += 1
    if (
        nouns
        and lower_at(words, j) == "between"
        and words[j - 1] in JOINT_CONDUCT
        and not any(w in PREPOSITIONS or w == "on" for w in words[j - nouns : j])
    ):
        # "denounced the military cooperation between X and Y": both
        first = finder.mention_at(s, j + 1, ("Country", "Organisation", "Group"))
        pair = finder.coordinated(s, first) if first is not None else []
        return pair if len(pair) >= 2 and first is not None and first.kind == "name" else []
    if not nouns or lower_at(words, j) not in ("of", "by"):
        return []
    if words[j] == "of" and words[j - 1].lower() in VICTIM_NOUNS:
        return []  # "condemned the bombing of X": X suffered it
    actor = finder.mention_at(s, j + 1, _ACTORS)
    # "the allegations voiced by Greek Cypriot leader X": a title before the person
    actor = actor or finder.person_right_after(s, j)
    if actor is None and words[j] == "of":
        # "the deployment of missiles by X": the agent after what is deployed
        by = next((i for i in range(j + 1, min(end, j + 5)) if words[i] == "by"), None)
        if by is not None and all(w.isalpha() and w.islower() for w in words[j + 1 : by]):
            actor = finder.mention_at(s, by + 1, _ACTORS) or finder.person_right_after(s, by)
    if actor is None:
        adjective = [
            m
            for m in finder.in_sentence(s, actors=True)
            if m.kind == "adjective" and m.start in (j + 1, j + 2)
        ]
        if adjective and lower_at(words, adjective[0].end) in GOVERNMENT_NOUNS:
            return adjective[:1]  # "by the Estonian authorities"
        return []
    if actor.kind == "adjective":
        return []
    return finder.coordinated(s, actor)  # "the sanctions imposed by the US and the EU"


def _praised(finder: RelationFinder, target: Mention, j: int) -> bool:
    """Whether ``target`` is what a praise verb ending before ``j`` is about: right
    after it (an article or a title between), or whose merits ("the efforts of X")."""
    words = finder.words
    between = words[j : target.start]
    if all(w in _ARTICLES or w[:1].isupper() or w in TITLE_GLUE for w in between):
        return True
    of = target.start - 1
    caps = finder.doc.caps
    while of > j and target.type == "Person" and (caps[of] or (words[of] == "of" and caps[of - 1])):
        of -= 1  # "the vision of (Foreign Minister of Peru) X"
    of -= 1 if lower_at(words, of) == "the" else 0
    before_of = words[max(j, of - 3) : of]
    return lower_at(words, of) == "of" and any(w in MERITS or w in CAUSES for w in before_of)


def _owning_word(finder: RelationFinder, s: int, k: int) -> int | None:
    """The nearest word before the stance noun at ``k`` that could own it: a possessive
    pronoun, or any word not in lower case (a name, a mark)."""
    words = finder.words
    start = finder.doc.sentences[s][0]
    return next(
        (
            p
            for p in range(k - 1, max(start, k - 4) - 1, -1)
            if words[p] in _POSSESSIVE_PRONOUNS or not words[p].islower()
        ),
        None,
    )


def _stance_frame(finder: RelationFinder, s: int, k: int) -> str | None:
    """Whose a stance noun at ``k`` is, when the words say: "of_for" ("the support of X for
    Y": X's, for Y), "pronoun" ("its support": the pronoun's), "possessive" ("Russia's
    support"), else None (the speaker's)."""
    words = finder.words
    if words[k].lower() not in SUPPORT_NOUNS:
        return None
    if lower_at(words, k + 1) == "of" and "for" in words[k + 2 : k + 8]:
        between = words[k + 2 : k + 2 + words[k + 2 : k + 8].index("for")]
        # not "their support of Peru's candidacy for the Council": "for" is the bid's
        if all(w.lower() not in _BIDS and w not in _APOSTROPHES for w in between):
            return "of_for"
    p = _owning_word(finder, s, k)
    if p is not None and words[p] in _POSSESSIVE_PRONOUNS:
        return "pronoun"
    return "possessive" if possessive_stance(finder, s, k) is not None else None


# -- guards --------------------------------------------------------------------------------


def _possessive(finder: RelationFinder, match: Match) -> bool:
    return possessive_stance(finder, match.sentence, match.start) is not None


def _stance_sense(finder: RelationFinder, match: Match) -> bool:
    """'stance_sense': the trigger is the stance word, not its homograph ("came back to",
    "a favour", "a warm welcome")."""
    words, k = finder.words, match.start
    word, before = words[k].lower(), lower_at(words, k - 1)
    if word == "back":
        return before in BACK_AUXILIARIES
    if word in ("favour", "favor"):
        return before == "in"
    if word == "welcome":
        return before not in ("a", "the", "warm", "cordial")
    return True


def _expressed_stance(finder: RelationFinder, match: Match) -> bool:
    """'expressed_stance': a stance noun with a preposition after it is one only when
    expressed ("reaffirmed its support for X"), not as a topic ("discussed support for")."""
    words, k = finder.words, match.start
    if words[k].lower() not in SUPPORT_NOUNS or lower_at(words, k + 1) not in _STANCE_PREPOSITIONS:
        return True
    start = finder.doc.sentences[match.sentence][0]
    return not {w.lower() for w in words[max(start, k - 6) : k]}.isdisjoint(EXPRESSING)


def _own_stance(finder: RelationFinder, match: Match) -> bool:
    """'own_stance': the stance is the author's, not "its support" nor "the support of X for
    Y" (other patterns read those)."""
    return _stance_frame(finder, match.sentence, match.start) is None


def _stance_acknowledged(finder: RelationFinder, match: Match) -> bool:
    """'stance_acknowledged': the trigger ("for its") opens a stance or effort of the one
    thanked ("thanked X for its principled position on Y"), not its help or hospitality."""
    words = finder.words
    after = {w.lower() for w in words[match.end : match.end + 3]}
    return not after.isdisjoint(_ACKNOWLEDGED)


def _actor_target(finder: RelationFinder, match: Match, source: Mention, target: Mention) -> bool:
    """'actor_target': the target is an actor other than the source."""
    return target.root() is not source.root() and target.is_actor


def _not_greeting(finder: RelationFinder, match: Match, source: Mention, target: Mention) -> bool:
    """'not_greeting': "welcomed X to Moscow" is a host's greeting, not a stance."""
    welcoming = finder.words[match.start].lower().startswith("welcom")
    return not (welcoming and finder.welcomed_to(target))


Resolver = Callable[["RelationFinder", "Slot", "Match"], list[Mention]]
Guard = Callable[["RelationFinder", "Match"], bool]
PairGuard = Callable[["RelationFinder", "Match", Mention, Mention], bool]

RESOLVERS: dict[str, Resolver] = {
    **invite.RESOLVERS,
    "statement_author": statement_author,
    "stance_owner": stance_owner,
    "pronoun_antecedent": pronoun_antecedent,
    "thanked": thanked,
    "thanker": thanker,
    "stance_target": stance_target,
    "conduct_owner": conduct_owner,
    "grievance_owner": grievance_owner,
    "addressee_after": addressee_after,
    "by_agent": by_agent,
    "accountable_after": accountable_after,
    "possessor": possessor,
    "acting_subjects": acting_subjects,
    "praised_target": praised_target,
    "beneficiary_after": beneficiary_after,
    "bid_owner": bid_owner,
    "own_bid_thanker": own_bid_thanker,
}
#: Resolvers that may give a state's adjective ("the Turkish air strikes": Turkey).
ADJECTIVE_RESOLVERS = frozenset(
    {
        "statement_author",
        "stance_target",
        "conduct_owner",
        "addressee_after",
        "acting_subjects",
        "praised_target",
        "party_after",  # "at the invitation of the Russian side"
    }
)
#: Resolvers of the object that read the subject's mentions (resolved first).
AFTER_SUBJECT = frozenset({"guest_of_subject"})
GUARDS: dict[str, Guard] = {
    **invite.GUARDS,
    "possessive_stance": _possessive,
    "not_possessive_stance": lambda finder, match: not _possessive(finder, match),
    "stance_sense": _stance_sense,
    "expressed_stance": _expressed_stance,
    "own_stance": _own_stance,
    "stance_acknowledged": _stance_acknowledged,
}
PAIR_GUARDS: dict[str, PairGuard] = {
    **invite.PAIR_GUARDS,
    "actor_target": _actor_target,
    "not_greeting": _not_greeting,
}
