"""Person names as official diplomatic posts write them, worldwide.

Honorifics and styles before a name are not part of it ("H.E. Dr", "Dato' Seri",
"Tan Sri", "Sheikh"); particles and connectors are ("de la", "bin", "el-", "van der");
hyphenated, surname-first, initialled and accented names are kept whole; a name never
swallows the next word. Negatives: words that must never become a person.
"""

from __future__ import annotations

import pytest
from extract_helpers import names, run, triples

POSITIVES: list[tuple[str, set[str]]] = [
    # honorifics and styles before the name
    ("H.E. Dr Amina Diallo arrived in Dakar.", {"Amina Diallo"}),
    ("H.E. Mr. Tomas Berg met the delegation.", {"Tomas Berg"}),
    ("His Excellency Mr Tomas Berg met the delegation.", {"Tomas Berg"}),
    ("Her Excellency Ambassador Ingrid Solheim presented her credentials.", {"Ingrid Solheim"}),
    ("Prof. Helena Novak delivered a lecture at the Diplomatic Academy.", {"Helena Novak"}),
    ("Dr. Helena Novak delivered a lecture.", {"Helena Novak"}),
    (
        "Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad Rahman received the envoy.",
        {"Ahmad Rahman"},
    ),
    ("Dato' Sri Rosli Hassan attended the reception.", {"Rosli Hassan"}),
    ("Datuk Seri Anwar Ibrahim spoke at the summit.", {"Anwar Ibrahim"}),
    ("Tan Sri Muhyiddin Yassin attended the ceremony.", {"Muhyiddin Yassin"}),
    ("Tun Mahathir Mohamad said the region needs stability.", {"Mahathir Mohamad"}),
    ("Deputy Prime Minister General Prawit Wongsuwan chaired the meeting.", {"Prawit Wongsuwan"}),
    ("Bapak Joko Widodo received the delegation.", {"Joko Widodo"}),
    ("Ibu Retno Marsudi received the delegation.", {"Retno Marsudi"}),
    ("Mrs Maria Lopez thanked the hosts.", {"Maria Lopez"}),
    ("Madam Chen Li thanked the hosts.", {"Chen Li"}),
    ("Archbishop Paul Gallagher received the ambassadors.", {"Paul Gallagher"}),
    ("Cardinal Pietro Parolin received the ambassador.", {"Pietro Parolin"}),
    (
        "Sheikh Abdullah bin Zayed Al Nahyan received the minister.",
        {"Abdullah bin Zayed Al Nahyan"},
    ),
    ("Crown Prince Mohammed bin Salman met the delegation.", {"Mohammed bin Salman"}),
    ("Emir Tamim bin Hamad Al Thani received the letter.", {"Tamim bin Hamad Al Thani"}),
    ("Sultan Haitham bin Tarik received the credentials.", {"Haitham bin Tarik"}),
    ("Princess Haya bint Hussein visited the school.", {"Haya bint Hussein"}),
    ("King Salman bin Abdulaziz received the letter.", {"Salman bin Abdulaziz"}),
    ("Ambassador Carla Mendes presented her credentials.", {"Carla Mendes"}),
    # particles and connectors
    ("Juan Manuel de la Fuente said the talks were useful.", {"Juan Manuel de la Fuente"}),
    ("Foreign Minister Faisal bin Farhan Al Saud arrived in Cairo.", {"Faisal bin Farhan Al Saud"}),
    ("President Abdel Fattah el-Sisi received the delegation.", {"Abdel Fattah el-Sisi"}),
    ("President Abdel Fattah El-Sisi received the delegation.", {"Abdel Fattah El-Sisi"}),
    ("European Commission President Ursula von der Leyen spoke.", {"Ursula von der Leyen"}),
    ("President Mohamed Ould Ghazouani received the envoy.", {"Mohamed Ould Ghazouani"}),
    ("President Mohamed ould Ghazouani received the envoy.", {"Mohamed ould Ghazouani"}),
    ("Minister Pieter van der Berg said so.", {"Pieter van der Berg"}),
    ("Ambassador Ana dos Santos presented her credentials.", {"Ana dos Santos"}),
    ("Minister Carlos del Valle arrived.", {"Carlos del Valle"}),
    ("Minister Abdullah ibn Saleh arrived.", {"Abdullah ibn Saleh"}),
    ("Minister Yusuf al-Hamadi spoke.", {"Yusuf al-Hamadi"}),
    ("Minister Yusuf Abu Bakr spoke.", {"Yusuf Abu Bakr"}),
    ("Minister Karim ben Youssef spoke.", {"Karim ben Youssef"}),
    ("Ambassador Marine le Goff spoke.", {"Marine le Goff"}),
    ("Ambassador Paolo di Stefano spoke.", {"Paolo di Stefano"}),
    # hyphens
    ("Foreign Minister Kim Hong-kyun met the envoy.", {"Kim Hong-kyun"}),
    ("French Foreign Minister Jean-Noël Barrot arrived.", {"Jean-Noël Barrot"}),
    ("Minister Ana Gómez-Ruiz said the plan works.", {"Ana Gómez-Ruiz"}),
    ("President Kassym-Jomart Tokayev received the envoy.", {"Kassym-Jomart Tokayev"}),
    # surname first
    ("Chinese Foreign Minister Wang Yi met the envoy.", {"Wang Yi"}),
    ("Kim Jong-un said the talks went well.", {"Kim Jong-un"}),
    ("Japanese Foreign Minister Motegi Toshimitsu met the envoy.", {"Motegi Toshimitsu"}),
    ("Prime Minister General Prayut Chan-o-cha arrived.", {"Prayut Chan-o-cha"}),
    ("Minister Aoife O'Brien arrived.", {"Aoife O'Brien"}),
    ("Ambassador Cheikh N'Diaye presented his credentials.", {"Cheikh N'Diaye"}),
    ("Prime Minister Ma'ilata Fono said the talks went well.", {"Ma'ilata Fono"}),
    ("Samoa's Deputy Premier Tui Fa'asavalu arrived.", {"Tui Fa'asavalu"}),
    # initials
    ("Prime Minister K.P. Sharma Oli arrived.", {"K.P. Sharma Oli"}),
    ("Deputy Minister A.A. Ivanov said so.", {"A.A. Ivanov"}),
    ("External Affairs Minister S. Jaishankar met the envoy.", {"S. Jaishankar"}),
    # diacritics
    ("Deputy Foreign Minister Lê Lương Minh spoke.", {"Lê Lương Minh"}),
    ("Turkish Foreign Minister Hakan Fidan said so.", {"Hakan Fidan"}),
    ("Polish Foreign Minister Radosław Sikorski said so.", {"Radosław Sikorski"}),
    ("Mevlüt Çavuşoğlu said the talks were useful.", {"Mevlüt Çavuşoğlu"}),
    ("Minister Nguyễn Thị Thanh Hà spoke.", {"Nguyễn Thị Thanh Hà"}),
    # long names
    ("President Luiz Inácio Lula da Silva received the envoy.", {"Luiz Inácio Lula da Silva"}),
    (
        "Ambassador Kacou Houadja Léon Adom Kacou presented his credentials.",
        {"Kacou Houadja Léon Adom Kacou"},
    ),
    # mononyms in a personal frame
    ("Sukarno said his country had changed the world.", {"Sukarno"}),
    ("Suharto wrote that he would attend.", {"Suharto"}),
    # boundaries
    ("Foreign Minister Sergey Lavrov Thursday met the envoy.", {"Sergey Lavrov"}),
    ("Foreign Minister Wang Yi Beijing was ready, he said.", {"Wang Yi"}),
    ("Foreign Minister Sergey Lavrov March 3 met the envoy.", {"Sergey Lavrov"}),
]

NEGATIVES: list[str] = [
    "His Excellency thanked the hosts.",
    "Her Excellency the Ambassador of Chile attended the reception.",
    "Excellencies, ladies and gentlemen, welcome.",
    "The Dr. will speak next.",
    "The title of Dato' Seri was conferred on him.",
    "Peru's position was welcomed in Samoa's statement.",
    "On behalf of the Custodian of the Two Holy Mosques, the minister thanked the hosts.",
    "The envoys prayed at the Grand Mosque and visited Saint Sava Cathedral.",
    "The delegation arrived in Bandar Seri Begawan.",
    "The Minister said the talks were useful.",
    "Foreign Minister said the talks were useful.",
    "The Ambassador met the delegation.",
    "Turkish officials said the talks were useful.",
    "The Crown Prince received the delegation.",
    "The Sheikh received the delegation.",
    "The UN General Assembly adopted the resolution.",
    "General Assembly President said so.",
    "His Majesty the King received the delegation.",
    "Saudi Foreign Minister arrived in Riyadh.",
    "Minister of Foreign Affairs of Malaysia said so.",
    "The Cardinal spoke at the ceremony.",
    "Mr. President, I thank you for the floor.",
    "Madam Chair, distinguished delegates, thank you.",
    "Vietnamese Deputy Foreign Minister said so.",
    "Ladies and Gentlemen, Dear Colleagues, welcome.",
    "Officials said the talks were useful.",
    "Sources said the talks were useful.",
    "Participants noted the progress.",
    "Moscow said the talks were useful.",
    "March said nothing about it.",
    "Thursday saw the talks resume.",
    "The Secretary-General said so.",
    "Datuk Seri received the award.",
    "Tan Sri and Puan Sri attended the dinner.",
    "The Prime Minister's Office said so.",
    "Everyone agreed on the plan.",
    "Hon. Members of Parliament attended.",
    "The Emir received the letter.",
    "Xinhua said the talks were useful.",
    "Kremlin said its position was clear.",
    "Silk Road Fund joined the project.",
    "Deutsche Bank rejected the claims.",
    "Prince Edward Island hosted the event.",
    "Madam Speaker, I thank you.",
    "Mr. Chairman, distinguished delegates, thank you.",
    "The White House said the talks were useful.",
    "Bandar Seri Begawan hosted the summit.",
]

_BAD_NAMES = {"Dato", "Dato'", "Seri", "Dr", "Dr.", "H.E.", "Excellency", "Datuk", "Tan Sri"}


@pytest.mark.parametrize(("text", "people"), POSITIVES)
def test_the_exact_name_is_the_person(text: str, people: set[str]) -> None:
    assert names(run(text), "Person") == people


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_person_is_made_of_styles_titles_or_common_words(text: str) -> None:
    assert names(run(text), "Person") == set()


def test_styled_forms_stay_as_aliases() -> None:
    extraction = run(
        "Minister of Foreign Affairs Dato' Seri Utama Haji Ahmad Rahman received the envoy."
    )
    person = next(e for e in extraction.entities if e.type == "Person")
    assert person.name == "Ahmad Rahman"
    assert any("Dato' Seri" in alias for alias in person.aliases)
    assert not {e.name for e in extraction.entities} & _BAD_NAMES


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Foreign Minister Faisal bin Farhan Al Saud arrived in Cairo. Prince Faisal said "
            "the talks were useful.",
            "Faisal bin Farhan Al Saud",
            "Prince Faisal",
        ),
        (
            "Chinese Foreign Minister Wang Yi met the envoy. Wang said the talks were useful.",
            "Wang Yi",
            "Wang",
        ),
        (
            "President Abdel Fattah el-Sisi received the envoy. El-Sisi said the talks "
            "were useful.",
            "Abdel Fattah el-Sisi",
            "El-Sisi",
        ),
        (
            "Foreign Minister Kim Hong-kyun met the envoy. Later, Kim thanked him.",
            "Kim Hong-kyun",
            "Kim",
        ),
        (
            "Foreign Minister Radosław Sikorski met the envoy. Later, Sikorski thanked him.",
            "Radosław Sikorski",
            "Sikorski",
        ),
        (
            "Mohamed Ould Ghazouani, President of Mauritania, received the envoy. Later, "
            "Ghazouani thanked him.",
            "Mohamed Ould Ghazouani",
            "Ghazouani",
        ),
    ],
)
def test_short_forms_resolve_to_the_full_name(text: str, full: str, short: str) -> None:
    people = [e for e in run(text).entities if e.type == "Person"]
    assert [p.name for p in people] == [full]
    assert short in people[0].aliases


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "Amina Diallo, Minister of Foreign Affairs of Senegal, met the envoy.",
            "Amina Diallo",
            "Senegal",
        ),
        (
            "Tran Van Long, the Secretary-General of ASEAN, spoke at the forum.",
            "Tran Van Long",
            "ASEAN",
        ),
        ("Senegal's Foreign Minister Amina Diallo met the envoy.", "Amina Diallo", "Senegal"),
        (
            "H.E. Dr Amina Diallo, Minister of Foreign Affairs of Senegal, met the envoy.",
            "Amina Diallo",
            "Senegal",
        ),
        (
            "Minister of Foreign Affairs of Malaysia Dato' Seri Utama Haji Ahmad Rahman met "
            "the envoy.",
            "Ahmad Rahman",
            "Malaysia",
        ),
    ],
)
def test_appositions_and_possessives_give_the_role(text: str, person: str, owner: str) -> None:
    assert (person, "HOLDS_ROLE", owner) in triples(run(text))


def test_short_forms_resolve_across_posts() -> None:
    from graphkit.models import Post
    from graphkit.pipeline import extract

    posts = [
        Post(
            id="a", channel="t", text="Chinese Foreign Minister Wang Yi met the envoy.", date=None
        ),
        Post(id="b", channel="t", text="Mr Wang said the talks were useful.", date=None),
    ]
    first, second = extract(posts)
    ids = {e.id for e in first.entities if e.type == "Person"}
    assert {e.id for e in second.entities if e.type == "Person"} == ids


def test_a_plural_title_names_each_person() -> None:
    extraction = run(
        "Ghana and Peru held talks in Accra. Foreign Ministers Kofi Mensah and Ana Rios "
        "attended the session."
    )
    assert names(extraction, "Person") == {"Kofi Mensah", "Ana Rios"}


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "Olga Petrova, the official representative of the Belarusian Foreign Ministry, "
            "accused NATO of escalation.",
            "Olga Petrova",
            "Belarusian Foreign Ministry",
        ),
        (
            "The forum was opened by Amadou Sy Ndiaye, Chairperson of the African Union "
            "Commission.",
            "Amadou Sy Ndiaye",
            "African Union Commission",
        ),
        (
            "Chairperson of the African Union Commission Amadou Sy Ndiaye arrived.",
            "Amadou Sy Ndiaye",
            "African Union Commission",
        ),
    ],
)
def test_lower_case_appositions_and_bodies_as_owners(text: str, person: str, owner: str) -> None:
    assert (person, "HOLDS_ROLE", owner) in triples(run(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ghana was represented by Kofi Mensah.", "Kofi Mensah"),
        ("The minister met with Kofi Mensah, who chaired the session.", "Kofi Mensah"),
        ("Kassym-Jomart Tokayev took the floor at the summit.", "Kassym-Jomart Tokayev"),
        ("Kofi Mensah welcomed the delegates.", "Kofi Mensah"),
    ],
)
def test_untitled_names_in_more_personal_frames(text: str, person: str) -> None:
    assert names(run(text), "Person") == {person}


def test_surname_first_and_given_first_orders_are_one_person_across_posts() -> None:
    from graphkit.models import Post
    from graphkit.pipeline import extract

    posts = [
        Post(id="a", channel="t", text="Foreign Minister Toshimitsu Motegi arrived.", date=None),
        Post(id="b", channel="t", text="Foreign Minister Motegi Toshimitsu spoke.", date=None),
    ]
    first, second = extract(posts)
    assert [e.id for e in first.entities if e.type == "Person"] == [
        e.id for e in second.entities if e.type == "Person"
    ]


def test_a_family_name_in_capitals_opens_a_surname_first_name() -> None:
    text = "Foreign Minister KAMIKAWA Yoko met Prime Minister Ana Rios. Minister Kamikawa left."
    assert names(run(text), "Person") == {"KAMIKAWA Yoko", "Ana Rios"}
    assert names(run("Mr. SATO Hiroshi, Minister of Finance, arrived."), "Person") == {
        "SATO Hiroshi"
    }
    # acronyms before titles or names stay bodies
    assert names(run("MOFA Spokesperson Lin Jian said so."), "Person") == {"Lin Jian"}
    assert names(run("UNHCR Representative Maria Lopez left."), "Person") == {"Maria Lopez"}
    assert not names(run("The OECD Council met in Paris."), "Person")


def test_capitals_and_given_first_orders_are_one_person_across_posts() -> None:
    from graphkit.models import Post
    from graphkit.pipeline import extract

    posts = [
        Post(id="a", channel="t", text="Foreign Minister Yoko Kamikawa arrived.", date=None),
        Post(id="b", channel="t", text="Foreign Minister KAMIKAWA Yoko spoke.", date=None),
        Post(id="c", channel="t", text="Minister Kamikawa left.", date=None),
    ]
    ids = [{e.id for e in x.entities if e.type == "Person"} for x in extract(posts)]
    assert ids[0] == ids[1] == ids[2]
    # two-word names are not reversed without a sign of the surname-first order
    posts = [
        Post(id="d", channel="t", text="Ambassador Ali Hassan arrived.", date=None),
        Post(id="e", channel="t", text="Ambassador Hassan Ali spoke.", date=None),
    ]
    ids = [{e.id for e in x.entities if e.type == "Person"} for x in extract(posts)]
    assert ids[0] != ids[1]


def test_a_possessive_title_in_a_list_belongs_to_the_next_person() -> None:
    extraction = run(
        "The talks were attended by Secretary of State Ana Berg, Japan's Foreign Minister "
        "Jun Sato and India's Foreign Minister Ravi Raman."
    )
    found = triples(extraction)
    assert ("Jun Sato", "HOLDS_ROLE", "Japan") in found
    assert ("Ravi Raman", "HOLDS_ROLE", "India") in found
    assert ("Ana Berg", "HOLDS_ROLE", "Japan") not in found
    assert ("Jun Sato", "HOLDS_ROLE", "India") not in found
    closed = run("Jon Berg, Norway's Foreign Minister, met the press.")
    assert ("Jon Berg", "HOLDS_ROLE", "Norway") in triples(closed)


def test_owners_after_a_headline_name_and_after_the_article() -> None:
    headline = run(
        "Talks with President Luis Mora of the Republic of Peru\n\nMinister Ana Rios met him."
    )
    assert ("Luis Mora", "HOLDS_ROLE", "Peru") in triples(headline)
    envoy = run("The meeting was attended by Omar Haddad, the UAE's Permanent Representative.")
    assert ("Omar Haddad", "HOLDS_ROLE", "United Arab Emirates") in triples(envoy)
    drc = run("President Luis Mora of the DRC took part in the session.")
    assert ("Luis Mora", "HOLDS_ROLE", "Democratic Republic of the Congo") in triples(drc)
    # a capitalised word after the state on the same line is another name
    paper = run("President Luis Mora of China Daily fame spoke.")
    assert ("Luis Mora", "HOLDS_ROLE", "China") not in triples(paper)


def test_a_counterpart_with_a_title_in_apposition() -> None:
    text = "Minister Jon Lie later met his Emirati counterpart, Minister of State Omar Haddad."
    assert ("Omar Haddad", "HOLDS_ROLE", "United Arab Emirates") in triples(run(text))
    deputy = run("Minister Jon Lie met his Chilean counterpart, Deputy Foreign Minister Ana Rios.")
    assert ("Ana Rios", "HOLDS_ROLE", "Chile") in triples(deputy)
    assert not names(run("Minister Jon Lie met his Chilean counterpart, who left."), "Country")


def test_an_in_office_title_names_its_body() -> None:
    extraction = run("OSCE Chairperson-in-Office Jon Lie arrived in Tbilisi.")
    assert ("Jon Lie", "HOLDS_ROLE", "OSCE") in triples(extraction)
    assert not names(run("The Chairperson-in-Office said the talks were useful."), "Person")
