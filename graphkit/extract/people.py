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

from collections.abc import Callable

from graphkit.extract.kb import GazetteerHit, KnowledgeBase
from graphkit.extract.mentions import BODY_HEADS, Mention
from graphkit.extract.sentences import Document

#: Words that head a title: a name may follow them directly.
TITLE_HEADS = frozenset(
    {
        "Minister",
        "Secretary",
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
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Madam", "Mister", "Sir", "Dame"})
_PARTICLES = frozenset(
    {
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "du",
        "ben",
    }
)
#: Capitalised words that never start or continue a name.
_NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
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
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Today",
        "Yesterday",
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
    }
)
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
_AGENT_PARTICIPLES = frozenset({"led", "headed", "chaired", "hosted", "signed", "received"})
_OWNER_TYPES = frozenset({"Country", "Organisation"})

Hits = list[GazetteerHit | None]


def _is_word(word: str) -> bool:
    return word[:1].isalpha()


def _name_token(doc: Document, i: int, hits: Hits, first: bool) -> bool:
    word = doc.words[i]
    if not _is_word(word) or not word[:1].isupper() or word in _NOT_NAMES:
        return False
    if word.isupper() and len(word) > 1 and "." not in word:
        return False  # acronyms are bodies, not people
    hit = hits[i]
    return hit is None or hit.key.split(":")[0] == "place"


def parse_name(doc: Document, start: int, hits: Hits, limit: int = 5) -> int:
    """End of the personal name starting at ``start`` (== start when there is none).

    Names are capitalised words, initials ("J."), hyphenated parts
    ("Kassym-Jomart") and particles ("da Silva"); they never cross a line break.
    """
    i = start
    count = 0
    n = len(doc.words)
    while i < n and count < limit:
        if i > start and doc.line_break_before(i):
            break
        word = doc.words[i]
        if _name_token(doc, i, hits, first=i == start):
            i += 1
            count += 1
            # "Kassym-Jomart": a hyphen glued to two name parts.
            if (
                i + 1 < n
                and doc.words[i] == "-"
                and doc.starts[i] == doc.ends[i - 1]
                and doc.starts[i + 1] == doc.ends[i]
                and doc.words[i + 1][:1].isupper()
            ):
                i += 1
            continue
        if word in _PARTICLES and i > start and i + 1 < n and doc.words[i + 1][:1].isupper():
            i += 1
            continue
        break
    # A name does not end on a particle or a hyphen.
    while i > start and (doc.words[i - 1] in _PARTICLES or doc.words[i - 1] == "-"):
        i -= 1
    if i == start + 1 and hits[start] is not None:
        return start  # a lone place name ("Vladimir") is not a person
    return i


def _skip_the(doc: Document, i: int) -> int:
    return i + 1 if i < len(doc.words) and doc.words[i] in ("the", "The") else i


class TitleParser:
    """Finds "title + name" spans; see the module docstring for the grammar."""

    def __init__(self, doc: Document, hits: Hits, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.hits = hits
        self.kb = kb

    def owner_at(self, i: int) -> GazetteerHit | None:
        hit = self.hits[i] if i < len(self.doc.words) else None
        if hit is None or hit.kind == "capital":
            return None
        entry = self.kb.get(hit.key)
        return hit if entry is not None and entry.type in _OWNER_TYPES else None

    def _body_before_title(self, i: int) -> int | None:
        """End of "Foreign Ministry" in "Iranian Foreign Ministry Spokesman", if there."""
        doc, words = self.doc, self.doc.words
        k = i
        while k < min(len(doc.words), i + 3) and doc.caps[k] and words[k] in TITLE_MODIFIERS:
            k += 1
        after = words[k + 1] if k + 1 < len(doc.words) else ""
        if (
            k < len(doc.words)
            and words[k] in BODY_HEADS
            and (after in TITLE_HEADS or after in TITLE_MODIFIERS)
        ):
            return k + 1
        return None

    def body_at(self, j: int) -> int | None:
        """End of a body's name at ``j``: "Security Council of Argentina" (not in the KB)."""
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        k = j
        while k < n and doc.caps[k] and words[k] not in TITLE_HEADS and self.hits[k] is None:
            if words[k] in BODY_HEADS:
                end = k + 1
                # "Office of the Central Foreign Affairs Commission", "Ministry of ... of Belarus":
                # the of-chain ends on its last body word or KB name, before the person's name
                m = end
                while (m < n and words[m] in ("of", "the", "for", "and")) or (
                    m < n and doc.caps[m] and words[m] not in TITLE_HEADS
                ):
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

    def parse(self, start: int) -> tuple[int, int, int, tuple[int, int] | None] | None:
        """(title start, name start, name end, owner span) for a title at ``start``."""
        title = self.title(start)
        if title is None:
            return None
        i, owner, honorific = title
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        if honorific:
            end = parse_name(doc, i, self.hits, limit=4)
            return (start, i, end, owner) if end > i else None
        if i < n and words[i] == ",":
            definite = start > 0 and words[start - 1].lower() in (
                "the",
                "his",
                "her",
                "its",
                "their",
            )
            if words[i - 1] not in _APPOSITIVE_TITLES and not definite:
                return None
            i += 1  # "his Saudi counterpart, Prince Faisal", "the Ambassador of China, Li Ming"
            while i < n and (words[i] in TITLE_HEADS or words[i] in HONORIFICS):
                i += 1
        name_end = parse_name(doc, i, self.hits)
        if name_end == i:
            return None
        return start, i, name_end, owner

    def title(self, start: int) -> tuple[int, tuple[int, int] | None, bool] | None:
        """(end, owner span, is an honorific) of a title at ``start``, without a name."""
        doc, words = self.doc, self.doc.words
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
        if i < n and words[i] in HONORIFICS:
            i += 1
            if i < n and words[i] == ".":
                i += 1
            return i, owner, True
        head_seen = False
        title_begin = i
        while i < n and (
            words[i] in TITLE_MODIFIERS
            or words[i] in TITLE_HEADS
            or words[i] == "-"
            or (doc.caps[i] and words[i] in PORTFOLIO)  # "External Affairs Minister"
        ):
            if words[i] == "-" and not (
                i > title_begin
                and i + 1 < n
                and (words[i + 1] in TITLE_HEADS or words[i + 1] in TITLE_MODIFIERS)
            ):
                break
            head_seen = head_seen or words[i] in TITLE_HEADS
            i += 1
        if not head_seen:
            return None
        # of-phrases: "of the Republic of Turkey", "of International Relations and Cooperation"
        while i < n and words[i] in ("of", "for", "to"):
            j = i + 1 if self.owner_at(i + 1) is not None else _skip_the(doc, i + 1)
            hit = self.owner_at(j) if j < n else None
            if hit is not None:
                if owner is None or words[i] != "to":
                    owner = owner or (j, j + hit.length)
                i = j + hit.length
                continue
            body_end = self.body_at(j)
            if body_end is not None:
                owner = owner or (j, body_end)
                i = body_end
                continue
            k = j
            while k < n and words[k] in PORTFOLIO and not doc.line_break_before(k):
                k += 1
            while k > j and words[k - 1] in ("and", "&", ",", "-"):
                k -= 1
            if k == j:
                break
            i = k
        return i, owner, False


def find_people(
    doc: Document,
    hits: Hits,
    kb: KnowledgeBase,
    owner_mention: Callable[[int, int], Mention],
) -> list[Mention]:
    """Titled and framed people in ``doc``; ``owner_mention`` makes the owner's mention."""
    parser = TitleParser(doc, hits, kb)
    people: list[Mention] = []
    words = doc.words
    n = len(doc.words)
    inside_hit = [False] * n
    for start, hit in enumerate(hits):
        if hit is not None:
            for k in range(start + 1, start + hit.length):
                inside_hit[k] = True
    i = 0
    while i < n:
        word = words[i]
        opens_title = (
            word in TITLE_HEADS
            or word in TITLE_MODIFIERS
            or word in HONORIFICS
            or (hits[i] is not None and not inside_hit[i])
        )
        parsed = parser.parse(i) if opens_title and not inside_hit[i] else None
        if parsed is None:
            i += 1
            continue
        title_start, name_start, name_end, owner_span = parsed
        name = doc.surface(name_start, name_end)
        if title_start > 0 and words[title_start - 1].lower() in ("former", "ex", "late"):
            title_start -= 1  # "former President X" holds no office now
        title = doc.surface(title_start, name_start).strip()
        if owner_span is None and name_end + 1 < n and words[name_end] == ",":
            # "Prince X, Minister of Foreign Affairs of Saudi Arabia, met ..."
            after = parser.title(name_end + 1)
            closed = after is not None and (
                after[0] >= n or words[after[0]] in (",", ".", ";") or not doc.caps[after[0]]
            )
            if after is not None and after[1] is not None and not after[2] and closed:
                owner_span = after[1]
        owner = owner_mention(*owner_span) if owner_span else None
        people.append(
            Mention(name_start, name_end, "Person", name, name, "title", owner=owner, title=title)
        )
        i = name_end
    taken = [False] * n
    for person in people:
        for k in range(person.start, person.end):
            taken[k] = True
    people.extend(_framed_people(doc, hits, taken))
    people.sort(key=lambda m: m.start)
    return people


def _framed_people(doc: Document, hits: Hits, taken: list[bool]) -> list[Mention]:
    """Untitled two- or three-word names in frames that only people fit.

    Looks backwards from each frame word (a speech verb, "'s interview", a colon
    opening a line) for a name that ends right before it.
    """
    words = doc.words
    n = len(doc.words)
    ends: set[int] = set()
    for verb in doc.positions.keys() & _PERSONAL_VERBS:
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
            end = parse_name(doc, k + 1, hits, limit=3)
            if end - (k + 1) >= 2 and not any(taken[k + 1 : end]):
                ends.add(end)
    found: list[Mention] = []
    pending = sorted(ends, reverse=True)
    while pending:
        end = pending.pop()
        for start in range(max(0, end - 6), end - 1):
            if start < 0 or any(taken[k] for k in range(start, end)):
                continue
            if (
                start > 0
                and doc.caps[start - 1]
                and _is_word(words[start - 1])
                and not doc.line_break_before(start)
            ):
                continue  # part of a longer capitalised phrase
            if parse_name(doc, start, hits, limit=3) != end:
                continue
            if words[end] == ":" and not (
                start == 0 or doc.line_break_before(start) or not _is_word(words[start - 1])
            ):
                continue  # only "💬 Maria Zakharova: ..." at the start of a line
            name = doc.surface(start, end)
            found.append(Mention(start, end, "Person", name, name, "bare"))
            for k in range(start, end):
                taken[k] = True
            if start > 0 and words[start - 1] in (",", "and"):
                pending.append(start - 1)  # "Sergey Lavrov, Wang Yi and X Y discussed"
            break
    return found


def find_surnames(doc: Document, people: list[Mention], taken: list[bool]) -> list[Mention]:
    """Later (or earlier) short forms of the post's full names: "Lavrov", "Kerry"."""
    by_token: dict[str, list[Mention]] = {}
    for person in people:
        tokens = [w for w in doc.words[person.start : person.end] if _is_word(w)]
        if len(tokens) >= 2:
            by_token.setdefault(tokens[-1], []).append(person)
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
    for i, word in enumerate(doc.words):
        if taken[i] or word not in by_token or not word[:1].isupper():
            continue
        if i > 0 and doc.words[i - 1][:1].isupper() and _is_word(doc.words[i - 1]):
            continue  # part of a longer capitalised phrase
        fulls = {p.name for p in by_token[word]}
        if len(fulls) == 1:
            target = by_token[word][0]
            found.append(
                Mention(
                    i,
                    i + 1,
                    "Person",
                    target.name,
                    doc.surface(i, i + 1),
                    "surname",
                    refers_to=target,
                )
            )
    return found
