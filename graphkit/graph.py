"""From extractions to graph rows: the shape every store writes and reads.

One relationship per (subject, type, object); each post asserting it adds an
``Assertion`` to its provenance. Symmetric relations are stored once, with the
smaller key as source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

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


@dataclass(frozen=True, slots=True)
class StoredRelation:
    """A relationship as a store holds it, with its provenance.

    ``post_ids``, ``evidence`` and ``dates`` are parallel: one item per asserting post.
    ``modality`` is "asserted" once any post asserts it, else "planned".
    """

    source: str
    type: RelationType
    target: str
    post_ids: tuple[str, ...]
    evidence: tuple[str, ...]
    dates: tuple[str | None, ...]
    confidence: float
    count: int
    first_seen: str | None
    last_seen: str | None
    modality: Modality


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
