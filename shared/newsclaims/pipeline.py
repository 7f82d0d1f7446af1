"""The three stages, one function each, called by the thin Lambda handlers.

Handlers parse the event and shape the response; these functions hold the logic and receive
their AWS clients in a `Services` object (made once per container, or by tests with moto).
A record that can never succeed (`ArticleRejected`, `MessageRejected`) is sent to the stage's
DLQ with its reason as message attributes and counted as handled, so it neither blocks its batch
nor comes back; any other error fails only its own record, which SQS redelivers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import unquote_plus

from pydantic import ValidationError

from newsclaims import ingest
from newsclaims.errors import ArticleRejected, EmptyArticle, InvalidArticle, MessageRejected
from newsclaims.models import ArticleIn, ArticleMessage, ExtractedMessage, ExtractionResult
from newsclaims.records import (
    ARTICLE_ANALYZED,
    EVENT_SOURCE,
    MAX_EVENT_SPEAKERS,
    TOP_ENTITIES,
    ArticleAnalyzed,
    TopEntity,
)
from newsclaims.settings import Settings
from newsclaims.storage import (
    MAX_CLAIM_ITEMS,
    MAX_ENTITY_ITEMS,
    MAX_TITLE,
    BlobStore,
    DocumentStore,
    Recorded,
    Stored,
)

# Bodies above this travel by S3 claim check: SQS takes 256 KiB (MaximumMessageSize in the
# template) including attributes, so keep a margin.
INLINE_LIMIT = 200 * 1024


class Services:
    """Clients and settings of one function, made once per container.

    Clients are created on first use, and boto3 is imported then too: each function uses only
    some of the clients (Ingest never publishes events, Extract touches S3 only for oversized
    articles), and whatever is done at import is paid for on every cold start, including the
    ~120 ms it takes to import boto3 and botocore. Tests hand in moto clients or fakes directly.
    """

    def __init__(self, settings: Settings, sqs: Any = None, s3: Any = None, dynamodb: Any = None,
                 events: Any = None, *, session: Any = None,
                 session_factory: Callable[[], Any] | None = None) -> None:
        self.settings = settings
        self._session = session
        self._session_factory = session_factory
        self._clients: dict[str, Any] = {"sqs": sqs, "s3": s3, "dynamodb": dynamodb, "events": events}

    @classmethod
    def create(cls, settings: Settings, session: Any | None = None) -> Services:
        """A function's services: clients from `session`, or from a boto3 session made when the
        first client is needed."""
        return cls(settings, session=session, session_factory=None if session is not None else _boto3_session)

    def _client(self, name: str) -> Any:
        client = self._clients[name]
        if client is None:
            if self._session is None and self._session_factory is not None:
                self._session = self._session_factory()
            if self._session is not None:
                client = self._clients[name] = self._session.client(name)
        return client

    @property
    def sqs(self) -> Any:
        return self._client("sqs")

    @property
    def s3(self) -> Any:
        return self._client("s3")

    @property
    def dynamodb(self) -> Any:
        return self._client("dynamodb")

    @property
    def events(self) -> Any:
        """EventBridge, or None where no session can make one (only the Store stage publishes)."""
        return self._client("events")

    @property
    def documents(self) -> DocumentStore:
        return DocumentStore(self.dynamodb, self.settings.table_name)

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.s3, self.settings.bucket_name)


def _boto3_session() -> Any:
    import boto3

    return boto3.session.Session()


@dataclass(frozen=True, slots=True)
class Accepted:
    article_id: str
    version: int
    outcome: str


# --- dead letters -----------------------------------------------------------------------------


def dead_letter(services: Services, body: str, error: ArticleRejected | MessageRejected, stage: str) -> None:
    """Send a record that can never succeed to the stage's DLQ with the reason attached."""
    url = services.settings.dead_letter_queue_url
    if not url:
        raise RuntimeError("DEAD_LETTER_QUEUE_URL is not set; cannot dead-letter a rejected record") from error
    attributes = {
        "reason": {"DataType": "String", "StringValue": error.reason},
        "detail": {"DataType": "String", "StringValue": error.detail[:1000] or error.reason},
        "stage": {"DataType": "String", "StringValue": stage},
    }
    services.sqs.send_message(QueueUrl=url, MessageBody=body, MessageAttributes=attributes)


# --- ingest -----------------------------------------------------------------------------------


def accept(services: Services, article: ArticleIn, *, received_at: datetime | None = None,
           origin: str | None = None) -> Accepted:
    """Normalise, record and enqueue one article for extraction. Raises `ArticleRejected`."""
    normalised = ingest.normalise_article(article, received_at=received_at, fallback_id=origin)
    encoded_len = len(normalised.text.encode("utf-8"))
    text_ref = None
    if encoded_len > INLINE_LIMIT:
        text_ref = services.blobs.put_text(f"texts/{normalised.article_id}/{normalised.content_sha256}.txt", normalised.text)
    recorded: Recorded = services.documents.record_ingested(normalised, text_ref)
    if recorded.needs_extraction:
        message = ArticleMessage(
            article_id=normalised.article_id, version=recorded.version, content_sha256=normalised.content_sha256,
            title=normalised.title, url=normalised.url, source=normalised.source,
            published_at=normalised.published_at, language=normalised.language,
            text=None if text_ref else normalised.text, text_ref=text_ref,
        )
        services.sqs.send_message(QueueUrl=services.settings.extract_queue_url, MessageBody=message.model_dump_json())
    return Accepted(normalised.article_id, recorded.version, recorded.outcome)


def ingest_http(services: Services, body: str | None, is_base64: bool = False) -> Accepted:
    """An article POSTed as JSON (`ArticleIn`). Raises `ArticleRejected`."""
    if body is None or not body.strip():
        raise EmptyArticle("request body is empty: send an article as JSON")
    raw = body.encode("utf-8") if not is_base64 else _b64(body)
    text = ingest.decode_body(raw, services.settings.max_article_bytes)
    return accept(services, ingest.parse_article_json(ingest.json_loads(text)))


def _b64(body: str) -> bytes:
    import base64
    import binascii

    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidArticle("request body is not valid base64") from None


def ingest_queue_body(services: Services, body: str) -> list[Accepted]:
    """One IngestQueue message: an S3 event notification (articles dropped in the bucket) or an
    article sent inline as JSON. Raises `ArticleRejected` / `MessageRejected`."""
    try:
        data = json.loads(body)
    except json.JSONDecodeError:
        raise MessageRejected("message body is not JSON: expected an S3 event or an article") from None
    if isinstance(data, dict) and data.get("Event") == "s3:TestEvent":
        return []  # S3 sends one when the notification is configured
    if isinstance(data, dict) and isinstance(data.get("Records"), list):
        return [_ingest_object(services, r) for r in data["Records"] if str(r.get("eventName", "")).startswith("ObjectCreated")]
    return [accept(services, ingest.parse_article_json(data))]


def _ingest_object(services: Services, record: dict[str, Any]) -> Accepted:
    try:
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
    except (KeyError, TypeError):
        raise MessageRejected("S3 event record without bucket name and object key") from None
    # check the name before reading: an unsupported file costs no download
    ingest.content_type_for(key)
    body, declared, modified = services.blobs.get_object(bucket, key)
    content_type = ingest.content_type_for(key, declared if declared not in (None, "binary/octet-stream", "application/octet-stream") else None)
    article = ingest.parse_article(body, content_type, services.settings.max_article_bytes)
    return accept(services, article, received_at=modified, origin=f"s3://{bucket}/{key}")


# --- extract ----------------------------------------------------------------------------------


def parse_article_message(body: str) -> ArticleMessage:
    try:
        return ArticleMessage.model_validate_json(body)
    except ValidationError as exc:
        raise MessageRejected("not an article message: " + ingest.describe_validation_error(exc)) from None


def extract_article(services: Services, message: ArticleMessage) -> dict[str, Any]:
    """Extract one article version and hand the result to the Store queue."""
    from newsclaims.nlp import extract  # imported here: Ingest and Store never load the extractor

    text = message.text if message.text is not None else services.blobs.get_text(message.text_ref)  # type: ignore[arg-type]
    result = extract(text, id=message.article_id)
    out = ExtractedMessage(article=message.model_copy(update={"text": None}), result=result)
    body = out.model_dump_json()
    if len(body.encode("utf-8")) > INLINE_LIMIT:
        ref = services.blobs.put_text(f"claims/{message.article_id}/{message.content_sha256}.json",
                                      result.model_dump_json(), "application/json")
        body = ExtractedMessage(article=out.article, result_ref=ref).model_dump_json()
    services.sqs.send_message(QueueUrl=services.settings.store_queue_url, MessageBody=body)
    return {"article_id": message.article_id, "version": message.version,
            "entities": len(result.entities), "claims": len(result.claims)}


# --- store ------------------------------------------------------------------------------------


def parse_extracted_message(body: str) -> ExtractedMessage:
    try:
        message = ExtractedMessage.model_validate_json(body)
    except ValidationError as exc:
        raise MessageRejected("not an extraction message: " + ingest.describe_validation_error(exc)) from None
    if (message.result is None) == (message.result_ref is None):
        raise MessageRejected("an extraction message carries exactly one of 'result' and 'result_ref'")
    return message


def store_result(services: Services, message: ExtractedMessage, lease_seconds: float) -> Stored:
    """Write one article version's items to the table (idempotent, versioned), announcing nothing."""
    return services.documents.store_extraction(message.article, load_result(services, message), lease_seconds=lease_seconds)


def load_result(services: Services, message: ExtractedMessage) -> ExtractionResult:
    """The extraction result of a Store message, inline or from its claim check."""
    if message.result is not None:
        return message.result
    return ExtractionResult.model_validate_json(services.blobs.get_text(message.result_ref))  # type: ignore[arg-type]


def store_and_publish(services: Services, message: ExtractedMessage, lease_seconds: float) -> tuple[Stored, bool]:
    """The Store stage: write the version's items, then announce it on the event bus."""
    result = load_result(services, message)
    stored = services.documents.store_extraction(message.article, result, lease_seconds=lease_seconds)
    return stored, publish_analyzed(services, message, result, stored)


# --- change events ----------------------------------------------------------------------------


class EventNotPublished(RuntimeError):
    """EventBridge refused the event; the record is retried and the event published then."""


def analyzed_event(article: ArticleMessage, result: ExtractionResult) -> ArticleAnalyzed:
    """The `ArticleAnalyzed` detail of a stored version (counts as stored, after the item caps)."""
    entities = sorted(result.entities, key=lambda e: (-len(e.mentions), e.key))
    claims = result.claims[:MAX_CLAIM_ITEMS]
    return ArticleAnalyzed(
        article_id=article.article_id, version=article.version, content_sha256=article.content_sha256,
        published_at=article.published_at, title=article.title[:MAX_TITLE] if article.title else None, url=article.url,
        entity_count=min(len(result.entities), MAX_ENTITY_ITEMS), claim_count=len(claims),
        top_entities=[TopEntity(key=e.key, name=e.name, type=e.type, mentions=len(e.mentions))
                      for e in entities[:TOP_ENTITIES]],
        speakers=sorted({c.speaker for c in claims if c.speaker})[:MAX_EVENT_SPEAKERS],
    )


def publish_analyzed(services: Services, message: ExtractedMessage, result: ExtractionResult, stored: Stored) -> bool:
    """Announce a stored version on the event bus; returns whether an event was sent.

    Only a version this call stored is announced, or one a previous delivery stored but failed
    to announce (the article item keeps the last announced version): a duplicate or superseded
    message sends nothing. Nothing is sent when EVENT_BUS_NAME is not set.
    """
    bus = services.settings.event_bus_name
    if not bus or stored.outcome == "superseded":
        return False
    article = message.article
    if stored.outcome == "duplicate" and services.documents.unannounced(article.article_id, article.version) is None:
        return False
    detail = analyzed_event(article, result)
    response = services.events.put_events(Entries=[{
        "EventBusName": bus, "Source": EVENT_SOURCE, "DetailType": ARTICLE_ANALYZED,
        "Detail": detail.model_dump_json(), "Resources": [],
    }])
    if response.get("FailedEntryCount"):
        entry = response["Entries"][0]
        raise EventNotPublished(f"{entry.get('ErrorCode')}: {entry.get('ErrorMessage')}")
    services.documents.mark_announced(article.article_id, article.version)
    return True
