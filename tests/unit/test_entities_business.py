"""Entity rules of the fourth round (business and wire copy), on sentences written here."""

from __future__ import annotations

from tests.unit.entity_helpers import by_name, entities, mentions, types

# 1. a quantity is never part of a name


def test_amount_after_a_company_is_not_part_of_its_name() -> None:
    text = "Regulators in Brussels fined Apple 1.8 billion euros, and Apple said it would appeal."
    found = types(text)
    assert found["Apple"] == "ORGANIZATION"
    assert not any(name.startswith("Apple ") for name in found)


def test_whole_number_amount_does_not_hide_the_company() -> None:
    text = (
        "Microsoft agreed to buy the studio. A court later ordered Microsoft 500 million dollars in damages."
    )
    found = mentions(text)
    assert "Microsoft 500" not in found
    assert sum(m.text == "Microsoft" for e in entities(text) for m in e.mentions) == 2


def test_digits_that_belong_to_a_name_stay() -> None:
    text = (
        "The team behind the Formula 1 car moved to Austria, while 7-Eleven opened 40 stores "
        "and the airline ordered twelve Airbus A320 jets."
    )
    found = types(text)
    assert found["Formula 1"] != "PERSON"
    assert found["7-Eleven"] == "ORGANIZATION"
    assert found["Airbus A320"] == "MISC"


def test_company_written_with_a_leading_digit_keeps_it() -> None:
    found = mentions("Shares of 3M fell after the earnings report, and 3M cut its forecast.")
    assert "3M" in found
    assert "M" not in found


def test_version_number_of_a_product_stays() -> None:
    found = types("Sales of PCs running Windows 10 slowed in the quarter.")
    assert found["Windows 10"] == "MISC"


# 2. AP state abbreviations


def test_dateline_state_abbreviation_is_a_place_with_its_period() -> None:
    text = "CUPERTINO, Calif. — The company said on Wednesday that it would hire 500 engineers."
    found = types(text)
    assert found["Calif."] == "LOCATION"
    assert "Calif" not in found
    assert found["Cupertino"] == "LOCATION"


def test_state_abbreviations_after_cities_in_running_text() -> None:
    text = (
        "The company runs warehouses in Portland, Ore., Jackson, Miss., and Trenton, N.J., "
        "and opened an office in Charleston, W.Va. last year."
    )
    found = types(text)
    for state in ("Ore.", "Miss.", "N.J.", "W.Va."):
        assert found[state] == "LOCATION", state
    assert found["Portland"] == "LOCATION"


def test_abbreviation_without_a_city_is_left_alone() -> None:
    found = types("Miss. Universe was crowned in Manila, and Pa. Kettle was a film character.")
    assert "Miss." not in found
    assert "Pa." not in found


# 3. company suffixes


def test_company_suffix_keeps_its_period_and_merges_the_short_form() -> None:
    text = "Apple Inc. on Wednesday introduced a cheaper phone. Shares of Apple rose 2 percent."
    apple = by_name(text, "Apple Inc.")
    assert apple.type == "ORGANIZATION"
    assert apple.aliases == ["Apple"]
    assert [m.text for m in apple.mentions] == ["Apple Inc.", "Apple"]


def test_suffix_the_tagger_left_out_joins_the_name() -> None:
    text = "Siemens AG and Ford Motor Co. signed the contract. Ford Motor will build the plant, Siemens the turbines."
    siemens = by_name(text, "Siemens AG")
    ford = by_name(text, "Ford Motor Co.")
    assert (siemens.type, siemens.aliases) == ("ORGANIZATION", ["Siemens"])
    assert (ford.type, ford.aliases) == ("ORGANIZATION", ["Ford Motor"])


def test_stacked_suffixes_name_one_company() -> None:
    text = "Goldman Sachs Group Inc. reported higher profit. Goldman Sachs said trading revenue rose."
    goldman = by_name(text, "Goldman Sachs Group Inc.")
    assert goldman.type == "ORGANIZATION"
    assert "Goldman Sachs" in goldman.aliases


def test_group_of_countries_is_not_merged_with_its_people() -> None:
    text = "The African Group of negotiators walked out. An African diplomat said talks would resume."
    found = types(text)
    assert found["African"] == "NORP"


# 4. organisation head words and workplaces


def test_research_firm_is_an_organisation() -> None:
    text = "Revenue fell 11 percent in the quarter, according to figures released by Counterpoint Research."
    assert types(text)["Counterpoint Research"] == "ORGANIZATION"


def test_bank_named_like_a_person_is_an_organisation() -> None:
    text = "Analysts at Morgan Stanley said the new phone could add 10 million units of sales next year."
    assert types(text)["Morgan Stanley"] == "ORGANIZATION"


def test_workplace_after_an_analyst_is_an_organisation() -> None:
    text = (
        "Ming-Chi Kuo, an analyst at TF International Securities, cast doubt on the estimate. "
        "Economists at Wedbush disagreed, as did strategists at Harlow Brandt."
    )
    found = types(text)
    assert found["Ming-Chi Kuo"] == "PERSON"
    assert found["TF International Securities"] == "ORGANIZATION"
    assert found["Harlow Brandt"] == "ORGANIZATION"
    assert found["Wedbush"] == "ORGANIZATION"
    assert "Economists" not in found  # a job, not the followers of a creed


def test_workplace_rule_keeps_known_places() -> None:
    found = types("Researchers at Greater China offices were surveyed by traders at London desks.")
    assert found["Greater China"] == "LOCATION"
    assert found["London"] == "LOCATION"


def test_person_at_a_company_stays_a_person() -> None:
    found = types(
        "Chief executive Tim Cook told analysts at the meeting that demand in Greater China had stabilised."
    )
    assert found["Tim Cook"] == "PERSON"
    assert found["Greater China"] == "LOCATION"
    tim = next(
        e
        for e in entities("Chief executive Tim Cook told analysts that demand was strong.")
        if e.name == "Tim Cook"
    )
    assert tim.roles == ["Chief executive"]


# 5. products after a possessive


def test_product_after_a_possessive_is_not_a_person() -> None:
    text = "The European Commission fined Apple last March over its App Store rules."
    found = types(text)
    assert found["App Store"] == "MISC"
    assert found["European Commission"] == "ORGANIZATION"


def test_person_after_a_possessive_and_a_verb_stays_a_person() -> None:
    found = types("When the board met, its Chairman Robert Dunmore said the sale was final.")
    assert found.get("Robert Dunmore") == "PERSON"


# dates


def test_last_and_next_before_a_month_are_part_of_the_date() -> None:
    found = mentions("The fine was imposed last March, and the appeal will be heard next October.")
    assert {"last March", "next October"} <= found


def test_month_with_a_day_after_next_stays_a_calendar_date() -> None:
    assert "May 5" in mentions("The board will vote next May 5 on the merger.")


def test_service_after_a_possessive_is_not_a_person() -> None:
    text = "Developers complained that their Play Store listings vanished, while Google said its Maps team was hiring."
    found = types(text)
    assert found["Play Store"] == "MISC"


# a title before a name, whatever the tagger made of it


def test_a_person_after_a_country_and_a_title_with_of_is_a_person_with_that_role() -> None:
    text = "U.S. Secretary of State Antony Blinken arrived in Cairo on Saturday."
    blinken = by_name(text, "Antony Blinken")
    assert blinken.type == "PERSON"
    assert blinken.roles == ["Secretary of State"]
    assert types(text)["U.S."] == "LOCATION"


def test_a_title_and_a_department_alone_stay_no_person() -> None:
    assert all(e.type != "PERSON" for e in entities("The Secretary of State arrived in Cairo on Saturday."))


def test_a_place_named_after_a_title_word_stays_a_place() -> None:
    found = entities("Traffic was diverted over the Prince Street Bridge on Monday.")
    assert "Prince Street Bridge" in {e.name for e in found}
    assert all(e.type != "PERSON" for e in found)
