"""People from titles and names, their roles, and short forms."""

from __future__ import annotations

import pytest
from extract_helpers import names, relation, run, triples


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("US Secretary of State Jane Doherty arrived.", "Jane Doherty", "United States"),
        ("Turkish Foreign Minister Kemal Aydin said so.", "Kemal Aydin", "Turkey"),
        (
            "Foreign Minister of the Republic of Turkey Kemal Aydin said so.",
            "Kemal Aydin",
            "Turkey",
        ),
        ("President of Brazil Paulo Ferreira da Costa spoke.", "Paulo Ferreira da Costa", "Brazil"),
        (
            "Secretary of the Russian Security Council Ivan Petrov arrived.",
            "Ivan Petrov",
            "Security Council of the Russian Federation",
        ),
        (
            "Kenyan Minister of Foreign and Diaspora Affairs Grace Wanjiru arrived.",
            "Grace Wanjiru",
            "Kenya",
        ),
        ("Secretary-General of ASEAN Tran Van Long spoke.", "Tran Van Long", "ASEAN"),
        ("UK Foreign Secretary Tom Hale spoke.", "Tom Hale", "United Kingdom"),
    ],
)
def test_title_owner_gives_holds_role(text: str, person: str, owner: str) -> None:
    extraction = run(text)
    rel = relation(extraction, person, "HOLDS_ROLE", owner)
    assert rel.rule == "en.role.title-owner" and rel.evidence == text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("FM Pavel Orlov arrived.", "Pavel Orlov"),
        ("Deputy Foreign Minister Oleg Sidorov met the ambassadors.", "Oleg Sidorov"),
        ("Principal Deputy Spokesperson Mark Jensen said so.", "Mark Jensen"),
        ("Secretary of State Antony J. Reed spoke.", "Antony J. Reed"),
        ("Ambassador A.B.Kuznetsov presented his credentials.", "A.B.Kuznetsov"),
    ],
)
def test_titles_without_a_state_give_a_person_but_no_role(text: str, person: str) -> None:
    extraction = run(text)
    assert names(extraction, "Person") == {person}
    assert not [r for r in extraction.relations if r.type == "HOLDS_ROLE"]


def test_short_forms_resolve_to_the_full_name_in_the_post() -> None:
    extraction = run(
        "Secretary Reed’s call with Pavel Orlov\n"
        "Secretary of State Antony J. Reed spoke with Foreign Minister Pavel Orlov. "
        "Mr Orlov thanked Reed."
    )
    people = [e for e in extraction.entities if e.type == "Person"]
    assert {p.name for p in people} == {"Antony J. Reed", "Pavel Orlov"}
    reed = next(p for p in people if p.name == "Antony J. Reed")
    assert "Reed" in reed.aliases


def test_untitled_names_need_a_personal_frame() -> None:
    extraction = run("It was Viktor Hale who started it. Great Britain and New Zealand agreed.")
    assert names(extraction, "Person") == {"Viktor Hale"}


def test_place_names_are_not_people() -> None:
    extraction = run("The talks in Geneva and Samarkand went well.")
    assert not names(extraction, "Person")
    assert {"Geneva", "Samarkand"} <= names(extraction, "Place")


def test_former_titles_give_no_role() -> None:
    extraction = run("Former Brazilian President Paulo Ferreira spoke.")
    assert ("Paulo Ferreira", "HOLDS_ROLE", "Brazil") not in triples(extraction)


def test_a_title_naming_a_body_outside_the_kb() -> None:
    extraction = run("Secretary of the Security Council of Oman Salim Harthy arrived.")
    assert relation(extraction, "Salim Harthy", "HOLDS_ROLE", "Security Council of Oman")


def test_untitled_names_before_verbs_and_repeated_full_names() -> None:
    extraction = run(
        "On April 8, Pavel Orlov held talks with Minister of Foreign Affairs of Peru Ana Rios. "
        "Pavel Orlov also met with President of Peru Luis Vega."
    )
    assert names(extraction, "Person") == {"Pavel Orlov", "Ana Rios", "Luis Vega"}
    found = triples(extraction)
    assert ("Pavel Orlov", "MET_WITH", "Ana Rios") in found
    assert ("Pavel Orlov", "MET_WITH", "Luis Vega") in found


def test_a_quoted_speaker_line() -> None:
    extraction = run("💬 Anna Kovalenko: Our partners deserve respect.")
    assert names(extraction, "Person") == {"Anna Kovalenko"}


def test_possessive_owners_counterparts_and_bodies_in_titles() -> None:
    found = triples(
        run(
            "Oman’s Foreign Minister Khalid Nabhani met his Peruvian counterpart Ana Rios. "
            "Kenyan Foreign Ministry Spokesman Peter Otieno commented."
        )
    )
    assert ("Khalid Nabhani", "HOLDS_ROLE", "Oman") in found
    assert ("Ana Rios", "HOLDS_ROLE", "Peru") in found
    assert ("Peter Otieno", "HOLDS_ROLE", "Kenyan Foreign Ministry") in found


def test_a_guest_is_a_role_not_a_name() -> None:
    assert names(run("The President will be the Chief Guest at the parade."), "Person") == set()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "«Dialogue has no alternative», — said Irina Volkova, answering a question.",
            {"Irina Volkova"},
        ),
        ("«Sanctions will not work», Petrenko stressed.", {"Petrenko"}),
        ("“We are ready to talk,” Kallistratov noted.", {"Kallistratov"}),
        ("“Never,” said Olga Meshkova.", {"Olga Meshkova"}),
        ("🔹 Oleg Sidorenko was received by the Emir in Doha.", {"Oleg Sidorenko"}),
        ("Amara Okafor and Li Wenbo exchanged views on trade.", {"Amara Okafor", "Li Wenbo"}),
    ],
)
def test_untitled_names_in_attributions_and_digest_frames(text: str, people: set[str]) -> None:
    assert names(run(text), "Person") == people


@pytest.mark.parametrize(
    "text",
    [
        "«The plan failed», Nairobi stressed.",
        "The word “never”, Nairobi stressed, is not in its vocabulary.",
        "«Nothing changed», Officials said.",
        "The proposals were received well, said Northern Steel Works.",
        "«No comment», said Northern Steel Works near a plant.",
        "The Silk Road Fund was received positively.",
        "He said Grand Theft, nothing more.",
        "Veterans gathered as Victory Day held special meaning.",
    ],
)
def test_attribution_frames_take_no_places_plurals_or_bodies(text: str) -> None:
    assert not names(run(text), "Person")


def test_a_quoted_surname_joins_the_full_name_of_the_post() -> None:
    extraction = run("«We are ready», Petrenko noted. Anton Petrenko later met the press.")
    people = [e for e in extraction.entities if e.type == "Person"]
    assert [(p.name, p.aliases) for p in people] == [("Anton Petrenko", ("Petrenko",))]


def assert_person_holds_role(text: str, person: str, owner: str) -> None:
    extraction = run(text)
    assert person in names(extraction, "Person")
    assert (person, "HOLDS_ROLE", owner) in triples(extraction)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Igor Petrov, Russia's Ambassador to Peru, met the press.", "Igor Petrov", "Russia"),
        ("President Marta Soto of Chile met the press.", "Marta Soto", "Chile"),
    ],
)
def test_an_owner_after_the_name_gives_the_role(text: str, person: str, state: str) -> None:
    assert (person, "HOLDS_ROLE", state) in triples(run(text))


def test_a_possessive_owner_needs_a_title_after_it() -> None:
    # a person by the shape of the name, but "Russia's friend" is no office of Russia's
    extraction = run("Igor Petrov, Russia's friend, met the press.")
    assert not [r for r in extraction.relations if r.type == "HOLDS_ROLE"]
    assert names(run("Petrov Ivanovo, Russia's friend, met the press."), "Person") == set()


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "Kofi Mensah, Minister of Foreign Affairs and Regional Integration of Ghana, arrived.",
            "Kofi Mensah",
            "Ghana",
        ),
        ("The Peruvian minister Rosa Quispe, in turn, objected.", "Rosa Quispe", "Peru"),
        (
            "Peru's Deputy Prime Minister and Minister of Economy Rosa Quispe spoke.",
            "Rosa Quispe",
            "Peru",
        ),
        (
            "General Secretary of the Socialist Unity Party Central Committee and "
            "President Sone Vilay arrived.",
            "Sone Vilay",
            "Socialist Unity Party Central Committee",
        ),
        (
            "He met Chen Ming, Member of the Political Bureau of the Workers Party Central "
            "Committee and Minister of Trade.",
            "Chen Ming",
            "Political Bureau of the Workers Party Central Committee",
        ),
    ],
)
def test_titles_after_names_lower_case_titles_and_double_offices(
    text: str, person: str, owner: str
) -> None:
    assert_person_holds_role(text, person, owner)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("They invited President-elect Amina Diallo to the summit.", "Amina Diallo"),
        ("Mayor of Nairobi Peter Kamau welcomed the guests.", "Peter Kamau"),
        ("Bosnian Serb leader Milan Petrovic spoke.", "Milan Petrovic"),
        ("The former Peruvian president Ana Rojas spoke.", "Ana Rojas"),
    ],
)
def test_titled_people_without_a_state_role(text: str, person: str) -> None:
    extraction = run(text)
    assert person in names(extraction, "Person")
    assert not [t for t in triples(extraction) if t[1] == "HOLDS_ROLE"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the Kenyan Prime Minister and President Ivan Petrov began.",
        "The Foreign Minister of Kenya and Minister Ivan Petrov met.",
    ],
)
def test_two_people_joined_by_and_do_not_share_an_office(text: str) -> None:
    assert not [t for t in triples(run(text)) if t[0] == "Ivan Petrov" and t[1] == "HOLDS_ROLE"]


def test_an_event_name_after_a_plural_title_is_no_person() -> None:
    extraction = run("Leaders attended the World Leaders Ocean Action Summit in Lisbon.")
    assert not names(extraction, "Person")
    assert "World Leaders Ocean Action Summit" in names(extraction, "Event")


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "Head of the Third Asia Department Oleg Markov met the envoy.",
            "Oleg Markov",
            "Third Asia Department",
        ),
        (
            "Deputy Chair of the EU Commission Lena Berg and UN chief Ana Ruiz spoke.",
            "Lena Berg",
            "EU Commission",
        ),
        (
            "The summit endorsed the appointment of Nurlan Abenov as SCO Secretary-General.",
            "Nurlan Abenov",
            "SCO",
        ),
        (
            "On Friday, Amadou Sow was elected President of the ECOWAS Commission.",
            "Amadou Sow",
            "ECOWAS Commission",
        ),
        (
            "Talks with General Secretary of the Workers Party of Vietnam To Huy were held.",
            "To Huy",
            "Workers Party of Vietnam",
        ),
    ],
)
def test_roles_in_bodies_named_around_kb_names_and_after_names(
    text: str, person: str, owner: str
) -> None:
    assert_person_holds_role(text, person, owner)


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy To Syria arrived in Geneva.",
        "Ambassador To The UN spoke.",
        "Kazakhstan as Chair of the CSTO hosted the session.",
        "The city was named Capital of Culture.",
    ],
)
def test_to_and_as_give_no_person_without_a_name(text: str) -> None:
    assert not names(run(text), "Person")


def test_a_headline_ending_on_a_state_gives_no_owner_to_the_next_line() -> None:
    extraction = run(
        "Talks of the Presidents of Chile and Peru\n\nHead of State Ana Rojas met him."
    )
    assert "Ana Rojas" in names(extraction, "Person")
    assert not [t for t in triples(extraction) if t[1] == "HOLDS_ROLE"]


def test_member_of_a_body_opens_a_title_only_before_an_of_phrase() -> None:
    extraction = run(
        "Member of the Executive Bureau of the Socialist Party Central Committee and "
        "Premier Kim Sol arrived."
    )
    assert (
        "Kim Sol",
        "HOLDS_ROLE",
        "Executive Bureau of the Socialist Party Central Committee",
    ) in triples(extraction)
    assert not names(run("EU Member States Austria and Malta abstained."), "Person")
    assert not names(run("Member of the BRICS Egypt voted."), "Person")


def test_an_apposition_after_a_titled_name_adds_a_second_office() -> None:
    extraction = run(
        "The meeting was chaired by Maltese Foreign Minister Ian Borg, the OSCE "
        "Chairperson-in-Office."
    )
    roles = {t for t in triples(extraction) if t[1] == "HOLDS_ROLE"}
    assert roles == {("Ian Borg", "HOLDS_ROLE", "Malta"), ("Ian Borg", "HOLDS_ROLE", "OSCE")}
    listed = run(
        "Maltese Foreign Minister Ian Borg, Defence Minister of Peru Ana Rojas and others."
    )
    assert ("Ian Borg", "HOLDS_ROLE", "Peru") not in triples(listed)


def test_a_consular_office_in_a_city_keeps_its_state() -> None:
    extraction = run("Consul General of Chile in Guangzhou Pablo Soto opened the exhibition.")
    assert ("Pablo Soto", "HOLDS_ROLE", "Chile") in triples(extraction)
    assert "Pablo Soto" in names(extraction, "Person")


def test_a_state_adjective_before_diplomat_gives_no_office() -> None:
    extraction = run("The Chilean diplomat Pablo Soto spoke to the press.")
    assert not [t for t in triples(extraction) if t[1] == "HOLDS_ROLE"]


def test_an_abbreviated_given_name_with_a_full_stop_stays_in_the_name() -> None:
    """Issue 10: "Md." is no person of its own and ends no sentence."""
    extraction = run("Talks with Foreign Adviser of Bangladesh Md. Rafiqul Islam took place.")
    assert names(extraction, "Person") == {"Md. Rafiqul Islam"}


def test_the_name_of_a_club_is_no_person() -> None:
    extraction = run("The board of the foundation of the Baikal Discussion Club met in Irkutsk.")
    assert not names(extraction, "Person")
