"""Reading table items into records, page tokens and the ArticleAnalyzed summary (no AWS)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newsclaims import storage
from newsclaims.client import InvalidPageToken, decode_token, encode_token
from newsclaims.models import ArticleMessage, Claim, Entity, ExtractionResult, Span
from newsclaims.pipeline import analyzed_event
from newsclaims.records import TOP_ENTITIES, ArticleAnalyzed

ID = "0123456789abcdef"
MESSAGE = ArticleMessage(article_id=ID, version=2, content_sha256="a" * 64, title="T", url="https://x.example/1",
                         published_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC), language="en")


def _result(entities: int = 3, speakers: tuple[str | None, ...] = ("person:b", None, "person:a", "person:b")) -> ExtractionResult:
    return ExtractionResult(
        entities=[Entity(key=f"person:p{i}", name=f"P{i}", type="PERSON",
                         mentions=[Span(start=j, end=j + 1, text="x") for j in range(i + 1)]) for i in range(entities)],
        claims=[Claim(key=f"c{i}", kind="direct", content=Span(start=0, end=3, text="abc"), speaker=s,
                      hedges=["reportedly"] if i == 0 else []) for i, s in enumerate(speakers)])


def _items(version: int = 2, status: str = "COMPLETE") -> list[dict[str, Any]]:
    """The plain items the writer makes for MESSAGE (through storage's own writer)."""
    writer = storage.DocumentStore(client=None, table_name="t")
    items = [storage.plain(i) for i in writer._result_items(MESSAGE.model_copy(update={"version": version}), _result())]
    head = {"pk": f"ARTICLE#{ID}", "sk": "ARTICLE", "type": "article", "article_id": ID, "version": 2,
            "content_sha256": "a" * 64, "status": status, "published_at": "2026-03-14T09:30:00Z",
            "ingested_at": "2026-03-14T09:31:00Z", "language": "en", "gsi3pk": "DAY#2026-03-14",
            "gsi3sk": f"2026-03-14T09:30:00Z#{ID}", "title": "T"}
    return [head, *items]


def test_items_written_by_the_store_read_back_as_the_same_entities_and_claims() -> None:
    document = storage.parse_document(_items())

    assert document is not None and document.items_version == 2
    assert [(e.key, e.mention_count) for e in document.entities] == [("person:p2", 3), ("person:p1", 2), ("person:p0", 1)]
    assert document.entities[0].mentions == [(0, 1), (1, 2), (2, 3)]
    assert [(c.number, c.speaker) for c in document.claims] == [(1, "person:b"), (2, None), (3, "person:a"), (4, "person:b")]
    assert document.claims[0].hedges == ["reportedly"] and document.claims[0].content.text == "abc"
    assert document.claims[0].cue is None


def test_a_document_never_mixes_versions() -> None:
    # the head is at version 3 (in flight); version 2's items are complete, one stale v1 item remains
    items = _items(version=2, status="INGESTED")
    items[0]["version"] = 3
    stale = dict(items[1], version=1, sk="ENTITY#person:old", entity_key="person:old")

    document = storage.parse_document([*items, stale])

    assert document is not None and document.items_version == 2
    assert {e.version for e in document.entities} == {2} and len(document.entities) == 3


def test_a_new_article_without_items_has_no_items_version() -> None:
    head = _items(status="INGESTED")[0]
    head["version"] = 1

    document = storage.parse_document([head])

    assert document is not None and document.items_version is None and document.entities == []


def test_no_head_item_means_no_document() -> None:
    assert storage.parse_document(_items()[1:]) is None


def test_list_entries_come_from_article_and_entity_items() -> None:
    head, entity = _items()[0], _items()[1]

    by_day, by_entity = storage.parse_article_ref(head), storage.parse_article_ref(entity)

    assert (by_day.status, by_day.mention_count) == ("COMPLETE", None)
    assert (by_entity.status, by_entity.mention_count, by_entity.title) == (None, 3, "T")


def test_a_page_token_round_trips_and_is_bound_to_its_list() -> None:
    query = storage.mentions_query("person:a")
    key = {"pk": f"ARTICLE#{ID}", "sk": "ENTITY#person:a", "gsi1pk": "ENTITY#person:a", "gsi1sk": f"2026#{ID}"}

    token = encode_token(query, key)

    assert decode_token(token, query) == key
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    for other in (storage.mentions_query("person:b"), storage.speaker_query("person:a"), storage.day_query("2026-03-14")):
        with pytest.raises(InvalidPageToken):
            decode_token(token, other)
    for garbage in ("", "%%%", "bm90IGpzb24", encode_token(query, {"pk": "x"})):
        with pytest.raises(InvalidPageToken):
            decode_token(garbage, query)


def test_the_event_summarises_the_stored_version() -> None:
    detail = analyzed_event(MESSAGE, _result(entities=TOP_ENTITIES + 5))

    assert isinstance(detail, ArticleAnalyzed)
    assert (detail.article_id, detail.version, detail.entity_count, detail.claim_count) == (ID, 2, TOP_ENTITIES + 5, 4)
    assert len(detail.top_entities) == TOP_ENTITIES
    assert [e.mentions for e in detail.top_entities] == sorted((e.mentions for e in detail.top_entities), reverse=True)
    assert detail.top_entities[0].key == f"person:p{TOP_ENTITIES + 4}"
    assert detail.speakers == ["person:a", "person:b"]
    assert detail.model_dump(mode="json")["published_at"] == "2026-03-14T09:30:00Z"


def test_the_event_counts_follow_the_stores_item_caps() -> None:
    result = _result(entities=1, speakers=("person:a",) * (storage.MAX_CLAIM_ITEMS + 3))

    detail = analyzed_event(MESSAGE, result)

    assert detail.claim_count == storage.MAX_CLAIM_ITEMS
