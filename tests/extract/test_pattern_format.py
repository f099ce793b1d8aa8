"""The pattern file format (docs/patterns.md): loading and the checks that reject bad files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from graphkit.extract.patterns import (
    Language,
    PatternError,
    check_examples,
    load_patterns,
    register_language,
)


def _inflect(lemma: str, lexicon: Mapping[str, tuple[str, ...]]) -> Iterable[str]:
    return (lemma, *lexicon.get(lemma, ()))


TOY = Language(
    "xx", frozenset({"before", "after"}), frozenset({"plain"}), frozenset({"frame"}), _inflect
)

GOOD = """
family: meet
lang: xx
patterns:
  - id: xx.meet.met
    relation: MET_WITH
    trigger: {lemmas: [meet], forms: [saw]}
    when: [plain]
    subject: {find: before, types: [Person]}
    object: {find: after, types: [Person], skip: [with], list: true}
    confidence: 0.9
    modality: tense
    examples:
      - text: "A met B."
        edges: [[A, MET_WITH, B]]
    counterexamples:
      - text: "A did not meet B."
        edges: [[A, MET_WITH, B]]
  - id: xx.meet.frame
    relation: MET_WITH
    action: frame
    confidence: 0.7
    priority: 10
"""


def _folder(tmp_path: Path, text: str, name: str = "meet") -> Path:
    folder = tmp_path / "xx"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    (folder / "lexicon.yaml").write_text("lemmas:\n  meet: [met]\n", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _toy_language() -> None:
    register_language(TOY)


def test_a_good_file_loads_with_inflected_triggers_in_priority_order(tmp_path: Path) -> None:
    patterns = load_patterns("xx", _folder(tmp_path, GOOD))
    assert [p.id for p in patterns.patterns] == ["xx.meet.frame", "xx.meet.met"]
    met = patterns.by_id["xx.meet.met"]
    assert met.triggers == (("meet",), ("met",), ("saw",))
    assert met.object is not None and met.object.many and met.object.skip == ("with",)
    assert met.examples[0].edges == (("A", "MET_WITH", "B"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("relation: MET_WITH", "relation: LIKES"), "relation"),
        (("find: before", "find: somewhere"), "resolver"),
        (("when: [plain]", "when: [maybe]"), "guard"),
        (("confidence: 0.9", "confidence: 1.5"), "confidence"),
        (("modality: tense", "modality: soon"), "modality"),
        (("id: xx.meet.frame", "id: xx.meet.met"), "used twice"),
        (("id: xx.meet.met", "id: xx.visit.met"), "id must read"),
        (("types: [Person], skip", "types: [Human], skip"), "types"),
        (("action: frame", "action: magic"), "action"),
        (("    priority: 10", "    subject: {find: before, types: [Person]}"), "no 'subject'"),
        (("[[A, MET_WITH, B]]\n    counter", "[[A, B]]\n    counter"), "example edge"),
    ],
)
def test_a_bad_file_is_rejected_with_its_id(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(PatternError, match=message):
        load_patterns("xx", _folder(tmp_path, GOOD.replace(old, new, 1)))


def test_a_family_must_match_its_file(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="family"):
        load_patterns("xx", _folder(tmp_path, GOOD, name="visit"))


def test_examples_run_as_tests_against_an_extractor(tmp_path: Path) -> None:
    met = load_patterns("xx", _folder(tmp_path, GOOD)).by_id["xx.meet.met"]

    def right(text: str) -> list[tuple[str, str, str, str]]:
        return [("A", "MET_WITH", "B", "xx.meet.met")] if "not" not in text else []

    def wrong(text: str) -> list[tuple[str, str, str, str]]:
        return [("A", "MET_WITH", "B", "xx.meet.other")]

    assert check_examples(met, right) == []
    problems = check_examples(met, wrong)
    assert len(problems) == 2 and "missing" in problems[0] and "counterexample" in problems[1]
