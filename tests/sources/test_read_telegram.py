"""Telegram Desktop JSON exports: both forms, text pieces, entities, dates, skipped messages."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from source_paths import EXAMPLES, SHARED_DEV_EXPORT, shared_file

from graphkit.errors import InputError
from graphkit.models import Post
from graphkit.sources import read_posts
from graphkit.sources.telegram import check_syntax, message_to_post, read_export


def message(number: int, text: Any, **extra: Any) -> dict[str, Any]:
    return {
        "id": number,
        "type": "message",
        "date": "2024-05-01T15:00:00",
        "date_unixtime": str(1714564800 + number),
        "text": text,
        **extra,
    }


def write_export(tmp_path: Path, export: dict[str, Any], name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_example_export() -> None:
    posts = list(read_posts(EXAMPLES / "result.json"))
    # The service message and the photo without a caption are not posts.
    assert [post.id for post in posts] == [f"1000000042:{n}" for n in range(2, 8)]
    assert {post.channel for post in posts} == {"Russian MFA"}
    talks, announcement, forum, _call, remarks, _visit = posts
    assert talks.date == "2024-03-01T09:30:00Z"
    assert forum.forwarded_from == "Permanent Mission of Russia to ASEAN"
    assert announcement.text.startswith("#Announcement\n🗓 On November 9-10, 2024, in Sochi")
    assert announcement.text.endswith("Read in full")
    assert announcement.hashtags == ("Announcement", "AfricanUnion", "EAEU")
    assert announcement.links == ("https://mid.ru/en/press_service/announcements/",)
    assert remarks.hashtags == ("NATO", "SCO")
    assert remarks.links == ("https://mid.ru/en/foreign_policy/news/",)


def test_shared_dev_export_has_twelve_posts() -> None:
    posts = list(read_posts(shared_file(SHARED_DEV_EXPORT)))
    assert len(posts) == 12
    assert len({post.id for post in posts}) == 12
    assert all(post.date and post.date.endswith("Z") for post in posts)


def test_whole_account_export_reads_every_chat(tmp_path: Path) -> None:
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"first_name": "Analyst", "phone_number": "+000"},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                {"name": "MFA Russia", "type": "public_channel", "id": 11, "messages": [
                    message(1, "Sergey Lavrov met with Wang Yi."),
                    message(2, "Sergey Lavrov visited Beijing."),
                ]},
                {"name": "Embassy 🇷🇺", "type": "public_channel", "id": 22, "messages": [
                    message(1, "The Ambassador attended the #BRICS forum."),
                ]},
            ],
        },
        "left_chats": {"about": "Left chats.", "list": [
            {"name": "Old channel", "type": "public_channel", "id": 33, "messages": [
                message(7, "Archived readout."),
            ]},
        ]},
    }  # fmt: skip
    posts = list(read_posts(write_export(tmp_path, export)))
    assert [(post.id, post.channel) for post in posts] == [
        ("11:1", "MFA Russia"),
        ("11:2", "MFA Russia"),
        ("22:1", "Embassy"),
        ("33:7", "Old channel"),
    ]


def test_text_as_list_of_pieces_with_entities(tmp_path: Path) -> None:
    pieces = [
        "Sergey Lavrov spoke at the ",
        {"type": "hashtag", "text": "#SCO"},
        " summit. ",
        {"type": "text_link", "text": "Read in full", "href": "https://mid.ru/en/1"},
        " ",
        {"type": "mention", "text": "@MID_Russia"},
        " ",
        {"type": "link", "text": "https://mid.ru/en/2"},
    ]
    export = {"name": "MFA", "type": "public_channel", "id": 5, "messages": [
        message(1, pieces, text_entities=[
            {"type": "plain", "text": p} if isinstance(p, str) else p for p in pieces
        ]),
    ]}  # fmt: skip
    (post,) = read_posts(write_export(tmp_path, export))
    assert post.text == (
        "Sergey Lavrov spoke at the #SCO summit. Read in full @MID_Russia https://mid.ru/en/2"
    )
    assert post.hashtags == ("SCO",)
    assert post.links == ("https://mid.ru/en/1", "https://mid.ru/en/2")


def test_entities_without_text_entities_field(tmp_path: Path) -> None:
    export = {"name": "MFA", "id": 5, "messages": [
        message(1, ["Talks on ", {"type": "hashtag", "text": "#CSTO"}, " and #EAEU."]),
    ]}  # fmt: skip
    (post,) = read_posts(write_export(tmp_path, export))
    assert post.hashtags == ("CSTO", "EAEU")


def test_dates_unixtime_then_local_then_dateline(tmp_path: Path) -> None:
    export = {"name": "MFA", "id": 5, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1472040000", "text": "One."},
        {"id": 2, "type": "message", "date": "2016-08-24T15:00:00", "text": "Two."},
        {"id": 3, "type": "message", "text": "📍 Samarkand, April 14, 2023\nThree."},
        {"id": 4, "type": "message", "date_unixtime": "soon", "text": "Four."},
    ]}  # fmt: skip
    posts = list(read_posts(write_export(tmp_path, export)))
    assert [post.date for post in posts] == [
        "2016-08-24T12:00:00Z",
        "2016-08-24T15:00:00",
        "2023-04-14",
        None,
    ]


def test_malformed_messages_are_skipped_and_reported(tmp_path: Path) -> None:
    export = {"name": "MFA", "id": 5, "messages": [
        message(1, "First readout."),
        42,
        {"type": "message", "text": "No id."},
        message(3, {"not": "text"}),
        message(4, ["piece", 7]),
        message(5, "Last readout."),
        {"id": 6, "type": "service", "action": "pin_message", "text": ""},
    ]}  # fmt: skip
    reasons: list[str] = []
    posts = list(read_posts(write_export(tmp_path, export), on_skip=reasons.append))
    assert [post.id for post in posts] == ["5:1", "5:5"]
    assert len(reasons) == 4
    assert "message 3" in reasons[2] and "message 4" in reasons[3]
    assert all("result.json: " in reason for reason in reasons)  # names the file


def test_nameless_chat_takes_the_channel_argument(tmp_path: Path) -> None:
    export = {"id": 9, "type": "saved_messages", "messages": [message(1, "Saved readout.")]}
    (post,) = read_posts(write_export(tmp_path, export), channel="saved")
    assert (post.id, post.channel) == ("9:1", "saved")


class CountingReader(io.BytesIO):
    """A byte stream that remembers how far it has been read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.furthest = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return chunk


def test_export_is_read_incrementally() -> None:
    messages = [message(n, f"Readout number {n} on #BRICS cooperation. " * 5) for n in range(5000)]
    data = json.dumps({"name": "MFA", "id": 1, "messages": messages}).encode()
    stream = CountingReader(data)
    first = next(read_export(stream, channel=None))
    assert first.id == "1:0"
    assert stream.furthest < len(data) // 4


def read_event_by_event(path: Path, channel: str) -> list[Post]:
    """The general reading, whatever the layout: the reference for the single-chat one."""
    with path.open("rb") as stream:
        return list(read_export(stream, channel=channel))


ONE_CHAT = {"name": "MFA 🇷🇺", "type": "public_channel", "id": 5, "messages": [
    message(1, "Sergey Lavrov met with Wang Yi."),
    message(2, ["Talks on ", {"type": "hashtag", "text": "#BRICS"}, " in www.mid.ru."]),
]}  # fmt: skip
EMBASSY = {"name": "Embassy", "id": 7, "messages": [message(3, "The Ambassador attended.")]}
LAYOUTS: dict[str, tuple[str, bool]] = {
    "one chat": (json.dumps(ONE_CHAT), True),
    "name after messages": (
        '{"messages": [{"id": 1, "text": "Readout."}], "name": "Late", "id": 9}',
        True,
    ),
    "chats list after messages": (json.dumps({**ONE_CHAT, "chats": {"list": [EMBASSY]}}), False),
    "second messages list after a new name": (
        '{"name": "A", "messages": [{"id": 1, "text": "One."}],'
        ' "name": "B", "messages": [{"id": 2, "text": "Two."}]}',
        False,
    ),
    "key spelled with escapes": (
        '{"name": "A", "messages": [{"id": 1, "text": "One."}],'
        ' "ch\\u0061ts": {"list": [{"name": "B", "messages": [{"id": 2, "text": "Two."}]}]}}',
        False,
    ),
}


@pytest.mark.parametrize("content, one_chat", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_single_chat_reading_matches_the_event_reading(
    tmp_path: Path, content: str, one_chat: bool
) -> None:
    path = tmp_path / "result.json"
    path.write_text(content, encoding="utf-8")
    with path.open("rb") as stream:
        assert check_syntax(stream) is one_chat
    assert list(read_posts(path)) == read_event_by_event(path, channel="result")


def test_chats_list_after_root_messages_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(LAYOUTS["chats list after messages"][0], encoding="utf-8")
    assert [post.id for post in read_posts(path)] == ["5:1", "5:2", "7:3"]


def test_name_given_after_the_messages_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "late.json"
    path.write_text(LAYOUTS["name after messages"][0], encoding="utf-8")
    (post,) = read_posts(path)
    assert (post.id, post.channel) == ("late:1", "late")


@pytest.mark.parametrize(
    "stamp",
    [0, -1, 86399, 1714564800, -62135596800, -62135596801, 253402300799, 253402300800, 10**30],
)
def test_unix_time_is_written_as_datetime_writes_it(stamp: int) -> None:
    try:
        moment = datetime.fromtimestamp(stamp, tz=timezone.utc)
        expected: str | None = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError, OSError):
        expected = None  # out of datetime's range: no date
    raw = {"id": 1, "type": "message", "date_unixtime": str(stamp), "text": "Readout."}
    post = message_to_post(raw, chat_name="MFA", chat_id="5")
    assert post is not None and post.date == expected


def test_skips_are_reported_in_their_place_among_the_posts(tmp_path: Path) -> None:
    export = {"name": "MFA", "id": 5, "messages": [message(1, "One."), 42, message(2, "Two.")]}
    heard: list[str] = []
    for post in read_posts(write_export(tmp_path, export), on_skip=heard.append):
        heard.append(post.id)
    assert heard[0] == "5:1" and "not an object" in heard[1] and heard[2] == "5:2"


@pytest.mark.parametrize(
    "export", [ONE_CHAT, {"chats": {"list": [ONE_CHAT]}}], ids=["chat", "account"]
)
def test_broken_json_after_posts_fails_before_the_first_post(
    tmp_path: Path, export: dict[str, Any]
) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export)[:-2] + "?}", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        read_posts(path)
