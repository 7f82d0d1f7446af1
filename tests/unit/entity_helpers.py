"""Helpers the entity rule tests share: extraction with exact offsets checked, and the views of
its result the tests assert on."""

from __future__ import annotations

from newsclaims.models import Entity
from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.ner_dates import find_dates
from newsclaims.nlp.text import analyse


def entities(text: str) -> list[Entity]:
    """The entities of `text`, each mention checked to point at its own text."""
    found = find_entities(analyse(text))
    for entity in found:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    return found


def types(text: str) -> dict[str, str]:
    """Type by every name and alias."""
    return {name: e.type for e in entities(text) for name in [e.name, *e.aliases]}


def mentions(text: str) -> set[str]:
    return {m.text for e in entities(text) for m in e.mentions}


def named(text: str) -> set[str]:
    return {e.name for e in entities(text)}


def by_name(text: str, name: str) -> Entity:
    return next(e for e in entities(text) if e.name == name)


def dates(text: str) -> list[str]:
    return [text[a:b] for a, b in find_dates(text)]
