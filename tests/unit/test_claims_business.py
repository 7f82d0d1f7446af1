"""Attribution in business and wire copy: who vouches for figures, a subject after a conjunction,
product names that are not verbs' subjects, forecasts that others doubt. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_claims import about, claims_of, entity, only


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Revenue fell 11 percent in the quarter, according to figures released by Counterpoint Research.",
         "Counterpoint Research"),
        ("Exports rose for a third month, according to data compiled by the Statistics Office.",
         "Statistics Office"),  # "according to the Interior Ministry": the named body
        ("The plan would cut 400 jobs, according to documents seen by Reuters.", "Reuters"),
    ],
)
def test_figures_someone_released_speak_for_them(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.kind == "according_to"
    assert claim.source.text == source


def test_figures_without_a_publisher_stay_the_source() -> None:
    claim = only(claims_of("Revenue fell 11 percent in the quarter, according to company figures."))
    assert claim.source.text == "company figures"


def test_according_to_after_a_contrast_vouches_for_the_last_clause() -> None:
    text = ("Demand had stabilised in the spring, though revenue fell 11 percent in the quarter, "
            "according to figures released by Counterpoint Research.")
    claim = about(claims_of(text), "revenue fell")
    assert claim.content.text == "revenue fell 11 percent in the quarter"


def test_a_subject_after_an_opening_conjunction_is_the_source() -> None:
    text = ("But Ming-Chi Kuo, an analyst at TF International Securities, cast doubt on the figure, "
            "saying supply constraints would limit shipments.")
    kuo = entity("person:ming-chi-kuo", "Ming-Chi Kuo", "PERSON", text)
    claim = about(claims_of(text, [kuo]), "supply constraints")
    assert claim.source.text == "Ming-Chi Kuo"
    assert claim.speaker == "person:ming-chi-kuo"


@pytest.mark.parametrize(
    "text",
    [
        "The Commission fined the company over its App Store rules, a decision it has appealed.",
        "Regulators opened an inquiry into their Model Y claims, a move the firm called unfair.",
    ],
)
def test_a_product_name_after_its_or_their_makes_a_noun_not_a_verb(text: str) -> None:
    assert claims_of(text) == []


def test_an_acronym_after_their_is_still_a_subject() -> None:
    claim = only(claims_of("Their CEO says the merger will close in June."))
    assert claim.source.text == "Their CEO"
    assert claim.content.text == "the merger will close in June"


def test_doubt_cast_on_an_estimate_disputes_it() -> None:
    text = ("Analysts at Morgan Stanley said the new phone could add 10 million units of sales next year. "
            "But Ming-Chi Kuo cast doubt on that estimate, saying supply would limit shipments.")
    forecast = about(claims_of(text), "10 million units")
    assert forecast.status == "disputed"


@pytest.mark.parametrize(
    "text",
    [
        "The minister accepted the proposal and thanked the mediators.",
        "The union accepted the offer in full and called off the strike.",
    ],
)
def test_a_verb_that_needs_a_clause_with_an_object_and_another_verb_reports_nothing(text: str) -> None:
    assert claims_of(text) == []


def test_a_verb_that_needs_a_clause_reports_one_without_that() -> None:
    claim = only(claims_of("The minister accepted the findings were accurate."))
    assert claim.content.text == "the findings were accurate"


def test_a_report_inside_a_told_clause_is_not_a_second_claim() -> None:
    text = ('Hamas official Osama Hamdan told Al Jazeera the group had accepted the latest proposal "in full" '
            "and blamed the prime minister for the delay.")
    claim = only(claims_of(text, [entity("person:osama-hamdan", "Osama Hamdan", "PERSON", text)]))
    assert claim.speaker == "person:osama-hamdan"
    assert claim.content.text.startswith("the group had accepted")


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ('The ministry called the report "a fabrication."', "The ministry", "called",
         'the report "a fabrication."'),
        ('Netanyahu\'s office rejected that account, calling it "a blatant lie."', "Netanyahu's office", "calling",
         'it "a blatant lie."'),
    ],
)
def test_a_name_given_in_quotation_marks_is_the_speakers_claim(text: str, source: str, cue: str, content: str) -> None:
    claim = only(claims_of(text))
    assert (claim.source.text, claim.cue.text, claim.content.text) == (source, cue, content)
    assert claim.kind == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the decision a mistake.",  # no quotation: could be a name, a call, a verdict
        "Protesters gathered outside, calling for his resignation.",
        "He called it a day.",
        "She was calling her mother.",
    ],
)
def test_calling_without_a_quotation_is_no_claim(text: str) -> None:
    assert claims_of(text) == []
