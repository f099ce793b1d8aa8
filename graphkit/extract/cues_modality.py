"""Negation and modality lexicon: words that cancel an edge or make it only planned,
hypothetical or reported ("did not attend", "could visit", "allegedly met").

Data only, read through ``cues`` (which re-exports every name here).
"""

from __future__ import annotations

#: Words before a reported clause's subject ("she said (that) Beijing deplores ...").
REPORTING = frozenset({"said", "says", "that", "stressed", "noted", "added", "stated"})
#: Words that open a new clause with its own subject ("..., while X criticised Y").
CLAUSE_OPENERS = frozenset({"while", "whereas", "but", ";"})
#: Words after which a verb may have another subject than the sentence's first actor.
CLAUSE_BREAKS = CLAUSE_OPENERS | {"that", "which", "who", "whose", "when", "where", "as", "after"}
#: Words that cancel the relation whose cue they precede ("did not attend", "never visited").
NEGATORS = frozenset({"not", "never", "neither", "nor", "no", "cannot", "without"})
#: Auxiliaries that carry a negation after a cue noun ("the talks were not held").
NEGATED_AUXILIARIES = frozenset(
    {"have", "has", "had", "was", "were", "is", "are", "did", "does", "do", "will", "would"}
)
#: Modals and conjunctions that make a clause hypothetical ("could visit", "if invited").
HYPOTHETICAL = frozenset({"could", "might", "may"})
CONDITIONALS = frozenset({"if", "unless", "whether"})
#: Verbs whose complement did not happen ("refused to meet", "postponed his visit").
NON_FACTIVE = frozenset(
    {
        "refused",
        "refuses",
        "refuse",
        "declined",
        "declines",
        "decline",
        "failed",
        "fails",
        "fail",
        "postponed",
        "postpones",
        "postpone",
        "cancelled",
        "canceled",
        "cancels",
        "cancel",
        "denied",
        "denies",
        "deny",
        "unable",
        "boycotted",
        "boycotts",
        "skipped",
        "rule",
        "ruled",
        "rules",
    }
)
#: Verbs that ask someone else to act ("called on NATO to attend", "urged X to visit").
REQUESTS = frozenset(
    {
        "urged",
        "urges",
        "urge",
        "urging",
        "asked",
        "asks",
        "ask",
        "invited",
        "invites",
        "invite",
        "inviting",
        "encouraged",
        "encourages",
        "requested",
        "requests",
        "proposed",
        "proposes",
        "suggested",
        "suggests",
        "offered",
        "offers",
        "hoped",
        "hopes",
        "wants",
        "wanted",
        "persuade",
        "persuaded",
    }
)
#: Words that mark a claim the post only reports ("Western media claimed that ...").
REPORTED = frozenset(
    {
        "claimed",
        "alleged",
        "allegedly",
        "reportedly",
        "purportedly",
        "supposedly",
        "rumoured",
        "rumored",
        "speculated",
        "speculation",
        "rumours",
        "rumors",
    }
)
#: Nouns whose "that" clause is only reported ("claims that Russia condemned ...").
CLAIM_NOUNS = frozenset({"claims", "allegations", "reports", "rumours", "rumors", "accusations"})
#: Words from which a clause is only a condition or a report ("if", "allegedly").
DOUBTS = CONDITIONALS | REPORTED
GOVERNORS = NON_FACTIVE | REQUESTS
#: Request verbs that are themselves an invitation (not a cancelling governor for INVITED).
INVITING = frozenset({"invited", "invites", "invite", "inviting"})
#: Any of these in a post means its edges need the full check of their clause.
IRREALIS_WORDS = frozenset(
    {
        *NEGATORS,
        *HYPOTHETICAL,
        *CONDITIONALS,
        *GOVERNORS,
        *REPORTED,
        *CLAIM_NOUNS,
        "?",
        "t",
        "called",
        "calls",
        "call",
        "calling",
        "invitation",
        "invitations",
    }
)
