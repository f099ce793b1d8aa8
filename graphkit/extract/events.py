"""Events: named meetings, summits, forums, consultations, sessions, talks,
news conferences and meetings, and references back to them.

Patterns, in order of trust:

- a capitalised name holding an event word, with an optional ordinal and
  "of/for/on the ..." tail: "13th International Meeting of High
  Representatives for Security Issues", "International Meeting on Syria";
- names of states, bodies or places before a lower-case event word:
  "Ukraine-Russia talks", "G-7 Ministerial meeting", "Astana process";
- a news or press conference with its occasion: "news conference to sum up
  his visit to the Republic of Uzbekistan" (or bare: "a news conference");
- "meeting with ..." after remarks, or in a headline with no person to meet;
- "<body> held its meeting" -> "meeting of the <body>";
- references: "the 13th forum", "the event", "this meeting" -> the latest event.
"""

from __future__ import annotations

import re

from graphkit.extract.cues import MONTHS, WEEKDAYS
from graphkit.extract.kb import GazetteerHit
from graphkit.extract.mentions import BODY_HEADS, VENUE_HEADS, Mention
from graphkit.extract.people import HEADLINE_VERBS as _HEADLINE_VERBS
from graphkit.extract.people import PLURAL_HEADS, TITLE_HEADS
from graphkit.extract.sentences import Document

_HEADS_CAPITALISED = frozenset(
    {
        "Meeting",
        "Meetings",
        "Summit",
        "Forum",
        "Conference",
        "Consultations",
        "Session",
        "Talks",
        "Dialogue",
        "Games",
        "Olympics",
        "Festival",
        "Negotiations",
        "Round",
        "Symposium",
        "Roundtable",
        "Congress",
        "Expo",
        "Exhibition",
        "Ceremony",
        "Parade",
        "Ministerial",
        "Readings",
        "Consultation",
        "Week",
        "Convention",
        "Assembly",
    }
)
#: Capitalised words that end a body's name, not an event's ("General Assembly").
_BODY_TAILS = frozenset({"Assembly", "Congress", "Convention"})
_HEADS_LOWER = frozenset(
    {
        "briefing",
        "commemorations",
        "celebrations",
        "ceremony",
        "parade",
        "festivities",
        "meeting",
        "meetings",
        "talks",
        "summit",
        "consultations",
        "process",
        "conference",
        "session",
        "negotiations",
        "forum",
        "dialogue",
        "ministerial",
        "format",
    }
)
_LOWER_MODIFIERS = frozenset(
    {
        "ministerial",
        "trilateral",
        "bilateral",
        "multilateral",
        "annual",
        "informal",
        "extraordinary",
        "high-level",
        "anniversary",
        "peace",
        "security",
        "strategic",
        "regular",
        "joint",
        "plenary",
        "expanded",
        "format",
        "inter-ministerial",
        "summit",
        "foreign",
        "ministers",
        "leaders",
        "working",
        "consultative",
        "round",
        "level",
        "high",
        "-",
    }
)
_CONNECTORS = frozenset({"of", "for", "on", "the", "and", "to"})
#: Connectors that follow a verb's object as often as they join a name: only an event's
#: head before them makes them part of its name ("Conference to Review ...").
_VERB_LIKE_CONNECTORS = frozenset({"to"})
_ORDINAL_RE = re.compile(
    r"^(\d+(st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$"
)
#: Nouns after an event word that make it a modifier ("dialogue partnership").
_COMPOUND_NOUNS = frozenset(
    {
        "partnership",
        "format",
        "mechanism",
        "relations",
        "agenda",
        "cooperation",
        "framework",
        "platform",
        "track",
        "participants",
        "results",
        "outcome",
        "process",
        "documents",
        "declaration",
        "agreements",
        "decisions",
        "sidelines",
        "margins",
        "venue",
        "partner",
        "partners",
    }
)
#: Lower-case nouns that go on with a topic after a name ("on CIS affairs").
_TOPIC_NOUNS = frozenset({"affairs", "cooperation", "security", "integration", "settlement"})
#: Documents whose names hold an event word ("Plan of Consultations"): not events.
_DOCUMENT_HEADS = frozenset(
    {
        "Plan",
        "Programme",
        "Program",
        "Memorandum",
        "Agreement",
        "Treaty",
        "Roadmap",
        "Protocol",
        "Declaration",
        "Communique",
    }
)
#: Parts of an event that stand for the whole ("the opening session of the Raisina Dialogue").
_PART_MODIFIERS = frozenset({"opening", "closing", "inaugural"})
#: Lower-case events named by their occasion: "reception on the occasion of ...",
#: "ceremony marking ...", "open debate on ...".
_OCCASION_HEADS = frozenset(
    {
        "reception",
        "ceremony",
        "debate",
        "conference",
        "briefing",
        "table",
        # cultural events an embassy holds, named by what they mark
        "concert",
        "exhibition",
        "screening",
        "festival",
        "evening",
        "celebration",
        "gala",
    }
)
#: Bodies whose briefings on a topic are events ("the Security Council will hold a briefing
#: on Syria"); other briefings (a spokesperson's weekly one) are not named by a topic.
_BRIEFING_BODIES = frozenset({"council", "unsc"})
_OCCASION_CUES = (
    ("on", "the", "occasion", "of"),
    ("marking",),
    ("to", "mark"),
    ("commemorating",),
    ("dedicated", "to"),
    ("in", "honour", "of"),
    ("in", "honor", "of"),
    ("celebrating",),
)
#: Debates are named by their kind and topic: "open debate on ...".
_DEBATE_KINDS = frozenset({"open", "general", "thematic", "high-level"})
#: Numbered UN climate conferences ("COP29"): events by their form alone.
_COP_RE = re.compile(r"^COP\d{1,2}$")
#: Words before "press/news conference" that belong to its name ("regular press conference").
_CONFERENCE_KINDS = frozenset({"joint", "regular", "weekly", "annual", "final", "extended"})
_CONFERENCE_OCCASIONS = (
    ("to", "sum", "up"),
    ("following",),
    ("on", "the", "results", "of"),
    ("after",),
    ("at", "the", "end", "of"),
    ("on", "the", "outcome", "of"),
    ("on", "the", "outcomes", "of"),
    ("summing", "up"),
    ("following", "the", "results", "of"),
    ("with",),
    ("of",),
)
_PHRASE_STOP = frozenset(
    {",", ".", ";", ":", "(", ")", "!", "?", "—", "–", "[", "]", '"', "“", "”"}
)
_REFERENCE_HEADS = frozenset(
    {
        "forum",
        "meeting",
        "event",
        "summit",
        "conference",
        "talks",
        "session",
        "consultations",
        "ministerial",
        "negotiations",
        "ceremony",
        "debate",
        "dialogue",
    }
)
_SESSION_MODIFIERS = frozenset(
    {
        "plenary",
        "regular",
        "extraordinary",
        "annual",
        "informal",
        "joint",
        "ministerial",
        "final",
        "opening",
        "closing",
        "special",
        "emergency",
    }
)
#: Capitalised words that open a sentence, not a name ("At the 10th Forum, ...").
_NOT_NAME_STARTS = frozenset(
    {
        "The",
        "A",
        "An",
        "At",
        "In",
        "On",
        "During",
        "After",
        "Before",
        "Following",
        "Ahead",
        "Participants",
        "Delegates",
        "Guests",
    }
)
#: Words that open no event's name: negations and quantities ("No meetings are planned"),
#: phone calls ("Phone Talks", "Telephone Conversation").
_NO_EVENT_STARTS = frozenset(
    {"No", "Any", "Several", "Many", "Some", "Other", "More", "Phone", "Telephone"}
)
#: Who meets in "meeting of EU foreign ministers", "summit of BRICS leaders".
_PARTICIPANTS = frozenset(
    {"ministers", "leaders", "heads", "representatives", "envoys", "ambassadors", "officials"}
)
_PARTICIPANT_MODIFIERS = frozenset(
    {"foreign", "defence", "defense", "finance", "trade", "economy", "deputy", "senior"}
)
#: Bodies whose numbered sittings are events ("the 2nd Russia-Viet Nam Joint Commission").
_SESSION_BODIES = frozenset({"Commission", "Committee"})
_SESSION_BODY_KINDS = frozenset({"Joint", "Intergovernmental", "Inter-Governmental", "Mixed"})
_HELD_VERBS = frozenset({"held", "holds", "hold", "convened", "convenes", "convene"})
_MEETING_HEADS = frozenset({"meeting", "session", "summit", "ministerial", "conference"})


#: Lower-cased words one of which every named event holds (its head, or a numbered body).
_NAMED_CUES = frozenset({w.lower() for w in _HEADS_CAPITALISED | _SESSION_BODIES} | _HEADS_LOWER)


def _is_numbered_session(chain: list[str]) -> bool:
    """ "2nd Brazil-Indonesia Joint Commission": a numbered sitting of a joint body."""
    return (
        len(chain) >= 3
        and chain[0][:1].isdigit()
        and _ORDINAL_RE.match(chain[0]) is not None
        and chain[-1] in _SESSION_BODIES
        and chain[-2] in _SESSION_BODY_KINDS
    )


def _capital_chain_end(doc: Document, start: int) -> int:
    """End of a capitalised name starting at ``start`` ("Council of Foreign Ministers of
    the CSTO"): capitalised words joined by of/the/and/for and hyphens."""
    words = doc.words
    n = len(doc.words)
    j = start
    last = start - 1
    while j < n and not (j > start and doc.line_break_before(j)):
        if doc.caps[j] or _ORDINAL_RE.match(words[j]) or words[j][:1].isdigit():
            last = j
        elif not (j > start and (words[j] in ("of", "the", "and", "for") or _glued_hyphen(doc, j))):
            break
        j += 1
    return last + 1


def _has_head(words: list[str], i: int, j: int) -> bool:
    """Whether an event word is among ``words[i:j]``."""
    return any(w in _HEADS_CAPITALISED or w in _HEADS_LOWER for w in words[i:j])


_YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")


def _is_date_word(words: list[str], j: int) -> bool:
    """A weekday or month ("Tuesday", "March"), or a day number before a month ("4 March")."""
    word = words[j]
    if word in MONTHS or word in WEEKDAYS:
        return True
    if _YEAR_RE.match(word) and j > 0 and words[j - 1] in ("of", "in"):
        return True  # "the Yalta Conference of 1945": when, not which
    return word.isdigit() and j + 1 < len(words) and words[j + 1] in MONTHS


def _lower_at(words: list[str], i: int) -> str:
    return words[i].lower() if i < len(words) else ""


def _glued_hyphen(doc: Document, j: int) -> bool:
    """A hyphen with no space before it ("ASEAN-Russia")."""
    return (
        doc.words[j] in ("-", "–")
        and doc.starts[j] == doc.ends[j - 1]
        and (j + 1 >= len(doc.words) or doc.starts[j + 1] == doc.ends[j])
    )


def _lower_head_ends(words: list[str], h: int) -> bool:
    """Whether the event word at ``h`` ends its phrase ("dialogue partnership" it does not)."""
    after = words[h + 1] if h + 1 < len(words) else ""
    return after not in _COMPOUND_NOUNS and after not in _HEADS_LOWER


def _phrase_end(doc: Document, start: int, limit: int = 18) -> int:
    """End of a noun phrase tail: the next punctuation, line break or ``limit`` tokens."""
    i = start
    n = len(doc.words)
    while i < n and i - start < limit and doc.words[i] not in _PHRASE_STOP:
        if i > start and doc.line_break_before(i):
            break
        if doc.words[i] in ("which", "where", "that", "who", "with", "when") and i > start:
            break
        i += 1
    return i


#: Words that end an occasion's noun phrase: verbs, auxiliaries and adjunct prepositions.
_OCCASION_STOPS = frozenset(
    {
        "at",
        "in",
        "by",
        "with",
        "during",
        "from",
        "was",
        "were",
        "is",
        "are",
        "will",
        "has",
        "have",
        "had",
        "be",
        "been",
        "which",
        "where",
        "that",
        "who",
        "when",
        "as",
        "held",
        "led",
        "took",
        "began",
        "brought",
        "drew",
        "met",
    }
)


_AGENT_PREPOSITIONS = frozenset({"by", "at", "in", "on", "with", "under", "during", "for"})


#: Topics whose "in <name>" says where the topic is ("the situation in Yemen").
_SITUATION_NOUNS = frozenset({"situation", "developments", "crisis", "conflict", "settlement"})


def _named_after(doc: Document, i: int) -> bool:
    """Whether a capitalised name (after an optional "the") follows token ``i``."""
    k = i + 2 if _lower_at(doc.words, i + 1) == "the" else i + 1
    return k < len(doc.words) and doc.caps[k]


def _occasion_end(doc: Document, start: int, limit: int = 18) -> int:
    """End of the noun phrase of an occasion or topic ("the 79th anniversary of the National
    Day of Vietnam"): up to punctuation, a verb, an auxiliary or an adjunct's preposition."""
    words = doc.words
    i = start
    while i < len(words) and i - start < limit and words[i] not in _PHRASE_STOP:
        word = words[i]
        if i > start and doc.line_break_before(i):
            break
        if word == "in" and _lower_at(words, i - 1) in _SITUATION_NOUNS and _named_after(doc, i):
            i += 1  # "a briefing on the situation in Yemen": where the topic is, not the event
            continue
        if word in _OCCASION_STOPS:
            break
        if word == "on" and i + 1 < len(words) and _is_date_word(words, i + 1):
            break  # "a briefing on Syria on Monday": when, not which
        if word.endswith("ed") and _lower_at(words, i + 1) in _AGENT_PREPOSITIONS:
            break  # "chaired by", "organised at"; not "children and armed conflict"
        i += 1
    while i > start and words[i - 1] in _CONNECTORS:
        i -= 1
    return i


def _event(doc: Document, start: int, end: int, name: str, scope: str) -> Mention:
    return Mention(start, end, "Event", name, doc.surface(start, end), "event", scope=scope)


class EventFinder:
    """All event patterns over one document; ``taken`` marks person tokens."""

    def __init__(
        self,
        doc: Document,
        hits: list[GazetteerHit | None],
        taken: list[bool],
        regions: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.hits = hits
        self.taken = taken
        self.regions = regions

    def find(self) -> list[Mention]:
        events: list[Mention] = []
        doc = self.doc
        if not _NAMED_CUES.isdisjoint(doc.positions):
            events.extend(self._named())  # every named event holds one of these words
        if doc.has_any(_HEADS_LOWER):
            events.extend(self._lower_headed(events))
        if doc.has_any(("conference", "briefing")):
            events.extend(self._conferences())
        if "meeting" in doc.positions:
            events.extend(self._meetings_with())
        if doc.has_any(_MEETING_HEADS):
            events.extend(self._sessions_of())
        if doc.has_any(_HELD_VERBS):
            events.extend(self._held_its())
        if doc.has_any(_OCCASION_HEADS):
            events.extend(self._occasions())
        if "COP" in doc.text:
            events.extend(self._numbered_cops())
        events.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for event in events:
            outer = next((k for k in kept if k.start <= event.start and event.end <= k.end), None)
            if outer is not None:
                if (outer.start, outer.end) == (event.start, event.end):
                    continue
                event.inside_event = True
            elif any(k.start < event.start < k.end < event.end for k in kept):
                continue  # crosses another event's boundary
            kept.append(event)
        _link_parts(kept, doc.words)
        _link_same_body(kept, doc.words, self.hits)
        return kept

    def _named(self) -> list[Mention]:
        found: list[Mention] = []
        # a name never crosses a sentence's end: only sentences holding an event word
        for s in self.doc.sentences_with(_NAMED_CUES):
            start, end = self.doc.sentences[s]
            self._named_between(start, end, found)
        return found

    def _named_between(self, i: int, n: int, found: list[Mention]) -> None:
        doc, words = self.doc, self.doc.words
        while i < n:
            if (
                self.taken[i]
                or not (doc.caps[i] or words[i][:1].isdigit())
                or words[i] in _NOT_NAME_STARTS
            ):
                i += 1
                continue
            j = i
            last_content = i
            while j < n and not self.taken[j]:
                if j > i and doc.line_break_before(j):
                    break
                word = words[j]
                if j > i and _is_date_word(words, j):
                    break  # "the Summit on Palestine on Tuesday, 4 March"
                inner = self.hits[j]
                if inner is not None and inner.length > 1 and not doc.caps[j + 1]:
                    # "St. Petersburg International Economic Forum": a KB name with a
                    # full stop or a particle inside goes on as one word of the name
                    j += inner.length
                    last_content = j - 1
                    continue
                if word in _VERB_LIKE_CONNECTORS and not _has_head(words, i, j):
                    break  # "invited Chile to the Forum": "to" joins no name before a head
                if doc.caps[j] or word[:1].isdigit():
                    last_content = j
                    j += 1
                elif j > i and (word in _CONNECTORS or _glued_hyphen(doc, j)):
                    j += 1
                elif word == "'" and words[j - 1].endswith("s") and j + 1 < n and doc.caps[j + 1]:
                    j += 1  # "G20 Foreign Ministers' Meeting"
                else:
                    break
            end = last_content + 1
            if _YEAR_RE.match(words[i]) and _lower_at(words, i + 1) in ("the", ","):
                i += 1  # "in 1955 the Bandung Conference opened": a date, then the name
                continue
            if words[i] in _HEADLINE_VERBS:
                # "Lavrov Attends the 2nd Minsk Conference", "X Takes Part in the Forum":
                # the name starts later
                i += 2 if _lower_at(words, i + 1) == "part" else 1
                continue
            first = self.hits[i]
            if (
                first is not None
                and first.key.startswith(("place:", "country:"))
                and _lower_at(words, i + first.length) == "and"
            ):
                i += first.length + 1  # "Johannesburg and the BRICS summit": a list
                continue
            verb = next((k for k in range(i + 1, end) if words[k] in _HEADLINE_VERBS), None)
            if verb is not None:
                # "ASEAN Secretary-General Attends the Opening Ceremony of the ... Summit":
                # a title-case headline; the name, if any, starts after its verb
                i = verb + 1
                continue
            if words[i] in _NO_EVENT_STARTS:
                i = end  # "Holds Phone Talks with ...", "No meetings are planned"
                continue
            hit = self.hits[i]
            if hit is not None and not hit.key.startswith("event:") and i + hit.length >= end:
                i += hit.length  # a known body's name ("Conference on Interaction ... in Asia")
                continue
            if (
                hit is not None
                and not hit.key.startswith("event:")
                and _lower_at(words, i + hit.length) in ("for", "to", "at")
            ):
                i += hit.length  # "arrived in Oslo for the Arctic Forum": the name starts later
                continue
            if (
                end + 1 < n
                and words[end] == "'"
                and words[end - 1].endswith("s")
                and words[end + 1] in _HEADS_LOWER
                and _lower_head_ends(words, end + 1)
            ):
                end += 2  # "BRICS Foreign Ministers' meeting"
            while (
                end < n
                and doc.caps[end - 1]
                and words[end] in _HEADS_LOWER
                and _lower_head_ends(words, end)
            ):
                end += 1  # "G-7 Ministerial meeting"
            # "Conference on Security and Cooperation in the Persian Gulf": a region ends the name
            after_in = end + 2 if _lower_at(words, end + 1) == "the" else end + 1
            region = self.hits[after_in] if _lower_at(words, end) == "in" and after_in < n else None
            if region is not None and region.key in self.regions:
                end = after_in + region.length
            if end < n and words[end] in _TOPIC_NOUNS:
                # "Consultations on CIS affairs": the topic goes on in lower case, so the
                # capitalised words before "on" are no name of their own
                end = next((k for k in range(i + 1, end) if words[k] in ("on", "for")), end)
            chain = words[i:end]
            if chain[0] in _DOCUMENT_HEADS and "of" in chain:
                # "Plan of Consultations", "Memorandum of Understanding on ...": a document;
                # "Declaration of the 16th BRICS Summit": the event after "of the"
                after_of = i + chain.index("of") + 1
                i = after_of if words[after_of] == "the" else end
                continue
            heads = [k for k, w in enumerate(chain) if w in _HEADS_CAPITALISED or w in _HEADS_LOWER]
            specific = [
                w for w in chain if w[:1].isupper() and w not in _HEADS_CAPITALISED and w != "The"
            ]
            if not heads and _is_numbered_session(chain):
                heads = [len(chain) - 1]  # "2nd Brazil-Indonesia Joint Commission"
            if heads and specific and len(chain) != 1:
                body_first = next((k for k, w in enumerate(chain) if w in BODY_HEADS), None)
                if body_first is not None and body_first < heads[0]:
                    i = end
                    continue  # "Working Mechanism for Consultation ...": a body, not an event
                if chain[heads[-1]] in VENUE_HEADS or chain[-1] in VENUE_HEADS:
                    i = end
                    continue
                if chain[-1] in TITLE_HEADS and chain[-1] not in PLURAL_HEADS:
                    i = end
                    continue  # "General Assembly President X": a title, not an event
                if len(heads) == 1 and chain[-1] in BODY_HEADS and heads[0] == len(chain) - 2:
                    i = end
                    continue  # "OSCE Ministerial Council": a body whose sittings are events
                last_head = heads[-1]
                if (
                    chain[last_head] in _BODY_TAILS
                    and last_head == len(chain) - 1
                    and len(heads) == 1
                ):
                    i = end
                    continue
                name = doc.surface(i, end)
                if i > 0 and _ORDINAL_RE.match(words[i - 1] or ""):
                    name = doc.surface(i - 1, end)
                    i -= 1
                found.append(_event(doc, i, end, name, "global"))
            i = max(end, i + 1)

    def _lower_headed(self, named: list[Mention]) -> list[Mention]:
        """'Ukraine-Russia talks', 'G-7 Ministerial meeting', 'Russia-ASEAN ministerial meeting'."""
        doc, words = self.doc, self.doc.words
        found = []
        heads = sorted(k for head in doc.present(_HEADS_LOWER) for k in doc.positions[head])
        for h in heads:
            if h == 0 or words[h] not in _HEADS_LOWER:
                continue
            if not _lower_head_ends(words, h):
                continue
            k = h
            while k > 0 and words[k - 1] in _LOWER_MODIFIERS:
                k -= 1
            # the capitalised chain before the modifiers
            start = k
            j = k - 1
            while (
                j >= 0
                and not self.taken[j]
                and not (doc.line_break_before(j + 1) and j + 1 <= k - 1)
            ):
                word = words[j]
                if self.hits[j] is not None or (word[:1].isupper() and word not in ("The", "A")):
                    start = j
                    j -= 1
                elif j > 0 and (
                    _glued_hyphen(doc, j)
                    or (word == "of" and words[j - 1][:1].isupper() and start < k)
                ):
                    j -= 1
                else:
                    break
            if start == k or words[start] in _NO_EVENT_STARTS or words[start] in _HEADLINE_VERBS:
                continue
            if any(e.start <= start < e.end for e in named):
                continue
            name = doc.surface(start, h + 1)
            found.append(_event(doc, start, h + 1, name, "global"))
        return found

    def _conferences(self) -> list[Mention]:
        doc, words = self.doc, self.doc.words
        n = len(doc.words)
        found = []
        for i in sorted(doc.positions.get("news", []) + doc.positions.get("press", [])):
            if i + 1 >= n or words[i + 1].lower() not in (
                "conference",
                "briefing",
            ):
                continue
            j = i + 2
            end = j
            for occasion in _CONFERENCE_OCCASIONS:
                if tuple(w.lower() for w in words[j : j + len(occasion)]) == occasion:
                    end = _phrase_end(doc, j + len(occasion))
                    if occasion in (("with",), ("of",)):
                        # "with <title> <name>", "of <title> <name> and <title> <name>"
                        # end where the (last) speaker's name does
                        end = _capital_chain_end(doc, j + 1)
                        if end <= j + 1:
                            end = j  # "with the media": no name, and no "with" at its end
                    break
            scope = "global" if end > j else "post"
            if i > 0 and words[i - 1].lower() in _CONFERENCE_KINDS:
                i -= 1  # "joint news conference with ...", "regular press conference"
            name = doc.surface(i, end if end > j else j)
            found.append(_event(doc, i, end if end > j else j, name, scope))
        return found

    def _sessions_of(self) -> list[Mention]:
        """'meeting of the Council of Foreign Ministers of the CSTO', 'plenary session of
        the Astana International Forum': a meeting word, "of the", a capitalised name."""
        doc, words = self.doc, self.doc.words
        found = []
        for head in _MEETING_HEADS:
            for k in doc.positions.get(head, ()):
                if not words[k].islower():
                    continue  # "77th Session of the ...": a capitalised name, found as such
                if _lower_at(words, k + 1) != "of":
                    continue
                if _lower_at(words, k + 2) == "the":
                    end = _capital_chain_end(doc, k + 3)
                    if end <= k + 3:
                        continue
                else:
                    participants = self._participants_end(k + 2)
                    if participants is None:
                        continue
                    end = participants  # "meeting of EU foreign ministers"
                start = k
                while start > 0 and (
                    words[start - 1].lower() in _SESSION_MODIFIERS
                    or _ORDINAL_RE.match(words[start - 1])
                ):
                    start -= 1  # "plenary session", "79th session"
                found.append(_event(doc, start, end, doc.surface(start, end), "global"))
        return found

    def _occasions(self) -> list[Mention]:
        """'reception on the occasion of the National Day of X', 'ceremony marking the 80th
        anniversary of ...', 'open debate on ...': the head and its occasion, to the phrase end."""
        doc, words = self.doc, self.doc.words
        found = []
        for head in doc.present(_OCCASION_HEADS):
            for k in doc.positions[head]:
                if words[k] != head or self.taken[k]:
                    continue
                start = k
                if head == "conference":
                    # "the high-level conference on X"; other conferences have names
                    if k < 3 or [w.lower() for w in words[k - 3 : k]] != ["high", "-", "level"]:
                        continue
                    start = k - 3
                    cue_end = k + 2 if _lower_at(words, k + 1) == "on" else None
                elif head == "debate":
                    if k == 0 or words[k - 1].lower() not in _DEBATE_KINDS:
                        continue
                    start = k - 1
                    cue_end = k + 2 if _lower_at(words, k + 1) == "on" else None
                elif head == "table":
                    # "a round table on the 80th anniversary of the Victory"
                    if _lower_at(words, k - 1) != "round":
                        continue
                    start = k - 1
                    cue_end = k + 2 if _lower_at(words, k + 1) == "on" else self._cue_end(k)
                elif head == "briefing":
                    first = doc.sentences[doc.sentence_of[k]][0]
                    body = any(w.lower() in _BRIEFING_BODIES for w in words[first:k])
                    cue_end = k + 2 if body and _lower_at(words, k + 1) == "on" else None
                else:
                    cue_end = self._cue_end(k)
                if cue_end is None:
                    continue
                end = _occasion_end(doc, cue_end)
                # a topic of one word is a name ("a briefing on Syria")
                shortest = 1 if doc.caps[cue_end] and head in ("briefing", "debate") else 2
                if end - cue_end < shortest or any(self.taken[start:end]):
                    continue
                found.append(_event(doc, start, end, doc.surface(start, end), "global"))
        return found

    def _cue_end(self, k: int) -> int | None:
        """End of an occasion's cue after the head at ``k`` ("on the occasion of", "marking")."""
        words = self.doc.words
        for cue in _OCCASION_CUES:
            if tuple(words[k + 1 : k + 1 + len(cue)]) == cue:
                return k + 1 + len(cue)
        return None

    def _numbered_cops(self) -> list[Mention]:
        doc = self.doc
        return [
            _event(doc, k, k + 1, doc.words[k], "global")
            for lower in doc.positions
            if lower[:3] == "cop"
            for k in doc.positions[lower]
            if _COP_RE.match(doc.words[k]) and not self.taken[k]
        ]

    def _participants_end(self, start: int) -> int | None:
        """End of "EU foreign ministers", "BRICS leaders" after "meeting of", if there."""
        doc, words = self.doc, self.doc.words
        end = _capital_chain_end(doc, start)
        if end <= start or self.hits[start] is None:
            return None
        if any(w.lower() in _PARTICIPANTS for w in words[start + 1 : end]):
            return end  # "meeting of BRICS Ministers of Foreign Affairs"
        k = end
        while k < len(words) and words[k] in _PARTICIPANT_MODIFIERS:
            k += 1
        return k + 1 if k < len(words) and words[k] in _PARTICIPANTS else None

    def _meetings_with(self) -> list[Mention]:
        """'meeting with ambassadors of ASEAN countries' (the other side is not one person)."""
        doc, words = self.doc, self.doc.words
        found = []
        for i in doc.positions.get("meeting", ()):
            if _lower_at(words, i + 1) != "with":
                continue
            end = _phrase_end(doc, i + 2)
            if end <= i + 2:
                continue
            after_remarks = i >= 2 and words[i - 1] == "the" and words[i - 2] in ("during", "at")
            if any(self.taken[k] for k in range(i + 2, end)) and not after_remarks:
                continue  # "X's meeting with <person>" is a MET_WITH, not an event
            if all(doc.caps[k] or words[k] == "." for k in range(i + 2, end)):
                j = end
                while j < len(words) and words[j] == ".":
                    j += 1
                if j < len(words) and self.taken[j]:
                    continue  # "a meeting with H.E. Mr. X": styles before a person
            found.append(_event(doc, i, end, doc.surface(i, end), "post"))
        return found

    def _held_its(self) -> list[Mention]:
        """'The CIS Foreign Ministers Council held its meeting' -> 'meeting of the ...'."""
        doc, words = self.doc, self.doc.words
        found = []
        for i, hit in enumerate(self.hits):
            if hit is None or hit.kind != "name" or hit.key.split(":")[0] != "organisation":
                continue
            j = i + hit.length
            if (
                j + 2 < len(doc.words)
                and words[j] in _HELD_VERBS
                and words[j + 1] in ("its", "their")
            ):
                k = j + 2
                while (
                    k < len(doc.words)
                    and words[k] not in _MEETING_HEADS
                    and k < j + 5
                    and words[k].islower()
                ):
                    k += 1
                if k < len(doc.words) and words[k] in _MEETING_HEADS:
                    name = f"{words[k]} of the {doc.surface(i, i + hit.length)}"
                    found.append(_event(doc, j, k + 1, name, "post"))
        return found


def _link_parts(events: list[Mention], words: list[str]) -> None:
    """ "the opening session of the Raisina Dialogue": a part that stands for the event named
    after it (the same entity), so the event is not found twice."""
    for outer in events:
        if words[outer.start].lower() not in _PART_MODIFIERS or outer.refers_to is not None:
            continue
        if outer.end - outer.start < 5 or words[outer.start + 2 : outer.start + 4] != ["of", "the"]:
            continue
        inner = next((e for e in events if e.start == outer.start + 4 and e.end == outer.end), None)
        if inner is not None and inner.scope == "global":
            outer.refers_to = inner


# Precision guards (issue 10): one event named twice in a post is one entity.
def _body_sitting(
    event: Mention, words: list[str], hits: list[GazetteerHit | None]
) -> tuple[str, str] | None:
    """(meeting word, KB body) of "SCO summit" or "summit of the Shanghai Cooperation
    Organisation"; None unless the event holds exactly one of each."""
    span = range(event.start, event.end)
    heads = {words[k].lower() for k in span} & _MEETING_HEADS
    bodies = {
        hit.key
        for k in span
        if (hit := hits[k]) is not None and hit.key.startswith("organisation:")
    }
    if len(heads) != 1 or len(bodies) != 1:
        return None
    return next(iter(heads)), next(iter(bodies))


def _link_same_body(
    events: list[Mention], words: list[str], hits: list[GazetteerHit | None]
) -> None:
    """ "the extraordinary summit of the Shanghai Cooperation Organisation ... the SCO
    summit", "the 17th BRICS Summit ... a BRICS summit": one sitting of one body named twice
    is one event (the fullest name; the numbered one when the post numbers one edition)."""
    sittings: dict[tuple[str, str], list[Mention]] = {}
    for event in events:
        if event.scope == "global" and event.refers_to is None:
            sitting = _body_sitting(event, words, hits)
            if sitting is not None:
                sittings.setdefault(sitting, []).append(event)
    for same in sittings.values():
        if len({e.name for e in same}) < 2:
            continue
        numbered = [e for e in same if any(w[:1].isdigit() for w in words[e.start : e.end])]
        if len({e.name for e in numbered}) > 1:
            continue  # "the 16th BRICS summit recalled the 15th": two editions
        fullest = max(numbered or same, key=lambda e: (len(e.name), -e.start))
        for event in same:
            if event.name != fullest.name:
                event.refers_to = fullest


def find_event_references(doc: Document, events: list[Mention], taken: list[bool]) -> list[Mention]:
    """'the 13th forum', 'the event', 'this meeting': the latest event named before."""
    words = doc.words
    refs: list[Mention] = []
    named = [e for e in events if not e.inside_event]
    if not named:
        return []
    determiners = ("the", "this", "that")
    starts = sorted(k for d in determiners for k in doc.positions.get(d, ()))
    for i in starts:
        if taken[i] or i + 1 >= len(doc.words):
            continue
        j = i + 1
        ordinal = words[j] if _ORDINAL_RE.match(words[j]) else None
        if ordinal:
            j += 1
        # "the opening ceremony", "the closing session": a part of the event named before
        part = _lower_at(words, j) in _PART_MODIFIERS and _lower_at(words, j + 1) in (
            "ceremony",
            "session",
        )
        if part:
            j += 1
        # "The Meeting was co-chaired by ...": the style of some bodies' releases
        if j >= len(doc.words) or words[j].lower() not in _REFERENCE_HEADS:
            continue
        if (
            words[j] == "ceremony"
            and not part
            and not any(p < i for p in doc.positions["ceremony"])
        ):
            continue  # "the ceremony" names an event only after "the opening ceremony of X"
        following = _lower_at(words, j + 1)
        if j + 1 < len(doc.words) and (
            words[j + 1][:1].isupper()
            or following in ("of", "on")
            # "the meeting with X" is another meeting; "the conference with a speech" is not
            or (following == "with" and _lower_at(words, j + 2) not in ("a", "an"))
        ):
            continue
        before = [e for e in named if e.end <= i]
        if ordinal:
            before = [e for e in before if e.name.startswith(ordinal)]
        if not before:
            continue
        target = before[-1]
        refs.append(
            Mention(
                i,
                j + 1,
                "Event",
                target.name,
                doc.surface(i, j + 1),
                "event-ref",
                refers_to=target,
                scope=target.scope,
            )
        )
    return refs
