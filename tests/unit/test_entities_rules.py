"""Entity rules of the third round, each a regularity of English news, on sentences written here."""

from __future__ import annotations

from newsclaims.models import Entity
from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.text import analyse


def types(text: str) -> dict[str, str]:
    found: list[Entity] = find_entities(analyse(text))
    for entity in found:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    return {name: e.type for e in found for name in [e.name, *e.aliases]}


def test_sentence_opening_common_word_is_not_a_person() -> None:
    found = types("Pedestrians crowded the square on Monday. Fans travelled from Leeds for the match.")
    assert "Pedestrians" not in found
    assert "Fans" not in found
    assert found["Leeds"] == "LOCATION"


def test_surname_opening_a_sentence_stays_a_person() -> None:
    found = types("Coach Maria Delgado praised the team. Delgado said the win was deserved.")
    assert found["Maria Delgado"] == "PERSON"
    assert found["Delgado"] == "PERSON"


def test_name_ending_in_a_place_word_is_a_place() -> None:
    found = types("The coast road between Chyandour and Long Rock closes at night, and Long Rock beach stays open.")
    assert found["Long Rock"] == "LOCATION"


def test_person_whose_surname_is_a_place_word_stays_a_person() -> None:
    text = "Dr. Helena Marsh, the company's medical officer, presented the data. Marsh said the results were clear."
    found = types(text)
    assert found["Helena Marsh"] == "PERSON"


def test_name_ending_in_an_organisation_word_is_an_organisation() -> None:
    found = types("The plan was approved by Bristol City Council on Thursday after a long debate.")
    assert found["Bristol City Council"] == "ORGANIZATION"


def test_one_word_person_after_via_is_a_place() -> None:
    found = types("The diversion for cars and vans runs via Gulval and the main road.")
    assert found.get("Gulval") == "LOCATION"


def test_particle_between_two_names_makes_a_person() -> None:
    found = types("Dutch delegate Pieter van Dijk said the fund was too small. Van Dijk spoke for ten minutes.")
    assert found["Pieter van Dijk"] == "PERSON"


def test_possessive_owner_before_an_organisation_is_split() -> None:
    text = (
        "The claim was denied by Belmora's Defence Ministry. Belmoran troops stayed on the far bank "
        "of the river, and Belmoran officials said nothing."
    )
    found = types(text)
    assert found["Defence Ministry"] == "ORGANIZATION"
    assert found["Belmora"] == "LOCATION"
    assert found["Belmoran"] == "NORP"


def test_and_inside_an_organisation_name() -> None:
    found = types("Regulators at the Competition and Markets Authority will review the purchase.")
    assert found["Competition and Markets Authority"] == "ORGANIZATION"
    assert "Competition" not in found


def test_ampersand_inside_an_organisation_name() -> None:
    found = types("Priya Shah, who chairs the Harbourside Residents & Traders Association, backed the plan.")
    assert found["Harbourside Residents & Traders Association"] == "ORGANIZATION"


def test_sports_clubs_and_scores() -> None:
    found = types("Riverside United beat Castleford Rovers 3-1 at Meadow Park on Saturday.")
    assert found["Riverside United"] == "ORGANIZATION"
    assert found["Castleford Rovers"] == "ORGANIZATION"
    assert "Castleford Rovers 3" not in found


def test_company_short_form_is_the_company() -> None:
    text = (
        "Harwell Foods Ltd agreed on Tuesday to buy a dairy for 240 million pounds. Shares in Harwell "
        "rose 4 percent in London after the announcement."
    )
    found = types(text)
    assert found["Harwell Foods Ltd"] == "ORGANIZATION"
    assert found["Harwell"] == "ORGANIZATION"


def test_place_noun_after_a_name_makes_it_a_place() -> None:
    found = types("Dozens of container ships were left waiting at anchor in the Tagus estuary on Friday.")
    assert found["Tagus"] == "LOCATION"


def test_trial_phase_and_eponymous_disease_are_not_names() -> None:
    text = "The Phase 3 study enrolled 1,840 patients with early Alzheimer's disease in Boston and Europe."
    found = types(text)
    assert "Phase 3" not in found
    assert "Alzheimer" not in found
    assert found["Boston"] == "LOCATION"


def test_family_name_before_family_is_a_person() -> None:
    found = types("The dairy was founded in 1952 by the Dunmore family and employs 900 people near Perth.")
    assert found["Dunmore"] == "PERSON"


def test_lower_case_the_does_not_make_the_west() -> None:
    found = types("The upgrade is funded by the West of England Combined Authority and the city's own budget.")
    assert found["West of England Combined Authority"] == "ORGANIZATION"


def test_romance_particle_inside_a_place_name() -> None:
    found = types("Ministers are meeting at the Palais des Nations this week for the water summit.")
    assert found["Palais des Nations"] == "LOCATION"


def test_day_and_month_before_a_colon_are_one_date() -> None:
    found = types("High water at Newlyn.\n\nMonday 16 March: 05:42 (5.6 m) and 18:04 (5.8 m).")
    assert found["Monday 16 March"] == "DATE"
    assert "16 March" not in found


def test_name_described_as_an_occupation_is_a_person() -> None:
    found = types("Prices kept rising, according to Tomás Albuquerque, an economist at Nova School of Business.")
    assert found["Tomás Albuquerque"] == "PERSON"
    found = types("The fund lost money, said Ravensworth Ogilvy, a lawyer for the families.")
    assert found["Ravensworth Ogilvy"] == "PERSON"


def test_plural_possessive_inside_an_organisation_name() -> None:
    found = types("The Lisbon Port Workers' Union, which represents 1,200 stevedores, rejected the offer.")
    assert found["Lisbon Port Workers' Union"] == "ORGANIZATION"


def test_nationality_and_portfolio_before_a_title_are_no_organisation() -> None:
    found = types("The claim was denied by Egyptian Irrigation Minister Karim Fathy, who spoke to reporters.")
    assert found["Egyptian"] == "NORP"
    assert found["Karim Fathy"] == "PERSON"
    assert "Egyptian Irrigation" not in found
