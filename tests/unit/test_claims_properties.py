"""Properties of the claim finder on generated text: it never raises, offsets are exact,
no two claims share a content span, and a claim's cue and source stay outside its content
(except where the attribution interrupts the statement: '"A," he said, "B."')."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims.models import Entity, Span
from newsclaims.nlp.claims import find_claims
from newsclaims.nlp.text import analyse

FRAGMENTS = [
    # names, groups, pronouns, roles
    "Anna Berg", "Berg", "He", "he", "She", "they", "The minister", "the ministry", "critics",
    "some analysts", "the sculptor", "Police", "The Daily Courier", "It",
    # cues and attribution
    "said", "says", "told reporters", "announced that", "has argued that", "was quoted as saying",
    "it was announced that", "according to", "According to", "in a statement", "her claim that",
    "added", "stating that", "noted", "denied the claim", "wrote",
    # hedges and verdicts
    "allegedly", "reportedly", "purportedly", "may have", "unconfirmed", "remains unverified",
    "could not be verified", "question the claim", "who allegedly fought",
    # ordinary words
    "the bridge", "was closed", "prices will rise", "the report", "on Monday", "in May", "the", "and",
    "that", "a", "vote", "fair", "troops", "liberation",
    # punctuation, quotation marks, breaks
    ",", ".", ":", ";", "?", "-", "—", '"', "“", "”", "'", "‘", "’", "(", ")", "\n", "\n\n",
]  # fmt: skip

_ATTRIBUTION_GAP = re.compile(r"[,\"“”‘’'\s]*$")


@st.composite
def articles(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60))
    seps = draw(st.lists(st.sampled_from([" ", "", " ", "\n"]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


def _entities(text: str) -> list[Entity]:
    mentions = [
        Span(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(r"Anna Berg|Berg", text)
    ]
    people = [
        Entity(
            key="person:anna-berg",
            name="Anna Berg",
            type="PERSON",
            aliases=["Berg"],
            roles=["sculptor"],
            mentions=mentions,
        )
    ]
    org = [m for m in re.finditer(r"the ministry", text)]
    people.append(
        Entity(
            key="organization:ministry-of-works",
            name="Ministry of Works",
            type="ORGANIZATION",
            mentions=[Span(start=m.start(), end=m.end(), text=m.group()) for m in org],
        )
    )
    return people


def _check(text: str, with_entities: bool) -> None:
    entities = _entities(text) if with_entities else []
    claims = find_claims(analyse(text), entities)
    keys = {e.key for e in entities}
    contents = set()
    for c in claims:
        for span in (c.content, c.cue, c.source):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
                assert span.text == span.text.strip(), (text, c)  # spans never start or end in space
        assert (c.content.start, c.content.end) not in contents
        contents.add((c.content.start, c.content.end))
        assert c.speaker is None or c.speaker in keys
        assert c.kind in {"direct", "indirect", "mixed", "according_to", "unattributed"}
        assert c.status in {"asserted", "hedged", "disputed", "unverified"}
        if c.kind == "unattributed":
            assert c.cue is None and c.source is None
        inside = [
            s for s in (c.cue, c.source) if s is not None and c.content.start <= s.start < c.content.end
        ]
        if inside:
            # only an attribution that interrupts the statement may sit inside it: "A," he said, "B."
            inner = text[c.content.start : min(s.start for s in inside)]
            assert inner.strip() and _ATTRIBUTION_GAP.search(inner).group().strip(), (text, c)
            assert max(s.end for s in inside) < c.content.end, (text, c)
    assert [c.key for c in claims] == [f"c{i:04d}" for i in range(1, len(claims) + 1)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.booleans())
def test_claims_on_generated_articles(text: str, with_entities: bool) -> None:
    _check(text, with_entities)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_claims_on_arbitrary_text(text: str) -> None:
    _check(text, False)


def test_interrupted_claims_are_the_only_ones_holding_their_attribution() -> None:
    _check('"We are ready," she said, "and we will win." The plan, he said, was fair.', False)
