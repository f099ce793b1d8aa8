"""read_posts: format detection from content, stdin, and one clear error per bad input."""

from __future__ import annotations

import io
import os
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from source_paths import EXAMPLES

from graphkit.errors import InputError
from graphkit.sources import detect_format, read_posts


def write(content: bytes) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / "input.txt"
        path.write_bytes(content)
        return path

    return make


def missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere.json"


def directory(tmp_path: Path) -> Path:
    return tmp_path


BAD_INPUTS = {
    "missing path": (missing, "no such file"),
    "folder without an export": (directory, "is a folder without result.json or messages"),
    "empty file": (write(b""), "is empty"),
    "blank file": (write(b" \n\n\t\n"), "is empty"),
    "binary file": (write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), "binary"),
    "invalid UTF-8": (write(b"Lavrov visited Samarkand" + b"\xff\xfe here"), "UTF-8"),
    "invalid JSON": (write(b'{"name": "MFA", "messages": [{"id": 1,'), "invalid JSON"),
    "JSON list": (write(b'[{"id": 1, "text": "x"}]'), "not a Telegram export"),
    # Broken JSON is told as such, whatever its shape.
    "broken JSON list": (write(b'[{"id": 1, "text": "x"'), "invalid JSON"),
    "broken JSON without messages": (write(b'{"name": "MFA", "posts": [1,'), "invalid JSON"),
    "JSON without messages": (write(b'{"name": "MFA", "posts": []}'), "not a Telegram export"),
    # A bare JSON value is never a one-post dump.
    "JSON string": (write(b'"hello"'), "bare JSON value (a string)"),
    "JSON number": (write(b"42\n"), "bare JSON value (a number)"),
    "JSON null": (write(b" null "), "bare JSON value (null)"),
    "JSON true": (write(b"true"), "bare JSON value (true or false)"),
    # Markup is never a dump: a web page, XML, an HTML fragment.
    "HTML page": (
        write(b"<!DOCTYPE html><html><body><p>Lavrov met Wang Yi.</p></body></html>"),
        "markup",
    ),
    "XML": (write(b'<?xml version="1.0"?><posts><post>Lavrov</post></posts>'), "markup"),
    "HTML fragment": (write(b'<div class="message">Lavrov met Wang Yi.</div>'), "markup"),
}


@pytest.mark.parametrize("make, problem", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_raises_one_clear_error_naming_the_file(
    tmp_path: Path, make: Callable[[Path], Path], problem: str
) -> None:
    path = make(tmp_path)
    # The error comes from the call itself, before any post is handed out.
    with pytest.raises(InputError) as caught:
        read_posts(path)
    assert caught.value.source == str(path)
    assert str(path) in str(caught.value)
    assert problem in caught.value.problem
    assert "\n" not in str(caught.value)


def test_format_is_detected_from_content_not_extension(tmp_path: Path) -> None:
    export_as_txt = tmp_path / "export.txt"
    dump_as_json = tmp_path / "dump.json"
    shutil.copy(EXAMPLES / "result.json", export_as_txt)
    shutil.copy(EXAMPLES / "channel_dump.txt", dump_as_json)
    assert detect_format(export_as_txt) == "telegram"
    assert detect_format(dump_as_json) == "dump"
    assert len(list(read_posts(export_as_txt))) == 6
    assert len(list(read_posts(dump_as_json))) == 5


def test_dump_opening_with_a_bracket_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("[Forwarded from MFA Russia]\nSergey Lavrov visited Minsk.\n", encoding="utf-8")
    (post,) = read_posts(path)
    assert (post.forwarded_from, post.text) == ("MFA Russia", "Sergey Lavrov visited Minsk.")


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "result.json").read_bytes())
    assert detect_format(path) == "telegram"
    assert len(list(read_posts(path))) == 6


def use_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("example, count", [("channel_dump.txt", 5), ("result.json", 6)])
def test_stdin(monkeypatch: pytest.MonkeyPatch, example: str, count: int) -> None:
    data = (EXAMPLES / example).read_bytes()
    use_stdin(monkeypatch, data)
    posts = list(read_posts("-"))
    assert len(posts) == count
    assert posts == list(read_posts(EXAMPLES / example, channel=posts[0].channel))


def test_dump_on_stdin_is_channel_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, (EXAMPLES / "channel_dump.txt").read_bytes())
    assert {post.channel for post in read_posts("-")} == {"stdin"}


def test_empty_stdin_is_an_error_naming_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, b"")
    with pytest.raises(InputError, match=r"^stdin: is empty$"):
        read_posts("-")


def test_a_pipe_is_read_like_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    data = (EXAMPLES / "result.json").read_bytes()
    writer = threading.Thread(target=pipe.write_bytes, args=(data,))
    writer.start()
    posts = list(read_posts(pipe))
    writer.join()
    assert len(posts) == 6


@pytest.mark.parametrize(
    "text",
    [
        "<3 to all our partners: Lavrov met Wang Yi.",
        "<<< Forwarded from MFA\nLavrov met Wang Yi.",
        "2024 was a busy year: Lavrov met Wang Yi.",
        '"Peace first," said Lavrov in Minsk.',
        "null and void, the Minister said of the decision.",
    ],
)
def test_text_opening_like_markup_or_json_is_a_dump(tmp_path: Path, text: str) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert detect_format(path) == "dump"
    (post,) = read_posts(path)
    assert post.text == text.removeprefix("<<< Forwarded from MFA\n")
