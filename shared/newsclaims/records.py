"""Read-side models: what consumers get from the document table, the read API and the event bus.

snake_case domain models with no I/O. `storage` turns table items into these (it is the only
module that knows item layouts); `client`, the Query function and `newsclaims query` return
them; `ArticleAnalyzed` is the detail of the event the Store stage publishes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from newsclaims.models import ArticleId, ClaimKind, ClaimStatus, EntityKey, EntityType, Sha256

EVENT_SOURCE = "newsclaims"
ARTICLE_ANALYZED = "ArticleAnalyzed"
TOP_ENTITIES = 10
MAX_EVENT_SPEAKERS = 100  # keeps an event far below EventBridge's 256 KiB whatever the article

ArticleStatus = Literal["INGESTED", "COMPLETE"]


class _Record(BaseModel):
    # unknown fields are ignored, not refused: a newer producer may add some (forward compatible)
    model_config = ConfigDict(frozen=True, extra="ignore")


class ArticleRecord(_Record):
    """The article item: one article's current version and how far the pipeline got with it."""

    article_id: ArticleId
    version: int = Field(ge=1)
    status: ArticleStatus
    content_sha256: Sha256
    published_at: datetime
    ingested_at: datetime
    completed_at: datetime | None = None
    language: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = Field(default=None, description="where the article came from (an S3 URI), when known")
    text_chars: int | None = None
    entity_count: int | None = Field(default=None, description="entity items of the version (when COMPLETE)")
    claim_count: int | None = Field(default=None, description="claim items of the version (when COMPLETE)")
    extractor_version: str | None = None
    truncated: bool | None = Field(default=None, description="true when entities or claims were over the stored caps")


class EntityRecord(_Record):
    """A named entity in one article version: `mentions` are [start, end) offsets into its text."""

    article_id: ArticleId
    version: int = Field(ge=1)
    extractor_version: str
    published_at: datetime
    key: EntityKey
    name: str
    type: EntityType
    mention_count: int = Field(ge=0)
    mentions: list[tuple[int, int]] = Field(default_factory=list, description="at most 200 (start, end) pairs")
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    title: str | None = Field(default=None, description="the article's title")


class SpanRecord(_Record):
    """A piece of the article text with its offsets (`text` may be cut short in the table)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ClaimRecord(_Record):
    """An attributed claim in one article version; `number` orders claims within the article."""

    article_id: ArticleId
    version: int = Field(ge=1)
    extractor_version: str
    published_at: datetime
    number: int = Field(ge=1)
    key: str
    kind: ClaimKind
    status: ClaimStatus
    content: SpanRecord
    cue: SpanRecord | None = None
    source: SpanRecord | None = None
    speaker: EntityKey | None = None
    hedges: list[str] = Field(default_factory=list)


class ArticleDocument(_Record):
    """One article with the entities and claims of one version (`items_version`).

    While a new version is being extracted the article item already names it (status INGESTED)
    and the entities and claims are still those of the previous version, if there is one.
    """

    article: ArticleRecord
    items_version: int | None = Field(default=None, description="version of `entities` and `claims`; null if none stored yet")
    entities: list[EntityRecord] = Field(default_factory=list)
    claims: list[ClaimRecord] = Field(default_factory=list)


class ArticleRef(_Record):
    """An article in a list (by entity or by day), newest first."""

    article_id: ArticleId
    version: int = Field(ge=1)
    published_at: datetime
    title: str | None = None
    url: str | None = Field(default=None, description="set in lists by day")
    status: ArticleStatus | None = Field(default=None, description="set in lists by day")
    mention_count: int | None = Field(default=None, description="set in lists by entity: mentions of that entity")


class Page[T](BaseModel):
    """One page of a list; pass `next_token` back to get the next page (null: no more)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    items: list[T]
    next_token: str | None = None


# --- the change event ------------------------------------------------------------------------


class TopEntity(_Record):
    key: EntityKey
    name: str
    type: EntityType
    mentions: int = Field(ge=0)


class ArticleAnalyzed(_Record):
    """Detail of the `ArticleAnalyzed` event: an article version's items are in the table.

    Published once per stored version (at least once: deduplicate on article_id + version).
    """

    article_id: ArticleId
    version: int = Field(ge=1)
    content_sha256: Sha256
    published_at: datetime
    title: str | None = None
    url: str | None = None
    entity_count: int = Field(ge=0)
    claim_count: int = Field(ge=0)
    top_entities: list[TopEntity] = Field(max_length=TOP_ENTITIES, description="most mentioned first")
    speakers: list[EntityKey] = Field(max_length=MAX_EVENT_SPEAKERS,
                                      description="entity keys of the claims' speakers, sorted, at most 100")


class ArticleAnalyzedEvent(BaseModel):
    """The event as EventBridge delivers it to a rule's target (AWS's casing)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    version: str = "0"
    id: str
    detail_type: Literal["ArticleAnalyzed"] = Field(alias="detail-type")
    source: Literal["newsclaims"]
    account: str
    time: datetime
    region: str
    resources: list[str] = Field(default_factory=list)
    detail: ArticleAnalyzed
