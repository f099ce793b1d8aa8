"""The console entry point: usage errors are one line on stderr, never a panel or traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_graphkit(*args: str) -> subprocess.CompletedProcess[str]:
    code = "from graphkit.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("bogus",), "No such command 'bogus'"),
        (("load",), "Missing argument 'INPUT'"),
        (("view", "-o", "out.html", "--depth", "-1"), "--depth"),
        (("extract", "--format", "xml", "x.txt"), "--format"),
    ],
)
def test_usage_error_is_one_line(args: tuple[str, ...], expected: str) -> None:
    result = run_graphkit(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("graphkit: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_help_exits_zero() -> None:
    result = run_graphkit("--help")
    assert result.returncode == 0
    assert "load" in result.stdout
