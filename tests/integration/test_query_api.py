"""The read API (QueryFunction behind the HTTP API's GET routes) against moto, as API Gateway calls it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from newsclaims.local.events import http_event
from tests.conftest import ROOT
from tests.integration.test_client import ANA, PORT, article_id, ingest_only, store, store_message


def get(stack: Any, path: str, **query: str) -> tuple[int, dict[str, Any]]:
    """GET a path of the API through QueryFunction's handler (HTTP API payload 2.0)."""
    event = http_event("GET", path, None)
    if query:
        event["rawQueryString"] = urlencode(query)
        event["queryStringParameters"] = query
    response = stack.invoke("QueryFunction", event)
    return response["statusCode"], json.loads(response["body"])


def get_all(stack: Any, path: str, limit: int) -> list[list[dict[str, Any]]]:
    """Every page of a list route, following next_token."""
    pages, query = [], {"limit": str(limit)}
    while True:
        status, body = get(stack, path, **query)
        assert status == 200, body
        pages.append(body["items"])
        if not body["next_token"]:
            return pages
        query["next_token"] = body["next_token"]
        assert len(pages) < 20, "pagination does not end"


@pytest.fixture(scope="module")
def seeded() -> Iterator[Any]:
    """One stack for the module (the tests only read): five articles naming Ana Lopes (and the
    port authority in the even ones) and one still pending."""
    from moto import mock_aws

    from newsclaims.local.runtime import LocalStack

    with mock_aws():
        stack = LocalStack.create(ROOT / "template.yaml")
        store(stack, *(store_message(n, entities=(ANA, PORT) if n % 2 == 0 else (ANA,),
                                     speakers=(ANA, PORT) if n % 2 == 0 else (ANA,)) for n in range(5)))
        ingest_only(stack, 30, minute=59)
        yield stack


def test_the_function_serves_exactly_the_templates_get_routes(seeded: Any) -> None:
    assert sorted(seeded.function("query").http_routes) == [
        ("GET", "/articles/{id}"), ("GET", "/days/{date}/articles"), ("GET", "/entities/{key}/articles"),
        ("GET", "/speakers/{key}/claims")]


def test_get_article_returns_the_document(seeded: Any) -> None:
    status, body = get(seeded, f"/articles/{article_id(2)}")

    assert status == 200
    assert body["article"]["article_id"] == article_id(2) and body["article"]["status"] == "COMPLETE"
    assert body["article"]["published_at"] == "2026-03-14T10:02:00Z"
    assert [e["key"] for e in body["entities"]] == [ANA, PORT]
    assert [(c["number"], c["speaker"]) for c in body["claims"]] == [(1, ANA), (2, PORT)]


def test_entity_articles_page_through_newest_first_with_the_key_percent_encoded(seeded: Any) -> None:
    pages = get_all(seeded, f"/entities/{quote(ANA, safe='')}/articles", limit=2)

    assert [len(p) for p in pages if p] == [2, 2, 1]
    assert [r["article_id"] for p in pages for r in p] == [article_id(n) for n in (4, 3, 2, 1, 0)]
    # the raw key works too (':' is allowed in a path)
    status, body = get(seeded, f"/entities/{PORT}/articles")
    assert status == 200 and [r["article_id"] for r in body["items"]] == [article_id(n) for n in (4, 2, 0)]


def test_speaker_claims_page_through_newest_first(seeded: Any) -> None:
    pages = get_all(seeded, f"/speakers/{PORT}/claims", limit=2)

    claims = [c for p in pages for c in p]
    assert [len(p) for p in pages if p] == [2, 1]
    assert [(c["article_id"], c["number"]) for c in claims] == [(article_id(n), 2) for n in (4, 2, 0)]
    assert all(c["speaker"] == PORT and c["content"]["text"] for c in claims)


def test_day_articles_leave_out_pending_ones_unless_asked(seeded: Any) -> None:
    pages = get_all(seeded, "/days/2026-03-14/articles", limit=3)
    status, pending = get(seeded, "/days/2026-03-14/articles", pending="true", limit="1")

    assert [r["article_id"] for p in pages for r in p] == [article_id(n) for n in (4, 3, 2, 1, 0)]
    assert status == 200 and [(r["article_id"], r["status"]) for r in pending["items"]] == [(article_id(30), "INGESTED")]
    status, oldest = get(seeded, "/days/2026-03-14/articles", order="oldest", limit="2")
    assert [r["article_id"] for r in oldest["items"]] == [article_id(0), article_id(1)]


@pytest.mark.parametrize(("path", "reason"), [
    (f"/articles/{'0' * 15}9", "article_not_found"),
    ("/entities/person:nobody/articles", "entity_not_found"),
    ("/speakers/person:nobody/claims", "speaker_not_found"),
    ("/days/1999-01-01/articles", "day_not_found"),
])
def test_unknown_keys_get_404_with_a_reason(seeded: Any, path: str, reason: str) -> None:
    status, body = get(seeded, path)

    assert status == 404
    assert body["error"] == reason and body["message"]


@pytest.mark.parametrize(("path", "query", "reason"), [
    ("/articles/NOT-AN-ID", {}, "invalid_request"),
    ("/entities/Ana%20Lopes/articles", {}, "invalid_request"),
    ("/days/2026-13-01/articles", {}, "invalid_request"),
    (f"/entities/{ANA}/articles", {"limit": "1000"}, "invalid_request"),
    (f"/entities/{ANA}/articles", {"limit": "ten"}, "invalid_request"),
    (f"/entities/{ANA}/articles", {"order": "random"}, "invalid_request"),
    (f"/entities/{ANA}/articles", {"next_token": "garbage!"}, "invalid_next_token"),
])
def test_malformed_requests_get_400_with_a_reason(seeded: Any, path: str, query: dict[str, str], reason: str) -> None:
    status, body = get(seeded, path, **query)

    assert status == 400
    assert body["error"] == reason and body["message"]


def test_a_token_from_another_list_gets_400(seeded: Any) -> None:
    _, first = get(seeded, f"/entities/{ANA}/articles", limit="1")

    status, body = get(seeded, f"/entities/{PORT}/articles", limit="1", next_token=first["next_token"])

    assert status == 400 and body["error"] == "invalid_next_token"
