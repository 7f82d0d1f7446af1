"""Claim finder on wire-copy attribution patterns (Reuters/AP political news), written for these tests.

Each test states a general fact about how English news attributes statements; entities are built
by hand so that the tests do not depend on the entity recogniser.
"""

from __future__ import annotations

import pytest

from tests.unit.test_claims import about, claims_of, entity, only


def _exact(text: str, claim) -> None:
    for span in (claim.content, claim.cue, claim.source):
        if span is not None:
            assert text[span.start : span.end] == span.text


# ---- source spans keep the article's words; the speaker names the person ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emeritus Professor John Burrows said the manuscript was genuine.", "John Burrows"),
        ("Health Minister Ana Ruiz warned that hospitals were running out of beds.", "Ana Ruiz"),
        (
            '"This is unacceptable," Foreign Minister Sergei Lavrov said at a news conference.',
            "Sergei Lavrov",
        ),
        ("Kremlin spokesman Dmitry Peskov said Moscow would respond.", "Dmitry Peskov"),
    ],
)
def test_a_titled_source_keeps_its_title_and_resolves_to_the_person(text: str, name: str) -> None:
    person = entity("person:x", name, "PERSON", text)
    claim = only(claims_of(text, [person]))
    assert claim.source.text.endswith(name) and claim.source.text != name
    assert claim.speaker == "person:x"
    _exact(text, claim)


def test_title_stays_when_no_entity_names_the_person() -> None:
    text = "Emeritus Professor John Burrows said the manuscript was genuine."
    assert only(claims_of(text)).source.text == "Emeritus Professor John Burrows"


def test_someone_speaking_for_a_person_keeps_the_span_and_gives_that_persons_word() -> None:
    text = "A spokeswoman for Prime Minister Keir Starmer said he had not been consulted."
    starmer = entity("person:keir-starmer", "Keir Starmer", "PERSON", text)
    claim = only(claims_of(text, [starmer]))
    # the span is not cut to the name (she is not Starmer); who claims this is Starmer's office
    assert claim.source.text == "A spokeswoman for Prime Minister Keir Starmer"
    assert claim.speaker == "person:keir-starmer"


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "The company's chief executive, Sarah Brown, said sales had doubled.",
            "Sarah Brown",
            "sales had doubled",
        ),
        (
            "The head of the International Atomic Energy Agency, Rafael Grossi, said inspectors had been denied access.",
            "Rafael Grossi",
            "inspectors had been denied access",
        ),
        (
            "Inspectors had been denied access, the head of the International Atomic Energy Agency, Rafael Grossi, said.",
            "Rafael Grossi",
            "Inspectors had been denied access",
        ),
        ("Jones, a former minister, said the money was gone.", "Jones", "the money was gone"),
    ],
)
def test_a_name_set_off_after_a_role_is_the_source(text: str, name: str, content: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == name
    assert claim.content.text == content
    _exact(text, claim)


def test_a_person_introduced_by_who_is_a_source_even_without_a_name() -> None:
    text = '"The ship has been seized," a spokesman, who asked not to be named, said.'
    claim = only(claims_of(text))
    assert claim.kind == "direct"
    assert claim.source.text == "a spokesman"
    assert claim.content.text == '"The ship has been seized,"'


@pytest.mark.parametrize(
    "text",
    [
        "Two sources familiar with the matter told Reuters that the deal was close.",
        "The deal was close, two sources familiar with the matter said.",
    ],
)
def test_sources_familiar_with_the_matter(text: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text.lower() == "two sources familiar with the matter"
    assert "deal was close" in claim.content.text


def test_a_day_between_subject_and_verb() -> None:
    claim = only(claims_of("Prime Minister Narendra Modi on Sunday said the country would meet its targets."))
    assert claim.source.text == "Prime Minister Narendra Modi"
    assert claim.content.text == "the country would meet its targets"


def test_a_participle_phrase_between_subject_and_verb() -> None:
    text = "Results of the studies, published in the journal Nature on Tuesday, show that the drug works."
    claim = only(claims_of(text))
    assert claim.source.text == "Results of the studies"
    assert claim.cue.text == "show"
    assert claim.content.text == "the drug works"


# ---- where the statement is -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The troops will leave by March, officials said on condition of anonymity.", "officials"),
        ("The troops will leave by March, officials said on Monday.", "officials"),
        (
            "The vote was rigged, opposition leader Raila Odinga told reporters on Tuesday.",
            "opposition leader Raila Odinga",
        ),
        ("The troops will leave by March, Biden said in a speech in Pittsburgh.", "Biden"),
    ],
)
def test_a_phrase_of_time_or_place_after_the_verb_is_not_the_statement(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == source
    assert claim.content.text in {"The troops will leave by March", "The vote was rigged"}


def test_said_then_adding_are_two_statements() -> None:
    claims = claims_of("The talks were productive, he said, adding that a deal could come soon.")
    assert about(claims, "productive").content.text == "The talks were productive"
    adding = about(claims, "deal could come")
    assert adding.cue.text == "adding"
    assert adding.content.text == "a deal could come soon"


def test_in_a_statement_after_the_content_is_not_part_of_it() -> None:
    claim = only(claims_of("The group said it was behind the attack, in a statement posted on Telegram."))
    assert claim.content.text == "it was behind the attack"


@pytest.mark.parametrize(
    "text",
    [
        "Grossi told a news conference in Vienna that inspectors had been denied access.",
        "Grossi told lawmakers that inspectors had been denied access.",
    ],
)
def test_the_hearer_of_told_is_not_the_statement(text: str) -> None:
    assert only(claims_of(text)).content.text == "inspectors had been denied access"


def test_a_short_whole_quoted_sentence_continues_the_speaker() -> None:
    text = '"We hope the government will listen to us," said protester Ana Lima, 23. "We are tired."'
    claims = claims_of(text)
    tired = about(claims, "We are tired")
    assert tired.kind == "direct"
    assert tired.source.text == "protester Ana Lima"


# ---- more reporting verbs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("A new poll shows that most voters oppose the plan.", "shows", "most voters oppose the plan"),
        (
            "Economists worry that the tariffs will push up prices.",
            "worry",
            "the tariffs will push up prices",
        ),
        ("The minister accepted that mistakes had been made.", "accepted", "mistakes had been made"),
        ("He recounted how soldiers had beaten him.", "recounted", "how soldiers had beaten him"),
        (
            "Analysts projected that the party would win 40 seats.",
            "projected",
            "the party would win 40 seats",
        ),
    ],
)
def test_more_reporting_verbs(text: str, cue: str, content: str) -> None:
    claim = only(claims_of(text))
    assert claim.cue.text == cue
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The crowd became a unique light show that can be seen from the hill.",
        "The results show the camp kept its majority.",
        "She accepted the award on behalf of her team.",
        "Investors were worried about the debt.",
    ],
)
def test_nouns_and_objects_spelled_like_reporting_verbs(text: str) -> None:
    assert claims_of(text) == []


def test_a_feeling_inside_a_report_is_part_of_it() -> None:
    claim = only(claims_of("Jafari said she felt the boy had been treated unfairly."))
    assert claim.cue.text == "said"
    assert claim.content.text == "she felt the boy had been treated unfairly"


# ---- inverted attributions and long titles --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The deal is dead, said the minister in a statement.", "the minister"),
        ("The deal is dead, said Senator Tom Harris on Monday.", "Senator Tom Harris"),
        ('"The deal is dead," said Harris at a news conference in Geneva.', "Harris"),
        ("The deal is dead, said officials in Kyiv.", "officials in Kyiv"),
        (
            "The deal is dead, said a spokesman for the Ministry of Foreign Affairs.",
            "a spokesman for the Ministry of Foreign Affairs",
        ),
    ],
)
def test_inverted_source_ends_before_when_and_where(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == source
    _exact(text, claim)


def test_a_title_holding_of_before_the_name() -> None:
    text = "U.S. Secretary of State Marco Rubio, speaking to CNN, said Zelenskiy should apologise."
    rubio = entity("person:marco-rubio", "Marco Rubio", "PERSON", text)
    us = entity("location:us", "U.S.", "LOCATION", text)
    claim = only(claims_of(text, [us, rubio]))
    assert claim.speaker == "person:marco-rubio"
    assert claim.source.text == "U.S. Secretary of State Marco Rubio"


def test_a_body_in_a_place_is_one_source() -> None:
    claim = only(claims_of("The ministry of defence in Moscow said its forces had captured two villages."))
    assert claim.source.text == "The ministry of defence in Moscow"


def test_a_finding_inside_a_report_belongs_to_the_report() -> None:
    claim = only(
        claims_of("The Kremlin said the talks in London showed that Europe wanted the war to continue.")
    )
    assert claim.cue.text == "said"


def test_the_reporters_comment_after_a_claim_is_not_part_of_it() -> None:
    text = (
        "The ministry said its forces had captured two villages in the east, "
        "a claim Reuters could not independently verify."
    )
    claim = only(claims_of(text))
    assert claim.content.text == "its forces had captured two villages in the east"
    assert claim.status == "unverified"


def test_a_day_after_is_the_reporters_context() -> None:
    text = "Zelenskiy said on Monday that he was ready to sign the deal, a day after a heated exchange in the White House."
    assert only(claims_of(text)).content.text == "he was ready to sign the deal"


def test_a_lead_in_with_a_colon_reports_the_quotation_on_the_next_line() -> None:
    text = 'In a statement, the council said:\n"The bridge will close on Monday for repairs."'
    claim = only(claims_of(text))
    assert claim.kind == "direct"
    assert claim.cue.text == "said"
    assert claim.source.text == "the council"
    assert claim.content.text == '"The bridge will close on Monday for repairs."'


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said late on Tuesday that the border would reopen.",
        "The ministry said in a televised address that the border would reopen.",
        "The minister, in remarks to reporters, said the border would reopen.",
        "According to police, who are investigating the attack, the border would reopen.",
    ],
)
def test_phrases_around_the_verb_are_skipped(text: str) -> None:
    claim = only(claims_of(text))
    assert claim.content.text == "the border would reopen"
    assert claim.source.text.lower() in {"the ministry", "the minister", "police"}


@pytest.mark.parametrize(
    "text",
    [
        "The border will reopen, Darmanin said, though he gave no date.",
        "The border will reopen, officials said, ending a two-week closure.",
        "The border will reopen, Interior Minister Gerald Darmanin told France Inter radio.",
    ],
)
def test_what_follows_a_mid_sentence_attribution_is_not_always_the_statement(text: str) -> None:
    assert only(claims_of(text)).content.text == "The border will reopen"


def test_a_clause_after_said_is_no_inverted_source() -> None:
    # "said the border would reopen" holds a clause, not the name of who said it
    for c in claims_of("The minister, in remarks to reporters, said the border would reopen."):
        assert c.source is None or "would" not in c.source.text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Scientists have discovered that the plant is unsafe.", "have discovered"),
        ("Greenpeace has argued for years that the plant is unsafe.", "has argued"),
        ("The agency says on its website that the plant is unsafe.", "says"),
    ],
)
def test_findings_and_long_held_arguments(text: str, cue: str) -> None:
    claim = only(claims_of(text))
    assert claim.cue.text == cue
    assert claim.content.text == "the plant is unsafe"


def test_wire_patterns_stay_linear() -> None:
    import time

    one = (
        "The border will reopen, Interior Minister Gerald Darmanin told France Inter radio on Monday. "
        "The head of the agency, Rafael Grossi, said late on Tuesday that the plan, he said, "
        "adding that it works, was fine. "
    )
    text = one * 2000
    person = entity("person:gerald-darmanin", "Gerald Darmanin", "PERSON", text)
    t0 = time.process_time()
    claims = claims_of(text, [person])
    assert time.process_time() - t0 < 10
    assert len(claims) >= 4000


@pytest.mark.parametrize(
    "text",
    ['"We are ready," said a man who was standing nearby.', "We are ready, said a man who had seen it."],
)
def test_an_inverted_source_with_a_relative_clause_still_reports(text: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == "a man"
    assert "We are ready" in claim.content.text
