"""graphkit: Telegram channel posts turned into a graph of actors and organisations."""

from __future__ import annotations

from graphkit.models import (
    ENTITY_TYPES,
    RELATION_TYPES,
    Entity,
    Extraction,
    Post,
    Relation,
)

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Entity",
    "Extraction",
    "Post",
    "Relation",
]
__version__ = "0.1.0"
