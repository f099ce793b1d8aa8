"""Attendance and chairing in the wordings of real posts of the genre (lists, inverted
clauses, title-case headlines, plans), with the modality each one states."""

from __future__ import annotations

import pytest
from extract_helpers import relation, run, triples

FORUM = "Arctic Forum"
OPENING = "The Arctic Forum opened in Murmansk.\n"


@pytest.mark.parametrize(
    ("text", "attendee", "modality"),
    [
        ("Pavel Orlov to attend the Arctic Forum in Murmansk", "Pavel Orlov", "planned"),
        ("FM Pavel Orlov to Take Part in the Arctic Forum", "Pavel Orlov", "planned"),
        (
            "Secretary Pavel Orlov to Travel to Oslo to Attend the Arctic Forum",
            "Pavel Orlov",
            "planned",
        ),
        ("Foreign Minister Pavel Orlov Takes Part in the Arctic Forum", "Pavel Orlov", "asserted"),
        ("Foreign Minister Pavel Orlov Attends the Arctic Forum", "Pavel Orlov", "asserted"),
        ("Foreign Minister Pavel Orlov will attend the Arctic Forum.", "Pavel Orlov", "planned"),
        (
            OPENING + "The Norwegian delegation will be headed by Foreign Minister Jon Lie.",
            "Jon Lie",
            "planned",
        ),
        (
            OPENING + "The Norwegian delegation was headed by Foreign Minister Jon Lie.",
            "Jon Lie",
            "asserted",
        ),
    ],
)
def test_headlines_and_plans_state_their_modality(text: str, attendee: str, modality: str) -> None:
    assert relation(run(text), attendee, "ATTENDED", FORUM).modality == modality


def test_a_past_trip_to_attend_is_no_plan() -> None:
    text = "Foreign Minister Pavel Orlov travelled to Oslo to attend the Arctic Forum."
    assert relation(run(text), "Pavel Orlov", "ATTENDED", FORUM).modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # titles with "of" inside a list after a colon
        "The Arctic Forum was attended by: Minister of Foreign Affairs of Norway Jon Lie, "
        "Foreign Minister of Peru Ana Rios, Ambassador Luc Marchand.",
        # one line per person, each with its title after the name
        OPENING + "Attending the meeting were:\n• Jon Lie, Minister of Foreign Affairs of Norway"
        "\n• Ana Rios, Foreign Minister of Peru\n• Luc Marchand, Ambassador of France",
        # an inverted clause with no colon
        "Taking part in the Arctic Forum were Foreign Minister Jon Lie of Norway, Foreign "
        "Minister Ana Rios of Peru, as well as Ambassador Luc Marchand.",
        OPENING + "Also taking part were Foreign Minister Jon Lie, Ana Rios and Luc Marchand.",
    ],
)
def test_participant_lists(text: str) -> None:
    attended = {s for s, t, o in triples(run(text)) if t == "ATTENDED" and o == FORUM}
    assert attended == {"Jon Lie", "Ana Rios", "Luc Marchand"}


@pytest.mark.parametrize(
    "text",
    [
        # the state of a title in a list is no attendee of its own
        "The Arctic Forum was attended by: Foreign Minister of Norway Jon Lie, Foreign Minister "
        "of Peru Ana Rios.",
        # a participle that opens a statement, not an inverted list
        OPENING + "Attending the forum, Foreign Minister Jon Lie praised Peru and Chile.",
    ],
)
def test_no_state_attends_through_a_title_or_a_statement(text: str) -> None:
    attended = {s for s, t, o in triples(run(text)) if t == "ATTENDED"}
    assert not attended & {"Norway", "Peru", "Chile"}


def test_a_list_ends_at_the_first_sentence_that_is_not_a_list_line() -> None:
    text = (
        "The Arctic Forum was attended by: Foreign Minister Jon Lie, Foreign Minister Ana "
        "Rios. The ministers discussed the proposals of Ambassador Luc Marchand."
    )
    attended = {s for s, t, o in triples(run(text)) if t == "ATTENDED"}
    assert attended == {"Jon Lie", "Ana Rios"}
