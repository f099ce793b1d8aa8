"""Stance lexicon: the words of criticism (CRITICISED) and backing (SUPPORTED).

Data only, read by the stance rules through ``cues`` (which re-exports every name here).
"""

from __future__ import annotations

NEGATIVE_VERBS = frozenset(
    {
        "condemned",
        "condemn",
        "condemns",
        "criticised",
        "criticized",
        "criticise",
        "criticize",
        "criticises",
        "criticizes",
        "denounced",
        "denounce",
        "denounces",
        "deplored",
        "deplore",
        "deplores",
        "accused",
        "accuse",
        "accuses",
        "blamed",
        "blame",
        "slammed",
        "blasted",
        "castigated",
        "lashed",
        "railed",
        "condemnation",
        "denunciation",
        "rejected",
        "rejects",
        "reject",
        "opposes",
        "opposed",
        "rejection",
        "decried",
        "censured",
    }
)
#: Praise and backing; thanks are courtesy (hospitality, a warm welcome), not support.
POSITIVE_VERBS = frozenset(
    {
        "appreciate",
        "appreciated",
        "appreciates",
        "commend",
        "salute",
        "saluted",
        "praised",
        "praise",
        "praises",
        "welcomed",
        "welcomes",
        "welcome",
        "commended",
        "commends",
        "applauded",
        "hailed",
        "lauded",
        "endorsed",
        "supported",
        "supports",
        "support",
        "solidarity",
        "appreciation",
        "backed",
        "backs",
        "back",
        "favour",
        "favor",
        "backing",
        "tribute",
    }
)
#: Words before "back" that make it the verb ("would back X"), not "came back to X".
BACK_AUXILIARIES = frozenset(
    {"will", "would", "shall", "to", "also", "fully", "firmly", "strongly", "they", "we", "i"}
)
#: Gerunds of backing after a thank ("thanked X for endorsing Y"): X backs Y.
BACKING_GERUNDS = frozenset({"endorsing", "supporting", "backing"})
#: Words of thanks whose object is a backer ("thanked X for supporting Y").
GRATITUDE = frozenset({"thanked", "thanks", "thank", "thanking", "grateful", "gratitude"})
#: What an actor does or owns that the speaker condemns ("NATO's aggressive expansion").
NEGATIVE_TRAITS = frozenset(
    {
        "aggressive",
        "aggression",
        "unprovoked",
        "brutal",
        "illegal",
        "illegitimate",
        "malign",
        "destructive",
        "hostile",
        "reckless",
        "provocative",
        "provocations",
        "provocation",
        "irresponsible",
        "criminal",
        "barbaric",
        "invasion",
        "occupation",
        "interference",
        "meddling",
        "crimes",
        "atrocities",
        "hegemony",
        "hegemonic",
        "unilateral",
        "neo-Nazi",
        "aggressor",
        "militarisation",
        "militarization",
        "expansionist",
        "russophobic",
        "Russophobic",
        "revanchist",
        "terrorist",
    }
)
#: Hostile acts a state's adjective can own: "condemned the Turkish air strikes" -> Turkey
#: (not "sanctions" or "embargo": "the Cuban embargo" is one against Cuba).
HOSTILE_ACTS = frozenset(
    {
        "obstruction",
        "strikes",
        "airstrikes",
        "attacks",
        "attack",
        "aggression",
        "operation",
        "operations",
        "offensive",
        "bombing",
        "bombings",
        "bombardment",
        "shelling",
        "raids",
        "incursion",
        "incursions",
        "occupation",
        "invasion",
        "fire",
        "provocations",
        "escalation",
    }
)
#: Words between an adjective and its hostile act ("the Chilean military operation").
HOSTILE_MODIFIERS = frozenset(
    {"military", "ground", "air", "missile", "rocket", "drone", "unilateral", "new", "latest"}
)
#: What an actor does that concern is voiced over ("concern over the actions of X").
CONDUCT = frozenset(
    {
        "actions",
        "policy",
        "policies",
        "activities",
        "conduct",
        "rhetoric",
        "buildup",
        "build-up",
        "expansion",
    }
)
#: What a person says or does that another condemns ("deplores his statements").
STATEMENTS = frozenset(
    {
        "statements",
        "statement",
        "remarks",
        "comments",
        "words",
        "accusations",
        "allegations",
        "claims",
        "rhetoric",
        "actions",
        "decision",
        "policy",
        "threats",
    }
)
#: Nouns of concern: "voiced concern over X's strikes" criticises X.
CONCERN = frozenset({"concern", "concerns"})
#: A protest lodged over what an actor did ("lodged a strong protest over X's sanctions").
PROTESTS = frozenset({"protest", "protests"})
PROTEST_VERBS = frozenset(
    {
        "lodged",
        "lodges",
        "lodge",
        "made",
        "makes",
        "expressed",
        "expresses",
        "voiced",
        "voices",
        "delivered",
        "filed",
    }
)
#: Participles whose agent ("... by X") did something condemned.
NEGATIVE_PARTICIPLES = frozenset(
    {
        "attacks",
        "strikes",
        "shelling",
        "provocations",
        "aggression",
        "crimes",
        "unleashed",
        "unleased",
        "triggered",
        "provoked",
        "instigated",
        "orchestrated",
        "perpetrated",
        "waged",
        "fomented",
        "imposed",
        "committed",
        "launched",
        "started",
        "attack",
        "strike",
    }
)
#: Verbs whose subject acts against others ("the US has been trying to intimidate").
NEGATIVE_ACTS = frozenset(
    {
        "shell",
        "shelling",
        "attack",
        "attacking",
        "bomb",
        "bombing",
        "kill",
        "killing",
        "terrorise",
        "terrorize",
        "destroy",
        "destroying",
        "intimidate",
        "intimidating",
        "threaten",
        "threatening",
        "undermine",
        "undermining",
        "destabilise",
        "destabilize",
        "sabotage",
        "sabotaging",
        "obstruct",
        "blackmail",
        "impose",
        "imposed",
        "punish",
        "provoke",
        "interfere",
        "meddle",
        "escalate",
        "shelled",
        "bombed",
        "violated",
        "violate",
        "attacked",
        "unleashed",
        "pressure",
        "pressuring",
        "force",
        "coerce",
    }
)
ATTEMPTS = frozenset(
    {
        "trying",
        "tried",
        "attempting",
        "attempted",
        "seeking",
        "sought",
        "continue",
        "continues",
        "want",
        "wants",
        "intend",
        "intends",
        "keep",
        "keeps",
        "decided",
        "threatened",
    }
)
HOSTING = frozenset(
    {"hosts", "host", "organises", "organizes", "organise", "has", "convenes", "hold", "holds"}
)
POSITIVE_AGENT_VERBS = frozenset(
    {"exemplifies", "exemplify", "champions", "epitomises", "epitomizes"}
)
AUXILIARIES = frozenset(
    {
        "has",
        "have",
        "had",
        "been",
        "is",
        "are",
        "was",
        "were",
        "be",
        "being",
        "trying",
        "tried",
        "attempting",
        "seeking",
        "sought",
        "continues",
        "continue",
        "to",
        "keep",
        "keeps",
        "also",
        "still",
        "actively",
        "repeatedly",
        "openly",
        "constantly",
    }
)
CRITICISM_CUES = frozenset(
    w.lower()
    for w in (
        *NEGATIVE_VERBS,
        *NEGATIVE_TRAITS,
        *NEGATIVE_PARTICIPLES,
        *NEGATIVE_ACTS,
        "hold",
        "holding",
        *CONCERN,
        *PROTESTS,
    )
)
#: Modals and aspect words between a subject and its stance ("will always stand by X",
#: "will continue to support X").
VERB_AUXILIARIES = frozenset(
    {"will", "shall", "would", "always", "also", "still", "continue", "continues", "to"}
)
#: Verbs of standing with an ally ("Russia stands with Cuba").
STANDING = frozenset({"stands", "stand", "stood"})
SUPPORT_CUES = frozenset(
    w.lower() for w in (*POSITIVE_VERBS, *POSITIVE_AGENT_VERBS, *BACKING_GERUNDS, *STANDING)
)
