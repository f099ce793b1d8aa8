"""Cue lexicons of the relation rules: the words that signal each relation type.

Data only: ``relations`` reads these sets to choose the sentences a rule looks at
and the verb frame it matches; ``CUES`` lists, per relation type, the words whose
negation ("did not attend", "never visited") cancels an edge of that type.
"""

from __future__ import annotations

import re

# The stance and modality lexicons live in their own modules; every name stays importable
# from here.
from graphkit.extract.cues_modality import CLAIM_NOUNS as CLAIM_NOUNS
from graphkit.extract.cues_modality import CLAUSE_BREAKS as CLAUSE_BREAKS
from graphkit.extract.cues_modality import CLAUSE_OPENERS as CLAUSE_OPENERS
from graphkit.extract.cues_modality import CONDITIONALS as CONDITIONALS
from graphkit.extract.cues_modality import DOUBTS as DOUBTS
from graphkit.extract.cues_modality import GOVERNORS as GOVERNORS
from graphkit.extract.cues_modality import HYPOTHETICAL as HYPOTHETICAL
from graphkit.extract.cues_modality import INVITING as INVITING
from graphkit.extract.cues_modality import IRREALIS_WORDS as IRREALIS_WORDS
from graphkit.extract.cues_modality import NEGATED_AUXILIARIES as NEGATED_AUXILIARIES
from graphkit.extract.cues_modality import NEGATORS as NEGATORS
from graphkit.extract.cues_modality import NON_FACTIVE as NON_FACTIVE
from graphkit.extract.cues_modality import REPORTED as REPORTED
from graphkit.extract.cues_modality import REPORTING as REPORTING
from graphkit.extract.cues_modality import REQUESTS as REQUESTS
from graphkit.extract.cues_stance import ATTEMPTS as ATTEMPTS
from graphkit.extract.cues_stance import AUXILIARIES as AUXILIARIES
from graphkit.extract.cues_stance import BACK_AUXILIARIES as BACK_AUXILIARIES
from graphkit.extract.cues_stance import BACKING_GERUNDS as BACKING_GERUNDS
from graphkit.extract.cues_stance import CONCERN as CONCERN
from graphkit.extract.cues_stance import CONDUCT as CONDUCT
from graphkit.extract.cues_stance import CRITICISM_CUES as CRITICISM_CUES
from graphkit.extract.cues_stance import GRATITUDE as GRATITUDE
from graphkit.extract.cues_stance import HOSTILE_ACTS as HOSTILE_ACTS
from graphkit.extract.cues_stance import HOSTILE_MODIFIERS as HOSTILE_MODIFIERS
from graphkit.extract.cues_stance import HOSTING as HOSTING
from graphkit.extract.cues_stance import NEGATIVE_ACTS as NEGATIVE_ACTS
from graphkit.extract.cues_stance import NEGATIVE_PARTICIPLES as NEGATIVE_PARTICIPLES
from graphkit.extract.cues_stance import NEGATIVE_TRAITS as NEGATIVE_TRAITS
from graphkit.extract.cues_stance import NEGATIVE_VERBS as NEGATIVE_VERBS
from graphkit.extract.cues_stance import POSITIVE_AGENT_VERBS as POSITIVE_AGENT_VERBS
from graphkit.extract.cues_stance import POSITIVE_VERBS as POSITIVE_VERBS
from graphkit.extract.cues_stance import PROTEST_VERBS as PROTEST_VERBS
from graphkit.extract.cues_stance import PROTESTS as PROTESTS
from graphkit.extract.cues_stance import STANDING as STANDING
from graphkit.extract.cues_stance import STATEMENTS as STATEMENTS
from graphkit.extract.cues_stance import SUPPORT_CUES as SUPPORT_CUES
from graphkit.extract.cues_stance import VERB_AUXILIARIES as VERB_AUXILIARIES

MONTHS = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
SPEECH_NOUNS = frozenset(
    {
        "remarks",
        "speech",
        "address",
        "statement",
        "answers",
        "interview",
        "lecture",
        "briefing",
        "Remarks",
        "Speech",
        "Address",
        "Statement",
        "Interview",
        "Lecture",
        "words",
        "presentation",
        "floor",
        "speaker",
        "speakers",
    }
)
#: Parts of an event a speech is given at ("at the opening of the forum").
OCCASIONS = frozenset({"opening", "closing", "start", "end", "plenary", "work"})
#: Who an address is given to ("addressed the participants of the forum").
AUDIENCES = frozenset(
    {"participants", "delegates", "attendees", "guests", "leaders", "audience", "gathering"}
)
#: The lower-case speech nouns ("remarks", "statement", ...).
SPEECH_NOUN_WORDS = frozenset(w.lower() for w in SPEECH_NOUNS) - {"floor", "words"}
#: Moments of an event someone is present at ("among the leaders present at the signing").
EVENT_MOMENTS = frozenset({"signing", "ceremony", "opening", "closing"})
#: Nouns after an occasion word ("the opening ceremony of the forum").
OCCASION_NOUNS = frozenset(
    {"ceremony", "ceremonies", "session", "sessions", "segment", "sitting", "part"}
)
SPEECH_EVENTS = (
    "joint news conference",
    "joint press conference",
    "news conference",
    "press conference",
    "briefing",
    "news briefing",
    "press briefing",
    "interview",
    "speech",
    "address",
    "lecture",
)
SPEECH_VERBS = frozenset(
    {"spoke", "speaks", "speak", "addressed", "addresses", "address", "delivered", "Speaking"}
)
CHAIR_VERBS = frozenset(
    {
        "chair",
        "chairs",
        "chaired",
        "co-chair",
        "co-chaired",
        "co-chairs",
        "presided",
        "preside",
        "presides",
        "chairing",
        "chairmanship",
        "presiding",
    }
)
#: Words before the other chairs after a co-chaired event ("alongside X", "together with X").
CO_CHAIR_LINKS = frozenset({"alongside", "with"})
ATTEND_VERBS = frozenset(
    {
        "attended",
        "attend",
        "attends",
        "attending",
        "participated",
        "participate",
        "participates",
        "participating",
        "took",
        "take",
        "takes",
        "taking",
    }
)
PLANNED = frozenset({"will", "shall", "scheduled", "plans", "planned", "intends", "expected"})
HELD_FILLERS = frozenset(
    {
        "opened",
        "opens",
        "convened",
        "convenes",
        "convene",
        "began",
        "begins",
        "hosted",
        "kicked",
        "off",
        "got",
        "under",
        "way",
        "underway",
        "which",
        "that",
        "took",
        "take",
        "takes",
        "taking",
        "place",
        "was",
        "were",
        "is",
        "are",
        "will",
        "be",
        "held",
        "being",
        "on",
        "at",
        ",",
        "-",
        "–",
        "the",
        "been",
        "has",
        "have",
        "traditionally",
        "successfully",
        "also",
        "to",
        "of",
        "from",
        "until",
        "and",
        "annually",
        "this",
        "year",
        "week",
        "month",
        "last",
        "next",
        "today",
        "yesterday",
        "officially",
    }
)
MEETING_CUES = (
    "talked",
    "exchanged",
    "discussed",
    "consultations",
    "negotiations",
    "met",
    "meeting",
    "meetings",
    "talks",
    "conversation",
    "call",
    "spoke",
    "meets",
    "meet",
    "session",
    "tete",
    "audience",
    "conferred",
    "exchange",
    "dialogue",
)
#: Verbs of an envoy's credentials ("presented his credentials to President X").
CREDENTIAL_VERBS = frozenset({"presented", "presents", "handed", "hands", "presenting"})
#: Verbs whose two coordinated people subjects ("X and Y discussed ...") met or spoke.
JOINT_VERBS = frozenset(
    {"met", "meet", "discussed", "exchanged", "reviewed", "signed", "agreed", "co-signed"}
)
MEETING_TRIGGERS = frozenset(
    {
        *JOINT_VERBS,
        *MEETING_CUES,
        "received",
        "receives",
        "hosted",
        "hosts",
        "held",
        "had",
        "hold",
        "holds",
        "negotiations",
        "consultations",
        "credentials",
        "welcomed",
        "welcomes",
        "called",
    }
)
#: Lower-case words of a venue a guest is welcomed at ("at the Itamaraty Palace").
VENUE_NOUNS = frozenset(
    {
        "building",
        "residence",
        "palace",
        "ministry",
        "headquarters",
        "embassy",
        "kremlin",
        "airport",
        "mansion",
        "house",
        "hall",
    }
)
ATTEND_CUES = ATTEND_VERBS | {
    "delegation",
    "participants",
    "guest",
    "guests",
    "hosting",
    "margins",
    "sidelines",
    "present",
    "joined",
    "joins",
    "represented",
    "represent",
    "represents",
    "representing",
    "presence",
    "brought",
    "brings",
    "bring",
    "bringing",
    "participation",
    "attendance",
}
VISIT_CUES = (
    "visit",
    "trip",
    "visited",
    "visits",
    "visiting",
    "arrived",
    "arrives",
    "landed",
    "travelled",
    "traveled",
    "travels",
    "travel",
    "travelling",
    "flew",
    "headed",
)
MEMBER_CUES = (
    "admitted",
    "membership",
    "member",
    "members",
    "joined",
    "joins",
    "accession",
    "accede",
    "accedes",
    "acceded",
    "entry",
)
#: Joining verbs that take "to"/"into" before the body ("was admitted to BRICS").
JOINING_TO_VERBS = frozenset({"accede", "accedes", "acceded", "admitted"})
#: Forms of "to be" before a role ("was the keynote speaker at").
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "as"})
#: Verbs of arrival whose "in" names the place visited.
ARRIVALS = frozenset({"arrived", "arrives", "landed"})
#: Verbs of travel whose "to" names the place visited.
TRAVEL_VERBS = frozenset(
    {"travelled", "traveled", "travels", "travel", "travelling", "flew", "headed"}
)
#: Nouns that refer back to the last body named ("joined the group in January").
BODY_REFERENCES = frozenset(
    {"group", "bloc", "organisation", "organization", "association", "alliance", "grouping"}
)
#: Verbs before "the accession of X to Y" that say it has happened.
ACCESSION_DONE = frozenset(
    {"welcomed", "welcomes", "completed", "congratulated", "celebrated", "marked", "finalised"}
)
INVITATION_CUES = ("invitations", "invitation", "invited", "invites", "invite")
#: Words between a passive's subject and its verb ("have also been invited").
PASSIVE_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was", "are", "also"})
#: The verbs of a passive invitation ("have been invited", "invitations were sent").
PASSIVE_INVITING = frozenset({"invited", "sent", "extended", "issued", "received"})
#: Verbs before "an invitation to Y" whose subject invites Y.
INVITATION_SENDERS = frozenset(
    {
        "extended",
        "extends",
        "conveyed",
        "sent",
        "issued",
        "renewed",
        "reiterated",
        "handed",
        "delivered",
        "passed",
    }
)
VICTIM_MARKERS = frozenset({"on", "against", "in", "at", "to", "towards", "toward", "upon"})
MERITS = frozenset(
    {
        "efforts",
        "role",
        "position",
        "contribution",
        "initiative",
        "decision",
        "work",
        "stance",
        "approach",
        "policy",
        "assistance",
        "help",
        "leadership",
        "mediation",
        "hospitality",
        "vision",
    }
)
#: What a backer supports of another actor: "backs the territorial integrity of X",
#: "backed the call of X for debt relief".
CAUSES = frozenset(
    {
        "sovereignty",
        "integrity",
        "independence",
        "unity",
        "call",
        "appeal",
        "proposal",
        "bid",
        "candidacy",
        "candidature",
        "application",
        "aspiration",
        "aspirations",
        "accession",
        "membership",
        "request",
        "nomination",
    }
)
TITLE_GLUE = frozenset(
    {"of", "the", "for", "and", "to", "'", "s", "-", "his", "her", "counterpart", ","}
)
SUPPORT_NOUNS = frozenset({"support", "solidarity", "backing", "appreciation"})
VISIT_VERBS = frozenset(
    {
        "paid",
        "pay",
        "pays",
        "paying",
        "make",
        "made",
        "makes",
        "began",
        "begins",
        "started",
        "starts",
        "concluded",
        "concludes",
        "completed",
        "completes",
        "undertook",
        "undertakes",
        "on",
        "continued",
        "continues",
    }
)
VISIT_ADJECTIVES = frozenset(
    {
        "official",
        "working",
        "state",
        "first",
        "recent",
        "a",
        "an",
        "the",
        "friendly",
        "historic",
        "bilateral",
        "upcoming",
        "current",
        "short",
        "brief",
        "-",
        "two",
        "three",
        "four",
        "five",
        "day",
        "week",
    }
)
ORGANISED = frozenset({"organised", "organized", "hosted", "convened", "organising", "organizing"})
#: Prepositions whose object is not a clause's subject ("by" marks an agent: "Remarks by X").
PREPOSITIONS = frozenset({"with", "to", "from", "for", "against", "at", "about"})
VERB_RULES = frozenset(
    {
        "en.stance.condemn-verb",
        "en.stance.protest-to",
        "en.stance.protest-over",
        "en.stance.support-of-for",
        "en.stance.praise-verb",
        "en.stance.stands-with",
        "en.stance.indignation-over",
    }
)
#: Joint conduct whose two sides a criticism names ("the military cooperation between X
#: and Y", "arms transfers between X and Y").
JOINT_CONDUCT = frozenset({"cooperation", "collusion", "dealings", "transfers", "alliance"})
#: "The three ministers": a counted group, the people the post listed just before.
GROUP_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
GROUP_NOUNS = frozenset(
    {"ministers", "foreign", "leaders", "heads", "presidents", "envoys", "secretaries"}
)
PLURAL_SUBJECTS = frozenset(
    {
        "They",
        "The ministers",
        "The officials",
        "Both",
        "The two",
        "The sides",
        "The parties",
        "The Secretary and",
        "The diplomats",
    }
)
#: Words before an event that make it a topic, not the occasion ("preparations for the summit").
TOPIC_PREPOSITIONS = frozenset({"for", "of", "about", "on", "towards", "toward", "ahead", "before"})
#: Words between a new member and "as a member of" ("X will be admitted as ...").
ADMISSION_GLUE = frozenset(
    {
        "will",
        "be",
        "is",
        "was",
        "has",
        "been",
        "admitted",
        "accepted",
        "welcomed",
        "formally",
        "officially",
        "already",
        "finally",
    }
)
#: Capitalised words after a body that make it a venue ("at UN Headquarters").
VENUE_WORDS = frozenset({"Headquarters", "HQ", "Building", "Secretariat", "Office"})
#: Acts whose "of" names the victim, not the actor ("the shelling of X").
VICTIM_NOUNS = frozenset(
    {
        *(w.lower() for w in NEGATIVE_ACTS | NEGATIVE_PARTICIPLES),
        "invasion",
        "occupation",
        "murder",
        "killing",
        "assassination",
        "blockade",
        "seizure",
        "arrest",
        "detention",
        "persecution",
        "isolation",
        "exclusion",
        "expulsion",
    }
)
#: Verbs that make "support"/"solidarity" the subject's own stance ("reaffirmed its support"),
#: and possessives that name whose it is ("thanked X for its support").
EXPRESSING = frozenset(
    {
        "reaffirmed",
        "reaffirms",
        "reaffirm",
        "reiterated",
        "reiterates",
        "reiterate",
        "expressed",
        "expresses",
        "express",
        "confirmed",
        "confirms",
        "confirm",
        "voiced",
        "stands",
        "stand",
        "stood",
        "pledged",
        "pledges",
        "declared",
        "assured",
        "offered",
        "extended",
        "its",
        "his",
        "her",
        "their",
        "our",
        "full",
        "unwavering",
        "strong",
        "continued",
        "consistent",
    }
)
#: Words between an article and an event's name ("the next session of the Council").
#: Lower-case words naming a kind of session ("the winter session of PACE").
SESSION_KINDS = frozenset({"winter", "spring", "summer", "autumn", "plenary"})
EVENT_MODIFIERS = frozenset(
    {
        *("next", "first", "upcoming", "forthcoming", "second", "third", "latest", "regular"),
        "annual",
        *SESSION_KINDS,
    }
)
#: Verbs that hold a dialogue with someone ("will hold the Strategic Dialogue with X").
HOLDING = frozenset({"hold", "holds", "held", "holding", "co-chair", "chaired", "chair"})
#: Capitalised words between "the" and a title word of an anaphor ("the Deputy Secretary").
TITLE_PREFIXES = frozenset({"Deputy", "Vice", "Foreign", "Prime", "First", "Under"})
#: Title words that, after "the", name a person of the post ("the Minister met ...").
ANAPHOR_TITLES = frozenset(
    {
        "minister",
        "secretary",
        "president",
        "chancellor",
        "ambassador",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "chairperson",
        "chairman",
        "premier",
    }
)
DIGIT_RE = re.compile(r"^\d+(st|nd|rd|th)?$")
PHONE_WORDS = frozenset(
    {"phone", "telephone", "call", "Call", "Phone", "conversation", "Conversation"}
)

#: The verbs and nouns of each relation type: a negator just before one of them in the
#: span of an edge cancels the edge.
CUES: dict[str, frozenset[str]] = {
    "ATTENDED": frozenset({*ATTEND_CUES, "attendance", "present", "joined", "join", "part"}),
    "CHAIRED": frozenset({*CHAIR_VERBS, "chairmanship", "chairing", "over"}),
    "SPOKE_AT": frozenset(
        {*SPEECH_VERBS, *(w.lower() for w in SPEECH_NOUNS), "speaking", "floor", "spoke"}
    ),
    "HELD_IN": frozenset({"held", "hold", "hosted", "host", "hosts", "took", "take", "opened"}),
    "VISITED": frozenset({*VISIT_CUES, "visit", "travel", "travelled", "traveled"}),
    "MET_WITH": frozenset({*MEETING_TRIGGERS, *CREDENTIAL_VERBS, "paid", "pay", "pays"}),
    "CRITICISED": CRITICISM_CUES,
    "SUPPORTED": SUPPORT_CUES,
    "MEMBER_OF": frozenset({*MEMBER_CUES, "membership", "join", "admitted", "accession"}),
    "INVITED": frozenset(INVITATION_CUES),
}
