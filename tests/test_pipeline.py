"""The streaming pipeline: schema and determinism (quality: tests/extract/test_eval_sets.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.models import ENTITY_TYPES, RELATION_TYPES, Post
from graphkit.pipeline import extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = (
    "🎙 Foreign Minister Pavel Orlov’s remarks at the 7th International Forum on Arctic "
    "Cooperation\n📍 Murmansk, March 1, 2024\n"
    "As a permanent member of the UN Security Council, Russia supports the #SCO. "
    "Mr Orlov condemned NATO’s aggressive expansion."
)


def test_jsonl_schema_is_exact() -> None:
    (result,) = extract([Post(id="p", channel="c", text=SAMPLE, date="2024-03-01")])
    line = json.loads(json.dumps(result.to_dict()))
    assert set(line) == {"post", "entities", "relations"}
    assert set(line["post"]) == {
        "id",
        "channel",
        "forwarded_from",
        "date",
        "text",
        "hashtags",
        "links",
        "version_of",
        "lang",
    }
    ids = set()
    for entity in line["entities"]:
        assert set(entity) == {"id", "type", "name", "aliases"}
        assert entity["type"] in ENTITY_TYPES
        ids.add(entity["id"])
    assert line["relations"]
    for rel in line["relations"]:
        assert set(rel) == {
            "source",
            "type",
            "target",
            "evidence",
            "confidence",
            "rule",
            "modality",
        }
        assert rel["type"] in RELATION_TYPES and rel["source"] in ids and rel["target"] in ids
        assert rel["evidence"] in SAMPLE and 0 < rel["confidence"] <= 1 and rel["rule"]
        assert rel["modality"] in ("asserted", "planned")


def test_streaming_is_lazy() -> None:
    def endless() -> Any:
        n = 0
        while True:
            n += 1
            yield Post(id=str(n), channel="c", text=SAMPLE)

    stream = extract(endless())
    assert [next(stream).post.id for _ in range(3)] == ["1", "2", "3"]


words = st.sampled_from(
    [
        "Foreign",
        "Minister",
        "Pavel",
        "Orlov",
        "met",
        "with",
        "the",
        "#CSTO",
        "in",
        "Moscow",
        ".",
        "will",
        "chair",
        "13th",
        "Forum",
        "NATO’s",
        "aggressive",
        "Mr",
        "\n",
        ",",
        "visit",
        "to",
        "Kiev",
        "regime",
        "praised",
        "Turkish",
        "President",
        "of",
        "Brazil",
        "’s",
        "remarks",
        "at",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(words, max_size=40).map(" ".join), min_size=1, max_size=4))
def test_extraction_is_deterministic(texts: list[str]) -> None:
    batch = [Post(id=str(i), channel="c", text=t) for i, t in enumerate(texts)]
    first = [x.to_dict() for x in extract(batch)]
    second = [x.to_dict() for x in extract(batch)]
    assert first == second
    for line in first:
        ids = {e["id"] for e in line["entities"]}
        assert all(r["source"] in ids and r["target"] in ids for r in line["relations"])


@given(st.text(max_size=300))
@settings(max_examples=100, deadline=None)
def test_any_text_extracts_without_error(text: str) -> None:
    (result,) = extract([Post(id="x", channel=None, text=text)])
    assert result.post.text == text
