"""Named entities: names of every shape, roles, merging, normalised names, types and keys.

Sentences here are written for these tests; the corpora are only read by the `corpora` tests.
"""

from __future__ import annotations

import re

import pytest

from newsclaims.models import Entity
from newsclaims.nlp import extract
from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.text import analyse

KEY_RE = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9-]*$")


def entities(text: str) -> list[Entity]:
    found = find_entities(analyse(text))
    for entity in found:
        assert KEY_RE.match(entity.key), entity.key
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    return found


def by_name(found: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in found}


def mention_texts(found: list[Entity], name: str) -> list[str]:
    return [m.text for m in by_name(found)[name].mentions]


# --- names of every shape --------------------------------------------------------------------------


def test_multiword_organisation_is_one_name() -> None:
    # given
    text = (
        "The bust was cast at the Grekov Military Artists Studio, which has worked for the army since 1934."
    )
    # when
    found = by_name(entities(text))
    # then
    assert found["Grekov Military Artists Studio"].type == "ORGANIZATION"


def test_hyphenated_and_arabic_names() -> None:
    text = (
        "Cho Son-hui met the delegation on Tuesday. Officials said Abu Bakr al-Baghdadi had fled the city.\n\n"
        "Cho Son-hui later returned home."
    )
    found = by_name(entities(text))
    assert found["Cho Son-hui"].type == "PERSON"
    assert len(found["Cho Son-hui"].mentions) == 2
    assert found["Abu Bakr al-Baghdadi"].type == "PERSON"
    assert found["Abu Bakr al-Baghdadi"].key == "person:abu-bakr-al-baghdadi"


def test_name_with_an_initial() -> None:
    found = by_name(entities("Writers still argue about L. Ron Hubbard and his books. Hubbard died in 1986."))
    hubbard = found["L. Ron Hubbard"]
    assert hubbard.type == "PERSON"
    assert [m.text for m in hubbard.mentions] == ["L. Ron Hubbard", "Hubbard"]


def test_curly_apostrophe_inside_a_name() -> None:
    text = "Veterans of the Korean People’s Army marched in the capital."
    found = by_name(entities(text))
    army = found["Korean People's Army"]
    assert army.type == "ORGANIZATION"
    assert army.mentions[0].text == "Korean People’s Army"  # the text as written
    assert army.key == "organization:korean-peoples-army"


def test_names_in_an_all_caps_headline() -> None:
    text = "NORTH KOREA WARNS SEOUL OVER BORDER DRILLS\n\nNorth Korea warned Seoul on Sunday that the drills would stop."
    found = by_name(entities(text))
    korea = found["North Korea"]
    assert korea.type == "LOCATION"
    assert [m.text for m in korea.mentions] == ["NORTH KOREA", "North Korea"]
    assert "WARNS" not in " ".join(by_name(entities(text)))


def test_title_case_headline_words_are_not_names() -> None:
    text = (
        "Memorial to Fallen Sailors Divides Opinion in Murmansk\n\n"
        "A memorial to fallen sailors has divided opinion in Murmansk, where the navy is based."
    )
    names = {e.name for e in entities(text)}
    assert "Murmansk" in names
    assert not any("Divides" in n or "Memorial" in n or "Sailors" in n for n in names)


def test_name_at_the_start_of_a_sentence() -> None:
    text = "The council met on Monday. Angela Merkel spoke first. Merkel said the budget was fair."
    found = by_name(entities(text))
    assert mention_texts(list(found.values()), "Angela Merkel") == ["Angela Merkel", "Merkel"]


# --- titles and roles ------------------------------------------------------------------------------


def test_title_is_a_role_not_part_of_the_name() -> None:
    text = "Russian Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov met his Turkish counterpart."
    found = by_name(entities(text))
    lavrov = found["Sergei Lavrov"]
    assert lavrov.key == "person:sergei-lavrov"
    assert lavrov.roles == ["Foreign Minister"]
    assert lavrov.aliases == ["Lavrov"]
    assert found["Russian"].type == "NORP"


def test_lower_case_occupation_is_a_role() -> None:
    found = by_name(entities("The statue was designed by sculptor Alexei Chebanenko last year."))
    assert found["Alexei Chebanenko"].roles == ["sculptor"]


def test_role_with_an_of_phrase() -> None:
    text = "Head of the Ministry of Defense Andrei Belousov visited the front."
    found = by_name(entities(text))
    assert found["Andrei Belousov"].roles == ["Head of the Ministry of Defense"]


# --- one entity per referent -----------------------------------------------------------------------


def test_surname_alone_is_the_same_person() -> None:
    text = "Prime Minister Jacinda Ardern met President Emmanuel Macron in Paris. Ardern said the talks went well."
    found = by_name(entities(text))
    ardern = found["Jacinda Ardern"]
    assert ardern.roles == ["Prime Minister"]
    assert [m.text for m in ardern.mentions] == ["Jacinda Ardern", "Ardern"]
    assert found["Emmanuel Macron"].roles == ["President"]


def test_the_post_is_the_washington_post() -> None:
    text = "The Washington Post reported the deal on Friday. A spokesman told the Post that talks continued."
    post = by_name(entities(text))["The Washington Post"]
    assert post.type == "ORGANIZATION"
    assert [m.text for m in post.mentions] == ["The Washington Post", "Post"]


def test_acronym_defined_in_brackets_joins_its_long_form() -> None:
    text = (
        "The International Atomic Energy Agency (IAEA) said its inspectors would return. "
        "The IAEA did not say when."
    )
    agency = by_name(entities(text))["International Atomic Energy Agency"]
    assert agency.aliases == ["IAEA"]
    assert [m.text for m in agency.mentions] == ["International Atomic Energy Agency", "IAEA", "IAEA"]


def test_acronym_merges_even_when_the_long_form_is_unfamiliar() -> None:
    text = "Troops of the Ukrainian Armed Forces (UAF) held the line. The UAF said it lost no ground."
    forces = by_name(entities(text))["Ukrainian Armed Forces"]
    assert forces.type == "ORGANIZATION"
    assert forces.aliases == ["UAF"]
    assert len(forces.mentions) == 3


def test_repeated_name_is_one_entity_with_every_mention() -> None:
    text = "Kenya sent aid. Officials in Kenya said more would follow, and Kenya asked donors to help."
    kenya = by_name(entities(text))["Kenya"]
    assert len(kenya.mentions) == 3
    assert len([e for e in entities(text) if e.name == "Kenya"]) == 1


# --- normalised names ------------------------------------------------------------------------------


def test_cyrillic_letters_in_a_latin_name_are_normalised() -> None:
    text = "Defence chief Andrei Beloусов inspected the troops. Beloусов did not speak."
    found = entities(text)
    person = by_name(found)["Andrei Belousov"]
    assert person.key == "person:andrei-belousov"
    first = person.mentions[0]
    assert first.text == "Andrei Beloусов"  # offsets still point into the original text
    assert text[first.start : first.end] == "Andrei Beloусов"
    assert len(person.mentions) == 2


def test_quote_and_dash_variants_do_not_split_a_name() -> None:
    text = "Cho Son‐hui spoke on Monday. Cho Son-hui spoke again on Tuesday."
    found = [e for e in entities(text) if e.type == "PERSON"]
    assert len(found) == 1
    assert found[0].name == "Cho Son-hui"
    assert len(found[0].mentions) == 2


def test_same_key_in_two_articles() -> None:
    first = by_name(entities("Sergei Lavrov spoke in Moscow on Monday."))
    second = by_name(entities("On Tuesday, Foreign Minister Sergei Lavrov flew to Beijing."))
    assert first["Sergei Lavrov"].key == second["Sergei Lavrov"].key == "person:sergei-lavrov"


# --- types -----------------------------------------------------------------------------------------


def test_nationality_is_norp_and_country_is_location() -> None:
    text = "North Korean troops crossed into Russia, and Russian officials thanked North Korea."
    found = by_name(entities(text))
    assert found["North Korean"].type == "NORP"
    assert found["Russian"].type == "NORP"
    assert found["North Korea"].type == "LOCATION"
    assert found["Russia"].type == "LOCATION"
    assert found["North Korea"].key == "location:north-korea"


def test_religious_groups_are_norp() -> None:
    found = by_name(entities("Muslims and Buddhists in the region marked the day together."))
    assert found["Muslims"].type == "NORP"
    assert found["Buddhists"].type == "NORP"


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The talks began in July and ended badly.", "July"),
        ("The report was filed on Saturday, October 9, 2010 in the morning.", "Saturday, October 9, 2010"),
        ("Police said the crowd gathered last week.", "last week"),
        ("The ceasefire was agreed on March 3 after long talks.", "March 3"),
        ("Prices have doubled since 2019, traders said.", "2019"),
        ("The strike lasted two hours before police arrived.", "two hours"),
        ("Voters went to the polls yesterday.", "yesterday"),
    ],
)
def test_date_expressions(sentence: str, date: str) -> None:
    dates = [e for e in entities(sentence) if e.type == "DATE"]
    assert [m.text for e in dates for m in e.mentions] == [date]


def test_may_the_verb_is_not_a_date() -> None:
    assert not [
        e for e in entities("The minister may resign, and March organisers may cancel.") if e.type == "DATE"
    ]


def test_named_event() -> None:
    found = by_name(entities("Athletes from Kenya dominated the Tokyo Olympics, officials said."))
    assert found["Tokyo Olympics"].type == "EVENT"


def test_hashtag_is_misc() -> None:
    found = by_name(entities("Supporters posted under #FreeTheJournalists all week."))
    assert found["#FreeTheJournalists"].type == "MISC"


def test_empty_and_blank_text() -> None:
    assert find_entities(analyse("")) == []
    assert find_entities(analyse("   \n\n  ")) == []


def test_extract_carries_entities() -> None:
    result = extract("Kenya and Uganda signed the pact in Nairobi.", id="a1")
    assert {e.name for e in result.entities} >= {"Kenya", "Uganda", "Nairobi"}
    assert all(e.type == "LOCATION" for e in result.entities if e.name in {"Kenya", "Uganda", "Nairobi"})


# --- rules added for common news patterns ----------------------------------------------------------


def test_name_inside_a_hyphenated_word_is_a_mention() -> None:
    text = "Kremlin-backed groups met anti-Kremlin activists. The Kremlin denied any link."
    kremlin = by_name(entities(text))["Kremlin"]
    assert [m.text for m in kremlin.mentions] == ["Kremlin", "Kremlin", "Kremlin"]


def test_possessive_owner_before_a_person_is_split() -> None:
    found = by_name(
        entities("The union's leader met Google's Sundar Pichai and Italy's Giorgia Meloni in Rome.")
    )
    assert found["Sundar Pichai"].type == "PERSON"
    assert found["Giorgia Meloni"].type == "PERSON"
    assert found["Italy"].type == "LOCATION"


def test_people_and_their_affiliations_are_separate() -> None:
    text = "The panel included Maria Santos of Oxfam and John Carter of the Red Cross."
    found = by_name(entities(text))
    assert found["Maria Santos"].type == "PERSON"
    assert found["John Carter"].type == "PERSON"
    assert "Oxfam" in found


def test_model_code_is_misc_and_version_joins_product() -> None:
    found = by_name(
        entities("Pilots flew the A380 while engineers tested Internet Explorer 9 on old laptops.")
    )
    assert found["A380"].type == "MISC"
    assert found["Internet Explorer 9"].type == "MISC"


def test_event_word_completes_a_name() -> None:
    found = by_name(entities("Millions visited the Shanghai World Expo 2010, and pilgrims began the Hajj."))
    assert found["Shanghai World Expo 2010"].type == "EVENT"
    assert found["Hajj"].type == "EVENT"


def test_title_alone_is_not_an_entity() -> None:
    names = {e.name for e in entities("The Secretary of State said the Prime Minister would travel.")}
    assert "Secretary of State" not in names and "Prime Minister" not in names


def test_a_site_named_by_its_domain_is_an_organisation() -> None:
    found = by_name(
        entities("The report first appeared on Gawker.com and was picked up by CBC.ca on Monday.")
    )
    assert found["Gawker.com"].type == "ORGANIZATION"
    assert found["CBC.ca"].type == "ORGANIZATION"


def test_common_acronyms_of_science_and_technology_are_no_names() -> None:
    found = by_name(entities("The CO2 level and the UV index rose, researchers at Stanford University said."))
    assert "CO2" not in found and "UV" not in found
    assert found["Stanford University"].type == "ORGANIZATION"
