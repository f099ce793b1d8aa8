"""Paths of the example inputs and the shared sample data (the latter may be absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
SHARED_DUMP = SHARED / "data" / "channel_dump.txt"
SHARED_DEV_EXPORT = SHARED / "eval" / "dev" / "result.json"


def shared_file(path: Path) -> Path:
    """``path`` if the read-only shared data is present, else skip the test."""
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return path
