"""The sample article's claims, end to end.

Two layers: `find_claims` with entities written by hand (independent of the recogniser), and
`newsclaims.nlp.extract` with the real recogniser. Tests of the second kind that need entities
are marked `needs_entities` and skip while `find_entities` finds nothing in the sample.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclaims.models import Claim, Entity, Span
from newsclaims.nlp import extract
from newsclaims.nlp.claims import find_claims
from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.text import analyse

_ROOT = Path(__file__).resolve().parents[2]
_CANDIDATES = [
    _ROOT / "samplefixtures" / "000_27939339b8691f38.txt",
    _ROOT.parent / "shared" / "samples" / "000_27939339b8691f38.txt",
]
SAMPLE_PATH = next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[0])

pytestmark = pytest.mark.skipif(not SAMPLE_PATH.exists(), reason=f"sample article not found at {SAMPLE_PATH}")


def _sample() -> str:
    return SAMPLE_PATH.read_text(encoding="utf-8")


def _entities_found() -> bool:
    return SAMPLE_PATH.exists() and bool(find_entities(analyse(_sample())))


needs_entities = pytest.mark.skipif(
    not _entities_found(), reason="depends on entities: find_entities finds nothing in the sample article yet"
)


def _entity(text: str, key: str, name: str, etype: str, aliases=(), roles=()) -> Entity:
    mentions = [
        Span(start=m.start(), end=m.end(), text=m.group())
        for surface in [name, *aliases]
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
    ]
    mentions.sort(key=lambda s: s.start)
    return Entity(key=key, name=name, type=etype, aliases=list(aliases), roles=list(roles), mentions=mentions)


def _hand_entities(text: str) -> list[Entity]:
    """What a reader would list as the sample's people and bodies (names as spelled in the text)."""
    return [
        _entity(
            text, "person:alexei-chebanenko", "Alexei Chebanenko", "PERSON", ["Chebanenko"], ["sculptor"]
        ),
        _entity(text, "person:sergei-lavrov", "Sergei Lavrov", "PERSON", ["Lavrov"], ["Foreign Minister"]),
        _entity(text, "person:cho-son-hui", "Cho Son-hui", "PERSON", [], ["Foreign Minister"]),
        _entity(text, "organization:ria-novosti", "RIA Novosti", "ORGANIZATION"),
        _entity(text, "location:north-korea", "North Korea", "LOCATION"),
        _entity(text, "location:kursk", "Kursk", "LOCATION"),
    ]


def _about(claims: list[Claim], words: str) -> Claim:
    hits = [c for c in claims if words in c.content.text]
    assert hits, f"no claim about {words!r} in {[c.content.text for c in claims]}"
    return hits[0]


@pytest.fixture(scope="module")
def hand_claims() -> list[Claim]:
    text = _sample()
    return find_claims(analyse(text), _hand_entities(text))


CHEBANENKO_STATEMENTS = [
    ("Chebanenko", "emphasized", "specific location for the memorial has not yet been finalized"),
    ("He", "highlighted", "involvement of a large creative team"),
    ("The sculptor", "noted", "selecting a site for the monument"),
    ("he", "said", "vision of how the monument will look"),
]


@pytest.mark.parametrize(("source", "cue", "words"), CHEBANENKO_STATEMENTS)
def test_the_sculptor_whatever_the_sentence_calls_him(hand_claims, source: str, cue: str, words: str) -> None:
    claim = _about(hand_claims, words)
    assert claim.source.text == source
    assert claim.cue.text == cue
    assert claim.speaker == "person:alexei-chebanenko"


def test_the_large_staff_statement_is_mixed_and_his(hand_claims) -> None:
    claim = _about(hand_claims, "‘large staff’")
    assert claim.kind == "mixed"
    assert claim.speaker == "person:alexei-chebanenko"


def test_the_monument_announcement(hand_claims) -> None:
    claim = _about(hand_claims, "the two nations intend to erect a monument")
    assert claim.cue.text == "announced"
    assert claim.kind == "mixed"  # the last words are quoted
    assert claim.speaker == "person:sergei-lavrov"
    assert not claim.content.text.startswith("during")


def test_north_korean_troops_claim_is_hedged_and_unverified(hand_claims) -> None:
    claim = _about([c for c in hand_claims if c.kind == "unattributed"], "who allegedly participated")
    assert claim.content.text.startswith("North Korean military personnel")
    assert claim.source is None and claim.speaker is None
    assert claim.hedges == ["allegedly"]
    # "the exact nature of North Korea's involvement ... remains unverified by independent sources"
    assert claim.status == "unverified"


def test_the_announcement_refers_back_to_the_memorial(hand_claims) -> None:
    # "The announcement, made by sculptor Alexei Chebanenko ...": the sentence before is his
    claim = _about(hand_claims, "A new memorial is set to be erected")
    assert claim.cue.text == "announcement"
    assert claim.speaker == "person:alexei-chebanenko"


def test_groups_in_the_sample_stay_unresolved(hand_claims) -> None:
    analysts = _about(hand_claims, "an effort to bolster")
    assert analysts.source.text == "some analysts" and analysts.speaker is None
    supporters = _about(hand_claims, "recognizes the sacrifices")
    assert supporters.source.text == "Supporters" and supporters.speaker is None
    # "... while critics question the legitimacy of the claim"
    assert supporters.status == "disputed"


def test_scare_quote_is_not_a_claim(hand_claims) -> None:
    assert not [c for c in hand_claims if c.content.text.strip("‘’") == "liberation"]


def test_every_offset_is_exact(hand_claims) -> None:
    text = _sample()
    for c in hand_claims:
        for span in (c.content, c.cue, c.source):
            if span is not None:
                assert text[span.start : span.end] == span.text


# ---- through `extract`, with the real recogniser ----------------------------------------------


def test_extract_finds_the_sample_claims_without_entities_too() -> None:
    result = extract(_sample(), id="sample")
    contents = " | ".join(c.content.text for c in result.claims)
    for words in ("specific location for the memorial", "the two nations intend", "allegedly participated"):
        assert words in contents


@needs_entities
@pytest.mark.parametrize(("source", "cue", "words"), CHEBANENKO_STATEMENTS)
def test_extract_resolves_the_sculptor(source: str, cue: str, words: str) -> None:
    result = extract(_sample(), id="sample")
    claim = _about(result.claims, words)
    sculptor = [e for e in result.entities if e.name.endswith("Chebanenko")]
    assert sculptor, "the recogniser should find Alexei Chebanenko"
    assert claim.speaker == sculptor[0].key


@needs_entities
def test_extract_resolves_lavrov() -> None:
    result = extract(_sample(), id="sample")
    claim = _about(result.claims, "the two nations intend")
    lavrov = [e for e in result.entities if e.name.endswith("Lavrov")]
    assert lavrov and claim.speaker == lavrov[0].key
