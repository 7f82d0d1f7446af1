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
