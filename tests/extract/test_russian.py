"""Russian posts: language routing (the patterns' own examples run in test_patterns.py), one
actor across languages through `graphkit load`, and inputs that must not crash or invent actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.extract.kb import KnowledgeBase
from graphkit.extract.lang import detect_language
from graphkit.extract.ru import analyse_ru
from graphkit.models import Post
from graphkit.pipeline import LanguageCount, extract
from graphkit.store.sqlite import SqliteStore

RU_TALKS = (
    "Министр иностранных дел России Сергей Лавров провёл переговоры с главой МИД Турции "
    "Хаканом Фиданом в Анкаре."
)
EN_TALKS = "Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Hakan Fidan."


def edges(text: str) -> set[tuple[str, str, str]]:
    found = analyse_ru(text, KnowledgeBase.default()).relations
    return {(f.source.name, f.type, f.target.name) for f in found}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (RU_TALKS, "ru"),
        (EN_TALKS, "en"),
        ("Le ministre a rencontré son homologue à Ankara pour discuter de la situation.", "fr"),
        ("Der Minister traf sich mit seinem Amtskollegen und sprach über die Lage.", "de"),
        ("El ministro se reunió con su homólogo para hablar de la situación en la región.", "es"),
        ("Sergey Lavrov held talks #РоссияТурция #Россия #Турция #МИДРоссии", "en"),
        ("🇷🇺🇹🇷 #Russia #Turkey", None),
        ("Міністр закордонних справ України провів зустріч з колегою у Києві.", "uk"),
        ("Сыртқы істер министрі Қазақстан Республикасының өкілімен кездесті.", "kk"),
        ("Министар спољних послова Србије састао се са колегом из Русије.", "sr"),
        ("Сергей Лавров встретился с министром иностранных дел Украины в Киеве.", "ru"),
    ],
)
def test_language_of_a_post(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_planned_and_asserted_modalities() -> None:
    kb = KnowledgeBase.default()
    planned = analyse_ru("Сергей Лавров примет участие в саммите БРИКС.", kb).relations
    done = analyse_ru("Сергей Лавров принял участие в саммите БРИКС.", kb).relations
    assert [f.modality for f in planned if f.type == "ATTENDED"] == ["planned"]
    assert [f.modality for f in done if f.type == "ATTENDED"] == ["asserted"]


def test_names_in_every_case_are_one_actor_with_the_english_name() -> None:
    posts = [
        Post("1", "mfa", "Сергей Лавров встретился с Хаканом Фиданом в Анкаре."),
        Post("2", "mfa", "С.В.Лавров провёл беседу с Хаканом Фиданом. Россия и РФ — одно."),
        Post("3", "mfa", "Российский министр Лавров прибыл на заседание СМИД ШОС."),
        Post("4", "mfa", "Sergey Lavrov and Hakan Fidan attended the SCO meeting in Russia."),
    ]
    ids = {e.id: e.name for x in extract(posts) for e in x.entities}
    assert ids["person:sergey-lavrov"] == "Sergey Lavrov"
    assert ids["person:hakan-fidan"] == "Hakan Fidan"
    assert ids["country:ru"] == "Russia"
    assert ids["organisation:sco"] == "SCO"
    assert not any(
        "лавров" in key or "lavrov" in key for key in set(ids) - {"person:sergey-lavrov"}
    )


def test_a_russian_only_actor_keeps_a_nominative_russian_name() -> None:
    post = Post(
        "1",
        "mfa",
        "Сергей Лавров провёл переговоры с Хаканом Фиданом и Иваном Петровичем Сидоровым.",
    )
    names = {e.name for x in extract([post]) for e in x.entities if e.type == "Person"}
    assert "Иван Петрович Сидоров" in names


def test_a_title_is_neither_a_person_nor_the_name_of_an_event() -> None:
    """Issue 10 precision guards: "Посол Петров" is Petrov, "Министр" alone no one, and
    "Встреча Министра" a meeting with a person, not a named event."""
    posts = [
        Post("1", "mfa", "Посол Петров принял участие в церемонии."),
        Post("2", "mfa", "Министр принял участие в заседании Совета министров ОДКБ."),
        Post("3", "mfa", "Встреча Министра с послами стран АСЕАН состоялась в Москве."),
    ]
    entities = {(e.type, e.name) for x in extract(posts) for e in x.entities}
    assert {n for t, n in entities if t == "Person"} == {"Петров"}
    assert {n for t, n in entities if t == "Event"} == {"Заседание Совета министров ОДКБ"}


def test_english_and_russian_posts_about_the_same_talks_load_as_one_edge(tmp_path: Path) -> None:
    dump = tmp_path / "two.txt"
    dump.write_text(f"{RU_TALKS}\n\n\n{EN_TALKS}\n", encoding="utf-8")
    db = tmp_path / "graph.db"
    result = CliRunner().invoke(app, ["load", str(dump), "--store", str(db)])
    assert result.exit_code == 0, result.stderr
    with SqliteStore(db) as store:
        people = [e for e in store.entities() if e.type == "Person"]
        met = [r for r in store.relations() if r.type == "MET_WITH"]
        asserting = [a for a in store.assertions() if a.type == "MET_WITH"]
    assert sorted(e.id for e in people) == ["person:hakan-fidan", "person:sergey-lavrov"]
    lavrov = next(e for e in people if e.id == "person:sergey-lavrov")
    assert lavrov.name == "Sergey Lavrov"
    assert "Сергей Лавров" in lavrov.aliases
    assert len(met) == 1
    assert met[0].count == 2
    assert any("переговоры" in item.sentence for item in met[0].sample)
    assert any("held talks" in item.sentence for item in met[0].sample)
    assert sorted(a.rule.startswith("ru.") for a in asserting) == [False, True]
    assert {a.evidence for a in asserting} == {item.sentence for item in met[0].sample}


def test_posts_in_unread_languages_are_loaded_and_counted(tmp_path: Path) -> None:
    posts = [
        Post(
            "1",
            "c",
            "Le ministre des Affaires étrangères a rencontré son homologue à Paris.",
            hashtags=("BRICS",),
        ),
        Post("2", "c", "Der Außenminister hat sich mit dem Amtskollegen in Berlin getroffen."),
        Post("3", "c", "Le sommet des BRICS se tiendra dans la ville de Kazan cette année."),
        Post("4", "c", EN_TALKS),
    ]
    count = LanguageCount()
    out = list(extract(posts, languages=count))
    assert [x.post.lang for x in out] == ["fr", "de", "fr", "en"]
    assert count.warning() == "3 posts in languages graphkit does not read: fr 2, de 1"
    assert [e.id for e in out[0].entities] == ["organisation:brics"]
    assert out[1].entities == () and out[0].relations == ()
    runner = CliRunner()
    dump = tmp_path / "mixed.txt"
    dump.write_text("\n\n\n".join(p.text for p in posts), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(dump), "--format", "jsonl"])
    assert result.exit_code == 0
    assert "graphkit: warning: 3 posts in languages graphkit does not read: fr 2, de 1" in (
        result.stderr
    )
    assert [json.loads(line)["post"]["lang"] for line in result.stdout.splitlines()] == [
        "fr",
        "de",
        "fr",
        "en",
    ]


_CYRILLIC = st.characters(min_codepoint=0x410, max_codepoint=0x44F)
_PIECES = st.one_of(
    st.text(_CYRILLIC, min_size=1, max_size=12),
    st.text(st.characters(codec="ascii", categories=["L"]), min_size=1, max_size=12),
    st.sampled_from(
        ["🇷🇺", "🤝", "#Россия", "#BRICS", "@mfa_russia", ".", ",", "\n", "—", "«", "»"]
    ),
    st.sampled_from(["Лавров", "Lavrov", "Sergei Lavrov provel peregovory", "С.В.", "ШОС"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_mixed_scripts_never_crash_and_keep_the_contract(text: str) -> None:
    for extraction in extract([Post("1", "c", text)]):
        assert all(e.name.strip() for e in extraction.entities)
        ids = {e.id for e in extraction.entities}
        assert all(r.source in ids and r.target in ids for r in extraction.relations)
        assert all(r.evidence and r.evidence in text for r in extraction.relations)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["🇷🇺", "🇹🇷", "🤝", "✅", "📍", "#Россия", "#РоссияТурция", "#МИД", "\n"]),
        min_size=1,
        max_size=15,
    ).map(" ".join)
)
def test_emoji_and_hashtags_only_give_no_people_and_no_relations(text: str) -> None:
    (extraction,) = extract([Post("1", "c", text)])
    assert extraction.relations == ()
    assert not [e for e in extraction.entities if e.type in ("Person", "Event")]


def test_transliterated_russian_gives_no_garbage() -> None:
    text = "Ministr inostrannykh del Rossii Sergei Lavrov provel peregovory s glavoi MID Turtsii."
    (extraction,) = extract([Post("1", "c", text)])
    assert extraction.post.lang == "en"
    assert all(len(e.name) > 2 for e in extraction.entities)
