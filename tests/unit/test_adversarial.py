"""Adversarial input: the normaliser and the extractor never raise, never hang, and every offset
they give is exact. The time limits are hang guards (minutes-long stalls, quadratic blow-ups),
far above normal run times; speed itself is measured by `newsclaims bench`."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims import ingest
from newsclaims.nlp import extract

PIECES = [*"abcdefghij KLMNOP.,;:'\"“”‘’«»-—()\n", "said", " he ", "According to ", "allegedly", "Mr. "]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=400).map("".join)


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def assert_exact(text: str) -> None:
    result = extract(text)
    for entity in result.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text
    for claim in result.claims:
        for span in (claim.content, claim.cue, claim.source):
            if span is not None:
                assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "“" * 50_000 + "”" * 50_000,
        "He said " * 20_000,
        "A" * 1_000_000,
        ("word " * 200_000).strip(),  # a 1 MB sentence without a full stop
        "\n" * 200_000,
        "According to according to according to " * 10_000,
        "Mr. " * 100_000,
        "(" * 50_000 + ")" * 50_000,
        "'" + "x " * 300_000,  # an unclosed quote over the whole text
    ],
    ids=["straight-quotes", "curly-quotes", "he-said", "one-word", "long-sentence", "newlines",
         "according-to", "abbreviations", "brackets", "unclosed-quote"],
)
def test_extractor_finishes_on_adversarial_text_with_exact_offsets(text: str) -> None:
    with hang_guard(60):
        assert_exact(text)


def test_normaliser_finishes_on_adversarial_text() -> None:
    with hang_guard(30):
        for text in ('"' * 100_000, "\r\n" * 100_000, "\u200b" * 100_000, "x" * 1_000_000):
            ingest.normalise_text(text)
        ingest.html_to_text("<p>" * 100_000)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_extractor_never_raises_and_offsets_are_exact_on_newsy_noise(text: str) -> None:
    assert_exact(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=1000))
def test_extractor_never_raises_on_any_unicode(text: str) -> None:
    assert_exact(text)
