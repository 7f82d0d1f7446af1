"""Entity rules of the tenth round (leftovers of the ninth), on sentences written here."""

from __future__ import annotations

from tests.unit.entity_helpers import by_name, entities, types


# a regnal name after "Pope" is its own name, no middle name of a person
def test_regnal_name_after_pope_does_not_join_a_middle_name():
    text = (
        "The cardinals recalled the reforms of Pope Francis. Born in Chicago, Robert Francis "
        "Prevost spent two decades as a missionary in Peru."
    )
    found = entities(text)
    prevost = next(e for e in found if e.name == "Robert Francis Prevost")
    assert "Francis" not in prevost.aliases
    assert any(e.name == "Francis" and e.type == "PERSON" for e in found)


# (a middle name alone without the title still joins: test_entities_domains, "Lula")


# a given name the tagger left out before a person's given name
def test_given_name_before_a_person_starting_with_a_given_name_joins_it():
    text = "Mexican President Claudia Sheinbaum praised her predecessor, Andrés Manuel López Obrador, on Monday."
    assert types(text).get("Andrés Manuel López Obrador") == "PERSON"
    assert "Manuel López Obrador" not in types(text)


def test_given_name_ending_another_name_is_not_taken():
    text = "The award went to Jordan Henderson, and Manuel Neuer came second."
    found = types(text)
    assert found.get("Manuel Neuer") == "PERSON"
    assert not any(name.endswith("Manuel Neuer") and name != "Manuel Neuer" for name in found)


# a county or court district opening a role takes the place before it
def test_county_in_a_role_keeps_its_place():
    text = "Pike County Sheriff Wendell Marsh said deputies found the car in a ditch."
    assert by_name(text, "Wendell Marsh").roles == ["Pike County Sheriff"]


def test_us_district_judge_is_one_role_and_the_place_is_the_country():
    text = "The ruling was issued by U.S. District Judge Amir Ali in Washington on Tuesday."
    found = types(text)
    assert by_name(text, "Amir Ali").roles == ["U.S. District Judge"]
    assert found.get("U.S.") == "LOCATION"
    assert "U.S. District" not in found


def test_district_title_without_a_place_is_unchanged():
    text = "The case was heard by District Judge Tan Ikram at Westminster Magistrates' Court."
    assert by_name(text, "Tan Ikram").roles == ["District Judge"]


# a party adjective belongs to a member's title
def test_party_before_mp_belongs_to_the_role():
    text = "Labour MP Rosie Wrighton said the cuts to winter fuel payments were unfair."
    assert by_name(text, "Rosie Wrighton").roles == ["Labour MP"]


# a role after an age set off by commas
def test_retired_occupation_after_an_age_is_a_role():
    text = '"It is a scandal," said Gareth Pugh, 64, a retired miner from Tredegar. He says rents have doubled.'
    assert by_name(text, "Gareth Pugh").roles == ["retired miner"]


def test_title_after_an_age_is_a_role():
    text = "Maria Lopes, 52, a nurse, said staff had not been paid since March."
    assert by_name(text, "Maria Lopes").roles == ["nurse"]


# an institution noun opening a sentence before the noun it modifies
def test_church_opening_a_sentence_before_a_noun_is_no_name():
    text = (
        "Church attendance fell sharply in the decade to 2020, the survey found. "
        "The Church of England said it would study the figures."
    )
    found = types(text)
    assert "Church" not in found
    assert found.get("Church of England") == "ORGANIZATION"


def test_school_opening_a_sentence_before_a_noun_is_no_name():
    text = "School meals will be free for every pupil in Wales from September, ministers said."
    assert "School" not in types(text)
