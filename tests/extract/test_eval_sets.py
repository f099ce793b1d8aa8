"""Extraction quality on every annotated set, scored with ``../shared/eval/score.py``.

- ``shared-sample`` and ``shared-dev``: the project's gold (``../shared/eval``), with the
  issue's targets as floors.
- ``holdout``, ``holdout_c``, ``holdout_e``, ``holdout_f`` and ``holdout_g``: posts written
  for graphkit; their miss lists were used to develop rules, so they are development
  figures now.
- ``holdout_blind``, ``holdout_d`` and ``holdout_real``: posts written for graphkit that rule
  writers never read: the figures that say whether the rules generalise (``holdout_real``
  keeps the structures of real posts of the genre; ``ru_blind`` is the same for Russian posts).

Floors sit a little below the figures measured last (see each set's comment), so a regression
fails while improvements pass; every entity type has a precision floor too
(``TYPE_PRECISION_FLOORS``, never under 0.90). The consistency tests of the sets' own gold
need no ../shared.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from graphkit.models import ENTITY_TYPES, RELATION_TYPES
from graphkit.pipeline import extract
from graphkit.sources import read_posts

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"

Floors = dict[tuple[str, str], float]


@dataclass(frozen=True)
class EvalSet:
    name: str
    source: Path
    gold: Path
    floors: Floors
    messages: int | None = None  # for the sets written for graphkit: messages in the export

    def __str__(self) -> str:
        return self.name


def floors(entity_f1: float, entity_p: float, relation_f1: float, relation_p: float) -> Floors:
    return {
        ("entities", "f1"): entity_f1,
        ("entities", "precision"): entity_p,
        ("relations", "f1"): relation_f1,
        ("relations", "precision"): relation_p,
    }


def own_set(name: str, messages: int, set_floors: Floors) -> EvalSet:
    folder = HERE / name
    return EvalSet(name, folder / "result.json", folder / "gold.jsonl", set_floors, messages)


SETS = [
    # The targets: entity F1 >= 0.90 / relation F1 >= 0.80 on the sample dump,
    # >= 0.85 / >= 0.60 on dev. Measured: 1.000 / 1.000 and 0.995 / 0.955 (P 1.000);
    # dev's floors sit just under that.
    EvalSet(
        "shared-sample",
        SHARED / "data" / "channel_dump.txt",
        SHARED / "eval" / "seed_gold.jsonl",
        floors(0.90, 0.90, 0.80, 0.85),
    ),
    EvalSet(
        "shared-dev",
        SHARED / "eval" / "dev" / "result.json",
        SHARED / "eval" / "dev" / "gold.jsonl",
        floors(0.99, 0.99, 0.95, 0.99),
    ),
    # First measured 0.862 / 0.424 (relation P 0.824); now 0.987 / 0.968 (P 1.000).
    own_set("holdout", 20, floors(0.98, 0.98, 0.96, 0.99)),
    # First measured 0.910 / 0.623 (relation P 0.979); now 0.970 / 0.954 (P 1.000).
    own_set("holdout_c", 25, floors(0.96, 0.97, 0.95, 0.99)),
    # First measured 0.938 / 0.728 (relation P 0.990, R 0.575); now 0.971 / 0.959 (P 1.000,
    # R 0.922).
    own_set("holdout_e", 30, floors(0.96, 0.97, 0.95, 0.99)),
    # First measured 0.916 / 0.706 (relation P 0.953, R 0.561); now 1.000 / 0.966 (entity
    # P 1.000; relation P 1.000, R 0.933).
    own_set("holdout_f", 30, floors(0.99, 0.99, 0.96, 0.99)),
    # First measured 0.904 / 0.616 (relation P 0.910, R 0.466), after the recall passes
    # on holdout_e and holdout_f: its misses were then used for development; 0.967 / 0.964
    # (entity P 0.976) before the real-genre entity pass; now 0.972 / 0.964 (entity P
    # 0.986; relation P 1.000, R 0.931).
    own_set("holdout_g", 25, floors(0.965, 0.98, 0.95, 0.99)),
    # First measured 0.893 / 0.430 (relation P 0.739); 0.918 / 0.533 (P 0.789) at the end
    # of session 1; 0.924 / 0.611 before the real-genre entity pass (known office-holders,
    # listed names, place guards); now 0.942 / 0.634 (entity P 0.953; relation P 0.817,
    # R 0.518); after every relation rule became data (session 4) 0.945 / 0.681 (relation
    # P 0.842, R 0.571).
    own_set("holdout_blind", 20, floors(0.93, 0.945, 0.66, 0.83)),
    # Blind too, written later: first measured 0.916 / 0.652 (relation P 0.927, R 0.503);
    # 0.944 / 0.747 before the real-genre entity pass; now 0.956 / 0.760 (entity P 0.968;
    # relation P 0.960, R 0.629); after the precision guards 0.962 / 0.765 (entity P 0.977).
    own_set("holdout_d", 30, floors(0.95, 0.965, 0.75, 0.95)),
    # Russian posts, development set: first measured 0.937 / 0.774 (relation P 0.900); now
    # 0.991 / 1.000 (entity P 0.991; relation P 1.000, R 1.000).
    own_set("ru_dev", 31, floors(0.97, 0.97, 0.97, 0.98)),
    # Blind, written from the structures of real posts read with the search tool (issue 10):
    # on arrival 0.862 / 0.690 (relation P 0.933, R 0.548); after the real-genre entity pass
    # and the pattern rewrite 0.931 / 0.734 (entity P 0.960; relation P 0.963, R 0.593);
    # after the attend family's lists and headlines 0.940 / 0.781 (relation P 0.967, R 0.655);
    # with the stance and invite wordings 0.940 / 0.793 (relation P 0.967, R 0.672).
    own_set("holdout_real", 40, floors(0.93, 0.96, 0.78, 0.95)),
    # Blind, Russian posts written from the structures of real Russian channels (issue 11):
    # first scored 0.877 / 0.491 (relation P 0.951) by the Russian extractor's first version;
    # then 0.899 / 0.561 (entity P 0.959; relation P 0.906, R 0.407); after the title guards
    # 0.912 / 0.561 (entity P 0.982).
    own_set("ru_blind", 30, floors(0.90, 0.97, 0.54, 0.89)),
]
OWN_SETS = [s for s in SETS if s.messages is not None]

#: Issue 10: every entity type keeps precision at or above 0.90 on every set. Each floor
#: allows one more false positive of that type than measured last (after the precision
#: guards; before them Event on holdout_d was 0.889, Organisation and Place on
#: holdout_real 0.893 and 0.886, Event and Person on ru_blind 0.923 and 0.944), and never
#: less than 0.90.
TYPE_PRECISION_FLOORS: dict[str, dict[str, float]] = {
    "shared-sample": {"Organisation": 0.96, "Place": 0.91},
    "shared-dev": {"Country": 0.96, "Event": 0.92, "Person": 0.96, "Place": 0.95},
    "holdout": {
        "Country": 0.97,
        "Event": 0.93,
        "Organisation": 0.96,
        "Person": 0.97,
        "Place": 0.96,
    },
    "holdout_c": {"Country": 0.98, "Organisation": 0.92, "Person": 0.97, "Place": 0.96},
    "holdout_e": {
        "Country": 0.98,
        "Event": 0.92,
        "Organisation": 0.97,
        "Person": 0.98,
        "Place": 0.94,
    },
    "holdout_f": {
        "Country": 0.98,
        "Event": 0.95,
        "Organisation": 0.96,
        "Person": 0.99,
        "Place": 0.97,
    },
    "holdout_g": {
        "Country": 0.98,
        "Event": 0.94,
        "Organisation": 0.91,
        "Person": 0.98,
        "Place": 0.96,
    },
    "holdout_blind": {"Country": 0.97, "Person": 0.93, "Place": 0.91},
    "holdout_d": {"Country": 0.97, "Organisation": 0.96, "Person": 0.97, "Place": 0.92},
    "ru_dev": {"Country": 0.93, "Event": 0.92, "Person": 0.97, "Place": 0.95},
    "holdout_real": {"Country": 0.98, "Event": 0.95, "Person": 0.97},
    "ru_blind": {
        "Country": 0.94,
        "Event": 0.92,
        "Organisation": 0.95,
        "Person": 0.97,
        "Place": 0.94,
    },
}
TYPE_PRECISION_MINIMUM = 0.90


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_posts(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def message_text(message: dict[str, Any]) -> str:
    """The text of an exported message, whether a string or a list of pieces."""
    text = message["text"]
    if isinstance(text, str):
        return text
    return "".join(piece if isinstance(piece, str) else piece["text"] for piece in text)


@pytest.mark.parametrize("evalset", OWN_SETS, ids=str)
def test_gold_is_consistent_with_its_export(evalset: EvalSet) -> None:
    """One gold post per message; text entities spell the text; relation ends are gold
    entities of the post; evidence is a passage of its text; types are in the vocabulary."""
    messages = [
        m
        for m in json.loads(evalset.source.read_text(encoding="utf-8"))["messages"]
        if m["type"] == "message"
    ]
    for message in messages:
        assert "".join(e["text"] for e in message["text_entities"]) == message_text(message)
    gold = gold_posts(evalset.gold)
    assert len(gold) == len(messages) == evalset.messages
    assert sorted(post["text"] for post in gold) == sorted(message_text(m) for m in messages)
    assert len(list(read_posts(evalset.source))) == evalset.messages
    for post in gold:
        entity_names = [e["name"] for e in post["entities"]]
        assert len(entity_names) == len(set(entity_names)), post["id"]
        assert {e["type"] for e in post["entities"]} <= set(ENTITY_TYPES), post["id"]
        for rel in post["relations"]:
            assert rel["p"] in RELATION_TYPES, (post["id"], rel)
            assert rel.get("modality", "planned") == "planned", (post["id"], rel)
            ends = [rel["s"], rel["o"], *rel.get("alt_s", []), *rel.get("alt_o", [])]
            assert set(ends) <= set(entity_names), (post["id"], rel)
            assert rel["evidence"] in post["text"], (post["id"], rel["evidence"])


_scores: dict[str, dict[str, Any]] = {}


def scored(evalset: EvalSet) -> dict[str, Any]:
    """The scorer's result for today's extraction of ``evalset`` (once per run)."""
    if not SCORER.is_file() or not evalset.source.is_file():
        pytest.skip("../shared/eval is not present")
    if evalset.name not in _scores:
        predicted = [x.to_dict() for x in extract(read_posts(evalset.source))]
        _scores[evalset.name] = scorer().score(gold_posts(evalset.gold), predicted)
    return _scores[evalset.name]


@pytest.mark.parametrize("evalset", SETS, ids=str)
def test_quality_is_above_the_floors(evalset: EvalSet) -> None:
    result = scored(evalset)
    assert result["posts_unpaired"] == 0
    figures = {(part, m): result[part]["micro"][m] for part, m in evalset.floors}
    print(evalset.name, {f"{part} {m}": v for (part, m), v in figures.items()})
    below = {k: (figures[k], floor) for k, floor in evalset.floors.items() if figures[k] < floor}
    assert not below, f"below the floor (measured, floor): {below}"


@pytest.mark.parametrize("evalset", SETS, ids=str)
def test_every_entity_type_is_above_its_precision_floor(evalset: EvalSet) -> None:
    by_type = scored(evalset)["entities"]["by_type"]
    set_floors = TYPE_PRECISION_FLOORS[evalset.name]
    measured = {t: m["precision"] for t, m in by_type.items() if m["tp"] + m["fp"]}
    print(evalset.name, measured)
    below = {
        t: (p, set_floors.get(t, TYPE_PRECISION_MINIMUM))
        for t, p in measured.items()
        if p < set_floors.get(t, TYPE_PRECISION_MINIMUM)
    }
    assert not below, f"entity precision below the floor (measured, floor): {below}"
