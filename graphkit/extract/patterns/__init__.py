"""Relation patterns as data: the file format, loading, validation and examples as tests.

The format is docs/patterns.md. This module is language-neutral: a language registers
what its engine knows (resolver, guard and action names, how a lemma inflects) as a
:class:`Language`, and :func:`load_patterns` reads and checks that language's files
``patterns/<lang>/<family>.yaml`` and its ``lexicon.yaml`` against it. Files are parsed
once per process (:func:`load_patterns` is cached).

A pattern either names two slots (``subject`` and ``object``, each found by a named
resolver) or one ``action``: a genre frame that is truly procedural, written in Python
by the language's engine and still identified, counted and tested as one pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from graphkit.models import ENTITY_TYPES, RELATION_TYPES

HERE = Path(__file__).resolve().parent
#: Modalities a pattern may declare: ``tense`` reads it from the words before the trigger
#: ("will meet" -> planned); ``planned`` and ``asserted`` are fixed.
PATTERN_MODALITIES = ("tense", "planned", "asserted")
_ID_RE = re.compile(r"^[a-z]{2}\.[a-z]+\.[a-z0-9][a-z0-9-]*$")
_PATTERN_KEYS = frozenset(
    {
        "id",
        "relation",
        "trigger",
        "when",
        "subject",
        "object",
        "action",
        "then",
        "confidence",
        "modality",
        "priority",
        "examples",
        "counterexamples",
        "note",
    }
)
_SLOT_KEYS = frozenset({"find", "types", "skip", "list", "reach"})

#: Inflects one lemma (``hold talks``) into its surface forms with the language's lexicon
#: (lemma -> irregular forms).
Inflector = Callable[[str, Mapping[str, tuple[str, ...]]], Iterable[str]]
#: (source name, relation type, target name, rule) of one extracted edge.
Edge = tuple[str, str, str, str]


class PatternError(ValueError):
    """A pattern file that does not follow the format (the message names file and id)."""


@dataclass(frozen=True)
class Language:
    """What one language's engine provides, by name: the loader checks patterns against it."""

    code: str
    resolvers: frozenset[str]
    guards: frozenset[str]
    actions: frozenset[str]
    inflect: Inflector


@dataclass(frozen=True)
class Slot:
    """One end of a relation: the resolver that finds it and the entity types it accepts."""

    find: str
    types: tuple[str, ...]
    otherwise: tuple[str, ...] = ()  # resolvers tried in turn when ``find`` finds nothing
    skip: tuple[str, ...] = ()  # words the resolver steps over ("met with X": with)
    many: bool = False  # every member of a coordinated list, not only the nearest
    reach: int = 0  # how many tokens away the resolver may look (0: the resolver's own)

    def after_skipped(self, words: list[str], j: int) -> int:
        """The first index from ``j`` whose word is not one this slot steps over."""
        while j < len(words) and words[j].lower() in self.skip:
            j += 1
        return j


@dataclass(frozen=True)
class Example:
    """A text and edges (source, relation, target) that a pattern must (or must not) give."""

    text: str
    edges: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Pattern:
    id: str
    family: str
    lang: str
    relation: str
    #: surface forms that start the pattern, each a tuple of lower-case words
    triggers: tuple[tuple[str, ...], ...]
    subject: Slot | None
    object: Slot | None
    action: str | None
    when: tuple[str, ...]
    #: actions run after the pattern's edges to each target ("X will attend E alongside Y")
    then: tuple[str, ...]
    confidence: float
    modality: str
    priority: int
    examples: tuple[Example, ...]
    counterexamples: tuple[Example, ...]


@dataclass(frozen=True)
class PatternSet:
    """Every pattern of one language, in run order (priority, then file order)."""

    lang: str
    patterns: tuple[Pattern, ...]
    by_id: dict[str, Pattern] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id.update((p.id, p) for p in self.patterns)

    def family(self, name: str) -> list[Pattern]:
        return [p for p in self.patterns if p.family == name]


_LANGUAGES: dict[str, Language] = {}


def register_language(language: Language) -> None:
    """Makes ``language`` known to :func:`load_patterns` (its engine module does this)."""
    _LANGUAGES[language.code] = language
    load_patterns.cache_clear()


def languages() -> list[str]:
    """The codes of the languages whose engines registered, sorted."""
    return sorted(_LANGUAGES)


def language(code: str) -> Language:
    try:
        return _LANGUAGES[code]
    except KeyError:
        raise PatternError(f"no engine registered for language {code!r}") from None


@cache
def load_patterns(code: str, folder: Path | None = None) -> PatternSet:
    """Reads and checks every pattern file of language ``code`` (once per process)."""
    lang = language(code)
    folder = folder or HERE / code
    lexicon = load_lexicon(folder / "lexicon.yaml")
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "lexicon.yaml":
            continue
        for pattern in _read_file(path, lang, lexicon):
            if pattern.id in seen:
                raise PatternError(f"{path.name}: pattern id {pattern.id} is used twice")
            seen.add(pattern.id)
            patterns.append(pattern)
    order = {id(p): i for i, p in enumerate(patterns)}
    patterns.sort(key=lambda p: (p.priority, order[id(p)]))
    return PatternSet(code, tuple(patterns))


def load_lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    """lemma -> its irregular forms (``lexicon.yaml``; missing file: an empty lexicon)."""
    if not path.exists():
        return {}
    data = _yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("lemmas", {}), dict):
        raise PatternError(f"{path.name}: expected a mapping 'lemmas: {{lemma: [forms]}}'")
    lexicon: dict[str, tuple[str, ...]] = {}
    for lemma, forms in (data.get("lemmas") or {}).items():
        lexicon[str(lemma)] = tuple(str(f) for f in _as_list(forms, f"{path.name}: {lemma}"))
    return lexicon


def _yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as error:
        raise PatternError(f"{path.name}: not valid YAML: {error}") from None


def _read_file(path: Path, lang: Language, lexicon: Mapping[str, tuple[str, ...]]) -> list[Pattern]:
    data = _yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise PatternError(f"{path.name}: expected 'family', 'lang' and a list 'patterns'")
    family = str(data.get("family", ""))
    if family != path.stem:
        raise PatternError(f"{path.name}: family {family!r} is not the file's name")
    if str(data.get("lang", "")) != lang.code:
        raise PatternError(f"{path.name}: lang {data.get('lang')!r} is not {lang.code!r}")
    return [_pattern(raw, family, lang, lexicon, path.name) for raw in data["patterns"]]


def _pattern(
    raw: Any, family: str, lang: Language, lexicon: Mapping[str, tuple[str, ...]], where: str
) -> Pattern:
    if not isinstance(raw, dict):
        raise PatternError(f"{where}: every pattern is a mapping")
    pid = str(raw.get("id", ""))
    where = f"{where}: {pid or '(no id)'}"

    def fail(message: str) -> PatternError:
        return PatternError(f"{where}: {message}")

    unknown = set(raw) - _PATTERN_KEYS
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    if not _ID_RE.match(pid) or not pid.startswith(f"{lang.code}.{family}."):
        raise fail(f"id must read '{lang.code}.{family}.<name>' (lower case, digits, '-')")
    relation = str(raw.get("relation", ""))
    if relation not in RELATION_TYPES:
        raise fail(f"relation {relation!r} is not one of {', '.join(RELATION_TYPES)}")
    action = raw.get("action")
    if action is not None and str(action) not in lang.actions:
        raise fail(f"action {action!r} is not one the {lang.code} engine has")
    subject = _slot(raw.get("subject"), lang, fail, "subject")
    target = _slot(raw.get("object"), lang, fail, "object")
    if action is None and (subject is None or target is None):
        raise fail("a pattern names both 'subject' and 'object', or an 'action'")
    if action is not None and (subject is not None or target is not None):
        raise fail("an 'action' finds both ends itself: no 'subject' or 'object'")
    triggers = _triggers(raw.get("trigger"), lang, lexicon, fail)
    if action is None and not triggers:
        raise fail("a pattern with slots needs trigger lemmas or forms")
    when = tuple(str(g) for g in _as_list(raw.get("when", []), where))
    for guard in when:
        if guard not in lang.guards:
            raise fail(f"guard {guard!r} is not one the {lang.code} engine has")
    then = tuple(str(a) for a in _as_list(raw.get("then", []), where))
    for name in then:
        if name not in lang.actions:
            raise fail(f"action {name!r} in 'then' is not one the {lang.code} engine has")
    confidence = raw.get("confidence")
    if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise fail("confidence must be a number in (0, 1]")
    modality = str(raw.get("modality", "asserted"))
    if modality not in PATTERN_MODALITIES:
        raise fail(f"modality must be one of {', '.join(PATTERN_MODALITIES)}")
    priority = raw.get("priority", 50)
    if not isinstance(priority, int):
        raise fail("priority must be an integer")
    return Pattern(
        id=pid,
        family=family,
        lang=lang.code,
        relation=relation,
        triggers=triggers,
        subject=subject,
        object=target,
        action=None if action is None else str(action),
        when=when,
        then=then,
        confidence=float(confidence),
        modality=modality,
        priority=priority,
        examples=_examples(raw.get("examples", []), fail),
        counterexamples=_examples(raw.get("counterexamples", []), fail),
    )


def _slot(raw: Any, lang: Language, fail: Callable[[str], PatternError], name: str) -> Slot | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - _SLOT_KEYS:
        raise fail(f"{name} is a mapping of {', '.join(sorted(_SLOT_KEYS))}")
    finders = [str(f) for f in raw["find"]] if isinstance(raw.get("find"), list) else []
    finders = finders or [str(raw.get("find", ""))]
    for find in finders:
        if find not in lang.resolvers:
            raise fail(f"{name}: resolver {find!r} is not one the {lang.code} engine has")
    types = tuple(str(t) for t in _as_list(raw.get("types", []), name))
    if not types or any(t not in ENTITY_TYPES for t in types):
        raise fail(f"{name}: types must be some of {', '.join(ENTITY_TYPES)}")
    reach = raw.get("reach", 0)
    if not isinstance(reach, int) or reach < 0:
        raise fail(f"{name}: reach must be a whole number of tokens")
    return Slot(
        find=finders[0],
        otherwise=tuple(finders[1:]),
        types=types,
        skip=tuple(str(w).lower() for w in _as_list(raw.get("skip", []), name)),
        many=bool(raw.get("list", False)),
        reach=reach,
    )


def _triggers(
    raw: Any,
    lang: Language,
    lexicon: Mapping[str, tuple[str, ...]],
    fail: Callable[[str], PatternError],
) -> tuple[tuple[str, ...], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or set(raw) - {"lemmas", "forms"}:
        raise fail("trigger is a mapping of 'lemmas' and 'forms'")
    forms: dict[tuple[str, ...], None] = {}  # ordered, no repeats
    for lemma in _as_list(raw.get("lemmas", []), "trigger lemmas"):
        for form in lang.inflect(str(lemma), lexicon):
            forms[tuple(form.lower().split())] = None
    for form in _as_list(raw.get("forms", []), "trigger forms"):
        forms[tuple(str(form).lower().split())] = None
    return tuple(f for f in forms if f)


def _examples(raw: Any, fail: Callable[[str], PatternError]) -> tuple[Example, ...]:
    examples = []
    for item in _as_list(raw, "examples"):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise fail("an example is a mapping with 'text' and 'edges'")
        edges = []
        for edge in _as_list(item.get("edges", []), "edges"):
            if not isinstance(edge, list) or len(edge) != 3 or edge[1] not in RELATION_TYPES:
                raise fail(f"an example edge is [source, RELATION, target], not {edge!r}")
            edges.append((str(edge[0]), str(edge[1]), str(edge[2])))
        examples.append(Example(item["text"], tuple(edges)))
    return tuple(examples)


def _as_list(raw: Any, where: str) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise PatternError(f"{where}: expected a list, not {raw!r}")
    return raw


def check_examples(pattern: Pattern, extract_edges: Callable[[str], list[Edge]]) -> list[str]:
    """What is wrong with ``pattern``'s examples, run through ``extract_edges`` (text ->
    edges with their rule): an example must give exactly its edges by this pattern, a
    counterexample none of its edges by any pattern. An empty list: all hold."""
    problems = []
    for example in pattern.examples:
        got = {(s, t, o) for s, t, o, rule in extract_edges(example.text) if rule == pattern.id}
        if got != set(example.edges):
            missing = sorted(set(example.edges) - got)
            extra = sorted(got - set(example.edges))
            problems.append(f"{example.text!r}: missing {missing}, extra {extra}")
    for counter in pattern.counterexamples:
        got = {(s, t, o) for s, t, o, _ in extract_edges(counter.text)}
        wrong = sorted(got & set(counter.edges))
        if wrong:
            problems.append(f"counterexample {counter.text!r} gives {wrong}")
    return problems
