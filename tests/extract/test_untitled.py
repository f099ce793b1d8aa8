"""People named without a title: known office-holders, listed names, hashtag-broken names."""

from __future__ import annotations

import pytest
from extract_helpers import names, run, triples

from graphkit.extract.kb import KnowledgeBase, Role


def person_keys(text: str) -> dict[str, str]:
    return {e.name: e.id for e in run(text).entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Vladimir Putin took part in the SCO summit in Astana, which was also attended by "
            "Xi Jinping, Recep Tayyip Erdogan and Narendra Modi.",
            {"Vladimir Putin", "Xi Jinping", "Recep Tayyip Erdogan", "Narendra Modi"},
        ),
        ("Sergey Lavrov met with Wang Yi in Beijing", {"Sergey Lavrov", "Wang Yi"}),
        ("Hakan Fidan and Abbas Araghchi spoke to the press.", {"Hakan Fidan", "Abbas Araghchi"}),
        ("🔹 Antonio Guterres\n🔹 Kaja Kallas", {"Antonio Guterres", "Kaja Kallas"}),
    ],
)
def test_known_office_holders_are_people_without_a_title(text: str, people: set[str]) -> None:
    extraction = run(text)
    found = {alias for e in extraction.entities if e.type == "Person" for alias in e.aliases}
    found |= names(extraction, "Person")
    assert people <= found
    assert len(names(extraction, "Person")) == len(people)


def test_lists_of_known_people_give_their_edges() -> None:
    extraction = run(
        "The SCO summit in Astana was attended by Xi Jinping, Recep Tayyip Erdogan and "
        "Narendra Modi."
    )
    attendees = {s for s, p, _ in triples(extraction) if p == "ATTENDED"}
    assert attendees == {"Xi Jinping", "Recep Tayyip Erdogan", "Narendra Modi"}


def test_every_spelling_and_title_of_a_known_person_is_one_actor() -> None:
    keys = person_keys("President Erdogan received Hakan Fidan. Recep Tayyip Erdoğan said so.")
    assert set(keys.values()) == {"person:recep-tayyip-erdogan", "person:hakan-fidan"}
    assert person_keys("Sergei Lavrov arrived.") == {"Sergei Lavrov": "person:sergey-lavrov"}


def test_a_short_form_alone_takes_the_full_name() -> None:
    assert person_keys("Lavrov said the talks were useful.") == {
        "Sergey Lavrov": "person:sergey-lavrov"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Melania Trump visited the school.",  # another person of that family name
        "The delegation visited Trump Tower.",
        "Guests walked through the Alexander Garden.",
        "The Christian Democratic Union won.",
        "They toured Victoria Falls.",
        "The Xi Jinping Thought study group met.",
    ],
)
def test_no_known_person_inside_other_names(text: str) -> None:
    keys = person_keys(text)
    assert "person:donald-trump" not in keys.values()
    assert "person:xi-jinping" not in keys.values()
    if "Melania" not in text:
        assert keys == {}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The talks were attended by Ivan Petrov, Olga Smirnova and Zhang Wei.",
            {"Ivan Petrov", "Olga Smirnova", "Zhang Wei"},
        ),
        ("Ivan Petrov, Olga Smirnova and others were present.", {"Ivan Petrov", "Olga Smirnova"}),
        (
            "Sergey Lavrov, Kofi Mensah and Ahmed Karimov laid flowers.",
            {"Sergey Lavrov", "Kofi Mensah", "Ahmed Karimov"},
        ),
        ("He held talks with Pavel Orlov in Minsk.", {"Pavel Orlov"}),
    ],
)
def test_name_shaped_entries_of_lists_are_people(text: str, people: set[str]) -> None:
    assert names(run(text), "Person") == people


@pytest.mark.parametrize(
    "text",
    [
        "Russia, China and India signed the declaration.",  # states, not names
        "Talks with Silk Road Fund and Asian Infrastructure Bank managers.",
        "A visit to the Alexander Garden and Red Square followed.",
        "The delegation met with Foreign Ministry officials.",
    ],
)
def test_no_person_from_lists_without_name_shapes(text: str) -> None:
    assert names(run(text), "Person") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Talks with the Prime Minister of #Malaysia Anwar #Ibrahim.", "Anwar Ibrahim"),
        ("Talks with the President of #Ghana Kofi #Mensah.", "Kofi Mensah"),
        ("#Lavrov's interview with a newspaper", "Sergey Lavrov"),
    ],
)
def test_a_hashtag_inside_a_name_keeps_the_name_whole(text: str, person: str) -> None:
    assert names(run(text), "Person") == {person}


def test_a_hashtag_surname_refers_to_the_full_name_of_the_post() -> None:
    extraction = run("Foreign Minister Ivan Petrov spoke.\n#Petrov's remarks on the crisis")
    assert names(extraction, "Person") == {"Ivan Petrov"}


def test_office_holders_have_dated_roles_of_known_bodies() -> None:
    kb = KnowledgeBase.default()
    people = [e for e in kb.entries.values() if e.type == "Person"]
    assert len(people) > 150
    for person in people:
        assert person.roles, person.key
        for role in person.roles:
            assert kb.get(role.owner) is not None, (person.key, role.owner)
            assert role.since < (role.until or "9999"), person.key
    lavrov = kb.get("person:sergey-lavrov")
    assert lavrov is not None
    assert [r.title for r in lavrov.roles if r.held_on("2024-06-01")] == ["Foreign Minister"]
    assert not Role("President", "country:us", "2021-01-20", "2025-01-20").held_on("2025-03-01")


def test_no_form_names_two_known_people() -> None:
    kb = KnowledgeBase.default()
    seen: dict[str, str] = {}
    for person in (e for e in kb.entries.values() if e.type == "Person"):
        for form in (person.name, *person.aliases):
            assert seen.setdefault(form, person.key) == person.key, form


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Attending the meeting were:\n🔹 Ivan Petrov, Director of the Department\n"
            "🔹 Olga Smirnova\n🔹 Kofi Mensah (Ghana)",
            {"Ivan Petrov", "Olga Smirnova", "Kofi Mensah"},
        ),
        ("Participants:\nIvan Petrov\nOlga Smirnova", {"Ivan Petrov", "Olga Smirnova"}),
    ],
)
def test_each_line_of_a_list_after_a_colon_names_a_person(text: str, people: set[str]) -> None:
    assert names(run(text), "Person") == people


@pytest.mark.parametrize(
    "text",
    [
        "Key topics:\nRussia-China relations\nBilateral Trade",
        "Agenda:\nOpening Remarks\nClosing Session",
        "Participants:\nIvan Petrov\n\nMain Street is closed for the visit.",
    ],
)
def test_lines_of_other_lists_are_no_people(text: str) -> None:
    assert names(run(text), "Person") <= {"Ivan Petrov"}


def test_historical_leaders_of_anniversary_posts_are_people() -> None:
    extraction = run(
        "On this day in 1955 the Bandung Conference opened. It was attended by Jawaharlal "
        "Nehru, Sukarno and Gamal Abdel Nasser."
    )
    assert names(extraction, "Person") == {"Jawaharlal Nehru", "Sukarno", "Gamal Abdel Nasser"}
    assert names(extraction, "Event") == {"Bandung Conference"}


def test_a_known_name_before_an_event_word_is_the_event() -> None:
    extraction = run("The 10th Primakov Readings opened in Moscow.")
    assert names(extraction, "Person") == set()
    assert names(extraction, "Event") == {"10th Primakov Readings"}


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "Secretary General of the Shanghai Cooperation Organization (SCO) Daniyar Karimov "
            "met the press.",
            "Daniyar Karimov",
            "SCO",
        ),
        (
            "Chargé d'Affaires a.i. of Peru Ana Rios attended the reception.",
            "Ana Rios",
            "Peru",
        ),
        (
            "Charge d'Affaires ad Interim of the Republic of Chile in China Pablo Rojas spoke.",
            "Pablo Rojas",
            "Chile",
        ),
    ],
)
def test_titles_with_an_acronym_or_a_charge_d_affaires(text: str, person: str, owner: str) -> None:
    assert (person, "HOLDS_ROLE", owner) in triples(run(text))


def test_a_relative_of_a_known_person_is_a_person_of_their_own() -> None:
    keys = person_keys("Anar Aliyev, an aide, met the delegation. Meanwhile Putin said so.")
    assert keys == {"Anar Aliyev": "person:anar-aliyev", "Vladimir Putin": "person:vladimir-putin"}


def test_initials_before_a_known_family_name_are_that_person() -> None:
    keys = person_keys("On May 23, S.V.Lavrov held talks with Wang Yi. S. Lavrov said so.")
    assert set(keys.values()) == {"person:sergey-lavrov", "person:wang-yi"}


def test_initials_glued_to_a_family_name_after_with_are_a_person() -> None:
    assert names(run("Foreign Minister Ivan Petrov held talks with F.Mansour."), "Person") == {
        "Ivan Petrov",
        "F.Mansour",
    }
    assert names(run("The resolution was adopted by the U.S.Congress."), "Person") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Special Representative and Head of UNMISS Anita Kiki Gbeho is expected to brief.",
            "Anita Kiki Gbeho",
        ),
        ("Pakistan's Ambassador to China, Moin ul Haque, called on the minister.", "Moin ul Haque"),
        ("The guests included Olga Smirnova.", "Olga Smirnova"),
    ],
)
def test_a_given_name_and_a_family_name_are_a_person_anywhere(text: str, person: str) -> None:
    assert names(run(text), "Person") == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Wreaths were laid at the Ivan Petrov Street memorial.",
        "The prize is named after Nelson Mandela Day traditions.",
        "Students of the Peter Gorky Academy came.",
    ],
)
def test_a_given_name_opening_another_name_is_no_person(text: str) -> None:
    assert names(run(text), "Person") == set()


def test_two_offices_joined_by_a_slash_are_one_title() -> None:
    extraction = run(
        "Secretary Ana Rios spoke with Chilean Deputy Prime Minister/Foreign Minister Pablo Rojas."
    )
    assert ("Pablo Rojas", "HOLDS_ROLE", "Chile") in triples(extraction)


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "Deputy Prime Minister of Chile – Foreign Minister Pablo Rojas summed up the talks.",
            "Pablo Rojas",
            "Chile",
        ),
        ("Chile's Ambassador to Moscow Pablo Rojas met the press.", "Pablo Rojas", "Chile"),
    ],
)
def test_offices_joined_by_a_dash_and_an_ambassador_to_a_capital(
    text: str, person: str, owner: str
) -> None:
    extraction = run(text)
    assert (person, "HOLDS_ROLE", owner) in triples(extraction)
    assert names(extraction, "Place") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The delegation toured the Ivan Franko Hospital.",
        "They met on Olga Petrova Boulevard.",
    ],
)
def test_a_given_name_before_a_street_or_hospital_word_is_no_person(text: str) -> None:
    assert names(run(text), "Person") == set()
