"""Readers alone: posts/s and peak memory of ``read_posts`` as the input grows.

For each format and N, a synthetic corpus (``bench/corpus.py``) is written, then read in
a fresh subprocess: once timed (CPU seconds of one core) and once under tracemalloc (peak
Python heap). The peak must stay flat as N grows: a Telegram export holds one message at
a time; a dump holds one run of pasted copies, a short window of recent posts and 64-bit
hashes of the last 20,000 posts (for copies pasted again far apart).

    python bench/bench_read.py                 # N = 10,000 and 100,000
    python bench/bench_read.py --posts 2000 20000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

BENCH = Path(__file__).resolve().parent

MEASURE = r"""
import json, resource, sys, time, tracemalloc
from graphkit.sources import read_posts
path = sys.argv[1]
start = time.process_time()
count = sum(1 for _ in read_posts(path))
seconds = time.process_time() - start
tracemalloc.start()
sum(1 for _ in read_posts(path))
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"posts": count, "seconds": seconds, "peak": peak, "rss": rss}))
"""


def measure(path: Path) -> dict[str, float]:
    """Read ``path`` in a fresh interpreter pinned to one core; return its figures."""
    command = [sys.executable, "-c", MEASURE, str(path)]
    if sys.platform.startswith("linux"):
        command = ["taskset", "-c", "0", *command]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print(f"{'format':<13} {'N':>8} {'MB':>7} {'posts/s':>9} {'peak heap':>10} {'max RSS':>9}")
    with tempfile.TemporaryDirectory() as workdir:
        for fmt in ("telegram", "telegram-html", "dump"):
            for count in args.posts:
                path = Path(workdir) / f"corpus-{fmt}-{count}"
                write_corpus(path, count, fmt=fmt)
                figures = measure(path)
                size = path.stat().st_size / 1e6
                path.unlink()
                print(
                    f"{fmt:<13} {count:>8,} {size:>7.1f} "
                    f"{figures['posts'] / figures['seconds']:>9,.0f} "
                    f"{figures['peak'] / 1e6:>8.1f}MB {figures['rss'] / 1e6:>7.0f}MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
