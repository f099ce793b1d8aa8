"""Russian posts in both input formats: datelines and "Переслано от" headers in dumps,
Cyrillic text in Telegram exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.sources import read_posts
from graphkit.sources.dates import dateline_day, find_dateline

TALKS = (
    "Москва, 28 мая 2025 года\n\nСергей Лавров провёл переговоры с министром иностранных дел "
    "Турции Хаканом Фиданом.\n\n#РоссияТурция"
)
BRIEFING = "Официальный представитель МИД России Мария Захарова ответила на вопросы СМИ."


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Москва, 28 мая 2025 года\n\nТекст", "2025-05-28", "Москва"),
        ("(Москва, 3 июня 2024 г.)", "2024-06-03", "Москва"),
        ("📍 Нижний Новгород, 14-15 апреля 2023 г.", "2023-04-14", "Нижний Новгород"),
        ("🗓 1 января 2025", "2025-01-01", None),
    ],
)
def test_russian_datelines(text: str, day: str, place: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and found.day == day and found.place == place


def test_a_date_inside_a_russian_sentence_is_no_dateline() -> None:
    assert dateline_day("Аккредитация продлится до 20 мая 2025 года, сообщили в МИД.") is None


def test_a_russian_dump_with_forwarded_headers_and_datelines(tmp_path: Path) -> None:
    dump = tmp_path / "mid.txt"
    dump.write_text(
        f"Переслано от МИД России 🇷🇺\n{TALKS}\n\n\nПереслано от: Посольство России\n{BRIEFING}\n",
        encoding="utf-8",
    )
    posts = list(read_posts(dump))
    assert [p.forwarded_from for p in posts] == ["МИД России", "Посольство России"]
    assert posts[0].date == "2025-05-28"
    assert posts[0].hashtags == ("РоссияТурция",)
    assert posts[1].text == BRIEFING


def test_a_russian_telegram_export(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    message = {
        "id": 7,
        "type": "message",
        "date": "2025-05-28T12:00:00",
        "from": "МИД России",
        "text": [TALKS.split("#")[0], {"type": "hashtag", "text": "#РоссияТурция"}],
    }
    export.write_text(
        json.dumps(
            {"name": "МИД России", "type": "public_channel", "id": 1, "messages": [message]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (post,) = read_posts(export)
    assert post.channel == "МИД России"
    assert "Хаканом Фиданом" in post.text
    assert post.hashtags == ("РоссияТурция",)
