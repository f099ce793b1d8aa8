"""Cue lexicons of the relation rules: the words that signal each relation type.

Data only: ``relations`` reads these sets to choose the sentences a rule looks at
and the verb frame it matches; ``CUES`` lists, per relation type, the words whose
negation ("did not attend", "never visited") cancels an edge of that type.
"""

from __future__ import annotations

import re

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
#: A speech at the post's event without its name ("X took the floor.").
#: Verbs of an address to an audience ("addressed the delegates", "Addressing the guests").
ADDRESSING = frozenset({"addressed", "addresses", "addressing", "address"})
#: Speeches that open or lead an event ("delivered the opening statement").
OPENING_SPEECHES = frozenset({"opening", "closing", "keynote", "welcoming", "inaugural"})
#: The lower-case speech nouns ("remarks", "statement", ...).
SPEECH_NOUN_WORDS = frozenset(w.lower() for w in SPEECH_NOUNS) - {"floor", "words"}
#: Verbs that give a speech ("delivered the opening statement", "Making a statement").
DELIVERING = frozenset(
    {"delivered", "delivering", "gave", "giving", "made", "making", "delivers", "gives"}
)
#: Moments of an event someone is present at ("among the leaders present at the signing").
EVENT_MOMENTS = frozenset({"signing", "ceremony", "opening", "closing"})
#: Nouns after an occasion word ("the opening ceremony of the forum").
OCCASION_NOUNS = frozenset({"ceremony", "session", "segment", "sitting", "part"})
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
#: "co-host(ed)": a co-host chairs; "host" alone does not.
CO_HOST_WORDS = frozenset({"host", "hosts", "hosted", "hosting"})
CHAIR_CUES = CHAIR_VERBS | CO_HOST_WORDS
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
#: "the guest of honour at the parade".
HONOUR = frozenset({"honour", "honor"})
#: Verbs whose subject leads a delegation to an event ("headed the delegation at X").
LEADING = frozenset({"led", "leads", "lead", "leading", "headed", "heads", "head", "heading"})
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
#: Verbs that state someone's participation ("welcomed the participation of X in E").
PARTICIPATION_VERBS = frozenset(
    {
        "prepare",
        "preparing",
        "prepared",
        "ensure",
        "ensuring",
        "confirmed",
        "confirms",
        "welcomed",
        "welcomes",
        "noted",
        "praised",
        "appreciated",
    }
)
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
#: Verbs whose subject becomes a member of their object ("X acceded to the Bank").
JOINING_VERBS = frozenset({"joined", "joins", "accede", "accedes", "acceded", "admitted"})
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
MEMBER_ADJECTIVES = frozenset(
    {
        "newest",
        "new",
        "full",
        "founding",
        "full-fledged",
        "permanent",
        "active",
        "latest",
        "-",
        "fledged",
    }
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
    }
)
TITLE_GLUE = frozenset(
    {"of", "the", "for", "and", "to", "'", "s", "-", "his", "her", "counterpart", ","}
)
ADDRESS_VERBS = frozenset({"addressed", "addresses", "address"})
OPEN_VERBS = frozenset({"open", "opens", "opened", "close", "closes", "closed"})
GIVE_VERBS = frozenset({"held", "gave", "holds", "gives", "hold", "give", "delivered"})
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
#: The words each rule's loop starts a frame at (lower case; see ``RelationFinder.at_cues``).
MEMBER_LOOP = frozenset(MEMBER_CUES)
