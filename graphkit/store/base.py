"""The interface both stores implement: the embedded SQLite store and Neo4j.

Writes are idempotent: writing the same batch twice leaves the store as after
the first write. Reads stream; none holds a whole result in memory twice.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from itertools import groupby
from types import TracebackType

from graphkit.graph import Assertion, Channel, GraphBatch, StoredRelation
from graphkit.models import Entity, Post


@dataclass
class WriteSummary:
    """What a write (or a whole load) did."""

    posts_created: int = 0
    posts_present: int = 0
    nodes_created: int = 0
    nodes_present: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    assertions_created: int = 0  # (post, relation) pairs new to the store
    entities_merged: int = 0  # surname-only people merged into the full name they name

    def add(self, other: WriteSummary) -> None:
        self.posts_created += other.posts_created
        self.posts_present += other.posts_present
        self.nodes_created += other.nodes_created
        self.nodes_present += other.nodes_present
        self.relationships_created += other.relationships_created
        self.relationships_updated += other.relationships_updated
        self.assertions_created += other.assertions_created
        self.entities_merged += other.entities_merged


@dataclass
class Stats:
    """Counts by node label and by relationship type, and of assertions (post, relation)."""

    labels: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    assertions: int = 0


@dataclass(frozen=True, slots=True)
class Filters:
    """Which part of the graph to read; None means everything."""

    types: frozenset[str] | None = None
    relations: frozenset[str] | None = None
    # YYYY-MM-DD, inclusive. relations(): since bounds last_seen, until first_seen;
    # assertions(): both bound the assertion's own date.
    since: str | None = None
    until: str | None = None


class GraphStore(ABC):
    """A graph of posts, channels and entities with relations carrying provenance."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints and indexes (idempotent); run before any write.

        A store of an older graph model is upgraded in place first (see ``migrate``)."""

    @abstractmethod
    def migrate(self) -> bool:
        """Upgrade a store written by an older graph model in place, nothing lost.

        Returns True if it upgraded something, False if the store was current or empty.
        Readers of an older store raise ``StoreError`` naming ``graphkit migrate``."""

    @abstractmethod
    def write(self, batch: GraphBatch) -> WriteSummary:
        """Merge one batch in one transaction: all of it or none of it.

        In the same transaction, a surname-only person ("Volkov") that exactly one
        full-named person ("Andrei Volkov") claims is merged into it, whichever came
        first: its mentions, assertions and relations move to the full name, the merge
        is recorded, and the graph does not depend on the order posts were loaded in."""

    @abstractmethod
    def existing_post_ids(self, ids: Collection[str]) -> set[str]:
        """Which of these post ids are already stored."""

    @abstractmethod
    def entities(self, filters: Filters | None = None) -> Iterator[Entity]:
        """Stored entities, streamed."""

    @abstractmethod
    def relations(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        """Stored actor relations (aggregates), streamed in (source, type, target) order."""

    @abstractmethod
    def assertions(
        self,
        filters: Filters | None = None,
        edges: Collection[tuple[str, str, str]] | None = None,
    ) -> Iterator[Assertion]:
        """Assertions streamed in (source, type, target, date, post_id) order (undated
        last within a relation); ``edges`` restricts them to these (source, type, target)
        triples; filters as ``relations()`` (types of both ends, relation types), with
        since/until on the assertion's own date."""

    def relation_aggregates(self, filters: Filters | None = None) -> Iterator[StoredRelation]:
        """``relations()`` without their evidence samples (``sample`` empty): what a
        reader that takes evidence elsewhere needs. Stores may read it cheaper."""
        return (replace(rel, sample=()) for rel in self.relations(filters))

    def assertion_evidence(
        self, edges: Collection[tuple[str, str, str]]
    ) -> Iterator[tuple[tuple[str, str, str], list[tuple[str | None, str, str]]]]:
        """Per (source, type, target) triple of ``edges`` that has assertions, the
        (date, post_id, evidence) of each, in ``assertions()`` order: what a view
        embeds, without building whole assertions. Stores may read it cheaper."""
        by_edge = groupby(self.assertions(edges=edges), key=lambda a: (a.source, a.type, a.target))
        for (source, rtype, target), group in by_edge:
            yield (source, str(rtype), target), [(a.date, a.post_id, a.evidence) for a in group]

    @abstractmethod
    def merges(self) -> dict[str, str]:
        """Recorded merges: a surname-only person's key -> the full-named person's key."""

    @abstractmethod
    def assertion_count(self) -> int:
        """How many assertions (post, relation) are stored."""

    @abstractmethod
    def posts(self) -> Iterator[Post]:
        """Stored posts, streamed."""

    @abstractmethod
    def channels(self) -> Iterator[Channel]:
        """Stored channels."""

    @abstractmethod
    def mentions(self) -> Iterator[tuple[str, str]]:
        """(post id, entity key) pairs, streamed."""

    @abstractmethod
    def stats(self) -> Stats:
        """Counts by label and relationship type."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
