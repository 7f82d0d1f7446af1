"""The sample article's entities, end to end through `newsclaims.nlp.extract`."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims.nlp import extract

_NAME = "000_27939339b8691f38.txt"
_REPO = Path(__file__).resolve().parents[2]
_CANDIDATES = [_REPO / "samplefixtures" / _NAME, _REPO.parent / "shared" / "samples" / _NAME]


@pytest.fixture(scope="module")
def sample() -> tuple[str, dict]:
    path = next((p for p in _CANDIDATES if p.exists()), None)
    if path is None:
        pytest.skip(f"sample article {_NAME} not found in samplefixtures/ or ../shared/samples/")
    text = path.read_text(encoding="utf-8")
    result = extract(text, id="sample")
    return text, {e.key: e for e in result.entities}


def test_every_mention_points_into_the_text(sample: tuple[str, dict]) -> None:
    text, found = sample
    for entity in found.values():
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text


def test_people_with_roles(sample: tuple[str, dict]) -> None:
    _, found = sample
    lavrov = found["person:sergei-lavrov"]
    assert lavrov.name == "Sergei Lavrov"
    assert lavrov.roles == ["Foreign Minister"]
    assert [m.text for m in lavrov.mentions] == ["Sergei Lavrov", "Lavrov"]
    sculptor = found["person:alexei-chebanenko"]
    assert sculptor.roles == ["sculptor"]
    assert [m.text for m in sculptor.mentions] == ["Alexei Chebanenko", "Chebanenko"]
    assert found["person:cho-son-hui"].roles == ["Foreign Minister"]


def test_mixed_script_name_is_normalised(sample: tuple[str, dict]) -> None:
    _text, found = sample
    belousov = found["person:andrei-belousov"]
    assert belousov.name == "Andrei Belousov"
    assert belousov.roles == ["Head of the Ministry of Defense"]
    assert belousov.mentions[0].text == "Andrei Beloусов"


def test_organisations(sample: tuple[str, dict]) -> None:
    _, found = sample
    uaf = found["organization:ukrainian-armed-forces"]
    assert uaf.aliases == ["UAF"]
    assert found["organization:grekov-military-artists-studio"].type == "ORGANIZATION"
    assert found["organization:ria-novosti"].type == "ORGANIZATION"
    assert found["organization:peoples-army-of-korea"].mentions[0].text == "People’s Army of Korea"


def test_places_peoples_and_dates(sample: tuple[str, dict]) -> None:
    _, found = sample
    for key in (
        "location:russia",
        "location:kursk",
        "location:north-korea",
        "location:wonsan",
        "location:pyongyang",
    ):
        assert key in found, key
    assert len(found["location:north-korea"].mentions) == 5
    assert found["norp:north-korean"].type == "NORP"
    assert found["norp:russian"].type == "NORP"
    assert [m.text for m in found["date:july"].mentions] == ["July"]


def test_headline_words_are_not_entities(sample: tuple[str, dict]) -> None:
    _, found = sample
    names = " ".join(e.name for e in found.values())
    for word in ("Ignites", "Controversy", "Messaging", "Monument"):
        assert word not in names
