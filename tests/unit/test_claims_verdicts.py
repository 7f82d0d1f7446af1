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


def test_sources_close_to_someone_are_not_that_someone() -> None:
    text = "Sources close to the chancellor, Rachel Reeves, said she was prepared to make concessions."
    reeves = entity("person:rachel-reeves", "Rachel Reeves", "PERSON", text, roles=["chancellor"])
    claim = only(claims_of(text, [reeves]))
    assert claim.source.text == "Sources close to the chancellor"
    assert claim.speaker is None


def test_allies_of_a_named_person_are_a_group() -> None:
    text = "Allies of Ana Ruiz said she would run again."
    ruiz = entity("person:ana-ruiz", "Ana Ruiz", "PERSON", text)
    assert only(claims_of(text, [ruiz])).speaker is None


def test_a_figure_the_sentence_says_others_dispute_is_disputed() -> None:
    text = ("The impact assessment suggested that 250,000 people could fall into poverty as a result, "
            "a figure ministers have disputed.")
    claim = only(claims_of(text))
    assert claim.status == "disputed"
    assert claim.content.text == "250,000 people could fall into poverty as a result"


def test_an_accusation_names_its_charge_with_of() -> None:
    text = 'Kemi Badenoch, the Conservative leader, accused the government of "chaos and confusion".'
    badenoch = entity("person:kemi-badenoch", "Kemi Badenoch", "PERSON", text)
    claim = only(claims_of(text, [badenoch]))
    assert (claim.kind, claim.cue.text, claim.speaker) == ("mixed", "accused", "person:kemi-badenoch")
    assert claim.content.text == 'the government of "chaos and confusion"'


def test_an_accusation_the_accused_denies_is_disputed() -> None:
    claim = only(claims_of("Kyiv has accused Moscow of targeting civilians, a charge the Kremlin denies."))
    assert claim.content.text == "Moscow of targeting civilians"
    assert claim.status == "disputed"


def test_accused_without_a_charge_or_as_an_adjective_is_no_claim() -> None:
    assert claims_of("He accused the referee.") == []
    assert claims_of("The accused men appeared in court on Monday.") == []


def test_a_report_that_the_claim_is_false_disputes_the_claim() -> None:
    text = ("A post on social media claimed that the deal had already been signed. "
            "That claim appears to be false, two people briefed on the talks said.")
    claims = claims_of(text)
    assert about(claims, "already been signed").status == "disputed"
    verdict = about(claims, "appears to be false")
    assert verdict.source.text == "two people briefed on the talks"
    assert verdict.status != "disputed"


def test_a_report_about_something_else_disputes_nothing() -> None:
    text = ("A post on social media claimed that the deal had already been signed. "
            "The weather appears to be improving, forecasters said.")
    assert about(claims_of(text), "already been signed").status == "asserted"


def test_others_disagreeing_in_the_same_sentence_dispute_the_claim() -> None:
    claim = only(claims_of("The minister insisted the plan was sound, though critics disagreed."))
    assert claim.content.text == "the plan was sound"
    assert claim.status == "disputed"


def test_a_concession_in_the_speakers_own_words_stays_in_the_claim() -> None:
    claim = only(claims_of("The minister said the plan was sound, though costly."))
    assert claim.content.text == "the plan was sound, though costly"
    assert claim.status == "asserted"


def test_a_headline_claiming_victory_is_an_action_not_a_report() -> None:
    assert claims_of("Ruling party claims victory in disputed election") == []


def test_criticism_the_government_dismisses_is_disputed() -> None:
    text = ("International observers said the vote was marred by intimidation. "
            "The government dismissed the criticism as politically motivated.")
    assert about(claims_of(text), "marred by intimidation").status == "disputed"


def test_a_poll_by_a_body_is_the_source_across_a_participle_phrase() -> None:
    text = ("A poll by the International Republican Institute, conducted in September, found that 79% "
            "of voters support joining the European Union.")
    claim = only(claims_of(text))
    assert claim.source.text == "A poll by the International Republican Institute"
    assert claim.content.text == "79% of voters support joining the European Union"


def test_a_report_inside_a_relative_clause_ends_with_the_clause() -> None:
    text = ("Georgian Dream, which critics say has grown closer to Moscow, has denied that it wants "
            "to abandon the bid.")
    assert about(claims_of(text), "closer to Moscow").content.text == "has grown closer to Moscow"
