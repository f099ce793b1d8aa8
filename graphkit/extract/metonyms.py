"""Capitals that stand for their state ("Washington insists", "sanctions against Moscow",
"relations between Moscow and Beijing"), told from capitals that are places ("the summit in
Astana", "Cairo will host").

``is_metonym`` reads the words around a capital the gazetteer found; ``entities`` makes the
mention the state's when it says so.
"""

from __future__ import annotations

from graphkit.extract.kb import GazetteerHit
from graphkit.extract.sentences import Document, lower_at

#: Nouns after an adjective or capital that make it stand for the state.
GOVERNMENT_NOUNS = frozenset(
    {
        "government",
        "regime",
        "authorities",
        "side",
        "leadership",
        "diplomacy",
        "delegation",
        "administration",
        "partners",
        "colleagues",
        "president",
        "ministry",
        "counterparts",
        "officials",
        "establishment",
        "junta",
    }
)
#: Words after a capital that make it the subject of a statement ("Washington insists").
_METONYM_VERBS = frozenset(
    {
        "continue",
        "insist",
        "refuse",
        "seek",
        "claim",
        "try",
        "want",
        "demand",
        "keep",
        "see",
        "consider",
        "threaten",
        "reject",
        "support",
        "oppose",
        "impose",
        "are",
        "were",
        "intend",
        "prefer",
        "believe",
        "said",
        "says",
        "believes",
        "has",
        "have",
        "is",
        "was",
        "wants",
        "insists",
        "insisted",
        "refuses",
        "refused",
        "continues",
        "continued",
        "will",
        "would",
        "should",
        "must",
        "cannot",
        "does",
        "did",
        "seeks",
        "sought",
        "claims",
        "claimed",
        "announced",
        "accused",
        "accuses",
        "intends",
        "prefers",
        "tries",
        "tried",
        "demands",
        "demanded",
        "keeps",
        "sees",
        "considers",
        "threatens",
        "threatened",
        "rejected",
        "rejects",
        "supports",
        "supported",
        "opposes",
        "opposed",
        "imposed",
        "imposes",
        "agreed",
        "deplores",
        "deplored",
        "condemns",
        "condemned",
        "regrets",
        "regretted",
        "denies",
        "denied",
        "urges",
        "warns",
        "warned",
        "protests",
        "protested",
        "objects",
        "objected",
        "summoned",
        "summons",
        "expelled",
        "expels",
        "recalled",
        "recalls",
        "lodged",
        "lodges",
        "stressed",
        "stresses",
        "noted",
        "notes",
        "replied",
        "responded",
        "declared",
        "stated",
    }
)
#: Adverbs between a capital and its verb ("Brussels also welcomes").
_STATEMENT_ADVERBS = frozenset({"also", "further", "again", "still", "now", "once", "too"})
#: Verbs of a government's acts and words, besides the stance verbs: "welcomes", "chaired".
_ACTING_VERBS = frozenset(
    {
        "welcomes",
        "welcomed",
        "calls",
        "called",
        "expresses",
        "expressed",
        "reaffirms",
        "reaffirmed",
        "reiterates",
        "reiterated",
        "hopes",
        "hoped",
        "expects",
        "expected",
        "chaired",
        "chairs",
        "sent",
        "sends",
        "decided",
        "decides",
        "plans",
        "planned",
    }
)
#: Participles whose agent ("made by London") is a government, not a city.
_AGENT_PARTICIPLES = frozenset(
    {"made", "imposed", "levelled", "leveled", "voiced", "issued", "adopted", "introduced"}
)
#: Verbs whose object is a government when it is a capital ("criticised Brussels").
_ADDRESSEE_VERBS = frozenset(
    {
        "criticised",
        "criticized",
        "condemned",
        "accused",
        "blamed",
        "slammed",
        "urged",
        "warned",
        "praised",
        "thanked",
        "urges",
        "accuses",
        "condemns",
        "represented",
        "represents",
        "requested",
        "requests",
        "asked",
        "asks",
    }
)
#: Words before "with <capital>" that only a government fits ("relations with Tokyo").
_PARTNERSHIP_WORDS = frozenset(
    {
        "work",
        "cooperate",
        "cooperation",
        "relations",
        "ties",
        "engage",
        "engagement",
        "partnership",
        "contacts",
        "negotiate",
        "negotiations",
    }
)
#: Speech verbs after which a capital opens the reported clause ("said Moscow welcomed").
_REPORTING_VERBS = frozenset(
    {"said", "stated", "noted", "stressed", "added", "emphasised", "emphasized", "recalled"}
)
#: Nouns of protest and thanks after which "with/to <capital>" is the government
#: ("lodged representations with Manila", "gratitude to Ankara").
_ADDRESSEE_NOUNS = frozenset(
    {"representations", "protest", "demarche", "démarche", "gratitude", "thanks", "appeal"}
)


def _between_capitals(words: list[str], start: int, hits: list[GazetteerHit | None]) -> bool:
    """ "between Moscow and Beijing": a capital right after "between", or after "and"
    following one that is."""
    if lower_at(words, start - 1) == "between":
        return True
    if lower_at(words, start - 1) != "and":
        return False
    for k in range(start - 2, max(-1, start - 6), -1):
        hit = hits[k]
        if hit is not None and k + hit.length == start - 1:
            return hit.metonym is not None and lower_at(words, k - 1) == "between"
    return False


#: Nouns of what a government gets, before "to/for <capital>" ("weapons for Kiev").
_GIVEN_NOUNS = frozenset(
    {
        "support",
        "assistance",
        "aid",
        "weapons",
        "arms",
        "supplies",
        "message",
        "signal",
        "ultimatum",
        "threat",
        "threats",
        "loans",
        "funding",
    }
)
#: Envoys accredited "to <capital>": the capital stands for its state.
_ENVOY_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "representative"})
#: Prepositions of place before a capital: the city, whatever verb follows.
_LOCATIVES = frozenset({"in", "at", "near"})
#: "influence in Kiev", "the regime in Kiev": locative capitals that still mean the state.
_METONYM_BEFORE_IN = frozenset(
    {"influence", "regime", "authorities", "leadership", "government", "officials", "pressure"}
)


# Precision guards (issue 10): more frames in which a capital stands for its state.
#: More acts of a government whose subject a capital is ("Oslo and Lima exchanged ...").
_STATE_ACTS = frozenset(
    {
        "exchanged",
        "exchange",
        "share",
        "shares",
        "shared",
        "appreciates",
        "appreciated",
        "applied",
        "applies",
        "proposed",
        "proposes",
        "recognised",
        "recognized",
        "recognises",
        "recognizes",
        "banned",
        "bans",
        "backs",
        "backed",
        "voted",
        "abstained",
        "vetoed",
        "blocked",
        "retaliated",
        "reacted",
        "pursues",
        "pursued",
    }
)
#: Verbs whose object, when it is a capital, is its government ("Russia supports Canberra").
_STATE_OBJECT_VERBS = frozenset(
    {
        "supports",
        "supported",
        "support",
        "backs",
        "backed",
        "appreciates",
        "appreciated",
        "recognised",
        "recognized",
        "recognises",
        "recognizes",
        "pressured",
        "pressures",
    }
)
#: Words before "on <capital>" that only a government fits ("call on Nairobi to ...").
_ON_STATE = frozenset({"call", "calls", "called", "calling", "pressure", "sanctions"})
#: A government's stance or acts before "of <capital>" ("the position of Canberra").
_STANCE_NOUNS = frozenset(
    {
        "position",
        "positions",
        "approach",
        "stance",
        "policy",
        "policies",
        "actions",
        "decision",
        "decisions",
        "efforts",
        "course",
        "consent",
        "request",
        "proposal",
        "proposals",
        "reaction",
        "response",
        "intention",
        "refusal",
        "attempts",
        "provocations",
        "initiative",
        "demands",
    }
)
#: Asides between a capital and its verb ("Canberra, for its part, reaffirmed ...").
_ASIDES = (
    ("for", "its", "part"),
    ("in", "its", "turn"),
    ("in", "turn"),
    ("in", "response"),
    ("in", "return"),
    ("however",),
    ("meanwhile",),
)


def _after_aside(words: list[str], end: int) -> int:
    """Where the verb after a capital is when an aside comes between them, else ``end``."""
    if end >= len(words) or words[end] != ",":
        return end
    for aside in _ASIDES:
        close = end + 1 + len(aside)
        if tuple(words[end + 1 : close]) == aside and close < len(words) and words[close] == ",":
            return close + 1
    return end


def _stands_for_state(words: list[str], start: int, end: int) -> bool:
    """Government-only frames of a capital besides those of ``_is_metonym``."""
    before, two_before = lower_at(words, start - 1), lower_at(words, start - 2)
    if before in _STATE_OBJECT_VERBS:
        return True  # "Russia supports Canberra"
    if before == "on" and two_before in _ON_STATE:
        return True  # "we call on Nairobi to ...", "pressure on Canberra"
    if before == "of" and two_before in _STANCE_NOUNS:
        return True  # "the balanced approach of Canberra"
    return end < len(words) and words[end] in _STATE_ACTS


def is_metonym(doc: Document, start: int, end: int, hits: list[GazetteerHit | None]) -> bool:
    words = doc.words
    if end + 1 < len(words) and words[end] in ("and", "&"):
        other = hits[end + 1]
        if other is not None and other.metonym is not None:
            end = end + 1 + other.length  # "Washington and Brussels continue ..."
    end = _after_aside(words, end)
    if end + 1 < len(words) and (
        (words[end].endswith("ly") and words[end].islower()) or words[end] in _STATEMENT_ADVERBS
    ):
        end += 1  # "Moscow strongly condemns", "Brussels also welcomes"
    if (
        end + 2 < len(words)
        and words[end] == ","
        and words[end + 1] in ("which", "who")
        and words[end + 2] in _METONYM_VERBS | _ACTING_VERBS
    ):
        return True  # "Ottawa, which chaired the gathering, ..."
    after = words[end] if end < len(words) else ""
    if _between_capitals(words, start, hits):
        return True  # "relations between Moscow and Beijing": the two states
    if _stands_for_state(words, start, end):
        return True
    if lower_at(words, start - 1) == "against":
        return True  # "sanctions against Moscow"
    if lower_at(words, start - 1) in ("to", "for") and lower_at(words, start - 2) in _GIVEN_NOUNS:
        return True  # "military aid to Kiev", "a signal to Washington"
    if lower_at(words, start - 1) == "to" and lower_at(words, start - 2) in _ENVOY_WORDS:
        return True  # "Kazakhstan's Ambassador to Moscow": the state he is accredited to
    locative = lower_at(words, start - 1) in _LOCATIVES
    if locative and lower_at(words, start - 2) not in _METONYM_BEFORE_IN:
        return False  # "the summit in Astana was attended by ...": where, not who
    if after in ("will", "would") and lower_at(words, end + 1) in ("host", "hold", "welcome"):
        return False  # "Cairo will host the summit": the city
    if after.lower() in GOVERNMENT_NOUNS or after in _METONYM_VERBS or after in _ACTING_VERBS:
        return True
    if after in ("'", "’") and end + 1 < len(words) and words[end + 1] == "s":
        follower = words[end + 2] if end + 2 < len(words) else ""
        return follower.islower() and follower not in (
            "streets",
            "centre",
            "center",
            "airport",
            "suburbs",
        )
    if start >= 2 and words[start - 1] in ("in", "on") and words[start - 2] in _METONYM_BEFORE_IN:
        return True
    if start >= 1 and words[start - 1] in _ADDRESSEE_VERBS:
        return True  # "criticised Brussels for ...", "urged Washington to ..."
    if start >= 2 and words[start - 1] in ("with", "to") and words[start - 2] in _ADDRESSEE_NOUNS:
        return True  # "lodged a protest with Manila", "expressed gratitude to Ankara"
    if start >= 2 and words[start - 1] == "with" and words[start - 2] in _PARTNERSHIP_WORDS:
        return True  # "ready to work with New Delhi", "relations with Tokyo"
    if after.isalpha() and after.islower() and _after_speech_verb(words, start):
        return True  # "Lavrov said Moscow welcomed ...": the subject of a reported clause
    if start >= 2 and words[start - 1] == "by" and words[start - 2] in _AGENT_PARTICIPLES:
        return True  # "the accusations made by London", "sanctions imposed by Washington"
    return start >= 2 and words[start - 1] == "the" and after.lower() in GOVERNMENT_NOUNS


def _after_speech_verb(words: list[str], start: int) -> bool:
    before = words[start - 1] if start >= 1 else ""
    if before == "that":
        before = words[start - 2] if start >= 2 else ""
    return before in _REPORTING_VERBS
