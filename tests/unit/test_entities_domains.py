"""Entity rules of the fifth round (science, sport, courts, world politics), on sentences written here."""

from __future__ import annotations

from tests.unit.entity_helpers import by_name, dates, types

# 1. a title and a nationality inside a long name with a particle


def test_nationality_and_title_are_split_off_a_name_with_a_particle() -> None:
    text = (
        "Argentine President Javier Milei flew to Brasilia, where he met Brazilian President "
        "Luiz Inácio Lula da Silva for talks on trade. Lula said the talks were frank."
    )
    lula = by_name(text, "Luiz Inácio Lula da Silva")
    assert lula.type == "PERSON"
    assert "President" in lula.roles
    assert "Lula" in lula.aliases  # a middle name alone is the same man
    assert types(text)["Brazilian"] == "NORP"


# 2. an occupation or a playing position in lower case, then a name


def test_name_after_an_occupation_is_a_person() -> None:
    text = "The cabinet named economist Purbaya Yudhi Sadewa as the new finance minister on Friday."
    person = by_name(text, "Purbaya Yudhi Sadewa")
    assert person.type == "PERSON"
    assert person.roles == ["economist"]


def test_name_after_a_playing_position_is_a_person_with_that_role() -> None:
    text = "Leicester Tigers also called up fly-half Handre Pollard and scrum-half Ben Youngs for the trip."
    found = types(text)
    assert found["Handre Pollard"] == "PERSON"
    assert "fly-half" in by_name(text, "Handre Pollard").roles


def test_company_after_an_occupation_word_stays_a_company() -> None:
    text = "A lawyer for Goldman Sachs declined to comment on the filing in New York."
    assert types(text)["Goldman Sachs"] == "ORGANIZATION"


# 3. letters after a person's name


def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    text = "Mr Justice Edward Pryce heard from Anna Lowther KC, for the claimants, that the firm had been warned."
    found = types(text)
    assert found["Anna Lowther"] == "PERSON"
    assert "Anna Lowther KC" not in found


# 4. sports: scores, a team's staff, cities and plurals, clubs, grounds, tournaments


def test_campaign_manager_is_no_team() -> None:
    text = "Campaign manager Julia Brennan said the senator would not debate. Julia Brennan declined to say more."
    assert "Campaign" not in types(text)


def test_names_next_to_a_score_are_teams() -> None:
    text = "Everton beat Fulham 2-0 at Goodison Park, while Burnley lost 3-1 to Brentford on Sunday."
    found = types(text)
    assert found["Fulham"] == "ORGANIZATION"
    assert found["Brentford"] == "ORGANIZATION"


def test_name_before_a_team_staff_word_is_the_team() -> None:
    text = "Speaking after the draw, Tottenham manager Ange Postecoglou said his side deserved the point."
    found = types(text)
    assert found["Tottenham"] == "ORGANIZATION"
    assert found["Ange Postecoglou"] == "PERSON"


def test_tennis_players_next_to_a_score_stay_people() -> None:
    text = "Carlos Alcaraz beat Alexander Zverev 6-3, 6-4 in Madrid. Zverev 6-3 was his worst start."
    assert types(text)["Alexander Zverev"] == "PERSON"


def test_city_and_a_plural_name_is_a_team() -> None:
    text = "The Chicago Bulls lost at home to the Denver Nuggets on Wednesday night."
    found = types(text)
    assert found["Chicago Bulls"] == "ORGANIZATION"
    assert found["Denver Nuggets"] == "ORGANIZATION"


def test_club_name_prefix_and_club_head_make_clubs() -> None:
    text = "Atletico Madrid signed the forward from Bolton Wanderers, his agent said."
    found = types(text)
    assert found["Atletico Madrid"] == "ORGANIZATION"
    assert found["Bolton Wanderers"] == "ORGANIZATION"


def test_ampersand_joins_a_word_to_a_club() -> None:
    text = "Fans of Brighton & Hove Albion queued outside the ground for tickets."
    assert types(text)["Brighton & Hove Albion"] == "ORGANIZATION"


def test_grounds_are_places_and_tournaments_events() -> None:
    text = (
        "The final will be played at the Etihad Stadium. She reached the semi-finals of the "
        "Miami Masters and qualified for the WTA Finals in Riyadh."
    )
    found = types(text)
    assert found["Etihad Stadium"] == "LOCATION"
    assert found["Miami Masters"] == "EVENT"
    assert found["WTA Finals"] == "EVENT"


def test_a_name_after_a_lower_case_the_is_no_person() -> None:
    text = "Supporters gathered outside the Santiago Bernabeu, hours before the kick-off."
    assert types(text)["Santiago Bernabeu"] == "LOCATION"


def test_band_named_after_a_person_is_a_group() -> None:
    text = "He toured for two years as the drummer of the Dave Carver Band before going solo."
    assert types(text).get("Dave Carver Band") != "PERSON"


# 5. organisations: laboratories, "X and Y <Org>", "and Co.", police forces, congresses


def test_laboratory_is_an_organisation_and_its_owner_is_split_off() -> None:
    text = (
        "The camera was built at the Jet Propulsion Laboratory in Pasadena, and tested at Cornell "
        "University's Space Sciences Laboratory last spring."
    )
    found = types(text)
    assert found["Jet Propulsion Laboratory"] == "ORGANIZATION"
    assert found["Cornell University"] == "ORGANIZATION"
    assert found["Space Sciences Laboratory"] == "ORGANIZATION"


def test_capitalised_word_and_an_organisation_are_one_name() -> None:
    text = "Officials of the governing Peace and Progress Party met in the capital on Monday."
    assert types(text)["Peace and Progress Party"] == "ORGANIZATION"


def test_and_co_ends_a_company_name() -> None:
    text = "The vaccine is made by Merck and Co., based in New Jersey. Merck and Co. shares fell."
    found = types(text)
    assert found["Merck and Co."] == "ORGANIZATION"
    assert not any(t == "PERSON" for t in found.values())


def test_police_force_is_named_with_its_area() -> None:
    text = "Three men were charged with the robbery on Friday, Thames Valley Police said."
    assert types(text).get("Thames Valley Police") == "ORGANIZATION"


def test_national_congress_is_an_organisation() -> None:
    text = "Members of the Nigerian National Congress walked out of the chamber in protest."
    found = types(text)
    assert found.get("Nigerian National Congress", "ORGANIZATION") == "ORGANIZATION"


def test_place_before_based_is_a_place() -> None:
    text = "Shares of the Seattle-based retailer fell, while the Zurich-based bank held steady."
    found = types(text)
    assert found["Seattle"] == "LOCATION"
    assert found["Zurich"] == "LOCATION"


def test_based_after_a_model_number_is_no_place() -> None:
    text = "The firm sells ARM64-based servers and Linux-based tools."
    assert "ARM64" not in types(text)


def test_acronym_of_a_hyphenated_name_joins_its_long_form() -> None:
    text = "Supporters of Jamiat Ulema-e-Islam (JUI) marched in Quetta. The JUI said it would go on."
    party = by_name(text, "Jamiat Ulema-e-Islam")
    assert party.type == "ORGANIZATION"
    assert "JUI" in party.aliases


# 6. roles and articles


def test_chief_officer_title_is_one_role() -> None:
    text = "Pfizer Chief Operating Officer Amara Diallo said output would double by the summer."
    assert by_name(text, "Amara Diallo").roles == ["Chief Operating Officer"]


def test_indefinite_article_is_not_part_of_a_name() -> None:
    text = "BRUSSELS (AP) - A NATO convoy crossed the border on Tuesday, officials said."
    found = types(text)
    assert found["NATO"] == "ORGANIZATION"
    assert "A NATO" not in found


# 7. dates: early, mid and late


def test_early_mid_and_late_belong_to_the_date() -> None:
    text = "The lander is due in late November, a test flight in early 2027 and a crewed visit by mid-2030."
    assert dates(text) == ["late November", "early 2027", "mid-2030"]


def test_late_as_an_adjective_is_no_date() -> None:
    text = "The late senator was buried on Monday; she arrived late on Friday."
    assert dates(text) == ["Monday", "Friday"]
