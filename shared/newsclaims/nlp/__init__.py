"""The extractor: pure Python, text in, `ExtractionResult` out. No AWS, no environment, no network.

    >>> from newsclaims.nlp import extract
    >>> result = extract("Lavrov said the talks went well.", id="a1")
"""

from __future__ import annotations

from newsclaims.models import ExtractionResult
from newsclaims.nlp.claims import find_claims
from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.text import analyse


def extract(text: str, id: str | None = None) -> ExtractionResult:
    """Named entities and attributed claims of one article (DESIGN.md section 3)."""
    doc = analyse(text)
    entities = find_entities(doc)
    claims = find_claims(doc, entities)
    return ExtractionResult(id=id, entities=entities, claims=claims)


__all__ = ["extract"]
