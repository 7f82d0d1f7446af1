"""What the article itself says about a claim, written into its attribution ("claimed, without
evidence, that", "falsely said"), and sources that are a body's estimate or report. Sentences
written for these tests."""

from __future__ import annotations

from tests.unit.test_claims import about, claims_of, entity, only


def test_without_evidence_in_the_attribution_marks_that_claim_unverified() -> None:
    claim = only(claims_of("The governor has claimed, without evidence, that thousands of ballots were forged."))
    assert claim.status == "unverified"
    assert claim.content.text == "thousands of ballots were forged"


def test_a_later_dispute_of_the_characterisation_wins_over_unverified() -> None:
    text = ("The governor has claimed, without evidence, that thousands of ballots were forged. "
            "Election officials have disputed that characterization.")
    assert about(claims_of(text), "ballots were forged").status == "disputed"


def test_falsely_before_the_cue_disputes_the_claim() -> None:
    claim = only(claims_of("The senator falsely claimed that the vote had been rigged."))
    assert claim.status == "disputed"


def test_an_adverb_of_manner_before_the_cue_is_no_verdict() -> None:
    claim = only(claims_of("The senator repeatedly claimed that the vote had been rigged."))
    assert claim.status == "asserted"


def test_a_bodys_estimate_speaks_for_the_body() -> None:
    text = "According to a Congressional Budget Office estimate, the measure would cost about $20 billion."
    cbo = entity("organization:congressional-budget-office", "Congressional Budget Office", "ORGANIZATION", text)
    claim = only(claims_of(text, [cbo]))
    assert claim.kind == "according_to"
    assert claim.source.text == "a Congressional Budget Office estimate"
    assert claim.speaker == "organization:congressional-budget-office"
    assert claim.content.text == "the measure would cost about $20 billion"


def test_a_word_after_a_and_a_name_is_a_noun_not_a_reporting_verb() -> None:
    text = "Lawmakers cited a Pentagon estimate of the cost."
    assert claims_of(text) == []
