"""Entity rules of the seventh round (markets, Africa and Asia, storms, culture), on sentences written here."""

from __future__ import annotations

from tests.unit.entity_helpers import by_name, entities, types


# two titled persons joined by "and", read as one name by the tagger
def test_two_titled_leaders_joined_by_and_are_two_persons():
    text = "South African President Cyril Ramaphosa and Nigerian President Bola Tinubu met in Abuja on Monday."
    found = types(text)
    assert found.get("Cyril Ramaphosa") == "PERSON"
    assert found.get("Bola Tinubu") == "PERSON"
    assert found.get("South African") == "NORP"
    assert by_name(text, "Bola Tinubu").roles == ["President"]


def test_two_word_nationality_before_a_title_is_split_off():
    text = "Tanzanian officials said South African President Cyril Ramaphosa would arrive on Friday."
    assert types(text).get("Cyril Ramaphosa") == "PERSON"


# named storms
def test_hurricane_with_a_name_is_an_event_and_its_name_alone_is_the_storm():
    text = (
        "Hurricane Beryl flattened homes on Carriacou on Monday, officials said. "
        "Forecasters said Beryl would weaken over Jamaica by Wednesday."
    )
    storm = by_name(text, "Hurricane Beryl")
    assert storm.type == "EVENT"
    assert [m.text for m in storm.mentions] == ["Hurricane Beryl", "Beryl"]


def test_typhoon_and_tropical_storm_names_are_events():
    text = "Typhoon Gaemi hit northern Taiwan on Thursday, a day after Tropical Storm Prapiroon flooded Hainan."
    found = types(text)
    assert found.get("Typhoon Gaemi") == "EVENT"
    assert found.get("Tropical Storm Prapiroon") == "EVENT"


def test_a_storm_word_before_a_lower_case_word_names_no_storm():
    assert "EVENT" not in types("Storm damage closed roads in Kent, the Environment Agency said.").values()


# names before a plural place noun
def test_names_joined_before_counties_are_places():
    text = "Crews restored power in Lee and Collier counties, Florida Power & Light said on Sunday."
    found = types(text)
    assert found.get("Lee") == "LOCATION"
    assert found.get("Collier") == "LOCATION"


# what a person owns
def test_a_persons_possessive_ends_the_person_name():
    text = "Crowds queued for hours in Lisbon to see Olivia Rodrigo's Guts World Tour on Saturday."
    found = types(text)
    assert found.get("Olivia Rodrigo") == "PERSON"
    assert "Olivia Rodrigo's Guts World Tour" not in found
    assert found.get("Guts World Tour") != "PERSON"


# quoted titles of works
def test_quoted_title_case_titles_are_works():
    text = (
        'The studio said "The Wild Robot" had earned $300 million, while "Inside Out 2" topped '
        'the chart and the novel "Demon Copperhead" returned to the best-seller list.'
    )
    found = types(text)
    assert found.get("Wild Robot") == "MISC" or found.get("The Wild Robot") == "MISC"
    assert found.get("Inside Out 2") == "MISC"
    assert found.get("Demon Copperhead") == "MISC"


def test_title_with_subtitle_is_one_work():
    text = 'Paramount will release "Mission: Impossible - The Final Reckoning" in May, the studio said.'
    assert not any(e.type == "PERSON" for e in entities(text))
    text = 'Warner said "Joker: Folie a Deux" had disappointed at the box office.'
    assert types(text).get("Joker: Folie a Deux") == "MISC"


def test_quoted_remark_is_no_title():
    text = '"We will rebuild every home," Governor Maura Healey said in Boston.'
    assert all(e.type != "MISC" for e in entities(text))


def test_one_quoted_word_the_article_writes_in_lower_case_is_no_title():
    text = 'Officials called the plan "Reckless" and said the reckless spending would end.'
    assert "Reckless" not in types(text)


def test_quoted_name_the_tagger_typed_keeps_its_type():
    text = 'Voters in Guangdong chose "Shenzhen" as the province\'s most livable city, Xinhua said.'
    assert types(text).get("Shenzhen") == "LOCATION"
