"""Property tests: on any input the readers either give posts or raise InputError."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import InputError
from graphkit.models import Post
from graphkit.sources import read_posts, telegram_html

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


# --- Telegram HTML export pages

PLAIN_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=30
)
HTML_MESSAGE = st.fixed_dictionaries(
    {
        "service": st.booleans(),
        "joined": st.booleans(),
        "lines": st.lists(PLAIN_TEXT, max_size=3),
        "tag": st.none() | st.from_regex(r"[A-Za-z]\w{0,10}", fullmatch=True),
        "forwarded_from": st.none()
        | st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?", fullmatch=True),
        "offset": st.integers(-12, 14),
    }
)


def render_page(messages: list[dict[str, Any]]) -> str:
    """An export page in tdesktop's layout, of messages numbered from 1."""
    parts = []
    for number, message in enumerate(messages, start=1):
        if message["service"]:
            what = html.escape(" ".join(message["lines"]))
            parts.append(
                f'<div class="message service" id="message{number}">'
                f'<div class="body details">{what}</div></div>'
            )
            continue
        joined = " joined" if message["joined"] else ""
        text = "<br>".join(html.escape(line) for line in message["lines"])
        if message["tag"]:
            text += (
                f' <a href="" onclick="return ShowHashtag(&quot;{message["tag"]}&quot;)">'
                f"#{message['tag']}</a>"
            )
        offset = message["offset"]
        title = f"05.06.2024 12:30:00 UTC{'+' if offset >= 0 else '-'}{abs(offset):02}:00"
        inner = f'<div class="text">{text}</div>'
        if message["forwarded_from"]:
            inner = (
                '<div class="forwarded body"><div class="from_name">'
                f'{message["forwarded_from"]}<span class="date details" title="{title}">'
                f" 05.06.2024</span></div>{inner}</div>"
            )
        parts.append(
            f'<div class="message default clearfix{joined}" id="message{number}">'
            f'<div class="body"><div class="pull_right date details" title="{title}">12:30'
            f'</div><div class="from_name">MFA</div>{inner}</div></div>'
        )
    return (
        '<!DOCTYPE html>\n<html><body><div class="page_wrap"><div class="page_header">'
        '<div class="content"><div class="text bold">Ministry 🇽🇽</div></div></div>'
        '<div class="page_body chat_page"><div class="history">'
        + "\n".join(parts)
        + "</div></div></div></body></html>"
    )


@SETTINGS
@given(messages=st.lists(HTML_MESSAGE, max_size=8))
def test_an_html_export_gives_back_each_message_with_text(
    tmp_path: Path, messages: list[dict[str, Any]]
) -> None:
    path = tmp_path / "messages.html"
    path.write_text(render_page(messages), encoding="utf-8")
    posts = read_all(path)
    expected = []
    for number, message in enumerate(messages, start=1):
        text = "\n".join(message["lines"]) + (f" #{message['tag']}" if message["tag"] else "")
        if not message["service"] and text.strip():
            expected.append((f"Ministry:{number}", text.strip(), message["forwarded_from"]))
    assert [(post.id, post.text, post.forwarded_from) for post in posts] == expected
    for post in posts:
        number = int(post.id.rsplit(":", 1)[1])
        message = messages[number - 1]
        assert post.channel == "Ministry"
        assert post.date == f"2024-06-05T{12 - message['offset']:02}:30:00Z" or (
            not 0 <= 12 - message["offset"] < 24
        )
        if message["tag"]:
            assert message["tag"] in post.hashtags


@SETTINGS
@given(messages=st.lists(HTML_MESSAGE, min_size=1, max_size=6), chunk=st.integers(1, 97))
def test_an_html_export_reads_the_same_in_any_chunks(
    tmp_path: Path, messages: list[dict[str, Any]], chunk: int
) -> None:
    path = tmp_path / "messages.html"
    path.write_text(render_page(messages), encoding="utf-8")
    whole = read_all(path)
    with patch.object(telegram_html, "_CHUNK", chunk):
        assert read_all(path) == whole


MARKUP = st.lists(
    st.sampled_from(
        [
            '<div class="message default clearfix" id="message7">',
            '<div class="message default clearfix joined" id="message8">',
            '<div class="message service" id="message-1">',
            '<div class="forwarded body">',
            '<div class="from_name">',
            '<div class="text">',
            '<div class="media_wrap clearfix">',
            '<div class="pull_right date details" title="31.12.2024 23:59:59 UTC+14:00">',
            '<span class="date details" title="99.99.2024 25:61:00">',
            '<a href="https://example.org/x">',
            '<a href="" onclick="return ShowHashtag(&quot;x&quot;)">',
            "<br>",
            "</div>",
            "</a>",
            "</span>",
            "&amp;",
            "&#0;",
            "Lavrov met Wang Yi. #BRICS https://mid.ru",
        ]
    )
    | st.text(max_size=20),
    max_size=40,
)


@SETTINGS
@given(pieces=MARKUP)
def test_any_markup_inside_an_export_page(tmp_path: Path, pieces: list[str]) -> None:
    path = tmp_path / "messages.html"
    path.write_text('<div class="history">' + "".join(pieces), encoding="utf-8")
    read_all(path)
