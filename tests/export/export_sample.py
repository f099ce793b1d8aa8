"""The export tests' corpus: a small one in the genre, written for these tests,
as extractions the pipeline would yield; and how two graphs are compared."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphkit.models import Entity, Extraction, Post, Relation

LAVROV = Entity("sergey-lavrov", "Person", "Sergey Lavrov", ("Lavrov", "S. Lavrov"))
ZAKHAROVA = Entity("maria-zakharova", "Person", "Maria Zakharova", ("Zakharova",))
GUTERRES = Entity("antonio-guterres", "Person", "António Guterres", ("Guterres",))
RUSSIA = Entity("russia", "Country", "Russia", ("Russian Federation",))
USA = Entity("united-states", "Country", "United States", ("USA", "US"))
NATO = Entity("nato", "Organisation", "NATO", ("North Atlantic Alliance",))
BRICS = Entity("brics", "Group", "BRICS")
SUMMIT = Entity("brics-summit-2023", "Event", "BRICS Summit 2023")
JOHANNESBURG = Entity("johannesburg", "Place", "Johannesburg")
UNGA = Entity("un-general-assembly", "Organisation", "UN General Assembly", ("UNGA",))


def rel(
    source: Entity,
    rtype: str,
    target: Entity,
    evidence: str,
    confidence: float = 0.9,
    modality: str = "asserted",
) -> Relation:
    return Relation(source.id, rtype, target.id, evidence, confidence, "test-rule", modality)  # type: ignore[arg-type]


def extraction(
    post_id: str,
    date: str | None,
    text: str,
    entities: tuple[Entity, ...],
    relations: tuple[Relation, ...],
    forwarded_from: str | None = None,
) -> Extraction:
    post = Post(
        post_id,
        "MFA Russia",
        text,
        forwarded_from=forwarded_from,
        date=date,
        hashtags=("#diplomacy",),
    )
    return Extraction(post, entities, relations)


def sample_extractions() -> list[Extraction]:
    """Ten posts: repeated, symmetric, planned and undated relations, an actor without
    aliases, one without relations."""
    s1 = "Sergey Lavrov criticised NATO for its eastward expansion."
    s2 = "Lavrov again criticised the North Atlantic Alliance's exercises near the border."
    s3 = "Maria Zakharova criticised the United States over new sanctions."
    s4 = "Sergey Lavrov met with António Guterres on the sidelines of the General Assembly."
    s5 = "Russia supported the BRICS initiative on settlements in national currencies."
    s6 = "Sergey Lavrov spoke at the BRICS Summit 2023, held in Johannesburg."
    s7 = "Lavrov will meet Guterres again in New York."
    s8 = "The United States supported NATO's new posture."
    s9 = "Maria Zakharova commented on the agenda of the UN General Assembly."
    s10 = "Russia supported the General Assembly resolution on cooperation with the CIS."
    return [
        extraction(
            "mfa/101",
            "2023-03-02T09:00:00Z",
            s1,
            (LAVROV, NATO),
            (rel(LAVROV, "CRITICISED", NATO, s1),),
        ),
        extraction(
            "mfa/102",
            "2023-06-15T10:30:00Z",
            s2,
            (Entity("sergey-lavrov", "Person", "Lavrov"), NATO),
            (rel(LAVROV, "CRITICISED", NATO, s2, 0.8),),
        ),
        extraction(
            "mfa/103",
            "2023-06-20",
            s3,
            (ZAKHAROVA, USA),
            (rel(ZAKHAROVA, "CRITICISED", USA, s3),),
            forwarded_from="MID RF Press",
        ),
        extraction(
            "mfa/104",
            "2023-09-19",
            s4,
            (LAVROV, GUTERRES, UNGA),
            (rel(GUTERRES, "MET_WITH", LAVROV, s4, 0.95),),
        ),
        extraction(
            "mfa/105", "2023-08-20", s5, (RUSSIA, BRICS), (rel(RUSSIA, "SUPPORTED", BRICS, s5),)
        ),
        extraction(
            "mfa/106",
            "2023-08-23",
            s6,
            (LAVROV, SUMMIT, JOHANNESBURG),
            (rel(LAVROV, "SPOKE_AT", SUMMIT, s6), rel(SUMMIT, "HELD_IN", JOHANNESBURG, s6)),
        ),
        extraction(
            "mfa/107",
            None,
            s7,
            (LAVROV, GUTERRES),
            (rel(LAVROV, "MET_WITH", GUTERRES, s7, 0.7, "planned"),),
        ),
        extraction(
            "mfa/108", "2023-07-11", s8, (USA, NATO), (rel(USA, "SUPPORTED", NATO, s8, 0.85),)
        ),
        extraction("mfa/109", "2023-09-20", s9, (ZAKHAROVA, UNGA), ()),
        extraction("mfa/110", None, s10, (RUSSIA, UNGA), (rel(RUSSIA, "SUPPORTED", UNGA, s10),)),
    ]


def later_extractions() -> list[Extraction]:
    """Posts of a later load: new provenance for known relations, a new alias."""
    s1 = "At the press conference Lavrov criticised NATO once more."
    s2 = "Russia supported the enlargement of BRICS+."
    s3 = "Russia again supported the General Assembly's call for dialogue."
    return [
        extraction(
            "mfa/201", "2023-10-05", s1, (LAVROV, NATO), (rel(LAVROV, "CRITICISED", NATO, s1),)
        ),
        extraction(
            "mfa/202",
            "2023-10-06",
            s2,
            (RUSSIA, Entity("brics", "Group", "BRICS+")),
            (rel(RUSSIA, "SUPPORTED", BRICS, s2),),
        ),
        extraction("mfa/203", None, s3, (RUSSIA, UNGA), (rel(RUSSIA, "SUPPORTED", UNGA, s3),)),
    ]


def awkward_extractions() -> list[Extraction]:
    """Posts whose assertions test how the neo4j-admin files carry a post's lists:
    evidence that is not part of the post's text among evidence that is, relations
    without a rule (one alone in its post, three together), an emoji before the
    evidence (offsets count code points)."""
    summary = "🇷🇺 Lavrov on NATO's expansion: see the transcript."
    outside = "Sergey Lavrov criticised the expansion of NATO (from the transcript)."
    meeting = "🤝 Maria Zakharova and Sergey Lavrov met António Guterres.\nBoth criticised NATO."

    def unruled(source: Entity, rtype: str, target: Entity, evidence: str) -> Relation:
        return Relation(source.id, rtype, target.id, evidence, 0.6, "")  # type: ignore[arg-type]

    return [
        extraction(
            "mfa/301",
            "2023-11-02",
            summary,
            (LAVROV, NATO),
            (unruled(LAVROV, "CRITICISED", NATO, outside),),
        ),
        extraction(
            "mfa/302",
            "2023-11-03",
            meeting,
            (ZAKHAROVA, LAVROV, GUTERRES, NATO),
            (
                unruled(ZAKHAROVA, "MET_WITH", GUTERRES, meeting.splitlines()[0]),
                unruled(LAVROV, "MET_WITH", GUTERRES, meeting.splitlines()[0]),
                rel(ZAKHAROVA, "CRITICISED", NATO, "Maria Zakharova criticised NATO."),
                unruled(LAVROV, "CRITICISED", NATO, meeting.splitlines()[1]),
            ),
        ),
    ]


def graph_contents(graph: nx.MultiDiGraph) -> tuple[dict[str, Any], dict[Any, Any]]:
    """Everything a graph holds: nodes and edges (with keys) and their attributes."""
    nodes = dict(graph.nodes(data=True))
    edges = {(u, v, k): data for u, v, k, data in graph.edges(keys=True, data=True)}
    return nodes, edges
