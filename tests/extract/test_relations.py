"""Each relation rule on sentences of the genre written for these tests."""

from __future__ import annotations

from extract_helpers import names, relation, run, triples

FORUM = "7th International Forum on Arctic Cooperation"


def test_spoke_at_from_remarks_headline_and_dateline_place() -> None:
    extraction = run(
        f"🎙 Foreign Minister Pavel Orlov’s remarks at the {FORUM}\n"
        "📍 Murmansk, March 1, 2024\n"
        "💬 Cooperation in the region must remain free of politics."
    )
    assert (
        relation(extraction, "Pavel Orlov", "SPOKE_AT", FORUM).rule == "en.speech.speech-at-event"
    )
    assert relation(extraction, FORUM, "HELD_IN", "Murmansk").rule == "en.place.dateline-place"


def test_spoke_at_a_news_conference_and_visit_with_cataphoric_pronoun() -> None:
    extraction = run(
        "During his visit to Hanoi, President of Chile Mateo Rojas spoke at a news conference."
    )
    found = triples(extraction)
    assert ("Mateo Rojas", "VISITED", "Hanoi") in found
    assert ("Mateo Rojas", "SPOKE_AT", "news conference") in found
    assert ("Mateo Rojas", "HOLDS_ROLE", "Chile") in found


def test_chair_with_dated_opening_place_is_planned() -> None:
    extraction = run(
        "On June 3-5, 2026, in Murmansk, Deputy Foreign Minister Oleg Sidorov "
        f"will chair the {FORUM}."
    )
    chaired = relation(extraction, "Oleg Sidorov", "CHAIRED", FORUM)
    held = relation(extraction, FORUM, "HELD_IN", "Murmansk")
    assert chaired.modality == "planned" and held.modality == "planned"


def test_passive_invitations_come_from_the_chair() -> None:
    extraction = run(
        f"Deputy Minister Oleg Sidorov will chair the {FORUM}. "
        "Invitations to this forum have been extended to the #SCO, #BRICS and the Global Majority."
    )
    found = triples(extraction)
    for guest in ("SCO", "BRICS", "Global Majority"):
        assert ("Oleg Sidorov", "INVITED", guest) in found


def test_event_in_place_with_a_relative_clause() -> None:
    extraction = run(
        "They reviewed the results of the International Conference on Libya, which took place "
        "on May 3-4 in Geneva."
    )
    assert relation(extraction, "International Conference on Libya", "HELD_IN", "Geneva")


def test_met_with_and_phone_calls() -> None:
    met = run(
        "Secretary of State Anna Berg met today with French Foreign Minister Luc Marchand in Paris."
    )
    assert relation(met, "Anna Berg", "MET_WITH", "Luc Marchand").rule == "en.meet.met-with"
    call = run(
        "Foreign Minister Pavel Orlov had a telephone conversation with Secretary Anna Berg."
    )
    assert relation(call, "Pavel Orlov", "MET_WITH", "Anna Berg").rule == "en.meet.phone-call"


def test_criticism_cues() -> None:
    extraction = run(
        "🎙 Foreign Minister Pavel Orlov’s interview\n"
        "The crisis was provoked by NATO’s aggressive expansion. "
        "The EU has been trying to intimidate our partners."
    )
    found = triples(extraction)
    assert ("Pavel Orlov", "CRITICISED", "NATO") in found
    assert ("Pavel Orlov", "CRITICISED", "EU") in found


def test_condemnation_of_and_coordinated_subjects() -> None:
    extraction = run(
        "Minister Pavel Orlov’s meeting with Foreign Secretary Anna Berg\n"
        "Minister Pavel Orlov met with Foreign Secretary Anna Berg. "
        "They condemned Iran’s missile launches and reaffirmed their support for Armenia."
    )
    found = triples(extraction)
    for person in ("Pavel Orlov", "Anna Berg"):
        assert (person, "CRITICISED", "Iran") in found
        assert (person, "SUPPORTED", "Armenia") in found


def test_praise_of_a_state_through_its_adjective() -> None:
    extraction = run("Mr Pavel Orlov praised the efforts of Egyptian diplomacy in Gaza.")
    assert relation(extraction, "Pavel Orlov", "SUPPORTED", "Egypt").rule == "en.stance.praise-verb"


def test_welcoming_an_agreement_is_no_stance_on_its_parties() -> None:
    extraction = run(
        "Anna Berg said she welcomed the agreement reached at the Armenia-Azerbaijan talks."
    )
    assert not [r for r in extraction.relations if r.type == "SUPPORTED"]


def test_objects_of_sanctions_are_not_criticised() -> None:
    extraction = run(
        "🎙 Pavel Orlov’s interview\nDespite the sanctions imposed on Iran & Cuba, trade grew."
    )
    assert not [r for r in extraction.relations if r.type == "CRITICISED"]


def test_member_of_frames() -> None:
    extraction = run(
        "As a permanent member of the UN Security Council, France bears responsibility. "
        "Egypt joined BRICS last year."
    )
    found = triples(extraction)
    assert ("France", "MEMBER_OF", "UN Security Council") in found
    assert ("Egypt", "MEMBER_OF", "BRICS") in found


def test_attended_and_on_the_margins() -> None:
    extraction = run(
        f"Ambassador Anna Berg took part in the {FORUM}. "
        "FM Pavel Orlov met with FM Luc Marchand on the margins of the G20 Ministerial meeting."
    )
    found = triples(extraction)
    assert ("Anna Berg", "ATTENDED", FORUM) in found
    assert ("Pavel Orlov", "ATTENDED", "G20 Ministerial meeting") in found


def test_capital_as_government_and_as_place() -> None:
    extraction = run("Washington insists on new sanctions. The talks in Washington ended.")
    entity_names = {e.name for e in extraction.entities}
    assert "United States" in entity_names and "Washington" in entity_names
    us = next(e for e in extraction.entities if e.name == "United States")
    assert "Washington" in us.aliases


def test_pronoun_subject_takes_the_previous_sentence() -> None:
    extraction = run(
        "President Mateo Rojas arrived in Hanoi. Later he met with Vice-President Le Van Thanh."
    )
    assert relation(extraction, "Mateo Rojas", "MET_WITH", "Le Van Thanh")


def test_a_state_can_be_the_subject_of_a_stance_verb() -> None:
    extraction = run(
        "Moscow strongly condemns the strikes on Iran. Russia welcomes the efforts of Oman."
    )
    found = triples(extraction)
    assert ("Russia", "SUPPORTED", "Oman") in found
    assert not [r for r in extraction.relations if r.type == "CRITICISED"]  # Iran is the victim


def test_a_speakerless_post_gives_no_stance() -> None:
    extraction = run(
        "The EU’s illegal restrictions will not work. NATO’s aggressive expansion goes on."
    )
    assert not [r for r in extraction.relations if r.type in ("CRITICISED", "SUPPORTED")]


def test_headed_by_gives_a_planned_role() -> None:
    extraction = run(
        "We attended the opening of the Permanent Mission of Russia to ASEAN to be headed by "
        "Ambassador Pavel Orlov."
    )
    rel = relation(extraction, "Pavel Orlov", "HOLDS_ROLE", "Permanent Mission of Russia to ASEAN")
    assert rel.modality == "planned"


def test_received_and_joint_subjects_and_talks_between() -> None:
    found = triples(
        run(
            "Foreign Minister Pavel Orlov received Minister of Foreign Affairs of Peru Ana Rios. "
            "President Luis Vega and Prime Minister Omar Haddad held talks. "
            "Talks between King Harald Olsen and President Mateo Rojas ended."
        )
    )
    assert ("Pavel Orlov", "MET_WITH", "Ana Rios") in found
    assert ("Luis Vega", "MET_WITH", "Omar Haddad") in found
    assert ("Harald Olsen", "MET_WITH", "Mateo Rojas") in found


def test_joint_news_conference() -> None:
    extraction = run(
        "Omani Foreign Minister Khalid Nabhani held a joint news conference with Peruvian "
        "Foreign Minister Ana Rios in Muscat."
    )
    event = "joint news conference with Peruvian Foreign Minister Ana Rios"
    found = triples(extraction)
    assert ("Khalid Nabhani", "SPOKE_AT", event) in found
    assert (event, "HELD_IN", "Muscat") in found
    assert ("Khalid Nabhani", "MET_WITH", "Ana Rios") in found


def test_sessions_of_bodies_and_events() -> None:
    extraction = run(
        "Foreign Minister Pavel Orlov chaired the meeting of the Council of Foreign Ministers of "
        "the CSTO in Minsk. President Luis Vega spoke at the plenary session of the Lima "
        "International Forum."
    )
    meeting = "meeting of the Council of Foreign Ministers of the CSTO"
    found = triples(extraction)
    assert ("Pavel Orlov", "CHAIRED", meeting) in found
    assert (meeting, "HELD_IN", "Minsk") in found
    assert ("Luis Vega", "SPOKE_AT", "plenary session of the Lima International Forum") in found


def test_possessive_plural_in_event_names_and_the_hague() -> None:
    extraction = run("The NATO Foreign Ministers' Meeting will be held in The Hague.")
    rel = relation(extraction, "NATO Foreign Ministers' Meeting", "HELD_IN", "The Hague")
    assert rel.modality == "planned"


def test_at_the_invitation_of() -> None:
    extraction = run(
        "At the invitation of Foreign Minister Pavel Orlov, Minister of Foreign Affairs of Peru "
        "Ana Rios paid an official visit to Russia."
    )
    found = triples(extraction)
    assert ("Pavel Orlov", "INVITED", "Ana Rios") in found
    assert ("Ana Rios", "VISITED", "Russia") in found


def test_support_of_and_memberships_and_visits() -> None:
    found = triples(
        run(
            "Serbian President Ivan Markovic thanked China for its support of Serbia. "
            "Egypt, which joined BRICS in 2024, agreed. Indonesia, the newest member of BRICS, "
            "agreed. The BRICS member Ethiopia abstained. "
            "Prime Minister Omar Haddad began an official visit to Japan. "
            "The visit of President Luis Vega to Chile ended."
        )
    )
    assert ("China", "SUPPORTED", "Serbia") in found
    assert ("Ivan Markovic", "SUPPORTED", "Serbia") not in found
    for member in ("Egypt", "Indonesia", "Ethiopia"):
        assert (member, "MEMBER_OF", "BRICS") in found
    assert ("Omar Haddad", "VISITED", "Japan") in found
    assert ("Luis Vega", "VISITED", "Chile") in found


def test_coordinated_capitals_are_states() -> None:
    extraction = run("Washington and Brussels continue to impose sanctions.")
    assert {"United States", "EU"} <= names(extraction)
    assert not names(extraction, "Place")


def test_place_between_verb_and_with_and_appositive_titles() -> None:
    extraction = run(
        "Foreign Minister Pavel Orlov met today in Lima with Peruvian Foreign Minister Ana Rios. "
        "Deputy Minister Omar Haddad held consultations in Cairo with the Deputy Foreign Minister "
        "of Chile, Luis Vega. His Highness Prince Khalid bin Saud, Minister of Foreign Affairs "
        "of Oman, received the Ambassador of the People's Republic of China to Oman, Li Wen, "
        "in Muscat."
    )
    found = triples(extraction)
    assert ("Pavel Orlov", "MET_WITH", "Ana Rios") in found
    assert ("Omar Haddad", "MET_WITH", "Luis Vega") in found
    assert ("Luis Vega", "HOLDS_ROLE", "Chile") in found
    assert ("Khalid bin Saud", "HOLDS_ROLE", "Oman") in found
    assert ("Khalid bin Saud", "MET_WITH", "Li Wen") in found
    assert ("Li Wen", "HOLDS_ROLE", "China") in found


def test_membership_by_becoming_and_plural_as_members_and_organisers_invite() -> None:
    found = triples(
        run(
            "Minister Pavel Orlov congratulated Ethiopia on becoming a full member of BRICS. "
            "As founding members of BRICS, India and Brazil agree. "
            "The conference is organised by the Ministry of Foreign Affairs of the Republic of "
            "Peru. Invitations have been extended to the #SCO."
        )
    )
    for member in ("Ethiopia", "India", "Brazil"):
        assert (member, "MEMBER_OF", "BRICS") in found
    assert ("Ministry of Foreign Affairs of the Republic of Peru", "INVITED", "SCO") in found


def test_candidates_for_membership_are_not_members() -> None:
    extraction = run("Minister Pavel Orlov supported Serbia’s accession to the EU.")
    assert not [r for r in extraction.relations if r.type == "MEMBER_OF"]


def test_objects_of_prepositions_are_not_subjects() -> None:
    extraction = run(
        "During the visit, the Minister will hold talks with Foreign Minister Ana Rios and will "
        "take part in the 4th Lima Forum on Trade."
    )
    assert not [r for r in extraction.relations if r.type == "ATTENDED"]


def test_invited_to_take_part_is_not_attendance() -> None:
    extraction = run(
        "Foreign Minister Pavel Orlov invited his Peruvian counterpart to take part in the "
        "4th Lima Forum on Trade."
    )
    assert not [r for r in extraction.relations if r.type == "ATTENDED"]


def test_support_of_a_state_for_another() -> None:
    extraction = run(
        "Foreign Minister Pavel Orlov and Foreign Minister Ana Rios met. Both ministers "
        "reaffirmed the firm support of Russia and Peru for Cuba. "
        "President Luis Vega thanked Chile for its consistent support of Peru."
    )
    found = triples(extraction)
    assert ("Pavel Orlov", "SUPPORTED", "Cuba") in found
    assert ("Chile", "SUPPORTED", "Peru") in found
    assert ("Pavel Orlov", "SUPPORTED", "Russia") not in found
    assert ("Luis Vega", "SUPPORTED", "Peru") not in found


def test_members_in_apposition_with_as() -> None:
    extraction = run("Kazakhstan, as a member of the SCO and the CSTO, is interested.")
    found = triples(extraction)
    assert ("Kazakhstan", "MEMBER_OF", "SCO") in found
    assert ("Kazakhstan", "MEMBER_OF", "CSTO") in found


def test_briefings_regimes_and_appreciation() -> None:
    extraction = run(
        "🎙 Anna Kovalenko’s briefing, Moscow, March 5, 2025\n"
        "The Kiev regime continues to shell civilian infrastructure. "
        "We highly appreciate the balanced position of the African Union."
    )
    found = triples(extraction)
    assert ("Anna Kovalenko", "CRITICISED", "Ukraine") in found
    assert ("Anna Kovalenko", "SUPPORTED", "African Union") in found


def test_announced_visits_and_named_lists() -> None:
    extraction = run(
        "Pavel Orlov to visit Peru\n"
        "Pavel Orlov, Ana Rios and Luis Vega discussed trade. The delegation, led by "
        "Omar Haddad, arrived."
    )
    assert relation(extraction, "Pavel Orlov", "VISITED", "Peru").modality == "planned"
    assert {"Pavel Orlov", "Ana Rios", "Luis Vega", "Omar Haddad"} <= names(extraction, "Person")


def test_portfolio_titles_official_names_and_sides() -> None:
    extraction = run(
        "Secretary of State Anna Berg met with Indian External Affairs Minister Ravi Menon. "
        "President Luis Vega paid a state visit to the Socialist Republic of Vietnam. "
        "The Vietnamese side highly appreciated Chile’s role in the region."
    )
    found = triples(extraction)
    assert ("Ravi Menon", "HOLDS_ROLE", "India") in found
    assert ("Luis Vega", "VISITED", "Vietnam") in found
    assert ("Vietnam", "SUPPORTED", "Chile") in found


def test_attacks_by_an_armed_force() -> None:
    extraction = run(
        "🎙 Anna Kovalenko’s briefing\nWe condemn the attacks by the Armed Forces of Georgia "
        "on the power plant."
    )
    assert ("Anna Kovalenko", "CRITICISED", "Armed Forces of Georgia") in triples(extraction)


def test_addressing_or_opening_an_event_with_a_speech() -> None:
    extraction = run(
        "The 3rd Lima Conference on Eurasian Security will take place on October 30-31. "
        "Foreign Minister Pavel Orlov will open the conference with a keynote address. "
        "President Luis Vega addressed the 3rd Lima Conference on Eurasian Security."
    )
    event = "3rd Lima Conference on Eurasian Security"
    assert relation(extraction, "Pavel Orlov", "SPOKE_AT", event).modality == "planned"
    assert relation(extraction, "Luis Vega", "SPOKE_AT", event).modality == "asserted"


def test_a_subject_searched_past_the_end_of_the_text_is_no_crash() -> None:
    # the margins frame looks a dozen words past the event; here the text ends first
    extraction = run("On the sidelines of the SCO summit, Sergey Lavrov said.")
    assert "Sergey Lavrov" in names(extraction)
