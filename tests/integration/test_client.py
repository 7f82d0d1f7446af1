"""The Python client against moto: every access pattern of DESIGN.md section 4, across pages.

Articles are stored through the real Store function (a Store message per article version, the
chain's last hop), so the items are exactly those the pipeline writes; no extractor is involved.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from newsclaims.client import InvalidPageToken, InvalidRequest, NewsclaimsClient
from newsclaims.ingest import NormalisedArticle
from newsclaims.models import ArticleMessage, Claim, Entity, ExtractedMessage, ExtractionResult, Span
from newsclaims.storage import ITEM_MODELS, DocumentStore
from tests.conftest import ROOT

ANA = "person:ana-lopes"
PORT = "organization:port-authority"


def article_id(n: int) -> str:
    return f"{n:016x}"


def store_message(n: int, *, day: str = "2026-03-14", minute: int | None = None, version: int = 1,
                  entities: tuple[str, ...] = (ANA,), speakers: tuple[str | None, ...] = (ANA,),
                  title: str | None = None) -> ExtractedMessage:
    """A Store message for article n: its entities (each mentioned once per position in the
    tuple, so earlier ones are mentioned more) and one claim per speaker."""
    text = "x" * 200
    result = ExtractionResult(
        entities=[Entity(key=key, name=key.split(":")[1].replace("-", " ").title(),
                         type="PERSON" if key.startswith("person") else "ORGANIZATION",
                         mentions=[Span(start=i, end=i + 1, text="x") for i in range(len(entities) - rank)])
                  for rank, key in enumerate(entities)],
        claims=[Claim(key=f"c{i}", kind="indirect", content=Span(start=10 * i, end=10 * i + 5, text=text[:5]),
                      cue=Span(start=100, end=104, text="said"), speaker=speaker)
                for i, speaker in enumerate(speakers)],
    )
    minute = n if minute is None else minute
    return ExtractedMessage(article=ArticleMessage(
        article_id=article_id(n), version=version, content_sha256=hashlib.sha256(f"{n}/{version}".encode()).hexdigest(),
        title=title or f"Article {n}", url=f"https://news.example.org/{n}",
        published_at=f"{day}T10:{minute:02d}:00Z", language="en"), result=result)


def store(stack: Any, *messages: ExtractedMessage) -> None:
    """Send Store messages and run the Store function until its queue is empty."""
    for message in messages:
        stack.sqs.send_message(QueueUrl=stack.queue_url("StoreQueue"), MessageBody=message.model_dump_json())
    stack.pump()


def record_version(stack: Any, message: ExtractedMessage) -> None:
    """Record a message's article version as Ingest does, so that its Store may write it."""
    a = message.article
    DocumentStore(stack.dynamodb, stack.tables["DocumentTable"]).record_ingested(NormalisedArticle(
        article_id=a.article_id, content_sha256=a.content_sha256, text="x", title=a.title, url=a.url, source=None,
        published_at=a.published_at, language=a.language))


def ingest_only(stack: Any, n: int, *, day: str = "2026-03-14", minute: int = 0) -> None:
    """Record article n as Ingest does (status INGESTED), without storing anything."""
    documents = DocumentStore(stack.dynamodb, stack.tables["DocumentTable"])
    documents.record_ingested(NormalisedArticle(
        article_id=article_id(n), content_sha256=hashlib.sha256(f"{n}/1".encode()).hexdigest(), text="x",
        title=f"Pending {n}", url=None, source=None,
        published_at=datetime.fromisoformat(f"{day}T10:{minute:02d}:00+00:00"), language="en"))


@pytest.fixture
def client(stack: Any) -> NewsclaimsClient:
    return NewsclaimsClient(stack.tables["DocumentTable"], dynamodb_client=stack.dynamodb)


# ---------------------------------------------------------------- one article


def test_get_article_returns_the_article_with_its_entities_and_claims(stack: Any, client: NewsclaimsClient) -> None:
    # given
    store(stack, store_message(1, entities=(ANA, PORT), speakers=(ANA, None, PORT)))
    # when
    document = client.get_article(article_id(1))
    # then
    assert document is not None
    assert document.article.status == "COMPLETE" and document.article.version == 1
    assert document.article.entity_count == 2 and document.article.claim_count == 3
    assert document.items_version == 1
    assert [e.key for e in document.entities] == [ANA, PORT]  # most mentioned first
    assert document.entities[0].mention_count == 2 and document.entities[0].mentions == [(0, 1), (1, 2)]
    assert [c.number for c in document.claims] == [1, 2, 3]
    assert [c.speaker for c in document.claims] == [ANA, None, PORT]
    assert document.claims[0].cue is not None and document.claims[0].cue.text == "said"


def test_get_article_of_an_unknown_id_is_none(client: NewsclaimsClient) -> None:
    assert client.get_article(article_id(404)) is None


def test_an_article_being_reanalysed_shows_the_previous_versions_items(stack: Any, client: NewsclaimsClient) -> None:
    # given version 1 stored, then version 2 recorded by Ingest but not yet stored
    store(stack, store_message(1, entities=(ANA, PORT)))
    documents = DocumentStore(stack.dynamodb, stack.tables["DocumentTable"])
    documents.record_ingested(NormalisedArticle(
        article_id=article_id(1), content_sha256="f" * 64, text="changed", title="Article 1", url=None, source=None,
        published_at=datetime(2026, 3, 14, 10, 1, tzinfo=UTC), language="en"))
    # when
    document = client.get_article(article_id(1))
    # then the head names version 2, the items are still all of version 1
    assert document is not None
    assert (document.article.version, document.article.status) == (2, "INGESTED")
    assert document.items_version == 1
    assert {e.version for e in document.entities} == {1} and len(document.entities) == 2


def test_a_new_version_replaces_the_items_of_the_old_one(stack: Any, client: NewsclaimsClient) -> None:
    store(stack, store_message(1, entities=(ANA, PORT)))
    v2 = store_message(1, version=2, entities=(PORT,), speakers=(PORT,))
    record_version(stack, v2)
    store(stack, v2)

    document = client.get_article(article_id(1))

    assert document is not None and document.items_version == 2
    assert [e.key for e in document.entities] == [PORT]
    assert client.articles_mentioning(ANA).items == []
    assert [c.article_id for c in client.claims_by_speaker(PORT).items] == [article_id(1)]


# ---------------------------------------------------------------- lists, across pages


def _all_pages(method: Any, key: Any, limit: int, **kwargs: Any) -> list[list[Any]]:
    pages, token = [], None
    while True:
        page = method(key, limit=limit, next_token=token, **kwargs)
        pages.append(page.items)
        token = page.next_token
        if token is None:
            return pages
        assert len(pages) < 20, "pagination does not end"


def test_articles_mentioning_an_entity_come_newest_first_across_pages(stack: Any, client: NewsclaimsClient) -> None:
    # given seven articles naming Ana Lopes on two days, and one that does not
    store(stack, *(store_message(n, day="2026-03-14" if n < 4 else "2026-03-15") for n in range(7)),
          store_message(9, entities=(PORT,), speakers=(PORT,)))
    # when
    pages = _all_pages(client.articles_mentioning, ANA, 3)
    # then
    assert [len(p) for p in pages] == [3, 3, 1]
    refs = [r for page in pages for r in page]
    assert [r.article_id for r in refs] == [article_id(n) for n in (6, 5, 4, 3, 2, 1, 0)]
    assert all(r.mention_count == 1 and r.title for r in refs)
    oldest = [r.article_id for p in _all_pages(client.articles_mentioning, ANA, 4, newest_first=False) for r in p]
    assert oldest == [article_id(n) for n in range(7)]


def test_claims_by_a_speaker_come_newest_first_across_pages(stack: Any, client: NewsclaimsClient) -> None:
    store(stack, store_message(1, speakers=(ANA, PORT, ANA)), store_message(2, speakers=(ANA,)),
          store_message(3, speakers=(PORT,)))

    pages = _all_pages(client.claims_by_speaker, ANA, 2)

    assert [len(p) for p in pages] == [2, 1]
    claims = [c for page in pages for c in page]
    assert [(c.article_id, c.number) for c in claims] == [(article_id(2), 1), (article_id(1), 3), (article_id(1), 1)]
    assert all(c.speaker == ANA for c in claims)
    assert list(client.iterate(client.claims_by_speaker, ANA, limit=1)) == claims


def test_articles_of_a_day_leave_out_pending_ones_unless_asked(stack: Any, client: NewsclaimsClient) -> None:
    # given complete and pending articles interleaved on one day, and one on the next day
    store(stack, *(store_message(n, minute=2 * n) for n in range(4)), store_message(8, day="2026-03-15"))
    for n in (20, 21, 22):
        ingest_only(stack, n, minute=2 * (n - 20) + 1)
    # when
    complete = _all_pages(client.articles_of_day, date(2026, 3, 14), 2)
    everything = _all_pages(client.articles_of_day, "2026-03-14", 3, include_pending=True)
    # then pages are full although the filter drops items in between
    # (DynamoDB may end with an empty page: it cannot always tell that nothing follows a full one)
    assert [len(p) for p in complete if p] == [2, 2] and all(complete[:-1])
    assert [r.article_id for p in complete for r in p] == [article_id(n) for n in (3, 2, 1, 0)]
    assert all(r.status == "COMPLETE" and r.url for p in complete for r in p)
    refs = [r for p in everything for r in p]
    assert [len(p) for p in everything if p] == [3, 3, 1] and all(everything[:-1])
    assert [(r.article_id, r.status) for r in refs] == [
        (article_id(3), "COMPLETE"), (article_id(22), "INGESTED"), (article_id(2), "COMPLETE"),
        (article_id(21), "INGESTED"), (article_id(1), "COMPLETE"), (article_id(20), "INGESTED"),
        (article_id(0), "COMPLETE")]
    assert client.articles_of_day("2026-03-16").items == []


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(("call", "args"), [
    ("get_article", ("not-an-id",)),
    ("articles_mentioning", ("Ana Lopes",)),
    ("claims_by_speaker", ("",)),
    ("articles_of_day", ("2026-02-30",)),
    ("articles_of_day", ("14/03/2026",)),
])
def test_malformed_keys_are_refused_before_any_query(call: str, args: tuple[str]) -> None:
    client = NewsclaimsClient("table", dynamodb_client=object())  # any call on it would fail differently

    with pytest.raises(InvalidRequest):
        getattr(client, call)(*args)


def test_a_page_token_works_only_for_the_list_that_returned_it(stack: Any, client: NewsclaimsClient) -> None:
    store(stack, *(store_message(n, entities=(ANA, PORT)) for n in range(3)))
    token = client.articles_mentioning(ANA, limit=1).next_token
    assert token

    with pytest.raises(InvalidPageToken):
        client.articles_mentioning(PORT, limit=1, next_token=token)
    with pytest.raises(InvalidPageToken):
        client.claims_by_speaker(ANA, limit=1, next_token=token)
    with pytest.raises(InvalidPageToken):
        client.articles_mentioning(ANA, limit=1, next_token="not a token!")
    with pytest.raises(InvalidRequest):
        client.articles_mentioning(ANA, limit=0)


# ---------------------------------------------------------------- items match their documented schema


def test_every_item_the_pipeline_writes_matches_its_item_model_and_schema(stack: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    store(stack, store_message(1, entities=(ANA, PORT), speakers=(ANA, None)))
    ingest_only(stack, 2)
    schemas = {kind: json.loads((ROOT / "docs" / "schema" / f"{kind}-item.schema.json").read_text(encoding="utf-8"))
               for kind in ITEM_MODELS}

    items = stack.scan()

    assert {i["type"] for i in items} == {"article", "entity", "claim"}
    for item in items:
        model = ITEM_MODELS[item["type"]]
        model.model_validate(item)
        # a new attribute must be documented (added to the item model and the schema) first
        assert set(item) <= set(model.model_fields), set(item) - set(model.model_fields)
        jsonschema.validate(item, schemas[item["type"]])


# ---------------------------------------------------------------- newsclaims query


def test_newsclaims_query_prints_the_same_pages(stack: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from newsclaims.cli import main

    store(stack, *(store_message(n) for n in range(3)))
    table = stack.tables["DocumentTable"]

    assert main(["query", "entity", ANA, "--table", table, "--json", "--limit", "2"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["query", "entity", ANA, "--table", table, "--json", "--limit", "2",
                 "--next-token", first["next_token"]]) == 0
    second = json.loads(capsys.readouterr().out)
    assert [i["article_id"] for i in first["items"] + second["items"]] == [article_id(n) for n in (2, 1, 0)]
    assert main(["query", "speaker", ANA, "--table", table, "--all"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "(3 items)"
    assert main(["query", "article", article_id(1), "--table", table]) == 0
    assert article_id(1) in capsys.readouterr().out
    assert main(["query", "article", article_id(99), "--table", table]) == 1
    assert main(["query", "day", "yesterday", "--table", table]) == 2
