"""Hostile JSON (issue 15, findings 1, 3 and 7): deep nesting, lone surrogates, long
strings and impossible dates give one line or a counted warning, in bounded memory."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from measure import growth, run_graphkit

from graphkit.errors import InputError
from graphkit.extract.kb import read_kb_file
from graphkit.sources import read_posts
from graphkit.sources.jsonscan import MAX_JSON_DEPTH, LoneSurrogates

#: Levels of nesting that took 1.08 GB before the depth check (the square of the depth).
DEEP = 20_000


def nested(depth: int, opener: str = "[", closer: str = "]") -> str:
    return opener * depth + closer * depth


@pytest.mark.parametrize(
    "document",
    [
        '{"messages": ' + nested(DEEP) + "}",
        '{"messages": [{"id": 1, "text": ' + nested(DEEP) + "}]}",
        '{"chats": {"list": [{"messages": [' + nested(DEEP, '{"a":', "}") + "]}]}}",
        nested(DEEP),
    ],
    ids=["messages", "in a message", "objects in an account export", "root"],
)
def test_deep_nesting_is_refused_in_bounded_memory(tmp_path: Path, document: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(document, encoding="utf-8")
    done = run_graphkit(["extract", str(path)], tmp_path)
    assert done.code == 2
    assert done.stderr.count("\n") == 1
    assert "graphkit: " in done.stderr and "Traceback" not in done.stderr
    assert done.max_rss_mb < 400, f"peak memory {done.max_rss_mb:.0f} MB"


def test_nesting_up_to_the_limit_is_read(tmp_path: Path) -> None:
    inner = "[" * (MAX_JSON_DEPTH - 4) + "]" * (MAX_JSON_DEPTH - 4)
    path = tmp_path / "result.json"
    path.write_text(
        '{"messages": [{"id": 1, "text": "Lavrov met Wang Yi.", "extra": ' + inner + "}]}",
        encoding="utf-8",
    )
    (post,) = read_posts(path)
    assert post.text == "Lavrov met Wang Yi."
    path.write_text('{"messages": [{"id": 1, "x": ' + nested(MAX_JSON_DEPTH) + "}]}")
    with pytest.raises(InputError, match=f"nested deeper than {MAX_JSON_DEPTH} levels"):
        read_posts(path)


def test_nested_kb_file_is_one_line(tmp_path: Path) -> None:
    kb = tmp_path / "kb.json"
    kb.write_text('{"entities": [' + nested(DEEP) + "]}", encoding="utf-8")
    with pytest.raises(InputError, match="nested deeper than"):
        read_kb_file(kb)
    dump = tmp_path / "dump.txt"
    dump.write_text("Lavrov met Wang Yi.\n", encoding="utf-8")
    done = run_graphkit(["extract", "--kb", str(kb), str(dump)], tmp_path)
    assert (done.code, done.stdout) == (2, "")
    assert done.stderr.startswith("graphkit: ") and done.stderr.count("\n") == 1


SURROGATES = {
    "low": ("Lavrov \\udc00 met Wang Yi.", "Lavrov \ufffd met Wang Yi."),
    "high": ("Lavrov met Wang Yi \\ud800", "Lavrov met Wang Yi \ufffd"),
    "high then high": ("\\ud83d\\ud83d\\ude00 ok", "\ufffd\U0001f600 ok"),
    "escaped backslash": ("a \\\\udc00 b", "a \\udc00 b"),
    "pair": ("\\ud83d\\ude00 Lavrov", "\U0001f600 Lavrov"),
}


@pytest.mark.parametrize("escaped,expected", SURROGATES.values(), ids=SURROGATES.keys())
def test_lone_surrogates_are_replaced_in_exports(
    tmp_path: Path, escaped: str, expected: str
) -> None:
    path = tmp_path / "result.json"
    raw = '{"name": "MFA", "id": 1, "messages": [{"id": 1, "text": "' + escaped + '"}]}'
    path.write_text(raw, encoding="utf-8")
    (post,) = read_posts(path)
    assert post.text == expected
    done = run_graphkit(["extract", str(path)], tmp_path)
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["post"]["text"] == expected


@pytest.mark.parametrize("value", ['"\\udc00"', '"a\\ud800"'])
def test_a_bare_string_with_a_lone_surrogate_is_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "value.json"
    path.write_text(value, encoding="utf-8")
    with pytest.raises(InputError, match="bare JSON value"):
        read_posts(path)


@pytest.mark.parametrize("size", range(1, 14))
def test_surrogate_replacement_does_not_depend_on_read_sizes(size: int) -> None:
    raw = b'["a\\udc00", "\\\\udc00", "\\ud83d\\ude00\\ud800", "q\\"\\udc00"]'

    class Trickle(io.BytesIO):
        def read(self, _size: int | None = -1) -> bytes:
            return super().read(size)

    stream = LoneSurrogates(Trickle(raw))
    replaced = b"".join(iter(lambda: stream.read(size), b""))
    assert json.loads(replaced) == ["a\ufffd", "\\udc00", "\U0001f600\ufffd", 'q"\ufffd']


def test_lone_surrogates_in_a_kb_file_are_replaced(tmp_path: Path) -> None:
    kb = tmp_path / "kb.json"
    kb.write_text(
        '{"entities": [{"key": "person:x", "type": "Person", "name": "Ivan \\udc00 Petrov"}]}',
        encoding="utf-8",
    )
    (entry,) = read_kb_file(kb)
    assert entry.name == "Ivan \ufffd Petrov"


def long_string_export(path: Path, megabytes: int) -> Path:
    text = "Lavrov met Wang Yi in Geneva. " * (megabytes * 35_000)
    path.write_text(
        json.dumps({"name": "MFA", "id": 1, "messages": [{"id": 1, "text": text}]}),
        encoding="utf-8",
    )
    return path


def test_a_long_string_is_read_in_linear_time(tmp_path: Path) -> None:
    # The C parser scans an unfinished string again at each read: reads of a fixed size
    # made a 50 MB message quadratic (minutes); growing reads keep it linear.
    small = long_string_export(tmp_path / "small.json", 2)
    large = long_string_export(tmp_path / "large.json", 8)
    ratio = growth(lambda factor: list(read_posts(large if factor > 1 else small)), 1)
    assert ratio < 9, f"4x the string took {ratio:.1f}x the CPU time"


def test_impossible_dates_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    messages = [
        {"id": 1, "date": "2024-13-45T10:00:00", "text": "Lavrov met Wang Yi."},
        {"id": 2, "date": "2024-02-30", "text": "Lavrov met Blinken."},
        {"id": 3, "date": "2024-02-29T23:59:59", "text": "Lavrov met Borrell."},
    ]
    path.write_text(json.dumps({"name": "MFA", "id": 1, "messages": messages}))
    heard: list[tuple[str, str]] = []
    posts = list(read_posts(path, on_warning=lambda what, detail: heard.append((what, detail))))
    assert [post.date for post in posts] == [None, None, "2024-02-29T23:59:59"]
    assert [detail for _, detail in heard] == [
        f"{path}: message 1: '2024-13-45T10:00:00'",
        f"{path}: message 2: '2024-02-30'",
    ]
    done = run_graphkit(["extract", str(path)], tmp_path)
    assert done.code == 0 and len(done.stdout.splitlines()) == 3
    assert "warning: 2 invalid date(s) dropped" in done.stderr


def test_impossible_copy_stamp_dates_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("MFA, [31.02.24 12:00]\nLavrov met Wang Yi.\n", encoding="utf-8")
    heard: list[str] = []
    (post,) = read_posts(path, on_warning=lambda what, detail: heard.append(what))
    assert post.date is None and post.text == "Lavrov met Wang Yi."
    assert heard == ["invalid date(s) dropped"]
