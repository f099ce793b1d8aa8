"""Load posts into a graph store: read, skip what is stored, extract, write in batches.

Loads are idempotent and incremental: posts already in the store are skipped
before extraction, so loading the same input again writes nothing, and new
posts add only what is new. Every input is checked before anything is written,
and each batch is one transaction: an interrupted load leaves whole batches,
and running it again completes the graph.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from graphkit.errors import OnWarning
from graphkit.extract.kb import KnowledgeBase
from graphkit.graph import batched
from graphkit.iterutil import chunked
from graphkit.models import Post
from graphkit.pipeline import LanguageCount, extract
from graphkit.sources import read_posts
from graphkit.store.base import GraphStore, WriteSummary


@dataclass(frozen=True, slots=True)
class LoadProgress:
    """Where a load stands: posts read from the inputs so far, and what was written;
    bytes of the inputs read so far and in all (stdin counts once spooled)."""

    posts_read: int
    summary: WriteSummary
    bytes_read: int = 0
    bytes_total: int = 0


def load(
    sources: Sequence[str | Path],
    store: GraphStore,
    *,
    kb: KnowledgeBase | None = None,
    batch_size: int = 1000,
    progress: Callable[[LoadProgress], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_warning: OnWarning | None = None,
    on_upgrade: Callable[[], None] | None = None,
    languages: LanguageCount | None = None,
) -> WriteSummary:
    """Load the posts of ``sources`` (paths, or "-" for stdin) into ``store``.

    ``progress`` hears after each batch; ``on_skip`` hears each malformed message that
    a reader left out, ``on_warning`` what was dropped or cut (an invalid date, a post
    over the size limit); ``on_upgrade`` hears if a store of an older graph model was
    upgraded in place first; ``languages`` counts the posts extracted per detected
    language. Raises InputError for a bad input before anything is written.
    """
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    # read_posts checks its whole input before returning: a bad file anywhere
    # in the list stops the load before the first write.
    readers = [read_posts(source, on_skip=on_skip, on_warning=on_warning) for source in sources]
    if store.migrate() and on_upgrade is not None:
        on_upgrade()
    store.ensure_schema()
    known = list(store.entities())
    summary = WriteSummary()
    read = 0

    def report() -> None:
        if progress is not None:
            position = sum(reader.position for reader in readers)
            total = sum(reader.size for reader in readers)
            progress(LoadProgress(read, replace(summary), position, total))

    report()  # the inputs' size is known now: a bar can show its total from the start
    # Ids read in this run: a post given twice (overlapping inputs) is extracted once.
    # Only ids are kept, so memory grows slowly with the input.
    seen: set[str] = set()

    def new_posts() -> Iterator[Post]:
        nonlocal read
        for chunk in chunked(itertools.chain.from_iterable(readers), batch_size):
            stored = store.existing_post_ids([post.id for post in chunk])
            read += len(chunk)
            fresh = []
            for post in chunk:
                if post.id not in stored and post.id not in seen:
                    fresh.append(post)
                seen.add(post.id)
            summary.posts_present += len(chunk) - len(fresh)
            if not fresh:
                report()
            yield from fresh

    extractions = extract(
        new_posts(), kb=kb, known=known, languages=languages, on_warning=on_warning
    )
    for batch in batched(extractions, batch_size):
        summary.add(store.write(batch))
        report()
    return summary
