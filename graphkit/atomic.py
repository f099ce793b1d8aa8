"""Files that appear whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def temporary_sibling(path: Path) -> Path:
    """A scratch name beside ``path``, on the same file system so a rename is atomic."""
    # Not tempfile: its 0600 mode would survive the rename; this one gets the umask's.
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a scratch file, then rename it to ``path``; on failure, no file."""
    temporary = temporary_sibling(path)
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
