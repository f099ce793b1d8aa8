"""Property tests: on any input the readers either give posts or raise InputError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import InputError
from graphkit.models import Post
from graphkit.sources import read_posts

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
MESSAGE_KEYS = st.sampled_from(
    ["id", "type", "date", "date_unixtime", "text", "text_entities", "forwarded_from", "from"]
)
MESSAGE = st.dictionaries(MESSAGE_KEYS, JSON, max_size=6) | JSON
DUMP_LINES = st.lists(
    st.sampled_from(
        [
            "Forwarded from MFA 🇷🇺",
            "#Announcement",
            "Read in full",
            "Read more: https://mid.ru/x",
            "",
            "📍 Moscow, May 28, 2025",
            "🔹 Sergey Lavrov met with Wang Yi.",
            "🔹 Lavrov criticised #NATO.",
            "MFA, [14.04.23 12:00]",
        ]
    )
    | st.text(max_size=40),
    max_size=25,
)


def read_all(path: Path) -> list[Post]:
    try:
        posts = list(read_posts(path, on_skip=lambda reason: None))
    except InputError as error:
        assert str(path) in str(error)
        return []
    for post in posts:
        assert post.text.strip()
        assert post.id
    return posts


@SETTINGS
@given(data=st.binary(max_size=300))
def test_any_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    read_all(path)


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "input.txt"
    path.write_text(text, encoding="utf-8")
    read_all(path)


@SETTINGS
@given(lines=DUMP_LINES)
def test_any_dump_keeps_each_text_once(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    posts = read_all(path)
    assert len({post.id for post in posts}) == len(posts)


@SETTINGS
@given(document=JSON)
def test_any_json(tmp_path: Path, document: Any) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    read_all(path)


@SETTINGS
@given(
    messages=st.lists(MESSAGE, max_size=6),
    chat=st.dictionaries(st.sampled_from(["name", "id", "type"]), JSON),
)
def test_any_messages_in_an_export(
    tmp_path: Path, messages: list[Any], chat: dict[str, Any]
) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({**chat, "messages": messages}), encoding="utf-8")
    read_all(path)
