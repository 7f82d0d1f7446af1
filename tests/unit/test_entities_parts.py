"""Building blocks of the entity recogniser: normalisation, keys, dates, the tagger model."""

from __future__ import annotations

import pytest

from newsclaims.nlp import ner_tagger
from newsclaims.nlp.ner_dates import find_dates
from newsclaims.nlp.ner_normalise import entity_key, normalise_name, slug


@pytest.mark.parametrize(
    "raw, normal",
    [
        ("Andrei Beloусов", "Andrei Belousov"),  # a transliterated Cyrillic tail
        ("Рutin", "Putin"),  # a Cyrillic capital Er drawn like Latin P
        ("People’s Army", "People's Army"),
        ("Cho Son‐hui", "Cho Son-hui"),
        ("Kim  Jong-un", "Kim Jong-un"),
        ("Сергей", "Сергей"),  # wholly Cyrillic words are left as they are
    ],
)
def test_normalise_name(raw: str, normal: str) -> None:
    assert normalise_name(raw) == normal


@pytest.mark.parametrize(
    "etype, name, key",
    [
        ("PERSON", "Sergei Lavrov", "person:sergei-lavrov"),
        ("LOCATION", "North Korea", "location:north-korea"),
        ("ORGANIZATION", "People’s Army of Korea", "organization:peoples-army-of-korea"),
        ("LOCATION", "U.S.", "location:us"),
        ("PERSON", "José Martí", "person:jose-marti"),
        ("PERSON", "Сергей Лавров", "person:sergei-lavrov"),
        ("MISC", "#IStandWithAhmed", "misc:istandwithahmed"),
    ],
)
def test_entity_key(etype: str, name: str, key: str) -> None:
    assert entity_key(etype, name) == key


def test_slug_of_a_name_without_latin_letters_is_still_a_valid_key() -> None:
    key = entity_key("PERSON", "金正恩")
    assert key.startswith("person:u") and len(key) > len("person:u")
    assert entity_key("PERSON", "金正恩") == key  # stable
    assert slug("!!!") != ""


def test_dates_found_by_pattern() -> None:
    text = "On Thursday afternoon, 22:30 local time, the next 30 hours mattered; a 23-year-old man was held."
    assert [text[a:b] for a, b in find_dates(text)] == ["Thursday afternoon", "22:30", "the next 30 hours"]


def test_model_loads_once_and_is_small() -> None:
    first = ner_tagger.model()
    assert ner_tagger.model() is first
    assert ner_tagger.MODEL_PATH.stat().st_size < 5_000_000
    assert len(first.weights) > 1000


def test_candidates_skip_sentence_openers_but_keep_names() -> None:
    words = ["The", "talks", "in", "The", "Hague", "ended", "."]
    assert ner_tagger.candidates(words) == [False, False, False, True, True, False, False]
