"""A mention: a span of tokens that denotes an entity, before resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.models import EntityType

#: Entity types that can act: subjects and objects of actor relations.
ACTOR_TYPES: frozenset[str] = frozenset({"Person", "Organisation", "Country", "Group"})
#: Words that end the name of a venue ("Nasrec Expo Centre", "Palace of Serbia"): places.
VENUE_HEADS: frozenset[str] = frozenset(
    {
        "Centre",
        "Center",
        "Hall",
        "Palace",
        "Stadium",
        "Hotel",
        "Arena",
        "Kremlin",
        "House",
        "Headquarters",
    }
)
#: Words that end the name of a body ("Eminent Persons Group", "Permanent Mission").
BODY_HEADS: frozenset[str] = frozenset(
    {
        "Alliance",
        "Group",
        "Mission",
        "Committee",
        "Commission",
        "Council",
        "Agency",
        "Ministry",
        "Embassy",
        "Secretariat",
        "Parliament",
        "Bank",
        "Fund",
        "Court",
        "Organisation",
        "Organization",
        "Service",
        "Institute",
        "Foundation",
        "Party",
        "Movement",
        "Consulate",
        "Directorate",
        "Assembly",
        "Duma",
        "Board",
        "Tribunal",
        "Mechanism",
        "Forces",
        "Office",
        "Department",
        "Authority",
        "Bureau",
        "University",
        "Academy",
        "Church",
        "Patriarchate",
        "Society",
    }
)


@dataclass(slots=True)
class Mention:
    """Tokens ``start``..``end`` (exclusive) denoting one entity.

    ``key`` is a KB key, or None for people and events until resolution gives
    them one. ``kind`` says how the span names the entity: "name", "adjective"
    ("Turkish" inside a title), "metonym" ("Washington" for the United States),
    "title" (a person after a title), "bare" (a person found by a verb frame),
    "surname" (a later short form), "event" and "event-ref" ("the 13th forum").
    """

    start: int
    end: int
    type: EntityType
    name: str
    surface: str
    kind: str
    key: str | None = None
    #: Persons: the state or body the title names (a Country/Organisation mention).
    owner: Mention | None = None
    #: Persons: further states or bodies whose offices they hold, named in an apposition
    #: ("Finnish Foreign Minister X, the OSCE Chairperson-in-Office").
    other_owners: list[Mention] = field(default_factory=list)
    title: str = ""
    #: Events: "global" names are the same event in every post; "post" ones
    #: ("a news conference") exist only in their post.
    scope: str = "global"
    #: Set when the mention lies inside a longer event name.
    inside_event: bool = False
    #: For surnames and event references: the mention they stand for.
    refers_to: Mention | None = None

    @property
    def is_actor(self) -> bool:
        return self.type in ACTOR_TYPES

    def owners(self) -> list[Mention]:
        """Every state or body whose office this person holds."""
        return self.other_owners if self.owner is None else [self.owner, *self.other_owners]

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end

    def root(self) -> Mention:
        """The mention this one finally refers to (itself when it names the entity)."""
        mention = self
        while mention.refers_to is not None:
            mention = mention.refers_to
        return mention
