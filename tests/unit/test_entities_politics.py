"""Entity rules of the sixth round (US and UK political copy), on sentences written here."""

from __future__ import annotations

from newsclaims.nlp.ner_dates import find_dates
from tests.unit.entity_helpers import by_name, dates, entities, named, types

# 1. a chamber or a department named in one word is its own institution


def test_a_chamber_is_no_short_form_of_a_longer_name_that_contains_it() -> None:
    text = (
        "House Republicans on Tuesday passed a stopgap spending bill, sending it to the Senate. "
        "The White House said the president would sign it, but its fate in the Senate was unclear, "
        "and several members of the House said they would keep fighting."
    )
    found = entities(text)
    white_house = by_name(text, "White House")
    assert "House" not in white_house.aliases
    assert types(text)["House"] == "ORGANIZATION"
    assert types(text)["Senate"] == "ORGANIZATION"
    assert types(text)["Republicans"] == "NORP"  # the party's members in the chamber
    assert not any(e.name == "House Republicans" for e in found)


def test_the_treasury_is_an_organisation() -> None:
    text = "Independent forecasters say the deficit will be larger than the Treasury expects this year."
    assert types(text)["Treasury"] == "ORGANIZATION"


# 2. public bodies and institutions "of" or "for" a topic


def test_a_name_ending_in_office_is_a_public_body() -> None:
    text = "A Government Accountability Office report found the agency had overpaid contractors by $40 million."
    assert types(text)["Government Accountability Office"] == "ORGANIZATION"


def test_an_untagged_office_name_is_found_whole() -> None:
    text = "The shadow minister spoke after Home Office figures showed the backlog had grown again."
    found = types(text)
    assert found.get("Home Office") == "ORGANIZATION"
    assert "Office" not in found  # not the word-processing product


def test_an_institute_for_a_topic_is_an_organisation_whatever_its_last_word() -> None:
    text = "Researchers at the Institute for the Study of War said the offensive had stalled near the river."
    assert types(text)["Institute for the Study of War"] == "ORGANIZATION"


def test_an_office_of_two_topics_joined_by_and_is_one_name() -> None:
    text = "The Office of Management and Budget told agencies on Monday to prepare for a shutdown."
    assert types(text)["Office of Management and Budget"] == "ORGANIZATION"
    assert "Budget" not in types(text)


# 3. roles: chambers, portfolios, abbreviated ranks, roles in apposition


def test_a_chamber_before_a_title_belongs_to_the_role() -> None:
    text = "House Speaker Mike Johnson and Senate Minority Leader Chuck Schumer met at the Capitol on Friday."
    assert by_name(text, "Mike Johnson").roles == ["House Speaker"]
    assert by_name(text, "Chuck Schumer").roles == ["Senate Minority Leader"]


def test_a_uk_portfolio_before_secretary_is_the_role_not_an_organisation() -> None:
    text = (
        "Speaking to reporters, Science, Innovation and Technology Secretary Peter Kyle said the "
        "plan was sound, and Culture, Media and Sport Secretary Lisa Nandy agreed. Transport "
        "Secretary Louise Haigh was not present."
    )
    found = named(text)
    assert by_name(text, "Peter Kyle").roles == ["Science, Innovation and Technology Secretary"]
    assert by_name(text, "Lisa Nandy").roles == ["Culture, Media and Sport Secretary"]
    assert by_name(text, "Louise Haigh").roles == ["Transport Secretary"]
    assert not found & {"Science", "Innovation", "Technology", "Culture", "Media", "Sport"}


def test_a_listed_portfolio_does_not_take_a_name_before_the_comma() -> None:
    text = "Speaking to Sky News, Energy Security and Net Zero Secretary Ed Miliband defended the policy."
    assert by_name(text, "Ed Miliband").roles == ["Energy Security and Net Zero Secretary"]
    assert types(text)["Sky News"] == "ORGANIZATION"
    assert not named(text) & {"Security", "Net Zero"}


def test_a_portfolio_does_not_take_a_people_or_a_date_word() -> None:
    text = "Yesterday Energy Minister Chris Bowen met Indian Power Minister Manohar Lal in Delhi."
    assert by_name(text, "Chris Bowen").roles == ["Energy Minister"]
    assert by_name(text, "Manohar Lal").roles == ["Power Minister"]


def test_an_abbreviated_rank_is_split_off_the_name() -> None:
    text = "Lt. Gen. Sarah Connors told the committee that recruitment had fallen for a third year."
    person = by_name(text, "Sarah Connors")
    assert person.roles == ["Lt. Gen."]


def test_a_rank_of_honour_does_not_end_a_role() -> None:
    text = "The inquiry was opened by Conservative MP Dame Harriett Baldwin on Wednesday."
    assert by_name(text, "Harriett Baldwin").roles == ["Conservative MP"]


def test_a_role_in_apposition_after_the_name() -> None:
    text = (
        "Ed Davey, the Liberal Democrat leader, called the plan cruel. Jake Sullivan, national "
        "security adviser to the president, flew to Riyadh. Maria Lopez, the mayor of the city of "
        "Tucson, said the shelters were full."
    )
    assert by_name(text, "Ed Davey").roles == ["Liberal Democrat leader"]
    assert by_name(text, "Jake Sullivan").roles == ["national security adviser to the president"]
    assert by_name(text, "Maria Lopez").roles == ["mayor of the city of Tucson"]


def test_a_role_in_apposition_before_the_name() -> None:
    text = (
        "Allies of the home secretary, Shabana Mahmood, said she would not resign. The party's "
        "chief whip, Alan Campbell, was summoned."
    )
    assert by_name(text, "Shabana Mahmood").roles == ["home secretary"]
    assert by_name(text, "Alan Campbell").roles == ["chief whip"]


def test_no_role_from_an_object_before_a_name_that_goes_on() -> None:
    text = "After meeting the president, Tom Harris said the talks had gone well."
    assert by_name(text, "Tom Harris").roles == []


# 4. titles of programmes that are day words


def test_today_before_programme_is_a_title_not_a_date() -> None:
    text = "She told BBC Radio 4's Today programme that ministers would not back down. Today, she said, was decisive."
    found = {(m.start, e.type) for e in entities(text) for m in e.mentions if m.text == "Today"}
    assert found == {(text.index("Today pro"), "MISC"), (text.index("Today,"), "DATE")}
    assert [a for a, _ in find_dates(text)] == [text.index("Today,")]


def test_a_programme_title_keeps_its_capitalised_words_and_its_owner_loses_the_possessive() -> None:
    text = "The senator appeared on CBS's Sunday Tonight show on Sunday."
    found = types(text)
    assert found.get("Sunday Tonight") == "MISC"
    assert "CBS" in found and "CBS's" not in found
    assert dates(text) == ["Sunday"]


# 5. members of a party are not part of its name


def test_mps_are_not_part_of_a_partys_name() -> None:
    text = "Dozens of Labour MPs and two Reform UK MPs voted against the bill. Tory MPs abstained."
    found = types(text)
    assert found["Labour"] == "ORGANIZATION"
    assert found["Reform UK"] == "ORGANIZATION"
    assert found["Tory"] == "NORP"
    assert not any(name.endswith("MPs") for name in found)


# 6. short forms: clipped words and initials of an organisation named in the article


def test_a_clipped_first_word_is_the_organisation() -> None:
    text = (
        "The Federal Reserve left rates unchanged. Markets had expected the Fed to wait, and the "
        "Fed's chair said more data were needed."
    )
    fed = by_name(text, "Federal Reserve")
    assert "Fed" in fed.aliases
    assert len(fed.mentions) == 3


def test_initials_of_an_organisation_named_in_the_article_are_its_short_form() -> None:
    text = (
        "PARIS (AFP) - The budget deficit will widen, Agence France Presse reported. A Congressional "
        "Budget Office analysis, cited by the CBO's director, agreed."
    )
    cbo = by_name(text, "Congressional Budget Office")
    assert "CBO" in cbo.aliases


def test_a_chamber_is_no_clipped_form() -> None:
    text = "Senators met at the Senate. Later, Senate Democrats briefed the House Intelligence Committee."
    found = entities(text)
    committee = next(e for e in found if e.name == "House Intelligence Committee")
    assert "House" not in committee.aliases


# 7. a person's relations in the possessive


def test_a_name_before_spokesman_in_the_possessive_is_a_person() -> None:
    text = "Orban's spokesman Zoltan Kovacs said the veto would stand. Orban's chief of staff agreed."
    assert types(text)["Orban"] == "PERSON"


# 8. a US lawmaker's party label


def test_the_state_in_a_party_label_is_a_place() -> None:
    text = (
        'Sen. Tim Kaine, D-Va., backed the measure. "It is overdue," said Rep. Chip Roy (R-Texas), '
        "who opposed it."
    )
    found = types(text)
    assert found["Va."] == "LOCATION"
    assert found["Texas"] == "LOCATION"
    assert "R" not in found and "D" not in found


# 9. an organisation in the possessive owns what follows; a title alone is no organisation


def test_an_organisation_in_the_possessive_ends_there() -> None:
    text = "The Green Party's Scottish leader, Patrick Harvie, said the budget was a betrayal."
    found = types(text)
    assert found["Green Party"] == "ORGANIZATION"
    assert by_name(text, "Patrick Harvie").roles == ["Scottish leader"]


def test_a_title_in_the_possessive_is_no_organisation() -> None:
    text = "The Prime Minister's official spokesman said the plan had been agreed by the cabinet."
    assert "Prime Minister" not in named(text)


def test_the_times_keeps_its_article() -> None:
    text = "Writing in The Times on Saturday, the former chancellor urged restraint."
    assert types(text).get("The Times") == "ORGANIZATION"
