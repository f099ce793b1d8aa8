"""Word lists of people's names and titles: title heads and modifiers, portfolios, styles,
and the words that never start or continue a personal name (read by ``people``)."""

from __future__ import annotations

import json
from importlib import resources

from graphkit.extract.cues import MONTHS, WEEKDAYS
from graphkit.extract.kb import GazetteerHit
from graphkit.extract.mentions import BODY_HEADS, VENUE_HEADS
from graphkit.extract.sentences import words_of

_FORMS = json.loads(
    resources.files("graphkit.extract").joinpath("data/name_forms.json").read_text("utf-8")
)

#: Words that head a title: a name may follow them directly.
TITLE_HEADS = frozenset(
    {
        "Minister",
        "Secretary",
        "Undersecretary",
        "President",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Ambassador",
        "Envoy",
        "Representative",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Chairperson",
        "Speaker",
        "Chancellor",
        "King",
        "Queen",
        "Emir",
        "Prince",
        "Sheikh",
        "Sultan",
        "Premier",
        "Director",
        "Commissioner",
        "Senator",
        "Governor",
        "Mayor",
        "Head",
        "Adviser",
        "Advisor",
        "Pope",
        "Admiral",
        "Marshal",
        "Patriarch",
        "Consul",
        "Coordinator",
        "Counsellor",
        "Counselor",
        "Chief",
        "Leader",
        "FM",
        "PM",
        "DFM",
        "counterpart",
        "colleague",
        "Congressman",
        "Congresswoman",
        "Rapporteur",
        "Ombudsman",
        "Mufti",
        "Prosecutor",
    }
)
#: Plural title heads: "Foreign Ministers X and Y" names several people.
PLURAL_HEADS = frozenset(
    {"Ministers", "Presidents", "Ambassadors", "Secretaries", "Envoys", "Leaders", "Chairs"}
)
TITLE_HEADS = TITLE_HEADS | PLURAL_HEADS
#: Words that may precede or complete a title head.
TITLE_MODIFIERS = frozenset(
    {
        "Foreign",
        "Deputy",
        "First",
        "Principal",
        "Acting",
        "Senior",
        "Executive",
        "Special",
        "Assistant",
        "Under",
        "Vice",
        "Prime",
        "Press",
        "Extraordinary",
        "Plenipotentiary",
        "Presidential",
        "Permanent",
        "High",
        "Crown",
        "Defence",
        "Defense",
        "National",
        "Security",
        "Interior",
        "Finance",
        "Trade",
        "Economy",
        "State",
        "Secretary",
        "General",
        "Minister",
        "Chief",
        "Official",
        "Former",
        "former",
        "Interim",
        "Co",
        "Lead",
        "Supreme",
        "Foreign-Policy",
    }
)
#: Portfolio words in "Minister of International Relations and Cooperation".
PORTFOLIO = frozenset(
    {
        "Foreign",
        "Affairs",
        "External",
        "International",
        "Relations",
        "Cooperation",
        "Co",
        "operation",
        "National",
        "Defence",
        "Defense",
        "Trade",
        "Industry",
        "Economic",
        "Economy",
        "Development",
        "Finance",
        "Energy",
        "Justice",
        "Health",
        "Education",
        "Science",
        "Culture",
        "Interior",
        "Internal",
        "Emergency",
        "Situations",
        "Agriculture",
        "Transport",
        "Labour",
        "Labor",
        "Social",
        "Security",
        "Investment",
        "Digital",
        "Natural",
        "Resources",
        "Environment",
        "Commerce",
        "Tourism",
        "Sport",
        "Youth",
        "Integration",
        "Information",
        "Communications",
        "Public",
        "Works",
        "Planning",
        "Diaspora",
        "Overseas",
        "State",
        "Europe",
        "European",
        "Political",
        "Arms",
        "Control",
        "Nonproliferation",
        "Non",
        "Proliferation",
        "Africa",
        "Asia",
        "Affair",
        "Protection",
        "Policy",
        "Regional",
        "Federal",
        "Homeland",
        "Treasury",
        "Commonwealth",
        "Cabinet",
        "Staff",
        "Armed",
        "Forces",
        "and",
        "&",
        ",",
        "-",
    }
)


def _forms_by_first(forms: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word forms by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        words = tuple(w for w in words_of(form) if w not in ("'", "."))
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


#: Styles that are never part of a name ("H.E.", "Dato' Seri", "Tan Sri", "Dr").
HONORIFIC_FORMS = _forms_by_first(_FORMS["honorifics"])
#: Titles used as styles ("Sheikh", "Cardinal"): styles only before a name.
STYLE_FORMS = _forms_by_first(_FORMS["styles"])
PARTICLES = frozenset(_FORMS["particles"])
#: Particles after which a name goes on at any case ("bin", not "de": "de facto").
CONNECTORS = frozenset({"bin", "binti", "bint", "ibn", "ould"})
#: Lower-case words after a hyphen that are not part of a name ("Lavrov-led").
HYPHEN_NOT_NAMES = frozenset(_FORMS["hyphen_words_not_in_names"])
#: Family names written first (Chinese, Korean, Japanese in that order): "Wang" for "Wang Yi".
SURNAME_FIRST = frozenset(_FORMS["surname_first"])
#: Capitalised plurals and pronouns that say things but are no one ("Officials said").
NOT_MONONYMS = frozenset(_FORMS["not_mononyms"])
#: Verbs after which a single capitalised word at the start of a sentence is a person,
#: when the sentence goes on with a personal pronoun ("Sukarno said his ...").
MONONYM_VERBS = frozenset({"said", "stated", "declared", "wrote", "told", "recalled"})
PERSONAL_PRONOUNS = frozenset({"he", "his", "him", "himself", "she", "her", "herself"})
#: Verbs of a headline written in title case ("Lavrov Attends the Forum", "FM Holds Phone
#: Talks"): never part of a name, and the capitalised words from them on name no event.
HEADLINE_VERBS = frozenset(_FORMS["headline_verbs"])
#: Capitalised words that never start or continue a name.
NOT_NAMES = (
    frozenset(
        {
            "The",
            "A",
            "An",
            "Dear",
            "Regime",
            "Team",
            "Times",
            "Post",
            "Radio",
            "Television",
            "Daily",
            "Herald",
            "Journal",
            "Gazette",
            "Tribune",
            "Telegraph",
            "Corporation",
            "Company",
            "Airlines",
            "Airways",
            "Neft",
            "Sans",
            "Jazeera",
            "Arabiya",
            "Large",
            "Guest",
            "Guests",
            "Ladies",
            "Gentlemen",
            "Excellencies",
            "Distinguished",
            "And",
            "Of",
            "In",
            "On",
            "At",
            "To",
            "For",
            "With",
            "During",
            "After",
            "Before",
            "His",
            "Her",
            "Their",
            "Our",
            "This",
            "That",
            "These",
            "Those",
            "It",
            "We",
            "He",
            "She",
            "They",
            "I",
            "You",
            "Press",
            "Release",
            "Meeting",
            "Meetings",
            "Remarks",
            "Phone",
            "Call",
            "Statement",
            "Interview",
            "Talks",
            "Visit",
            "Conversation",
            "Speech",
            "Address",
            "Answers",
            "Comment",
            "Comments",
            "Message",
            "Letter",
            "Article",
            "Briefing",
            "News",
            "Conference",
            *WEEKDAYS,
            "Today",
            "Yesterday",
            "Meanwhile",
            "Earlier",
            "Later",
            "Thus",
            "Hence",
            "Opening",
            "Closing",
            "Joint",
            "Regarding",
            "Following",
            "As",
            "By",
            "From",
            "Under",
            "Despite",
            "However",
            "Also",
            "Both",
            "Read",
            "Watch",
            "Key",
            "Full",
            "Text",
            "Video",
            "Discusses",
            "Meets",
            "Holds",
            "Says",
            "Calls",
            "Welcomes",
            "Condemns",
            "Government",
            "Ministry",
            "Council",
            "Office",
            "Department",
            "Embassy",
            "Mission",
            "Group",
            "Minister",
            "Secretary",
            "President",
            "Ambassador",
            "Spokesperson",
            "Foreign",
            "Deputy",
            "State",
            "Federation",
            "Republic",
            "Kingdom",
            "Union",
            "Affairs",
            "Security",
            "International",
            "National",
            "Global",
            "West",
            "East",
            "North",
            "South",
            "Central",
            "Special",
            "Permanent",
            "Russian",
            "Western",
            "Federal",
            "Prime",
            "Vice",
            "First",
        }
    )
    | MONTHS
    | HEADLINE_VERBS
)
#: Nouns after "X Y's" that mark X Y as a person ("Vladimir Zelensky's interview").
PERSONAL_NOUNS = frozenset(
    {
        "briefing",
        "answers",
        "greetings",
        "condolences",
        "op-ed",
        "telegram",
        "interview",
        "remarks",
        "statement",
        "words",
        "address",
        "speech",
        "article",
        "comments",
        "claims",
        "regime",
        "administration",
        "office",
        "decision",
        "call",
        "message",
        "letter",
        "proposal",
        "visit",
        "team",
        "predecessor",
        "successor",
        "wife",
        "husband",
        "son",
        "daughter",
        "remark",
        "assertion",
        "threats",
        "order",
        "decree",
        "government",
    }
)
#: Verbs after "X Y" that mark X Y as a person.
PERSONAL_VERBS = frozenset(
    {
        "discussed",
        "agreed",
        "congratulated",
        "visited",
        "held",
        "had",
        "received",
        "attended",
        "chaired",
        "arrived",
        "hosted",
        "expressed",
        "reaffirmed",
        "highlighted",
        "outlined",
        "answered",
        "presented",
        "paid",
        "said",
        "says",
        "stated",
        "noted",
        "stressed",
        "emphasised",
        "emphasized",
        "told",
        "added",
        "declared",
        "announced",
        "met",
        "spoke",
        "called",
        "urged",
        "who",
        "himself",
        "herself",
        "thanked",
        "praised",
        "condemned",
        "criticised",
        "criticized",
        "signed",
        "claimed",
        "admitted",
        "tweeted",
        "wrote",
        "asserted",
        "confirmed",
        "insisted",
        "took",
        "delivered",
        "gave",
        "addressed",
        "welcomed",
        "opened",
        "presided",
        "participated",
        "joined",
        "briefed",
        "accused",
        "rejected",
        "warned",
        "reiterated",
        "underlined",
        "underscored",
        "recalled",
        "exchanged",
    }
)
#: Participles after "was"/"were" that only people fit ("X Y was received by Z").
PERSONAL_PASSIVES = frozenset(
    {"received", "welcomed", "greeted", "elected", "appointed", "accompanied"}
)
#: Participles that give a person a role named right after ("was elected Chairperson of X").
ROLE_PASSIVES = frozenset({"elected", "appointed", "named"})
#: Speech verbs of a quote's attribution ("«...», — said X Y", "«...», Lavrov stressed").
ATTRIBUTION_VERBS = frozenset(
    {
        "said",
        "stressed",
        "noted",
        "added",
        "emphasised",
        "emphasized",
        "stated",
        "underlined",
        "underscored",
        "remarked",
        "declared",
        "recalled",
        "concluded",
    }
)
QUOTE_CLOSERS = frozenset({"»", '"', "”"})
ATTRIBUTION_MARKS = frozenset({",", "—", "–"})
ADVERBS = frozenset(
    {
        "also",
        "then",
        "later",
        "today",
        "yesterday",
        "subsequently",
        "personally",
        "once",
        "again",
        "strongly",
        "firmly",
        "repeatedly",
    }
)
#: Title words that may stand before a comma and the name ("his counterpart, X").
APPOSITIVE_TITLES = frozenset({"counterpart", "colleague"})
#: Tokens that close a name in an attribution ("said Maria Zakharova, commenting ...").
PHRASE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})
AGENT_PARTICIPLES = frozenset(
    {"led", "headed", "chaired", "hosted", "signed", "received", "represented", "presided"}
)
OWNER_TYPES = frozenset({"Country", "Organisation"})

Hits = list[GazetteerHit | None]


def is_word(word: str) -> bool:
    return word[:1].isalpha()


STYLE_FIRST_WORDS = frozenset(w.lower() for w in [*HONORIFIC_FORMS, *STYLE_FORMS])
NEVER_NAME_START = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIO | BODY_HEADS
#: Words that end the names of bodies, venues and places: never inside a personal name,
#: and a name right before one is part of that name ("Prince Edward Island").
NEVER_IN_NAME = (
    BODY_HEADS
    | VENUE_HEADS
    | {"Island", "Islands", "Street", "Square", "Avenue"}
    | {"Mosque", "Mosques", "Cathedral", "Shrine"}
    | {"Summit", "Forum", "Conference", "Dialogue", "Session", "Congress", "Festival"}
    | {"Readings", "Games", "Olympics", "Expo", "Exhibition", "Symposium", "Roundtable"}
    | {"Club"}
    | {"Day", "Week", "Year", "Anniversary"}
)
#: Lower-case titles after a state's adjective: "the Hungarian minister X".
LOWER_TITLE_HEADS = frozenset({"minister", "leader", "president", "ambassador", "envoy", "premier"})
#: Title heads read only in an apposition after a name ("X, Member of the Political Bureau")
#: or before an of-phrase ("Member of the Political Bureau ... and Foreign Minister X").
APPOSITION_HEADS = frozenset({"Member"})
#: First words of titles whose holders often hold a second office ("Deputy Prime Minister
#: and Foreign Minister X").
VOWELS = frozenset("AEIOUY")
DEPUTY_WORDS = frozenset({"Deputy", "Vice", "First"})
#: Suffixes of a title glued by a hyphen ("President-elect").
TITLE_SUFFIXES = frozenset({"elect", "designate"})
#: Given names written short with a full stop inside a name ("Md. Rafiqul Islam").
ABBREVIATED_GIVEN_NAMES = frozenset({"Md", "Mohd", "Muhd"})
