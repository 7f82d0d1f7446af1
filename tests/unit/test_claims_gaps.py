"""Fourth round: gaps of attribution in political and general news - attributions without a verb,
split quotations with a longer attribution, stray quotation marks, those who speak for someone,
and wire patterns. Each test states a rule a reader would state; sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsclaims.nlp.claim_quotes import QuoteFinder
from tests.unit.test_claims import about, claims_of, entity, exact_spans, only


def _quotes(text: str) -> list[str]:
    return [text[q.start : q.end] for q in QuoteFinder(text).regions]


# ---- 1. attributions without a verb -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ('The mayor was blunt: "We will not pay for a bridge nobody uses."', "The mayor", "was blunt"),
        (
            'Council leader Jane Cole was even more blunt: "We will not pay for a bridge nobody uses."',
            "Council leader Jane Cole",
            "was even more blunt",
        ),
        (
            'Asked about the bridge, Cole was unapologetic: "We will not pay for a bridge nobody uses."',
            "Cole",
            "was unapologetic",
        ),
    ],
)
def test_how_someone_spoke_before_a_colon_gives_them_the_quotation(text: str, source: str, cue: str) -> None:
    cole = entity("person:jane-cole", "Jane Cole", "PERSON", text, aliases=["Cole"])
    claim = about(claims_of(text, [cole]), "bridge nobody uses")
    assert claim.kind == "direct"
    assert claim.content.text == '"We will not pay for a bridge nobody uses."'
    assert claim.source.text == source
    assert claim.cue.text == cue
    exact_spans(text, claim)


def test_an_answer_described_before_a_colon_is_its_speakers() -> None:
    text = 'Jane Cole was asked about the bridge on Monday. Her answer was short: "We will not pay."'
    cole = entity("person:jane-cole", "Jane Cole", "PERSON", text)
    claim = about(claims_of(text, [cole]), "We will not pay")
    assert claim.source.text == "Her"
    assert claim.speaker == "person:jane-cole"


def test_a_thing_described_before_a_colon_is_no_speaker() -> None:
    text = 'The order from the police was clear: "Leave the building now."'
    claims = claims_of(text)
    assert not any(c.cue is not None and c.cue.text == "was clear" for c in claims)


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            'As Ruth Fox put it, "The market has already decided."',
            '"The market has already decided."',
            "direct",
        ),
        ("As Ruth Fox put it: the market has already decided.", "the market has already decided", "indirect"),
        (
            "As Fox put it in a speech to bankers last week, the market has already decided.",
            "the market has already decided",
            "indirect",
        ),
        ("The market has already decided, as Fox put it.", "The market has already decided", "indirect"),
        (
            "The market, as Fox once put it, has already decided.",
            "The market, as Fox once put it, has already decided",
            "indirect",
        ),
    ],
)
def test_as_someone_put_it_gives_their_words(text: str, content: str, kind: str) -> None:
    fox = entity("person:ruth-fox", "Ruth Fox", "PERSON", text, aliases=["Fox"])
    claim = only(claims_of(text, [fox]))
    assert claim.content.text == content
    assert claim.kind == kind
    assert claim.cue.text == "put"
    assert claim.speaker == "person:ruth-fox"
    exact_spans(text, claim)


def test_as_someone_put_it_on_its_own_line_before_a_quotation() -> None:
    text = 'As the governor put it:\n"Nobody in this state will go without heat this winter."'
    claim = about(claims_of(text), "without heat")
    assert claim.source.text == "the governor"
    assert claim.cue.text == "put"


@pytest.mark.parametrize(
    "text",
    [
        "As soon as she put it down, the phone rang again.",
        "Prices rose sharply, such as the board put it to shareholders.",
    ],
)
def test_put_it_without_as_and_a_speaker_is_no_attribution(text: str) -> None:
    assert not any(c.cue is not None and c.cue.text == "put" for c in claims_of(text))


# ---- 2. split quotations whose attribution carries more than the verb ----------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"We looked at every option," Fox said of the decision, "and none of them was cheaper."', "said"),
        (
            '"We looked at every option," Fox told reporters on Monday, "and none of them was cheaper."',
            "told",
        ),
        (
            '"We looked at every option," Fox said in an interview with the BBC, "and none of them was cheaper."',
            "said",
        ),
        (
            '"We looked at every option," Fox told reporters that morning, "and none of them was cheaper."',
            "told",
        ),
        ('"We looked at every option," said Fox on Monday, "and none of them was cheaper."', "said"),
    ],
)
def test_a_split_quotation_keeps_both_halves_around_a_longer_attribution(text: str, cue: str) -> None:
    fox = entity("person:fox", "Fox", "PERSON", text)
    claim = only(claims_of(text, [fox]))
    assert claim.kind == "direct"
    assert claim.content.text.startswith('"We looked at every option,"')
    assert claim.content.text.endswith('"and none of them was cheaper."')
    assert claim.cue.text == cue
    assert claim.source.text == "Fox"
    assert claim.speaker == "person:fox"


def test_a_quotation_after_a_new_clause_is_not_a_second_half() -> None:
    text = '"We looked at every option," Fox said as he left, "and none of them was cheaper."'
    claim = about(claims_of(text), "every option")
    assert "cheaper" not in claim.content.text


# ---- 3. stray quotation marks -----------------------------------------------------------------


def test_a_stray_opening_mark_does_not_pair_with_the_next_quotation() -> None:
    text = 'Engineers said the "bridge was unsafe. "We have closed it until further notice," the mayor said.'
    assert _quotes(text) == ['"bridge was unsafe.', '"We have closed it until further notice,"']
    claim = about(claims_of(text), "closed it")
    assert claim.kind == "direct"
    assert claim.content.text == '"We have closed it until further notice,"'
    assert claim.source.text == "the mayor"


def test_a_loose_mark_inside_a_quotation_is_a_slip() -> None:
    text = (
        'Reyes said, "These photographs record daily life -" something all of us recognise. "\nMore follows.'
    )
    assert _quotes(text) == ['"These photographs record daily life -" something all of us recognise. "']


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # an odd count because a quotation goes on in the next paragraph: the plain pairing stays
        (
            '"We are ready," she said. "The crews have trained for months.\n\n"Now we wait," she added.',
            ['"We are ready,"', '"The crews have trained for months.\n\n"Now we wait,"'],
        ),
        # an inch mark in a line whose quotation is well formed
        ('The panel is 6" wide and "far too heavy," he said.', ['"far too heavy,"']),
        ("Curly marks say which way they face: “one” and “two”", ["“one”", "“two”"]),
    ],
)
def test_well_formed_or_curly_quotations_pair_as_before(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


# ---- 4. those who speak for someone --------------------------------------------------------------


def test_a_spokeswoman_for_a_person_gives_that_persons_word() -> None:
    text = "A spokeswoman for Prime Minister Keir Starmer said Britain was watching the talks closely."
    starmer = entity("person:keir-starmer", "Keir Starmer", "PERSON", text)
    claim = only(claims_of(text, [starmer]))
    assert claim.source.text == "A spokeswoman for Prime Minister Keir Starmer"
    assert claim.speaker == "person:keir-starmer"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Becker met the president on Monday. Becker's office said the meeting had been cordial.",
        "Tom Becker met the president on Monday. The senator's spokeswoman said the meeting had been cordial.",
        "Tom Becker met the president on Monday. His office said the meeting had been cordial.",
    ],
)
def test_an_office_or_spokeswoman_of_a_person_gives_that_persons_word(text: str) -> None:
    becker = entity("person:tom-becker", "Tom Becker", "PERSON", text, roles=["senator"])
    claim = about(claims_of(text, [becker]), "cordial")
    assert claim.speaker == "person:tom-becker"


def test_a_body_in_a_place_is_the_body() -> None:
    text = "The ministry of defence in Moscow said 40 drones had been shot down overnight."
    ministry = entity("organization:ministry-of-defence", "ministry of defence", "ORGANIZATION", text)
    moscow = entity("location:moscow", "Moscow", "LOCATION", text)
    claim = only(claims_of(text, [moscow, ministry]))
    assert claim.source.text == "The ministry of defence in Moscow"
    assert claim.speaker == "organization:ministry-of-defence"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry of defence in Moscow said 40 drones had been shot down overnight.",
        "The embassy in Kyiv said all of its staff were safe.",
    ],
)
def test_a_place_after_in_is_never_the_speaker(text: str) -> None:
    places = [
        entity("location:moscow", "Moscow", "LOCATION", text),
        entity("location:kyiv", "Kyiv", "LOCATION", text),
    ]
    assert only(claims_of(text, places)).speaker is None


def test_a_body_noun_is_the_body_not_a_spokesman_whose_role_names_it() -> None:
    text = (
        "Defence Ministry spokesman Igor Konashenkov gave no figures. "
        "The ministry of defence in Moscow later said 40 drones had been shot down."
    )
    spokesman = entity(
        "person:igor-konashenkov", "Igor Konashenkov", "PERSON", text, roles=["Defence Ministry spokesman"]
    )
    ministry = entity("organization:defence-ministry", "Defence Ministry", "ORGANIZATION", text)
    claim = about(claims_of(text, [spokesman, ministry]), "drones")
    assert claim.speaker == "organization:defence-ministry"


# ---- 5. political wire patterns ------------------------------------------------------------------

_DOE = ("person:jane-doe", "Jane Doe")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Jane Doe told reporters the bill would pass by Friday.",
            "Jane Doe",
            "the bill would pass by Friday",
        ),
        (
            "Doe told reporters on Capitol Hill that the bill would pass by Friday.",
            "Doe",
            "the bill would pass by Friday",
        ),
        (
            "Doe said in an interview with NBC News on Sunday that the bill would pass by Friday.",
            "Doe",
            "the bill would pass by Friday",
        ),
        ("Doe wrote on X that the bill would pass by Friday.", "Doe", "the bill would pass by Friday"),
        (
            "Doe wrote on social media that the bill would pass by Friday.",
            "Doe",
            "the bill would pass by Friday",
        ),
        ('Doe wrote on X: "The bill will pass by Friday."', "Doe", '"The bill will pass by Friday."'),
        (
            "In a post on social media, Doe said the bill would pass by Friday.",
            "Doe",
            "the bill would pass by Friday",
        ),
        ("Doe's office said the bill would pass by Friday.", "Doe's office", "the bill would pass by Friday"),
        (
            "Sen. Jane Doe (D-Ore.) said the bill would pass by Friday.",
            "Sen. Jane Doe",
            "the bill would pass by Friday",
        ),
        (
            '"The bill will pass by Friday," said Sen. Jane Doe (D-Ore.).',
            "Sen. Jane Doe",
            '"The bill will pass by Friday,"',
        ),
        (
            "White House press secretary Jane Doe said the bill would pass by Friday.",
            "White House press secretary Jane Doe",
            "the bill would pass by Friday",
        ),
    ],
)
def test_wire_attributions_name_the_politician(text: str, source: str, content: str) -> None:
    people = [entity(*_DOE, "PERSON", text, aliases=["Doe"])]
    people.append(entity("organization:white-house", "White House", "ORGANIZATION", text))
    claim = only(claims_of(text, people))
    assert claim.source.text == source
    assert claim.content.text == content
    assert claim.speaker == "person:jane-doe"
    exact_spans(text, claim)


@pytest.mark.parametrize(
    "text",
    [
        "A senior administration official, who spoke on condition of anonymity, said talks were continuing.",
        "Talks were continuing, a senior administration official said, speaking on condition of anonymity.",
    ],
)
def test_an_anonymous_official_has_no_speaker(text: str) -> None:
    claim = only(claims_of(text))
    assert claim.source.text.lower() == "a senior administration official"
    assert claim.speaker is None
    assert claim.content.text.lower() == "talks were continuing"


def test_the_new_look_ups_stay_linear() -> None:
    import time

    one = (
        'The mayor was blunt: "We will not pay." As Fox put it, the market has decided. '
        '"We looked," Fox told reporters on Monday, "and none was cheaper." '
        'Engineers said the "bridge was unsafe. "We have closed it," the mayor said.\n'
        "The ministry of defence in Moscow said drones were shot down. Fox's office said it was calm.\n"
    )
    times = []
    for copies in (200, 2000):
        text = one * copies
        people = [
            entity("person:fox", "Fox", "PERSON", text),
            entity("location:moscow", "Moscow", "LOCATION", text),
        ]
        t0 = time.process_time()
        claims = claims_of(text, people)
        times.append(time.process_time() - t0)
    t_small, t_large = times
    assert len(claims) >= 2000 * 6
    assert t_large < 10 and t_large < 25 * max(t_small, 0.01)
