"""What both load benchmarks share: the corpora, per-batch timings, the report lines.

Two corpora, both as extractions built before any timing:

- synthetic: ``bench/corpus.py`` read and extracted by the real pipeline;
- skewed: every post asserts the same two relations (the minister's role, his
  criticism of one alliance) plus one meeting with one of a few hundred counterparts,
  the shape that made model 1's provenance lists grow without bound.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

from graphkit.graph import GraphBatch, batched
from graphkit.models import Entity, Extraction, Post, Relation
from graphkit.pipeline import extract
from graphkit.sources import read_posts
from graphkit.store.base import GraphStore, WriteSummary

#: Batches whose median time stands for the start and for the end of a run.
EDGE_BATCHES = 5
SKEWED_COUNTERPARTS = 400

MINISTER = Entity("person:minister", "Person", "Sergey Lavrov", ("Lavrov",))
COUNTRY = Entity("country:ru", "Country", "Russia")
ALLIANCE = Entity("organisation:nato", "Organisation", "NATO")


def synthetic_extractions(workdir: Path, posts: int) -> list[Extraction]:
    """``posts`` posts of ``bench/corpus.py``, extracted by the pipeline."""
    corpus = write_corpus(workdir / "corpus.json", posts, fmt="telegram")
    return list(extract(read_posts(corpus)))


def skewed_extractions(posts: int, first: int = 0) -> Iterator[Extraction]:
    """Posts ``first`` .. ``first + posts - 1`` of the skewed corpus."""
    for number in range(first, first + posts):
        other = Entity(
            f"person:counterpart-{number % SKEWED_COUNTERPARTS}",
            "Person",
            f"Counterpart {number % SKEWED_COUNTERPARTS}",
        )
        day = f"20{15 + number % 11}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        role = f"Foreign Minister of Russia Sergey Lavrov, post {number}."
        criticism = f"Sergey Lavrov criticised NATO's expansion again in post {number}."
        talks = f"Sergey Lavrov held talks with {other.name} in Moscow (post {number})."
        post = Post(
            id=f"skewed:{number}",
            channel="MFA Russia",
            text=f"📍 Moscow, {day}\n{role} {criticism} {talks}",
            date=day,
        )
        relations = (
            Relation(MINISTER.id, "HOLDS_ROLE", COUNTRY.id, role, 0.9, "bench-role"),
            Relation(
                MINISTER.id,
                "CRITICISED",
                ALLIANCE.id,
                criticism,
                0.8,
                "bench-criticism",
            ),
            Relation(MINISTER.id, "MET_WITH", other.id, talks, 0.85, "bench-meeting"),
        )
        yield Extraction(post, (MINISTER, COUNTRY, ALLIANCE, other), relations)


def batches_of(extractions: list[Extraction], size: int) -> list[GraphBatch]:
    return list(batched(extractions, size))


def arguments(description: str) -> argparse.Namespace:
    """The options both load benchmarks take."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--posts", type=int, default=20_000, help="synthetic corpus posts")
    parser.add_argument("--skewed-posts", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--new-posts", type=int, default=5000)
    parser.add_argument("--bases", type=int, nargs=2, default=(5000, 40_000))
    parser.add_argument(
        "--skip", nargs="*", default=(), choices=("synthetic", "skewed", "new", "reload")
    )
    return parser.parse_args()


def corpora(args: argparse.Namespace, workdir: Path) -> Iterator[tuple[str, list[GraphBatch]]]:
    """(name, batches) of each corpus the options ask for, built before any timing; the
    synthetic corpus file is ``workdir / "corpus.json"``."""
    if "synthetic" not in args.skip and args.posts:
        started = time.perf_counter()
        batches = batches_of(synthetic_extractions(workdir, args.posts), args.batch_size)
        name = f"synthetic {args.posts:,}"
        print(
            f"{name}: extracted in {time.perf_counter() - started:.1f} s (not timed), "
            f"{sum(len(b.assertions) for b in batches):,} assertions",
            flush=True,
        )
        yield name, batches
        del batches
    if "skewed" not in args.skip and args.skewed_posts:
        batches = batches_of(list(skewed_extractions(args.skewed_posts)), args.batch_size)
        yield f"skewed {args.skewed_posts:,}", batches


@dataclass
class Run:
    """One loader over one corpus: its total and per-batch times."""

    loader: str
    corpus: str
    seconds: float
    batch_seconds: list[float]
    summary: WriteSummary

    @property
    def first(self) -> float:
        return statistics.median(self.batch_seconds[:EDGE_BATCHES])

    @property
    def start(self) -> float:
        """Batches after the first tenth of the run: the very first ones run while the
        server still plans its queries for an empty graph (slow in both loaders)."""
        tenth = len(self.batch_seconds) // 10
        return statistics.median(self.batch_seconds[tenth : tenth + EDGE_BATCHES])

    @property
    def end(self) -> float:
        return statistics.median(self.batch_seconds[-EDGE_BATCHES:])

    def line(self) -> str:
        return (
            f"{self.corpus}: {self.loader}: {len(self.batch_seconds)} batches in "
            f"{self.seconds:.1f} s; per batch {1000 * self.first:.0f} ms in the first "
            f"{EDGE_BATCHES}, {1000 * self.start:.0f} ms after the first tenth, "
            f"{1000 * self.end:.0f} ms in the last {EDGE_BATCHES} (end / start "
            f"x{self.end / self.start:.2f})"
        )


def timed(store: GraphStore, batches: list[GraphBatch], loader: str, corpus: str) -> Run:
    """Write ``batches`` (built beforehand: only the store is timed), batch by batch."""
    summary = WriteSummary()
    times = []
    started = time.perf_counter()
    for batch in batches:
        began = time.perf_counter()
        summary.add(store.write(batch))
        times.append(time.perf_counter() - began)
    return Run(loader, corpus, time.perf_counter() - started, times, summary)


def compare(plain: Run, graphkit: Run) -> str:
    """The report line of graphkit's loader against the plain one on the same batches."""
    return (
        f"{graphkit.corpus}: graphkit / plain = {graphkit.seconds / plain.seconds:.2f}x "
        f"(target <= 2x); graphkit's end / start per batch = "
        f"{graphkit.end / graphkit.start:.2f}x (target <= 1.3x; plain's "
        f"{plain.end / plain.start:.2f}x)"
    )


def size_of(path: Path) -> int:
    """Bytes of the files under ``path`` (actually allocated)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(FileNotFoundError):  # rotated away while walking
                total += os.stat(os.path.join(root, name)).st_blocks * 512
    return total


def megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def incremental(
    open_store: Callable[[str], GraphStore],
    base_sizes: tuple[int, int],
    new_posts: int,
    size: int,
) -> str:
    """Seconds to write ``new_posts`` new skewed posts into graphs of ``base_sizes`` skewed
    posts, each in its own fresh store opened by ``open_store(name)``."""
    new = batches_of(list(skewed_extractions(new_posts, first=10_000_000)), size)
    seconds = []
    for base in base_sizes:
        with open_store(f"base-{base}") as store:
            store.ensure_schema()
            for batch in batched(skewed_extractions(base), size):
                store.write(batch)
            seconds.append(timed(store, new, "graphkit", f"skewed {base:,}").seconds)
    small, large = base_sizes
    return (
        f"{new_posts:,} new skewed posts into a graph of {large:,}: {seconds[1]:.1f} s, "
        f"into one of {small:,}: {seconds[0]:.1f} s: x{seconds[1] / seconds[0]:.2f} "
        "(target <= 1.5x)"
    )
