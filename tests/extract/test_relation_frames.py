"""Relation frames sentence by sentence: many wordings per relation type (the sentences
that must give no edge are in test_relation_refusals.py). All sentences are written for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import relation, run, triples

ORLOV = "Foreign Minister Pavel Orlov"
BERG = "Secretary of State Anna Berg"
RIOS = "Foreign Minister of Peru Ana Rios"
SUMMIT = "15th BRICS Summit"
ARCTIC = "International Conference on Arctic Security"
ENERGY = "International Forum on Energy Security"
CSTO = "12th Meeting of the CSTO Council of Foreign Ministers"

POSITIVES: list[tuple[str, tuple[str, str, str]]] = [
    # ATTENDED
    (f"{ORLOV} attended the {SUMMIT} in Johannesburg.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    (f"Deputy {ORLOV} took part in the {ARCTIC}.", ("Pavel Orlov", "ATTENDED", ARCTIC)),
    (f"{BERG} will attend the {ENERGY} in Vienna.", ("Anna Berg", "ATTENDED", ENERGY)),
    (f"{RIOS} arrived in Moscow to take part in the {ENERGY}.", ("Ana Rios", "ATTENDED", ENERGY)),
    (
        f"On the sidelines of the {SUMMIT}, {ORLOV} met with {BERG}.",
        ("Pavel Orlov", "ATTENDED", SUMMIT),
    ),
    (f"The {SUMMIT} was attended by {ORLOV}.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    (f"{RIOS} is participating in the {ARCTIC}.", ("Ana Rios", "ATTENDED", ARCTIC)),
    (f"{ORLOV} and {BERG} were present at the {ARCTIC}.", ("Anna Berg", "ATTENDED", ARCTIC)),
    (f"{ORLOV} and {BERG} took part in the {SUMMIT}.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    (
        f"{BERG} held talks in Hanoi with {RIOS}, who is paying an official visit to Vietnam.",
        ("Ana Rios", "VISITED", "Vietnam"),
    ),
    (f"{ORLOV} represented Russia at the {SUMMIT}.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    # CHAIRED
    (f"{ORLOV} chaired the {CSTO}.", ("Pavel Orlov", "CHAIRED", CSTO)),
    (f"Deputy {ORLOV} presided over the {ARCTIC}.", ("Pavel Orlov", "CHAIRED", ARCTIC)),
    (f"The {CSTO} was chaired by {ORLOV}.", ("Pavel Orlov", "CHAIRED", CSTO)),
    (f"{BERG} will co-chair the {ENERGY}.", ("Anna Berg", "CHAIRED", ENERGY)),
    (
        f"{ORLOV} and his Peruvian counterpart Ana Rios co-chaired the {ENERGY}.",
        ("Ana Rios", "CHAIRED", ENERGY),
    ),
    (f"The {ARCTIC}, chaired by {BERG}, opened in Murmansk.", ("Anna Berg", "CHAIRED", ARCTIC)),
    (f"The {ENERGY} will be presided over by {RIOS}.", ("Ana Rios", "CHAIRED", ENERGY)),
    (
        f"Peru and Russia held the {ENERGY} under the chairmanship of {ORLOV} and {RIOS}.",
        ("Ana Rios", "CHAIRED", ENERGY),
    ),
    (f"{ORLOV} met with {BERG}, who presided over the {ARCTIC}.", ("Anna Berg", "CHAIRED", ARCTIC)),
    (
        f"{ORLOV} met with {BERG}. The two ministers will co-chair the {ENERGY}.",
        ("Pavel Orlov", "CHAIRED", ENERGY),
    ),
    (
        f"{ORLOV} met with {BERG}. The two ministers will co-chair the next {ARCTIC}.",
        ("Anna Berg", "CHAIRED", ARCTIC),
    ),
    (
        f"The {ARCTIC}, chaired by Kazakhstan, opened in Murmansk.",
        ("Kazakhstan", "CHAIRED", ARCTIC),
    ),
    # SPOKE_AT
    (f"{ORLOV} delivered a speech at the {SUMMIT}.", ("Pavel Orlov", "SPOKE_AT", SUMMIT)),
    (f"{ORLOV} addressed the {ARCTIC}.", ("Pavel Orlov", "SPOKE_AT", ARCTIC)),
    (f"{BERG} spoke at the {ENERGY}.", ("Anna Berg", "SPOKE_AT", ENERGY)),
    (f"{RIOS} made a statement at the {ARCTIC}.", ("Ana Rios", "SPOKE_AT", ARCTIC)),
    (
        f"{ORLOV} will deliver a keynote address at the {ENERGY}.",
        ("Pavel Orlov", "SPOKE_AT", ENERGY),
    ),
    (f"Remarks by {ORLOV} at the {SUMMIT}", ("Pavel Orlov", "SPOKE_AT", SUMMIT)),
    (
        f"Speaking at the {ARCTIC}, {BERG} said the region must stay peaceful.",
        ("Anna Berg", "SPOKE_AT", ARCTIC),
    ),
    (f"{RIOS} gave remarks at the opening of the {ENERGY}.", ("Ana Rios", "SPOKE_AT", ENERGY)),
    (f"{ORLOV} took the floor at the {SUMMIT}.", ("Pavel Orlov", "SPOKE_AT", SUMMIT)),
    (
        f"In his address to the {ENERGY}, {ORLOV} called for dialogue.",
        ("Pavel Orlov", "SPOKE_AT", ENERGY),
    ),
    # HELD_IN
    (f"The {SUMMIT} was held in Johannesburg.", (SUMMIT, "HELD_IN", "Johannesburg")),
    (f"The {ARCTIC} took place in Murmansk on March 3.", (ARCTIC, "HELD_IN", "Murmansk")),
    (f"The {ENERGY} will be held in Vienna.", (ENERGY, "HELD_IN", "Vienna")),
    (f"The {CSTO} opened in Minsk.", (CSTO, "HELD_IN", "Minsk")),
    (f"Astana hosted the {ARCTIC}.", (ARCTIC, "HELD_IN", "Astana")),
    (
        f"The {ENERGY}, held in Vienna on May 5, focused on gas markets.",
        (ENERGY, "HELD_IN", "Vienna"),
    ),
    (f"The {ARCTIC} will be hosted by the city of Murmansk.", (ARCTIC, "HELD_IN", "Murmansk")),
    (f"{ORLOV} attended the {SUMMIT} in Johannesburg.", (SUMMIT, "HELD_IN", "Johannesburg")),
    # VISITED
    (f"{ORLOV} paid an official visit to Peru.", ("Pavel Orlov", "VISITED", "Peru")),
    (f"{BERG} visited Hanoi.", ("Anna Berg", "VISITED", "Hanoi")),
    (f"{ORLOV} arrived in Lima on an official visit.", ("Pavel Orlov", "VISITED", "Lima")),
    (f"Deputy {ORLOV} will visit Türkiye next week.", ("Pavel Orlov", "VISITED", "Turkey")),
    (f"{RIOS} is on a working visit to Moscow.", ("Ana Rios", "VISITED", "Moscow")),
    (
        f"During his visit to Hanoi, {ORLOV} met with Vietnamese officials.",
        ("Pavel Orlov", "VISITED", "Hanoi"),
    ),
    (
        f"{ORLOV}'s visit to Brazil began with talks in Brasilia.",
        ("Pavel Orlov", "VISITED", "Brazil"),
    ),
    (
        f"At the invitation of {ORLOV}, {RIOS} paid a visit to Russia.",
        ("Ana Rios", "VISITED", "Russia"),
    ),
    # MET_WITH
    (f"{ORLOV} met with {BERG}.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (
        f"{ORLOV} held talks with his Peruvian counterpart Ana Rios.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (f"{ORLOV} received {RIOS}.", ("Pavel Orlov", "MET_WITH", "Ana Rios")),
    (f"{RIOS} was received by {ORLOV}.", ("Pavel Orlov", "MET_WITH", "Ana Rios")),
    (f"{ORLOV} and {BERG} held talks in Vienna.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (f"{ORLOV} will meet with {BERG} on Friday.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (
        f"Talks between {ORLOV} and {RIOS} took place in Lima.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (f"{ORLOV} had a meeting with {RIOS} and {BERG}.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (f"{ORLOV} met with {RIOS} and with {BERG}.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (
        f"{ORLOV} arrived in Lima. He held talks with {RIOS}.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (f"{ORLOV} met {BERG} in Vienna.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (
        f"{ORLOV} and {BERG} discussed the situation in Syria.",
        ("Pavel Orlov", "MET_WITH", "Anna Berg"),
    ),
    (
        f"{ORLOV} discussed with {BERG} the situation in Syria.",
        ("Pavel Orlov", "MET_WITH", "Anna Berg"),
    ),
    # CRITICISED
    (f"{ORLOV} condemned NATO.", ("Pavel Orlov", "CRITICISED", "NATO")),
    (
        f"{ORLOV} denounced the European Union's sanctions policy.",
        ("Pavel Orlov", "CRITICISED", "EU"),
    ),
    (
        f"{ORLOV} accused the United States of undermining the talks.",
        ("Pavel Orlov", "CRITICISED", "United States"),
    ),
    (f"{ORLOV} criticised NATO for its expansion.", ("Pavel Orlov", "CRITICISED", "NATO")),
    (
        "Russia strongly condemns the United Kingdom's decision.",
        ("Russia", "CRITICISED", "United Kingdom"),
    ),
    (
        f"{ORLOV} sharply criticised the West for its double standards.",
        ("Pavel Orlov", "CRITICISED", "the West"),
    ),
    (f"{ORLOV} rejected the claims of the European Union.", ("Pavel Orlov", "CRITICISED", "EU")),
    (
        f"{ORLOV} and {BERG} denounced the dangerous actions by NATO.",
        ("Anna Berg", "CRITICISED", "NATO"),
    ),
    (
        f"{ORLOV} condemned the decision of the European Commission.",
        ("Pavel Orlov", "CRITICISED", "European Commission"),
    ),
    (
        f"{ORLOV} condemned the sanctions imposed by the United States and the European Union.",
        ("Pavel Orlov", "CRITICISED", "EU"),
    ),
    ("China firmly opposes NATO's expansion.", ("China", "CRITICISED", "NATO")),
    (
        f"{ORLOV} accused NATO and the European Union of fuelling the conflict.",
        ("Pavel Orlov", "CRITICISED", "EU"),
    ),
    (f"{ORLOV} lashed out at NATO over its expansion.", ("Pavel Orlov", "CRITICISED", "NATO")),
    # SUPPORTED
    (
        f"{ORLOV} welcomed Peru's decision to join the initiative.",
        ("Pavel Orlov", "SUPPORTED", "Peru"),
    ),
    (f"{ORLOV} praised Brazil for its mediation efforts.", ("Pavel Orlov", "SUPPORTED", "Brazil")),
    ("Russia reaffirmed its support for Serbia.", ("Russia", "SUPPORTED", "Serbia")),
    (
        f"{ORLOV} backed Kazakhstan's bid to host the forum.",
        ("Pavel Orlov", "SUPPORTED", "Kazakhstan"),
    ),
    (f"{ORLOV} expressed support for Venezuela.", ("Pavel Orlov", "SUPPORTED", "Venezuela")),
    ("China supports Brazil's initiative on Ukraine.", ("China", "SUPPORTED", "Brazil")),
    (
        "Russia welcomes the decision of the African Union.",
        ("Russia", "SUPPORTED", "African Union"),
    ),
    (
        f"{ORLOV} and {BERG} reiterated their support for Ukraine.",
        ("Anna Berg", "SUPPORTED", "Ukraine"),
    ),
    # MEMBER_OF
    ("Indonesia became a full member of BRICS in January.", ("Indonesia", "MEMBER_OF", "BRICS")),
    ("Egypt joined BRICS last year.", ("Egypt", "MEMBER_OF", "BRICS")),
    ("Kazakhstan is a member of the SCO.", ("Kazakhstan", "MEMBER_OF", "SCO")),
    (
        "As founding members of BRICS, India and Brazil support the initiative.",
        ("India", "MEMBER_OF", "BRICS"),
    ),
    (
        f"{ORLOV} congratulated Indonesia on becoming a member of BRICS.",
        ("Indonesia", "MEMBER_OF", "BRICS"),
    ),
    (
        "Indonesia, the newest member of BRICS, hosted the meeting.",
        ("Indonesia", "MEMBER_OF", "BRICS"),
    ),
    ("Kazakhstan, as a member of the SCO, backs the plan.", ("Kazakhstan", "MEMBER_OF", "SCO")),
    ("The BRICS members Brazil and India agreed.", ("Brazil", "MEMBER_OF", "BRICS")),
    (
        "The President welcomed Belarus as a full member of the SCO.",
        ("Belarus", "MEMBER_OF", "SCO"),
    ),
    ("Mongolia will be admitted as the 11th member of ASEAN.", ("Mongolia", "MEMBER_OF", "ASEAN")),
    (
        "The President welcomed the accession of the African Union to the G20.",
        ("African Union", "MEMBER_OF", "G20"),
    ),
    # INVITED
    (
        f"At the invitation of {ORLOV}, {RIOS} paid a visit to Russia.",
        ("Pavel Orlov", "INVITED", "Ana Rios"),
    ),
    (f"{ORLOV} invited {BERG} to the {ARCTIC}.", ("Pavel Orlov", "INVITED", "Anna Berg")),
    (f"{ORLOV} invited {RIOS} to visit Moscow.", ("Pavel Orlov", "INVITED", "Ana Rios")),
    (
        f"{ORLOV} will chair the {ARCTIC}. Invitations have been sent to the SCO and BRICS.",
        ("Pavel Orlov", "INVITED", "SCO"),
    ),
    (
        f"{RIOS} extended an invitation to {ORLOV} to visit Lima.",
        ("Ana Rios", "INVITED", "Pavel Orlov"),
    ),
    (f"{BERG} was invited by the EU to attend the {ENERGY}.", ("EU", "INVITED", "Anna Berg")),
    (
        f"{ORLOV} arrived in Lima. During the visit, the Minister will hold talks with {RIOS}.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (
        f"The {ARCTIC} will be held on 20-21 February 2025 at the Hofburg Palace in Vienna.",
        (ARCTIC, "HELD_IN", "Vienna"),
    ),
    (f"{ORLOV} attended the {ARCTIC} at UN Headquarters in Vienna.", (ARCTIC, "HELD_IN", "Vienna")),
    (
        f"{RIOS} arrived in Moscow. {ORLOV} invited his Peruvian counterpart to the {ARCTIC}.",
        ("Pavel Orlov", "INVITED", "Ana Rios"),
    ),
    (
        f"{RIOS} arrived in Moscow. {ORLOV} held talks with his Peruvian counterpart.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (
        f"The Ministry of Foreign Affairs of Peru will hold the {ENERGY}. "
        "Invitations have been extended to the SCO and BRICS.",
        ("Ministry of Foreign Affairs of Peru", "INVITED", "SCO"),
    ),
    # wordings added for holdout E's gaps (sentences written for these tests)
    (
        f"🎙 {ORLOV}'s speech at the {ARCTIC}\n📍 Murmansk, 3 April 2024\n💬 We need dialogue.",
        (ARCTIC, "HELD_IN", "Murmansk"),
    ),
    (
        f"{ORLOV} arrived in Lima. He co-chaired the {ENERGY} with {RIOS}.",
        ("Ana Rios", "CHAIRED", ENERGY),
    ),
    (
        f"{ORLOV} arrived in Lima. He co-chaired the {ENERGY} with {RIOS}.",
        ("Pavel Orlov", "CHAIRED", ENERGY),
    ),
    (
        f"{ORLOV} arrived in Lima. He opened the {ENERGY} and later met {RIOS}.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (
        f"The {ARCTIC} opened in Murmansk with {ORLOV} presiding.",
        ("Pavel Orlov", "CHAIRED", ARCTIC),
    ),
    (
        f"The {SUMMIT} was attended by the leaders of all member states and by {BERG}.",
        ("Anna Berg", "ATTENDED", SUMMIT),
    ),
    (
        f"{RIOS}, whose country holds the BRICS chairmanship, joined the {SUMMIT}.",
        ("Ana Rios", "ATTENDED", SUMMIT),
    ),
    ("Russia stands in solidarity with Venezuela.", ("Russia", "SUPPORTED", "Venezuela")),
    (f"{ORLOV} said Peru stands in solidarity with Cuba.", ("Peru", "SUPPORTED", "Cuba")),
    (
        "Kazakhstan backs the territorial integrity of Georgia.",
        ("Kazakhstan", "SUPPORTED", "Georgia"),
    ),
    (
        f"{ORLOV} said Russia would back the candidacy of Serbia.",
        ("Pavel Orlov", "SUPPORTED", "Serbia"),
    ),
    (
        f"{RIOS} backed the call of the African Union for debt relief.",
        ("Ana Rios", "SUPPORTED", "African Union"),
    ),
    (
        f"{ORLOV} thanked Brazil and India for supporting Serbia's candidacy.",
        ("India", "SUPPORTED", "Serbia"),
    ),
    (
        f"{BERG} is grateful to Norway for endorsing the position of Peru.",
        ("Norway", "SUPPORTED", "Peru"),
    ),
    (
        f"{ORLOV} condemned the Turkish air strikes on northern Iraq.",
        ("Pavel Orlov", "CRITICISED", "Turkey"),
    ),
    (
        f"{BERG} voiced concern over Iran's missile strikes on Israel.",
        ("Anna Berg", "CRITICISED", "Iran"),
    ),
    (
        f"{RIOS} expressed concern about the Azerbaijani military operation.",
        ("Ana Rios", "CRITICISED", "Azerbaijan"),
    ),
    (
        f"{ORLOV} will chair the {ENERGY}. Egypt, Qatar and Peru have been invited to it.",
        ("Pavel Orlov", "INVITED", "Qatar"),
    ),
    (
        f"{ORLOV} will chair the {ENERGY}. The ministers of Chile and Peru were invited to it.",
        ("Pavel Orlov", "INVITED", "Chile"),
    ),
    (
        f"{ORLOV} will chair the {ENERGY}.\nInvitations have been sent to the ministers of:\n"
        "🔸 #Peru\n🔸 #Chile\n#Energy",
        ("Pavel Orlov", "INVITED", "Chile"),
    ),
    (
        f"The {ARCTIC} will be chaired by {BERG}.\nThe following have been invited:\n"
        "▪️ Norway\n▪️ the African Union",
        ("Anna Berg", "INVITED", "African Union"),
    ),
    (
        f"Among those present at the {ARCTIC} were {ORLOV} and {RIOS}.",
        ("Ana Rios", "ATTENDED", ARCTIC),
    ),
    (
        f"{ORLOV} plans to attend the opening ceremony of the {ENERGY}.",
        ("Pavel Orlov", "ATTENDED", ENERGY),
    ),
    (
        f"{BERG} made a speech at the closing ceremony of the {ARCTIC}.",
        ("Anna Berg", "SPOKE_AT", ARCTIC),
    ),
    (
        f"{RIOS} addressed the opening of the {SUMMIT}.",
        ("Ana Rios", "SPOKE_AT", SUMMIT),
    ),
    (
        "The New Development Bank approved the applications of Chile and Peru, "
        "which will accede to the Bank next year.",
        ("Chile", "MEMBER_OF", "New Development Bank"),
    ),
    ("Chile acceded to the WTO in 1995.", ("Chile", "MEMBER_OF", "WTO")),
    (
        "Leaders of all SCO member states, including Belarus, which joined the organisation "
        "in 2024, attended.",
        ("Belarus", "MEMBER_OF", "SCO"),
    ),
    ("The CSTO held a summit. Armenia has joined the bloc.", ("Armenia", "MEMBER_OF", "CSTO")),
    ("The ministers welcomed Belarus's entry into the SCO.", ("Belarus", "MEMBER_OF", "SCO")),
    (
        f"The {SUMMIT} opened at the Museum of Contemporary Art in Minsk.",
        (SUMMIT, "HELD_IN", "Minsk"),
    ),
    (
        f"The {ENERGY} (IFES) was held at the Grand Palace of Congresses in Vienna.",
        (ENERGY, "HELD_IN", "Vienna"),
    ),
    (f"Vienna will host the {ENERGY}.", (ENERGY, "HELD_IN", "Vienna")),
    (
        f"{ORLOV} rejected the accusations made by London.",
        ("Pavel Orlov", "CRITICISED", "United Kingdom"),
    ),
    (
        f"🎙 Joint press conference of {ORLOV} and {RIOS}\n📍 Lima, 2 May 2024",
        ("Ana Rios", "SPOKE_AT", f"Joint press conference of {ORLOV} and {RIOS}"),
    ),
    (
        f"🎙 Joint press conference of {ORLOV} and {RIOS}\n📍 Lima, 2 May 2024",
        (f"Joint press conference of {ORLOV} and {RIOS}", "HELD_IN", "Lima"),
    ),
    (f"Murmansk, 3 April.\n{ORLOV} opened the {ARCTIC}.", (ARCTIC, "HELD_IN", "Murmansk")),
    (f"Murmansk — {ORLOV} addressed the {ARCTIC}.", (ARCTIC, "HELD_IN", "Murmansk")),
    (
        f"The {SUMMIT} opened in Kazan. Peru was represented by {RIOS}.",
        ("Ana Rios", "ATTENDED", SUMMIT),
    ),
    (f"Peru was represented by {RIOS} at the {ARCTIC}.", ("Ana Rios", "ATTENDED", ARCTIC)),
    (
        f"{ORLOV} praised Peru, while {BERG} criticised Brussels for the delay.",
        ("Anna Berg", "CRITICISED", "EU"),
    ),
    (
        f"{ORLOV} arrived in Oslo. During the visit, the Minister will hold talks with {BERG} "
        f"and will take part in the {ARCTIC}.",
        ("Pavel Orlov", "ATTENDED", ARCTIC),
    ),
    (
        "Finland became a member of NATO in 2023, while Sweden joined in March 2024.",
        ("Sweden", "MEMBER_OF", "NATO"),
    ),
    (
        "Algeria became a member of the NDB, and Egypt acceded.",
        ("Egypt", "MEMBER_OF", "New Development Bank"),
    ),
    (
        f"The {ARCTIC} opened in Murmansk. {ORLOV} delivered the opening statement.",
        ("Pavel Orlov", "SPOKE_AT", ARCTIC),
    ),
    (
        f"The {ARCTIC} opened in Murmansk.\nDelivering the keynote address, {BERG} called for "
        "restraint.",
        ("Anna Berg", "SPOKE_AT", ARCTIC),
    ),
    (
        f"📍 New York, 4 May 2024\n{ORLOV} presided over the UN Security Council briefing.",
        ("UN Security Council briefing", "HELD_IN", "New York City"),
    ),
    (f"The {ENERGY} opened in Seville.", (ENERGY, "HELD_IN", "Seville")),
    (
        f"{RIOS} is on a visit to Chile and will be the Chief Guest at the {ENERGY}.",
        ("Ana Rios", "ATTENDED", ENERGY),
    ),
    (
        f"{ORLOV} was the guest of honour at the {SUMMIT}.",
        ("Pavel Orlov", "ATTENDED", SUMMIT),
    ),
    (f"{ORLOV} travelled to Chile.", ("Pavel Orlov", "VISITED", "Chile")),
    ("Ecuador officially joined the SCO.", ("Ecuador", "MEMBER_OF", "SCO")),
    ("SCO members Ecuador and Chile agreed.", ("Chile", "MEMBER_OF", "SCO")),
    ("Ecuador was admitted to the SCO in 2023.", ("Ecuador", "MEMBER_OF", "SCO")),
    ("Ecuador has been a member of the SCO since 2020.", ("Ecuador", "MEMBER_OF", "SCO")),
    ("The leaders welcomed Ecuador's membership in the SCO.", ("Ecuador", "MEMBER_OF", "SCO")),
    (f"{ORLOV} participated in the work of the {ARCTIC}.", ("Pavel Orlov", "ATTENDED", ARCTIC)),
    (
        f"{ORLOV} headed the Russian delegation to the {SUMMIT}.",
        ("Pavel Orlov", "ATTENDED", SUMMIT),
    ),
    (
        f"{ORLOV} and {BERG} were among the participants of the {ARCTIC}.",
        ("Pavel Orlov", "ATTENDED", ARCTIC),
    ),
    (
        f"Participants of the {ARCTIC} included {ORLOV} and {BERG}.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    (
        f"{ORLOV} addressed the participants of the {ARCTIC}.",
        ("Pavel Orlov", "SPOKE_AT", ARCTIC),
    ),
    (f"In Murmansk, {ORLOV} opened the {ARCTIC}.", (ARCTIC, "HELD_IN", "Murmansk")),
    (
        f"{ORLOV} condemned the attack on Kabul by the Taliban.",
        ("Pavel Orlov", "CRITICISED", "Taliban"),
    ),
    (
        f"{ORLOV} expressed concern over the actions of NATO.",
        ("Pavel Orlov", "CRITICISED", "NATO"),
    ),
    (
        f"{ORLOV} expressed deep concern over NATO's military buildup.",
        ("Pavel Orlov", "CRITICISED", "NATO"),
    ),
    (f"{ORLOV} talked with {BERG} in Vienna.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (
        f"{ORLOV} co-chaired the {ARCTIC} together with {BERG}.",
        ("Anna Berg", "CHAIRED", ARCTIC),
    ),
    (f"{ORLOV} presided at the {ARCTIC}.", ("Pavel Orlov", "CHAIRED", ARCTIC)),
    (
        f"Under the chairmanship of {ORLOV}, the {ARCTIC} adopted a declaration.",
        ("Pavel Orlov", "CHAIRED", ARCTIC),
    ),
    (
        f"{ORLOV} spoke in favour of Serbia's candidacy.",
        ("Pavel Orlov", "SUPPORTED", "Serbia"),
    ),
    (
        f"Peru will host the {ENERGY}. Chile and Ecuador have been invited.",
        ("Peru", "INVITED", "Chile"),
    ),
    (f"Peru has invited Chile and Ecuador to the {ENERGY}.", ("Peru", "INVITED", "Ecuador")),
    (
        f"{ORLOV} will chair the {ARCTIC}. Representatives of #Chile and #Bolivia are invited.",
        ("Pavel Orlov", "INVITED", "Bolivia"),
    ),
    (
        f"{ORLOV} will chair the {ARCTIC}. Invited to the meeting are Chile and Ecuador.",
        ("Pavel Orlov", "INVITED", "Chile"),
    ),
    (
        f"{ORLOV} will chair the {ARCTIC}. Chile and Ecuador received invitations.",
        ("Pavel Orlov", "INVITED", "Chile"),
    ),
    (
        f"{BERG} will visit Moscow at the invitation of the Russian side.",
        ("Russia", "INVITED", "Anna Berg"),
    ),
    (
        f"{ORLOV} renewed his invitation to {RIOS} to visit Russia.",
        ("Pavel Orlov", "INVITED", "Ana Rios"),
    ),
    (
        f"{RIOS} thanked {ORLOV} for the invitation to the {ARCTIC}.",
        ("Pavel Orlov", "INVITED", "Ana Rios"),
    ),
    (
        f"{RIOS} accepted an invitation from {ORLOV} to attend the {ARCTIC}.",
        ("Pavel Orlov", "INVITED", "Ana Rios"),
    ),
    (f"Murmansk is hosting the {ARCTIC}.", (ARCTIC, "HELD_IN", "Murmansk")),
    (f"{ORLOV} and {BERG} spoke by phone.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (f"{ORLOV} exchanged views with {BERG}.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (f"{ORLOV} is in Lima on an official visit.", ("Pavel Orlov", "VISITED", "Lima")),
    (f"{ORLOV} landed in Lima.", ("Pavel Orlov", "VISITED", "Lima")),
    (
        f"🎙 Remarks by {ORLOV} at the {ARCTIC}\n💬 We welcome the decision of Chile to join "
        "the SCO as an observer.",
        ("Pavel Orlov", "SUPPORTED", "Chile"),
    ),
    (
        f"{ORLOV} will meet {RIOS}, who will be in Moscow on an official visit.",
        ("Ana Rios", "VISITED", "Moscow"),
    ),
    (
        f"{RIOS} spoke at the opening ceremony of the {SUMMIT}. {ORLOV} attended the ceremony.",
        ("Pavel Orlov", "ATTENDED", SUMMIT),
    ),
    (
        f"{BERG} accepted the invitation of {ORLOV} to visit Moscow.",
        ("Pavel Orlov", "INVITED", "Anna Berg"),
    ),
    (
        f"The {ARCTIC} opened in Murmansk. {ORLOV}, who chaired a panel, and {BERG} were among "
        "the ministers present.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    (
        f"The {ARCTIC} opened in Murmansk. {ORLOV}, who chaired a panel, and {BERG} were among "
        "the ministers present.",
        ("Pavel Orlov", "ATTENDED", ARCTIC),
    ),
    (
        f"Chile, which chairs the SCO this year, has invited {ORLOV} to the {ARCTIC}.",
        ("Chile", "INVITED", "Pavel Orlov"),
    ),
    (
        # the state whose backing it is (gold sets accept the speaker or the state)
        f"{ORLOV} reaffirmed Moscow's backing for Peru's bid for a seat on the Council.",
        ("Russia", "SUPPORTED", "Peru"),
    ),
    ("Peru's bid was backed by all SCO members.", ("SCO", "SUPPORTED", "Peru")),
    (f"Chile's candidacy was supported by {ORLOV}.", ("Pavel Orlov", "SUPPORTED", "Chile")),
    (
        f"The {ARCTIC} opened in Murmansk. {BERG} was present at the high-level segment.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    (f"{ORLOV} will represent Russia at the {SUMMIT}.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    (
        f"Russia was represented at the {SUMMIT} by {ORLOV}.",
        ("Pavel Orlov", "ATTENDED", SUMMIT),
    ),
    (f"{ORLOV} paid tribute to Egypt's mediation.", ("Pavel Orlov", "SUPPORTED", "Egypt")),
    (f"{ORLOV} met on the sidelines with {BERG}.", ("Pavel Orlov", "MET_WITH", "Anna Berg")),
    (
        f"🎙 {ORLOV}'s speech at the {ARCTIC}\n📍 Murmansk\n💬 Dear colleagues,",
        (ARCTIC, "HELD_IN", "Murmansk"),
    ),
    (
        f"{ORLOV} discussed the {SUMMIT}, which Brazil will host in Rio de Janeiro in July.",
        (SUMMIT, "HELD_IN", "Rio de Janeiro"),
    ),
    (
        f"{BERG} is due in Lima, where she is scheduled to meet {RIOS} and {ORLOV}.",
        ("Anna Berg", "MET_WITH", "Pavel Orlov"),
    ),
    (
        f"{ORLOV} had lunch with {RIOS} and held a working session with {BERG}.",
        ("Pavel Orlov", "MET_WITH", "Anna Berg"),
    ),
    (
        f"{ORLOV} came to the gala. There he had a tête-à-tête with {BERG}.",
        ("Pavel Orlov", "MET_WITH", "Anna Berg"),
    ),
    (
        f"Ambassador of Chile to Peru Luis Mora presented his credentials to {RIOS}.",
        ("Luis Mora", "MET_WITH", "Ana Rios"),
    ),
    (
        f"{ORLOV} welcomed his Peruvian colleague, {RIOS}, at the Government House.",
        ("Pavel Orlov", "MET_WITH", "Ana Rios"),
    ),
    (
        f"{RIOS} was received by {ORLOV} in Moscow and then held talks with {BERG}.",
        ("Ana Rios", "MET_WITH", "Anna Berg"),
    ),
    (
        f"Speaking at the closing session of the {SUMMIT} in Kazan, {BERG} urged calm.",
        ("Anna Berg", "SPOKE_AT", SUMMIT),
    ),
    (
        f"The {ARCTIC} opened in Murmansk. Addressing the delegates, {ORLOV} praised Norway.",
        ("Pavel Orlov", "SPOKE_AT", ARCTIC),
    ),
    (
        f"The {ARCTIC} opened in Murmansk. In her keynote speech, {BERG} urged restraint.",
        ("Anna Berg", "SPOKE_AT", ARCTIC),
    ),
    (
        f"The {SUMMIT} opened. {RIOS}, who stayed in Lima, addressed the leaders by video.",
        ("Ana Rios", "SPOKE_AT", SUMMIT),
    ),
    (
        f"The {SUMMIT} opened. {ORLOV} and {BERG} addressed the closing ceremony.",
        ("Anna Berg", "SPOKE_AT", SUMMIT),
    ),
    (
        f"The {SUMMIT} opens today. {RIOS} will address the participants on Friday.",
        ("Ana Rios", "SPOKE_AT", SUMMIT),
    ),
    (
        f"The {SUMMIT} opened. Among the guests were {ORLOV} and {RIOS}.",
        ("Ana Rios", "ATTENDED", SUMMIT),
    ),
    (
        f"The {ARCTIC} opened. {BERG} gave the keynote speech in the presence of {ORLOV}.",
        ("Pavel Orlov", "ATTENDED", ARCTIC),
    ),
    (
        f"The {ARCTIC} opened. {BERG} gave the keynote speech in the presence of {ORLOV}.",
        ("Anna Berg", "SPOKE_AT", ARCTIC),
    ),
    (
        f"The {CSTO} was held in Minsk, with {ORLOV} in the chair.",
        ("Pavel Orlov", "CHAIRED", CSTO),
    ),
    (
        f"The {ENERGY} was hosted by the Embassy of Peru in Vienna.",
        (ENERGY, "HELD_IN", "Vienna"),
    ),
    (
        "The SCO summit ended. Chile and Peru, which joined the organisation in 2023, "
        "signed the declaration.",
        ("Peru", "MEMBER_OF", "SCO"),
    ),
    (
        f"The Chilean delegation took part in the {ARCTIC}.",
        ("Chile", "ATTENDED", ARCTIC),
    ),
    (
        f"The {SUMMIT} opened in Kazan. The Peruvian delegation was led by {RIOS}.",
        ("Ana Rios", "ATTENDED", SUMMIT),
    ),
    (
        f"The {ARCTIC} opened. {ORLOV} and {BERG} were among the ministers present at the opening.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    (
        "The Government of Ghana, through its embassy, strongly condemns the unrest and "
        f"expresses full support for {RIOS}.",
        ("Ghana", "SUPPORTED", "Ana Rios"),
    ),
    (
        "Chile will keep working with its neighbours and firmly backs the vision of "
        f"{RIOS} for the region.",
        ("Chile", "SUPPORTED", "Ana Rios"),
    ),
    (
        "Peru voiced its unwavering support for the Chilean chairmanship of the SCO.",
        ("Peru", "SUPPORTED", "Chile"),
    ),
    (
        f"Chile lodged a formal protest with {BERG} over Washington's new tariffs.",
        ("Chile", "CRITICISED", "United States"),
    ),
    (
        "Peru made a protest against the decision of NATO to expand.",
        ("Peru", "CRITICISED", "NATO"),
    ),
    (
        f"The {SUMMIT} opened. {ORLOV} met {BERG} and Ambassador Luis Mora, who also attended.",
        ("Luis Mora", "ATTENDED", SUMMIT),
    ),
    (
        f"The {SUMMIT} brought together forty delegations, including {ORLOV} and {RIOS}.",
        ("Ana Rios", "ATTENDED", SUMMIT),
    ),
    (
        f"The {ARCTIC} will bring together experts, among them {BERG}.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    (
        f"The {ENERGY} was held at the National Library of Lima.",
        (ENERGY, "HELD_IN", "Lima"),
    ),
    (
        "Chile rejects the accusations made by the Peruvian minister Luis Mora.",
        ("Chile", "CRITICISED", "Luis Mora"),
    ),
    (
        f"{RIOS} will arrive on Monday.\nThe programme of the visit to Chile includes talks "
        f"with {BERG} and a meeting with {ORLOV}.",
        ("Ana Rios", "MET_WITH", "Pavel Orlov"),
    ),
    (
        f"{RIOS} will arrive on Monday.\nThe programme of the visit to Chile includes talks "
        f"with {BERG}.",
        ("Ana Rios", "VISITED", "Chile"),
    ),
    (
        f"{RIOS} and Foreign Minister Luis Mora of Chile arrived. The Chilean minister met {BERG}.",
        ("Luis Mora", "MET_WITH", "Anna Berg"),
    ),
    (
        f"{RIOS} will attend the {SUMMIT}. The Peruvian minister is expected to address the "
        "plenary session of the summit.",
        ("Ana Rios", "SPOKE_AT", SUMMIT),
    ),
    (
        f"The {SUMMIT} opens on Monday. Chile, Peru and the African Union are expected to attend.",
        ("African Union", "ATTENDED", SUMMIT),
    ),
    (
        f"The sides agreed to prepare the participation of {RIOS} in the {SUMMIT}.",
        ("Ana Rios", "ATTENDED", SUMMIT),
    ),
    (
        f"The leaders welcomed the participation of Chile in the {ARCTIC}.",
        ("Chile", "ATTENDED", ARCTIC),
    ),
    (f"{ORLOV} and {BERG} addressed the {ARCTIC}.", ("Anna Berg", "SPOKE_AT", ARCTIC)),
    (
        f"{ORLOV} arrived in Lima. The weather was mild. The city was calm. Later, he was "
        f"received by {RIOS}.",
        ("Ana Rios", "MET_WITH", "Pavel Orlov"),
    ),
    (
        "Chile, as a member of the Shanghai Cooperation Organisation (SCO) and the Collective "
        "Security Treaty Organization (CSTO), is interested.",
        ("Chile", "MEMBER_OF", "CSTO"),
    ),
    (
        "As founding members of the Shanghai Cooperation Organisation (SCO), Chile and Peru "
        "agreed.",
        ("Peru", "MEMBER_OF", "SCO"),
    ),
    (
        f"The {SUMMIT} was held under the rotating chairmanship of {ORLOV}.",
        ("Pavel Orlov", "CHAIRED", SUMMIT),
    ),
    (
        f"The {SUMMIT} opened. {ORLOV} greeted the guests. Addressing the leaders, he called "
        "for unity.",
        ("Pavel Orlov", "SPOKE_AT", SUMMIT),
    ),
    (
        f"Asked about the remarks of {BERG}, he said Lima deplores her reckless statements.",
        ("Peru", "CRITICISED", "Anna Berg"),
    ),
    (
        f"{ORLOV} stressed that Chile strongly condemns the actions of NATO.",
        ("Chile", "CRITICISED", "NATO"),
    ),
    (f"{ORLOV} paid a courtesy call on {RIOS}.", ("Pavel Orlov", "MET_WITH", "Ana Rios")),
    (f"{BERG} had a private audience with {ORLOV}.", ("Anna Berg", "MET_WITH", "Pavel Orlov")),
    (f"{BERG} conferred with {RIOS} in Lima.", ("Anna Berg", "MET_WITH", "Ana Rios")),
    (
        f"During the talks with {RIOS} and {BERG}, {ORLOV} raised the issue of trade.",
        ("Pavel Orlov", "MET_WITH", "Anna Berg"),
    ),
    (f"{ORLOV} was in attendance at the {SUMMIT}.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    (f"{BERG} was the keynote speaker at the {ENERGY}.", ("Anna Berg", "SPOKE_AT", ENERGY)),
    (
        f"Among the speakers at the {SUMMIT} were {ORLOV} and {RIOS}.",
        ("Ana Rios", "SPOKE_AT", SUMMIT),
    ),
    (f"The {ARCTIC} will convene in Murmansk.", (ARCTIC, "HELD_IN", "Murmansk")),
    ("Chile, Peru and Bolivia are members of the SCO.", ("Peru", "MEMBER_OF", "SCO")),
    (
        "The SCO member states, including Chile and Peru, adopted a declaration.",
        ("Chile", "MEMBER_OF", "SCO"),
    ),
    ("Chile expresses its strong protest to Peru.", ("Chile", "CRITICISED", "Peru")),
    ("Peru lodged a protest with the Chilean side.", ("Peru", "CRITICISED", "Chile")),
    (
        f"The {ARCTIC} was held in Murmansk. It was chaired by {BERG}.",
        ("Anna Berg", "CHAIRED", ARCTIC),
    ),
    (f"{ORLOV} joined the leaders at the {SUMMIT}.", ("Pavel Orlov", "ATTENDED", SUMMIT)),
    (
        f"Taking part in the {SUMMIT} in Kazan, {ORLOV} met {BERG}.",
        ("Pavel Orlov", "ATTENDED", SUMMIT),
    ),
    (
        f"{ORLOV} has been invited to the {SUMMIT} by {RIOS}.",
        ("Ana Rios", "INVITED", "Pavel Orlov"),
    ),
    (f"{ORLOV} flew to Lima on Monday.", ("Pavel Orlov", "VISITED", "Lima")),
    (f"{BERG} headed to Quito after the talks.", ("Anna Berg", "VISITED", "Quito")),
    ("Chile stands with Bolivia.", ("Chile", "SUPPORTED", "Bolivia")),
    ("Peru will always stand by Ecuador.", ("Peru", "SUPPORTED", "Ecuador")),
    ("Chile will continue to support Bolivia.", ("Chile", "SUPPORTED", "Bolivia")),
    ("Chile and Peru strongly condemn NATO.", ("Peru", "CRITICISED", "NATO")),
    (f"{ORLOV} discussed trade, and Chile condemns NATO.", ("Chile", "CRITICISED", "NATO")),
    (
        f"{ORLOV} will visit Lima at the invitation extended by {RIOS}.",
        ("Ana Rios", "INVITED", "Pavel Orlov"),
    ),
    (f"{BERG} accepted {RIOS}'s invitation to visit Lima.", ("Ana Rios", "INVITED", "Anna Berg")),
    (f"{BERG} is in Lima at {RIOS}'s invitation.", ("Ana Rios", "INVITED", "Anna Berg")),
    (f"The {SUMMIT} opened. {ORLOV} then took the floor.", ("Pavel Orlov", "SPOKE_AT", SUMMIT)),
    # HOLDS_ROLE
    (f"{RIOS} arrived in Moscow.", ("Ana Rios", "HOLDS_ROLE", "Peru")),
    ("Ghanaian Foreign Minister Kofi Mensah arrived.", ("Kofi Mensah", "HOLDS_ROLE", "Ghana")),
    ("President Kofi Mensah of Ghana arrived.", ("Kofi Mensah", "HOLDS_ROLE", "Ghana")),
    ("Egypt's Foreign Minister Omar Saleh met the press.", ("Omar Saleh", "HOLDS_ROLE", "Egypt")),
    # lists of titled agents, possessive titles, "bringing together", counted groups
    (
        f"The {ARCTIC} was attended by {BERG}, Chile's Foreign Minister Ana Rios and "
        "Norway's Foreign Minister Jon Lie.",
        ("Ana Rios", "ATTENDED", ARCTIC),
    ),
    (
        f"The {ARCTIC} was attended by {BERG}, Chile's Foreign Minister Ana Rios and "
        "Norway's Foreign Minister Jon Lie.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    (
        f"The {ENERGY} was convened in Vienna on 3 June, bringing together {ORLOV}, "
        "Foreign Minister Jon Lie of Norway and Foreign Minister Ana Rios of Peru.",
        ("Jon Lie", "ATTENDED", ENERGY),
    ),
    (
        f"The {SUMMIT} brought together {ORLOV} and {BERG}.",
        ("Anna Berg", "ATTENDED", SUMMIT),
    ),
    (
        f"{ORLOV} met {BERG} and Foreign Minister Jon Lie in Oslo. The three ministers "
        "firmly condemned the missile launches by North Korea.",
        ("Jon Lie", "CRITICISED", "North Korea"),
    ),
    (
        f"The talks brought together {ORLOV}, {BERG} and Foreign Minister Jon Lie. The three "
        f"ministers will attend the {SUMMIT}.",
        ("Anna Berg", "ATTENDED", SUMMIT),
    ),
    (
        f"{RIOS} firmly condemned the growing military cooperation between Iran and Belarus.",
        ("Ana Rios", "CRITICISED", "Belarus"),
    ),
    (
        "Peru denounced the illegal arms transfers between Iran and Russia.",
        ("Peru", "CRITICISED", "Iran"),
    ),
    (
        f"Spokesperson Li Wei was asked about the {ARCTIC} held in Oslo, which was attended "
        f"by {BERG}.",
        ("Anna Berg", "ATTENDED", ARCTIC),
    ),
    # co-hosts and co-chairs
    (
        f"{RIOS} will co-host the {ENERGY} on 2 May alongside the OSCE, Austria and Italy.",
        ("Ana Rios", "CHAIRED", ENERGY),
    ),
    (
        f"{RIOS} will co-host the {ENERGY} on 2 May alongside the OSCE, Austria and Italy.",
        ("Italy", "CHAIRED", ENERGY),
    ),
    (
        f"The ministers discussed the {ARCTIC}, which Chile and Norway will co-chair in May.",
        ("Norway", "CHAIRED", ARCTIC),
    ),
    (
        f"The {ARCTIC}, held in Oslo and co-chaired by Norway together with Chile and the EU, "
        "closed on Friday.",
        ("EU", "CHAIRED", ARCTIC),
    ),
    (
        f"The {SUMMIT} was co-hosted by Chile and the African Union.",
        ("African Union", "CHAIRED", SUMMIT),
    ),
    (
        f"{ORLOV} flew to Manila, Philippines, on 3 May to co-chair the {ARCTIC} with "
        "Philippine Foreign Affairs Undersecretary Rosa Cruz.",
        ("Pavel Orlov", "CHAIRED", ARCTIC),
    ),
    (
        "Philippine Foreign Affairs Undersecretary Rosa Cruz met the press.",
        ("Rosa Cruz", "HOLDS_ROLE", "Philippines"),
    ),
    # courtesy calls, exchanges of views, dialogues, "as well as"
    (
        f"{BERG} arrived in Lima. While there, the Deputy Secretary called on President Luis "
        "Mora and met with Minister of Defence Pedro Gil.",
        ("Anna Berg", "MET_WITH", "Luis Mora"),
    ),
    (
        f"{BERG} arrived in Lima. While there, the Deputy Secretary called on President Luis "
        "Mora and met with Minister of Defence Pedro Gil.",
        ("Anna Berg", "MET_WITH", "Pedro Gil"),
    ),
    (
        f"{ORLOV} had an exchange of views with Chile's Foreign Minister Luis Mora.",
        ("Pavel Orlov", "MET_WITH", "Luis Mora"),
    ),
    (
        f"{BERG} will hold the second Peru-EU Strategic Dialogue with Mr. Luis Mora, Minister "
        "for Foreign Affairs, and pay a courtesy call on Prime Minister Pedro Gil.",
        ("Anna Berg", "MET_WITH", "Pedro Gil"),
    ),
    (
        f"{ORLOV} flew to Lima. There he is due to meet {RIOS} as well as President Luis Mora.",
        ("Pavel Orlov", "MET_WITH", "Luis Mora"),
    ),
    (
        f"{ORLOV} held a meeting with H.E. Mr. Luis Mora, Minister of Foreign Affairs of the "
        "Republic of Peru, who was visiting Moscow.",
        ("Luis Mora", "VISITED", "Moscow"),
    ),
    # a visit to a region and the stops of the tour
    (
        f"{ORLOV} concluded a four-day visit to the Western Balkans that took him to Skopje, "
        "Tirana and Podgorica.",
        ("Pavel Orlov", "VISITED", "Tirana"),
    ),
    (
        f"{RIOS} began a visit to Central Asia, which took her to Astana and Bishkek.",
        ("Ana Rios", "VISITED", "Central Asia"),
    ),
    (
        f"{RIOS} began a visit to Central Asia, which took her to Astana and Bishkek.",
        ("Ana Rios", "VISITED", "Bishkek"),
    ),
    (
        f"{BERG} will attend the {SUMMIT} alongside Luis Mora, President of the European "
        "Council, and Council Secretary Pedro Gil.",
        ("Pedro Gil", "ATTENDED", SUMMIT),
    ),
    (
        f"{BERG} will attend the {SUMMIT} alongside Luis Mora, President of the European "
        "Council, and Council Secretary Pedro Gil.",
        ("Luis Mora", "ATTENDED", SUMMIT),
    ),
    # the Government of X invites; "the Chairperson" after an opening participle; allies
    (
        f"{RIOS} will visit Chile from 3 to 5 May at the invitation of the Government of Chile.",
        ("Chile", "INVITED", "Ana Rios"),
    ),
    (
        "The Chairperson of the Arctic Council, Luis Mora, opened the session. Addressing the "
        "delegates, the Chairperson commended Chile's President Pedro Gil for his mediation.",
        ("Luis Mora", "SUPPORTED", "Pedro Gil"),
    ),
    (
        '"Peru will continue to stand firmly by Chile\'s side," she said.',
        ("Peru", "SUPPORTED", "Chile"),
    ),
    ("Peru stands resolutely with Chile.", ("Peru", "SUPPORTED", "Chile")),
    (
        f"{ORLOV} addressed the spring session of the Arctic Council in Tromso.",
        ("Pavel Orlov", "SPOKE_AT", "session of the Arctic Council"),
    ),
    (
        f"{BERG} will chair the plenary session of the Arctic Council in Oslo.",
        ("Anna Berg", "CHAIRED", "plenary session of the Arctic Council"),
    ),
    (
        f"Deputy {BERG} flew to Lima with Philippine Undersecretary Rosa Cruz. There the Deputy "
        "Secretary called on President Luis Mora.",
        ("Anna Berg", "MET_WITH", "Luis Mora"),
    ),
    (
        "This morning Pope Leo received in audience the President of Peru, Luis Mora.",
        ("Leo", "MET_WITH", "Luis Mora"),
    ),
    (
        f"{BERG} met President Luis Mora, who was accompanied by Foreign Minister Pedro Gil.",
        ("Anna Berg", "MET_WITH", "Pedro Gil"),
    ),
    (
        f"{RIOS} reiterated the Republic of Chile's condemnation of the continued Turkish "
        "obstruction of aid.",
        ("Chile", "CRITICISED", "Turkey"),
    ),
    ("Peru condemned the ongoing Russian strikes on Kyiv.", ("Peru", "CRITICISED", "Russia")),
    (
        "We, the BRICS Foreign Ministers of Brazil, India and China, condemn in the strongest "
        "terms the attack by Hamas.",
        ("BRICS", "CRITICISED", "Hamas"),
    ),
    (
        "Chile condemns in the strongest possible terms the attack by Hamas.",
        ("Chile", "CRITICISED", "Hamas"),
    ),
    (
        f"The {SUMMIT} will be hosted by Chile's President Luis Mora.",
        ("Luis Mora", "ATTENDED", SUMMIT),
    ),
    (
        "The Chairperson of the Arctic Council, Luis Mora, opened the Special Session of the "
        "Arctic Council. Addressing the Council, the Chairperson said talks must resume.",
        ("Luis Mora", "SPOKE_AT", "Special Session of the Arctic Council"),
    ),
    (
        f"{RIOS} will travel to Apia this week to attend the {ENERGY}.",
        (ENERGY, "HELD_IN", "Apia"),
    ),
    (
        f"{ORLOV} signed a memorandum of understanding on energy cooperation with Chilean "
        "Foreign Minister Luis Mora.",
        ("Pavel Orlov", "MET_WITH", "Luis Mora"),
    ),
    (
        f"{BERG} flew to Lima. There the Secretary called on President Luis Mora Jr. and met "
        "with Minister of National Defence Pedro Gil.",
        ("Anna Berg", "MET_WITH", "Pedro Gil"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_wording_gives_the_edge(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(run(text))


def test_an_end_from_the_context_lowers_confidence() -> None:
    direct = relation(
        run(f"{ORLOV} held talks with {RIOS}."), "Pavel Orlov", "MET_WITH", "Ana Rios"
    )
    resolved = relation(
        run(f"{ORLOV} arrived in Lima. He held talks with {RIOS}."),
        "Pavel Orlov",
        "MET_WITH",
        "Ana Rios",
    )
    assert resolved.confidence < direct.confidence
