"""Files that appear whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from graphkit.errors import InputError


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


def check_directory_of(path: Path) -> None:
    """Raise InputError unless ``path``'s directory exists and can be written."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise InputError(str(path), f"cannot write: directory {str(parent)!r} does not exist")
    if not parent.is_dir():
        raise InputError(str(path), f"cannot write: {str(parent)!r} is not a directory")
    if not os.access(parent, os.W_OK):
        raise InputError(str(path), f"cannot write: directory {str(parent)!r} is not writable")


def check_output_file(path: Path) -> None:
    """Raise InputError unless a file can be written at ``path`` (checked before any work)."""
    check_directory_of(path)
    if path.is_dir():
        raise InputError(str(path), "is a directory; give a file name")
