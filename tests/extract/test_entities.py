"""Gazetteer mentions in context: adjectives, capitals, bodies, document names."""

from __future__ import annotations

import pytest
from extract_helpers import names, run, triples


def test_adjectives_need_a_title_a_government_noun_or_the_country_named() -> None:
    assert not names(run("The Israeli-Palestinian conflict continues."), "Country")
    assert names(run("The Syrian Government agreed."), "Country") == {"Syria"}
    assert names(run("Cuba and the Cuban side agreed."), "Country") == {"Cuba"}


def test_an_adjective_before_a_hostile_act_names_the_state() -> None:
    assert names(run("Peru condemned the Turkish air strikes."), "Country") >= {"Turkey"}
    assert names(run("The Chilean military operation ended."), "Country") == {"Chile"}
    assert "Turkey" not in names(run("Peru welcomed the Turkish military delegation."), "Country")


def test_bodies_outside_the_kb() -> None:
    extraction = run(
        "The ASEAN-Russia Eminent Persons Group met the Permanent Mission of Russia to ASEAN."
    )
    orgs = names(extraction, "Organisation")
    assert {"ASEAN-Russia Eminent Persons Group", "Permanent Mission of Russia to ASEAN"} <= orgs
    alliance = run("Peru joined the Regional Alliance against Desertification and Drought.")
    assert names(alliance, "Organisation") == {
        "Regional Alliance against Desertification and Drought"
    }
    assert names(run("The Defence Council against the plan met."), "Organisation") <= {
        "Defence Council"
    }
    ministry = run("The Chilean Ministry of Foreign Affairs and the ASEAN Secretariat met.")
    assert "Chilean Ministry of Foreign Affairs" in names(ministry, "Organisation")
    assert "Chilean Ministry" not in names(ministry)
    # a lower-case phrase after "of" is no portfolio
    spokes = run("A spokesman of the Chilean Ministry of course declined.")
    assert "Chilean Ministry" in names(spokes, "Organisation")


def test_generic_bodies_are_not_entities() -> None:
    extraction = run("Foreign Ministry Spokeswoman Anna Kovalenko said it.")
    assert not names(extraction, "Organisation")


def test_places_inside_other_names_are_not_places() -> None:
    extraction = run("The Washington Post wrote about the Minsk Agreements.")
    assert not names(extraction, "Place") and not names(extraction, "Country")


def test_a_capital_that_hosts_is_a_city_and_an_agent_capital_a_state() -> None:
    assert names(run("Vienna will host the talks."), "Place") == {"Vienna"}
    assert names(run("Peru rejected the claims made by London."), "Country") >= {"United Kingdom"}
    assert "London" in names(run("The forum was hosted by London in May."), "Place")


def test_surface_forms_become_aliases_of_one_entity() -> None:
    extraction = run(
        "Washington insists. The United States and the US side agreed. #UN and the UN."
    )
    us = [e for e in extraction.entities if e.name == "United States"]
    assert len(us) == 1 and {"Washington", "US"} <= set(us[0].aliases)
    un = [e for e in extraction.entities if e.name == "UN"]
    assert len(un) == 1 and "#UN" in un[0].aliases


def test_venues_are_places_and_bodies_take_of_chains() -> None:
    extraction = run(
        "Director of the Office of the Central Policy Commission Li Wen met them at the "
        "Palace of Serbia and the Nasrec Expo Centre. The Joint Mechanism for Consultation on "
        "Border Affairs met."
    )
    assert {"Palace of Serbia", "Nasrec Expo Centre"} <= names(extraction, "Place")
    orgs = names(extraction, "Organisation")
    assert "Office of the Central Policy Commission" in orgs
    assert "Joint Mechanism for Consultation on Border Affairs" in orgs
    assert not names(extraction, "Event")


def test_a_shorter_form_of_a_long_name_is_the_same_person() -> None:
    extraction = run(
        "Crown Prince Faisal bin Salman met President Luis Vega. "
        "Faisal bin Salman bin Abdullah thanked him."
    )
    assert names(extraction, "Person") == {"Faisal bin Salman bin Abdullah", "Luis Vega"}


def test_regions_named_after_a_compass_point_are_not_the_west() -> None:
    extraction = run("They discussed the situation in West Asia and West Africa.")
    assert not names(extraction, "Group")
    assert {"West Asia", "West Africa"} <= names(extraction, "Place")
    extraction = run("Settlers raided two villages in the West Bank on Sunday.")
    assert names(extraction) == {"West Bank"}
    assert names(run("The West must lift its sanctions."), "Group") == {"the West"}


def test_known_bodies_are_not_events() -> None:
    extraction = run(
        "The Conference on Interaction and Confidence-Building Measures in Asia (CICA) met."
    )
    assert not names(extraction, "Event")
    assert names(extraction, "Organisation") == {"CICA"}
    extraction = run("The delegates of the Parliamentary Assembly of the Council of Europe met.")
    assert names(extraction, "Organisation") == {"Parliamentary Assembly of the Council of Europe"}
    assert not names(extraction, "Event")


def test_a_capital_that_takes_a_stance_or_is_addressed_is_the_state() -> None:
    assert names(run("Canberra deplores the decision of the court."), "Country") == {"Australia"}
    assert names(run("Oslo summoned the chargé d'affaires."), "Country") == {"Norway"}
    assert names(run("«No», Oslo replied."), "Country") == {"Norway"}
    assert "Canberra" not in names(run("Canberra deplores the decision."), "Place")
    protest = run("The Foreign Ministry lodged a strong protest with Nairobi over the raid.")
    assert names(protest, "Country") == {"Kenya"}
    thanks = run("Peru expressed gratitude to Oslo for its mediation.")
    assert names(thanks, "Country") >= {"Norway"}
    delegate = run("Minister of Trade Ana Costa represented Lima at the forum.")
    assert names(delegate, "Country") >= {"Peru"}


def test_a_capital_as_a_destination_or_venue_stays_a_city() -> None:
    assert names(run("The delegation flew with Qatar Airways to Nairobi."), "Place") == {"Nairobi"}
    assert names(run("The minister travelled to Oslo for the talks."), "Place") == {"Oslo"}
    assert not names(run("Talks were held in Canberra on Monday."), "Country")


def test_a_small_capital_spelled_with_an_apostrophe_is_a_place() -> None:
    # geonames spells it with a curly quote in one table and a straight one in the other
    assert names(run("The envoys landed in Nuku'alofa on Friday."), "Place") == {"Nuku‘alofa"}
    assert names(run("The envoys landed in Nuku’alofa on Friday."), "Place") == {"Nuku‘alofa"}


def test_a_short_form_of_a_name_does_not_cut_a_longer_kb_name() -> None:
    extraction = run(
        "President Antonio Costa visited Costa Rica. Costa praised San Jose's hospitality."
    )
    assert names(extraction, "Country") == {"Costa Rica"}
    costa = [e for e in extraction.entities if e.name == "Antonio Costa"]
    assert len(costa) == 1 and "Costa" in costa[0].aliases


def test_a_palestinian_office_names_palestine_but_the_authority_is_a_body() -> None:
    titled = run("Palestinian Foreign Minister Riyad Hamdan met the press.")
    assert names(titled, "Country") == {"Palestine"}
    body = run("The Palestinian Authority welcomed the Israeli-Palestinian talks.")
    assert names(body, "Organisation") == {"Palestinian Authority"}
    assert not names(body, "Country")


def test_an_office_after_an_adjective_names_its_state() -> None:
    assert names(run("Peru thanked the Kenyan presidency for its support."), "Country") == {
        "Peru",
        "Kenya",
    }
    assert names(run("The Kenyan minister is expected to speak."), "Country") == {"Kenya"}
    assert not names(run("The Kenyan coffee was served."), "Country")


def test_a_venue_named_with_of_the_is_one_place() -> None:
    extraction = run("They met in the Grand Hall of the Nations on Tuesday.")
    assert names(extraction, "Place") == {"Grand Hall of the Nations"}
    assert not names(extraction, "Organisation")
    columns = run("The Hall of Columns of the House of Unions hosted the forum.")
    assert names(columns, "Place") == {"Hall of Columns of the House of Unions"}


def test_a_capital_as_a_partner_or_a_reported_subject_is_the_state() -> None:
    assert names(run("Peru is ready to work with Canberra on trade."), "Country") >= {"Australia"}
    assert names(run("Relations with Nairobi are improving."), "Country") == {"Kenya"}
    reported = run("The minister said Oslo welcomed the proposal.")
    assert names(reported, "Country") == {"Norway"}
    assert names(run("He said in Oslo that talks went well."), "Place") == {"Oslo"}
    assert names(run("The ministers met with students in Nairobi."), "Place") == {"Nairobi"}


def test_a_city_opening_a_venue_or_body_name_is_part_of_that_name() -> None:
    extraction = run("The leaders met at Istanbul House and later at NATO Headquarters.")
    assert names(extraction, "Place") == {"Istanbul House", "NATO Headquarters"}
    both = run("The leaders met at Istanbul House in Istanbul.")
    assert names(both, "Place") == {"Istanbul House", "Istanbul"}


def test_seas_straits_and_archipelagos_are_regions() -> None:
    extraction = run("Manila protested the patrols in the West Sea near the Kalayaan archipelago.")
    assert {"West Sea", "Kalayaan archipelago"} <= names(extraction, "Place")
    rim = run("The Indian Ocean Rim Association met in Perth.")
    assert names(rim, "Place") == {"Perth"}


def test_a_sea_is_never_where_an_event_is_held() -> None:
    extraction = run("The 3rd Blue Economy Forum opened in the Arabian Sea on Monday.")
    assert "Arabian Sea" in names(extraction, "Place")
    assert not [t for t in triples(extraction) if t[1] == "HELD_IN"]


def test_the_kingdom_or_the_republic_is_the_one_such_state_of_the_post() -> None:
    amman = run("Amman hosted the talks. The Kingdom's position was welcomed by all sides.")
    assert names(amman, "Country") == {"Jordan"}
    two = run("Jordan and Morocco signed it. The Kingdom will ratify it soon.")
    assert names(two, "Country") == {"Jordan", "Morocco"}
    assert not [e for e in two.entities if "Kingdom" in e.aliases]
    none = run("The Republic Day parade in Delhi was attended by thousands.")
    assert not names(none, "Country")


def test_a_region_named_as_a_portfolio_is_no_place() -> None:
    extraction = run("Ana Dupont, Minister for Europe and Foreign Affairs, met the press.")
    assert names(extraction) == {"Ana Dupont"}
    assert "Africa" not in names(run("Minister of State for Africa Jon Lie arrived."))
    assert names(run("Minister Jon Lie toured Africa."), "Place") == {"Africa"}


def test_a_state_style_takes_the_one_such_state_named_before_it() -> None:
    text = "The forum was held in Amman and co-chaired by the Kingdom together with Norway."
    extraction = run(text)
    assert names(extraction, "Country") == {"Jordan", "Norway"}
    assert ("Jordan", "CHAIRED", "forum") not in triples(extraction)  # no named event here
    both = run("The Kingdom and Norway signed the deal with Jordan.")
    assert names(both, "Country") == {"Norway", "Jordan"}
    assert "the Kingdom" not in {a for e in both.entities for a in e.aliases}


def test_more_known_bodies_groups_and_state_names() -> None:
    assert names(run("Talks between the Holy See and Peru went well."), "Country") == {
        "Vatican",
        "Peru",
    }
    assert names(run("The envoy urged the M23 to leave Goma."), "Group") == {"M23"}
    council = run("Ana Rios briefed the AU Peace and Security Council.")
    assert names(council, "Organisation") == {"Peace and Security Council"}


def test_a_named_gang_is_a_group() -> None:
    extraction = run("Peru condemned the attack by the Red Viper gang on the town of Rio Bravo.")
    assert names(extraction, "Group") == {"Red Viper"}
    assert ("Peru", "CRITICISED", "Red Viper") in triples(extraction)
    assert not names(run("Police arrested members of the gang in Lima."), "Group")


@pytest.mark.parametrize(
    "text",
    [
        "Big Sale on all shoes at Bata this weekend!",  # brands and shop words, no Salé
        "Man of the year: the award goes to a teacher.",
        "Samba night and a Mango tasting follow.",
        "Kazan summit memories: a photo album.",  # a city only inside another name
        "The Metro line was opened.",
    ],
)
def test_common_words_and_brands_are_no_cities(text: str) -> None:
    assert names(run(text), "Place") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The talks took place in Kazan.", "Kazan"),
        ("Kazan, 12 March\nThe minister opened the forum.", "Kazan"),
        ("📍 Kazan\nThe minister opened the forum.", "Kazan"),
        ("Kazan — The minister opened the forum.", "Kazan"),
        ("Kazan will host the next forum.", "Kazan"),
        ("The forum moved from Astana and Kazan to Minsk.", "Kazan"),
        ("The delegation visited the city of Kazan.", "Kazan"),
        ("Kazan, Russia, welcomed the guests.", "Kazan"),
        ("#Kazan #Forum", "Kazan"),
    ],
)
def test_a_one_word_city_counts_where_a_place_is_expected(text: str, place: str) -> None:
    assert place in names(run(text), "Place")


def test_a_capital_after_in_stays_the_city_whatever_verb_follows() -> None:
    extraction = run("The summit in Astana was attended by many leaders.")
    assert names(extraction, "Place") == {"Astana"}
    assert names(extraction, "Country") == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Permanent Mission of Chile to the EU issued a statement.",
            "Permanent Mission of Chile to the EU",
        ),
        ("The Embassy of Peru in Malaysia held a reception.", "Embassy of Peru in Malaysia"),
        ("The UN Mission in South Sudan reported calm.", "UN Mission in South Sudan"),
        ("The Chilean Embassy in Malaysia opened an exhibition.", "Chilean Embassy in Malaysia"),
    ],
)
def test_a_body_abroad_keeps_the_state_or_body_it_is_in(text: str, body: str) -> None:
    assert body in names(run(text), "Organisation")


def test_an_embassy_in_a_city_is_named_with_the_city() -> None:
    """Issue 10: "Embassy of X in Y" is one organisation, its shorter form an alias; the
    city is no place of the post when nothing else is said of it."""
    extraction = run("The Embassy of Peru in Vienna held a concert.")
    (embassy,) = [e for e in extraction.entities if e.type == "Organisation"]
    assert (embassy.name, embassy.aliases) == ("Embassy of Peru in Vienna", ("Embassy of Peru",))
    assert names(extraction, "Place") == set()


def test_the_city_of_an_embassy_stays_a_place_where_the_post_uses_it() -> None:
    said_again = run("The Embassy of Peru in Vienna held a concert. The concert was in Vienna.")
    assert names(said_again, "Place") == {"Vienna"}
    hosted = run(
        "The Embassy of Brazil in Rome hosted a reception on the occasion of Independence Day."
    )
    assert ("reception on the occasion of Independence Day", "HELD_IN", "Rome") in triples(hosted)


def test_a_shorter_name_of_a_mission_is_the_same_body() -> None:
    extraction = run(
        "The Mission of Chile to the EU said the claims were groundless, the Permanent "
        "Mission of Chile to the EU stressed. Later the Embassy of Chile in Rome and the "
        "Embassy of Chile welcomed the decision."
    )
    assert names(extraction, "Organisation") == {
        "Permanent Mission of Chile to the EU",
        "EU",
        "Embassy of Chile in Rome",
    }


def test_a_consulate_general_is_one_body() -> None:
    extraction = run("The Ambassador visited the Consulate General of Russia in Shanghai.")
    assert "Consulate General of Russia in Shanghai" in names(extraction, "Organisation")


def test_a_month_after_a_body_is_no_part_of_its_name() -> None:
    extraction = run("Programme of the Regional Council for March: the Council will meet twice.")
    assert not any("March" in n for n in names(extraction))


def test_news_media_are_organisations() -> None:
    extraction = run(
        "The minister gave an interview to RT and Xinhua. TASS and Al Jazeera reported it."
    )
    assert names(extraction, "Organisation") == {"RT", "Xinhua", "TASS", "Al Jazeera"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Brussels also welcomes the release of the detainees.", "EU"),
        ("Ottawa, which chaired the gathering, would do better to listen.", "Canada"),
        ("Canberra reiterated its position.", "Australia"),
    ],
)
def test_a_capital_that_acts_after_an_adverb_or_in_a_relative_clause_is_the_state(
    text: str, state: str
) -> None:
    assert state in names(run(text))


def test_universities_churches_and_cultural_agencies_are_bodies() -> None:
    extraction = run(
        "Rossotrudnichestvo, the Russian Orthodox Church and Kazan Federal University "
        "organised the festival."
    )
    assert {
        "Rossotrudnichestvo",
        "Russian Orthodox Church",
        "Kazan Federal University",
    } <= names(extraction, "Organisation")
    assert names(extraction, "Place") == set()


def test_capitals_between_which_relations_run_are_the_states() -> None:
    extraction = run("Relations between Lima and Quito improved. The talks took place in Lima.")
    assert names(extraction, "Country") == {"Peru", "Ecuador"}
    assert names(extraction, "Place") == {"Lima"}


def test_a_capital_that_sanctions_or_aid_are_aimed_at_is_the_state() -> None:
    extraction = run(
        "They imposed sanctions against Lima and sent aid to Quito. Flights to Lima resumed."
    )
    assert names(extraction, "Country") == {"Peru", "Ecuador"}
    assert names(extraction, "Place") == {"Lima"}


def test_a_state_after_a_council_is_the_topic_of_a_briefing_not_part_of_its_name() -> None:
    extraction = run("The envoy will brief the Security Council on Haiti.")
    assert names(extraction, "Organisation") == set()
    assert names(extraction, "Country") == {"Haiti"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Canberra, for its part, reaffirmed its commitment to the treaty.", "Australia"),
        ("Nairobi, in turn, lodged a protest.", "Kenya"),
        ("Oslo and Lima exchanged messages of congratulations.", "Norway"),
        ("Canberra applied for observer status in 2019.", "Australia"),
        ("Peru supports Oslo in its efforts to mediate.", "Norway"),
        ("The ministers called on Nairobi to release the detainees.", "Kenya"),
        ("Pressure on Canberra is growing.", "Australia"),
        ("Lima appreciates the balanced approach of Oslo.", "Norway"),
    ],
)
def test_a_capital_in_a_government_frame_is_the_state(text: str, state: str) -> None:
    """Issue 10 precision guards: a capital that acts, is backed or addressed, or whose
    position is meant, is its state, not a second place of the post."""
    extraction = run(text)
    assert state in names(extraction, "Country")
    assert not names(extraction, "Place")


def test_a_capital_where_something_happens_stays_a_place() -> None:
    assert names(run("The talks in Oslo, however, were postponed."), "Place") == {"Oslo"}
    assert names(run("The forum was held in Nairobi."), "Place") == {"Nairobi"}
