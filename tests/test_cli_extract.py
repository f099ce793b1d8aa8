"""`graphkit extract`: output formats, --kb, and bad inputs (one line, exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app

DUMP = """Forwarded from Ministry Channel
🎙 Foreign Minister Pavel Orlov’s remarks at the 7th International Forum on Arctic Cooperation
📍 Murmansk, March 1, 2024
💬 The #SCO and the Tashkent Treaty Organisation deserve support.
Read in full
"""


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "channel.txt"
    path.write_text(DUMP, encoding="utf-8")
    return path


def test_jsonl_one_line_per_post(dump: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(dump), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1
    rels = {(r["source"], r["type"], r["target"]) for r in lines[0]["relations"]}
    assert (
        "person:pavel-orlov",
        "SPOKE_AT",
        "event:7th-international-forum-on-arctic-cooperation",
    ) in rels


def test_jsonl_is_the_default_when_not_a_terminal(dump: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "extract", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout.splitlines()[0])["post"]["text"]


def test_table_format(dump: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(dump), "--format", "table"])
    assert result.exit_code == 0
    assert "Pavel Orlov -SPOKE_AT-> 7th International Forum on Arctic Cooperation" in result.stdout


def test_user_kb_file_adds_entities(dump: Path, tmp_path: Path) -> None:
    kb = tmp_path / "kb.json"
    kb.write_text(
        json.dumps(
            {
                "entities": [
                    {
                        "key": "organisation:tto",
                        "type": "Organisation",
                        "name": "Tashkent Treaty Organisation",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    plain = CliRunner().invoke(app, ["extract", str(dump), "--format", "jsonl"])
    extended = CliRunner().invoke(app, ["extract", str(dump), "--format", "jsonl", "--kb", str(kb)])
    assert "organisation:tto" not in plain.stdout
    assert "organisation:tto" in extended.stdout


def _bad(tmp_path: Path, name: str, content: bytes | None) -> Path:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("missing.txt", None),
        ("empty.txt", b""),
        ("binary.bin", bytes(range(256)) * 4),
        ("latin1.txt", "Caf\u00e9 na\u00efve".encode("latin-1") * 10),
        ("broken.json", b'{"name": "x", "messages": [ {"id": 1,'),
        ("other.json", b'{"hello": "world"}'),
    ],
)
def test_bad_inputs_exit_2_with_one_line(tmp_path: Path, name: str, content: bytes | None) -> None:
    path = _bad(tmp_path, name, content)
    out = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "extract", str(path), "--format", "jsonl"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in out.stderr


def test_bad_kb_file_exit_2(dump: Path, tmp_path: Path) -> None:
    kb = _bad(tmp_path, "kb.json", b"[1, 2]")
    out = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "extract", str(dump), "--kb", str(kb)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and str(kb) in out.stderr


def test_a_good_file_before_a_bad_one_writes_nothing(dump: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "extract", str(dump), str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2 and out.stdout == ""


def test_malformed_messages_are_counted_in_one_warning(tmp_path: Path) -> None:
    export = {
        "name": "Ministry",
        "type": "public_channel",
        "id": 7,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2024-03-01T10:00:00",
                "date_unixtime": "1709287200",
                "from": "Ministry",
                "from_id": "channel7",
                "text": "Foreign Minister Pavel Orlov met with Secretary Anna Berg in Cairo.",
            },
            {"id": 2, "type": 5, "text": "?"},
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "extract", str(path), "--format", "jsonl"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0
    assert len(out.stdout.splitlines()) == 1
    warnings = out.stderr.strip().splitlines()
    assert len(warnings) == 1 and "1 malformed" in warnings[0]
    assert "(first: " in warnings[0] and ".json: " in warnings[0]  # names the file and why
