"""One sentence's clauses as the relation rules read them: who acts (subjects, agents,
anaphors, the headline speaker), negation, doubt and requests, modality, and the emission
of found relations. ``relations.RelationFinder`` builds on it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from graphkit.extract.cues import (
    ANAPHOR_TITLES,
    CLAIM_NOUNS,
    CLAUSE_BREAKS,
    CLAUSE_OPENERS,
    CUES,
    DIGIT_RE,
    DOUBTS,
    EVENT_MODIFIERS,
    EXPRESSING,
    GOVERNORS,
    GROUP_COUNTS,
    GROUP_NOUNS,
    HYPOTHETICAL,
    INVITING,
    IRREALIS_WORDS,
    NEGATED_AUXILIARIES,
    NEGATORS,
    PASSIVE_AUXILIARIES,
    PLANNED,
    PLURAL_SUBJECTS,
    PREPOSITIONS,
    REPORTING,
    REQUESTS,
    TITLE_GLUE,
    TITLE_PREFIXES,
    VERB_AUXILIARIES,
)
from graphkit.extract.english import PATTERNS
from graphkit.extract.entities import GOVERNMENT_NOUNS
from graphkit.extract.mentions import Mention
from graphkit.extract.sentences import Document, lower_at, words_of
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


def _adverb(words: list[str], i: int) -> int:
    """1 when token ``i`` is an adverb in -ly ("firmly"), else 0."""
    return 1 if 0 <= i < len(words) and words[i].endswith("ly") and words[i].islower() else 0


def _past_relative_clause(between: list[str]) -> list[str]:
    """The words between two coordinated names without a relative clause after the first:
    "X, who chaired the forum, and Y" -> ", and"."""
    if len(between) > 2 and between[0] == "," and between[1] in ("who", "whose", "which"):
        closing = next((i for i in range(2, len(between)) if between[i] == ","), None)
        if closing is not None:
            return between[closing:]
    return between


class ClauseReader:
    """The shared reading of one document's sentences for every relation rule."""

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
        if lower_at(words, hi) in HYPOTHETICAL:
            return False  # "X and Y may meet"
        if lower_at(words, hi) in NEGATED_AUXILIARIES and lower_at(words, hi + 1) in NEGATORS:
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
                if word in DOUBTS or (word in CLAIM_NOUNS and lower_at(words, k + 1) == "that"):
                    first = k
                    break
            cached = ("?" in words[start:end], first)
            self._doubt_cache[s] = cached
        return cached

    def negator(self, i: int) -> bool:
        word = self.words[i]
        if word in NEGATORS:
            return not (word == "not" and lower_at(self.words, i + 1) == "only")
        # "didn't", "hasn't": the tokenizer keeps "didn", "'", "t"
        return (
            word == "t"
            and lower_at(self.words, i - 1) == "'"
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
            if word in REQUESTS and lower_at(words, i + 1) == "about":
                continue  # "was asked about E, which X attended": a question on a fact
            if word in REQUESTS or (inviting and lower_at(words, i + 1) == "to"):
                return True
            if word in ("called", "calls", "call", "calling") and lower_at(words, i + 1) in (
                "on",
                "upon",
            ):
                return True
            if word in ("on", "upon") and lower_at(words, i - 1) in ("called", "calls", "calling"):
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
        if index not in starts and lower_at(self.words, index) in ("the", "a", "an"):
            index += 1  # "in the Arctic", but "in The Hague"
        if "Event" in wanted and index not in starts:
            word = lower_at(self.words, index)
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
        while (
            lower_at(words, index - 1) in PASSIVE_AUXILIARIES
            or lower_at(words, index - 1) == "will"
        ):
            index -= 1  # "Malaysia, which chairs ASEAN, has invited ..."
        if lower_at(words, index - 1) != ",":
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
                    if lower_at(words, mention.end) == "," and any(
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
        if lower_at(words, k + 1) == "and":
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
        if state is None and lower_at(words, k + 1) in ANAPHOR_TITLES:
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
        return lower_at(self.words, k) in CLAUSE_OPENERS

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
                if lower_at(words, j) in ANAPHOR_TITLES:
                    return j
        return k

    def _object_of_preposition(self, mention: Mention) -> bool:
        """Whether a preposition governs ``mention`` ("with [Chinese Foreign Minister] X")."""
        words = self.words
        if lower_at(words, mention.end) == "'" and lower_at(words, mention.end + 1) == "s":
            return False  # "with X's delegation": X owns, and may act
        first = self.doc.sentences[self.doc.sentence_of[mention.start]][0]
        k = mention.start - 1
        while k >= first and words[k] != ",":
            # "with Mr. X": the style's full stop
            abbreviation = words[k] == "." and k > first and len(words[k - 1]) <= 3
            if not (self.doc.caps[k] or words[k] in TITLE_GLUE or abbreviation):
                break
            k -= 1
        if (
            k == mention.start - 1
            and lower_at(words, k) == ","
            and lower_at(words, mention.end) == ","
        ):
            # "travelled to Manila, Philippines, to ...": the city's state, in apposition
            s = self.doc.sentence_of[mention.start]
            return any(m.end == k and m.type == "Place" for m in self.by_sentence.get(s, []))
        if (
            lower_at(words, k) in ("on", "upon")
            and lower_at(words, k - 1) in ("called", "call")
            and mention.type == "Person"
            and "and"
            in (lower_at(words, mention.end), lower_at(words, mention.end + 1))  # "Jr. and"
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
        if lower_at(words, k) != "by" or not lower_at(words, k - 1).endswith("ed"):
            return False
        auxiliary = k - 3 if lower_at(words, k - 2) in ("also", "then", "later") else k - 2
        # "X, accompanied by Y, met Z": a participle in commas
        return lower_at(words, auxiliary) in PASSIVE_AUXILIARIES or lower_at(words, auxiliary) in (
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
        if verb and lower_at(self.words, lead - 1) == "and":
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
        opener = lower_at(self.words, actor.start - 1)
        # "X discussed Peru, and Chile condemns ...", "..., while Chile condemns"
        new_clause = opener in CLAUSE_OPENERS or (
            opener == "and" and lower_at(self.words, actor.start - 2) == ","
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
        if lower_at(self.words, comma + 1) in ("he", "she"):
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
        if (
            end - start < 3
            or words[start] != "The"
            or lower_at(words, start + 2) not in GROUP_NOUNS
        ):
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
