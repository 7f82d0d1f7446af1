"""Statements reported by a participle after the main clause ("..., saying it would protect
jobs") and by a document someone put out ("issued a statement saying ..."). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_claims import about, claims_of, entity, only


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Finance Minister Ana Ruiz defended the budget on Monday, saying it would protect jobs.",
         "saying", "it would protect jobs"),
        ("Ana Ruiz rejected the proposal, adding the talks had stalled over pensions.",
         "adding", "the talks had stalled over pensions"),
        ("Ana Ruiz voted against the bill, arguing the costs were understated.",
         "arguing", "the costs were understated"),
        ("Ana Ruiz has defended the bank's record, saying inflation was \"moving in the right direction.\"",
         "saying", "inflation was \"moving in the right direction.\""),
    ],
)
def test_a_participle_after_the_clause_reports_for_its_subject(text: str, cue: str, content: str) -> None:
    ruiz = entity("person:ana-ruiz", "Ana Ruiz", "PERSON", text)
    claim = about(claims_of(text, [ruiz]), content)
    assert claim.content.text == content
    assert claim.cue.text == cue
    assert claim.speaker == "person:ana-ruiz"
    assert text[claim.content.start : claim.content.end] == claim.content.text


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz opened the session, highlighting the importance of the reform.",  # a noun phrase
        "Ana Ruiz closed the debate, warning of a crisis that could last years.",  # a preposition
        "Ana Ruiz praised the staff, noting the work that the team had done.",  # a relative clause
    ],
)
def test_a_participle_with_no_clause_reports_nothing(text: str) -> None:
    assert claims_of(text, [entity("person:ana-ruiz", "Ana Ruiz", "PERSON", text)]) == []


@pytest.mark.parametrize("verb", ["issued", "released", "posted"])
def test_a_statement_speaks_for_whoever_issued_it(verb: str) -> None:
    text = f"The Harbour Authority {verb} a statement saying the outage had been resolved."
    authority = entity("organization:harbour-authority", "Harbour Authority", "ORGANIZATION", text)
    claim = only(claims_of(text, [authority]))
    assert claim.source.text == "The Harbour Authority"
    assert claim.speaker == "organization:harbour-authority"
    assert claim.content.text == "the outage had been resolved"


def test_a_statement_nobody_is_said_to_have_issued_stays_the_source() -> None:
    claim = only(claims_of("A statement saying the outage had been resolved was read out."))
    assert claim.source.text == "A statement"
