"""A typed Python client for the document table: the access patterns of DESIGN.md section 4.

    client = NewsclaimsClient("newsclaims-DocumentTable-1A2B3C")   # default AWS credentials
    client = NewsclaimsClient(table, endpoint_url="http://127.0.0.1:5000")  # newsclaims local serve
    document = client.get_article("5c7e0a1b2c3d4e5f")
    page = client.articles_mentioning("person:sergei-lavrov", limit=20)
    while page.next_token:
        page = client.articles_mentioning("person:sergei-lavrov", limit=20, next_token=page.next_token)

Lists are newest first and paginated: `next_token` is opaque (url-safe base64) and only valid
for the list that returned it. Item layouts stay in `storage`; this module pages and checks input.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from newsclaims import storage
from newsclaims.errors import NewsclaimsError
from newsclaims.records import ArticleDocument, ArticleRef, ClaimRecord, Page

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
_ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")
_ENTITY_KEY = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9-]*$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidRequest(NewsclaimsError):
    """A malformed argument (key, date, limit or page token): the caller's fault, HTTP 400."""

    reason = "invalid_request"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidPageToken(InvalidRequest):
    reason = "invalid_next_token"


class NewsclaimsClient:
    """Reads the document table through a low-level DynamoDB client: the one given, or one made
    with boto3's default credentials on the first read (so that a Lambda function holding a
    client does not import boto3 while it starts)."""

    def __init__(self, table_name: str, *, dynamodb_client: Any | None = None, endpoint_url: str | None = None,
                 region_name: str | None = None) -> None:
        self.table_name = table_name
        self._dynamodb = dynamodb_client
        self._client_args = {"endpoint_url": endpoint_url, "region_name": region_name}

    @property
    def dynamodb(self) -> Any:
        if self._dynamodb is None:
            import boto3

            self._dynamodb = boto3.client("dynamodb", **self._client_args)
        return self._dynamodb

    def get_article(self, article_id: str, *, consistent: bool = False) -> ArticleDocument | None:
        """One article with its entities and claims, or None if the table does not know it."""
        if not _ARTICLE_ID.match(article_id):
            raise InvalidRequest(f"article id must be 16 hex digits, got {article_id!r}")
        kwargs = storage.article_query(self.table_name, article_id, consistent=consistent)
        items: list[dict[str, Any]] = []
        while True:
            page = self.dynamodb.query(**kwargs)
            items.extend(storage.plain(i) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return storage.parse_document(items)
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def articles_mentioning(self, entity_key: str, *, limit: int = DEFAULT_LIMIT, next_token: str | None = None,
                            newest_first: bool = True) -> Page[ArticleRef]:
        """Articles whose current version mentions an entity (`person:sergei-lavrov`)."""
        _check_key(entity_key, "entity key")
        return self._page(storage.mentions_query(entity_key), storage.parse_article_ref, limit, next_token, newest_first)

    def claims_by_speaker(self, speaker_key: str, *, limit: int = DEFAULT_LIMIT, next_token: str | None = None,
                          newest_first: bool = True) -> Page[ClaimRecord]:
        """Claims attributed to a speaker (an entity key): newest article first, and within one
        article its last claim first (the index order; `newest_first=False` reverses both)."""
        _check_key(speaker_key, "speaker key")
        return self._page(storage.speaker_query(speaker_key), storage.parse_claim_item, limit, next_token, newest_first)

    def articles_of_day(self, day: date | str, *, limit: int = DEFAULT_LIMIT, next_token: str | None = None,
                        newest_first: bool = True, include_pending: bool = False) -> Page[ArticleRef]:
        """Articles published on a day (UTC); with `include_pending`, also those not yet analysed."""
        text = day.isoformat() if isinstance(day, date) else day
        try:
            if not _DAY.match(text):
                raise ValueError(text)
            date.fromisoformat(text)
        except ValueError:
            raise InvalidRequest(f"day must be a date as yyyy-mm-dd, got {text!r}") from None
        query = storage.day_query(text, complete_only=not include_pending)
        return self._page(query, storage.parse_article_ref, limit, next_token, newest_first)

    def iterate[T](self, method: Callable[..., Page[T]], *args: Any, **kwargs: Any) -> Iterator[T]:
        """Every item of a list method across all its pages: `client.iterate(client.claims_by_speaker, key)`."""
        token = None
        while True:
            page = method(*args, next_token=token, **kwargs)
            yield from page.items
            if not page.next_token:
                return
            token = page.next_token

    def _page[T](self, query: storage.IndexQuery, parse: Callable[[dict[str, Any]], T], limit: int,
                 next_token: str | None, newest_first: bool) -> Page[T]:
        """Up to `limit` items of an index query, continuing after `next_token`.

        With a filter (articles of a day) DynamoDB may return short pages; this keeps reading
        until the page is full, and the token then resumes right after its last item.
        """
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidRequest(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
        start = decode_token(next_token, query) if next_token else None
        items: list[dict[str, Any]] = []
        while True:
            response = self.dynamodb.query(**query.request(self.table_name, limit=limit - len(items),
                                                           newest_first=newest_first, start_key=start))
            items.extend(storage.plain(i) for i in response.get("Items", []))
            more = "LastEvaluatedKey" in response
            if len(items) >= limit or not more:
                break
            start = {k: v["S"] for k, v in response["LastEvaluatedKey"].items()}
        token = encode_token(query, query.key_of(items[-1])) if more and items else None
        return Page(items=[parse(i) for i in items], next_token=token)


def _check_key(key: str, what: str) -> None:
    if not _ENTITY_KEY.match(key) or len(key) > 200:
        raise InvalidRequest(f"{what} must look like 'type:slug' (person:sergei-lavrov), got {key!r}")


def encode_token(query: storage.IndexQuery, key: dict[str, str]) -> str:
    """An opaque page token: url-safe base64 (no padding) of the resume key and its index."""
    raw = json.dumps({"i": query.index, "k": key}, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str, query: storage.IndexQuery) -> dict[str, str]:
    """The resume key in a page token; `InvalidPageToken` if it is malformed or from another list."""
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidPageToken("next_token is not a token this API returned") from None
    if not (isinstance(data, dict) and data.get("i") == query.index and isinstance(data.get("k"), dict)
            and query.owns(data["k"])):
        raise InvalidPageToken(f"next_token does not belong to this {query.name}'s list")
    return data["k"]
