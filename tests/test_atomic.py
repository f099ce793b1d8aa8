"""Atomic writes: the file appears whole, with the umask's mode, or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from graphkit.atomic import write_atomically


def test_written_file_takes_the_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    old = os.umask(0o022)
    try:
        write_atomically(target, lambda scratch: scratch.write_text("<html></html>"))
    finally:
        os.umask(old)
    assert target.read_text() == "<html></html>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.gexf"
    target.write_text("previous")

    def fail(scratch: Path) -> None:
        scratch.write_text("half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, fail)
    assert target.read_text() == "previous"
    assert list(tmp_path.iterdir()) == [target]
