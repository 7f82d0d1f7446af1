"""Seventh round: the whole subject that reports, impersonal reports and asides.

A source span is the article's own words for whoever reports, so it takes in a participle phrase
that describes the subject ("a survey published in The Lancet") and leaves out a time phrase
that only stands between subject and verb ("The minister last week said"). Each test states a
rule a reader would state; the sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.test_claims import about, claims_of, entity, exact_spans, only

# ---- 1. a participle phrase describes the subject ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The results of the national survey published in The Lancet this week show that obesity is rising.",
            "The results of the national survey published in The Lancet this week",
        ),
        ("Witnesses interviewed by Reuters said the soldiers fired first.", "Witnesses interviewed by Reuters"),
        ("Residents living near the plant said the smell was unbearable.", "Residents living near the plant"),
        ("The group based in London said the ban was unlawful.", "The group based in London"),
        (
            "A report published in March by Amnesty International found that prisoners had been beaten.",
            "A report published in March by Amnesty International",
        ),
    ],
)
def test_a_participle_phrase_after_the_subject_is_part_of_the_source(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == source
    exact_spans(text, claim)


def test_people_described_by_who_interviewed_them_are_not_the_interviewer() -> None:
    text = "Witnesses interviewed by Reuters said the soldiers fired first."
    reuters = entity("organization:reuters", "Reuters", "ORGANIZATION", text)
    claim = only(claims_of(text, [reuters]))
    assert claim.speaker is None  # the witnesses speak; Reuters only asked


def test_a_report_speaks_for_the_body_that_published_it() -> None:
    text = "A report published in March by Amnesty International found that prisoners had been beaten."
    amnesty = entity("organization:amnesty-international", "Amnesty International", "ORGANIZATION", text)
    claim = only(claims_of(text, [amnesty]))
    assert claim.speaker == "organization:amnesty-international"


def test_a_spokesperson_for_a_body_speaks_for_it_whatever_ends_the_phrase() -> None:
    text = "A spokeswoman for the UN Environment Programme said 40 delegations had signed the pledge."
    unep = entity("organization:unep", "UN Environment Programme", "ORGANIZATION", text)
    claim = only(claims_of(text, [unep]))
    assert claim.source.text == "A spokeswoman for the UN Environment Programme"
    assert claim.speaker == "organization:unep"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Barack Obama this week said the deal was fair.", "Barack Obama"),
        ("The minister last week said the tax would go.", "The minister"),
        ("Local officials on Sunday said the dam had held.", "Local officials"),
    ],
)
def test_a_time_phrase_between_subject_and_verb_is_not_part_of_the_source(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == source


def test_a_newspaper_named_after_a_day_keeps_its_name() -> None:
    text = "The Sunday Times reported that the minister had resigned."
    claim = only(claims_of(text))
    assert claim.source.text == "The Sunday Times"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sources within the Interior Ministry said the minister would resign.", "Sources within the Interior Ministry"),
        ("Officials inside the White House said the plan was dead.", "Officials inside the White House"),
    ],
)
def test_people_within_a_body_are_a_group_not_the_body(text: str, source: str) -> None:
    body = entity("organization:x", source.split(" the ")[-1], "ORGANIZATION", text)
    claim = only(claims_of(text, [body]))
    assert claim.source.text == source
    assert claim.speaker is None


# ---- 2. impersonal reports ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was announced on Tuesday that the plant would close.",
        "It was confirmed late on Friday that the plant would close.",
        "It was announced that the plant would close.",
    ],
)
def test_an_impersonal_report_with_a_time_before_that(text: str) -> None:
    claim = only(claims_of(text))
    assert claim.content.text == "the plant would close"
    assert claim.source is None
    assert claim.cue.text.startswith("was ")


def test_there_were_claims_that_is_a_claim_with_no_source() -> None:
    text = "There were claims that the votes had been miscounted."
    claim = only(claims_of(text))
    assert claim.content.text == "the votes had been miscounted"
    assert claim.cue.text == "claims"
    assert claim.source is None
    assert claim.status == "asserted"


def test_unconfirmed_reports_make_one_unverified_claim() -> None:
    text = "There were also unconfirmed reports that the general had fled."
    claim = only(claims_of(text))  # not a second, unattributed claim for the whole sentence
    assert claim.content.text == "the general had fled"
    assert claim.hedges == ["unconfirmed"]
    assert claim.status == "unverified"


def test_there_is_no_evidence_is_not_a_report() -> None:
    assert claims_of("There is no evidence that the vote was rigged.") == []


# ---- 3. "according to" as an aside inside the clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bill would, according to its sponsors, cut emissions by half.",
            "The bill would, according to its sponsors, cut emissions by half",
        ),
        (
            "The economy, according to the central bank, will shrink next year.",
            "The economy, according to the central bank, will shrink next year",
        ),
    ],
)
def test_according_to_between_subject_and_verb_vouches_for_the_whole_clause(text: str, content: str) -> None:
    claim = only(claims_of(text))
    assert claim.kind == "according_to"
    assert claim.content.text == content


def test_according_to_after_a_whole_clause_still_vouches_for_that_clause() -> None:
    text = "The Polaroids were all donated by the foundation, according to Kristen Wilkins, a curator."
    claim = about(claims_of(text), "Polaroids")
    assert claim.content.text == "The Polaroids were all donated by the foundation"


# ---- 4. where the reported clause starts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said at least 11 civilians had been killed.", "at least 11 civilians had been killed"),
        ("The ministry said up to 200 people were injured.", "up to 200 people were injured"),
        ("Police said more than a dozen people were arrested.", "more than a dozen people were arrested"),
        ("Doctors said about 40 people were treated.", "about 40 people were treated"),
    ],
)
def test_a_reported_clause_may_open_with_an_approximate_number(text: str, content: str) -> None:
    assert only(claims_of(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tessel claimed, without providing evidence, that the damage was caused by a gas leak.",
            "the damage was caused by a gas leak",
        ),
        (
            "Irena Halasz claimed without evidence that the walkout had been staged.",
            "the walkout had been staged",
        ),
        (
            "Delacroix told reporters after the hearing that the defence would call five witnesses.",
            "the defence would call five witnesses",
        ),
        (
            "Anita Sorensen told the jury in her opening statement that the money led to the mayor.",
            "the money led to the mayor",
        ),
        (
            "The human rights centre said in a report published on Sunday that three protesters had died.",
            "three protesters had died",
        ),
    ],
)
def test_how_when_and_where_it_was_said_stand_before_that(text: str, content: str) -> None:
    assert only(claims_of(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister told parliament the package would save households $500.", "the package would save households $500"),
        ("The whips had told wavering members that the vote was a matter of confidence.", "the vote was a matter of confidence"),
    ],
)
def test_whoever_was_told_is_not_part_of_what_was_said(text: str, content: str) -> None:
    assert only(claims_of(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A study published on Wednesday found that people sleep worse.", "A study published on Wednesday"),
        ("A study published on Wednesday has found that people sleep worse.", "A study published on Wednesday"),
        (
            "A large study published in the journal Neurology Today found that people sleep worse.",
            "A large study published in the journal Neurology Today",
        ),
    ],
)
def test_a_study_described_by_where_and_when_it_was_published(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == source
    assert claim.content.text == "people sleep worse"


def test_the_journal_that_published_a_study_is_not_its_speaker() -> None:
    text = "A large study published in the journal Neurology Today found that people sleep worse."
    journal = entity("organization:neurology-today", "Neurology Today", "ORGANIZATION", text)
    assert only(claims_of(text, [journal])).speaker is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In a press release issued on Monday, the company said the flats would be affordable.", "the company"),
        ("In a statement posted on his website, Dr Brooks said the rebates were too small.", "Dr Brooks"),
    ],
)
def test_a_fronted_phrase_with_a_participle_is_not_part_of_the_source(text: str, source: str) -> None:
    assert only(claims_of(text)).source.text == source


# ---- 5. appositives that name the speaker ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "One of the organisers, the MP for Bolton North, Priya Lakhani, told the BBC that colleagues were furious.",
            "Priya Lakhani",
            ("person:priya-lakhani", "Priya Lakhani"),
        ),
        (
            "The society's secretary, retired architect Graham Pell, said the design was bland.",
            "retired architect Graham Pell",
            ("person:graham-pell", "Graham Pell"),
        ),
        (
            "Independent MP for Warringah East, Dr Lachlan Brooks, said he was disappointed.",
            "Dr Lachlan Brooks",
            ("person:lachlan-brooks", "Lachlan Brooks"),
        ),
        (
            "Speaking to Sky News on Tuesday morning, the health secretary, Marcus Adeyemi, said he was confident.",
            "Marcus Adeyemi",
            ("person:marcus-adeyemi", "Marcus Adeyemi"),
        ),
        (
            "On Monday, the campaign manager, Grace Whitfield, said the charges were political.",
            "Grace Whitfield",
            ("person:grace-whitfield", "Grace Whitfield"),
        ),
    ],
)
def test_the_appositive_that_names_a_person_gives_the_speaker(text: str, source: str, speaker) -> None:
    person = entity(speaker[0], speaker[1], "PERSON", text)
    claim = only(claims_of(text, [person]))
    assert claim.source.text == source
    assert claim.speaker == speaker[0]
    exact_spans(text, claim)


def test_a_name_after_a_role_word_heads_the_source_whatever_its_type() -> None:
    text = "Her co-author, University of Utrecht professor Jan de Groot, said the team had found a link."
    uni = entity("organization:utrecht", "University of Utrecht", "ORGANIZATION", text)
    groot = entity("misc:jan-de-groot", "Jan de Groot", "MISC", text)  # a recogniser's slip
    claim = only(claims_of(text, [uni, groot]))
    assert claim.source.text == "University of Utrecht professor Jan de Groot"
    assert claim.speaker == "misc:jan-de-groot"


def test_a_constituency_is_not_a_speaker() -> None:
    text = "Independent MP for Warringah East, Dr Lachlan Brooks, said he was disappointed."
    place = entity("person:warringah-east", "Warringah East", "PERSON", text)  # a recogniser's slip
    claim = only(claims_of(text, [place]))
    assert claim.source.text == "Dr Lachlan Brooks"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Institute for Fiscal Studies, an independent think tank, said in a report that both estimates were too high.",
            "The Institute for Fiscal Studies",
        ),
        ("Meanwhile, Kasimiri state media reported that the border was closed.", "Kasimiri state media"),
        (
            "The organisers, a coalition of student unions called Open Kestria, said the march had been peaceful.",
            "The organisers",
        ),
    ],
)
def test_nouns_spelled_like_verbs_inside_a_subject(text: str, source: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text == source


def test_a_mission_to_a_body_speaks_for_its_country_not_the_body() -> None:
    text = "Veranda's mission to the UN called her remarks \"shameful\"."
    veranda = entity("location:veranda", "Veranda", "LOCATION", text)
    un = entity("organization:un", "UN", "ORGANIZATION", text)
    claim = only(claims_of(text, [veranda, un]))
    assert claim.source.text == "Veranda's mission to the UN"
    assert claim.speaker == "location:veranda"


def test_an_unnamed_person_familiar_with_something() -> None:
    text = "The decision was welcomed, according to a person familiar with his thinking."
    claim = only(claims_of(text))
    assert claim.source.text == "a person familiar with his thinking"
    assert claim.speaker is None


# ---- 6. nouns inside the attribution, and roles a reader resolves ---------------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            'The observer mission said in a preliminary report that voting had been "well organised".',
            "The observer mission",
            'voting had been "well organised"',
        ),
        (
            "An unpublished municipal report estimated that 71 people had died.",
            "An unpublished municipal report",
            "71 people had died",
        ),
        ("A leaked report said that the plan would fail.", "A leaked report", "the plan would fail"),
        (
            "Residents in several districts have complained that officials rarely visit.",
            "Residents in several districts",
            "officials rarely visit",
        ),
    ],
)
def test_a_report_noun_is_not_a_reporting_verb(text: str, source: str, content: str) -> None:
    claim = only(claims_of(text))  # no second claim with "report" or "note" as its cue
    assert claim.source.text == source
    assert claim.content.text == content


def test_a_party_label_after_a_name_is_not_the_source() -> None:
    text = "The bill's sponsor, Rep. Calloway Benning, R-Lima, argued that the change was overdue."
    benning = entity("person:calloway-benning", "Calloway Benning", "PERSON", text)
    claim = only(claims_of(text, [benning]))
    assert claim.source.text == "Rep. Calloway Benning"
    assert claim.speaker == "person:calloway-benning"


def test_an_unrecognised_name_is_not_the_place_it_ends_with() -> None:
    text = 'The League of Women Voters of Ohio said the measure would "put up a paper wall."'
    ohio = entity("location:ohio", "Ohio", "LOCATION", text)
    claim = only(claims_of(text, [ohio]))
    assert claim.source.text == "The League of Women Voters of Ohio"
    assert claim.speaker is None


def test_a_recognised_name_with_of_still_resolves() -> None:
    text = "The U.S. Department of Agriculture said yields would fall."
    usda = entity("organization:usda", "U.S. Department of Agriculture", "ORGANIZATION", text)
    assert only(claims_of(text, [usda])).speaker == "organization:usda"


@pytest.mark.parametrize(
    ("text", "key", "name", "roles"),
    [
        (
            "Gov. Thaddeus Orland has not said whether he will sign. The governor told reporters he would read it first.",
            "person:thaddeus-orland",
            "Thaddeus Orland",
            ["Gov."],
        ),
        (
            "Justice Meenakshi Raghunathan led the bench. The judge said the delay could not be justified.",
            "person:meenakshi-raghunathan",
            "Meenakshi Raghunathan",
            ["Justice"],
        ),
        (
            "Prime Minister Helen Starling faced a revolt. The Prime Minister has insisted that the policy will not change.",
            "person:helen-starling",
            "Helen Starling",
            ["Prime Minister"],
        ),
    ],
)
def test_a_role_noun_finds_the_person_given_that_title_in_any_form(text: str, key: str, name: str, roles) -> None:
    person = entity(key, name, "PERSON", text, roles=roles)
    claim = claims_of(text, [person])[-1]
    assert claim.speaker == key


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Graham Sutcliffe spoke first. Later the opposition said the bill was a fraud.",
        "Counsel Graham Sutcliffe argued for the state. The state contended that the wards were unfinished.",
    ],
)
def test_a_side_in_a_dispute_is_not_its_leader(text: str) -> None:
    person = entity("person:graham-sutcliffe", "Graham Sutcliffe", "PERSON", text, roles=["Opposition leader"])
    claim = claims_of(text, [person])[-1]
    assert claim.speaker is None


def test_someones_office_speaks_for_the_person_introduced_with_that_role() -> None:
    text = (
        "She wrote to the independent adviser on ministers' interests, Sir Hartley Denning. "
        "A spokesperson for the adviser's office confirmed the letter had been received."
    )
    denning = entity("person:hartley-denning", "Hartley Denning", "PERSON", text)
    office = entity("organization:home-office", "Home Office", "ORGANIZATION", text)
    claim = only(claims_of(text, [denning, office]))
    assert claim.speaker == "person:hartley-denning"


def test_the_company_is_not_a_broadcaster_someone_spoke_to() -> None:
    text = (
        "Castlegate Solutions won the contract. The minister told Sky News it was fair. "
        "The company said the tender had been won on merit."
    )
    firm = entity("organization:castlegate", "Castlegate Solutions", "ORGANIZATION", text)
    sky = entity("organization:sky-news", "Sky News", "ORGANIZATION", text)
    claim = about(claims_of(text, [firm, sky]), "tender")
    assert claim.speaker == "organization:castlegate"


@pytest.mark.parametrize(
    ("first", "pronoun", "expected"),
    [
        ("Sofia Marchetti", "she", "person:a"),
        ("Lidia Moravec", "she", "person:a"),
        ("Luca Bianchi", "he", "person:a"),
    ],
)
def test_a_first_name_ending_in_a_is_a_womans_unless_known_otherwise(first: str, pronoun: str, expected: str) -> None:
    other = "Owen Parks" if pronoun == "she" else "Anna Parks"  # the other person is of the other sex
    text = f'{first} spoke after Dr {other}. "People differ," {pronoun} said.'
    a = entity("person:a", first, "PERSON", text)
    b = entity("person:b", other, "PERSON", text)
    claim = only(claims_of(text, [a, b]))
    assert claim.speaker == expected


# ---- 7. more appositives, media and unnamed people -----------------------------------------------


def test_a_title_with_the_before_a_name_in_commas() -> None:
    text = 'The Tánaiste, Oisín Devlin, insisted on Thursday morning that the Government was "united".'
    devlin = entity("person:oisin-devlin", "Oisín Devlin", "PERSON", text)
    claim = only(claims_of(text, [devlin]))
    assert claim.source.text == "Oisín Devlin"
    assert claim.content.text == 'the Government was "united"'


def test_a_spokesman_of_a_force_renamed_by_his_name_is_one_person() -> None:
    text = "A police spokesman, Inspector Chikondi Banda, said officers had used only tear gas."
    banda = entity("person:chikondi-banda", "Chikondi Banda", "PERSON", text)
    claim = only(claims_of(text, [banda]))
    assert claim.source.text == "Inspector Chikondi Banda"
    assert claim.speaker == "person:chikondi-banda"


@pytest.mark.parametrize(
    "text",
    [
        'The minister said in a press release the law would "end the era of the disposable machine".',
        'The minister said in a statement the law would "end the era of the disposable machine".',
    ],
)
def test_the_medium_before_a_clause_without_that_is_not_content(text: str) -> None:
    assert only(claims_of(text)).content.text == 'the law would "end the era of the disposable machine"'


def test_someone_with_a_title_but_no_name_is_not_the_titled_person() -> None:
    text = 'Minister Tadhg Conaill spoke first. One Minister of State said the timing had been "clumsy".'
    minister = entity("person:tadhg-conaill", "Tadhg Conaill", "PERSON", text, roles=["Minister"])
    claim = about(claims_of(text, [minister]), "clumsy")
    assert claim.speaker is None


def test_a_pronoun_after_an_unnamed_spokeswoman_goes_on_with_her() -> None:
    text = (
        "Health Minister Aoibheann Kiernan published the figures. "
        'A spokeswoman for the Department of Health said the process was "standard practice". '
        "She said patients removed in error would be reinstated."
    )
    kiernan = entity("person:aoibheann-kiernan", "Aoibheann Kiernan", "PERSON", text)
    dept = entity("organization:doh", "Department of Health", "ORGANIZATION", text)
    claims = claims_of(text, [kiernan, dept])
    spokeswoman = about(claims, "standard practice")
    she = about(claims, "reinstated")
    assert spokeswoman.speaker == "organization:doh"
    assert she.speaker == spokeswoman.speaker  # not the minister named before
