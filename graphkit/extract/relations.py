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

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from graphkit.extract.cues import (
    ADMISSION_GLUE,
    ANAPHOR_TITLES,
    BODY_REFERENCES,
    CLAIM_NOUNS,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    CO_CHAIR_LINKS,
    CUES,
    DIGIT_RE,
    DOUBTS,
    EVENT_MODIFIERS,
    EXPRESSING,
    GOVERNORS,
    GROUP_COUNTS,
    GROUP_NOUNS,
    HELD_FILLERS,
    HYPOTHETICAL,
    INVITING,
    IRREALIS_WORDS,
    MONTHS,
    NEGATED_AUXILIARIES,
    NEGATORS,
    OCCASION_NOUNS,
    OCCASIONS,
    PASSIVE_AUXILIARIES,
    PLANNED,
    PLURAL_SUBJECTS,
    PREPOSITIONS,
    REPORTING,
    REQUESTS,
    TITLE_GLUE,
    TITLE_PREFIXES,
    TOPIC_PREPOSITIONS,
    VENUE_NOUNS,
    VENUE_WORDS,
    VERB_AUXILIARIES,
    VISIT_ADJECTIVES,
    VISIT_VERBS,
)
from graphkit.extract.engine import find_matches, run_patterns
from graphkit.extract.english import PATTERNS
from graphkit.extract.entities import GOVERNMENT_NOUNS
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import Document, words_of
from graphkit.models import Modality, RelationType

#: Nouns after a state's adjective that stand for the state ("the Brazilian presidency").
STATE_NOUNS = GOVERNMENT_NOUNS | {"presidency", "chairmanship"}


@dataclass(frozen=True, slots=True)
class Found:
    """A relation between two mentions (roots), with its evidence sentence."""

    source: Mention
    type: RelationType
    target: Mention
    sentence: int
    confidence: float
    rule: str
    modality: Modality = "asserted"


_APOSTROPHES = frozenset({"'", "’"})
#: The pattern family run before every other rule (``meeting_sides``).
_MEETINGS = frozenset({"meet"})


def _adverb(words: list[str], i: int) -> int:
    """1 when token ``i`` is an adverb in -ly ("firmly"), else 0."""
    return 1 if 0 <= i < len(words) and words[i].endswith("ly") and words[i].islower() else 0


def _lower(words: list[str], i: int) -> str:
    return words[i].lower() if 0 <= i < len(words) else ""


def _past_relative_clause(between: list[str]) -> list[str]:
    """The words between two coordinated names without a relative clause after the first:
    "X, who chaired the forum, and Y" -> ", and"."""
    if len(between) > 2 and between[0] == "," and between[1] in ("who", "whose", "which"):
        closing = next((i for i in range(2, len(between)) if between[i] == ","), None)
        if closing is not None:
            return between[closing:]
    return between


class RelationFinder:
    """Runs every rule over one document's mentions."""

    def __init__(self, doc: Document, mentions: list[Mention]) -> None:
        self.doc = doc
        self.words = doc.words
        self.mentions = mentions
        self.by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self.by_sentence.setdefault(doc.sentence_of[mention.start], []).append(mention)
        self.found: list[Found] = []
        self.people = [m for m in mentions if m.type == "Person"]
        self.owners = {id(o) for p in self.people for o in p.owners()}
        self.speaker = self._speaker()
        self.irrealis = not doc.positions.keys().isdisjoint(IRREALIS_WORDS)
        self._doubt_cache: dict[int, tuple[bool, int]] = {}

    # -- helpers ------------------------------------------------------------

    def _speaker(self) -> Mention | None:
        headline = self.doc.headline()
        if headline is None:
            return None
        for mention in self.by_sentence.get(headline, []):
            if mention.type == "Person":
                return mention.root()
        return None

    def add(
        self,
        source: Mention,
        rtype: RelationType,
        target: Mention,
        sentence: int,
        confidence: float,
        rule: str,
        modality: Modality = "asserted",
    ) -> bool:
        if rtype != "HOLDS_ROLE" and not self.asserted(sentence, rtype, source, target):
            return False
        sentence_of = self.doc.sentence_of
        if sentence_of[source.start] != sentence or sentence_of[target.start] != sentence:
            # an end resolved from the context (speaker, "he", "the Minister"): less sure
            confidence = round(max(0.5, confidence - 0.15), 2)
        source, target = source.root(), target.root()
        if source is target or (source.key is not None and source.key == target.key):
            return False
        self.found.append(Found(source, rtype, target, sentence, confidence, rule, modality))
        return True

    def emit(
        self, pid: str, source: Mention, target: Mention, s: int, tense: Modality = "asserted"
    ) -> bool:
        """Pattern ``pid``'s edge between ``source`` and ``target`` in sentence ``s``: its
        relation, confidence and modality come from the pattern (``tense``: the modality
        read from the words, used when the pattern's modality is "tense")."""
        pattern = PATTERNS.by_id[pid]
        modality: Modality
        if pattern.modality == "tense":
            modality = tense
        else:
            modality = "planned" if pattern.modality == "planned" else "asserted"
        rtype: RelationType = pattern.relation  # type: ignore[assignment]  # checked on load
        return self.add(source, rtype, target, s, pattern.confidence, pid, modality)

    def asserted(self, s: int, rtype: RelationType, source: Mention, target: Mention) -> bool:
        """Whether sentence ``s`` asserts the edge between these two mentions: not a question,
        a hypothesis, a negated or cancelled act, a request to others or a reported claim."""
        if not self.irrealis:
            return True  # no word of the post could cancel an edge
        words, sentence_of = self.words, self.doc.sentence_of
        start, end = self.doc.sentences[s]
        ends = [m for m in (source, target) if sentence_of[m.start] == s]
        lo = min((m.start for m in ends), default=start)
        if len(ends) < 2:
            lo = start  # one end comes from the context: the whole clause up to the other
        hi = max((m.end for m in ends), default=end)
        question, first_doubt = self._doubts(s)
        if question or first_doubt < hi:
            return False
        span = words[lo:hi]
        if not HYPOTHETICAL.isdisjoint(span):
            return False
        governors = GOVERNORS - INVITING if rtype == "INVITED" else GOVERNORS
        if not governors.isdisjoint(span) or self._requested(s, lo, rtype):
            return False
        if _lower(words, hi) in HYPOTHETICAL:
            return False  # "X and Y may meet"
        if _lower(words, hi) in NEGATED_AUXILIARIES and _lower(words, hi + 1) in NEGATORS:
            return False  # "X's visit to Peru did not take place"
        if NEGATORS.isdisjoint(span) and "t" not in span:
            return True
        cues = CUES.get(rtype, frozenset())
        at = [lo + i for i, w in enumerate(span) if w.lower() in cues]
        for k in at or [hi]:
            window = range(max(lo, k - 3), k)
            if any(self.negator(i) for i in window):
                return False
            # a cue noun then a negated auxiliary: "invitations have not been sent"
            after = words[k + 1 : min(k + 4, end)]
            if any(a in NEGATED_AUXILIARIES and b in NEGATORS for a, b in pairwise(after)):
                return False
        return True

    def _doubts(self, s: int) -> tuple[bool, int]:
        """Whether sentence ``s`` is a question, and where its first condition or
        reporting word ("if", "allegedly") is (past its end if none); once per sentence."""
        cached = self._doubt_cache.get(s)
        if cached is None:
            start, end = self.doc.sentences[s]
            words = self.words
            first = end
            for k in range(start, end):
                word = words[k].lower()
                if word in DOUBTS or (word in CLAIM_NOUNS and _lower(words, k + 1) == "that"):
                    first = k
                    break
            cached = ("?" in words[start:end], first)
            self._doubt_cache[s] = cached
        return cached

    def negator(self, i: int) -> bool:
        word = self.words[i]
        if word in NEGATORS:
            return not (word == "not" and _lower(self.words, i + 1) == "only")
        # "didn't", "hasn't": the tokenizer keeps "didn", "'", "t"
        return (
            word == "t"
            and _lower(self.words, i - 1) == "'"
            and i >= 2
            and self.words[i - 2].endswith("n")
        )

    def _requested(self, s: int, lo: int, rtype: RelationType) -> bool:
        """'called on NATO to attend', 'invited Minister X to visit': the first end is asked
        to act, which is not the act."""
        words = self.words
        start = self.doc.sentences[s][0]
        k = lo - 1
        while k >= start and (self.doc.caps[k] or words[k] in TITLE_GLUE) and words[k] != ",":
            k -= 1
        for i in range(max(start, k - 2), k + 1):
            word = words[i].lower()
            inviting = word in INVITING or word in ("invitation", "invitations")
            if rtype == "INVITED" and inviting:
                continue  # the invitation is the edge itself
            if word in REQUESTS and _lower(words, i + 1) == "about":
                continue  # "was asked about E, which X attended": a question on a fact
            if word in REQUESTS or (inviting and _lower(words, i + 1) == "to"):
                return True
            if word in ("called", "calls", "call", "calling") and _lower(words, i + 1) in (
                "on",
                "upon",
            ):
                return True
            if word in ("on", "upon") and _lower(words, i - 1) in ("called", "calls", "calling"):
                return True
        return False

    def at_cues(self, s: int, cues: frozenset[str]) -> list[int]:
        """Positions in sentence ``s`` of the (lower-case) ``cues``, in order: a rule's
        frames start only there."""
        start, end = self.doc.sentences[s]
        positions = self.doc.positions
        return sorted(
            k for cue in self.doc.present(cues) for k in positions[cue] if start <= k < end
        )

    def in_sentence(
        self, s: int, *, actors: bool = False, types: Iterable[str] = ()
    ) -> list[Mention]:
        wanted = set(types)
        result = []
        for mention in self.by_sentence.get(s, []):
            if mention.inside_event and mention.type != "Event":
                continue
            if actors and not mention.is_actor:
                continue
            if wanted and mention.type not in wanted:
                continue
            result.append(mention)
        return result

    def mention_at(
        self, s: int, index: int, types: Iterable[str], *, inside: bool = False
    ) -> Mention | None:
        """The mention of one of ``types`` starting at ``index`` (after an article);
        ``inside`` also accepts mentions inside an event's name."""
        wanted = set(types)
        pool = self.by_sentence.get(s, []) if inside else self.in_sentence(s)
        starts = {m.start for m in pool if m.type in wanted}
        if index not in starts and _lower(self.words, index) in ("the", "a", "an"):
            index += 1  # "in the Arctic", but "in The Hague"
        if "Event" in wanted and index not in starts:
            word = _lower(self.words, index)
            if word in EVENT_MODIFIERS or (DIGIT_RE.match(word) and not word.isdigit()):
                index += 1  # "co-chair the next session of ...", "the 2nd meeting"
        for mention in pool:
            if mention.start == index and mention.type in wanted and mention.kind != "adjective":
                return mention
        return None

    def planned(self, index: int, s: int) -> Modality:
        start = self.doc.sentences[s][0]
        window = self.words[max(start, index - 5) : index + 1]
        if any(w in PLANNED for w in window) or ("is" in window and "to" in window):
            return "planned"
        return "asserted"

    def subject_before(
        self, s: int, index: int, types: Iterable[str] = ("Person",)
    ) -> Mention | None:
        index = min(index, self.doc.sentences[s][1])  # callers may look past the sentence
        relative = self._relative_subject(s, index, types)
        if relative is not None:
            return relative
        index = self._before_parenthesis(s, index)
        candidates = [
            m
            for m in self.in_sentence(s, types=types)
            if m.end <= index
            and id(m) not in self.owners  # "Egypt" in "Egypt's Minister X"
            and not self._object_of_preposition(m)  # "talks with X and will visit ..."
            and not self._passive_agent_of(m)  # "was received by X and held talks with Y"
        ]
        if candidates:
            return candidates[-1]
        return self.anaphor(s, index) if "Person" in types else None

    def _before_parenthesis(self, s: int, index: int) -> int:
        """'X, whose country holds the presidency, joined': a verb right after a relative
        clause takes its subject from before the clause (where the clause opens)."""
        words = self.words
        while _lower(words, index - 1) in PASSIVE_AUXILIARIES or _lower(words, index - 1) == "will":
            index -= 1  # "Malaysia, which chairs ASEAN, has invited ..."
        if _lower(words, index - 1) != ",":
            return index
        start = self.doc.sentences[s][0]
        for k in range(index - 2, max(start, index - 16), -1):
            if words[k] == ",":
                return index
            if words[k] in ("who", "whose", "which") and words[k - 1] == ",":
                return k - 1
        return index

    def _relative_subject(self, s: int, index: int, types: Iterable[str]) -> Mention | None:
        """'..., with X, who is paying a visit to Y': the mention right before ", who"
        is the subject of the relative clause holding ``index``."""
        words = self.words
        start = self.doc.sentences[s][0]
        for k in range(index - 1, max(start, index - 6), -1):
            if words[k] in ("who", "which") and words[k - 1] == ",":
                wanted = set(types)
                for mention in self.in_sentence(s, types=wanted):
                    if mention.end == k - 1 and id(mention) not in self.owners:
                        return mention
                    if _lower(words, mention.end) == "," and any(
                        owner.end == k - 1 for owner in mention.owners()
                    ):
                        return mention  # "X, Minister of Foreign Affairs of Y, who ..."
                return None
            if words[k] in (",", ";", "and"):
                return None
        return None

    def subjects_before(
        self, s: int, index: int, types: Iterable[str] = ("Person",)
    ) -> list[Mention]:
        """The subject before ``index`` with the ones coordinated with it ("X and his
        counterpart Y co-chaired"), in text order."""
        last = self.subject_before(s, index, types)
        if last is None:
            counted = self.counted_group(s) if "Person" in types else None
            if counted is not None:
                return counted  # "The three ministers will attend ..."
            opening = self.doc.surface(self.doc.sentences[s][0], index).lstrip("•🔹💬❗️📌 ")
            if "Person" in types and any(opening.startswith(p) for p in PLURAL_SUBJECTS):
                return self.meeting_sides()  # "The two ministers will co-chair ..."
            return []
        group = [last]
        if self.doc.sentence_of[last.start] != s:
            return group
        for mention in reversed(self.in_sentence(s, types=types)):
            if mention.end > group[0].start or id(mention) in self.owners:
                continue
            between = _past_relative_clause(self.words[mention.end : group[0].start])
            linked = ("and" in between or "," in between) and all(
                w in TITLE_GLUE or w == "and" or w[:1].isupper() for w in between
            )
            if not linked:
                break
            group.insert(0, mention)
        return group

    def anaphor(self, s: int, index: int) -> Mention | None:
        """The person a pronoun or a bare title names as the clause subject right before
        ``index`` ("he met", "the Minister will attend"): the previous sentence's subject for
        a pronoun, the one person with that title word for a title; else nobody."""
        words = self.words
        start = self.doc.sentences[s][0]
        k = index - 1
        # back over the verb group: "he will then hold talks", "the Minister also met"
        while k > start and index - k <= 4 and words[k].isalpha() and words[k].islower():
            if words[k] in ("he", "she", "the"):
                break
            k -= 1
        if k < start:
            return None
        if _lower(words, k + 1) == "and":
            # "He chaired the forum and also met X", "the Minister will hold talks with X and
            # will take part in Y": the subject of the first verb
            k = self._clause_subject(start, k)
        word = words[k]
        if word.lower() in ("he", "she"):
            for previous in range(s - 1, max(-1, s - 4), -1):
                persons = self.in_sentence(previous, types=("Person",))
                if persons:
                    return persons[0]
            return None
        # "the Minister", "the Kazakh minister": the one earlier person with that title (of
        # that state)
        adjectives = [m for m in self.by_sentence.get(s, []) if m.kind == "adjective"]
        state = next((m for m in adjectives if m.end == k), None)
        if state is None and _lower(words, k + 1) in ANAPHOR_TITLES:
            state = next((m for m in adjectives if m.start == k and m.end == k + 1), None)
            if state is not None:
                k, word = k + 1, words[k + 1]  # "The Chilean minister met ..."
        article = k - 1 if state is None else state.start - 1
        while article > start and words[article] in TITLE_PREFIXES:
            article -= 1  # "the Deputy Secretary", "the Foreign Minister"
        if article >= start and words[article].lower() == "the" and word.lower() in ANAPHOR_TITLES:
            first = self.doc.sentences[s][0]
            holders = {
                p.root().name: p.root()
                for p in self.people
                if word.lower() in {w.lower() for w in words_of(p.title)}  # not "Undersecretary"
                and p.start < first
                and (state is None or p.owner is None or p.owner.key == state.key)
            }
            if len(holders) == 1:
                return next(iter(holders.values()))
        return None

    def _opens_clause(self, person: Mention) -> bool:
        """Whether "while", "but" or ";" comes right before ``person`` (and its title)."""
        k = person.start - 1
        while k >= 0 and (self.doc.caps[k] or self.words[k] in TITLE_GLUE) and self.words[k] != ",":
            k -= 1
        return _lower(self.words, k) in CLAUSE_OPENERS

    def _clause_subject(self, start: int, k: int) -> int:
        """Where a pronoun or "the <title>" subject before ``k`` is ("he", "Minister"), or
        ``k`` when the sentence has none."""
        words = self.words
        for i in range(start, k):
            word = words[i].lower()
            if word in ("he", "she"):
                return i
            if word == "the":
                j = i + 1
                while j < k and words[j] in TITLE_PREFIXES:
                    j += 1  # "the Deputy Secretary"
                if _lower(words, j) in ANAPHOR_TITLES:
                    return j
        return k

    def _object_of_preposition(self, mention: Mention) -> bool:
        """Whether a preposition governs ``mention`` ("with [Chinese Foreign Minister] X")."""
        words = self.words
        if _lower(words, mention.end) == "'" and _lower(words, mention.end + 1) == "s":
            return False  # "with X's delegation": X owns, and may act
        first = self.doc.sentences[self.doc.sentence_of[mention.start]][0]
        k = mention.start - 1
        while k >= first and words[k] != ",":
            # "with Mr. X": the style's full stop
            abbreviation = words[k] == "." and k > first and len(words[k - 1]) <= 3
            if not (self.doc.caps[k] or words[k] in TITLE_GLUE or abbreviation):
                break
            k -= 1
        if k == mention.start - 1 and _lower(words, k) == "," and _lower(words, mention.end) == ",":
            # "travelled to Manila, Philippines, to ...": the city's state, in apposition
            s = self.doc.sentence_of[mention.start]
            return any(m.end == k and m.type == "Place" for m in self.by_sentence.get(s, []))
        if (
            _lower(words, k) in ("on", "upon")
            and _lower(words, k - 1) in ("called", "call")
            and mention.type == "Person"
            and "and" in (_lower(words, mention.end), _lower(words, mention.end + 1))  # "Jr. and"
        ):
            return True  # "called on President X and met Y": X is no subject
        return k >= 0 and words[k] in PREPOSITIONS

    def _passive_agent_of(self, mention: Mention) -> bool:
        """Whether ``mention`` is the agent of a passive ("she was received by [President]
        X"): the subject of a verb coordinated after it is the passive's subject."""
        words = self.words
        k = mention.start - 1
        while k >= 0 and (self.doc.caps[k] or words[k] in TITLE_GLUE) and words[k] != ",":
            k -= 1
        if _lower(words, k) != "by" or not _lower(words, k - 1).endswith("ed"):
            return False
        auxiliary = k - 3 if _lower(words, k - 2) in ("also", "then", "later") else k - 2
        # "X, accompanied by Y, met Z": a participle in commas
        return _lower(words, auxiliary) in PASSIVE_AUXILIARIES or _lower(words, auxiliary) in (
            "is",
            "be",
            "being",
            ",",
        )

    def first_subject(self, s: int, index: int, *, verb: bool = False) -> list[Mention]:
        """Who makes the statement at ``index``: the sentence's person, a state or body
        right before the ``verb`` ("Russia welcomes"), else the context."""
        persons = [m for m in self.in_sentence(s, types=("Person",)) if m.end <= index]
        if persons and index - persons[-1].end <= 2 and self._opens_clause(persons[-1]):
            return persons[-1:]  # "X thanked Y, while Z criticised W": Z criticised
        reported = self._reported_state(s, index) if persons and verb else None
        if reported is not None:
            return [reported]  # "she said Beijing deplores ...": Beijing's stance
        if persons:
            group = [persons[0]]  # "X and Y denounced ..."
            for mention in persons[1:]:
                between = self.words[group[-1].end : mention.start]
                if "and" not in between or not all(
                    w in TITLE_GLUE or w == "and" or w[:1].isupper() for w in between
                ):
                    break
                group.append(mention)
            return group
        start = self.doc.sentences[s][0]
        # "Russia welcomes ...", "Moscow strongly condemns ...", "Mexico expressed full
        # support": a state or body as subject
        before = index
        while before > max(start, index - 4) and self._verb_filler(before - 1):
            before -= 1
        lead = before  # where the verb group starts
        side = before > start and self.words[before - 1].lower() in GOVERNMENT_NOUNS
        if side:
            before -= 1  # "The Vietnamese side highly appreciated ..."
        actors = [m for m in self.in_sentence(s, actors=True) if m.end == before and verb]
        stands = actors and (actors[0].kind in ("name", "metonym") or side)
        if stands and actors[0].type != "Person":
            # "Russia and China (strongly) condemn ...": both
            group = self.subjects_before(s, before, ("Country", "Organisation", "Group"))
            named = all(m.kind in ("name", "metonym") for m in group)
            return group if group and group[-1] is actors[0] and named and not side else actors[:1]
        if verb and _lower(self.words, lead - 1) == "and":
            # "Türkiye will continue to ... and firmly supports X": the sentence's subject
            opening_actor = self._opening_actor(s, lead - 1)
            if opening_actor is not None:
                return [opening_actor]
        counted = self.counted_group(s)
        if counted is not None:
            return counted  # none when the count does not fit: no guess at the speaker
        if self.words[start : start + 2] == ["We", ","]:
            # "We, the G7 Foreign Ministers of ..., condemn": the body the speakers form
            body = self.mention_at(s, start + 2, ("Organisation", "Group"))
            if body is not None and body.kind == "name" and body.end < index:
                return [body]
        opening = self.doc.surface(start, min(start + 3, self.doc.sentences[s][1]))
        opening = opening.lstrip("•🔹💬❗️ ")
        if any(opening.startswith(p) for p in PLURAL_SUBJECTS):
            sides = self.meeting_sides()
            if sides:
                return sides
        if opening.startswith("The "):
            title_word = self.words[start + 1]
            holders = {p.root().name: p.root() for p in self.people if title_word in p.title}
            if len(holders) == 1 and title_word[:1].isupper():
                return list(holders.values())
        pronoun = any(w.lower() in ("he", "she") for w in self.words[start:index])
        if verb and not pronoun:
            # "Addressing the Council, the Chairperson commended ...": the one earlier holder
            anaphor = self.anaphor(s, index)
            if anaphor is not None:
                return [anaphor]
        return [self.speaker] if self.speaker is not None else []

    def _reported_state(self, s: int, index: int) -> Mention | None:
        """The state or body right before the verb at ``index`` of a reported clause ("said
        (that) Beijing deplores", "stressed that Russia condemns")."""
        before = index - 1 if self.words[index - 1].endswith("ly") else index
        actor = next((m for m in self.in_sentence(s, actors=True) if m.end == before), None)
        if actor is None or actor.type == "Person" or actor.kind not in ("name", "metonym"):
            return None
        opener = _lower(self.words, actor.start - 1)
        # "X discussed Peru, and Chile condemns ...", "..., while Chile condemns"
        new_clause = opener in CLAUSE_OPENERS or (
            opener == "and" and _lower(self.words, actor.start - 2) == ","
        )
        return actor if opener in REPORTING or new_clause else None

    def _verb_filler(self, i: int) -> bool:
        """An adverb or a word of expressing before a stance ("strongly", "expressed full")."""
        word = self.words[i]
        return word.islower() and (
            word.endswith("ly") or word in EXPRESSING or word in VERB_AUXILIARIES
        )

    def _opening_actor(self, s: int, conjunction: int) -> Mention | None:
        """The state or body a sentence opens with as its subject ("The Federal Government
        of Nigeria, through ..., condemns"), when no clause opens between it and the
        ``conjunction`` before a second verb."""
        words = self.words
        start = self.doc.sentences[s][0]
        actors = self.in_sentence(s, actors=True)
        if not actors or actors[0].type == "Person" or actors[0].kind not in ("name", "metonym"):
            return None
        first = actors[0]
        opening = words[start : first.start]
        if not all(not w.isalnum() or w[:1].isupper() or w in ("of", "the") for w in opening):
            return None
        after = words[first.end] if first.end < len(words) else ""
        if after != "," and not after.islower():
            return None  # "Russia's ...", "Russia and Peru ...": not a plain subject
        between = {w.lower() for w in words[first.end : conjunction]}
        if not between.isdisjoint(CLAUSE_BREAKS):
            return None
        return first

    def possessor(self, s: int, pronoun: int, cue: int) -> Mention | None:
        """Whom "his/her" at ``pronoun`` refers to: a person named before it in the
        sentence, else the subject after an opening clause ("During his visit to
        Beijing, President X spoke"), or the previous sentence's for "he"."""
        before = self.subject_before(s, pronoun)
        if before is not None:
            return before
        end = self.doc.sentences[s][1]
        comma = next((k for k in range(cue, end) if self.words[k] == ","), None)
        if comma is None:
            return None
        if _lower(self.words, comma + 1) in ("he", "she"):
            return self.previous_subject(s)
        after = [m for m in self.in_sentence(s, types=("Person",)) if comma < m.start <= comma + 8]
        return after[0] if after else None

    def previous_subject(self, s: int) -> Mention | None:
        """The first person of the sentence before ``s`` ("he" in the next one)."""
        if s == 0:
            return None
        persons = self.in_sentence(s - 1, types=("Person",))
        return persons[0] if persons else None

    def counted_group(self, s: int) -> list[Mention] | None:
        """'The three ministers denounced ...': the people of the nearest earlier sentence
        that names people, when it names exactly that many (else none); None when the
        sentence opens with no counted group."""
        start, end = self.doc.sentences[s]
        words = self.words
        if end - start < 3 or words[start] != "The" or _lower(words, start + 2) not in GROUP_NOUNS:
            return None
        count = GROUP_COUNTS.get(words[start + 1].lower(), 0)
        if not count:
            return None
        for previous in range(s - 1, max(-1, s - 3), -1):
            people = {
                p.root().name: p.root() for p in self.in_sentence(previous, types=("Person",))
            }
            if people:
                return list(people.values()) if len(people) == count else []
        return []

    def meeting_sides(self) -> list[Mention]:
        for found in self.found:
            if found.type == "MET_WITH":
                return [found.source, found.target]
        return []

    # -- rules --------------------------------------------------------------

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
        if _lower(self.words, comma) != ",":
            return None
        after = [m for m in self.in_sentence(s, types=("Person",)) if m.start > comma]
        return after[0] if after and after[0].start <= comma + reach else None

    def past_place(self, s: int, j: int) -> int:
        """After "in <place>" at ``j`` ("the forum in New Delhi, X said"); else ``j``."""
        if _lower(self.words, j) != "in":
            return j
        place = self.mention_at(s, j + 1, ("Place", "Country"))
        return place.end if place is not None else j

    def after_occasion(self, j: int) -> int:
        """'attend the opening (ceremony) of X' with ``j`` at "the": where X starts."""
        words = self.words
        k = j + 1 if _lower(words, j) in ("the", "its") else j
        if _lower(words, k) not in OCCASIONS:
            return j
        k += 1 if _lower(words, k + 1) in OCCASION_NOUNS else 0
        return k + 2 if _lower(words, k + 1) == "of" else j

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
            joint = bodies[-1].end + (_lower(self.words, bodies[-1].end) == "together")
            if _lower(self.words, joint) in CO_CHAIR_LINKS:
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
            link = _lower(self.words, after)
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
        if _lower(self.words, event.end) == "alongside":
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
        j += 1 if _lower(words, j) == "the" else 0
        end = min(j + 4, len(words))  # "... attend" at the end of a text
        while j < end and (words[j] == "-" or (words[j].isalpha() and words[j].islower())):
            if words[j] == "segment":
                break
            j += 1
        if _lower(words, j) != "segment" or _lower(words, j + 1) == "of":
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
            if word == "by" and _lower(words, k - 1) in ("hosted", "hosts"):
                return k, planned  # "will be hosted by (the city of) Addis Ababa"
            if word in ("which", "that") and self._hosting_relative(s, k) > k:
                k = self._hosting_relative(s, k)  # "the summit, which Brazil will host in"
                planned = planned or "will" in words[k - 3 : k]
                continue
            if word == "(" and _lower(words, k + 2) == ")":
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
        while _lower(words, j) in ("the", "city", "capital", "of"):
            j += 1
        host = self.mention_at(s, j, ("Place", "Country"))
        body = self.mention_at(s, j, ("Organisation",))
        if host is None and body is not None and _lower(words, body.end) == "in":
            host = self.mention_at(s, body.end + 1, ("Place",))  # "the Embassy of X in Moscow"
        return host if host is not None and host.kind == "name" else None

    def opening_events(self, s: int) -> list[Mention]:
        """The events a sentence that opens with its place names: not part of a longer name
        nor another event's topic ("... discussed preparations for the summit")."""
        words = self.words
        events = []
        for event in self.in_sentence(s, types=("Event",)):
            before = event.start - 2 if _lower(words, event.start - 1) == "the" else event.start - 1
            topic = _lower(words, before) in TOPIC_PREPOSITIONS
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
            closed = place is not None and _lower(words, place.end) == ","
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
        verb = host.end + (1 if _lower(self.words, host.end) == "will" else 0)
        return verb + 1 if _lower(self.words, verb) in ("host", "hosts", "hosted") else k

    def _venue_last(self, j: int, end: int, reach: int) -> int | None:
        """The last capitalised word of a venue's name at ``j`` ("[the] Museum of Modern
        Art"), reading at most ``reach`` words; None when no capitalised name is there."""
        words, caps = self.words, self.doc.caps
        k = j + 1 if _lower(words, j) == "the" else j
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
        return last + 1 if last is not None and _lower(self.words, last + 1) == "in" else j

    def venue_city(self, s: int, j: int) -> Mention | None:
        """The city a capitalised venue's name at ``j`` ends on ("the University of
        Havana"), when the name ends there."""
        last = self._venue_last(j, self.doc.sentences[s][1], reach=12)
        if last is None:
            return None
        words = self.words
        city = next((m for m in self.in_sentence(s, types=("Place",)) if m.end == last + 1), None)
        if city is None or city.kind != "name" or _lower(words, city.start - 1) != "of":
            return None
        return city if _lower(words, city.end) in (".", ",", ";", "") else None

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
            and _lower(words, m.start - 2 if _lower(words, m.start - 1) == "the" else m.start - 1)
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
            month = _lower(words, k + 1).capitalize() in MONTHS
            day = 2 if _lower(words, k + 1) == "the" else 1  # "the 14th of May", "14 May"
            day_first = bool(DIGIT_RE.match(_lower(words, k + day))) and (
                day == 2 or _lower(words, k + 2).capitalize() in MONTHS
            )
            if _lower(words, k) == "," and (month or day_first):
                return place
            opening = all(not w.isalnum() for w in words[start : place.start])
            if opening and _lower(words, k) in ("—", "–"):
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
        j = k + 2 if _lower(words, k + 1) in ("his", "her", "their", "its") else k + 1
        state = next(
            (m for m in self.by_sentence.get(s, []) if m.start == j and m.kind == "adjective"),
            None,
        )
        if state is None or _lower(words, state.end) not in ("counterpart", "colleague"):
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
        while _lower(words, j - 1) in ADMISSION_GLUE or _lower(words, j - 1) in ("have", "also"):
            j -= 1
        if _lower(words, j - 1) in ("which", "that") and _lower(words, j - 2) == ",":
            j -= 2
        members = self.subjects_before(s, k, ("Country", "Organisation"))
        return members if members and members[-1].end == j else []

    def named_body(self, j: int) -> Mention | None:
        """The body at ``j``: named ("BRICS"), or referred back to: "the group", "the bloc"
        (the last body named before), "the Bank" (the one body before whose name ends so)."""
        s = self.doc.sentence_of[j] if j < len(self.words) else -1
        body = self.mention_at(s, j, ("Organisation",)) if s >= 0 else None
        if body is not None or _lower(self.words, j) != "the" or j + 1 >= len(self.words):
            return body
        head = self.words[j + 1]
        if _lower(self.words, j + 2) in ("of", "'", "’"):
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
        after = _lower(words, k + 1)
        dated = after in ("in", "on") and (
            _lower(words, k + 2)[:1].isdigit() or _lower(words, k + 2).capitalize() in MONTHS
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
        while _lower(words, actors[-1].end) in ("and", ","):
            following = self.mention_at(
                s, actors[-1].end + 1, ("Country", "Organisation", "Group", "Person")
            )
            if following is None or following.kind == "adjective":
                break
            listed = words[actors[-1].end] == "and" or _lower(words, following.end) in (
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
        j = guest.end + (1 if _lower(words, guest.end) == "," else 0)
        if _lower(words, j) not in ("to", "in", "at", "on"):
            return False
        place = self.mention_at(self.doc.sentence_of[guest.start], j + 1, ("Place",))
        if place is not None:
            return True
        venue = [w.lower() for w in words[j + 1 : j + 6]]
        return venue[:1] == ["the"] and not VENUE_NOUNS.isdisjoint(venue)


def find_relations(doc: Document, mentions: list[Mention]) -> list[Found]:
    """All relations stated in ``doc`` between ``mentions``."""
    return RelationFinder(doc, mentions).run()
