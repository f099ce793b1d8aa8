"""Typed records shared by every stage: posts in, entities and relations out.

The JSONL line written by ``graphkit extract --format jsonl`` is
``Extraction.to_dict()``; every later stage reads it back with
``Extraction.from_dict()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

EntityType = Literal["Person", "Organisation", "Country", "Place", "Event", "Group"]
RelationType = Literal[
    "SPOKE_AT",
    "CHAIRED",
    "ATTENDED",
    "INVITED",
    "HELD_IN",
    "VISITED",
    "MET_WITH",
    "CRITICISED",
    "SUPPORTED",
    "HOLDS_ROLE",
    "MEMBER_OF",
]
Modality = Literal["asserted", "planned"]

#: The closed vocabulary. Labels and relationship types written to any store
#: come from these tuples only, never from input text.
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
RELATION_TYPES: tuple[RelationType, ...] = get_args(RelationType)
SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"MET_WITH"})
#: Edges between posts, channels and entities, besides the actor relations.
STRUCTURAL_RELATIONS: tuple[str, ...] = ("MENTIONS", "FORWARDED_FROM")
MODALITIES: tuple[Modality, ...] = get_args(Modality)


@dataclass(frozen=True, slots=True)
class Post:
    """One distinct post. ``date`` is ISO 8601: a UTC timestamp from an export
    (``2016-08-24T12:00:00Z``) or a day from a dateline (``2023-04-14``)."""

    id: str
    channel: str | None
    text: str
    forwarded_from: str | None = None
    date: str | None = None
    hashtags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    version_of: str | None = None
    #: ISO 639-1 code of the post's language ("en", "ru"), or None when unknown.
    lang: str | None = None

    @property
    def day(self) -> str | None:
        """The post's date as ``YYYY-MM-DD``, or None."""
        return self.date[:10] if self.date else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel,
            "forwarded_from": self.forwarded_from,
            "date": self.date,
            "text": self.text,
            "hashtags": list(self.hashtags),
            "links": list(self.links),
            "version_of": self.version_of,
            "lang": self.lang,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Post:
        return cls(
            id=str(data["id"]),
            channel=data.get("channel"),
            text=str(data.get("text") or ""),
            forwarded_from=data.get("forwarded_from"),
            date=data.get("date"),
            hashtags=tuple(data.get("hashtags") or ()),
            links=tuple(data.get("links") or ()),
            version_of=data.get("version_of"),
            lang=data.get("lang"),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor. ``id`` is its canonical key (see ``graphkit.resolve``)."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name, "aliases": list(self.aliases)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        etype = data["type"]
        if etype not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {etype!r}")
        return cls(
            id=str(data["id"]),
            type=etype,
            name=str(data["name"]),
            aliases=tuple(data.get("aliases") or ()),
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """Subject -> object, with the sentence that states it and the rule that found it."""

    source: str
    type: RelationType
    target: str
    evidence: str
    confidence: float
    rule: str
    modality: Modality = "asserted"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "rule": self.rule,
            "modality": self.modality,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        rtype = data["type"]
        if rtype not in RELATION_TYPES:
            raise ValueError(f"unknown relation type {rtype!r}")
        modality = data.get("modality") or "asserted"
        if modality not in MODALITIES:
            raise ValueError(f"unknown modality {modality!r}")
        return cls(
            source=str(data["source"]),
            type=rtype,
            target=str(data["target"]),
            evidence=str(data.get("evidence") or ""),
            confidence=float(data.get("confidence", 0.0)),
            rule=str(data.get("rule") or ""),
            modality=modality,
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one post yields: the JSONL line of ``graphkit extract``."""

    post: Post
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    relations: tuple[Relation, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "post": self.post.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            post=Post.from_dict(data["post"]),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities") or ()),
            relations=tuple(Relation.from_dict(r) for r in data.get("relations") or ()),
        )
