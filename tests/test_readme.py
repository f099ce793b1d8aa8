"""README.md's commands work as printed: its ``sh`` blocks, read from the README itself,
run in order in one shell, in a fresh clone of the repository.

The blocks cover the newcomer's path: quickstart, the first steps on the embedded store,
a local Neo4j started with scripts/neo4j-local, a load into it, the query pack, a view,
and the stop. A block the README marks ``<!-- readme-test: skip (reason) -->`` is not
run: the Docker one (no Docker engine on the test machines) and ``./scripts/test`` (which
would run this test again).

To keep it fast, the clone's ``.venv`` is made beforehand (quickstart reuses one it
finds) and quickstart's ``pip install .`` builds without isolation, so without mypyc:
the packages come from pip's cache, and the compiled build has its own test
(tests/test_compiled.py). Everything else runs exactly as printed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest
from clean_clone import REPO, clean_clone

pytestmark = pytest.mark.neo4j  # it starts a Neo4j server of its own

_BLOCK = re.compile(
    r"^(?:<!-- readme-test: skip \((?P<reason>[^)]*)\) -->\n)?```sh\n(?P<code>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)
RUN_TIMEOUT = 1800  # quickstart installs graphkit's packages; the first Neo4j start is slow


@dataclass(frozen=True)
class Block:
    code: str
    skip_reason: str | None


def readme_blocks(text: str) -> list[Block]:
    """The README's ``sh`` blocks in order, each with its skip reason if it has one."""
    return [Block(m["code"], m["reason"]) for m in _BLOCK.finditer(text)]


def test_the_blocks_cover_the_newcomers_path() -> None:
    blocks = readme_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    skipped = [block for block in blocks if block.skip_reason]
    assert {block.code.split()[0] for block in skipped} == {
        "./scripts/test",
        "cp",
        ".venv/bin/pytest",
    }
    script = "".join(block.code for block in blocks if not block.skip_reason)
    for command in (
        "./scripts/quickstart",
        ". .venv/bin/activate",
        "graphkit load examples/",
        'eval "$(scripts/neo4j-local start)"',
        "graphkit query events-timeline",
        "graphkit view -o",
        "scripts/neo4j-local stop",
    ):
        assert command in script
    assert script.index("neo4j-local start") < script.index("query events-timeline")
    assert script.index("query events-timeline") < script.index("neo4j-local stop")


def test_readme_commands_run_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = clean_clone(tmp_path / "graphkit")
    blocks = readme_blocks((clone / "README.md").read_text(encoding="utf-8"))
    script = ["set -euo pipefail", f"cd {clone}"]
    for number, block in enumerate(blocks, start=1):
        if block.skip_reason:
            script.append(f"# block {number} not run: {block.skip_reason}")
            continue
        script += [f"echo '>>> README block {number}'", block.code]
    # A ready .venv with the build tools: quickstart installs graphkit into it.
    venv.EnvBuilder(with_pip=True).create(clone / ".venv")
    pip = [str(clone / ".venv" / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "setuptools>=77", "wheel"], check=True, capture_output=True)
    neo4j_env = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if k not in neo4j_env}
    # pip reads the variables of its "--no-..." flags inverted: "0" means --no-build-isolation.
    env |= {"PIP_NO_BUILD_ISOLATION": "0", "COLUMNS": "120"}
    try:
        done = subprocess.run(
            ["bash", "-c", "\n".join(script)],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    finally:  # whatever happened, no server is left running
        subprocess.run(
            [sys.executable, str(clone / "scripts" / "neo4j-local"), "stop"],
            cwd=clone,
            capture_output=True,
            check=False,
        )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert "Traceback" not in output and "graphkit: warning" not in output, output[-4000:]
    # The embedded store got the examples, and the Neo4j load went to the server.
    assert "store: graphkit.db" in done.stdout
    assert re.search(r"store: Neo4j at bolt://127\.0\.0\.1:\d+", done.stdout), done.stdout
    assert "Neo4j stopped" in done.stderr
    assert (clone / "graphkit-view.html").stat().st_size > 10_000
    # Nothing the README writes is left for git to pick up.
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True, check=True
    )
    assert status.stdout == ""
