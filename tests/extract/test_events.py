"""Event names, generic events and references back to them."""

from __future__ import annotations

import pytest
from extract_helpers import names, run, triples


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "He will open the 7th International Forum on Arctic Cooperation.",
            "7th International Forum on Arctic Cooperation",
        ),
        (
            "The 3rd Russia-Africa Consultations of Deputy Ministers ended.",
            "3rd Russia-Africa Consultations of Deputy Ministers",
        ),
        ("They met at the BRICS Ministerial meeting.", "BRICS Ministerial meeting"),
        ("The Armenia-Azerbaijan talks resumed.", "Armenia-Azerbaijan talks"),
        ("They discussed the Astana process.", "Astana process"),
        (
            "He gave a news conference following the SCO Summit.",
            "news conference following the SCO Summit",
        ),
        ("They joined the SCO Defence Ministers' meeting.", "SCO Defence Ministers' meeting"),
        ("At the 5th Eurasian Economic Forum in Minsk, they met.", "5th Eurasian Economic Forum"),
        ("The UN Security Council briefing ended late.", "UN Security Council briefing"),
        ("Minsk will host the Eurasian Summit on Energy on Friday.", "Eurasian Summit on Energy"),
        ("The Arctic Summit on Energy on 5 June was a success.", "Arctic Summit on Energy"),
        (
            "The meeting of SCO Ministers of Defence will take place in Minsk.",
            "meeting of SCO Ministers of Defence",
        ),
        (
            "He attended the informal meeting of ASEAN foreign ministers in Vientiane.",
            "informal meeting of ASEAN foreign ministers",
        ),
        ("They discussed it at a summit of BRICS leaders.", "summit of BRICS leaders"),
        (
            "The ministers co-chaired the 12th Russia-Viet Nam Intergovernmental Commission.",
            "12th Russia-Viet Nam Intergovernmental Commission",
        ),
    ],
)
def test_named_events(text: str, event: str) -> None:
    assert event in names(run(text), "Event")


def test_a_verb_object_before_to_is_not_part_of_an_event_name() -> None:
    extraction = run("Peru has invited Chile to the International Forum on Energy Security.")
    assert names(extraction, "Event") == {"International Forum on Energy Security"}


def test_compound_nouns_are_not_events() -> None:
    extraction = run("They praised the Russia-ASEAN dialogue partnership.")
    assert not names(extraction, "Event")


def test_body_held_its_meeting() -> None:
    extraction = run("The CSTO held its regular meeting in a friendly atmosphere.")
    assert "meeting of the CSTO" in names(extraction, "Event")


def test_generic_events_are_scoped_to_their_post() -> None:
    first = run(
        "President Paulo Ferreira spoke at a news conference.", post_id="a", date="2024-01-01"
    )
    second = run(
        "President Paulo Ferreira spoke at a news conference.", post_id="b", date="2024-02-02"
    )
    key = {e.id for e in first.entities if e.type == "Event"}
    other = {e.id for e in second.entities if e.type == "Event"}
    assert key and other and key != other


def test_references_join_the_named_event() -> None:
    extraction = run(
        "Ivan Petrov will chair the 9th Eurasian Security Forum. "
        "Invitations to the 9th forum have been sent to the CIS."
    )
    events = [e for e in extraction.entities if e.type == "Event"]
    assert [e.name for e in events] == ["9th Eurasian Security Forum"]


def test_a_region_ends_an_event_name_but_hosts_nothing() -> None:
    extraction = run("The 3rd Conference on Security and Cooperation in the Arctic opened.")
    assert "3rd Conference on Security and Cooperation in the Arctic" in names(extraction, "Event")
    assert not [r for r in extraction.relations if r.type == "HELD_IN"]


def test_venue_between_event_and_city_and_cities_inside_names() -> None:
    extraction = run(
        "The 5th Ministerial Meeting of the Lima Forum was held at the Nasrec Expo Centre in "
        "Johannesburg on February 20-21."
    )
    found = {
        (r.type, e.name)
        for r in extraction.relations
        for e in extraction.entities
        if e.id == r.target
    }
    assert ("HELD_IN", "Johannesburg") in found
    assert "Lima" not in names(extraction, "Place")  # only part of the forum's name


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Commission on trade will report in May.",
        "The Fifth Committee approved the budget.",
        "The meeting of officials went well.",
    ],
)
def test_bodies_and_unnamed_meetings_are_not_named_events(text: str) -> None:
    assert not names(run(text), "Event")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Consul attended a reception on the occasion of the Independence Day of Ghana.",
            "reception on the occasion of the Independence Day of Ghana",
        ),
        (
            "Diplomats took part in a ceremony marking the 70th anniversary of the Embassy, "
            "held in Lima.",
            "ceremony marking the 70th anniversary of the Embassy",
        ),
        (
            "Ecuador convened an open debate on water security and peace.",
            "open debate on water security and peace",
        ),
        ("The minister will travel to COP31 in November.", "COP31"),
        (
            "The reception on the occasion of Navy Day was held at the Consulate.",
            "reception on the occasion of Navy Day",
        ),
        (
            "Veterans joined the ceremony marking Victory Day held at the memorial.",
            "ceremony marking Victory Day",
        ),
        ("They adopted the Declaration of the 9th CICA Summit.", "9th CICA Summit"),
        ("The Conference on Disarmament issues a report.", "Conference on Disarmament"),
        (
            "Peru held an open debate on children and armed conflict chaired by its minister.",
            "open debate on children and armed conflict",
        ),
    ],
)
def test_events_named_by_their_occasion_topic_or_number(text: str, event: str) -> None:
    assert event in names(run(text), "Event")


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was moving.",
        "There was a debate on the issue among experts.",
        "The reception desk was closed.",
        "Mongolia became an SCO dialogue partner in 2024.",
        "The sides signed the Plan of Consultations for 2026.",
        "The sides signed a Memorandum of Understanding on Consultations.",
        "📌 Talks on Arctic affairs\n\nThe delegations met in Oslo.",
        "The CSTO Ministerial Council adopted a statement.",
        "The COPD clinic opened.",
    ],
)
def test_no_event_without_an_occasion_a_debate_kind_or_a_proper_name(text: str) -> None:
    assert not names(run(text), "Event")


def test_the_opening_session_of_an_event_is_that_event() -> None:
    extraction = run(
        "Speaking at the opening session of the Valdai Forum 2026, the minister praised it."
    )
    assert names(extraction, "Event") == {"Valdai Forum 2026"}
    plenary = run("He spoke at the plenary session of the Eastern Economic Forum.")
    assert "plenary session of the Eastern Economic Forum" in names(plenary, "Event")


def test_the_sitting_of_a_ministerial_body_is_the_event_not_the_body() -> None:
    extraction = run("The 12th meeting of the CSTO Ministerial Council opened in Minsk.")
    assert names(extraction, "Event") == {"12th meeting of the CSTO Ministerial Council"}
    named = run("The 9th Session of the SCO Ministerial Council opened in Minsk.")
    assert names(named, "Event") == {"9th Session of the SCO Ministerial Council"}


def test_a_body_before_a_title_is_no_event() -> None:
    extraction = run("The session was opened by General Assembly President Ana Ruiz.")
    assert not names(extraction, "Event")
    assert "Ana Ruiz" in names(extraction, "Person")


def test_the_opening_ceremony_is_a_part_of_the_event_named_before() -> None:
    extraction = run(
        "The 12th Eurasian Media Forum opened in Almaty. Foreign Minister Ana Ruiz addressed "
        "the opening ceremony."
    )
    assert names(extraction, "Event") == {"12th Eurasian Media Forum"}
    assert ("Ana Ruiz", "SPOKE_AT", "12th Eurasian Media Forum") in triples(extraction)
    alone = run("Children sang at the opening ceremony of the new school.")
    assert not names(alone, "Event")


def test_a_meeting_with_a_styled_person_is_no_event() -> None:
    extraction = run("Minister Jon Lie held a meeting with H.E. Mr. Pedro Gil of Chile.")
    assert not names(extraction, "Event")
    assert ("Jon Lie", "MET_WITH", "Pedro Gil") in triples(extraction)
    unnamed = run("Minister Jon Lie held a meeting with ASEAN ambassadors.")
    assert names(unnamed, "Event") == {"meeting with ASEAN ambassadors"}


def test_a_high_level_conference_is_named_by_its_topic() -> None:
    extraction = run("The ministers prepared the high-level conference on ocean security.")
    assert names(extraction, "Event") == {"high-level conference on ocean security"}
    assert not names(run("The high-level conference was postponed."), "Event")
    assert not names(run("The conference on ocean security was useful."), "Event")


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov Holds Phone Talks with Wang Yi",
        "No meetings are planned with the delegation at this stage.",
        "Minister Ivan Petrov Holds Telephone Conversation with Kofi Mensah",
        "Several meetings were cancelled.",
    ],
)
def test_headline_predicates_and_negations_are_no_events(text: str) -> None:
    assert names(run(text), "Event") == set()


def test_a_title_case_headline_verb_ends_the_name_and_the_event_follows() -> None:
    extraction = run("Foreign Minister Ivan Petrov Attends the 5th Minsk Conference on Security")
    assert names(extraction, "Person") == {"Ivan Petrov"}
    assert names(extraction, "Event") == {"5th Minsk Conference on Security"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Embassy held a concert dedicated to the 90th anniversary of the Theatre.",
            "concert dedicated to the 90th anniversary of the Theatre",
        ),
        (
            "Ambassador Ana Rios took part in a round table on the history of Andean diplomacy.",
            "round table on the history of Andean diplomacy",
        ),
        (
            "A photo exhibition marking the 50th anniversary of relations opened in Lima.",
            "exhibition marking the 50th anniversary of relations",
        ),
        (
            "Next week the Security Council will hold a briefing on Haiti with the Special Envoy.",
            "briefing on Haiti",
        ),
        ("The Potsdam Conference of 1945 shaped post-war Europe.", "Potsdam Conference"),
    ],
)
def test_cultural_events_programmes_and_historical_conferences(text: str, event: str) -> None:
    assert names(run(text), "Event") == {event}


@pytest.mark.parametrize(
    "text",
    [
        "At a briefing on Thursday, the spokeswoman answered questions.",  # no body's briefing
        "The concert was a success.",  # no occasion: unnamed
        "The Embassy opened an exhibition of paintings.",
    ],
)
def test_unnamed_cultural_events_and_spokesperson_briefings_are_no_events(text: str) -> None:
    assert names(run(text), "Event") == set()


def test_a_place_with_a_full_stop_inside_an_event_name_stays_in_it() -> None:
    extraction = run("The St. Petersburg International Economic Forum opened on Wednesday.")
    assert names(extraction, "Event") == {"St. Petersburg International Economic Forum"}


def test_the_kind_of_a_press_conference_is_part_of_its_name() -> None:
    extraction = run("At a regular press conference, the spokesperson answered questions.")
    assert names(extraction, "Event") == {"regular press conference"}


def test_a_title_case_headline_names_no_event_before_its_verb() -> None:
    """Issue 10: "X Attends the Opening Ceremony of the Y Summit" is a headline; the event
    (if any) starts after the verb."""
    extraction = run(
        "ASEAN Secretary-General Attends the Opening Ceremony of the 44th ASEAN Summit"
    )
    assert names(extraction, "Event") == {"Opening Ceremony of the 44th ASEAN Summit"}


def test_a_press_conference_with_no_name_after_with_ends_before_it() -> None:
    extraction = run(
        "Following the talks, the ministers held a joint press conference with the media."
    )
    assert names(extraction, "Event") == {"joint press conference"}


def test_a_bodys_sitting_named_twice_is_one_event() -> None:
    extraction = run(
        "The extraordinary summit of the Shanghai Cooperation Organisation was held in Astana. "
        "President Tokayev spoke at the SCO summit."
    )
    assert names(extraction, "Event") == {
        "extraordinary summit of the Shanghai Cooperation Organisation"
    }
    assert (
        "Kassym-Jomart Tokayev",
        "SPOKE_AT",
        "extraordinary summit of the Shanghai Cooperation Organisation",
    ) in triples(extraction)


def test_a_sitting_named_again_without_its_number_is_the_numbered_edition() -> None:
    extraction = run(
        "The opening session of the 9th SCO Summit took place in Astana. President Tokayev "
        "took part in an SCO summit for the tenth time."
    )
    assert names(extraction, "Event") == {"9th SCO Summit"}


def test_two_editions_of_a_summit_stay_two_events() -> None:
    extraction = run("The 16th BRICS summit recalled the 15th BRICS summit in Johannesburg.")
    assert names(extraction, "Event") == {"16th BRICS summit", "15th BRICS summit"}


def test_a_place_and_a_summit_make_no_event_name() -> None:
    extraction = run("He recalled the summits in Johannesburg and the BRICS summit in Ufa.")
    assert "BRICS summit" in names(extraction, "Event")
    assert not any("Johannesburg" in name for name in names(extraction, "Event"))


def test_the_place_of_a_briefings_topic_is_no_venue() -> None:
    extraction = run("The Council will hold a briefing on the situation in Yemen on Monday.")
    assert names(extraction, "Event") == {"briefing on the situation in Yemen"}
    assert not [t for t in triples(extraction) if t[1] == "HELD_IN"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister made a statement at the OAS General Assembly in Asuncion.",
        "They met on the margins of the UN General Assembly in New York.",
        "Ministers talked on the sidelines of the ASEAN Regional Forum.",
        "The minister attended the ASEAN Regional Forum in Vientiane.",
    ],
)
def test_a_bodys_sitting_one_is_at_is_an_event(text: str) -> None:
    """The yearly sitting that goes by its body's name is an event where someone is at it."""
    extraction = run(text)
    assert len(names(extraction, "Event")) == 1
    assert not names(extraction, "Event") & names(extraction, "Organisation")


@pytest.mark.parametrize(
    "text",
    [
        "The UN General Assembly adopted a resolution.",
        "The President of the UN General Assembly arrived.",
        "He addressed the Summit of the Future at the UN General Assembly.",
        "She will attend the Pacific Islands Forum Leaders Meeting.",
    ],
)
def test_a_body_that_acts_or_hosts_another_event_stays_a_body(text: str) -> None:
    extraction = run(text)
    assert not {"UN General Assembly", "Pacific Islands Forum"} & names(extraction, "Event")
