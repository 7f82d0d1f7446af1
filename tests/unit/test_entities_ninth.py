"""Entity rules of the ninth round (local news, health, religion, Latin America and the Middle
East), on sentences written here."""

from __future__ import annotations

from tests.unit.entity_helpers import by_name, types


# surname particles: Arabic articles and Spanish "de", "del", "de la"
def test_arabic_article_glued_to_a_surname_belongs_to_the_person():
    text = "Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish officials in Baghdad on Sunday."
    assert types(text).get("Mohammed Shia al-Sudani") == "PERSON"


def test_arabic_article_after_a_given_name_completes_the_name():
    text = "Egyptian President Abdel Fattah el-Sisi hosted King Abdullah II of Jordan in Cairo."
    found = types(text)
    assert found.get("Abdel Fattah el-Sisi") == "PERSON"
    assert "Abdel Fattah" not in found


def test_spanish_de_la_and_a_one_letter_surname_are_one_person():
    text = "Finance Minister Rogelio Ramírez de la O said the peso would stay strong this year."
    found = types(text)
    assert found.get("Rogelio Ramírez de la O") == "PERSON"
    assert "O" not in found


def test_spanish_de_los_before_a_surname_belongs_to_the_person():
    text = "Lawmakers said Miguel Ángel Osorio de los Santos would lead the inquiry."
    found = types(text)
    assert found.get("Miguel Ángel Osorio de los Santos") == "PERSON"
    assert "Santos" not in found


# a lower-case "party" after a name: the name is a party
def test_name_before_lower_case_party_is_an_organisation():
    text = "Sheinbaum, of the ruling Morena party, won the vote. Morena now holds two-thirds of the seats."
    assert types(text).get("Morena") == "ORGANIZATION"


def test_lower_case_adjective_is_no_part_of_a_party_name():
    text = "The ultra-Orthodox Shas party threatened on Monday to quit the coalition."
    found = types(text)
    assert found.get("Shas") == "ORGANIZATION"
    assert "ultra-Orthodox Shas" not in found


# a name after "<person> of" is the body the person belongs to
def test_name_after_a_person_and_of_is_not_a_person():
    text = "Opposition leader Yair Lapid of Yesh Atid called for early elections on Wednesday."
    found = types(text)
    assert found.get("Yair Lapid") == "PERSON"
    assert found.get("Yesh Atid") == "ORGANIZATION"


# houses of worship are places
def test_name_ending_in_a_worship_word_is_a_place():
    text = "Hundreds of worshippers gathered at the Al-Aqsa Mosque compound before dawn."
    assert types(text).get("Al-Aqsa Mosque") == "LOCATION"


def test_hindu_temple_named_mandir_is_a_place():
    text = (
        "Hindu leaders welcomed the message. The Shri Swaminarayan Mandir in Neasden, north London, "
        "held a joint candle service with the Church of England on Christmas Eve."
    )
    assert types(text).get("Shri Swaminarayan Mandir") == "LOCATION"


# titles before and inside names
def test_council_titles_are_roles_not_part_of_the_name():
    text = "Councilwoman Shannon Hardin said the city would pay for a crossing guard."
    person = by_name(text, "Shannon Hardin")
    assert person.type == "PERSON"
    assert "Councilwoman" in person.roles


def test_religious_title_swami_is_a_role():
    text = "Swami Chidanand Saraswati, head of an ashram in Rishikesh, welcomed the visitors."
    person = by_name(text, "Chidanand Saraswati")
    assert person.type == "PERSON"
    assert person.roles == ["Swami"]


def test_place_and_title_before_a_name_are_split_from_the_person():
    text = "Franklin County Sheriff Dallas Baldwin said deputies would patrol the area."
    found = types(text)
    assert found.get("Dallas Baldwin") == "PERSON"
    assert found.get("Franklin County") == "LOCATION"


def test_name_after_an_abbreviated_title_is_a_person():
    text = "State Rep. Dontavius Jarrells, a Democrat from Columbus, called the plan a short-term fix."
    assert types(text).get("Dontavius Jarrells") == "PERSON"


def test_name_after_former_and_a_lower_case_title_is_a_person():
    text = "Former president Álvaro Uribe Vélez criticised the decision on social media."
    assert types(text).get("Álvaro Uribe Vélez") == "PERSON"


# cues in the words before a name
def test_name_after_the_province_of_is_a_place():
    text = "Attacks in the province of Norte de Santander forced thousands from their homes."
    assert types(text).get("Norte de Santander") == "LOCATION"


def test_name_after_shares_of_is_a_company():
    text = "Shares of Novo Nordisk rose 4 percent in Copenhagen after the trial results."
    assert types(text).get("Novo Nordisk") == "ORGANIZATION"


def test_code_name_is_misc():
    text = "The vaccine trial, code-named Project Harbor, enrolled 24,000 adults in Boston."
    assert types(text).get("Project Harbor") == "MISC"


def test_see_of_an_archbishop_is_a_place():
    text = "The Archbishop of Canterbury's office said the visit would go ahead in March."
    assert types(text).get("Canterbury") == "LOCATION"


def test_body_named_after_an_acronym_and_a_place_is_an_organisation():
    text = "The NHS said on Monday that NHS England would give extra money to hospital trusts."
    assert types(text).get("NHS England") == "ORGANIZATION"


def test_compass_word_before_a_place_of_the_article_is_a_place():
    text = "Rents rose in Linden last year and even faster in nearby South Linden, residents said."
    assert types(text).get("South Linden") == "LOCATION"


def test_school_named_elementary_is_an_organisation():
    text = "Parents urged the board to keep Hamilton Avenue Elementary open next year."
    assert types(text).get("Hamilton Avenue Elementary") == "ORGANIZATION"


# organisation names ending in "and <Noun>"
def test_agency_name_continues_over_and_one_noun():
    text = "The Centers for Disease Control and Prevention said measles cases had risen again."
    found = types(text)
    assert found.get("Centers for Disease Control and Prevention") == "ORGANIZATION"
    assert "Prevention" not in found


def test_place_after_and_is_not_joined_to_an_organisation():
    text = "The Bank of England and Germany's central bank held rates on Thursday."
    found = types(text)
    assert found.get("Germany") == "LOCATION"
    assert not any(name.endswith("and Germany") for name in found)


# quoted titles in Latin or Romance languages
def test_quoted_latin_title_with_et_is_one_name():
    text = 'The pope delivered the traditional "Urbi et Orbi" blessing from the balcony.'
    found = types(text)
    assert found.get("Urbi et Orbi") == "MISC"
    assert "Orbi" not in found
