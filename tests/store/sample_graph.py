"""Extractions written by hand for the store tests: a few posts in this genre."""

from __future__ import annotations

from graphkit.models import Entity, Extraction, Post, Relation

LAVROV = Entity("sergey-lavrov", "Person", "Sergey Lavrov", ("Lavrov",))
WANG = Entity("wang-yi", "Person", "Wang Yi", ("Wang",))
NATO = Entity("nato", "Organisation", "NATO", ("North Atlantic Treaty Organization",))
RUSSIA = Entity("country:ru", "Country", "Russia", ("Russian Federation",))
MOSCOW = Entity("place:moscow", "Place", "Moscow")
FORUM = Entity("event:primakov-readings", "Event", "Primakov Readings")
BRICS = Entity("brics", "Organisation", "BRICS")


def post(number: int, text: str, date: str | None, forwarded_from: str | None = None) -> Post:
    return Post(
        id=f"mfa:{number}",
        channel="MFA Russia",
        text=text,
        forwarded_from=forwarded_from,
        date=date,
        hashtags=("#Lavrov",),
        links=("https://example.org/post",),
    )


def relation(source: Entity, rtype: str, target: Entity, evidence: str, **kw: object) -> Relation:
    return Relation.from_dict(
        {
            "source": source.id,
            "type": rtype,
            "target": target.id,
            "evidence": evidence,
            "confidence": kw.get("confidence", 0.8),
            "rule": kw.get("rule", "hand-written"),
            "modality": kw.get("modality", "asserted"),
        }
    )


CRITICISM_1 = "Sergey Lavrov criticised NATO's eastward expansion."
CRITICISM_2 = "Lavrov again criticised NATO for its drills near the border."
TALKS_1 = "Sergey Lavrov held talks with Wang Yi in Moscow."
TALKS_2 = "Wang Yi met with Lavrov on the sidelines of the forum."
PLANNED = "Sergey Lavrov will speak at the Primakov Readings."
HELD = "The Primakov Readings take place in Moscow."

FIRST = [
    Extraction(
        post(1, CRITICISM_1, "2024-03-01T09:00:00Z"),
        (LAVROV, NATO),
        (relation(LAVROV, "CRITICISED", NATO, CRITICISM_1, confidence=0.7),),
    ),
    Extraction(
        post(2, TALKS_1, "2024-03-05"),
        (LAVROV, WANG, MOSCOW),
        (relation(LAVROV, "MET_WITH", WANG, TALKS_1),),
    ),
    Extraction(
        post(3, PLANNED + " " + HELD, None, forwarded_from="Russian Embassy 🇷🇺"),
        (LAVROV, FORUM, MOSCOW),
        (
            relation(LAVROV, "SPOKE_AT", FORUM, PLANNED, modality="planned"),
            relation(FORUM, "HELD_IN", MOSCOW, HELD),
        ),
    ),
]

SECOND = [
    Extraction(
        post(4, CRITICISM_2, "2024-06-10"),
        (Entity("sergey-lavrov", "Person", "Lavrov", ("FM Lavrov",)), NATO, RUSSIA),
        (relation(LAVROV, "CRITICISED", NATO, CRITICISM_2, confidence=0.9),),
    ),
    # The symmetric relation stated the other way round: still one relationship.
    Extraction(
        post(5, TALKS_2, "2024-02-20", forwarded_from="Russian Embassy 🇷🇺"),
        (WANG, LAVROV, BRICS),
        (relation(WANG, "MET_WITH", LAVROV, TALKS_2),),
    ),
    Extraction(
        post(6, "Sergey Lavrov spoke at the Primakov Readings.", "2024-06-24"),
        (LAVROV, FORUM),
        (relation(LAVROV, "SPOKE_AT", FORUM, "Sergey Lavrov spoke at the Primakov Readings."),),
    ),
]
