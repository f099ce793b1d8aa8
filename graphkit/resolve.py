"""Canonical keys: one entity per real actor within a post, across posts and runs.

Keys are ``<type>:<slug>`` and deterministic: KB entities keep their KB key
("organisation:csto", "country:us"); people get ``person:<given>-<family>``
with middle initials dropped ("Antony J. Blinken" -> "person:antony-blinken");
named events ``event:<slug>``; generic events that only exist in their post
("a news conference") ``event:<slug>@<day or post>``.

A ``Resolver`` remembers every person it has seen (and those it is seeded with
from a store, ``known``), so that a bare surname ("Lavrov", "President Trump")
resolves to the one known full name that ends with it, and a later run gives
the same keys as an earlier one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from graphkit.extract.kb import slug
from graphkit.extract.people import SURNAME_FIRST, short_forms
from graphkit.models import Entity, EntityType

HASHTAG_SIGN = re.compile(r"(?<![\w#])#(?=\w)")


@dataclass
class Candidate:
    """One entity of one post, before resolution: ``local`` identifies it in the post."""

    local: str
    type: EntityType
    name: str
    key: str | None = None
    surfaces: list[str] = field(default_factory=list)
    scope: str = "global"


@lru_cache(maxsize=1 << 16)  # names recur from post to post
def person_key(name: str) -> str:
    """ "Antony J. Blinken" -> "person:antony-blinken"; initials-only names keep them."""
    parts = name.replace(".", ". ").split()
    kept = [
        p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and len(p.rstrip(".")) == 1)
    ]
    return "person:" + slug(" ".join(kept))


def family_forms(name: str) -> frozenset[str]:
    """The slugs of the single words that stand for a full name: "Lavrov", "Wang" of
    "Wang Yi", "Faisal" of "Faisal bin Farhan Al Saud"; none for a one-word name."""
    if len(name.split()) < 2:
        return frozenset()
    return frozenset({slug(name.split()[-1]), *(slug(f) for f in short_forms(name))})


def is_surname_only(entity: Entity) -> bool:
    """A person known by one word only ("Volkov"): a key a full name may claim later."""
    return entity.type == "Person" and len(entity.name.split()) == 1


def surname_keys(entities: Iterable[Entity]) -> list[str]:
    """Keys of surname-only people a write of ``entities`` may merge: those among them,
    and the surname-only key of each full-named person's family forms."""
    keys = set()
    for person in (e for e in entities if e.type == "Person"):
        if is_surname_only(person):
            keys.add(person.id)
        keys.update(f"person:{form}" for form in family_forms(person.name))
    return sorted(keys)


def surname_owner(single: Entity, people: Iterable[Entity]) -> str | None:
    """The key of the one full-named person whose family forms include ``single``'s
    name; None when none or several do."""
    form = slug(single.name)
    owners = {p.id for p in people if p.id != single.id and form in family_forms(p.name)}
    return owners.pop() if len(owners) == 1 else None


class Resolver:
    """Maps candidates to canonical entities, remembering people across posts."""

    def __init__(self, known: Iterable[Entity] = ()) -> None:
        self._names: dict[str, str] = {}
        self._family: dict[str, set[str]] = {}
        self._remembered: set[tuple[str, str]] = set()
        for entity in known:
            if entity.type == "Person":
                self._remember(entity.id, entity.name)

    def _remember(self, key: str, name: str) -> None:
        if (key, name) in self._remembered:
            return  # the same actors recur from post to post
        self._remembered.add((key, name))
        self._names.setdefault(key, name)
        for form in family_forms(name):
            self._family.setdefault(form, set()).add(key)

    def key_for(self, candidate: Candidate, post_scope: str) -> str:
        if candidate.key is not None:
            return candidate.key
        if candidate.type == "Person":
            if len(candidate.name.split()) == 1:
                fulls = self._family.get(slug(candidate.name), set())
                if len(fulls) == 1:
                    return next(iter(fulls))
            parts = candidate.name.split()
            if len(parts) == 2:
                # "Motegi Toshimitsu" after "Toshimitsu Motegi", "IWAYA Takeshi" and
                # "Takeshi Iwaya": one person in either order
                reversed_key = person_key(f"{parts[1]} {parts[0]}")
                known = self._names.get(reversed_key)
                if known is not None and (
                    parts[0] in SURNAME_FIRST or parts[0].isupper() or known.split()[0].isupper()
                ):
                    return reversed_key
            return person_key(candidate.name)
        base = candidate.type.lower() + ":" + slug(candidate.name)
        return f"{base}@{post_scope}" if candidate.scope == "post" else base

    def resolve(
        self, candidates: Iterable[Candidate], *, post_id: str, day: str | None
    ) -> dict[str, Entity]:
        """Canonical entities for one post's candidates, by their ``local`` id."""
        post_scope = day or hashlib.sha1(post_id.encode("utf-8")).hexdigest()[:10]
        candidates = list(candidates)
        keys: dict[int, str] = {}
        # Full names first, so a surname in the same batch finds them.
        for index, candidate in enumerate(candidates):
            if candidate.type == "Person" and len(candidate.name.split()) >= 2:
                keys[index] = self.key_for(candidate, post_scope)
                self._remember(keys[index], candidate.name)
        fuller = _fuller_bodies(candidates)
        merged: dict[str, tuple[EntityType, str, list[str]]] = {}
        local_to_key: dict[str, str] = {}
        for index, candidate in enumerate(candidates):
            if index in fuller:
                keys[index] = self.key_for(candidates[fuller[index]], post_scope)
            key = keys.get(index) or self.key_for(candidate, post_scope)
            local_to_key[candidate.local] = key
            # Only people are remembered across posts (their number is bounded by the
            # actors of the corpus); other names come from the KB or the post itself.
            if candidate.type == "Person":
                name = self._names.setdefault(key, candidate.name)
            else:
                named = candidates[fuller[index]] if index in fuller else candidate
                name = self._names.get(key, named.name)
            _, _, surfaces = merged.setdefault(key, (candidate.type, name, []))
            surfaces.extend([candidate.name, *candidate.surfaces])
        entities = {}
        for key, (etype, written, surfaces) in merged.items():
            # "#BRICS Foreign Ministers Meeting" is named without the hashtag sign; the
            # written form stays an alias.
            name = HASHTAG_SIGN.sub("", written) if "#" in written else written
            surfaces.append(written)
            aliases = tuple(sorted({s for s in surfaces if s and s != name}))
            entities[key] = Entity(id=key, type=etype, name=name, aliases=aliases)
        return {local: entities[key] for local, key in local_to_key.items()}


#: Words before a mission's name that the post may drop later ("the Permanent Mission of X
#: to the EU" ... "the Mission of X to the EU").
_BODY_MODIFIERS = ("Permanent ", "Standing ")


def _fuller_bodies(candidates: list[Candidate]) -> dict[int, int]:
    """Organisations of one post named again in a shorter form: "Embassy of X" after
    "Embassy of X in Moscow", "Mission of X to the EU" after "Permanent Mission of X to
    the EU" (index -> index of the fuller name)."""
    bodies = {
        c.name: index
        for index, c in enumerate(candidates)
        if c.type == "Organisation" and c.key is None
    }
    if len(bodies) < 2:
        return {}
    fuller: dict[int, int] = {}
    for name, index in bodies.items():
        longer = [
            other
            for other in bodies
            if other.startswith(name + " in ")
            or any(other == modifier + name for modifier in _BODY_MODIFIERS)
        ]
        if len(longer) == 1:
            fuller[index] = bodies[longer[0]]
    return fuller
