"""Mentions in a Russian post: people (slovnet NER, names put into the nominative),
countries, organisations and places (the lemma gazetteer of ``lexicon``), events (a
meeting noun and its genitive dependents) and the offices people hold (titles)."""

from __future__ import annotations

import re

from graphkit.extract.kb import KnowledgeBase, slug
from graphkit.extract.mentions import Mention
from graphkit.extract.ru.lexicon import Entry, RuLexicon, person_lemmas, stem
from graphkit.extract.ru.nlp import RuDocument, Token, inflect, normal, person_lemma, word_parses

#: Nouns that head the name of an event: "заседание СМИД ШОС", "саммит БРИКС".
EVENT_HEADS = frozenset(
    {
        "саммит",
        "заседание",
        "форум",
        "конференция",
        "совещание",
        "сессия",
        "встреча",
        "церемония",
        "чтение",
        "консультация",
        "диалог",
        "конгресс",
        "ассамблея",
        "конкурс",
        "выставка",
    }
)
#: Words that may continue an event's name although they are not in the genitive.
_EVENT_JOINERS = frozenset({"по", "высокий", "уровень"})
_QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
#: Words a title does not run through: "переговоры с госсекретарём США X" ends at "с".
_TITLE_STOPS = frozenset({"с", "со", "на", "к", "от", "для", "о", "об", "за", "у", "что", "как"})
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
#: Prepositions of place: "в Каире" is the city; "Каир заявил", "позиция Каира" the state.
_NUMBER_RE = re.compile(r"^(?:\d+(?:-?й|-?го|-?м)?|[IVXLC]+)$")
_ACRONYM_RE = re.compile(r"^[A-ZА-ЯЁ]{2,}$")


def _title_case(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _written_in_nominative(words: list[str]) -> bool:
    """Whether a name is already in the nominative: its first name says so ("Денис" but
    not "Дениса"); a lone surname in -ов/-ев/-ин is one."""
    for word in words:
        for _, tags in word_parses(word) if word[:1].isupper() else ():
            if "Name" in tags:
                return "nomn" in tags
    return len(words) == 1 and normal(words[0]).endswith(("ов", "ев", "ин", "ын", "ский"))


def nominative_name(tokens: list[Token]) -> str:
    """A person's name in the nominative: "Хаканом Фиданом" -> "Хакан Фидан"."""
    words = [t.text for t in tokens if len(t.text) > 1 and any(c.isalpha() for c in t.text)]
    if _written_in_nominative(words):
        return " ".join(_title_case(w) for w in words)  # "Денис Алипов" stays
    female = any("femn" in t.tags and t.tags & _NAME_TAGS for t in tokens)
    out = []
    for word in words:
        if not any("\u0400" <= c <= "\u04ff" for c in word):
            out.append(word)
            continue
        form = inflect(word, {"nomn", "femn"} if female else {"nomn"}) if female else None
        lemma = form or person_lemma(word)
        if female and form is None and lemma.endswith(("ов", "ев", "ин", "ын")):
            lemma += "а"  # "Захаровой" -> "захаров" -> "Захарова"
        out.append(_title_case(lemma))
    return " ".join(out)


class _Finder:
    def __init__(self, doc: RuDocument, kb: KnowledgeBase, lex: RuLexicon) -> None:
        self.doc = doc
        self.kb = kb
        self.lex = lex
        self.taken: list[Mention | None] = [None] * len(doc.tokens)
        self.mentions: list[Mention] = []

    def surface(self, start: int, end: int) -> str:
        tokens = self.doc.tokens
        return self.doc.text[tokens[start].start : tokens[end - 1].end]

    def keep(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            if self.taken[i] is None:
                self.taken[i] = mention

    def token_range(self, start_char: int, end_char: int) -> tuple[int, int]:
        indices = [
            i for i, t in enumerate(self.doc.tokens) if t.start >= start_char and t.end <= end_char
        ]
        return (indices[0], indices[-1] + 1) if indices else (0, 0)

    def _known(self, start: int, end: int) -> bool:
        words = [t.text for t in self.doc.tokens[start:end]]
        return self.lex.person(person_lemmas(self.surface(start, end)), words) is not None

    def _split(self, start: int, end: int) -> list[tuple[int, int]]:
        """A span NER ran together ("Ван И Сергей Лавров"): cut where one side is a known
        person."""
        if end - start < 3 or self._known(start, end):
            return [(start, end)]
        for cut in range(start + 1, end):
            if self._known(start, cut) or self._known(cut, end):
                return [(start, cut), (cut, end)]
        return [(start, end)]

    def _person_spans(self) -> list[tuple[int, int]]:
        """NER's PER spans, and known surnames it missed (with initials or a first name)."""
        tokens = self.doc.tokens
        spans: list[tuple[int, int]] = []
        covered: set[int] = set()
        ner: list[tuple[int, int]] = []
        for start_char, end_char, kind in self.doc.spans:
            if kind == "PER":
                start, end = self.token_range(start_char, end_char)
                if start < end and tokens[start].sentence == tokens[end - 1].sentence:
                    if (
                        ner
                        and ner[-1][1] == start
                        and tokens[start].sentence == tokens[ner[-1][0]].sentence
                    ):
                        start = ner.pop()[0]  # "Реджепом | Тайипом Эрдоганом": one name
                    ner.append((start, end))
        for start, end in ner:
            for before in (start - 1, start - 2):
                # "Турецкой Республики Реджепом" tagged LOC: a known name wins its first word
                if before >= 0 and tokens[before].text[:1].isupper() and self._known(before, end):
                    start = before
                    break
            spans.extend(self._split(start, end))
            covered.update(range(start, end))
        for i, token in enumerate(tokens):
            if i in covered or not token.text[:1].isupper() or len(token.text) < 3:
                continue
            if person_lemma(token.text) not in self.lex.surnames:
                continue
            start = i
            while (
                start > 0
                and (tokens[start - 1].text == "." or len(tokens[start - 1].text) == 1)
                and tokens[start - 1].text[:1] not in "«("
            ):
                start -= 1  # "С.В.Лавров"
            while start < i and not tokens[start].text[:1].isupper():
                start += 1
            spans.append((start, i + 1))
        return sorted(spans)

    def people(self) -> None:
        tokens = self.doc.tokens
        fulls: list[Mention] = []
        for start, end in self._person_spans():
            while start < end and tokens[start].lemma in self.lex.title_firsts:
                start += 1  # "Посол Ноздрев", "Министр", "Постоянный ...": a title, no name
            if start == end:
                continue
            words = [t for t in tokens[start:end] if t.text[:1].isupper() or t.text == "."]
            if not words:
                continue
            surface = self.surface(start, end)
            lemmas = person_lemmas(surface)
            if not lemmas:
                continue
            english = self.lex.person(lemmas, [t.text for t in tokens[start:end]])
            if english is None and len(lemmas) == 1:
                known = self.lex.surnames.get(lemmas[0], set())
                english = next(iter(known)) if len(known) == 1 else None
            mention = Mention(start, end, "Person", "", surface, "name")
            if english is not None:
                mention.name = english
                mention.key = "person:" + slug(english)
                nominative = nominative_name(tokens[start:end])
                if nominative != surface and nominative.count(" ") == surface.count(" "):
                    # "Хаканом Фиданом" is also known as "Хакан Фидан" (found by search)
                    alias = Mention(start, start, "Person", nominative, nominative, "alias")
                    alias.refers_to = mention
                    self.mentions.append(alias)
            else:
                mention.name = nominative_name(tokens[start:end])
                if len(lemmas) == 1:
                    same = [m for m in fulls if person_lemmas(m.surface)[-1] == lemmas[0]]
                    if same:
                        mention.kind = "surname"
                        mention.refers_to = same[-1]
            if len(mention.name.split()) >= 2 or mention.key:
                fulls.append(mention)
            self.keep(mention)

    def gazetteer(self) -> None:
        lemmas = [t.lemma for t in self.doc.tokens]
        i = 0
        while i < len(lemmas):
            if self.taken[i] is not None:
                i += 1
                continue
            hit = self.lex.match(lemmas, i)
            token = self.doc.tokens[i]
            if hit is None and token.text[:1].isupper() and len(token.text) > 4:
                key = self.lex.stems.get(stem(token.text))
                hit = (1, Entry(key, "name")) if key else None
            if hit is None:
                i += 1
                continue
            length, entry = hit
            if entry.capitalised and not self.doc.tokens[i].text[:1].isupper():
                i += 1
                continue
            end = i + length
            if any(self.taken[j] is not None for j in range(i, end)):
                i += 1
                continue
            key, kind = entry.key, entry.kind
            country = self.lex.capital_of.get(key)
            if country is not None and self._acts(i):
                key, kind = country, "metonym"  # "стремление Каира", "Москва заявила"
            known = self.kb.get(key)
            name = known.name if known else self.lex.place_names.get(key, key)
            etype = known.type if known else "Place"
            self.keep(Mention(i, end, etype, name, self.surface(i, end), kind, key))
            i = end

    def _acts(self, i: int) -> bool:
        """Whether a capital at token ``i`` stands for its government: it opens the sentence
        ("Москва приветствует") or is the genitive owner of a noun ("позиция Каира")."""
        tokens = self.doc.tokens
        sentence = self.doc.sentences[tokens[i].sentence]
        opening = all(not t.text[:1].isalnum() for t in tokens[sentence.start : i])
        owner = i > sentence.start and "gent" in tokens[i].tags and "NOUN" in tokens[i - 1].tags
        return opening or owner

    def events(self) -> None:
        tokens = self.doc.tokens
        for i, token in enumerate(tokens):
            if token.lemma not in EVENT_HEADS or self.taken[i] is not None:
                continue
            sentence = self.doc.sentences[token.sentence]
            start = i
            while start > sentence.start and (
                {"ADJF", "NUMR"} & tokens[start - 1].tags
                or _NUMBER_RE.match(tokens[start - 1].text)
            ):
                start -= 1
            while start < i and not (
                tokens[start].text[:1].isupper() or _NUMBER_RE.match(tokens[start].text)
            ):
                start += 1
            end = i + 1
            quoted = False
            while end < sentence.end:
                nxt = tokens[end]
                inside = self.taken[end]
                if nxt.text in _QUOTES:
                    quoted = not quoted if nxt.text in {"«", "»", '"'} else quoted
                    end += 1
                    continue
                if quoted or (inside is not None and inside.type != "Person"):
                    end += 1
                    continue
                if nxt.lemma in _EVENT_JOINERS and end + 1 < sentence.end:
                    end += 1
                    continue
                if _ACRONYM_RE.match(nxt.text):
                    end += 1
                    continue
                if "gent" in nxt.tags and ({"NOUN", "ADJF"} & nxt.tags):
                    end += 1
                    continue
                break
            while end > i + 1 and (
                tokens[end - 1].lemma in _EVENT_JOINERS or tokens[end - 1].text in {"«"}
            ):
                end -= 1
            named = any(
                self.taken[j] is not None
                or tokens[j].text in _QUOTES
                or (
                    tokens[j].text[:1].isupper()
                    and j != sentence.start
                    and tokens[j].lemma not in self.lex.title_firsts
                )
                for j in range(start, end)
                if j != i
            ) or (start < i)
            people = [j for j in range(start, end) if (m := self.taken[j]) and m.type == "Person"]
            if not named or end - start < 2 or people:
                continue  # "встреча Сергея Лаврова" is a meeting with a person, not an event
            words = [t.text for t in tokens[start:end]]
            gaps = [
                self.doc.text[tokens[k].end : tokens[k + 1].start] for k in range(start, end - 1)
            ]
            head_form = inflect(
                token.text, {"nomn", "sing"} if token.lemma != "чтение" else {"nomn"}
            )
            head_at = i - start
            if head_form:
                words[head_at] = head_form
                gender = next((g for g in ("masc", "femn", "neut") if g in token.tags), None)
                for k in range(head_at):
                    adjective = inflect(words[k], {"nomn", "sing", *([gender] if gender else [])})
                    if adjective and not words[k][:1].isdigit():
                        words[k] = adjective
            name = "".join(w + g for w, g in zip(words, [*gaps, ""], strict=True))
            name = name[:1].upper() + name[1:]
            mention = Mention(start, end, "Event", name, self.surface(start, end), "event")
            self.mentions.append(mention)
            for j in range(start, end):
                inner = self.taken[j]
                if inner is not None:
                    inner.inside_event = True
                self.taken[j] = self.taken[j] or mention

    def titles(self) -> None:
        tokens = self.doc.tokens
        for mention in self.mentions:
            if mention.type != "Person" or mention.refers_to is not None:
                continue
            sentence = self.doc.sentences[tokens[mention.start].sentence]
            owners: list[Mention] = []
            titled = False
            j = mention.start - 1
            while j >= sentence.start and mention.start - j <= 8:
                token = tokens[j]
                inside = self.taken[j]
                if inside is not None and inside.type in ("Country", "Organisation"):
                    if inside not in owners:
                        owners.append(inside)
                elif inside is not None and inside.type == "Place":
                    pass  # "посол Армении в Москве Гурген Арсенян": the post's seat
                elif (
                    inside is not None
                    or (not token.text[:1].isalpha() and token.text != "-")
                    or token.lemma in _TITLE_STOPS
                    or _VERB_TAGS & token.tags
                ):
                    break  # "провёл переговоры с госсекретарём США X": the title ends at "с"
                if token.lemma in self.lex.title_firsts:
                    titled = True
                    first = j
                j -= 1
            if titled and owners:
                mention.owner = owners[-1]
                mention.title = self.surface(first, mention.start)
            elif not titled:
                self._title_after(mention, sentence.end)

    def _title_after(self, mention: Mention, stop: int) -> None:
        """ "Хакан Фидан, министр иностранных дел Турции, ...": a title in apposition."""
        tokens = self.doc.tokens
        at = mention.end
        if (
            at + 1 >= stop
            or tokens[at].text != ","
            or tokens[at + 1].lemma not in self.lex.title_firsts
        ):
            return
        for j in range(at + 1, min(stop, at + 9)):
            inside = self.taken[j]
            if inside is not None and inside.type in ("Country", "Organisation"):
                mention.owner = inside
                mention.title = self.surface(at + 1, j + 1)
                return
            if inside is not None or not tokens[j].text[:1].isalpha():
                return


def find_mentions(doc: RuDocument, kb: KnowledgeBase, lex: RuLexicon) -> list[Mention]:
    """Every mention of ``doc``, in the order they were found."""
    finder = _Finder(doc, kb, lex)
    finder.people()
    finder.gazetteer()
    finder.events()
    finder.titles()
    return finder.mentions


def mention_at(mentions: list[Mention], index: int) -> Mention | None:
    """The innermost mention covering token ``index`` (people and names before events)."""
    best = None
    for mention in mentions:
        if mention.covers(index) and (
            best is None or mention.end - mention.start < best.end - best.start
        ):
            best = mention
    return best
