"""Benchmark of loads into the embedded SQLite store.

1. Store writes: N synthetic extractions (actors, relations with evidence and
   dates, in the shape ``graphkit.pipeline.extract`` yields) written in batches
   of ``--batch-size`` posts, against a baseline in the same run that writes one
   post per transaction (on a slice, ``--baseline-posts``). Reports relationship
   assertions written per second and the ratio.
2. Reload: writing the same extractions again (nothing created), and, when the
   synthetic corpus generator ``bench/corpus.py`` is present, ``graphkit.load``
   of a corpus file twice: the first load (read + extract + write) and the
   reload (read + skip, nothing created).

    .venv/bin/python bench/bench_load_sqlite.py [--posts 100000] [--batch-size 1000]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

from graphkit.graph import GraphBatch, batched
from graphkit.models import ENTITY_TYPES, RELATION_TYPES, Entity, Extraction, Post, Relation
from graphkit.store.base import WriteSummary
from graphkit.store.sqlite import SqliteStore

BENCH = Path(__file__).resolve().parent
_FIRST = ["Sergey", "Maria", "Ali", "Wang", "Anna", "Jean", "Carlos", "Fatima", "Ivan", "Olga"]
_LAST = ["Petrov", "Haddad", "Li", "Moreau", "Silva", "Okafor", "Kowalski", "Tanaka", "Rossi"]
_VERBS = {
    "SPOKE_AT": "delivered remarks at",
    "CHAIRED": "chaired",
    "ATTENDED": "took part in",
    "INVITED": "invited",
    "HELD_IN": "was held in",
    "VISITED": "paid a working visit to",
    "MET_WITH": "held talks with",
    "CRITICISED": "criticised the position of",
    "SUPPORTED": "reaffirmed support for",
    "HOLDS_ROLE": "serves on behalf of",
    "MEMBER_OF": "is a member of",
}


def synthetic_extractions(posts: int, seed: int = 7) -> Iterator[Extraction]:
    """Posts naming 3 to 6 of ~5,000 actors (skewed), with 1 to 3 relations each."""
    rng = random.Random(seed)
    actors = []
    for number in range(5000):
        etype = rng.choices(ENTITY_TYPES, weights=(45, 20, 10, 10, 12, 3))[0]
        name = (
            f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {number}"
            if etype == "Person"
            else f"{etype} {number}"
        )
        actors.append(Entity(f"{etype.lower()}:{number}", etype, name, (name.split()[-1],)))
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(actors))))
    for number in range(posts):
        named = list(
            {
                a.id: a for a in rng.choices(actors, cum_weights=cumulative, k=rng.randint(3, 6))
            }.values()
        )
        day = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        relations = []
        sentences = []
        for _ in range(rng.randint(1, 3)):
            if len(named) < 2:
                break
            source, target = rng.sample(named, 2)
            rtype = rng.choice(RELATION_TYPES)
            sentence = f"{source.name} {_VERBS[rtype]} {target.name}."
            sentences.append(sentence)
            relations.append(
                Relation(source.id, rtype, target.id, sentence, rng.uniform(0.6, 0.95), "bench")
            )
        post = Post(
            id=f"bench:{number}",
            channel="MFA Russia",
            text=f"📍 Moscow, {day}\n" + " ".join(sentences),
            date=day,
            hashtags=("#Diplomacy",),
        )
        yield Extraction(post, tuple(named), tuple(relations))


def timed_writes(store: SqliteStore, batches: list[GraphBatch]) -> tuple[float, WriteSummary]:
    """Seconds to write ``batches`` (built beforehand: only the store is timed)."""
    summary = WriteSummary()
    started = time.perf_counter()
    for batch in batches:
        summary.add(store.write(batch))
    return time.perf_counter() - started, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--baseline-posts", type=int, default=5000)
    parser.add_argument("--skip-corpus-load", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        extractions = list(synthetic_extractions(args.posts))
        batches = list(batched(extractions, args.batch_size))
        assertions = sum(len(batch.assertions) for batch in batches)
        with SqliteStore(workdir / "batched.db") as store:
            store.ensure_schema()
            seconds, summary = timed_writes(store, batches)
            rate = assertions / seconds
            print(
                f"batched writes ({args.batch_size} posts/transaction): {args.posts:,} posts,"
                f" {summary.relationships_created:,} relationships from {assertions:,} assertions"
                f" in {seconds:.1f} s = {summary.relationships_created / seconds:,.0f}"
                f" relationships/s, {rate:,.0f} assertions/s"
            )
            again, rewritten = timed_writes(store, batches)
            assert rewritten.posts_created == rewritten.relationships_created == 0
            print(f"rewrite of the same batches: {again:.1f} s, nothing created")
        singles = list(batched(extractions[: args.baseline_posts], 1))
        base_assertions = sum(len(batch.assertions) for batch in singles)
        with SqliteStore(workdir / "per-post.db") as baseline:
            baseline.ensure_schema()
            base_seconds, _ = timed_writes(baseline, singles)
        base_rate = base_assertions / base_seconds
        print(
            f"baseline (1 post/transaction): {len(singles):,} posts, {base_assertions:,}"
            f" assertions in {base_seconds:.1f} s = {base_rate:,.0f} assertions/s"
        )
        print(f"ratio batched / baseline: {rate / base_rate:.1f}x")
        del extractions, batches, singles
        if args.skip_corpus_load:
            print("skipped: no full graphkit.load run")
            return
        full_load(workdir, args.posts, args.batch_size)


def full_load(workdir: Path, posts: int, batch_size: int) -> None:
    from graphkit.load import load

    source = workdir / "corpus.json"
    write_corpus(source, posts)
    with SqliteStore(workdir / "loaded.db") as store:
        started = time.perf_counter()
        first = load([source], store, batch_size=batch_size)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        second = load([source], store, batch_size=batch_size)
        reload_seconds = time.perf_counter() - started
    assert second.posts_created == second.relationships_created == second.nodes_created == 0
    print(
        f"graphkit.load of the corpus ({first.posts_created:,} posts): {load_seconds:.1f} s,"
        f" {first.relationships_created:,} relationships created"
        f" ({first.relationships_created / load_seconds:,.0f}/s incl. reading and extraction)"
    )
    print(
        f"reload of the same corpus: {reload_seconds:.1f} s, {second.posts_present:,} posts"
        " already present, nothing created"
    )


if __name__ == "__main__":
    sys.exit(main())
