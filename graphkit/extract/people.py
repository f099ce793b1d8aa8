"""People found without the knowledge base: titles followed by names.

    [owner] title [of|for [the] owner-or-portfolio] NAME

"US Secretary of State John Kerry", "Secretary of the Russian Security Council
Sergey Shoigu", "South African Minister of International Relations and
Cooperation Naledi Pandor", "FM Sergey Lavrov", "Mr Kerry". The owner (a
country or body, as a name or an adjective) gives HOLDS_ROLE. Names without a
title are taken only in frames that mark a person ("X Y's interview", "It was
X Y who", "X Y said"). Later short forms ("Lavrov") become surname mentions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources

from graphkit.extract.cues import MONTHS, WEEKDAYS
from graphkit.extract.kb import GazetteerHit, KnowledgeBase
from graphkit.extract.mentions import BODY_HEADS, VENUE_HEADS, Mention
from graphkit.extract.sentences import Document, words_of

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
_HONORIFIC_FORMS = _forms_by_first(_FORMS["honorifics"])
#: Titles used as styles ("Sheikh", "Cardinal"): styles only before a name.
_STYLE_FORMS = _forms_by_first(_FORMS["styles"])
_PARTICLES = frozenset(_FORMS["particles"])
#: Particles after which a name goes on at any case ("bin", not "de": "de facto").
_CONNECTORS = frozenset({"bin", "binti", "bint", "ibn", "ould"})
#: Lower-case words after a hyphen that are not part of a name ("Lavrov-led").
_HYPHEN_NOT_NAMES = frozenset(_FORMS["hyphen_words_not_in_names"])
#: Family names written first (Chinese, Korean, Japanese in that order): "Wang" for "Wang Yi".
SURNAME_FIRST = frozenset(_FORMS["surname_first"])
#: Capitalised plurals and pronouns that say things but are no one ("Officials said").
_NOT_MONONYMS = frozenset(_FORMS["not_mononyms"])
#: Verbs after which a single capitalised word at the start of a sentence is a person,
#: when the sentence goes on with a personal pronoun ("Sukarno said his ...").
_MONONYM_VERBS = frozenset({"said", "stated", "declared", "wrote", "told", "recalled"})
_PERSONAL_PRONOUNS = frozenset({"he", "his", "him", "himself", "she", "her", "herself"})
#: Verbs of a headline written in title case ("Lavrov Attends the Forum", "FM Holds Phone
#: Talks"): never part of a name, and the capitalised words from them on name no event.
HEADLINE_VERBS = frozenset(_FORMS["headline_verbs"])
#: Capitalised words that never start or continue a name.
_NOT_NAMES = (
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
_PERSONAL_NOUNS = frozenset(
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
_PERSONAL_VERBS = frozenset(
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
_PERSONAL_PASSIVES = frozenset(
    {"received", "welcomed", "greeted", "elected", "appointed", "accompanied"}
)
#: Participles that give a person a role named right after ("was elected Chairperson of X").
_ROLE_PASSIVES = frozenset({"elected", "appointed", "named"})
#: Speech verbs of a quote's attribution ("«...», — said X Y", "«...», Lavrov stressed").
_ATTRIBUTION_VERBS = frozenset(
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
_QUOTE_CLOSERS = frozenset({"»", '"', "”"})
_ATTRIBUTION_MARKS = frozenset({",", "—", "–"})
_ADVERBS = frozenset(
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
_APPOSITIVE_TITLES = frozenset({"counterpart", "colleague"})
#: Tokens that close a name in an attribution ("said Maria Zakharova, commenting ...").
_PHRASE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})
_AGENT_PARTICIPLES = frozenset(
    {"led", "headed", "chaired", "hosted", "signed", "received", "represented", "presided"}
)
_OWNER_TYPES = frozenset({"Country", "Organisation"})

Hits = list[GazetteerHit | None]


def _is_word(word: str) -> bool:
    return word[:1].isalpha()


_STYLE_FIRST_WORDS = frozenset(w.lower() for w in [*_HONORIFIC_FORMS, *_STYLE_FORMS])
_NEVER_NAME_START = TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIO | BODY_HEADS
#: Words that end the names of bodies, venues and places: never inside a personal name,
#: and a name right before one is part of that name ("Prince Edward Island").
NEVER_IN_NAME = (
    BODY_HEADS
    | VENUE_HEADS
    | {"Island", "Islands", "Street", "Square", "Avenue"}
    | {"Mosque", "Mosques", "Cathedral", "Shrine"}
    | {"Summit", "Forum", "Conference", "Dialogue", "Session", "Congress", "Festival"}
    | {"Readings", "Games", "Olympics", "Expo", "Exhibition", "Symposium", "Roundtable"}
    | {"Day", "Week", "Year", "Anniversary"}
)
#: Lower-case titles after a state's adjective: "the Hungarian minister X".
_LOWER_TITLE_HEADS = frozenset(
    {"minister", "leader", "president", "ambassador", "envoy", "premier"}
)
#: Title heads read only in an apposition after a name ("X, Member of the Political Bureau")
#: or before an of-phrase ("Member of the Political Bureau ... and Foreign Minister X").
_APPOSITION_HEADS = frozenset({"Member"})
#: First words of titles whose holders often hold a second office ("Deputy Prime Minister
#: and Foreign Minister X").
_VOWELS = frozenset("AEIOUY")
_DEPUTY_WORDS = frozenset({"Deputy", "Vice", "First"})
#: Suffixes of a title glued by a hyphen ("President-elect").
_TITLE_SUFFIXES = frozenset({"elect", "designate"})


def plain_name(surface: str) -> str:
    """A name without the hashtag signs a channel puts on its words ("Anwar #Ibrahim")."""
    return surface.replace("#", "") if "#" in surface else surface


def _glued(doc: Document, left: int) -> bool:
    """Whether token ``left + 1`` follows token ``left`` without a space."""
    return doc.starts[left + 1] == doc.ends[left]


class NameParser:
    """Personal names of one document, and the styles before them ("H.E. Dr", "Tan Sri")."""

    def __init__(self, doc: Document, hits: Hits) -> None:
        self.doc = doc
        self.hits = hits
        #: Start of each run of styles -> its end ("Dato' Seri Utama Haji" -> the name).
        self.styles: dict[int, int] = {}
        #: Whether each token belongs to a run of styles (never a name, never a person).
        self.styled = [False] * len(doc.words)
        self._find_styles()

    def _form_end(self, i: int, forms: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """End of the longest of ``forms`` at ``i`` (``i`` when none); a "'" or "." glued
        to one of its words belongs to it ("Dato'", "Dr.")."""
        words, n = self.doc.words, len(self.doc.words)
        for form in forms.get(words[i], ()):
            k = i
            for word in form:
                if k >= n or words[k] != word:
                    break
                k += 1
                if k < n and words[k] in ("'", ".") and _glued(self.doc, k - 1):
                    k += 1
            else:
                return k
        return i

    def may_start_name(self, i: int) -> bool:
        doc = self.doc
        if i >= len(doc.words) or doc.breaks[i] or not doc.caps[i]:
            return False
        word = doc.words[i]
        return _is_word(word) and word not in _NEVER_NAME_START and word not in _NOT_NAMES

    def _find_styles(self) -> None:
        doc = self.doc
        n = len(doc.words)
        words = doc.words
        starts = sorted(
            k
            for w in doc.present(_STYLE_FIRST_WORDS)
            for k in doc.positions[w]
            if words[k] in _HONORIFIC_FORMS or words[k] in _STYLE_FORMS
        )
        for i in starts:
            if self.styled[i]:
                continue
            end = i
            while end < n:
                after = self._form_end(end, _HONORIFIC_FORMS)
                if after == end:
                    # a title used as a style only counts before a name ("Cardinal Parolin")
                    after = self._form_end(end, _STYLE_FORMS)
                    if after == end or not self.may_start_name(after):
                        break
                end = after
            if end > i:
                self.styles[i] = end
                for k in range(i, end):
                    self.styled[k] = True

    def is_name_token(self, i: int, first: bool) -> bool:
        doc = self.doc
        word = doc.words[i]
        if word[:1] == "#" and not first and self.hits[i] is None:
            word = word[1:]  # "Anwar #Ibrahim": a channel's tag inside a name
        if not _is_word(word) or not doc.caps[i] or word in _NOT_NAMES or self.styled[i]:
            return False
        if word in NEVER_IN_NAME:
            return False  # "Silk Road Fund", "Deutsche Bank"
        if first and (word in TITLE_HEADS or word in _NOT_MONONYMS):
            return False  # "Madam Chair", "Hon. Members"
        if word.isupper() and len(word) > 1 and "." not in word:
            # acronyms are bodies, not people; but a surname in capitals opens a
            # surname-first name ("IWAYA Takeshi")
            return first and self._capitalised_surname(i)
        hit = self.hits[i]
        if hit is None:
            return True
        # a place may be a given name ("Vladimir"), but a capital after a name ends it
        return hit.key.split(":")[0] == "place" and (first or hit.metonym is None)

    def _capitalised_surname(self, i: int) -> bool:
        """Whether ``i`` is a family name in capitals before a given name ("ISHIBA
        Shigeru"): a word of letters with a vowel, then one ordinary name word."""
        doc, words = self.doc, self.doc.words
        word, nxt = words[i], i + 1
        if len(word) < 3 or not word.isalpha() or not _VOWELS.intersection(word):
            return False
        if self.hits[i] is not None or nxt >= len(words) or doc.breaks[nxt]:
            return False
        given = words[nxt]
        return (
            given[1:].islower()
            and given not in _NEVER_NAME_START
            and not given.isupper()
            and self.is_name_token(nxt, first=False)
        )

    def end(self, start: int, limit: int = 5) -> int:
        """End of the personal name starting at ``start`` (== start when there is none).

        Names are capitalised words, initials ("J."), hyphenated parts ("Kassym-Jomart",
        "Hong-kyun") and particles ("da Silva", "von der Leyen", "el-Sisi"); they never
        cross a line break; ``limit`` counts the capitalised words.
        """
        doc, words = self.doc, self.doc.words
        i = start
        count = 0
        n = len(words)
        while i < n and count < limit:
            if i > start and doc.breaks[i]:
                break
            if self.is_name_token(i, first=i == start):
                i += 1
                count += 1
                while (
                    i + 1 < n and words[i] in ("-", "'") and _glued(doc, i - 1) and _glued(doc, i)
                ):
                    part = words[i + 1]
                    if part[:1].isupper():
                        i += 1  # "Kassym-Jomart", "O'Brien": the next part is a name word
                        break
                    if words[i] == "'":
                        if not part.isalpha() or len(part) < 3:
                            break  # "Tonga's", "Dato' Seri"
                        i += 2  # "Hu'akavameiliku": a glottal stop inside one name word
                        continue
                    if not part.isalpha() or len(part) > 5:
                        break
                    if part in _HYPHEN_NOT_NAMES:
                        break
                    i += 2  # "Hong-kyun", "Jong-un", "Chan-o-cha"
                continue
            if i > start and words[i] in _PARTICLES:
                k = i
                while k < n and words[k] in _PARTICLES and not doc.breaks[k]:
                    k += 1
                if k == i + 1 and k + 1 < n and words[k] == "-" and _glued(doc, i):
                    k += 1  # "el-Sisi", "al-Hamadi"
                if k < n and not doc.breaks[k] and self.is_name_token(k, first=False):
                    i = k
                    continue
            break
        # A name does not end on a particle or a hyphen.
        while i > start and (words[i - 1] in _PARTICLES or words[i - 1] == "-"):
            i -= 1
        if i < n and words[i] in NEVER_IN_NAME and not doc.breaks[i]:
            return start
        hit = self.hits[start] if start < n else None
        if hit is not None and hit.length >= i - start:
            return start  # a place name alone ("Vladimir", "Bandar Seri Begawan") is no person
        return i


def _skip_the(doc: Document, i: int) -> int:
    return i + 1 if i < len(doc.words) and doc.words[i] in ("the", "The") else i


class _Capitalised(Sequence[str]):
    """The words of a document read with a capital (lazily: titles read a few of them)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        word = self.words[k]
        return word[:1].upper() + word[1:]


class _AllTrue(Sequence[bool]):
    def __len__(self) -> int:
        return 0

    def __getitem__(self, k: int) -> bool:  # type: ignore[override]
        return True


class TitleParser:
    """Finds "title + name" spans; see the module docstring for the grammar."""

    def __init__(self, names: NameParser, kb: KnowledgeBase) -> None:
        self.doc = names.doc
        self.hits = names.hits
        self.names = names
        self.kb = kb

    def owner_at(self, i: int) -> GazetteerHit | None:
        hit = self.hits[i] if i < len(self.doc.words) else None
        if hit is None or hit.kind == "capital":
            return None
        entry = self.kb.get(hit.key)
        return hit if entry is not None and entry.type in _OWNER_TYPES else None

    def _body_before_title(self, i: int, need_title: bool = True) -> int | None:
        """End of "Foreign Ministry" in "Iranian Foreign Ministry Spokesman" (or, without
        ``need_title``, in "of the Russian Foreign Ministry"), if there."""
        doc, words = self.doc, self.doc.words
        k = i
        while k < min(len(doc.words), i + 3) and doc.caps[k] and words[k] in TITLE_MODIFIERS:
            k += 1
        after = words[k + 1] if k + 1 < len(doc.words) else ""
        if (
            k < len(doc.words)
            and words[k] in BODY_HEADS
            and (not need_title or after in TITLE_HEADS or after in TITLE_MODIFIERS)
        ):
            return k + 1
        return None

    def _body_word_in_run(self, m: int) -> bool:
        """Whether the capitalised run at ``m`` holds a body word ("Central Committee")."""
        doc, words = self.doc, self.doc.words
        while m < len(words) and doc.caps[m] and words[m] not in TITLE_HEADS:
            if words[m] in BODY_HEADS:
                return True
            m += 1
        return False

    def body_at(self, j: int) -> int | None:
        """End of a body's name at ``j``: "Security Council of Argentina" (not in the KB)."""
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        k = j
        while k < n and doc.caps[k] and words[k] not in TITLE_HEADS:
            hit = self.hits[k]
            if hit is not None:
                k += hit.length  # "Second CIS Department", "AU Commission"
                continue
            if words[k] in BODY_HEADS:
                end = k + 1
                # "Office of the Central Foreign Affairs Commission", "Ministry of ... of Belarus":
                # the of-chain ends on its last body word or KB name, before the person's name
                m = end
                while (m < n and words[m] in ("of", "the", "for", "and")) or (
                    m < n and doc.caps[m] and words[m] not in TITLE_HEADS
                ):
                    if m == end and doc.caps[m] and not self._body_word_in_run(m):
                        break  # "AU Commission Moussa Faki": the name after the body
                    if self.hits[m] is not None:
                        m += self.hits[m].length  # type: ignore[union-attr]
                        end = m
                        continue
                    if words[m] in BODY_HEADS:
                        end = m + 1
                    m += 1
                return end if end - j >= 2 else None
            k += 1
        return None

    def role_title_at(self, i: int) -> tuple[int, tuple[int, int] | None] | None:
        """(end, owner) of "as <title>" or "was elected/appointed <title>" at ``i``: a role
        named after a name, closed (no other person's name follows it)."""
        words = self.doc.words
        n = len(words)
        if i < n and words[i] == "as":
            k = i + 1
        elif i + 1 < n and words[i] in ("was", "is", "were") and words[i + 1] in _ROLE_PASSIVES:
            k = i + 2
        else:
            return None
        title = self.title(k)
        if title is None or title[2]:
            return None
        end = title[0]
        return (end, title[1]) if end >= n or not self.doc.caps[end] else None

    def role_after(self, name_end: int) -> tuple[int, int] | None:
        """ "X as CSTO Secretary General", "X was elected Chairperson of the AU Commission"."""
        role = self.role_title_at(name_end)
        return role[1] if role is not None else None

    def apposition_owner(self, name_end: int) -> tuple[int, int] | None:
        """The owner of a title in apposition after a name: "X, [the] Minister of Foreign
        Affairs of Y," -> Y."""
        doc, words = self.doc, self.doc.words
        n = len(words)
        if name_end + 1 >= n or words[name_end] != ",":
            return None
        possessive = self.possessive_owner(_skip_the(doc, name_end + 1))
        if possessive is not None:
            return possessive  # "X, Russia's Ambassador to Peru,", "X, the UAE's Envoy,"
        after = self.title(_skip_the(doc, name_end + 1), any_case=True)
        if after is None or after[1] is None or after[2]:
            return None
        end = after[0]
        closed = end >= n or words[end] in (",", ".", ";") or not doc.caps[end]
        return after[1] if closed else None

    def possessive_owner(self, i: int) -> tuple[int, int] | None:
        """'Russia's Ambassador to Peru' at ``i``: the owner before "'s" and a title."""
        words = self.doc.words
        hit = self.owner_at(i)
        if hit is None or hit.kind != "name":
            return None
        end = i + hit.length
        if end + 2 >= len(words) or words[end] not in ("'", "’") or words[end + 1] != "s":
            return None
        title = self.title(end + 2, any_case=True)
        if title is None:
            return None
        after = title[0]
        # "X, Japan's Foreign Minister Y, ...": the title is the next person's
        closed = after >= len(words) or words[after] in (",", ".", ";") or not self.doc.caps[after]
        return (i, end) if closed else None

    def trailing_owner(self, name_end: int) -> tuple[int, int] | None:
        """The owner named after the name: "President Xi Jinping of China" -> China."""
        doc, words = self.doc, self.doc.words
        if name_end >= len(words) or words[name_end] != "of":
            return None
        j = _skip_the(doc, name_end + 1)
        hit = self.owner_at(j)
        if hit is None or hit.kind != "name":
            return None
        end = j + hit.length
        # not "of China Daily"; a headline may end on the state
        closed = end >= len(words) or not doc.caps[end] or doc.breaks[end]
        return (j, end) if closed else None

    def parse(self, start: int) -> tuple[int, int, int, tuple[int, int] | None] | None:
        """(title start, name start, name end, owner span) for a title at ``start``."""
        title = self.title(start)
        if title is None:
            return None
        i, owner, honorific = title
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        if honorific:
            end = self.names.end(i)
            return (start, i, end, owner) if end > i else None
        if i < n and words[i] == ",":
            definite = start > 0 and words[start - 1].lower() in (
                "the",
                "his",
                "her",
                "its",
                "their",
            )
            # "Pakistan's Ambassador to China, X": a possessive owner is as definite
            definite = definite or (owner is not None and "'" in words[owner[1] : owner[1] + 1])
            if words[i - 1] not in _APPOSITIVE_TITLES and not definite:
                return None
            i += 1  # "his Saudi counterpart, Prince Faisal", "the Ambassador of China, Li Ming"
            while i < n and (words[i] in TITLE_HEADS or words[i] in TITLE_MODIFIERS):
                i += 1
            if words[i : i + 2] == ["of", "State"] and words[i - 1] in TITLE_HEADS:
                i += 2  # "his Emirati counterpart, Minister of State X"
        if i + 1 < n and words[i] == "To" and not doc.breaks[i] and self.hits[i + 1] is None:
            # "General Secretary ... To Lam": the family name "To", never a preposition
            # before a name that ends the title's phrase
            rest = self.names.end(i + 1, limit=2)
            if rest > i + 1 and (rest >= n or not doc.caps[rest]):
                return start, i, rest, owner
        # "Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad Rahman"
        i = self.names.styles.get(i, i)
        name_end = self.names.end(i)
        if name_end == i:
            return None
        return start, i, name_end, owner

    def title(
        self, start: int, any_case: bool = False
    ) -> tuple[int, tuple[int, int] | None, bool] | None:
        """(end, owner span, is an honorific) of a title at ``start``, without a name;
        ``any_case`` also reads lower-case titles ("X, the official representative of Y")."""
        doc = self.doc
        words: Sequence[str] = _Capitalised(doc.words) if any_case else doc.words
        caps: Sequence[bool] = _AllTrue() if any_case else doc.caps
        n = len(doc.words)
        i = start
        owner: tuple[int, int] | None = None
        hit = self.owner_at(i)
        if hit is not None:
            owner = (i, i + hit.length)
            i += hit.length
            if i + 1 < n and words[i] == "'" and words[i + 1] == "s":
                i += 2  # "Egypt's Foreign Minister"
            body_end = self._body_before_title(i)
            if body_end is not None:
                owner, i = (owner[0], body_end), body_end  # "Iranian Foreign Ministry Spokesman"
        if owner is not None and i < n and doc.breaks[i]:
            return None  # a headline's last word is no owner of the next line's title
        if i in self.names.styles:
            return self.names.styles[i], owner, True
        head_seen = False
        charge = _charge_end(doc.words, i)
        if charge is not None:
            i, head_seen = charge, True  # "Chargé d'Affaires a.i."
        title_begin = i
        if (
            owner is not None
            and i < n
            and doc.words[i] in _LOWER_TITLE_HEADS
            and i + 1 < n
            and doc.caps[i + 1]
        ):
            # "the Hungarian minister X"; "Greek Cypriot leader X": whose office is unclear
            compound = start > 0 and doc.caps[start - 1] and doc.words[start - 1] != "The"
            return i + 1, None if compound else owner, False
        while i < n and (
            words[i] in TITLE_MODIFIERS
            or words[i] in TITLE_HEADS
            or words[i] in ("-", "/", "–", "—")
            or (caps[i] and words[i] in PORTFOLIO)  # "External Affairs Minister"
            or (
                words[i] in _APPOSITION_HEADS
                and (any_case or (i + 1 < n and doc.words[i + 1] == "of"))
            )
        ):
            if (
                words[i] == "-"
                and head_seen
                and i + 1 < n
                and doc.words[i + 1] in _TITLE_SUFFIXES
                and _glued(doc, i)
            ):
                i += 2  # "President-elect X"
                continue
            if (
                head_seen
                and [w.lower() for w in doc.words[i : i + 4]] == ["-", "in", "-", "office"]
                and _glued(doc, i)
            ):
                i += 4  # "Chairperson-in-Office X"
                continue
            if words[i] in ("-", "/", "–", "—") and not (
                i > title_begin
                and i + 1 < n
                and (words[i + 1] in TITLE_HEADS or words[i + 1] in TITLE_MODIFIERS)
            ):
                break  # "Deputy Prime Minister/Foreign Minister X": one person's two offices
            head_seen = head_seen or words[i] in TITLE_HEADS or words[i] in _APPOSITION_HEADS
            i += 1
        if not head_seen:
            return None
        party_office = False
        # of-phrases: "of the Republic of Turkey", "of International Relations and Cooperation"
        while i < n and doc.words[i] in ("of", "for", "to", "in"):
            post = self.hits[i + 1] if i + 1 < n and owner is not None else None
            if doc.words[i] == "to" and post is not None and post.key.startswith("place:"):
                i += 1 + post.length  # "Kazakhstan's Ambassador to Moscow X": where the post is
                continue
            if doc.words[i] == "in":
                # "Consul General of Russia in Istanbul X", "Chargé d'Affaires of Chile in
                # China X": where the office sits
                if post is None or not post.key.startswith(("place:", "country:")):
                    break
                i += 1 + post.length
                continue
            j = i + 1 if self.owner_at(i + 1) is not None else _skip_the(doc, i + 1)
            hit = self.owner_at(j) if j < n else None
            if hit is not None:
                end = j + hit.length
                # "of the Russian Foreign Ministry", "of the AU Commission": the body, not the state
                end = self._body_before_title(end, need_title=False) or end
                if end < n and doc.caps[end]:
                    body_end = self.body_at(j)
                    end = body_end if body_end is not None and body_end > end else end
                if owner is None or doc.words[i] != "to":
                    owner = owner or (j, end)
                i = end
                if i + 2 < n and doc.words[i] == "(" and doc.words[i + 2] == ")":
                    i += 3  # "of the Shanghai Cooperation Organization (SCO) X"
                continue
            body_end = self.body_at(j)
            if body_end is not None:
                owner = owner or (j, body_end)
                party_office = True
                i = body_end
                continue
            place = self.hits[j] if j < n and doc.words[i] == "of" else None
            if place is not None and place.kind == "name" and place.key.startswith("place:"):
                i = j + place.length  # "Mayor of Belgrade": a city's office, no state's
                continue
            k = j
            while (
                k < n
                and (words[k] in PORTFOLIO or doc.words[k] in PORTFOLIO)
                and not doc.line_break_before(k)
            ):
                k += 1
            while k > j and words[k - 1] in ("and", "&", ",", "-"):
                k -= 1
            if k == j:
                break
            i = k
        deputy = words[title_begin] in _DEPUTY_WORDS
        if (
            (deputy or party_office)
            and i + 1 < n
            and doc.words[i] in ("and", "–", "—", "/")
            and doc.caps[i + 1]
            and words[i - 1] not in PLURAL_HEADS
            and (doc.words[i + 1] in TITLE_HEADS or doc.words[i + 1] in TITLE_MODIFIERS)
        ):
            # one person's two offices: "Deputy Prime Minister and Foreign Minister X",
            # "General Secretary of the CPC Central Committee and President X"
            second = self.title(i + 1)
            if second is not None and not second[2]:
                return second[0], owner or second[1], False
        return i, owner, False


_TITLE_WORDS_LOWER = frozenset(w.lower() for w in TITLE_HEADS | TITLE_MODIFIERS)


_CHARGE = ("Charge", "d", "'", "Affaires")
#: What follows "Chargé d'Affaires": "a.i.", "ad interim" (tokens, in any case).
_INTERIM_FORMS = (("a", ".", "i", "."), ("a", ".", "i"), ("ad", "interim"), ("ai",))


def _charge_end(words: list[str], i: int) -> int | None:
    """End of "Chargé d'Affaires" (with "a.i." or "ad interim") at ``i``, if there."""
    if tuple(words[i : i + 4]) != _CHARGE:
        return None
    end = i + 4
    for form in _INTERIM_FORMS:
        if tuple(w.lower() for w in words[end : end + len(form)]) == form:
            return end + len(form)
    return end


def find_people(
    doc: Document,
    hits: Hits,
    kb: KnowledgeBase,
    owner_mention: Callable[[int, int], Mention],
    names: NameParser | None = None,
) -> list[Mention]:
    """Titled and framed people in ``doc``; ``owner_mention`` makes the owner's mention
    (``names``: the document's name parser, when the caller has made it)."""
    names = names or NameParser(doc, hits)
    parser = TitleParser(names, kb)
    style_before = {end: start for start, end in names.styles.items()}
    people: list[Mention] = []
    words = doc.words
    n = len(doc.words)
    inside_hit = [False] * n
    opens = [*names.styles]
    caps = doc.caps
    for start, hit in [(k, h) for k, h in enumerate(hits) if h is not None]:
        after = start + hit.length
        if after < n and words[after] == "'":
            after += 2  # "Egypt's Foreign Minister"
        if after < n and (
            caps[after] or words[after] in TITLE_HEADS or words[after] in _LOWER_TITLE_HEADS
        ):
            opens.append(start)  # an owner before a title ("Turkish Foreign Minister")
        for k in range(start + 1, start + hit.length):
            inside_hit[k] = True
    positions = doc.positions
    opens.extend(
        k
        for lower in _TITLE_WORDS_LOWER.intersection(positions)
        for k in positions[lower]
        if words[k] in TITLE_HEADS or words[k] in TITLE_MODIFIERS
    )
    opens.extend(k for k in positions.get("member", ()) if words[k] == "Member")
    opens.extend(k for k in positions.get("charge", ()) if words[k] == "Charge")
    i = 0
    for start in sorted(set(opens)):
        if start < i or inside_hit[start]:
            continue
        i = start
        parsed = parser.parse(i)
        if parsed is None:
            continue
        title_start, name_start, name_end, owner_span = parsed
        name = plain_name(doc.surface(name_start, name_end))
        if title_start > 0 and words[title_start - 1].lower() in ("former", "ex", "late"):
            title_start -= 1  # "former President X" holds no office now
        title = doc.surface(title_start, name_start).strip()
        apposition = parser.apposition_owner(name_end)
        # "Finnish Foreign Minister X, the OSCE Chairperson-in-Office": a second office
        second = apposition if owner_span and apposition and apposition != owner_span else None
        owner_span = owner_span or apposition or parser.trailing_owner(name_end)
        owner = owner_mention(*owner_span) if owner_span else None
        # the styled form ("Dato' Seri Utama Haji Ahmad Rahman") stays as an alias
        styled = doc.surface(style_before.get(name_start, name_start), name_end)
        plural = words[name_start - 1] in PLURAL_HEADS
        people.append(
            Mention(
                name_start,
                name_end,
                "Person",
                name,
                styled,
                "title",
                owner=None if plural else owner,
                other_owners=[owner_mention(*second)] if second and not plural else [],
                title=title,
            )
        )
        i = name_end
        # "Foreign Ministers Badr Abdelatty and Hakan Fidan": each name holds the title
        while plural and i + 1 < n and words[i] in (",", "and"):
            start = i + 2 if words[i] == "," and words[i + 1] == "and" else i + 1
            end = names.end(start)
            if end == start:
                break
            other = doc.surface(start, end)
            people.append(
                Mention(start, end, "Person", plain_name(other), other, "title", title=title)
            )
            i = end
    taken = [False] * n
    for person in people:
        for k in range(person.start, person.end):
            taken[k] = True
    for person in _framed_people(parser, taken):
        owner_span = parser.apposition_owner(person.end) or parser.role_after(person.end)
        person.owner = owner_mention(*owner_span) if owner_span else None
        people.append(person)
    people.sort(key=lambda m: m.start)
    return people


def _could_open_title(word: str) -> bool:
    """Whether a word, in any case, may open a title (a cheap test before parsing one)."""
    capitalised = word[:1].upper() + word[1:]
    return capitalised in TITLE_HEADS or capitalised in TITLE_MODIFIERS or word[:1].isupper()


def _framed_people(parser: TitleParser, taken: list[bool]) -> list[Mention]:
    """Untitled names of two to five words in frames that only people fit.

    Looks backwards from each frame word (a speech verb, "'s interview", a colon
    opening a line, a comma before a title) for a name that ends right before it.
    Single words only as the subject of a speech verb ("Sukarno said").
    """
    doc, names = parser.doc, parser.names
    words = doc.words
    n = len(doc.words)
    ends: set[int] = set()
    for verb in doc.present(_PERSONAL_VERBS):
        for k in doc.positions[verb]:
            # "Sergey Lavrov also met ...": an adverb may stand between name and verb
            ends.add(k - 1 if k > 0 and words[k - 1] in _ADVERBS else k)
    for k in doc.positions.get(":", ()):
        ends.add(k)
    for k in doc.positions.get("s", ()):
        if k + 1 < n and words[k + 1] in _PERSONAL_NOUNS and words[k - 1] in ("'", "’"):
            ends.add(k - 1)
    # "led by Rustem Umerov", "headed by X Y": a name right after an agent's "by"
    for k in doc.positions.get("by", ()):
        if k > 0 and words[k - 1] in _AGENT_PARTICIPLES:
            end = names.end(k + 1, limit=3)
            if end - (k + 1) >= 2 and not any(taken[k + 1 : end]):
                ends.add(end)
    # "Amina Diallo, Minister of Foreign Affairs of Senegal, ...": a comma before a title
    for k in doc.positions.get(",", ()):
        after = _skip_the(doc, k + 1)
        if after < n and doc.caps[k - 1] and _could_open_title(words[after]):
            title = parser.title(after, any_case=True)
            if title is not None and not title[2]:
                ends.add(k)
        if after < n and doc.caps[k - 1] and parser.possessive_owner(after) is not None:
            ends.add(k)  # "Igor Petrov, Russia's Ambassador to Peru, ..."
    # "with Josep Borrell, who presided over the meeting"
    for k in doc.positions.get("who", ()):
        if words[k - 1] == ",":
            ends.add(k - 1)
    # "the appointment of X Y as CSTO Secretary General": a name before a role
    for k in doc.positions.get("as", ()):
        if k > 0 and doc.caps[k - 1] and parser.role_title_at(k) is not None:
            ends.add(k)
    # "Mikhail Galuzin was received by ...": a passive that only people fit
    for k in (*doc.positions.get("was", ()), *doc.positions.get("were", ())):
        if k + 1 < n and words[k + 1] in _PERSONAL_PASSIVES:
            ends.add(k)
    # "«...», — said Maria Zakharova.": the name after an attribution's speech verb
    for verb in doc.present(_ATTRIBUTION_VERBS):
        for k in doc.positions[verb]:
            if not _after_quote(words, k):
                continue
            end = names.end(k + 1, limit=4)
            closed = end >= n or words[end] in _PHRASE_ENDS
            if end - (k + 1) >= 2 and closed and not any(taken[k + 1 : end]):
                ends.add(end)
    found = _mononyms(names, taken) + _quoted_mononyms(names, taken)
    pending = sorted(ends, reverse=True)
    caps = doc.caps
    while pending:
        end = pending.pop()
        if end < 2 or not (caps[end - 1] or words[end - 2] == "-"):
            continue  # a name ends on a capitalised word or a hyphenated part ("Jong-un")
        for start in range(max(0, end - 9), end - 1):
            if not caps[start] or True in taken[start:end]:
                continue
            if (
                start > 0
                and doc.caps[start - 1]
                and _is_word(words[start - 1])
                and not doc.line_break_before(start)
            ):
                continue  # part of a longer capitalised phrase
            if names.end(start, limit=4) != end:
                continue
            if words[end] == ":" and not (
                start == 0 or doc.line_break_before(start) or not _is_word(words[start - 1])
            ):
                continue  # only "💬 Maria Zakharova: ..." at the start of a line
            name = doc.surface(start, end)
            found.append(Mention(start, end, "Person", plain_name(name), name, "bare"))
            for k in range(start, end):
                taken[k] = True
            if start > 0 and words[start - 1] in (",", "and"):
                pending.append(start - 1)  # "Sergey Lavrov, Wang Yi and X Y discussed"
            break
    return found


def _mononyms(names: NameParser, taken: list[bool]) -> list[Mention]:
    """ "Sukarno said his ...": one capitalised word opening a sentence, right before a speech
    verb, in a sentence that goes on about a person ("he", "his", "her")."""
    doc = names.doc
    found: list[Mention] = []
    for verb in doc.present(_MONONYM_VERBS):
        for k in doc.positions[verb]:
            start = k - 1
            if start < 0 or taken[start] or doc.words[start] in _NOT_MONONYMS:
                continue
            first, last = doc.sentences[doc.sentence_of[start]]
            personal = any(doc.words[m].lower() in _PERSONAL_PRONOUNS for m in range(k, last))
            opens = first == start or doc.breaks[start]
            if opens and personal and names.hits[start] is None and names.end(start, 1) == k:
                name = doc.surface(start, k)
                found.append(Mention(start, k, "Person", name, name, "bare"))
                taken[start] = True
    return found


def _after_quote(words: list[str], k: int) -> bool:
    """Whether token ``k`` follows a closing quote and its attribution marks ("», —")."""
    j = k - 1
    while j >= 0 and words[j] in _ATTRIBUTION_MARKS:
        j -= 1
    if j < 0 or words[j] not in _QUOTE_CLOSERS:
        return False
    # "«...», X" or "“...,” X": a mark after the quote or a comma inside it
    return j < k - 1 or (j > 0 and words[j - 1] in (",", "!", "?"))


def _quoted_mononyms(names: NameParser, taken: list[bool]) -> list[Mention]:
    """ "«...», Lavrov stressed": one capitalised word between a quote and its speech verb."""
    doc = names.doc
    words = doc.words
    found: list[Mention] = []
    for verb in doc.present(_ATTRIBUTION_VERBS):
        for k in doc.positions[verb]:
            start = k - 1
            if start < 1 or taken[start] or words[start] in _NOT_MONONYMS:
                continue
            if (
                names.hits[start] is None
                and names.end(start, 1) == k
                and _after_quote(words, start)
            ):
                name = doc.surface(start, k)
                found.append(Mention(start, k, "Person", name, name, "bare"))
                taken[start] = True
    return found


@lru_cache(maxsize=1 << 16)  # names recur from post to post
def short_forms(name: str) -> tuple[str, ...]:
    """The single words that stand for a full name later on (folded): the family name
    ("Lavrov", "Sisi" of "el-Sisi"), the first word of a surname-first name ("Wang" of
    "Wang Yi", "Kim" of "Kim Hong-kyun") and the given name of a "bin"/"ould" name
    ("Faisal" of "Faisal bin Farhan Al Saud")."""
    words = [w for w in words_of(name) if _is_word(w)]
    if len(words) < 2:
        return ()
    forms = [words[-1]] if words[-1][:1].isupper() else []
    if words[0].isupper() and len(words[0]) > 2:
        forms.append(words[0].capitalize())  # "Iwaya" of "IWAYA Takeshi"
    if (words[0] in SURNAME_FIRST and len(words) <= 4) or _CONNECTORS.intersection(
        w.lower() for w in words
    ):
        forms.append(words[0])
    return tuple(forms)


def find_surnames(doc: Document, people: list[Mention], taken: list[bool]) -> list[Mention]:
    """Later (or earlier) short forms of the post's full names: "Lavrov", "Kerry"."""
    by_token: dict[str, list[Mention]] = {}
    for person in people:
        for form in short_forms(person.name):
            by_token.setdefault(form, []).append(person)
    found: list[Mention] = []
    for person in people:
        name = doc.words[person.start : person.end]
        if len(name) < 2:
            continue
        for i in doc.positions.get(name[0].lower(), ()):
            end = i + len(name)
            if doc.words[i:end] == name and not any(taken[i:end]):
                found.append(
                    Mention(
                        i,
                        end,
                        "Person",
                        person.name,
                        doc.surface(i, end),
                        "surname",
                        refers_to=person,
                    )
                )
                for k in range(i, end):
                    taken[k] = True
    positions = doc.positions
    short = sorted(
        k
        for form in by_token
        for k in (*positions.get(form.lower(), ()), *positions.get("#" + form.lower(), ()))
    )
    for i in short:
        word = doc.words[i].lstrip("#")  # "#Lavrov's interview"
        if taken[i] or word not in by_token or not word[:1].isupper():
            continue
        start = i
        if i > 1 and doc.words[i - 1] == "-" and doc.words[i - 2].lower() in _PARTICLES:
            start = i - 2  # "El-Sisi"
        if start > 0 and doc.words[start - 1][:1].isupper() and _is_word(doc.words[start - 1]):
            continue  # part of a longer capitalised phrase
        fulls = {p.name for p in by_token[word]}
        if len(fulls) == 1 and not any(taken[start:i]):
            target = by_token[word][0]
            found.append(
                Mention(
                    start,
                    i + 1,
                    "Person",
                    target.name,
                    doc.surface(start, i + 1),
                    "surname",
                    refers_to=target,
                )
            )
    return found
