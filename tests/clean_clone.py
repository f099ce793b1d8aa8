"""A clean clone of this repository, as a newcomer gets it, and a Python without extras.

The clone holds the working tree's tracked files as they are now (``git stash create``
snapshots uncommitted edits without touching the checkout), so a test of the README or
of the scripts checks the code under test, not only the last commit. Files git does not
track (``.venv``, ``graphkit.db``, ``.neo4j``) are absent, as on a fresh machine.
"""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _git(*args: str, cwd: Path = REPO) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"git {' '.join(args)} failed: {done.stderr.strip()}", pytrace=False)
    return done.stdout.strip()


def clean_clone(target: Path) -> Path:
    """Clone the repository (tracked files, with uncommitted edits) into ``target``."""
    if not (REPO / ".git").exists():
        pytest.fail(f"{REPO} is not a git checkout: a clean clone needs one", pytrace=False)
    # A stash commit needs an author, which a CI machine may not have configured.
    author = ("-c", "user.name=graphkit tests", "-c", "user.email=tests@localhost")
    snapshot = _git(*author, "stash", "create") or _git("rev-parse", "HEAD")
    _git("clone", "--quiet", "--no-checkout", str(REPO), str(target), cwd=REPO.parent)
    # The snapshot commit exists only in this repository: fetch it by id.
    _git("fetch", "--quiet", str(REPO), snapshot, cwd=target)
    _git("checkout", "--quiet", "--detach", snapshot, cwd=target)
    return target


def bare_python(target: Path) -> Path:
    """A directory whose ``python3`` has only the standard library (no neo4j driver):
    put it first on PATH to run a script as a machine without graphkit's packages would."""
    # venv builds on the base interpreter, so the test venv's packages are not seen.
    venv.EnvBuilder(with_pip=False, symlinks=True).create(target)
    bin_dir = target / "bin"
    python = bin_dir / "python3"
    probe = subprocess.run([str(python), "-c", "import neo4j"], capture_output=True, check=False)
    assert probe.returncode != 0, "the bare Python can import neo4j"
    return bin_dir
