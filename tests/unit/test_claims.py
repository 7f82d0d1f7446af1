"""Claim finder: one test per case of issue 4, on sentences written for these tests.

Entities are built by hand so that these tests do not depend on the entity recogniser.
"""

from __future__ import annotations

import re

import pytest

from newsclaims.models import Claim, Entity, Span
from newsclaims.nlp.claims import find_claims
from newsclaims.nlp.text import analyse


def claims_of(text: str, entities: list[Entity] | None = None) -> list[Claim]:
    return find_claims(analyse(text), entities or [])


def entity(key: str, name: str, etype: str, text: str, aliases=(), roles=()) -> Entity:
    """An entity with a mention at every whole-word occurrence of its name and aliases in `text`."""
    mentions = []
    for surface in [name, *aliases]:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            mentions.append(Span(start=m.start(), end=m.end(), text=m.group()))
    mentions.sort(key=lambda s: s.start)
    return Entity(key=key, name=name, type=etype, aliases=list(aliases), roles=list(roles), mentions=mentions)


def exact_spans(text: str, claim: Claim) -> None:
    """Every span of the claim is exactly the text at its offsets."""
    for span in (claim.content, claim.cue, claim.source):
        if span is not None:
            assert text[span.start : span.end] == span.text


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [c.content.text for c in claims]
    return claims[0]


def about(claims: list[Claim], words: str) -> Claim:
    """The claim whose content contains `words`."""
    hits = [c for c in claims if words in c.content.text]
    assert hits, f"no claim about {words!r} in {[c.content.text for c in claims]}"
    return hits[0]


# ---- direct quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The harbour will reopen in spring," said Tomas Berg.',
        "“The harbour will reopen in spring,” said Tomas Berg.",
        "‘The harbour will reopen in spring,’ said Tomas Berg.",
        "'The harbour will reopen in spring,' said Tomas Berg.",
    ],
)
def test_direct_quote_with_any_quotation_marks(text: str) -> None:
    claim = only(claims_of(text))
    assert claim.kind == "direct"
    assert claim.content.text[1:-2] == "The harbour will reopen in spring"
    assert claim.cue.text == "said"
    assert claim.source.text == "Tomas Berg"


def test_speaker_before_the_quote() -> None:
    claim = only(claims_of('The port director told reporters: "We expect the first ships in May."'))
    assert claim.kind == "direct"
    assert claim.content.text == '"We expect the first ships in May."'
    assert claim.source.text == "The port director"
    assert claim.cue.text == "told"


def test_quote_split_around_its_attribution_is_one_claim() -> None:
    text = "“The vote was fair,” the observer said, “and the count was quick.”"
    claim = only(claims_of(text))
    assert claim.kind == "direct"
    assert claim.content.text == text[:-1] if text.endswith(".") else text
    assert claim.source.text == "the observer"
    assert claim.cue.text == "said"


def test_single_quoted_split_quote() -> None:
    claim = only(claims_of("'We were not told,' she said, 'and nobody asked us.'"))
    assert claim.kind == "direct"
    assert claim.content.text.endswith("'and nobody asked us.'")


def test_quote_over_several_sentences_is_one_claim() -> None:
    text = 'Ana Ruiz said: "The bridge is closed. Trucks must take the ring road. We regret the delay."'
    claim = only(claims_of(text))
    assert claim.content.text == text[len("Ana Ruiz said: ") :]


def test_quote_over_paragraphs_reopened_at_each_paragraph() -> None:
    text = (
        'Ana Ruiz said: "The bridge is closed for repairs.\n\n'
        '"Trucks must take the ring road until March.\n\n'
        '"We regret the delay."\n\nThe council meets on Friday.'
    )
    claim = only(claims_of(text))
    assert claim.kind == "direct"
    assert claim.content.text.startswith('"The bridge')
    assert claim.content.text.endswith('"We regret the delay."')


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = (
        'Ana Ruiz said: "The bridge is closed for repairs.\n\n'
        "The council meets on Friday to discuss the budget.\n\n"
        "Tickets cost ten euros."
    )
    claim = only(claims_of(text))
    assert claim.content.text == '"The bridge is closed for repairs.'
    assert "council" not in claim.content.text


def test_paragraphs_on_single_lines_reopen_and_unclosed_quotes_stop_at_their_line() -> None:
    text = 'Ana Ruiz said: "The bridge is closed.\n"Trucks must take the ring road."\nThe council meets on Friday.'
    claim = only(claims_of(text))
    assert claim.content.text == '"The bridge is closed.\n"Trucks must take the ring road."'
    text = 'Ana Ruiz said: "The bridge is closed.\nThe council meets on Friday.\nTickets cost ten euros.'
    claim = only(claims_of(text))
    assert claim.content.text == '"The bridge is closed.'


def test_quote_standing_alone_after_a_speaker_continues_the_speaker() -> None:
    text = '"We will rebuild the school," the mayor said. "Classes will resume next week."'
    claims = claims_of(text)
    second = about(claims, "Classes will resume")
    assert second.kind == "direct"
    assert second.source.text == "the mayor"
    # the next quoted sentence of the same paragraph goes on with the same statement and verb
    assert second.cue is not None and second.cue.text == "said"


def test_quote_reopened_in_the_next_paragraph_keeps_its_speaker() -> None:
    text = (
        '"We will rebuild the school," the mayor said on Monday.\n\n'
        '"Classes will resume next week, and nobody will lose a term."'
    )
    second = about(claims_of(text), "Classes will resume")
    assert second.kind == "direct"
    assert second.source.text == "the mayor"
    assert second.cue is None  # a new paragraph: the speaker carries over, the verb does not


def test_dash_attribution_after_a_quote() -> None:
    text = 'The club had a poor year.\n"So far, the season has been a disaster." - Marta Quell\nTickets are on sale.'
    claim = only(claims_of(text))
    assert claim.kind == "direct"
    assert claim.source.text == "Marta Quell"
    assert claim.content.text == '"So far, the season has been a disaster."'


def test_quote_split_by_a_question_mark_keeps_its_speaker() -> None:
    claim = only(claims_of('"Who will pay for this?" Vera Lind asked.'))
    assert claim.source.text == "Vera Lind"
    assert claim.content.text == '"Who will pay for this?"'


def test_whole_quoted_sentence_without_attribution() -> None:
    text = 'Vera Lind opened the exhibition on Friday.\n"It took us four years to gather these paintings."'
    quote = about(claims_of(text), "four years")
    assert quote.kind == "direct" and quote.cue is None and quote.source is None
    # with entities, the person just introduced is the likely speaker
    lind = entity("person:vera-lind", "Vera Lind", "PERSON", text)
    quote = about(claims_of(text, [lind]), "four years")
    assert quote.source.text == "Vera Lind" and quote.speaker == "person:vera-lind"


# ---- scare quotes and titles ------------------------------------------------------------------


def test_scare_quotes_and_titles_are_not_claims() -> None:
    text = (
        "The raid marked the start of the 'liberation' of the valley. "
        'The museum bought a copy of "The Silent Harbour" last year.'
    )
    assert claims_of(text) == []


def test_scare_quote_inside_reported_speech_makes_it_mixed() -> None:
    claim = only(claims_of("Mira Holt said that the so-called 'reform' had failed."))
    assert claim.kind == "mixed"
    assert claim.content.text == "the so-called 'reform' had failed"


# ---- indirect speech --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The agency announced that fares would rise in June.", "announced", "The agency"),
        ("The minister has argued that fares must rise.", "has argued", "The minister"),
        ("The unions say fares must not rise.", "say", "The unions"),
        ("The company said in a statement that fares would rise.", "said", "The company"),
        ("Officials warned on Monday that fares would rise.", "warned", "Officials"),
        ("She insisted the fares were fair.", "insisted", "She"),
        ("Fares will rise in June, said the transport minister.", "said", "the transport minister"),
        ("They claimed fares were too high.", "claimed", "They"),
        ("A spokesman for the operator said fares would rise.", "said", "A spokesman for the operator"),
        ("Rui Costa, who chairs the board, said fares would rise.", "said", "Rui Costa"),
        ("The 19-year-old said fares were too high.", "said", "The 19-year-old"),
        ("In her speech, Ada Moss thanked staff and said fares would fall.", "said", "Ada Moss"),
    ],
)
def test_indirect_speech(text: str, cue: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.kind == "indirect"
    assert claim.cue.text == cue
    assert claim.source.text == source
    assert "fares" in claim.content.text.lower()
    assert not claim.content.text.startswith("that ")


def test_a_question_is_a_claim_only_as_a_quotation() -> None:
    claim = only(claims_of('"Who will pay for the repairs?" the mayor asked.'))
    assert claim.kind == "direct" and claim.cue.text == "asked"
    assert claims_of("The mayor asked whether the repairs were paid for.") == []
    assert claims_of("The mayor asked residents to stay calm.") == []


def test_was_quoted_as_saying() -> None:
    claim = only(claims_of("The coach was quoted as saying that the team was exhausted."))
    assert claim.cue.text == "was quoted as saying"
    assert claim.source.text == "The coach"
    assert claim.content.text == "the team was exhausted"


def test_impersonal_it_was_announced() -> None:
    claim = only(claims_of("It was announced that the plant would close."))
    assert claim.kind == "indirect"
    assert claim.cue.text == "was announced"
    assert claim.source is None and claim.speaker is None
    assert claim.content.text == "the plant would close"


def test_impersonal_belief_is_hedged() -> None:
    claim = only(claims_of("It has been reported that the king is ill."))
    assert claim.cue.text == "has been reported" and claim.source is None
    claim = only(claims_of("It is widely believed that the ship sank in the storm."))
    assert claim.hedges == ["is widely believed"] and claim.status == "hedged"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Her claim that the ballots were lost drew criticism.", "Her"),
        ("Nina Brandt's claim that the ballots were lost drew criticism.", "Nina Brandt"),
        ("The minister's assertion that the ballots were lost drew criticism.", "The minister"),
    ],
)
def test_reporting_noun_with_that_clause(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.cue.text in {"claim", "assertion"}
    assert claim.source.text == source
    assert claim.content.text.startswith("the ballots were lost")


def test_according_to_before_and_after() -> None:
    first = only(claims_of("According to the weather service, the storm will reach the coast tonight."))
    assert first.kind == "according_to"
    assert first.cue.text == "According to"
    assert first.source.text == "weather service" or first.source.text == "the weather service"
    assert first.content.text == "the storm will reach the coast tonight"
    second = only(claims_of("The storm will reach the coast tonight, according to forecasters."))
    assert second.kind == "according_to"
    assert second.source.text == "forecasters"
    assert second.content.text == "The storm will reach the coast tonight"


def test_according_to_inside_a_relative_clause() -> None:
    claim = only(
        claims_of("The ferry carried 300 people, who, according to the coastguard, were all rescued.")
    )
    assert claim.kind == "according_to"
    assert claim.source.text == "the coastguard"
    assert claim.content.text == "were all rescued"


def test_quote_then_participle_are_two_claims_of_one_speaker() -> None:
    claims = claims_of('"I am delighted," said Ms. Jones, adding that the team had worked hard.')
    assert [c.content.text for c in claims] == ['"I am delighted,"', "the team had worked hard"]
    assert [c.source.text for c in claims] == ["Ms. Jones", "Ms. Jones"]
    assert [c.cue.text for c in claims] == ["said", "adding"]


def test_participle_reports_for_the_subject() -> None:
    claims = claims_of("The coach praised the players, stating that the team had never been stronger.")
    claim = only(claims)
    assert claim.cue.text == "stating"
    assert claim.source.text == "The coach"
    assert claim.content.text == "the team had never been stronger"


def test_speaker_with_appositive() -> None:
    claim = only(claims_of("Lena Park, a spokeswoman for the airline, said the flights were cancelled."))
    assert claim.source.text == "Lena Park"
    assert claim.content.text == "the flights were cancelled"


def test_attribution_inside_the_sentence() -> None:
    claim = only(claims_of("The new rules, he said, would take effect in January."))
    assert claim.source.text == "he"
    assert claim.cue.text == "said"
    assert "new rules" in claim.content.text and "January" in claim.content.text


def test_reported_words_partly_quoted_are_mixed() -> None:
    claim = only(claims_of('Karl Ostend said the plan was "a complete failure" from the start.'))
    assert claim.kind == "mixed"
    assert claim.source.text == "Karl Ostend"


def test_ordinary_verbs_and_nouns_are_not_cues() -> None:
    text = (
        "The report was published on Monday. Police found a wallet near the station. "
        "He wrote a book about the war. The United States and Canada signed the treaty."
    )
    assert claims_of(text) == []


def test_negated_and_future_reports_are_not_claims() -> None:
    assert claims_of("The minister did not say whether the plan would go ahead.") == []
    assert claims_of("The minister will announce the budget on Friday.") == []


# ---- sources resolved to entities -------------------------------------------------------------

STORY = (
    "Sculptor Ines Varga unveiled a statue in Lyon on Monday. "
    "Varga emphasized that the statue honours the city's firefighters. "
    "She highlighted the help of local volunteers, stating that the bronze was donated. "
    "The sculptor noted that the work took three years. "
    "The ministry said the statue would be moved next year. "
    "Critics argue the statue is too large."
)


def story_entities() -> list[Entity]:
    return [
        entity("person:ines-varga", "Ines Varga", "PERSON", STORY, aliases=["Varga"], roles=["sculptor"]),
        entity("location:lyon", "Lyon", "LOCATION", STORY),
        entity("organization:ministry-of-culture", "Ministry of Culture", "ORGANIZATION", STORY),
    ]


def test_name_short_form_pronoun_and_role_resolve_to_the_person() -> None:
    claims = claims_of(STORY, story_entities())
    assert about(claims, "honours the city").speaker == "person:ines-varga"  # "Varga emphasized"
    assert about(claims, "the bronze was donated").speaker == "person:ines-varga"  # "She ... stating"
    assert about(claims, "took three years").speaker == "person:ines-varga"  # "The sculptor noted"
    assert about(claims, "took three years").source.text == "The sculptor"


def test_role_noun_resolves_to_the_organisation_named_by_it() -> None:
    claim = about(claims_of(STORY, story_entities()), "would be moved")
    assert claim.source.text == "The ministry"
    assert claim.speaker == "organization:ministry-of-culture"


def test_groups_stay_unresolved() -> None:
    claim = about(claims_of(STORY, story_entities()), "too large")
    assert claim.source.text == "Critics"
    assert claim.speaker is None


def test_pronoun_takes_the_most_recent_person() -> None:
    # neither first name tells a reader the gender: the latest person is the antecedent
    text = "Omar Said met Sasha Brandt in Vienna. He said the talks were useful."
    people = [
        entity("person:omar-said", "Omar Said", "PERSON", text),
        entity("person:sasha-brandt", "Sasha Brandt", "PERSON", text),
    ]
    assert only(claims_of(text, people)).speaker == "person:sasha-brandt"


def test_pronoun_takes_the_most_recent_person_of_its_gender() -> None:
    # "Lucia" is a woman's name and "Omar" a man's: "he" is Omar, "she" is Lucia
    text = "Omar Said met Lucia Brandt in Vienna. He said the talks were useful. She said they had failed."
    people = [
        entity("person:omar-said", "Omar Said", "PERSON", text),
        entity("person:lucia-brandt", "Lucia Brandt", "PERSON", text),
    ]
    claims = claims_of(text, people)
    assert about(claims, "talks were useful").speaker == "person:omar-said"
    assert about(claims, "had failed").speaker == "person:lucia-brandt"


def test_name_no_entity_covers_keeps_its_source_span() -> None:
    claim = only(claims_of("Petra Novak said the museum would close."))
    assert claim.source.text == "Petra Novak"
    assert claim.speaker is None


def test_source_after_the_verb_resolves() -> None:
    text = '"Prices will fall," said Mark Ellis.'
    claim = only(
        claims_of(text, [entity("person:mark-ellis", "Mark Ellis", "PERSON", text, aliases=["Ellis"])])
    )
    assert claim.speaker == "person:mark-ellis"


# ---- hedges and unattributed claims -----------------------------------------------------------


@pytest.mark.parametrize("hedge", ["allegedly", "reportedly", "purportedly"])
def test_unattributed_hedged_statement(hedge: str) -> None:
    claim = only(claims_of(f"The rebels {hedge} seized the airport on Sunday."))
    assert claim.kind == "unattributed"
    assert claim.source is None and claim.cue is None and claim.speaker is None
    assert claim.hedges == [hedge]
    assert claim.status == "hedged"
    assert claim.content.text == f"The rebels {hedge} seized the airport on Sunday"


def test_hedged_relative_clause_keeps_its_head() -> None:
    claim = only(claims_of("The town honoured the soldiers who allegedly fought in the battle."))
    assert claim.kind == "unattributed"
    assert claim.content.text == "the soldiers who allegedly fought in the battle"


def test_may_have_hedges_a_reported_claim() -> None:
    claim = only(claims_of("Investigators said the fire may have started in the kitchen."))
    assert claim.kind == "indirect"
    assert "may have" in claim.hedges
    assert claim.status == "hedged"


def test_unconfirmed_report_is_unverified() -> None:
    claim = only(claims_of("Unconfirmed reports said the president had left the country."))
    assert "unconfirmed" in claim.hedges
    assert claim.status == "unverified"


def test_month_may_is_not_a_hedge() -> None:
    claim = only(claims_of("The bridge will reopen in May, said the minister."))
    assert claim.hedges == []
    assert claim.status == "asserted"


# ---- status from the article's own words ------------------------------------------------------


def test_unverified_status_reaches_the_claim_it_is_about() -> None:
    text = (
        "Mercenaries allegedly guarded the northern mines during the winter. "
        "The port authority said cargo traffic had doubled. "
        "The presence of mercenaries at the mines remains unverified by independent sources."
    )
    claims = claims_of(text)
    assert about(claims, "guarded the northern mines").status == "unverified"
    assert about(claims, "cargo traffic").status == "asserted"


def test_disputed_status_from_a_denial() -> None:
    text = "Rosa Imhof said the mayor had taken bribes. The mayor denied the claim on Tuesday."
    claims = claims_of(text)
    assert about(claims, "taken bribes").status == "disputed"


def test_a_reported_denial_disputes_the_claim_it_answers() -> None:
    text = "Rosa Imhof said the mayor had taken bribes from developers. The mayor denied that he had taken bribes."
    claims = claims_of(text)
    assert about(claims, "from developers").status == "disputed"
    assert about(claims, "he had taken bribes").status == "asserted"


@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        ("The claim was disputed by the council.", "disputed"),
        ("Her claim is false.", "disputed"),
        ("She did not provide evidence for the bribes.", "unverified"),
        ("The bribes could not be independently verified.", "unverified"),
    ],
)
def test_verdicts_in_other_words(verdict: str, status: str) -> None:
    claims = claims_of(f"Rosa Imhof said the mayor had taken bribes. {verdict}")
    assert about(claims, "taken bribes").status == status


def test_critics_questioning_the_claim_dispute_it() -> None:
    text = "The army says the bridge was destroyed by rebels, while critics question the claim."
    assert about(claims_of(text), "destroyed by rebels").status == "disputed"


def test_asserted_by_default() -> None:
    assert only(claims_of("The mayor said the budget was balanced.")).status == "asserted"


# ---- keys ---------------------------------------------------------------------------------------


def test_keys_are_stable_and_ordered() -> None:
    claims = claims_of(STORY, story_entities())
    assert [c.key for c in claims] == [f"c{i:04d}" for i in range(1, len(claims) + 1)]
    assert [c.key for c in claims_of(STORY, story_entities())] == [c.key for c in claims]
    starts = [c.content.start for c in claims]
    assert starts == sorted(starts)


def test_empty_and_blank_articles() -> None:
    assert claims_of("") == []
    assert claims_of("   \n\n  ") == []
