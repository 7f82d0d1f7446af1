"""Wire copy around a claim: the dateline before it, the reporter's note after it ("without
providing details"), and a quotation that goes on with an unnamed speaker. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_claims import about, claims_of, entity, only


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, Ukraine (AP) — ", "LONDON (Reuters) - ", "BOSTON, March 9 — ", "WASHINGTON — "],
)
def test_a_dateline_is_not_part_of_the_claim(dateline: str) -> None:
    text = f"{dateline}A drone attack on the port killed three people overnight, officials said Tuesday."
    claim = only(claims_of(text))
    assert claim.content.text == "A drone attack on the port killed three people overnight"
    assert text[claim.content.start : claim.content.end] == claim.content.text


def test_a_sentence_opening_with_an_acronym_keeps_it() -> None:
    text = "US - China talks will resume in May, officials said."
    assert only(claims_of(text)).content.text.startswith("US - China talks")


def test_without_providing_details_ends_the_claim_and_leaves_it_unverified() -> None:
    text = 'The ministry said its forces had struck "military targets" in the region, without providing details.'
    claim = only(claims_of(text))
    assert claim.content.text == 'its forces had struck "military targets" in the region'
    assert claim.status == "unverified"


def test_a_pronoun_after_an_unnamed_speaker_goes_on_with_that_speaker() -> None:
    text = ('Governor Oleh Kiper wrote on Telegram that rescue workers were still searching the rubble. '
            'A port worker, who asked not to be named, told reporters that the attack began after 2 a.m. '
            '"We heard the drones and then everything was on fire," she said.')
    kiper = entity("person:oleh-kiper", "Oleh Kiper", "PERSON", text)
    claim = about(claims_of(text, [kiper]), "We heard the drones")
    assert claim.source.text == "she"
    assert claim.speaker is None


def test_a_pronoun_after_a_named_speaker_still_takes_the_name() -> None:
    text = ('A port worker told reporters that the attack began after 2 a.m. '
            'Governor Oleh Kiper wrote that rescue workers were still searching. '
            '"The enemy targeted civilians," he said.')
    kiper = entity("person:oleh-kiper", "Oleh Kiper", "PERSON", text)
    assert about(claims_of(text, [kiper]), "The enemy targeted").speaker == "person:oleh-kiper"


def test_a_dateline_with_a_region_and_a_date_is_not_part_of_the_claim() -> None:
    text = "MANCHESTER, England, March 4 - Three men were jailed on Tuesday for a robbery, police said."
    assert only(claims_of(text)).content.text == "Three men were jailed on Tuesday for a robbery"


def test_the_reporters_comment_after_the_attribution_is_not_the_claim() -> None:
    text = ("A spacecraft has detected water ice near the Moon's south pole, scientists said on Wednesday, "
            "a finding that could shape where astronauts land.")
    claim = only(claims_of(text))
    assert claim.content.text == "A spacecraft has detected water ice near the Moon's south pole"
    assert claim.source.text == "scientists"


def test_a_headline_verb_that_needs_a_clause_reports_nothing_before_a_comma() -> None:
    claim = only(claims_of("Probe finds water ice in lunar crater, study says"))
    assert (claim.source.text, claim.cue.text) == ("study", "says")


def test_an_indefinite_role_is_someone_new() -> None:
    text = ("Judge Sarah Whitfield jailed the three men. The judge said the attack was planned. "
            "In a separate case, a federal judge in New York denied a request to delay the hearing.")
    judge = entity("person:sarah-whitfield", "Sarah Whitfield", "PERSON", text, roles=["Judge"])
    claims = claims_of(text, [judge])
    assert about(claims, "the attack was planned").speaker == "person:sarah-whitfield"
    assert about(claims, "a request to delay").speaker is None


def test_a_second_report_joined_by_and_has_the_same_speaker() -> None:
    text = "Doherty's barrister, James Okafor, argued that the evidence was weak and said his client would appeal."
    okafor = entity("person:james-okafor", "James Okafor", "PERSON", text)
    claim = about(claims_of(text, [okafor]), "his client would appeal")
    assert claim.speaker == "person:james-okafor"


def test_states_after_a_capitalised_word_is_a_noun() -> None:
    assert claims_of("Modi has deepened ties with Gulf states that employ nine million Indian workers.") == []
    claim = only(claims_of("The Treaty states that the parties must consult each other."))
    assert claim.cue.text == "states"


def test_doubt_after_cast_is_a_noun() -> None:
    text = "Ana Ruiz cast doubt on the figure, saying supply constraints would limit shipments."
    claim = only(claims_of(text, [entity("person:ana-ruiz", "Ana Ruiz", "PERSON", text)]))
    assert (claim.source.text, claim.cue.text) == ("Ana Ruiz", "saying")


def test_a_new_report_after_a_quotation_is_not_that_quotations_tag() -> None:
    text = '"The bridge is unsafe," the mayor said. "We have no choice." He added that repairs would take a year.'
    claims = claims_of(text)
    assert about(claims, "We have no choice").source.text == "the mayor"
    repairs = about(claims, "repairs would take a year")
    assert (repairs.source.text, repairs.cue.text, repairs.kind) == ("He", "added", "indirect")


def test_a_bare_tag_after_a_quotation_still_takes_it() -> None:
    claim = only(claims_of('"We will win." She said on Monday.'))
    assert (claim.source.text, claim.content.text) == ("She", '"We will win."')


def test_a_counted_noun_is_no_reporting_verb() -> None:
    text = "According to the indictment, she steered at least six projects to companies that paid for her house."
    claim = only(claims_of(text))
    assert claim.kind == "according_to"


def test_a_verb_right_after_that_makes_a_relative_clause() -> None:
    assert claims_of("The firm won projects that paid for the new offices.") == []
    assert only(claims_of("Scientists found that the ice had melted.")).content.text == "the ice had melted"


def test_documents_show_after_a_claim_is_not_part_of_it() -> None:
    text = "One developer told investigators that he had been pressured to pay, court documents show."
    claims = claims_of(text)
    told = next(c for c in claims if c.cue.text == "told")
    assert told.content.text == "he had been pressured to pay"
    # the documents are where the reporter read it: a claim of their own over the whole report
    shown = [c for c in claims if c.cue.text == "show"]
    assert [c.source.text for c in shown] == ["court documents"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Critics who oppose the plan said it would fail.", "Critics"),
        ("Residents who fled the fighting told reporters that the town was empty.", "Residents"),
        ("A man who asked not to be named said the shop had closed.", "A man"),
        ("The company that owns the mine said output would fall.", "The company"),
    ],
)
def test_a_subject_with_a_relative_clause_is_the_source(text: str, source: str) -> None:
    assert only(claims_of(text)).source.text == source


def test_an_acronym_before_a_title_belongs_to_the_source() -> None:
    text = '"We are in a race against time," WHO Director-General Tedros Adhanom Ghebreyesus told a news briefing.'
    claim = only(claims_of(text))
    assert (claim.kind, claim.source.text) == ("direct", "WHO Director-General Tedros Adhanom Ghebreyesus")


def test_aid_groups_disagreeing_are_a_claim_of_their_own() -> None:
    claims = claims_of("The ministry said 48 people had died, though aid groups believe the real toll is higher.")
    assert about(claims, "48 people").content.text == "48 people had died"
    assert about(claims, "real toll").source.text == "aid groups"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Hale said he was "deeply saddened" by the news and called for calm.',
         'he was "deeply saddened" by the news'),
        ("Hale said the firm had collapsed and urged investors to stay calm.", "the firm had collapsed"),
    ],
)
def test_an_appeal_joined_by_and_is_the_speakers_act_not_part_of_the_claim(text: str, content: str) -> None:
    assert only(claims_of(text)).content.text == content


def test_admitting_a_noun_is_no_claim_but_admitting_a_clause_is() -> None:
    assert claims_of("Parry acknowledges the tension.") == []
    assert claims_of("He admitted the charges.") == []
    assert only(claims_of("She conceded the vote was close.")).content.text == "the vote was close"
    assert only(claims_of('"We made mistakes," he admitted.')).kind == "direct"
