"""Extraction speed and memory: read + extract on one core, against a plain-regex baseline.

A synthetic Telegram export of N posts (``bench/corpus.py``) is written once per N; then
each method runs in a fresh interpreter pinned to one core (``taskset -c 0``):

- ``compiled``: ``read_posts`` + ``graphkit.pipeline.extract`` (entities, relations,
  resolution), every Extraction consumed, from graphkit as ``pip install .`` installs it
  (the hot path compiled by mypyc, see setup.py); the bench builds that install itself;
- ``plain``: the same from this checkout's plain Python modules (an editable install);
- ``regex``: ``read_posts`` + one capitalised-phrase regex over each post (what a
  naive extractor would do), as the baseline of the same run on the same machine.

Reported: posts/s from CPU seconds of the run (knowledge-base loading excluded and shown
apart), the ratio to the baseline, and the peak RSS of the process (``ru_maxrss``),
which must stay flat as N grows. The target applies to the compiled install, what users
run; the plain figure shows what a development checkout does.

    python bench/bench_extract.py                  # N = 10,000 and 100,000
    python bench/bench_extract.py --posts 2000 20000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TARGET_POSTS_PER_SECOND = 2_000

RUN = r"""
import json, re, resource, sys, time
from graphkit.sources import read_posts
method, path = sys.argv[1], sys.argv[2]
started = time.process_time()
if method != "regex":
    import graphkit.extract.relations
    compiled = not graphkit.extract.relations.__file__.endswith(".py")
    assert compiled == (method == "compiled"), graphkit.extract.relations.__file__
    from graphkit.extract import KnowledgeBase
    from graphkit.pipeline import extract
    kb = KnowledgeBase.default()
    setup = time.process_time() - started
    started = time.process_time()
    posts = relations = entities = 0
    for extraction in extract(read_posts(path), kb=kb):
        posts += 1
        relations += len(extraction.relations)
        entities += len(extraction.entities)
else:
    phrase = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*")
    setup = 0.0
    posts = relations = entities = 0
    for post in read_posts(path):
        posts += 1
        entities += len(phrase.findall(post.text))
seconds = time.process_time() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"posts": posts, "seconds": seconds, "setup": setup, "rss": rss,
                  "entities": entities, "relations": relations}))
"""


def run(method: str, path: Path, install: Path) -> dict[str, float]:
    """One method over ``path`` in a fresh interpreter on one core, importing graphkit
    from ``install``; outside the checkout, whose ``graphkit/`` would come first."""
    command = [sys.executable, "-c", RUN, method, str(path)]
    if sys.platform.startswith("linux"):
        command = ["taskset", "-c", "0", *command]
    env = {**os.environ, "PYTHONPATH": str(install)}
    done = subprocess.run(
        command, capture_output=True, text=True, check=True, env=env, cwd=path.parent
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def install_compiled(target: Path) -> Path:
    """graphkit built and installed into ``target`` as ``pip install .`` does."""
    pip_install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    subprocess.run(
        [*pip_install, "--no-build-isolation", "--target", str(target), str(ROOT)],
        check=True,
    )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    header = (
        f"{'N':>8} {'method':<9} {'posts/s':>8} {'vs regex':>8} {'max RSS':>8} "
        f"{'entities':>9} {'relations':>9} {'setup':>6}"
    )
    print(header)
    print("-" * len(header))
    slowest = float("inf")
    with tempfile.TemporaryDirectory() as workdir:
        compiled = install_compiled(Path(workdir) / "install")
        for count in args.posts:
            path = Path(workdir) / f"corpus-{count}.json"
            write_corpus(path, count, fmt="telegram")
            baseline = run("regex", path, compiled)
            baseline_rate = baseline["posts"] / baseline["seconds"]
            for method, install in (("regex", None), ("plain", ROOT), ("compiled", compiled)):
                figures = baseline if install is None else run(method, path, install)
                rate = figures["posts"] / figures["seconds"]
                if method == "compiled":
                    slowest = min(slowest, rate)
                print(
                    f"{count:>8,} {method:<9} {rate:>8,.0f} {rate / baseline_rate:>7.2f}x "
                    f"{figures['rss'] / 1e6:>6.0f}MB {figures['entities']:>9,} "
                    f"{figures['relations']:>9,} {figures['setup']:>5.1f}s"
                )
            path.unlink()
    verdict = "meets" if slowest >= TARGET_POSTS_PER_SECOND else "MISSES"
    print(
        f"graphkit (compiled) {verdict} the target of {TARGET_POSTS_PER_SECOND:,} posts/s "
        "on one core"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
