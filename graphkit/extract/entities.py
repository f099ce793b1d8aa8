"""All entity mentions of a post: gazetteer names, people, events.

The gazetteer pass finds KB names (longest match first, hashtags included).
Two kinds of KB match need context:

- adjectives ("Turkish", "South African") become mentions of the country only
  inside a title ("Turkish Foreign Minister"), before a word for its
  government ("the Syrian Government", "the Cuban regime", "South African
  diplomacy"), or when the country is also named in the post;
- capitals stand for their state ("Washington insists", "the Kiev regime",
  "influence in Kiev") and are places otherwise ("talks in Kiev").
"""

from __future__ import annotations

from graphkit.extract.cues import HOSTILE_ACTS, HOSTILE_MODIFIERS, MONTHS, WEEKDAYS
from graphkit.extract.events import EventFinder, find_event_references
from graphkit.extract.kb import GazetteerHit, KnowledgeBase
from graphkit.extract.mentions import BODY_HEADS, VENUE_HEADS, Mention
from graphkit.extract.metonyms import GOVERNMENT_NOUNS as GOVERNMENT_NOUNS
from graphkit.extract.metonyms import is_metonym
from graphkit.extract.people import (
    PORTFOLIO,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    NameParser,
    find_people,
    find_surnames,
)
from graphkit.extract.sentences import Document, lower_at
from graphkit.extract.untitled import find_untitled

#: Offices after an adjective that name its state ("the Kazakh presidency", "the Kazakh minister").
_OFFICE_NOUNS = frozenset(
    {"presidency", "chairmanship", "minister", "ministers", "ambassador", "envoy", "premier"}
)


#: Capitalised words after a city that make it part of an institution's name.
_INSTITUTION_WORDS = frozenset(
    {
        "Post",
        "Times",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "University",
        "Airport",
        "School",
        "College",
        "Club",
        "Stock",
        "Exchange",
        "Zoo",
    }
)
#: Capitalised words after a place that make it part of a document's name.
_DOCUMENT_WORDS = frozenset(
    {
        "Agreements",
        "Agreement",
        "Accords",
        "Accord",
        "Protocol",
        "Declaration",
        "Treaty",
        "Memorandum",
        "Communique",
        "Charter",
        "Convention",
        "Statute",
        "Plan",
        "Formula",
    }
)


def gazetteer_hits(doc: Document, kb: KnowledgeBase) -> list[GazetteerHit | None]:
    """Non-overlapping KB matches, longest first, indexed by start token."""
    words = doc.words
    hits: list[GazetteerHit | None] = [None] * len(words)
    i = 0
    for start in kb.candidate_starts(words, doc.positions):
        if start < i:
            continue  # inside the previous hit
        i = start
        hit = kb.match(words, i)
        if hit is not None and hit.length > 1 and words[i] in ("the", "The"):
            inner = kb.match(words, i + 1)
            if inner is not None and inner.length >= hit.length:
                hit = None  # "the West Bank": the name after the article is longer
        if hit is not None and hit.key.startswith(("place:", "country:")):
            after = words[i + hit.length] if i + hit.length < len(words) else ""
            if after in _DOCUMENT_WORDS:
                hit = None  # "Minsk Agreements", "Northern Ireland Protocol"
        if (
            hit is not None
            and hit.key.startswith("place:")
            and i + hit.length < len(words)
            and doc.caps[i + hit.length]
            and not doc.line_break_before(i + hit.length)
            and words[i + hit.length] in _INSTITUTION_WORDS
        ):
            hit = None  # "Washington Post", "Kazan Federal University": part of another name
        if hit is not None and not _line_crossing(doc, i, hit.length):
            hits[i] = hit
            i += hit.length
    return hits


def _line_crossing(doc: Document, start: int, length: int) -> bool:
    return any(doc.line_break_before(k) for k in range(start + 1, start + length))


#: Last words of bodies whose yearly sitting goes by the body's name ("the UN General
#: Assembly", "the ASEAN Regional Forum").
_SITTING_HEADS = frozenset({"Assembly", "Forum"})
#: Words before "the <body>" that make it the sitting someone is at ("on the sidelines of").
_AT_SITTING = frozenset(
    {"at", "margins", "sidelines", "during", "attended", "attend", "attends", "attending"}
)


def _sitting_attended(words: list[str], body: Mention) -> bool:
    """ "spoke at the OAS General Assembly", "on the margins of the UN General Assembly":
    the sitting (an event), not the body; "the General Assembly adopted" stays the body."""
    if words[body.end - 1] not in _SITTING_HEADS or lower_at(words, body.start - 1) != "the":
        return False
    if body.end < len(words) and words[body.end][:1].isupper():
        return False  # "attend the Pacific Islands Forum Leaders Meeting": a longer name
    before = lower_at(words, body.start - 2)
    if before == "of":
        before = lower_at(words, body.start - 3)
    elif before == "at" and body.start >= 3 and words[body.start - 3][:1].isupper():
        return False  # "the Summit of the Future at the UN General Assembly": its venue
    return before in _AT_SITTING


#: Styles of states that stand for the one state of the post holding them ("the Kingdom").
_STATE_STYLES = frozenset({"kingdom", "republic", "sultanate", "principality"})


def _state_styles(
    doc: Document, hits: list[GazetteerHit | None], taken: list[bool], kb: KnowledgeBase
) -> list[Mention]:
    """ "the Kingdom's support", "the Islamic Republic": the only state of the post (named,
    or by its capital) whose long name holds that style ("Hashemite Kingdom of Jordan")."""
    words = doc.words
    first_at: dict[str, int] = {}  # each state of the post -> where it is first named
    for i, h in enumerate(hits):
        key = None if h is None else h.key if h.key.startswith("country:") else h.metonym
        if key is not None:
            first_at.setdefault(key, i)
    states = set(first_at)
    found: list[Mention] = []
    for lower in doc.present(_STATE_STYLES):
        for k in doc.positions[lower]:
            start = k - 1 if k > 0 and words[k - 1] == "Islamic" else k
            if (
                not doc.caps[k]
                or start == 0
                or words[start - 1] not in ("the", "The")
                or hits[start] is not None
                or taken[start]
                or (k + 1 < len(words) and (words[k + 1] == "of" or doc.caps[k + 1]))
            ):
                continue
            style = " " + doc.surface(start, k + 1) + " of "
            owners = [
                entry
                for entry in (kb.get(key) for key in states if key is not None)
                if entry is not None and any(style in " " + a for a in entry.aliases)
            ]
            if len(owners) > 1:
                # "held in Riyadh and co-chaired by the Kingdom together with Norway": the
                # one such state named before the style
                owners = [entry for entry in owners if first_at[entry.key] < start]
            if len(owners) == 1:
                state = owners[0]
                surface = doc.surface(start, k + 1)
                found.append(
                    Mention(start, k + 1, "Country", state.name, surface, "metonym", key=state.key)
                )
    return found


def find_mentions(doc: Document, kb: KnowledgeBase) -> list[Mention]:
    """Every mention in ``doc``, in text order, surnames and references linked."""
    hits = gazetteer_hits(doc, kb)
    by_span: dict[tuple[int, int], Mention] = {}

    def kb_mention(start: int, end: int) -> Mention:
        """The mention of a KB name, or of a body a title names ("Security Council of X")."""
        span = (start, end)
        if span not in by_span:
            hit = hits[start]
            surface = doc.surface(start, end)
            entry = kb.get(hit.key) if hit is not None and hit.length == end - start else None
            if entry is None or hit is None:
                by_span[span] = Mention(start, end, "Organisation", surface, surface, "name")
            else:
                by_span[span] = Mention(
                    start, end, entry.type, entry.name, surface, hit.kind, key=entry.key
                )
        return by_span[span]

    names = NameParser(doc, hits)
    titled = find_people(doc, hits, kb, kb_mention, names)
    people = find_untitled(doc, hits, kb, titled, kb_mention, names)
    owners = {id(o) for p in people for o in p.owners()}
    taken = [False] * len(doc.words)
    for person in people:
        for k in range(person.start, person.end):
            taken[k] = True
    surnames = [m for m in find_surnames(doc, people, taken) if not _opens_longer_hit(hits, m)]
    for mention in surnames:
        for k in range(mention.start, mention.end):
            taken[k] = True
    _link_short_names(doc, people)

    kb_events: list[Mention] = []
    named: list[Mention] = []
    for start, hit in [(k, h) for k, h in enumerate(hits) if h is not None]:
        if True in taken[start : start + hit.length]:
            continue
        mention = kb_mention(start, start + hit.length)
        if mention.type == "Organisation" and _sitting_attended(doc.words, mention):
            start, end, name, surface = mention.start, mention.end, mention.name, mention.surface
            mention = Mention(start, end, "Event", name, surface, "event")
        if mention.type == "Event":
            mention.kind = "event"
            kb_events.append(mention)
            continue
        if mention.key in kb.regions:
            if _portfolio_region(doc.words, start):
                continue  # "Minister for Europe and Foreign Affairs": a portfolio, no place
            mention.kind = "region"  # a region: never where an event is held or a visit goes
        if hit.metonym and hit.kind == "name" and is_metonym(doc, start, start + hit.length, hits):
            state = kb.get(hit.metonym)
            if state is not None:
                mention.kind, mention.key, mention.type, mention.name = (
                    "metonym",
                    state.key,
                    state.type,
                    state.name,
                )
        elif hit.kind == "capital":
            state = kb.get(hit.key)
            if state is None or not is_metonym(doc, start, start + hit.length, hits):
                continue
            mention.kind = "metonym"
        named.append(mention)

    if doc.has_any(_STATE_STYLES):
        named.extend(_state_styles(doc, hits, taken, kb))
        named.sort(key=lambda m: m.start)

    events = EventFinder(doc, hits, taken, kb.regions).find()
    spans = {(e.start, e.end) for e in kb_events}
    events = kb_events + [e for e in events if (e.start, e.end) not in spans]
    events.sort(key=lambda m: m.start)
    for event in events:
        for mention in named:
            if event.start <= mention.start and mention.end <= event.end:
                mention.inside_event = True
        for inner in events:
            if (
                inner is not event
                and event.start <= inner.start
                and inner.end <= event.end
                and (inner.end - inner.start < event.end - event.start)
            ):
                inner.inside_event = True
    refs = find_event_references(doc, events, taken)
    occupied = list(taken)
    for mention in [*events, *(o for p in people for o in p.owners())]:
        for k in range(mention.start, mention.end):
            occupied[k] = True
    bodies = find_bodies(doc, hits, occupied) if doc.has_any(_BODY_HEADS_LOWER) else []
    bodies += _named_gangs(doc, hits, occupied)
    for body in bodies:
        if body.type == "Organisation" and _sitting_attended(doc.words, body):
            body.type, body.kind = "Event", "event"
    opening_places: set[int] = set()
    for body in bodies:
        for mention in named:
            if body.start <= mention.start and mention.end <= body.end:
                mention.inside_event = True
                if mention.start == body.start and mention.type == "Place":
                    opening_places.add(id(mention))  # "Hyderabad" of "Hyderabad House"

    named_keys = {m.key for m in named if m.kind in ("name", "metonym")}
    proper_events = [e for e in events if e.scope == "global" and not e.inside_event]
    free_keys = {m.key for m in named if not m.inside_event}
    placed = {m.key for m in named if m.key in kb.minor_places and _place_context(doc, hits, m)}
    kept: list[Mention] = []
    for mention in named:
        if (
            mention.key in kb.minor_places
            and mention.key not in placed
            and not mention.inside_event
        ):
            continue  # "Sale", "Man": a one-word city only where a place is expected
        if (
            mention.type == "Place"
            and mention.key not in free_keys
            and any(e.start <= mention.start and mention.end <= e.end for e in proper_events)
        ):
            continue  # "Astana" only inside "Astana International Forum": part of a name
        if id(mention) in opening_places and mention.key not in free_keys:
            continue  # "Hyderabad House", "Geneva Centre for Security Policy": a name's part
        if mention.kind == "adjective":
            after = doc.words[mention.end].lower() if mention.end < len(doc.words) else ""
            if not (
                id(mention) in owners
                or mention.key in named_keys
                or after in GOVERNMENT_NOUNS
                or after in _OFFICE_NOUNS
                or _hostile_act_after(doc.words, mention.end)
            ):
                continue
        kept.append(mention)
    kept_ids = {id(m) for m in kept}  # by identity: comparing mentions field by field is slow
    for person in people:
        for owner in person.owners():
            if id(owner) not in kept_ids:
                kept_ids.add(id(owner))
                kept.append(owner)
    mentions = kept + people + surnames + events + refs + bodies
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return mentions


#: Lower-case nouns after the name of an armed group outside the KB ("the Gran Grif gang").
_GANG_NOUNS = ("gang", "gangs", "militia")


def _named_gangs(
    doc: Document, hits: list[GazetteerHit | None], occupied: list[bool]
) -> list[Mention]:
    """'the Gran Grif gang': a group named by the capitalised words before the noun."""
    words = doc.words
    found: list[Mention] = []
    for noun in doc.present(frozenset(_GANG_NOUNS)):
        for k in doc.positions[noun]:
            start = k
            while (
                start > 0 and k - start < 3 and doc.caps[start - 1] and words[start - 1].isalpha()
            ):
                start -= 1
            named = start < k and lower_at(words, start - 1) == "the"
            if not named or any(hits[i] is not None or occupied[i] for i in range(start, k)):
                continue
            name = doc.surface(start, k)
            found.append(Mention(start, k, "Group", name, name, "name"))
    return found


#: Words right before a name that expect a place ("talks in Kazan", "arrived in Sochi").
_PLACE_BEFORE = frozenset(
    {"in", "to", "at", "from", "near", "into", "via", "visit", "visited", "visiting", "toured"}
)
#: Words right after a city's name that say it is one ("Kazan city", "the Kursk region").
_PLACE_AFTER = frozenset(
    {"city", "town", "village", "region", "province", "oblast", "district", "port", "airport"}
)
_HOSTING = frozenset({"host", "hosts", "hosted", "hosting"})


def _place_context(doc: Document, hits: list[GazetteerHit | None], mention: Mention) -> bool:
    """Whether a one-word city stands where a place is expected: after "in/to/at/from",
    before ", <state>" or "city/region", or as a dateline opening a line ("SOCHI, May 5")."""
    words, start, end = doc.words, mention.start, mention.end
    if words[start][:1] == "#":
        return True  # a channel's tag names the place on purpose ("#Tianjin")
    if lower_at(words, start - 1) in _PLACE_BEFORE or lower_at(words, end) in _PLACE_AFTER:
        return True
    after = lower_at(words, end)
    if after in _HOSTING or (
        after in ("will", "is", "was") and lower_at(words, end + 1) in _HOSTING
    ):
        return True  # "Tianjin will host the meeting", "Murmansk is hosting"
    if lower_at(words, start - 1) == "of" and lower_at(words, start - 2) in _PLACE_AFTER:
        return True  # "the city of Murmansk"
    if start > 0 and words[start - 1] == "📍":
        return True  # a channel's location pin
    if lower_at(words, start - 1) in ("and", ",") and start >= 2:
        for k in range(start - 2, max(-1, start - 6), -1):
            before = hits[k]
            if before is not None and k + before.length == start - 1:
                # "in Astana and Geneva", "from Goma and Bukavu"
                return before.key.startswith("place:")
    if after in ("—", "–") and _opens_line(doc, start):
        return True  # "Murmansk — Foreign Minister ...": a dateline
    if lower_at(words, end) == "," and end + 1 < len(words):
        state = hits[end + 1]
        if state is not None and state.key.startswith("country:"):
            return True  # "Kazan, Russia"
        if words[end + 1] in MONTHS or words[end + 1][:1].isdigit():
            return _opens_line(doc, start)  # a dateline: "Kazan, 28 November"
    return False


def _opens_line(doc: Document, start: int) -> bool:
    """Whether token ``start`` opens its line, after an emoji at most ("📍 Kazan, ...")."""
    line = start
    while line > 0 and not doc.breaks[line] and not doc.words[line - 1][:1].isalnum():
        line -= 1
    return line == 0 or doc.breaks[line]


def _portfolio_region(words: list[str], start: int) -> bool:
    """Whether the region at ``start`` is a portfolio: "Minister for Europe", "Secretary of
    State for Africa"."""
    return lower_at(words, start - 1) == "for" and lower_at(words, start - 2) in _PORTFOLIO_HEADS


_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "state", "commissioner", "envoy"})


def _opens_longer_hit(hits: list[GazetteerHit | None], mention: Mention) -> bool:
    """ "Viet" of "Do Hung Viet" in "Viet Nam": a short form that opens a longer KB name."""
    hit = hits[mention.start]
    return hit is not None and hit.length > mention.end - mention.start


def _hostile_act_after(words: list[str], k: int) -> bool:
    """'Turkish air strikes', 'Chilean military operation': the state acts, so it is named."""
    while k < len(words) and words[k] in HOSTILE_MODIFIERS:
        k += 1
    return k < len(words) and words[k] in HOSTILE_ACTS


def _link_short_names(doc: Document, people: list[Mention]) -> None:
    """ "Mr Kerry", "Secretary Blinken", "Foreign Minister Motegi" -> the full name in the post."""
    full = [p for p in people if len(p.name.split()) >= 2]
    for person in people:
        parts = person.name.split()
        if len(parts) >= 2:
            # "Faisal bin Farhan" and later or earlier "Faisal bin Farhan bin Abdullah"
            longer = {
                f.name: f
                for f in full
                if f.name.split()[: len(parts)] == parts and f.name != person.name
            }
            if len(longer) == 1:
                person.refers_to = next(iter(longer.values()))
            continue
        token = person.name
        matches = {
            f.name: f for f in full if token in f.name.split()[1:] or f.name.split()[0] == token
        }
        if len(matches) == 1:
            person.refers_to = next(iter(matches.values()))


#: Heads of the bodies a state keeps abroad: "in <place>" is part of their name.
_DIPLOMATIC_HEADS = frozenset(
    {"Embassy", "Consulate", "Mission", "Office", "Delegation", "Representation"}
)
#: Words that end the name of a sea, strait or island group ("East Sea"): regions.
_GEO_HEADS = frozenset({"Sea", "Ocean", "Strait", "Peninsula", "Archipelago"})
#: The same in lower case after a capitalised name ("the Hoang Sa archipelago").
_GEO_LOWER = frozenset({"archipelago"})
_NAMED_HEADS = BODY_HEADS | VENUE_HEADS | _GEO_HEADS
_GENERIC_BODY_WORDS = BODY_HEADS | PORTFOLIO | TITLE_MODIFIERS | {"-", "of", "to", "the"}
_BODY_HEADS_LOWER = frozenset(h.lower() for h in _NAMED_HEADS)


def _is_day_word(word: str) -> bool:
    """A month or weekday: a date, never part of a body's name ("the Council for March")."""
    return word in MONTHS or word in WEEKDAYS


def _of_chain_end(
    doc: Document, hits: list[GazetteerHit | None], occupied: list[bool], start: int
) -> int:
    """End of "of the Central Foreign Affairs Commission" (connectors, capitals, KB names)."""
    words = doc.words
    j = start
    last = start
    while j < len(doc.words) and not occupied[j] and not doc.line_break_before(j):
        hit = hits[j]
        if hit is not None:
            j += hit.length
            last = j
        elif doc.caps[j] and words[j] not in TITLE_HEADS and not _is_day_word(words[j]):
            j += 1
            last = j
        elif words[j] in ("of", "the", "for", "on") or (
            words[j] == "-" and doc.starts[j] == doc.ends[j - 1]
        ):
            j += 1
        elif (
            words[j] == "and" and j + 1 < len(doc.words) and doc.caps[j + 1] and hits[j + 1] is None
        ):
            j += 1  # "Foreign Affairs and Trade", but not "Serbia and the Nasrec Centre"
        else:
            break
    return last


def _venue_of_end(doc: Document, occupied: list[bool], start: int) -> int:
    """End of "People" in "Great Hall of the People": capitalised words (no dates), joined
    by "of the", from ``start``; ``start`` when there are none."""
    words = doc.words
    j = last = start
    while j < len(words) and not occupied[j] and not doc.line_break_before(j):
        if doc.caps[j] and words[j] not in MONTHS and words[j] not in WEEKDAYS:
            j += 1
            last = j
        elif words[j] in ("of", "the") and j > start:
            j += 1
        else:
            break
    return last


def find_bodies(
    doc: Document, hits: list[GazetteerHit | None], occupied: list[bool]
) -> list[Mention]:
    """Bodies not in the KB: a capitalised name ending in a body word, optionally
    followed by "of/to <KB name>" ("Permanent Mission of Russia to ASEAN")."""
    words = doc.words
    n = len(doc.words)
    found: list[Mention] = []
    i = 0
    while i < n:
        if occupied[i] or not doc.is_capitalised(i) or words[i] in ("The", "A", "An"):
            i += 1
            continue
        j = i
        head_end = None
        while j < n and not occupied[j] and not (j > i and doc.line_break_before(j)):
            hit = hits[j]
            if hit is not None:
                j += hit.length
            elif doc.is_capitalised(j) and words[j] not in TITLE_HEADS:
                j += 1
            elif words[j] == "-" and j > i and doc.starts[j] == doc.ends[j - 1]:
                j += 1
                continue
            else:
                break
            # the head word is no KB name's last word ("the West Bank on Sunday")
            if hit is None and words[j - 1] in _NAMED_HEADS:
                head_end = j
            elif head_end == j - 1 and words[j - 1] == "General":
                head_end = j  # "Consulate General", "Directorate General"
        if j > i and j < n and words[j] in _GEO_LOWER and not occupied[j]:
            j += 1
            head_end = j  # "Hoang Sa archipelago"
        geo = head_end is not None and words[head_end - 1] in _GEO_HEADS | _GEO_LOWER
        if geo and head_end != j:
            i = j  # "Indian Ocean Rim Association": the sea is part of another name
            continue
        venue_of = False
        if (
            head_end is not None
            and head_end == j
            and words[head_end - 1] in VENUE_HEADS
            and lower_at(words, j) == "of"
            and lower_at(words, j + 1) == "the"
        ):
            # "Great Hall of the People", "Congress Hall of the Kremlin Palace"
            venue_of = True
            tail = _venue_of_end(doc, occupied, j + 2)
            if tail > j + 2:
                head_end = j = tail
        single = head_end is None or head_end == i + 1
        if single and words[i] in _NAMED_HEADS and lower_at(words, i + 1) == "of":
            # "Ministry of Foreign Affairs of the Republic of Belarus", "Office of the ... Board"
            tail = _of_chain_end(doc, hits, occupied, i + 1)
            inner = range(i + 2, tail)
            if any(hits[k] is not None or words[k] in _NAMED_HEADS for k in inner):
                head_end = j = tail
        if (
            head_end is None
            or head_end - i < 2
            or any(words[k] in TITLE_HEADS for k in range(i, head_end))
        ):
            i = max(j, i + 1)
            continue
        end = head_end
        if not (venue_of or geo) and lower_at(words, end) in ("for", "on", "against"):
            # "Working Mechanism for Consultation and Coordination on ... Border Affairs",
            # "Regional Alliance against Desertification"
            skip = 1 if words[end] == "against" else 0
            tail = _of_chain_end(doc, hits, occupied, end + skip)
            topic = hits[end + 1] if end + 1 < n else None
            if topic is not None and end + 1 + topic.length == tail:
                tail = end  # "brief the Security Council on Haiti": a state is a topic
            if tail > end + 1:
                end = tail
        if (
            end + 1 < n
            and words[end] == "of"
            and words[head_end - 1] in BODY_HEADS
            and words[end + 1] in PORTFOLIO
            and not occupied[end + 1]
        ):
            # "the Korean Ministry of Foreign Affairs": the portfolio is part of the name
            end = _of_chain_end(doc, hits, occupied, end + 1)
        full_name = ""
        while end + 1 < n and words[end] in ("of", "to", "in"):
            # "Permanent Mission of Belarus to the EU", "Embassy of Russia in Malaysia",
            # "UN Mission in South Sudan": the state or body, then where the mission is
            abroad = words[i] in _DIPLOMATIC_HEADS or words[head_end - 1] in _DIPLOMATIC_HEADS
            if words[end] == "in" and not abroad:
                break
            after = end + 2 if words[end + 1] == "the" and end + 2 < n else end + 1
            hit = hits[after]
            if hit is None or occupied[after] or (after > end + 1 and hit.kind != "name"):
                break
            if words[end] == "in" and not hit.key.startswith("country:"):
                if hit.key.startswith("place:") and after == end + 1:
                    # "the Embassy of Brazil in Rome": the city is part of the name, and
                    # the span ends before it, a place of its own ("a reception hosted by
                    # the Embassy of X in Moscow" is held in Moscow)
                    full_name = doc.surface(i, after + hit.length)
                break
            end = after + hit.length
        if hits[i] is not None and hits[i].length == end - i:  # type: ignore[union-attr]
            i = end
            continue
        if all(hits[k] is None and words[k] in _GENERIC_BODY_WORDS for k in range(i, end)):
            i = end  # "Foreign Ministry": whose? not an actor on its own
            continue
        name = full_name or doc.surface(i, end)
        venue = venue_of or words[head_end - 1] in VENUE_HEADS or words[i] in VENUE_HEADS
        kind = "region" if geo else "name"  # a sea is never where an event is held
        surface = doc.surface(i, end)
        found.append(
            Mention(i, end, "Place" if venue or geo else "Organisation", name, surface, kind)
        )
        i = end
    return found


def drop_unused_seats(mentions: list[Mention], used: set[int]) -> list[Mention]:
    """``mentions`` without the cities named only as the seat of a body ("Moscow" of "the
    Embassy of Brazil in Rome"; the body's name holds it), unless a relation (``used``:
    ids of relation ends) or another mention of the post names them."""
    seats: list[Mention] = []
    bodies = {m.end + 1: m for m in mentions if m.type == "Organisation" and m.name != m.surface}
    for mention in mentions:
        body = bodies.get(mention.start)
        if (
            body is not None
            and mention.type == "Place"
            and id(mention) not in used
            and body.name.endswith(" in " + mention.surface)
        ):
            seats.append(mention)
    if not seats:
        return mentions
    named_freely = {m.key for m in mentions if m.type == "Place" and m not in seats}
    dropped = {id(m) for m in seats if m.key not in named_freely}
    return [m for m in mentions if id(m) not in dropped]
