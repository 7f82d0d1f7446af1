"""Data access: the document table (DESIGN.md section 4) and the article bucket's claim checks.

The only module that knows item layouts. Writes are versioned and idempotent:

- Ingest records an article version on the article item with a conditional write, so two
  producers racing on one article get consecutive versions, and an exact re-send is recognised.
- Store takes a short write lease on the article item (only for the article's current version),
  writes the version's entity and claim items with BatchWriteItem (chunks of 25, unprocessed
  items retried with backoff), deletes items of older versions, then marks the article
  COMPLETE and releases the lease in one conditional update. An older version can never take
  the lease once a newer one is ingested, so it never writes over newer items.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsclaims import clock
from newsclaims.errors import ArticleBusy, ObjectNotFound
from newsclaims.ingest import NormalisedArticle
from newsclaims.models import ArticleMessage, Claim, Entity, ExtractionResult, TextRef
from newsclaims.records import (
    ArticleDocument,
    ArticleRecord,
    ArticleRef,
    ClaimRecord,
    EntityRecord,
    SpanRecord,
)

BATCH_LIMIT = 25
MAX_ENTITY_ITEMS = 1000
MAX_CLAIM_ITEMS = 1000
MAX_MENTIONS_STORED = 200
MAX_CLAIM_TEXT = 4000  # characters of a claim's content kept in its item (offsets are exact)
MAX_TITLE = 300
WRITE_ATTEMPTS = 8
THROTTLING = frozenset({"ProvisionedThroughputExceededException", "ThrottlingException",
                        "RequestLimitExceeded", "InternalServerError"})


@dataclass(frozen=True, slots=True)
class Recorded:
    """What ingest did with an article: the version it is, and whether it needs extracting."""

    version: int
    outcome: Literal["new", "new_version", "duplicate", "resend"]

    @property
    def needs_extraction(self) -> bool:
        return self.outcome != "duplicate"


@dataclass(frozen=True, slots=True)
class Stored:
    outcome: Literal["stored", "duplicate", "superseded"]
    version: int
    entity_items: int = 0
    claim_items: int = 0
    deleted_items: int = 0


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _article_key(article_id: str) -> dict[str, Any]:
    return {"pk": {"S": f"ARTICLE#{article_id}"}, "sk": {"S": "ARTICLE"}}


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _n(value: int) -> dict[str, str]:
    return {"N": str(value)}


def _ss_list(values: Iterable[str]) -> dict[str, Any]:
    return {"L": [{"S": v} for v in values]}


def _span_attrs(prefix: str, span: Any, limit: int | None = None) -> dict[str, Any]:
    if span is None:
        return {}
    text = span.text if limit is None else span.text[:limit]
    return {prefix: _s(text), f"{prefix}_start": _n(span.start), f"{prefix}_end": _n(span.end)}


class DocumentStore:
    """The DocumentTable, through a low-level DynamoDB client (injected for tests)."""

    def __init__(self, client: Any, table_name: str, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.client = client
        self.table = table_name
        self.sleep = sleep

    # --- ingest ---------------------------------------------------------------------------

    def record_ingested(self, article: NormalisedArticle, text_ref: TextRef | None = None) -> Recorded:
        """Record an accepted article; a changed text makes the next version.

        An exact re-send of a version that is already complete is a duplicate. A re-send of a
        version still in flight is sent on again (its first message may have been lost before
        it was queued); the later stages are idempotent, so this costs work, never correctness.
        """
        for _ in range(WRITE_ATTEMPTS):
            current = self._get_article(article.article_id)
            if current is None:
                version, outcome, condition = 1, "new", "attribute_not_exists(pk)"
                values: dict[str, Any] = {}
            elif current["content_sha256"]["S"] == article.content_sha256:
                version = int(current["version"]["N"])
                return Recorded(version, "duplicate" if current["status"]["S"] == "COMPLETE" else "resend")
            else:
                version, outcome = int(current["version"]["N"]) + 1, "new_version"
                condition, values = "version = :previous", {":previous": current["version"]}
            item = self._article_item(article, version, text_ref)
            # an update, not a put: a write lease held by a Store of the previous version must
            # survive, or the new version's Store could start while the old one still writes
            fields = {k: v for k, v in item.items() if k not in ("pk", "sk")}
            names = {f"#a{i}": name for i, name in enumerate(fields)}
            values |= {f":a{i}": value for i, value in enumerate(fields.values())}
            if self._conditional(self.client.update_item, TableName=self.table, Key=_article_key(article.article_id),
                                 UpdateExpression="SET " + ", ".join(f"#a{i} = :a{i}" for i in range(len(fields))),
                                 ConditionExpression=condition, ExpressionAttributeNames=names,
                                 ExpressionAttributeValues=values):
                return Recorded(version, outcome)  # type: ignore[arg-type]
            # another producer recorded this article in between: read it again
        raise ArticleBusy(f"article {article.article_id} kept changing while it was recorded")

    def _article_item(self, article: NormalisedArticle, version: int, text_ref: TextRef | None) -> dict[str, Any]:
        published = _iso(article.published_at)
        item: dict[str, Any] = {
            **_article_key(article.article_id),
            "type": _s("article"),
            "article_id": _s(article.article_id),
            "version": _n(version),
            "content_sha256": _s(article.content_sha256),
            "status": _s("INGESTED"),
            "published_at": _s(published),
            "ingested_at": _s(_iso(clock.now())),
            "language": _s(article.language),
            "text_chars": _n(len(article.text)),
            "gsi3pk": _s(f"DAY#{published[:10]}"),
            "gsi3sk": _s(f"{published}#{article.article_id}"),
        }
        for name, value in (("title", article.title), ("url", article.url), ("source", article.source),
                            ("origin", article.origin)):
            if value:
                item[name] = _s(value[:MAX_TITLE] if name == "title" else value)
        if text_ref:
            item["text_ref"] = _s(json.dumps(text_ref.model_dump()))
        return item

    def _get_article(self, article_id: str) -> dict[str, Any] | None:
        response = self._call(self.client.get_item, TableName=self.table, Key=_article_key(article_id),
                              ConsistentRead=True)
        return response.get("Item")

    def get_article_item(self, article_id: str) -> dict[str, Any] | None:
        """The article item as plain Python values (for the CLI and checks), or None."""
        item = self._get_article(article_id)
        return plain(item) if item else None

    # --- store ----------------------------------------------------------------------------

    def store_extraction(self, article: ArticleMessage, result: ExtractionResult,
                         lease_seconds: float = 60.0) -> Stored:
        """Write one article version's entities and claims; see the module docstring."""
        token = uuid.uuid4().hex
        state = self._acquire_lease(article, token, lease_seconds)
        if state is not None:
            return state
        try:
            items = list(self._result_items(article, result))
            for chunk_start in range(0, len(items), BATCH_LIMIT):
                chunk = items[chunk_start : chunk_start + BATCH_LIMIT]
                self._batch_write([{"PutRequest": {"Item": item}} for item in chunk])
            deleted = self._delete_older(article.article_id, article.version)
            entity_items = sum(1 for i in items if i["sk"]["S"].startswith("ENTITY#"))
            self._complete(article, result, token, entity_items, len(items) - entity_items)
            token = ""  # released by _complete
            return Stored("stored", article.version, entity_items, len(items) - entity_items, deleted)
        finally:
            if token:
                self._release_lease(article.article_id, token)

    def _acquire_lease(self, article: ArticleMessage, token: str, lease_seconds: float) -> Stored | None:
        now = clock.now().timestamp()
        if self._conditional(
            self.client.update_item, TableName=self.table, Key=_article_key(article.article_id),
            UpdateExpression="SET lease_owner = :token, lease_expires = :expires",
            ConditionExpression=("version = :v AND content_sha256 = :sha AND #status <> :complete AND "
                                 "(attribute_not_exists(lease_expires) OR lease_expires < :now)"),
            ExpressionAttributeNames={"#status": "status"},
            ExpressionAttributeValues={":token": _s(token), ":expires": {"N": f"{now + lease_seconds:.3f}"},
                                       ":v": _n(article.version), ":sha": _s(article.content_sha256),
                                       ":complete": _s("COMPLETE"), ":now": {"N": f"{now:.3f}"}},
        ):
            return None
        current = self._get_article(article.article_id)
        if current is None:
            # Normally Ingest recorded the article; a message sent straight to the Store queue
            # (a replayed event, another producer) records it here, then takes the lease.
            self._record_from_message(article)
            return self._acquire_lease(article, token, lease_seconds)
        version = int(current["version"]["N"])
        if version > article.version or (version == article.version and current["content_sha256"]["S"] != article.content_sha256):
            return Stored("superseded", version)
        if version == article.version and current["status"]["S"] == "COMPLETE":
            return Stored("duplicate", version)
        raise ArticleBusy(f"article {article.article_id} version {version} is being written by another worker")

    def _record_from_message(self, article: ArticleMessage) -> None:
        normalised = NormalisedArticle(
            article_id=article.article_id, content_sha256=article.content_sha256, text="", title=article.title,
            url=article.url, source=article.source, published_at=article.published_at, language=article.language)
        item = self._article_item(normalised, article.version, article.text_ref)
        item.pop("text_chars")
        self._conditional(self.client.put_item, TableName=self.table, Item=item, ConditionExpression="attribute_not_exists(pk)")

    def _release_lease(self, article_id: str, token: str) -> None:
        self._conditional(self.client.update_item, TableName=self.table, Key=_article_key(article_id),
                          UpdateExpression="REMOVE lease_owner, lease_expires",
                          ConditionExpression="lease_owner = :token",
                          ExpressionAttributeValues={":token": _s(token)})

    def _complete(self, article: ArticleMessage, result: ExtractionResult, token: str,
                  entity_items: int, claim_items: int) -> None:
        self._call(
            self.client.update_item, TableName=self.table, Key=_article_key(article.article_id),
            UpdateExpression=("SET #status = :complete, entity_count = :entities, claim_count = :claims, "
                              "extractor_version = :extractor, completed_at = :now, truncated = :truncated "
                              "REMOVE lease_owner, lease_expires"),
            ConditionExpression="lease_owner = :token AND version = :v",
            ExpressionAttributeNames={"#status": "status"},
            ExpressionAttributeValues={
                ":complete": _s("COMPLETE"), ":entities": _n(entity_items), ":claims": _n(claim_items),
                ":extractor": _s(result.extractor.version), ":now": _s(_iso(clock.now())),
                ":truncated": {"BOOL": len(result.entities) > entity_items or len(result.claims) > claim_items},
                ":token": _s(token), ":v": _n(article.version),
            },
        )

    def _result_items(self, article: ArticleMessage, result: ExtractionResult) -> Iterator[dict[str, Any]]:
        published = _iso(article.published_at)
        common = {
            "article_id": _s(article.article_id), "version": _n(article.version),
            "extractor_version": _s(result.extractor.version), "published_at": _s(published),
        }
        pk = _s(f"ARTICLE#{article.article_id}")
        # the most mentioned entities first, so a cap drops the least important ones
        entities = sorted(result.entities, key=lambda e: -len(e.mentions))[:MAX_ENTITY_ITEMS]
        for entity in entities:
            yield {"pk": pk, "sk": _s(f"ENTITY#{entity.key}"), "type": _s("entity"), **common,
                   "gsi1pk": _s(f"ENTITY#{entity.key}"), "gsi1sk": _s(f"{published}#{article.article_id}"),
                   **self._entity_attrs(entity, article)}
        for index, claim in enumerate(result.claims[:MAX_CLAIM_ITEMS], start=1):
            number = f"{index:04d}"
            item = {"pk": pk, "sk": _s(f"CLAIM#{number}"), "type": _s("claim"), **common,
                    **self._claim_attrs(claim)}
            if claim.speaker:
                item["gsi2pk"] = _s(f"SPEAKER#{claim.speaker}")
                item["gsi2sk"] = _s(f"{published}#{article.article_id}#{number}")
            yield item

    @staticmethod
    def _entity_attrs(entity: Entity, article: ArticleMessage) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "entity_key": _s(entity.key), "name": _s(entity.name), "entity_type": _s(entity.type),
            "mention_count": _n(len(entity.mentions)),
            "mentions": {"L": [{"L": [_n(m.start), _n(m.end)]} for m in entity.mentions[:MAX_MENTIONS_STORED]]},
        }
        if entity.aliases:
            attrs["aliases"] = _ss_list(entity.aliases[:50])
        if entity.roles:
            attrs["roles"] = _ss_list(entity.roles[:20])
        if article.title:
            attrs["title"] = _s(article.title[:MAX_TITLE])
        return attrs

    @staticmethod
    def _claim_attrs(claim: Claim) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "claim_key": _s(claim.key), "kind": _s(claim.kind), "claim_status": _s(claim.status),
            **_span_attrs("content", claim.content, MAX_CLAIM_TEXT),
            **_span_attrs("cue", claim.cue), **_span_attrs("source", claim.source, 500),
        }
        if claim.speaker:
            attrs["speaker"] = _s(claim.speaker)
        if claim.hedges:
            attrs["hedges"] = _ss_list(claim.hedges)
        return attrs

    def _delete_older(self, article_id: str, version: int) -> int:
        stale = [item["sk"] for item in self._query_article(article_id)
                 if item["sk"]["S"] != "ARTICLE" and int(item["version"]["N"]) < version]
        pk = _s(f"ARTICLE#{article_id}")
        for start in range(0, len(stale), BATCH_LIMIT):
            self._batch_write([{"DeleteRequest": {"Key": {"pk": pk, "sk": sk}}} for sk in stale[start : start + BATCH_LIMIT]])
        return len(stale)

    def _query_article(self, article_id: str) -> Iterator[dict[str, Any]]:
        kwargs: dict[str, Any] = {
            "TableName": self.table, "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": _s(f"ARTICLE#{article_id}")},
            "ProjectionExpression": "sk, version", "ConsistentRead": True,
        }
        while True:
            page = self._call(self.client.query, **kwargs)
            yield from page.get("Items", [])
            if "LastEvaluatedKey" not in page:
                return
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def article_items(self, article_id: str) -> list[dict[str, Any]]:
        """Every item of one article, as plain Python values."""
        kwargs: dict[str, Any] = {"TableName": self.table, "KeyConditionExpression": "pk = :pk",
                                  "ExpressionAttributeValues": {":pk": _s(f"ARTICLE#{article_id}")}}
        items = []
        while True:
            page = self._call(self.client.query, **kwargs)
            items.extend(plain(i) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    # --- change events --------------------------------------------------------------------
    # The event is published after the items are written, so a Store that fails in between
    # leaves a stored version that was never announced. The article item remembers the last
    # announced version; a redelivered message finds it behind and announces it then.

    def unannounced(self, article_id: str, version: int) -> ArticleRecord | None:
        """The article if `version` is stored (COMPLETE) but was not yet announced, else None."""
        item = self._get_article(article_id)
        if item is None:
            return None
        head = plain(item)
        if head["version"] != version or head["status"] != "COMPLETE" or head.get("published_version", 0) >= version:
            return None
        return parse_article_item(head)

    def mark_announced(self, article_id: str, version: int) -> None:
        """Record that `version` was announced (never moves back, never outlives a newer version)."""
        self._conditional(self.client.update_item, TableName=self.table, Key=_article_key(article_id),
                          UpdateExpression="SET published_version = :v",
                          ConditionExpression="version = :v AND (attribute_not_exists(published_version) OR published_version < :v)",
                          ExpressionAttributeValues={":v": _n(version)})

    # --- low level ------------------------------------------------------------------------

    def _conditional(self, operation: Callable[..., Any], **kwargs: Any) -> bool:
        """One conditional write (retried on throttling); False when its condition did not hold."""
        try:
            self._call(operation, **kwargs)
        except _client_error() as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            return False
        return True

    def _batch_write(self, requests: list[dict[str, Any]]) -> None:
        """BatchWriteItem with UnprocessedItems retried, backing off with full jitter."""
        pending = {self.table: requests}
        for attempt in range(WRITE_ATTEMPTS):
            response = self._call(self.client.batch_write_item, RequestItems=pending)
            pending = response.get("UnprocessedItems") or {}
            if not pending:
                return
            self.sleep(random.uniform(0, min(2.0, 0.05 * 2**attempt)))
        raise ArticleBusy(f"{len(pending.get(self.table, []))} items still unprocessed after {WRITE_ATTEMPTS} attempts")

    def _call(self, operation: Callable[..., Any], **kwargs: Any) -> Any:
        """One DynamoDB call, retried on throttling beyond what botocore already retries."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return operation(**kwargs)
            except _client_error() as exc:
                if exc.response["Error"]["Code"] not in THROTTLING or attempt == WRITE_ATTEMPTS - 1:
                    raise
                self.sleep(random.uniform(0, min(2.0, 0.05 * 2**attempt)))
        raise AssertionError("unreachable")


def _client_error() -> type[Exception]:
    """botocore's ClientError, imported when an error is being handled rather than at import:
    importing botocore.exceptions loads urllib3, and a function's cold start should not pay for
    it before it makes its first client. (`except` evaluates its class only when an exception
    reaches it, and by then botocore is loaded.)"""
    from botocore.exceptions import ClientError

    return ClientError


def plain(item: dict[str, Any]) -> dict[str, Any]:
    """A low-level DynamoDB item (`{"name": {"S": "..."}}`) as plain Python values: numbers as
    int or float, sets as sets, binary as bytes.

    Written out rather than taken from boto3's TypeDeserializer, whose import loads boto3 and
    s3transfer; the conversion is the documented attribute-value format and nothing more."""
    return {key: plain_value(value) for key, value in item.items()}


def plain_value(value: dict[str, Any]) -> Any:
    """One DynamoDB attribute value as a plain Python value."""
    (kind, data), = value.items()
    if kind == "S":
        return data
    if kind == "N":
        return _number(data)
    if kind == "M":
        return {k: plain_value(v) for k, v in data.items()}
    if kind == "L":
        return [plain_value(v) for v in data]
    if kind == "BOOL":
        return bool(data)
    if kind == "NULL":
        return None
    if kind == "B":
        return bytes(data)
    if kind == "SS":
        return set(data)
    if kind == "NS":
        return {_number(n) for n in data}
    if kind == "BS":
        return {bytes(b) for b in data}
    raise ValueError(f"unknown DynamoDB attribute type {kind!r}")


def _number(text: str) -> int | float:
    number = Decimal(text)
    return int(number) if number == number.to_integral_value() else float(number)



# --- reading: the access patterns of DESIGN.md section 4 ----------------------------------------
#
# Consumers (newsclaims.client, the Query function, `newsclaims query`) read through these, so
# that attribute names and key formats stay in this module.


class _Item(BaseModel):
    """Attributes every item of an article carries (plain values, as `plain()` gives them)."""

    model_config = ConfigDict(extra="ignore")

    pk: str = Field(pattern=r"^ARTICLE#[0-9a-f]{16}$")
    sk: str
    article_id: str
    version: int = Field(ge=1)
    published_at: str = Field(description="ISO 8601 UTC, seconds: 2026-03-14T09:30:00Z")


class ArticleItem(_Item):
    """The article item (sk=ARTICLE): one per article, its current version."""

    sk: Literal["ARTICLE"]
    type: Literal["article"]
    content_sha256: str
    status: Literal["INGESTED", "COMPLETE"]
    ingested_at: str
    language: str
    gsi3pk: str = Field(pattern=r"^DAY#\d{4}-\d{2}-\d{2}$")
    gsi3sk: str = Field(description="{published_at}#{article_id}")
    text_chars: int | None = None
    title: str | None = Field(default=None, max_length=MAX_TITLE)
    url: str | None = None
    source: str | None = None
    origin: str | None = None
    text_ref: str | None = Field(default=None, description="JSON {bucket, key} of the text when it is large")
    entity_count: int | None = None
    claim_count: int | None = None
    extractor_version: str | None = None
    completed_at: str | None = None
    truncated: bool | None = None
    published_version: int | None = Field(default=None, description="last version announced on the event bus")
    lease_owner: str | None = Field(default=None, description="transient: set while a Store writes the items")
    lease_expires: float | None = None


class EntityItem(_Item):
    """An entity of an article version (sk=ENTITY#{key}); on gsi1 by entity, newest first."""

    sk: str = Field(pattern=r"^ENTITY#")
    type: Literal["entity"]
    extractor_version: str
    gsi1pk: str = Field(pattern=r"^ENTITY#")
    gsi1sk: str = Field(description="{published_at}#{article_id}")
    entity_key: str
    name: str
    entity_type: str
    mention_count: int
    mentions: list[list[int]] = Field(description=f"(start, end) pairs, at most {MAX_MENTIONS_STORED}")
    aliases: list[str] | None = None
    roles: list[str] | None = None
    title: str | None = None


class ClaimItem(_Item):
    """A claim of an article version (sk=CLAIM#{nnnn}); on gsi2 by speaker when it has one."""

    sk: str = Field(pattern=r"^CLAIM#\d{4}$")
    type: Literal["claim"]
    extractor_version: str
    claim_key: str
    kind: str
    claim_status: str
    content: str = Field(max_length=MAX_CLAIM_TEXT)
    content_start: int
    content_end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    speaker: str | None = None
    hedges: list[str] | None = None
    gsi2pk: str | None = Field(default=None, pattern=r"^SPEAKER#")
    gsi2sk: str | None = Field(default=None, description="{published_at}#{article_id}#{nnnn}")


ITEM_MODELS: dict[str, type[_Item]] = {"article": ArticleItem, "entity": EntityItem, "claim": ClaimItem}


@dataclass(frozen=True, slots=True)
class IndexQuery:
    """One list access pattern: which index, which partition, and how to read its items."""

    name: str  # what is listed, for messages: "entity", "speaker", "day"
    index: str
    partition_attr: str
    sort_attr: str
    partition: str
    complete_only: bool = False  # the article items of a day include versions still in flight

    def key_of(self, item: dict[str, Any]) -> dict[str, str]:
        """The ExclusiveStartKey that resumes a query right after `item` (a plain item)."""
        return {attr: item[attr] for attr in ("pk", "sk", self.partition_attr, self.sort_attr)}

    def owns(self, key: dict[str, Any]) -> bool:
        """Whether a resume key belongs to this query (and is well formed)."""
        return (set(key) == {"pk", "sk", self.partition_attr, self.sort_attr}
                and all(isinstance(v, str) for v in key.values()) and key[self.partition_attr] == self.partition)

    def request(self, table: str, *, limit: int, newest_first: bool,
                start_key: dict[str, str] | None) -> dict[str, Any]:
        """Keyword arguments of the low-level Query call for one page."""
        kwargs: dict[str, Any] = {
            "TableName": table, "IndexName": self.index, "KeyConditionExpression": "#p = :p",
            "ExpressionAttributeNames": {"#p": self.partition_attr}, "ExpressionAttributeValues": {":p": _s(self.partition)},
            "ScanIndexForward": not newest_first, "Limit": limit,
        }
        if self.complete_only:
            kwargs["FilterExpression"] = "#status = :complete"
            kwargs["ExpressionAttributeNames"]["#status"] = "status"
            kwargs["ExpressionAttributeValues"][":complete"] = _s("COMPLETE")
        if start_key:
            kwargs["ExclusiveStartKey"] = {k: _s(v) for k, v in start_key.items()}
        return kwargs


def mentions_query(entity_key: str) -> IndexQuery:
    """Articles that mention an entity (gsi1; only complete versions have entity items)."""
    return IndexQuery("entity", "gsi1", "gsi1pk", "gsi1sk", f"ENTITY#{entity_key}")


def speaker_query(speaker_key: str) -> IndexQuery:
    """Claims by a speaker (gsi2)."""
    return IndexQuery("speaker", "gsi2", "gsi2pk", "gsi2sk", f"SPEAKER#{speaker_key}")


def day_query(day: str, *, complete_only: bool = True) -> IndexQuery:
    """Articles published on a day, yyyy-mm-dd in UTC (gsi3)."""
    return IndexQuery("day", "gsi3", "gsi3pk", "gsi3sk", f"DAY#{day}", complete_only=complete_only)


def article_query(table: str, article_id: str, *, consistent: bool = False) -> dict[str, Any]:
    """Keyword arguments of the Query for every item of one article (page with ExclusiveStartKey)."""
    return {"TableName": table, "KeyConditionExpression": "pk = :pk", "ConsistentRead": consistent,
            "ExpressionAttributeValues": {":pk": _s(f"ARTICLE#{article_id}")}}


def item_kind(item: dict[str, Any]) -> str:
    """"article", "entity" or "claim" for a plain item of the document table."""
    return str(item.get("type", ""))


def parse_article_item(item: dict[str, Any]) -> ArticleRecord:
    """An article item (plain values) as a record."""
    fields = ("article_id", "version", "status", "content_sha256", "published_at", "ingested_at", "completed_at",
              "language", "title", "url", "source", "origin", "text_chars", "entity_count", "claim_count",
              "extractor_version", "truncated")
    return ArticleRecord.model_validate({f: item[f] for f in fields if f in item})


def parse_entity_item(item: dict[str, Any]) -> EntityRecord:
    """An entity item (plain values) as a record."""
    return EntityRecord(
        article_id=item["article_id"], version=item["version"], extractor_version=item["extractor_version"],
        published_at=item["published_at"], key=item["entity_key"], name=item["name"], type=item["entity_type"],
        mention_count=item["mention_count"], mentions=[(m[0], m[1]) for m in item.get("mentions", [])],
        aliases=item.get("aliases", []), roles=item.get("roles", []), title=item.get("title"))


def _span(item: dict[str, Any], prefix: str) -> SpanRecord | None:
    if prefix not in item:
        return None
    return SpanRecord(text=item[prefix], start=item[f"{prefix}_start"], end=item[f"{prefix}_end"])


def parse_claim_item(item: dict[str, Any]) -> ClaimRecord:
    """A claim item (plain values) as a record."""
    return ClaimRecord(
        article_id=item["article_id"], version=item["version"], extractor_version=item["extractor_version"],
        published_at=item["published_at"], number=int(item["sk"].removeprefix("CLAIM#")), key=item["claim_key"],
        kind=item["kind"], status=item["claim_status"], content=_span(item, "content"), cue=_span(item, "cue"),
        source=_span(item, "source"), speaker=item.get("speaker"), hedges=item.get("hedges", []))


def parse_article_ref(item: dict[str, Any]) -> ArticleRef:
    """An article item (lists by day) or an entity item (lists by entity) as a list entry."""
    if item_kind(item) == "entity":
        return ArticleRef(article_id=item["article_id"], version=item["version"], published_at=item["published_at"],
                          title=item.get("title"), mention_count=item["mention_count"])
    return ArticleRef(article_id=item["article_id"], version=item["version"], published_at=item["published_at"],
                      title=item.get("title"), url=item.get("url"), status=item["status"])


def parse_document(items: Iterable[dict[str, Any]]) -> ArticleDocument | None:
    """One article's items (plain values) as a document with the entities and claims of one version.

    A complete article shows its own version. Otherwise (a new version in flight) the items of
    the newest older version still present are shown, so entities and claims never mix versions.
    """
    items = list(items)
    head = next((i for i in items if item_kind(i) == "article"), None)
    if head is None:
        return None
    article = parse_article_item(head)
    rest = [i for i in items if item_kind(i) in ("entity", "claim")]
    if article.status == "COMPLETE":
        shown: int | None = article.version
    else:
        shown = max((i["version"] for i in rest if i["version"] < article.version), default=None)
    rest = [i for i in rest if i["version"] == shown]
    return ArticleDocument(
        article=article, items_version=shown if rest or article.status == "COMPLETE" else None,
        entities=sorted((parse_entity_item(i) for i in rest if item_kind(i) == "entity"),
                        key=lambda e: (-e.mention_count, e.key)),
        claims=sorted((parse_claim_item(i) for i in rest if item_kind(i) == "claim"), key=lambda c: c.number))


class BlobStore:
    """Claim checks in the article bucket: bodies too large to travel in a queue message."""

    def __init__(self, client: Any, bucket: str) -> None:
        self.client = client
        self.bucket = bucket

    def put_text(self, key: str, body: str, content_type: str = "text/plain; charset=utf-8") -> TextRef:
        self.client.put_object(Bucket=self.bucket, Key=key, Body=body.encode("utf-8"), ContentType=content_type)
        return TextRef(bucket=self.bucket, key=key)

    def get_text(self, ref: TextRef) -> str:
        return self.get_object(ref.bucket, ref.key)[0].decode("utf-8")

    def get_object(self, bucket: str, key: str) -> tuple[bytes, str | None, datetime | None]:
        """Body, content type and last-modified time of an object; `ObjectNotFound` if gone."""
        try:
            response = self.client.get_object(Bucket=bucket, Key=key)
        except _client_error() as exc:
            if exc.response["Error"]["Code"] in {"NoSuchKey", "404", "NotFound"}:
                raise ObjectNotFound(f"s3://{bucket}/{key} no longer exists") from None
            raise
        return response["Body"].read(), response.get("ContentType"), response.get("LastModified")
