"""The compiled build (``pip install .``: mypyc, see setup.py) behaves as the plain modules.

The test suite itself runs on the plain modules of the editable install; here a wheel is
built and installed into a folder as a user's install would be, and then:

- every module setup.py lists is a C extension there (the build really compiled);
- the extraction unit tests pass against it (mypyc checks annotations at run time, so a
  wrong one fails there and not in plain Python);
- ``graphkit extract`` writes byte-identical JSONL with both, on every annotated set and
  on a synthetic corpus.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TESTED_AGAINST_COMPILED = ["extract", "sources", "test_pipeline.py", "test_resolve.py"]


def compiled_modules() -> list[str]:
    """The dotted names of the modules setup.py compiles."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in targets):
                assert node.value is not None
                paths: list[str] = ast.literal_eval(node.value)
                return [p.removesuffix(".py").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED list")


@pytest.fixture(scope="module")
def compiled_install(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graphkit built as a wheel and installed into a folder of its own."""
    target = tmp_path_factory.mktemp("compiled")
    pip_install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    subprocess.run(
        [*pip_install, "--no-build-isolation", "--target", str(target), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return target


def run_with(install: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python args`` importing graphkit from ``install`` (``ROOT``: the plain modules).

    It runs outside the checkout: Python puts the working directory first on its path,
    where the plain ``graphkit/`` would shadow the install."""
    env = {**os.environ, "PYTHONPATH": str(install)}
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=ROOT / "tests", capture_output=True, text=True
    )


def test_every_listed_module_is_compiled(compiled_install: Path) -> None:
    modules = compiled_modules()
    assert "graphkit.extract.relations" in modules
    code = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    print(name, importlib.import_module(name).__file__)\n"
    )
    done = run_with(compiled_install, "-c", code, *modules)
    assert done.returncode == 0, done.stderr
    files = dict(line.split() for line in done.stdout.splitlines())
    for name in modules:
        assert files[name].startswith(str(compiled_install)), files[name]
        assert files[name].endswith(".so"), f"{name} was not compiled: {files[name]}"


def test_extraction_tests_pass_against_the_compiled_modules(compiled_install: Path) -> None:
    tests = [str(ROOT / "tests" / name) for name in TESTED_AGAINST_COMPILED]
    options = ["-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT)]
    done = run_with(compiled_install, "-m", "pytest", *options, *tests)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout


def annotated_inputs() -> list[Path]:
    inputs = [ROOT / "examples" / "channel_dump.txt", ROOT / "examples" / "result.json"]
    inputs += sorted((ROOT / "tests" / "extract").glob("*/result.json"))
    shared = [SHARED / "data" / "channel_dump.txt", SHARED / "eval" / "dev" / "result.json"]
    return inputs + [p for p in shared if p.is_file()]


def test_compiled_and_plain_extraction_write_the_same_jsonl(
    compiled_install: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.json"
    make_corpus = (
        f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); from pathlib import Path\n"
        "from corpus import write_corpus\n"
        f"write_corpus(Path({str(corpus)!r}), 3000, fmt='telegram')\n"
    )
    assert run_with(ROOT, "-c", make_corpus).returncode == 0
    for source in [*annotated_inputs(), corpus]:
        args = ("-m", "graphkit.cli", "extract", str(source), "--format", "jsonl")
        plain, compiled = run_with(ROOT, *args), run_with(compiled_install, *args)
        assert plain.returncode == compiled.returncode == 0, (source, compiled.stderr)
        assert plain.stdout, source
        assert compiled.stdout == plain.stdout, f"outputs differ on {source}"
