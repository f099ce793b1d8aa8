"""The Telegram Desktop HTML export reader, on the export written for graphkit's tests."""

from __future__ import annotations

import io
import resource
import shutil
import sys
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from graphkit.errors import InputError
from graphkit.models import Post
from graphkit.sources import detect_format, read_posts

EXPORT = Path(__file__).parent / "html_export"
CHANNEL = "Foreign Ministry of Examplestan"


@pytest.fixture(scope="module")
def posts() -> dict[str, Post]:
    return {post.id.rsplit(":", 1)[1]: post for post in read_posts(EXPORT)}


def test_a_folder_of_pages_is_read_in_page_order(posts: dict[str, Post]) -> None:
    assert detect_format(EXPORT) == "telegram-html"
    # Service messages (date dividers, "created", "pinned") and media without a caption
    # (message 4) are left out; messages of both pages come in page order.
    assert list(posts) == ["2", "3", "5", "6", "7"]
    assert {post.channel for post in posts.values()} == {CHANNEL}
    assert {post.id.rsplit(":", 1)[0] for post in posts.values()} == {CHANNEL}


def test_dates_are_utc_from_the_title_offset(posts: dict[str, Post]) -> None:
    assert posts["2"].date == "2025-03-03T07:15:00Z"  # UTC+03:00
    assert posts["5"].date == "2025-03-05T04:30:00Z"  # UTC-05:00 crosses midnight
    assert posts["7"].date == "2025-03-10T08:05:09"  # no offset (old exports): local time


def test_text_keeps_line_breaks_and_unescapes_and_leaves_out_media_and_replies(
    posts: dict[str, Post],
) -> None:
    assert posts["2"].text == (
        "Minister Anna Berg met Foreign Minister Ivo Kask in Tallinn.\n\n"
        "The ministers discussed #OSCE matters & regional security.\n"
        "Read in full: https://example.org/news/2025/berg-kask"
    )
    # No "In reply to this message", no forward header, no signature "Press Office".
    assert posts["5"].text == (
        "Ambassador Lina Ott criticised the sanctions <unilateral measures> "
        "at the General Assembly."
    )
    assert posts["3"].text == "Photos of the talks. Gallery · follow @examplestan_mfa"


def test_links_and_hashtags(posts: dict[str, Post]) -> None:
    assert posts["2"].hashtags == ("OSCE",)
    assert posts["2"].links == ("https://example.org/news/2025/berg-kask",)
    # A text link gives its target; a mention is no link.
    assert posts["3"].links == ("https://example.org/gallery",)
    assert posts["6"].hashtags == ("UNGA",)
    # Typed as plain text, not as anchors.
    assert posts["7"].hashtags == ("Announcement",)
    assert posts["7"].links == ("www.example.org/council",)


def test_forwarded_from_carries_over_a_joined_forward(posts: dict[str, Post]) -> None:
    assert posts["5"].forwarded_from == "Mission of Examplestan to the UN"  # "via @bot" cut
    assert posts["6"].forwarded_from == "Mission of Examplestan to the UN"  # joined: no name
    assert posts["2"].forwarded_from is None and posts["7"].forwarded_from is None


def test_pages_given_one_by_one_or_on_stdin_are_the_same_posts(
    posts: dict[str, Post], monkeypatch: pytest.MonkeyPatch
) -> None:
    one_by_one = [
        *read_posts(EXPORT / "messages.html"),
        *read_posts(EXPORT / "messages2.html"),
    ]
    assert [post.id for post in one_by_one] == [post.id for post in posts.values()]
    # A page alone has no previous page to carry a forward's author over: the same here.
    assert one_by_one == list(posts.values())
    data = (EXPORT / "messages.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert list(read_posts("-")) == one_by_one[:4]


def test_a_folder_with_result_json_reads_that(tmp_path: Path) -> None:
    examples = Path(__file__).parents[2] / "examples"
    shutil.copytree(EXPORT, tmp_path, dirs_exist_ok=True)
    shutil.copy(examples / "result.json", tmp_path / "result.json")
    assert detect_format(tmp_path) == "telegram"
    assert list(read_posts(tmp_path)) == list(read_posts(examples / "result.json"))


def test_a_page_without_a_header_is_named_by_its_folder(tmp_path: Path) -> None:
    page = (EXPORT / "messages2.html").read_text(encoding="utf-8")
    start, end = page.index('<div class="page_header">'), page.index('<div class="page_body')
    folder = tmp_path / "ChatExport_2025-03-10"
    folder.mkdir()
    (folder / "messages.html").write_text(page[:start] + page[end:], encoding="utf-8")
    (post,) = read_posts(folder)
    assert (post.id, post.channel) == ("ChatExport_2025-03-10:7", "ChatExport_2025-03-10")


def test_a_message_without_a_numeric_id_is_skipped_and_reported(tmp_path: Path) -> None:
    page = (EXPORT / "messages2.html").read_text(encoding="utf-8")
    path = tmp_path / "messages.html"
    path.write_text(page.replace('id="message7"', 'id="message-seven"'), encoding="utf-8")
    skipped: list[str] = []
    assert list(read_posts(path, on_skip=skipped.append)) == []
    assert skipped == [f"{path}: a message has no numeric id ('message-seven')"]


def test_a_bad_page_in_a_folder_stops_before_any_post(tmp_path: Path) -> None:
    shutil.copytree(EXPORT, tmp_path, dirs_exist_ok=True)
    (tmp_path / "messages3.html").write_bytes(b"<html>\xff</html>")
    with pytest.raises(InputError, match=r"messages3\.html: is not valid UTF-8"):
        read_posts(tmp_path)


def export_page(messages: int) -> str:
    """An export page of ``messages`` messages of a few hundred bytes each."""
    body = "".join(
        f'<div class="message default clearfix" id="message{n}"><div class="body">'
        f'<div class="pull_right date details" title="01.01.2025 10:00:00 UTC+00:00">10:00'
        f'</div><div class="text">Minister Berg met Minister Kask, talk {n}.<br>'
        f'<a href="https://example.org/{n}">https://example.org/{n}</a></div></div></div>\n'
        for n in range(1, messages + 1)
    )
    return (
        '<!DOCTYPE html><html><body><div class="page_wrap"><div class="page_header">'
        '<div class="content"><div class="text bold">MFA</div></div></div>'
        f'<div class="page_body chat_page"><div class="history">{body}</div></div></div>'
        "</body></html>"
    )


def test_pages_are_streamed_not_held(tmp_path: Path) -> None:
    """Peak memory while reading does not grow with the page (4x the messages)."""
    peaks = []
    for messages in (2_000, 8_000):
        path = tmp_path / f"messages{messages}.html"
        path.write_text(export_page(messages), encoding="utf-8")
        tracemalloc.start()
        count = sum(1 for _ in read_posts(path))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert count == messages
    assert path.stat().st_size > 2_000_000
    assert peaks[1] < 1.5 * peaks[0], peaks


def test_html_and_json_exports_of_the_same_messages_give_the_same_posts(tmp_path: Path) -> None:
    """bench/corpus.py writes the same synthetic posts in both export formats."""
    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    try:
        from corpus import write_corpus
    finally:
        sys.path.pop(0)
    as_json = write_corpus(tmp_path / "result.json", 300, fmt="telegram")
    as_html = write_corpus(tmp_path / "messages.html", 300, fmt="telegram-html")
    from_json, from_html = list(read_posts(as_json)), list(read_posts(as_html))
    assert len(from_json) == 300
    for json_post, html_post in zip(from_json, from_html, strict=True):
        assert html_post.id.rsplit(":", 1)[1] == json_post.id.rsplit(":", 1)[1]
        assert replace(html_post, id=json_post.id) == json_post


def nested_page(depth: int) -> str:
    """A message with ``depth`` nested elements in its text, then as many stray end tags."""
    return (
        '<div class="history"><div class="message default clearfix" id="message1">'
        '<div class="body"><div class="text">Lavrov met Wang Yi.'
        + "<span>" * depth
        + "deep"
        + "</b>" * depth
        + "</span>" * depth
        + "</div></div></div></div>"
    )


def cpu_seconds_to_read(path: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_SELF)
    (post,) = read_posts(path)
    after = resource.getrusage(resource.RUSAGE_SELF)
    assert post.text == "Lavrov met Wang Yi.deep"
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def test_deep_nesting_and_stray_end_tags_take_linear_time(tmp_path: Path) -> None:
    """Issue 15's nesting blow-up, for this reader: 4x the depth costs about 4x, not 16x."""
    seconds = []
    for depth in (10_000, 40_000):
        path = tmp_path / f"messages-{depth}.html"
        path.write_text(nested_page(depth), encoding="utf-8")
        seconds.append(min(cpu_seconds_to_read(path) for _ in range(2)))
    assert seconds[1] < 8 * max(seconds[0], 0.01), seconds


def test_a_date_that_is_no_real_time_is_dropped_and_reported(tmp_path: Path) -> None:
    page = export_page(2).replace(
        'title="01.01.2025 10:00:00 UTC+00:00"', 'title="45.13.2025 10:00:00 UTC+00:00"', 1
    )
    path = tmp_path / "messages.html"
    path.write_text(page, encoding="utf-8")
    warned: list[tuple[str, str]] = []
    first, second = read_posts(path, on_warning=lambda what, detail: warned.append((what, detail)))
    assert (first.date, second.date) == (None, "2025-01-01T10:00:00Z")  # the post is kept
    assert warned == [
        ("invalid date(s) dropped", f"{path}: message 1: '45.13.2025 10:00:00 UTC+00:00'")
    ]
