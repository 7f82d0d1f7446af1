"""The storage layer on moto: item caps, versions, the write lease."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newsclaims import clock
from newsclaims.errors import ArticleBusy
from newsclaims.ingest import NormalisedArticle
from newsclaims.models import ArticleMessage, Claim, Entity, ExtractionResult, Span
from newsclaims.storage import MAX_ENTITY_ITEMS, DocumentStore


def _article(store: DocumentStore, text: str = "x") -> ArticleMessage:
    normalised = NormalisedArticle(article_id="00000000000000aa", content_sha256="a" * 64, text=text, title="T",
                                   url=None, source=None, published_at=datetime(2026, 1, 2, tzinfo=UTC), language="en")
    recorded = store.record_ingested(normalised)
    return ArticleMessage(article_id=normalised.article_id, version=recorded.version,
                          content_sha256=normalised.content_sha256, published_at=normalised.published_at, language="en")


def _entity(n: int, mentions: int = 1) -> Entity:
    return Entity(key=f"person:p-{n}", name=f"P {n}", type="PERSON",
                  mentions=[Span(start=0, end=1, text="x")] * mentions)


def test_an_article_writes_at_most_the_item_cap_keeping_the_most_mentioned(stack: Any) -> None:
    store = DocumentStore(stack.dynamodb, stack.tables["DocumentTable"])
    article = _article(store)
    entities = [_entity(n, mentions=2 if n < 10 else 1) for n in range(MAX_ENTITY_ITEMS + 500)]
    claims = [Claim(key=f"c{n}", kind="direct", content=Span(start=0, end=1, text="x")) for n in range(60)]
    stored = store.store_extraction(article, ExtractionResult(entities=entities, claims=claims))
    assert (stored.entity_items, stored.claim_items) == (MAX_ENTITY_ITEMS, 60)
    items = store.article_items(article.article_id)
    head = next(i for i in items if i["sk"] == "ARTICLE")
    assert head["truncated"] is True and head["status"] == "COMPLETE"
    kept = {i["entity_key"] for i in items if i["sk"].startswith("ENTITY#")}
    assert {f"person:p-{n}" for n in range(10)} <= kept  # the most mentioned are never dropped


def test_a_held_lease_makes_a_second_writer_wait_until_it_expires(stack: Any) -> None:
    store = DocumentStore(stack.dynamodb, stack.tables["DocumentTable"])
    article = _article(store)
    # a Store that died mid-write left its lease
    store._acquire_lease(article, "dead-worker", lease_seconds=30)
    with pytest.raises(ArticleBusy):
        store.store_extraction(article, ExtractionResult(entities=[_entity(1)]))
    clock.advance(31)
    stored = store.store_extraction(article, ExtractionResult(entities=[_entity(1)]))
    assert stored.outcome == "stored"
    assert store.store_extraction(article, ExtractionResult(entities=[_entity(1)])).outcome == "duplicate"
