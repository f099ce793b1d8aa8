"""graphkit: Telegram channel posts turned into a graph of actors and organisations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphkit.models import (
    ENTITY_TYPES,
    RELATION_TYPES,
    Entity,
    Extraction,
    Post,
    Relation,
)

if TYPE_CHECKING:
    from graphkit.export import to_networkx

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Entity",
    "Extraction",
    "Post",
    "Relation",
    "to_networkx",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # networkx loads only when the graph is asked for: ``import graphkit`` stays cheap.
    if name == "to_networkx":
        from graphkit.export import to_networkx

        return to_networkx
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
