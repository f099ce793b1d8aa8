"""From extractions to graph rows: the shape every store writes and reads.

Graph model 3 (docs/model.md): each post asserting a relation is one
``Assertion`` (one per post and triple, under its ``key``), stored with its post: a
SQLite row, items of the post node's lists in Neo4j; the aggregate edge between the
two actors (``StoredRelation``) keeps only scalars and a small sample of asserting
posts, so adding an assertion costs the same however often the edge was asserted
before. Symmetric relations are stored once, with the smaller key as source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from graphkit.models import (
    SYMMETRIC_RELATIONS,
    Entity,
    EntityType,
    Extraction,
    Modality,
    Post,
    RelationType,
)


def channel_key(name: str) -> str:
    """Canonical key of a channel name: "Russian MFA 🇷🇺" -> "russian-mfa"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    slug = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return slug or "unnamed"


@dataclass(frozen=True, slots=True)
class Channel:
    key: str
    name: str


#: The version of the graph model the stores write (docs/model.md).
MODEL_VERSION = 3
#: Evidence items kept on an aggregate edge for display.
EVIDENCE_SAMPLE = 3


def assertion_key(post_id: str, source: str, rtype: str, target: str) -> str:
    """The unique key of one post asserting one relation (symmetric: source <= target)."""
    return f"{post_id}|{source}|{rtype}|{target}"


@dataclass(frozen=True, slots=True)
class Assertion:
    """One post asserting one relation."""

    source: str
    type: RelationType
    target: str
    post_id: str
    evidence: str
    confidence: float
    rule: str
    modality: Modality
    date: str | None

    @property
    def key(self) -> str:
        return assertion_key(self.post_id, self.source, self.type, self.target)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One item of an edge's display sample."""

    post_id: str
    date: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class StoredRelation:
    """The aggregate edge between two actors: every field is updated in O(1).

    ``modality`` is "asserted" once any post asserts it, else "planned".
    ``sample`` holds at most ``EVIDENCE_SAMPLE`` items: the earliest by
    (date, post id), undated last, so it does not depend on the load order.
    Everything else about the asserting posts is read from the assertions.
    """

    source: str
    type: RelationType
    target: str
    count: int
    confidence: float
    first_seen: str | None
    last_seen: str | None
    modality: Modality
    sample: tuple[Evidence, ...]


def sample_order(item: Evidence) -> tuple[bool, str, str]:
    """Which evidence a sample keeps first: dated before undated, earliest, by post id."""
    return (item.date is None, item.date or "", item.post_id)


def fold(relation: StoredRelation | None, new: Sequence[Assertion]) -> StoredRelation:
    """``relation`` with the (not yet counted) assertions ``new`` added: the aggregate
    update, in time independent of how many assertions ``relation`` already counts."""
    first = relation or StoredRelation(
        new[0].source, new[0].type, new[0].target, 0, 0.0, None, None, "planned", ()
    )
    dates = [d for d in (first.first_seen, first.last_seen, *(a.date for a in new)) if d]
    pool = [*first.sample, *(Evidence(a.post_id, a.date, a.evidence) for a in new)]
    asserted = first.modality == "asserted" or any(a.modality == "asserted" for a in new)
    return StoredRelation(
        source=first.source,
        type=first.type,
        target=first.target,
        count=first.count + len(new),
        confidence=max([first.confidence, *(a.confidence for a in new)]),
        first_seen=min(dates) if dates else None,
        last_seen=max(dates) if dates else None,
        modality="asserted" if asserted else "planned",
        sample=tuple(sorted(pool, key=sample_order)[:EVIDENCE_SAMPLE]),
    )


@dataclass
class GraphBatch:
    """Rows for one write: nodes merged by key, one assertion per (post, relation)."""

    posts: list[Post] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (post id, entity key)
    forwards: list[tuple[str, str]] = field(default_factory=list)  # (post id, channel key)
    assertions: list[Assertion] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.posts)


def rekeyed(assertion: Assertion, old: str, new: str) -> Assertion | None:
    """``assertion`` with the entity ``old`` replaced by ``new`` (symmetric relations
    ordered again); None when it would relate the entity to itself."""
    source = new if assertion.source == old else assertion.source
    target = new if assertion.target == old else assertion.target
    if source == target:
        return None
    if assertion.type in SYMMETRIC_RELATIONS and target < source:
        source, target = target, source
    return replace(assertion, source=source, target=target)


def merge_entities(first: Entity, second: Entity) -> Entity:
    """One entity from two records of the same key: the first name, all aliases."""
    aliases = dict.fromkeys((*first.aliases, *second.aliases, second.name))
    aliases.pop(first.name, None)
    return Entity(first.id, first.type, first.name, tuple(sorted(aliases)))


def build_batch(extractions: Iterable[Extraction]) -> GraphBatch:
    """Collect the rows of several extractions, deduplicated."""
    batch = GraphBatch()
    entities: dict[str, Entity] = {}
    channels: dict[str, Channel] = {}
    assertions: dict[tuple[str, str, str, str], Assertion] = {}
    mentions: dict[tuple[str, str], None] = {}
    seen_posts: set[str] = set()
    for ex in extractions:
        post = ex.post
        if post.id in seen_posts:
            continue
        seen_posts.add(post.id)
        batch.posts.append(post)
        if post.forwarded_from:
            ch = Channel(channel_key(post.forwarded_from), post.forwarded_from)
            channels.setdefault(ch.key, ch)
            batch.forwards.append((post.id, ch.key))
        types: dict[str, EntityType] = {}
        for ent in ex.entities:
            types[ent.id] = ent.type
            known = entities.get(ent.id)
            entities[ent.id] = merge_entities(known, ent) if known else ent
            mentions[(post.id, ent.id)] = None
        for rel in ex.relations:
            if rel.source not in types or rel.target not in types or rel.source == rel.target:
                continue
            source, target = rel.source, rel.target
            if rel.type in SYMMETRIC_RELATIONS and target < source:
                source, target = target, source
            key = (source, rel.type, target, post.id)
            known_a = assertions.get(key)
            if known_a is None or rel.confidence > known_a.confidence:
                assertions[key] = Assertion(
                    source=source,
                    type=rel.type,
                    target=target,
                    post_id=post.id,
                    evidence=rel.evidence,
                    confidence=rel.confidence,
                    rule=rel.rule,
                    modality=rel.modality,
                    date=post.day,
                )
    batch.entities = list(entities.values())
    batch.channels = list(channels.values())
    batch.mentions = list(mentions)
    batch.assertions = list(assertions.values())
    return batch


def batched(extractions: Iterable[Extraction], size: int) -> Iterator[GraphBatch]:
    """Stream ``GraphBatch``es of at most ``size`` posts."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    chunk: list[Extraction] = []
    for ex in extractions:
        chunk.append(ex)
        if len(chunk) >= size:
            yield build_batch(chunk)
            chunk = []
    if chunk:
        yield build_batch(chunk)
