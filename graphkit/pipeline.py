"""Posts in, resolved extractions out: the function ``graphkit extract`` and the
loader call.

Streaming and deterministic: each post is analysed on its own, then resolved
with one ``Resolver`` shared by the whole stream (seeded with ``known``
entities from a store), so the same actor gets the same key in every post.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphkit.extract import Found, KnowledgeBase, Mention, analyse
from graphkit.models import Entity, Extraction, Post, Relation
from graphkit.resolve import Candidate, Resolver


def _local_id(mention: Mention) -> str:
    return _root_id(mention.root())


def _root_id(root: Mention) -> str:
    if root.key is not None:
        return root.key
    return f"{root.type}|{root.name}"


def _candidates(mentions: list[Mention]) -> list[Candidate]:
    by_local: dict[str, Candidate] = {}
    for mention in mentions:
        if mention.kind == "event-ref":
            continue
        root = mention.root()
        local = _root_id(root)
        candidate = by_local.get(local)
        if candidate is None:
            candidate = Candidate(local, root.type, root.name, key=root.key, scope=root.scope)
            by_local[local] = candidate
        surface = mention.surface if mention.kind != "event" or root.key else ""
        if surface and surface not in candidate.surfaces:
            candidate.surfaces.append(surface)
    return list(by_local.values())


def _relations(
    found: list[Found], entities: dict[str, Entity], evidence: dict[int, str]
) -> tuple[Relation, ...]:
    best: dict[tuple[str, str, str], Relation] = {}
    for item in found:
        source = entities.get(_local_id(item.source))
        target = entities.get(_local_id(item.target))
        if source is None or target is None or source.id == target.id:
            continue
        ends = (source.id, target.id)
        if item.type == "MET_WITH":
            ends = (min(ends), max(ends))
        slot = (ends[0], item.type, ends[1])
        kept = best.get(slot)
        if (
            kept is None
            or (kept.modality == "planned" and item.modality == "asserted")
            or (kept.modality == item.modality and item.confidence > kept.confidence)
        ):
            # made only when kept: a frozen dataclass is slow to build
            best[slot] = Relation(
                source=source.id,
                type=item.type,
                target=target.id,
                evidence=evidence[item.sentence],
                confidence=item.confidence,
                rule=item.rule,
                modality=item.modality,
            )
    return tuple(best.values())


def extract_one(post: Post, kb: KnowledgeBase, resolver: Resolver) -> Extraction:
    """The extraction of a single post, resolved with ``resolver``."""
    analysis = analyse(post.text, kb)
    candidates = _candidates(analysis.mentions)
    entities = resolver.resolve(candidates, post_id=post.id, day=post.day)
    evidence = {f.sentence: analysis.doc.sentence_text(f.sentence) for f in analysis.relations}
    unique = tuple(dict((e.id, e) for e in entities.values()).values())
    return Extraction(
        post=post, entities=unique, relations=_relations(analysis.relations, entities, evidence)
    )


def extract(
    posts: Iterable[Post],
    *,
    kb: KnowledgeBase | None = None,
    known: Iterable[Entity] = (),
) -> Iterator[Extraction]:
    """One ``Extraction`` per post, in input order (lazy: reads one post at a time)."""
    kb = kb or KnowledgeBase.default()
    resolver = Resolver(known)
    for post in posts:
        yield extract_one(post, kb, resolver)
