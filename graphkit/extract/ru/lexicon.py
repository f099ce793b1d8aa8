"""The Russian side of the knowledge base, over lemmas.

Country names come from pycountry's Russian gettext catalogue (iso3166-1); the
shipped ``data/ru.json`` adds short forms, abbreviations, adjectives, organisations,
cities, office titles and the English names of people often written in Russian. Every
entry maps a tuple of lemmas to a key of the English knowledge base, so "Турции",
"Турция" and "Turkey" are one country.
"""

from __future__ import annotations

import gettext
import itertools
import json
import re
from dataclasses import dataclass, field
from importlib import resources

from graphkit.extract.kb import KnowledgeBase, slug
from graphkit.extract.ru.nlp import analyse_word, normal, person_lemma, word_parses

#: Longest lemma phrase looked up in the gazetteer.
MAX_PHRASE = 8


def lemmas_of(phrase: str) -> tuple[str, ...]:
    """The lemma tuple a written phrase matches as: "Соединённые Штаты" -> two lemmas."""
    from razdel import tokenize

    return tuple(analyse_word(w.text)[0] for w in tokenize(phrase) if w.text not in '«»"')


_STEM_ENDINGS = ("ами", "ом", "ем", "ой", "ей", "ью", "ь", "а", "я", "е", "и", "у", "ю", "ы", "й")


def stem(word: str) -> str:
    """A name without its case ending: "Тяньцзине" and "Тяньцзинь" -> "тяньцзин"."""
    lowered = normal(word)
    for ending in _STEM_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


_CASE_ENDINGS = ("ом", "ым", "ем", "а", "у", "е", "я", "ю")


def _unended(word: str) -> str:
    """A foreign name without a Russian case ending: "Абдельатти" stays, "Бадра" -> "бадр"."""
    lowered = normal(word)
    for ending in _CASE_ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return lowered[: -len(ending)]
    return lowered


def person_lemmas(phrase: str) -> tuple[str, ...]:
    """The lemma tuple of a person's name, initials dropped: "С.В.Лавров" -> ("лавров",)."""
    from razdel import tokenize

    words = (w.text for w in tokenize(phrase))
    return tuple(person_lemma(w) for w in words if len(w) > 1 and any(c.isalpha() for c in w))


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    kind: str  # "name" or "adjective"
    #: written with a capital: matches only a capitalised word ("Запад", not "на западе")
    capitalised: bool = False


@dataclass
class RuLexicon:
    """Lemma phrases to KB keys, people's Russian forms to English names, titles."""

    phrases: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    first_lemmas: set[str] = field(default_factory=set)
    #: lemma tuple of a person's Russian form (initials dropped) -> English name
    people: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: surname lemma -> English names with that surname
    surnames: dict[str, set[str]] = field(default_factory=dict)
    titles: dict[tuple[str, ...], bool] = field(default_factory=dict)
    title_firsts: set[str] = field(default_factory=set)
    #: every noun of a title ("министр", "глава", "посол", "секретарь")
    title_heads: frozenset[str] = frozenset()
    #: stems of one-word names ("тяньцзин" for "Тяньцзинь", "Тяньцзине"): foreign names
    #: pymorphy guesses wrong lemmas for
    stems: dict[str, str] = field(default_factory=dict)
    #: place key of a capital -> the key of its country ("place:cairo" -> "country:eg")
    capital_of: dict[str, str] = field(default_factory=dict)
    #: place keys of Russian-only cities -> English name
    place_names: dict[str, str] = field(default_factory=dict)

    def add(self, phrase: str, key: str, kind: str = "name") -> None:
        if kind == "name" and " " not in phrase and phrase[:1].isupper():
            self.stems.setdefault(stem(phrase), key)
        lemmas = lemmas_of(phrase)
        if lemmas and lemmas not in self.phrases:
            capitalised = phrase[:1].isupper() and not phrase.isupper()
            self.phrases[lemmas] = Entry(key, kind, capitalised)
            self.first_lemmas.add(lemmas[0])

    def person(self, lemmas: tuple[str, ...], words: list[str]) -> str | None:
        """The English name of a known person written ``words`` (any case), or None."""
        english = self.people.get(lemmas)
        if english is not None:
            return english
        # foreign names pymorphy does not know: "Бадра" may be "бадр" in the genitive
        options = [
            {lemma, *(alt for alt, tags in word_parses(word) if "NOUN" in tags), _unended(word)}
            for lemma, word in zip(
                lemmas, [w for w in words if len(w) > 1 and w.isalpha()], strict=False
            )
        ]
        if len(options) != len(lemmas):
            return None
        for combination in itertools.product(*options):
            english = self.people.get(tuple(combination))
            if english is not None:
                return english
        return None

    def match(self, lemmas: list[str], start: int) -> tuple[int, Entry] | None:
        """The longest known phrase at ``start``: (length, entry)."""
        if lemmas[start] not in self.first_lemmas:
            return None
        for length in range(min(MAX_PHRASE, len(lemmas) - start), 0, -1):
            entry = self.phrases.get(tuple(lemmas[start : start + length]))
            if entry is not None:
                return length, entry
        return None


def _data() -> dict[str, object]:
    source = resources.files("graphkit.extract").joinpath("data/ru.json")
    data: dict[str, object] = json.loads(source.read_text(encoding="utf-8"))
    return data


_BUILT: list[tuple[KnowledgeBase, RuLexicon]] = []


def lexicon(kb: KnowledgeBase) -> RuLexicon:
    """The Russian lexicon for ``kb`` (built once per KB, about a second)."""
    for built_for, lex in _BUILT:
        if built_for is kb:
            return lex
    lex = _build(kb)
    _BUILT[:] = [(kb, lex)]
    return lex


def _build(kb: KnowledgeBase) -> RuLexicon:
    import pycountry

    data = _data()
    lex = RuLexicon()
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    countries: dict[str, dict[str, list[str]]] = data["countries"]  # type: ignore[assignment]
    for code, extra in countries.items():
        for form in extra.get("forms", []):
            lex.add(form, "country:" + code.lower())
        for adjective in extra.get("adjectives", []):
            lex.add(adjective, "country:" + code.lower(), "adjective")
    for country in pycountry.countries:
        key = "country:" + country.alpha_2.lower()
        if kb.get(key) is None:
            continue
        for attribute in ("common_name", "name", "official_name"):
            english = getattr(country, attribute, None)
            if english:
                russian = catalogue.gettext(english)
                if russian != english and "," not in russian and "(" not in russian:
                    lex.add(russian, key)
    organisations: dict[str, list[str]] = data["organisations"]  # type: ignore[assignment]
    for key, forms in organisations.items():
        if kb.get(key) is not None:
            for form in forms:
                lex.add(form, key)
    places: dict[str, list[str]] = data["places"]  # type: ignore[assignment]
    for english, forms in places.items():
        key = "place:" + slug(english)
        lex.place_names[key] = english
        for form in forms:
            lex.add(form, key)
    for entry in kb.entries.values():
        if entry.type == "Country":
            for capital in entry.capitals:
                lex.capital_of.setdefault("place:" + slug(capital), entry.key)
    people: dict[str, list[str]] = data["people"]  # type: ignore[assignment]
    for english, forms in people.items():
        for form in forms:
            # the written nominative too: pymorphy reads "Рябков" as a plural of "рябок"
            written = tuple(normal(w) for w in re.findall(r"\w[\w-]+", form))
            for lemmas in {person_lemmas(form), written}:
                lex.people.setdefault(lemmas, english)
                if len(lemmas) == 1:
                    lex.surnames.setdefault(lemmas[0], set()).add(english)
    titles: dict[str, list[str]] = data["titles"]  # type: ignore[assignment]
    for title in titles["owned"]:
        lemmas = tuple(normal(w) for w in lemmas_of(title))
        lex.titles[lemmas] = True
        lex.title_firsts.add(lemmas[0])
    lex.title_heads = frozenset(
        lemma for lemmas in lex.titles for lemma in lemmas if "NOUN" in analyse_word(lemma)[1]
    )
    return lex
