"""Relations between mentions, found by verb frames and cue words per sentence.

Each rule has a name (written to the output as ``rule``) and a confidence.
Future forms ("will chair", "will be held", "is to visit") give
``modality="planned"``. Statements without an explicit subject ("hybrid war
unleashed by the West") are attributed to the post's speaker: the person the
headline names ("FM Sergey Lavrov's remarks ..."); "They"/"The ministers" to
the two sides of the post's meeting; "The Secretary" to the one person whose
title has that word. A few frames name no event and take the one the post named last
("delivered the opening statement", "the high-level segment"); passive invitations without an
inviter take the post's chair or host, and their guests from the list before the verb or
the bullet lines after "... invited:".
"""

from __future__ import annotations

from graphkit.extract.clauses import (
    _APOSTROPHES,
    ClauseReader,
    Found,
)
from graphkit.extract.cues import (
    ADMISSION_GLUE,
    BODY_REFERENCES,
    CO_CHAIR_LINKS,
    DIGIT_RE,
    GOVERNORS,
    HELD_FILLERS,
    MONTHS,
    NEGATORS,
    OCCASION_NOUNS,
    OCCASIONS,
    PLANNED,
    TITLE_GLUE,
    TOPIC_PREPOSITIONS,
    VENUE_NOUNS,
    VENUE_WORDS,
    VISIT_ADJECTIVES,
    VISIT_VERBS,
)
from graphkit.extract.engine import find_matches, run_patterns
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import Document, lower_at, words_of
from graphkit.models import Modality

#: The pattern family run before every other rule (``meeting_sides``).
_MEETINGS = frozenset({"meet"})


class RelationFinder(ClauseReader):
    """Runs every rule over one document's mentions."""

    def run(self) -> list[Found]:
        self.holds_role()
        # meetings first: "the two ministers", "they" of later frames are the meeting's sides
        matches = find_matches(self)
        run_patterns(self, [m for m in matches if m.pattern.family in _MEETINGS])
        run_patterns(self, [m for m in matches if m.pattern.family not in _MEETINGS])
        self.dateline()
        return self.found

    def holds_role(self) -> None:
        for person in self.people:
            if person.owner is None or person.title.lower().startswith(("former", "ex", "late")):
                continue
            s = self.doc.sentence_of[person.start]
            for owner in person.owners():
                self.emit("en.role.title-owner", person, owner, s)

    def post_event_before(self, k: int) -> Mention | None:
        """The last event the post named before token ``k`` (not one inside a name)."""
        event = None
        for mention in self.mentions:
            if mention.start >= k:
                break  # mentions are in text order
            if mention.type == "Event" and mention.kind == "event" and not mention.inside_event:
                event = mention if mention.end <= k else event
        return event

    def person_after_comma(self, s: int, comma: int, reach: int) -> Mention | None:
        """The person an opening adjunct ends on: within ``reach`` tokens after ``comma``
        (a title between)."""
        if lower_at(self.words, comma) != ",":
            return None
        after = [m for m in self.in_sentence(s, types=("Person",)) if m.start > comma]
        return after[0] if after and after[0].start <= comma + reach else None

    def past_place(self, s: int, j: int) -> int:
        """After "in <place>" at ``j`` ("the forum in New Delhi, X said"); else ``j``."""
        if lower_at(self.words, j) != "in":
            return j
        place = self.mention_at(s, j + 1, ("Place", "Country"))
        return place.end if place is not None else j

    def after_occasion(self, j: int) -> int:
        """'attend the opening (ceremony) of X' with ``j`` at "the": where X starts."""
        words = self.words
        k = j + 1 if lower_at(words, j) in ("the", "its") else j
        if lower_at(words, k) not in OCCASIONS:
            return j
        k += 1 if lower_at(words, k + 1) in OCCASION_NOUNS else 0
        return k + 2 if lower_at(words, k + 1) == "of" else j

    def event_before(self, s: int, index: int) -> Mention | None:
        """The last event named before ``index`` in sentence ``s``."""
        events = [m for m in self.in_sentence(s, types=("Event",)) if m.end <= index]
        return events[-1] if events else None

    def agents_after(self, s: int, k: int) -> list[Mention]:
        """The person right after ``k`` (a title between allowed) and the ones coordinated
        with it ("by President X and President Y")."""
        agent = self.person_right_after(s, k)
        if agent is None:  # "chaired by Kazakhstan", "co-chaired by X together with Y and Z"
            body = self.mention_at(s, k + 1, ("Country", "Organisation"))
            if body is None or body.kind not in ("name", "metonym"):
                return []
            bodies = self.coordinated(s, body)
            joint = bodies[-1].end + (lower_at(self.words, bodies[-1].end) == "together")
            if lower_at(self.words, joint) in CO_CHAIR_LINKS:
                partner = self.mention_at(s, joint + 1, ("Country", "Organisation"))
                if partner is not None and partner.kind in ("name", "metonym"):
                    bodies += self.coordinated(s, partner)
            return bodies
        agents: list[Mention] = []
        listed: list[Mention] = []  # after commas: kept once an "and" closes the list
        closed = False
        while agent is not None and agent not in agents and agent not in listed:
            after = agent.end
            owner = agent.owner
            if owner is not None and owner.start == after + 1 and self.words[after] == "of":
                after = owner.end  # "Foreign Minister X of Japan, ..."
            link = lower_at(self.words, after)
            if link == "," and agent.type == "Person" and not closed:
                listed.append(agent)  # "by A, B and C"
            elif link == "and":
                agents += [*listed, agent]
                listed = []
                closed = True
            else:
                if not listed:
                    agents.append(agent)
                elif "and" in self.words[listed[-1].end : agent.start]:
                    agents += [*listed, agent]  # "by X, Minister of P, and Y."
                break
            agent = self.person_right_after(s, after)
        if (
            not agents
            and len(listed) > 1
            and "and" in self.words[listed[-2].end : listed[-1].start]
        ):
            return listed  # "by X, Minister of P, and Y, Secretary of Q."
        return agents or listed[:1]

    def passive_agents(self, s: int, by: int) -> list[Mention]:
        """The agents after "by" at ``by`` ("chaired by X and Y"), and after a second "and
        by" ("attended by the ministers and by X")."""
        words = self.words
        end = self.doc.sentences[s][1]
        agents = self.agents_after(s, by)
        for k in range(by + 2, min(end, by + 20)):
            if words[k] == "by" and words[k - 1] == "and":
                agents += self.agents_after(s, k)
        return agents

    def follow_up(self, action: str, s: int, k: int, source: Mention, target: Mention) -> None:
        """Runs the named action after a pattern's edges to ``target`` (``then``; ``source``
        is the first end added)."""
        if action == "attended_alongside":
            self.attended_alongside(s, k, target)

    def attended_alongside(self, s: int, k: int, event: Mention) -> None:
        """'X will attend E alongside Y, President of Z, and Commission President W'."""
        if lower_at(self.words, event.end) == "alongside":
            partner = self.person_right_after(s, event.end)
            for one in self.people_listed(s, partner) if partner is not None else []:
                self.emit("en.attend.attend-alongside", one, event, s, self.planned(k, s))

    def opening_participle(self, s: int, k: int) -> bool:
        """Whether the cue at ``k`` is a participle opening the sentence ("Participating
        in", "Taking part in", "Attending")."""
        start = self.doc.sentences[s][0]
        word = self.words[k]
        return (
            word.endswith("ing")
            and word[:1].isupper()
            and all(not w.isalnum() for w in self.words[start:k])
        )

    def segment_of_post_event(self, s: int, j: int, k: int) -> Mention | None:
        """'was present at the high-level segment': a segment of the event the post named
        before (the sentence names none)."""
        words = self.words
        j += 1 if lower_at(words, j) == "the" else 0
        end = min(j + 4, len(words))  # "... attend" at the end of a text
        while j < end and (words[j] == "-" or (words[j].isalpha() and words[j].islower())):
            if words[j] == "segment":
                break
            j += 1
        if lower_at(words, j) != "segment" or lower_at(words, j + 1) == "of":
            return None
        if self.in_sentence(s, types=("Event",)):
            return None
        earlier = [m for m in self.mentions if m.type == "Event" and not m.inside_event]
        earlier = [m for m in earlier if m.end <= k]
        return earlier[-1] if earlier else None

    def held_stop(self, s: int, event: Mention) -> tuple[int, bool]:
        """Where the words of holding after ``event`` lead ("E will be held on 5 May at the
        X Centre in ...", "E, which Brazil will host in ...", "E (FOCAC) at ..."): the
        index of its "in", of "by" after "hosted", or of an "at" before a venue named after
        its city, and whether those words say it is planned; -1 when none follows."""
        end = self.doc.sentences[s][1]
        words = self.words
        k = event.end
        planned = False
        while k < end and k - event.end < 20:
            word = words[k]
            if word == "in":
                return k, planned
            if word in PLANNED:
                planned = True
            if word == "by" and lower_at(words, k - 1) in ("hosted", "hosts"):
                return k, planned  # "will be hosted by (the city of) Addis Ababa"
            if word in ("which", "that") and self._hosting_relative(s, k) > k:
                k = self._hosting_relative(s, k)  # "the summit, which Brazil will host in"
                planned = planned or "will" in words[k - 3 : k]
                continue
            if word == "(" and lower_at(words, k + 2) == ")":
                k += 3  # "the Forum on China-Africa Cooperation (FOCAC) at ..."
                continue
            if word == "at":
                named = self._venue_end(k + 1, end)
                if named > k + 1:
                    k = named  # "at the Museum of Modern Art in Rio de Janeiro"
                    continue
                if self.venue_city(s, k + 1) is not None:
                    return k, planned  # "at the Memorial Cemetery of the Liberators of X"
                venue = self.mention_at(s, k + 1, ("Place", "Organisation"))
                if venue is not None:
                    # "held at the Nasrec Expo Centre in Johannesburg", "at UN Headquarters"
                    k = venue.end
                    while k < end and self.doc.caps[k] and words[k] in VENUE_WORDS:
                        k += 1
                    continue
            if not (word in HELD_FILLERS or word in MONTHS or DIGIT_RE.match(word)):
                break
            k += 1
        return -1, planned

    def host_place(self, s: int, j: int) -> Mention | None:
        """The named place a host at ``j`` names: "(the city of) Addis Ababa", "the Embassy
        of X in Moscow"."""
        words = self.words
        while lower_at(words, j) in ("the", "city", "capital", "of"):
            j += 1
        host = self.mention_at(s, j, ("Place", "Country"))
        body = self.mention_at(s, j, ("Organisation",))
        if host is None and body is not None and lower_at(words, body.end) == "in":
            host = self.mention_at(s, body.end + 1, ("Place",))  # "the Embassy of X in Moscow"
        return host if host is not None and host.kind == "name" else None

    def opening_events(self, s: int) -> list[Mention]:
        """The events a sentence that opens with its place names: not part of a longer name
        nor another event's topic ("... discussed preparations for the summit")."""
        words = self.words
        events = []
        for event in self.in_sentence(s, types=("Event",)):
            before = (
                event.start - 2 if lower_at(words, event.start - 1) == "the" else event.start - 1
            )
            topic = lower_at(words, before) in TOPIC_PREPOSITIONS
            if event.kind == "event" and not event.inside_event and not topic:
                events.append(event)
        return events

    def opening_place(self, s: int) -> Mention | None:
        """The place a sentence opens with: "On May 27-29, 2025, in Moscow, ...", "In
        Murmansk, ..."."""
        start, end = self.doc.sentences[s]
        words = self.words
        first = start if words[start] in ("In", "On") else start + 1  # after an emoji
        if first >= end or words[first] not in ("In", "On"):
            return None
        if words[first] == "In":
            place = self.mention_at(s, first + 1, ("Place",))
            closed = place is not None and lower_at(words, place.end) == ","
            return place if closed and place is not None and place.kind == "name" else None
        k = first
        while k < min(end, start + 12) and words[k] != "in":
            k += 1
        place = self.mention_at(s, k + 1, ("Place",)) if k < end else None
        dated = any(w in MONTHS for w in words[start:k])
        return place if place is not None and place.kind == "name" and dated else None

    def _hosting_relative(self, s: int, k: int) -> int:
        """After "which" at ``k``: past "Brazil will host" ("the summit, which Brazil will
        host in Rio"); ``k`` itself when no host and hosting verb follow."""
        host = self.mention_at(s, k + 1, ("Country", "Place", "Organisation"))
        if host is None:
            return k
        verb = host.end + (1 if lower_at(self.words, host.end) == "will" else 0)
        return verb + 1 if lower_at(self.words, verb) in ("host", "hosts", "hosted") else k

    def _venue_last(self, j: int, end: int, reach: int) -> int | None:
        """The last capitalised word of a venue's name at ``j`` ("[the] Museum of Modern
        Art"), reading at most ``reach`` words; None when no capitalised name is there."""
        words, caps = self.words, self.doc.caps
        k = j + 1 if lower_at(words, j) == "the" else j
        if k >= end or not caps[k]:
            return None
        last = k
        while k < end and k - j <= reach and (caps[k] or words[k] in ("of", "the", "and")):
            last = k if caps[k] else last
            k += 1
        return last

    def _venue_end(self, j: int, end: int) -> int:
        """Where "in <city>" starts after a capitalised venue name at ``j`` ("the Museum of
        Modern Art in ..."); ``j`` itself when no such name is there."""
        last = self._venue_last(j, end, reach=10)
        return last + 1 if last is not None and lower_at(self.words, last + 1) == "in" else j

    def venue_city(self, s: int, j: int) -> Mention | None:
        """The city a capitalised venue's name at ``j`` ends on ("the University of
        Havana"), when the name ends there."""
        last = self._venue_last(j, self.doc.sentences[s][1], reach=12)
        if last is None:
            return None
        words = self.words
        city = next((m for m in self.in_sentence(s, types=("Place",)) if m.end == last + 1), None)
        if city is None or city.kind != "name" or lower_at(words, city.start - 1) != "of":
            return None
        return city if lower_at(words, city.end) in (".", ",", ";", "") else None

    def dateline(self) -> None:
        """'📍 Samarkand, April 14, 2023', '(Moscow, May 28, 2025)', 'Moscow — ...': the place
        of the headline's event, or of the next sentence's when the headline is the dateline."""
        headline = self.doc.headline()
        if headline is None:
            return
        events = self._top_events(headline)
        if not events and self._dateline_place(headline) is not None:
            events = self._top_events(headline + 1)  # "Kazan, 22 October." then the report
        if not events or any(f.type == "HELD_IN" and f.source is events[0] for f in self.found):
            return  # a place the text gives beats where the post was written
        for s in range(headline, min(headline + 3, len(self.doc.sentences))):
            place = self._dateline_place(s)
            if place is not None:
                self.emit("en.place.dateline-place", events[0], place, s)
                return

    def _top_events(self, s: int) -> list[Mention]:
        """The named events of sentence ``s`` that are not part of a longer name."""
        if s >= len(self.doc.sentences):
            return []
        words = self.words
        return [
            m
            for m in self.in_sentence(s, types=("Event",))
            if m.kind == "event"
            and not m.inside_event
            # "preparations for the summit": another event's topic
            and lower_at(
                words, m.start - 2 if lower_at(words, m.start - 1) == "the" else m.start - 1
            )
            not in ("for", "about", "ahead", "towards", "toward")
        ]

    def _dateline_place(self, s: int) -> Mention | None:
        """The place of a dateline in sentence ``s``: "Place, <date>", or "Place —" opening it."""
        words = self.words
        start = self.doc.sentences[s][0]
        for place in self.by_sentence.get(s, ()):
            if place.type != "Place" or place.inside_event:
                continue
            k = place.end
            month = lower_at(words, k + 1).capitalize() in MONTHS
            day = 2 if lower_at(words, k + 1) == "the" else 1  # "the 14th of May", "14 May"
            day_first = bool(DIGIT_RE.match(lower_at(words, k + day))) and (
                day == 2 or lower_at(words, k + 2).capitalize() in MONTHS
            )
            if lower_at(words, k) == "," and (month or day_first):
                return place
            opening = all(not w.isalnum() for w in words[start : place.start])
            if opening and lower_at(words, k) in ("—", "–"):
                return place  # "Addis Ababa — The Chairperson ..."
            end = self.doc.sentences[s][1]
            alone = all(not w.isalnum() for w in words[k:end])
            if opening and alone and "📍" in words[start : place.start]:
                return place  # "📍 Murmansk" on a line of its own
        return None

    def _before_noun(self, s: int, k: int) -> int:
        """Where the word before the noun at ``k`` is, past its adjectives and article
        ("paid an official two-day visit": at "paid")."""
        start, words = self.doc.sentences[s][0], self.words
        prev = k - 1
        while prev > start and (
            words[prev].lower() in VISIT_ADJECTIVES or words[prev].endswith("-day")
        ):
            prev -= 1
        return prev

    def noun_owner(self, s: int, k: int) -> Mention | None:
        """Whose act the noun at ``k`` names: "X's visit", "his visit" (the person "he"
        is), "paid a visit" (the clause subject)."""
        words = self.words
        prev = self._before_noun(s, k)
        before = words[prev]
        if before == "s" and prev >= 1 and words[prev - 1] in _APOSTROPHES:
            return self.subject_before(s, prev - 1)
        if before in ("his", "her"):
            return self.possessor(s, prev, k)
        if before in VISIT_VERBS:
            return self.subject_before(s, prev)
        return None

    def programme_visitor(self, s: int) -> Mention | None:
        """'The programme of the visit (to X) includes talks with Y': the visitor is the
        person the sentence before names first."""
        start, end = self.doc.sentences[s]
        k = start
        while k < end and not self.words[k].isalnum():
            k += 1
        opening = [w.lower() for w in self.words[k : k + 5]]
        if opening[:3] not in (["the", "programme", "of"], ["the", "program", "of"]):
            return None
        if opening[3:5] not in (["the", "visit"], ["his", "visit"], ["her", "visit"]):
            return None
        sentence = self.words[k:end]
        if not NEGATORS.isdisjoint(sentence) or not GOVERNORS.isdisjoint(sentence):
            return None  # "The programme of the visit was cancelled"
        return self.previous_subject(s)

    def programme_modality(self, s: int) -> Modality:
        """A programme that "includes" or "will include" its items is a plan."""
        start, end = self.doc.sentences[s]
        words = self.words[start:end]
        return "planned" if "includes" in words or "will" in words else "asserted"

    def people_listed(self, s: int, first: Mention) -> list[Mention]:
        """``first`` and the people coordinated with it ("with X, Y and (with) Minister Z"),
        at most three."""
        words = self.words
        listed = [first]
        for mention in self.in_sentence(s, types=("Person",)):
            if mention.start <= listed[-1].start:
                continue
            between = words[listed[-1].end : mention.start]
            if between[:3] == ["as", "well", "as"]:
                between = ["and", *between[3:]]  # "X as well as President Y"
            linked = ("and" in between or "," in between) and all(
                w in TITLE_GLUE or w in ("and", "with") or w[:1].isupper() for w in between
            )
            if not linked or len(listed) == 3:
                break
            listed.append(mention)
        return listed

    def person_right_after(self, s: int, k: int) -> Mention | None:
        """The person right after ``k``, with only a title between ("received Minister
        of Foreign Affairs of Peru Ana Rios")."""
        for mention in self.in_sentence(s, types=("Person",)):
            if mention.start > k:
                between = self.words[k + 1 : mention.start]
                title = set(words_of(mention.title))  # "Greek Cypriot leader X"
                title_only = all(
                    w[:1].isupper()
                    or w in TITLE_GLUE
                    or w == "."
                    or w in title
                    or (w in _APOSTROPHES and i > 0)  # "Japan's Foreign Minister X"
                    or (w == "s" and i > 0 and between[i - 1] in _APOSTROPHES)
                    for i, w in enumerate(between)
                )
                if title_only and len(between) <= 16:
                    return mention
                break
        return self._counterpart(s, k)

    def _counterpart(self, s: int, k: int) -> Mention | None:
        """'received his Egyptian counterpart': the one person of the post whose title
        names that state."""
        words = self.words
        j = k + 2 if lower_at(words, k + 1) in ("his", "her", "their", "its") else k + 1
        state = next(
            (m for m in self.by_sentence.get(s, []) if m.start == j and m.kind == "adjective"),
            None,
        )
        if state is None or lower_at(words, state.end) not in ("counterpart", "colleague"):
            return None
        holders = {
            p.root().name: p.root()
            for p in self.people
            if p.owner is not None and p.owner.key == state.key
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def joining(self, s: int, k: int) -> list[Mention]:
        """Who joins at the verb ``k``: the states right before it ("Egypt has formally
        joined"), or before ", which" ("Colombia and Peru, which will accede")."""
        words = self.words
        j = k
        while lower_at(words, j - 1) in ADMISSION_GLUE or lower_at(words, j - 1) in (
            "have",
            "also",
        ):
            j -= 1
        if lower_at(words, j - 1) in ("which", "that") and lower_at(words, j - 2) == ",":
            j -= 2
        members = self.subjects_before(s, k, ("Country", "Organisation"))
        return members if members and members[-1].end == j else []

    def named_body(self, j: int) -> Mention | None:
        """The body at ``j``: named ("BRICS"), or referred back to: "the group", "the bloc"
        (the last body named before), "the Bank" (the one body before whose name ends so)."""
        s = self.doc.sentence_of[j] if j < len(self.words) else -1
        body = self.mention_at(s, j, ("Organisation",)) if s >= 0 else None
        if body is not None or lower_at(self.words, j) != "the" or j + 1 >= len(self.words):
            return body
        head = self.words[j + 1]
        if lower_at(self.words, j + 2) in ("of", "'", "’"):
            return None  # "the group of friends of ...", "the Bank's programme"
        earlier = [
            m for m in self.mentions if m.type == "Organisation" and m.kind == "name" and m.end <= j
        ]
        if head.lower() in BODY_REFERENCES:
            s = self.doc.sentence_of[j]  # the group named in this sentence or the one before
            recent = [m for m in earlier if self.doc.sentence_of[m.start] >= s - 1]
            free = [m for m in recent if not m.inside_event]
            if free:
                return free[-1]
            # "Results of the BRICS Summit ... joined the association": the one body an
            # event's name holds
            inside = {m.root().name: m for m in recent}
            return next(iter(inside.values())) if len(inside) == 1 else None
        named = {m.root().name: m for m in earlier if m.root().name.split()[-1] == head}
        return next(iter(named.values())) if head[:1].isupper() and len(named) == 1 else None

    def body_joined_before(self, s: int, k: int) -> Mention | None:
        """'X became a member of the NDB, while Y and Z acceded in 2021': a joining verb with
        no object joins the body the sentence named before it."""
        words = self.words
        after = lower_at(words, k + 1)
        dated = after in ("in", "on") and (
            lower_at(words, k + 2)[:1].isdigit() or lower_at(words, k + 2).capitalize() in MONTHS
        )
        ends = after in (",", ".") and words[k].startswith("acced")  # not "joined in."
        if not (dated or ends or after in ("last", "earlier", "this")):
            return None
        bodies = [
            m
            for m in self.in_sentence(s, types=("Organisation",))
            if m.end < k and m.kind == "name"
        ]
        return bodies[-1] if bodies else None

    def coordinated(self, s: int, first: Mention) -> list[Mention]:
        """``first`` and the actors listed right after it ("NATO, the EU and the US")."""
        words = self.words
        actors = [first]
        while lower_at(words, actors[-1].end) in ("and", ","):
            following = self.mention_at(
                s, actors[-1].end + 1, ("Country", "Organisation", "Group", "Person")
            )
            if following is None or following.kind == "adjective":
                break
            listed = words[actors[-1].end] == "and" or lower_at(words, following.end) in (
                "and",
                ",",
            )
            if not listed:
                break  # "X, the minister said": an apposition, not a list
            actors.append(following)
        return actors

    def place_before(self, s: int, k: int) -> Mention | None:
        """The named place or country right before ``k``, auxiliaries between ("Vienna
        will host", "Astana hosted")."""
        j = k
        while j > 0 and (self.words[j - 1] in PLANNED or self.words[j - 1] in ("is", "was")):
            j -= 1
        for mention in self.in_sentence(s, types=("Place", "Country")):
            if mention.end == j and mention.kind == "name":
                return mention
        return None

    def welcomed_to(self, guest: Mention) -> bool:
        """'welcomed X to Moscow', 'welcomed X, Y, at the Itamaraty Palace': a host's
        greeting."""
        words = self.words
        j = guest.end + (1 if lower_at(words, guest.end) == "," else 0)
        if lower_at(words, j) not in ("to", "in", "at", "on"):
            return False
        place = self.mention_at(self.doc.sentence_of[guest.start], j + 1, ("Place",))
        if place is not None:
            return True
        venue = [w.lower() for w in words[j + 1 : j + 6]]
        return venue[:1] == ["the"] and not VENUE_NOUNS.isdisjoint(venue)


def find_relations(doc: Document, mentions: list[Mention]) -> list[Found]:
    """All relations stated in ``doc`` between ``mentions``."""
    return RelationFinder(doc, mentions).run()
