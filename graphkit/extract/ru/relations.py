"""The Russian relation engine: patterns are data (``extract/patterns/ru/*.yaml``, the
format of docs/patterns.md); resolvers follow Universal Dependencies paths from a
trigger lemma (``nsubj``, ``obj``, ``nmod``, ``obl:<preposition>``). Only sentences with a
trigger lemma are parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from functools import cache
from typing import Any

from graphkit.extract.clauses import Found
from graphkit.extract.mentions import Mention
from graphkit.extract.patterns import Language, Pattern, Slot, load_patterns, register_language
from graphkit.extract.ru.nlp import RuDocument, normal, parse

_VERB_TAGS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
#: Verbs whose clause announces what follows: "планирует посетить", "намерен".
_PLANNING = frozenset(
    {"планировать", "планироваться", "намереваться", "собираться", "предстоять", "ожидаться"}
)
#: Nouns between a verb of taking part and its event: "в работе сессии", "в рамках форума".
_EVENT_FRAMES = frozenset({"работа", "рамка", "ход", "церемония", "участник"})
#: Nouns through which a stance reaches an actor: "действия США", "усилия Египта".
_STANDS_FOR = frozenset(
    {
        "действие",
        "политика",
        "решение",
        "заявление",
        "удар",
        "санкция",
        "позиция",
        "атака",
        "шаг",
        "вмешательство",
        "агрессия",
        "провокация",
        "усилие",
        "инициатива",
        "предложение",
        "кандидатура",
        "стремление",
        "курс",
        "обвинение",
        "призыв",
        "власть",
        "руководство",
        "правительство",
        "режим",
    }
)
_PREPOSITIONS = frozenset(
    {"с", "в", "на", "по", "к", "у", "для", "при", "от", "о", "об", "из", "за", "под", "над"}
)
_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
_CLIMB = frozenset({"obj", "nmod", "xcomp", "obl", "nsubj", "nsubj:pass", "acl", "amod"})


def _lemmas(lemma: str, lexicon: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Russian triggers are matched as lemmas: a lemma is its only form."""
    return [normal(lemma), *lexicon.get(lemma, ())]


def patterns() -> tuple[Pattern, ...]:
    """Every Russian pattern, in run order (priority, then file order)."""
    return load_patterns("ru").patterns


@cache
def _triggers_of(pattern_id: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A pattern's one-word trigger lemmas, and its longer ones (all words must occur)."""
    pattern = load_patterns("ru").by_id[pattern_id]
    single = frozenset(t[0] for t in pattern.triggers if len(t) == 1)
    return single, tuple(t for t in pattern.triggers if len(t) > 1)


@cache
def trigger_lemmas() -> frozenset[str]:
    """The lemmas whose presence makes a sentence worth parsing."""
    return frozenset(t[0] for p in patterns() for t in p.triggers)


class _Sentence:
    """Dependency look-ups within one parsed sentence."""

    def __init__(
        self, doc: RuDocument, index: int, mentions: list[Mention], titles: frozenset[str]
    ) -> None:
        self.doc = doc
        self.titles = titles
        self.all_mentions = mentions
        self.index = index
        sentence = doc.sentences[index]
        self.range = range(sentence.start, sentence.end)
        self.holders = {
            id(m.owner): m
            for m in mentions
            if m.owner is not None and m.start in self.range and m.owner.start < m.start
        }
        self.kids: dict[int, list[int]] = {i: [] for i in self.range}
        for i in self.range:
            head = doc.tokens[i].head
            if head in self.kids:
                self.kids[head].append(i)
        self.by_token: dict[int, list[Mention]] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                if i in self.kids:
                    self.by_token.setdefault(i, []).append(mention)

    def tok(self, i: int) -> Any:
        return self.doc.tokens[i]

    def clause_verb(self, anchor: int) -> int:
        """The verb whose clause holds ``anchor`` (itself when it is one)."""
        current = anchor
        for _ in range(4):
            if _VERB_TAGS & self.tok(current).tags:
                return current
            head = self.tok(current).head
            if head < 0 or self.tok(current).rel not in _CLIMB:
                return current
            current = head
        return current

    def genitive_agents(self, noun: int) -> list[int]:
        """Genitive dependents of an action noun that name an actor ("вступление Индонезии")."""
        if "NOUN" not in self.tok(noun).tags:
            return []
        return [
            k
            for k in self.kids[noun]
            if self.tok(k).rel == "nmod"
            and "gent" in self.tok(k).tags
            and not any(self.tok(c).rel == "case" for c in self.kids[k])
            and any(m.is_actor for m in self.by_token.get(k, []))
        ]

    def subjects_of(self, verb: int) -> list[int]:
        for _ in range(4):
            found = [k for k in self.kids[verb] if self.tok(k).rel in ("nsubj", "nsubj:pass")]
            token = self.tok(verb)
            if found and self.tok(found[0]).lemma == "который" and token.head >= 0:
                return [token.head]  # "заседание, которое состоится": the noun described
            if found:
                return found
            if token.head < 0:
                return []
            if token.rel.startswith("acl"):
                # "посетил Лаос, где примет участие": the subject of the clause around
                verb = self.clause_verb(token.head)
                continue
            if token.rel not in ("conj", "xcomp", "advcl", "parataxis"):
                return []
            verb = token.head
        return []

    def with_case(self, heads: list[int], preposition: str) -> list[int]:
        found = []
        for head in heads:
            for kid in self.kids.get(head, []):
                if any(
                    self.tok(k).rel == "case" and self.tok(k).lemma == preposition
                    for k in self.kids[kid]
                ):
                    found.append(kid)
        return found

    def mention(self, token: int, types: Collection[str]) -> Mention | None:
        """The mention ``token`` heads: its own, the person a title word introduces
        ("с главой МИД Турции Хаканом Фиданом"), the event of "в работе сессии"."""
        own = [m for m in self.by_token.get(token, []) if m.type in types]
        if own:
            found = min(own, key=lambda m: m.end - m.start).root()
            holder = self.holders.get(id(found))
            # "с министром иностранных дел Турции Хаканом Фиданом": the parser may hang
            # "с" on the state; the partner is the person whose office it names
            return holder if holder is not None and "Person" in types else found
        if self.tok(token).lemma in _STANDS_FOR:
            # "осудил действия США", "поддержал усилия Египта", "американские санкции",
            # "решение властей Молдавии"
            frontier = [token]
            for _ in range(2):
                frontier = [
                    k
                    for t in frontier
                    for k in self.kids.get(t, [])
                    if self.tok(k).rel in ("nmod", "amod")
                ]
                for kid in frontier:
                    inner = [m for m in self.by_token.get(kid, []) if m.type in types]
                    if inner:
                        return inner[0].root()
                frontier = [k for k in frontier if self.tok(k).lemma in _STANDS_FOR]
        if "Event" in types and self.tok(token).lemma in _EVENT_FRAMES:
            for kid in self.kids.get(token, []):
                inner = [m for m in self.by_token.get(kid, []) if m.type == "Event"]
                if inner:
                    return inner[0].root()
        if "Person" not in types or self.tok(token).lemma not in self.titles:
            return None
        frontier = [token]
        for _ in range(3):
            frontier = [
                k
                for t in frontier
                for k in self.kids.get(t, [])
                if self.tok(k).rel in ("appos", "flat:name", "nmod")
            ]
            for kid in frontier:
                inner = [m for m in self.by_token.get(kid, []) if m.type == "Person"]
                if inner:
                    return inner[0].root()
        return None

    def _roots_at(self, index: int, types: Collection[str]) -> list[Mention]:
        return [m.root() for m in self.by_token.get(index, []) if m.type in types]

    def pronoun_antecedent(self, token: int, slot: Slot) -> list[Mention]:
        """ "он", "она": the person who is the subject of the sentence before."""
        if self.tok(token).lemma not in ("он", "она") or "Person" not in slot.types:
            return []
        previous = self.index - 1
        while previous >= 0:
            sentence = self.doc.sentences[previous]
            people = [
                m.root()
                for m in self.all_mentions
                if m.type == "Person" and sentence.start <= m.start < sentence.end
            ]
            if people:
                return people[:1]
            previous -= 1
        return []

    def subject_in_order(self, verb: int, slot: Slot) -> list[Mention]:
        """The first person named before ``verb`` outside a prepositional phrase; else an
        actor that opens the sentence."""
        if self.tok(verb).rel not in ("root", "conj", "parataxis"):
            return []
        for index in range(self.range.start, verb):
            token = self.tok(index)
            found = [m for m in self._roots_at(index, ("Person",)) if m.type in slot.types]
            if found:
                return found[:1]
            if token.lemma in _PREPOSITIONS or token.lemma in ("не", "который"):
                return []
        # an actor that opens the sentence ("Россия поддерживает"), not the state in an
        # unnamed person's title ("Глава российского МИД провёл")
        opening = [
            m
            for i in range(self.range.start, min(verb, self.range.start + 2))
            for m in self._roots_at(i, slot.types)
            if m.start == self.first_word()
        ]
        return opening[:1]

    def first_word(self) -> int:
        return next((i for i in self.range if self.tok(i).text[:1].isalnum()), self.range.start)

    def after_preposition(self, anchor: int, preposition: str, slot: Slot) -> list[Mention]:
        """The actor or event right after ``preposition`` following ``anchor``, looking
        through a title to the person it introduces."""
        # from the end of the anchor's own name ("заседание Совета ... СНГ в Минске")
        begin = max([anchor + 1, *(m.end for m in self.by_token.get(anchor, []))])
        stop = min(self.range.stop, begin + 4)
        at = next((i for i in range(begin, stop) if self.tok(i).lemma == preposition), None)
        if at is None:
            return []
        first: Mention | None = None
        head = at + 1
        while head < self.range.stop and "ADJF" in self.tok(head).tags:
            head += 1
        if (
            head < self.range.stop
            and "plur" in self.tok(head).tags
            and "NOUN" in self.tok(head).tags
            and not self.by_token.get(head)
            and self.tok(head).lemma not in _EVENT_FRAMES
        ):
            return []  # "с послами стран СНГ": unnamed people, not the body named after them
        for index in range(at + 1, min(self.range.stop, at + 12)):
            token = self.tok(index)
            if not token.text[:1].isalnum() and token.text not in _QUOTE_MARKS:
                break
            if "Person" in slot.types:
                people = self._roots_at(index, ("Person",))
                if people:
                    return people[:1]
            if first is None:
                found = self._roots_at(index, slot.types)
                if found:
                    first = found[0]
                    if "Person" not in slot.types or self.tok(at + 1).lemma not in self.titles:
                        return [first]
            if token.lemma in _PREPOSITIONS or "VERB" in token.tags:
                break
        return [first] if first is not None else []

    def mentions(self, tokens: list[int], slot: Slot) -> list[Mention]:
        found: list[Mention] = []
        queue = list(tokens)
        while queue:
            token = queue.pop(0)
            mention = self.mention(token, slot.types)
            if mention is not None and mention not in found:
                found.append(mention)
            if slot.many:
                queue.extend(k for k in self.kids.get(token, []) if self.tok(k).rel == "conj")
        return found if slot.many else found[:1]


def _resolve(sent: _Sentence, anchor: int, slot: Slot) -> list[Mention]:
    verb = sent.clause_verb(anchor)
    find = slot.find
    if find == "self":
        tokens = [anchor]
    elif find == "clause_subject":
        tokens = sent.subjects_of(verb)  # "по приглашению X Y посетил": Y, not X
    elif find == "nsubj":
        # the agent of an action noun first: "приветствует вступление Индонезии в БРИКС"
        agents = sent.genitive_agents(anchor) if anchor != verb else []
        tokens = agents or sent.subjects_of(verb)
    elif find == "obj":
        tokens = [k for k in sent.kids[anchor] if sent.tok(k).rel == "obj"]
        if not tokens and verb != anchor:
            tokens = [k for k in sent.kids[verb] if sent.tok(k).rel == "obj"]
    elif find == "nmod":
        tokens = [
            k
            for k in sent.kids[anchor]
            if sent.tok(k).rel == "nmod"
            and not any(sent.tok(c).rel == "case" for c in sent.kids[k])
        ]
    elif find == "clause_event":
        tokens = [verb, *sent.subjects_of(verb)]
    elif find == "nsubj_partners":
        tokens = [
            k for t in sent.subjects_of(verb) for k in sent.kids[t] if sent.tok(k).rel == "conj"
        ]
    elif find.startswith("obl:"):
        preposition = find.split(":", 1)[1]
        heads = [anchor] if verb == anchor else [anchor, verb]
        tokens = sent.with_case(heads, preposition)
    else:  # the loader admits only the registered resolvers
        raise ValueError(f"unknown Russian resolver {find!r}")
    found = sent.mentions(tokens, slot)
    if found:
        return found
    if find in ("nsubj", "clause_subject") and tokens:
        found = sent.pronoun_antecedent(tokens[0], slot)
        if found:
            return found
    # The parser often attaches names after initials or long titles elsewhere: then the
    # words in their order decide ("провёл переговоры с министром ... Хаканом Фиданом").
    if find in ("nsubj", "clause_subject"):
        return sent.subject_in_order(verb, slot)
    if find.startswith("obl:"):
        return sent.after_preposition(anchor, find.split(":", 1)[1], slot)
    return []


#: Verbs that deny what their object would assert: "отказался от встречи".
_REFUSING = frozenset({"отказаться", "отменить", "отклонить", "сорвать", "бойкотировать"})
#: Verbs of wanting: "добивается вступления" is no membership yet.
_SEEKING = frozenset(
    {"добиваться", "стремиться", "хотеть", "желать", "претендовать", "просить", "мечтать"}
)
#: Prepositions of a topic: "слова о переговорах с Украиной" reports no talks.
_TOPIC = frozenset({"о", "об", "обо", "про"})


def _negated(sent: _Sentence, anchor: int) -> bool:
    """ "не встречался", "отказался от встречи", "комментарий о переговорах"."""
    verb = sent.clause_verb(anchor)
    if any(sent.tok(k).lemma == "не" for k in (*sent.kids[verb], *sent.kids[anchor])):
        return True
    if verb != anchor and sent.tok(verb).lemma in _REFUSING:
        return True
    return any(sent.tok(k).rel == "case" and sent.tok(k).lemma in _TOPIC for k in sent.kids[anchor])


def _sought(sent: _Sentence, anchor: int) -> bool:
    verb = sent.clause_verb(anchor)
    return sent.tok(verb).lemma in _SEEKING or sent.tok(anchor).lemma in _SEEKING


def _participation(sent: _Sentence, anchor: int) -> bool:
    """ "принять участие": a verb of taking part, not of receiving a guest."""
    return any(
        sent.tok(k).lemma in {"участие", "решение", "меры", "мера"} for k in sent.kids[anchor]
    )


_GUARDS: dict[str, Callable[[_Sentence, int], bool]] = {
    "not_negated": lambda sent, anchor: not _negated(sent, anchor),
    "not_participation": lambda sent, anchor: not _participation(sent, anchor),
    "not_sought": lambda sent, anchor: not _sought(sent, anchor),
}


def _modality(sent: _Sentence, anchor: int, declared: str) -> str:
    if declared != "tense":
        return declared
    verb = sent.clause_verb(anchor)
    for _ in range(3):
        token = sent.tok(verb)
        if "futr" in token.tags or token.lemma in _PLANNING:
            return "planned"
        if token.head < 0 or token.rel not in ("xcomp", "conj", "csubj"):
            break
        verb = token.head
    return "asserted"


def find_relations(
    doc: RuDocument, mentions: list[Mention], titles: frozenset[str] = frozenset()
) -> list[Found]:
    """Relations of ``doc`` stated by its patterns and by its people's titles (``titles``:
    the lemmas that open an office title, whose dependents name the office holder)."""
    found: list[Found] = []
    claimed: set[tuple[int, str, int]] = set()

    def emit(
        source: Mention, rtype: str, target: Mention, sentence: int, pattern: Pattern, modality: str
    ) -> None:
        ends = (id(source), rtype, id(target))
        if source is target or ends in claimed:
            return
        claimed.add(ends)
        found.append(
            Found(source, rtype, target, sentence, pattern.confidence, pattern.id, modality)  # type: ignore[arg-type]
        )

    triggers = trigger_lemmas()
    for index, sentence in enumerate(doc.sentences):
        anchors = [
            i for i in range(sentence.start, sentence.end) if doc.tokens[i].lemma in triggers
        ]
        if not anchors:
            continue
        parse(doc, index)
        sent = _Sentence(doc, index, mentions, titles)
        for pattern in patterns():
            if pattern.subject is None or pattern.object is None:
                continue
            single, phrases = _triggers_of(pattern.id)
            lemmas = {doc.tokens[i].lemma for i in sent.range}
            for anchor in anchors:
                lemma = doc.tokens[anchor].lemma
                if lemma not in single and not any(
                    p[0] == lemma and set(p[1:]) <= lemmas for p in phrases
                ):
                    continue
                if not all(_GUARDS[name](sent, anchor) for name in pattern.when):
                    continue
                subjects = _resolve(sent, anchor, pattern.subject)
                objects = _resolve(sent, anchor, pattern.object) if subjects else []
                modality = _modality(sent, anchor, pattern.modality)
                for source in subjects:
                    for target in objects:
                        emit(source, pattern.relation, target, index, pattern, modality)
    role = next((p for p in patterns() if p.action == "title_owner"), None)
    if role is not None:
        for mention in mentions:
            for owner in mention.owners():
                where = doc.tokens[mention.start].sentence
                emit(mention.root(), role.relation, owner.root(), where, role, "asserted")
    return found


#: Dependency paths the Russian resolvers follow (``_resolve``).
RESOLVERS = frozenset(
    {
        "self",
        "nsubj",
        "nsubj_partners",
        "clause_subject",
        "obj",
        "nmod",
        "clause_event",
        "obl:в",
        "obl:на",
        "obl:с",
        "obl:к",
        "obl:у",
    }
)
register_language(
    Language(
        code="ru",
        resolvers=RESOLVERS,
        guards=frozenset(_GUARDS),
        actions=frozenset({"title_owner"}),
        inflect=_lemmas,
    )
)
