"""Pydantic models: the extraction contract (DESIGN.md section 3), articles and queue messages.

Models hold no I/O. Event models keep AWS's casing; domain models use snake_case. Table item
layouts live in `storage` and never leak out of it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from newsclaims import __version__

EXTRACTOR_NAME = "newsclaims"

ArticleId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
EntityKey = Annotated[str, StringConstraints(pattern=r"^[a-z]+:[a-z0-9][a-z0-9-]*$", max_length=200)]
EntityType = Literal["PERSON", "ORGANIZATION", "LOCATION", "NORP", "EVENT", "DATE", "MISC"]
ClaimKind = Literal["direct", "indirect", "mixed", "according_to", "unattributed"]
ClaimStatus = Literal["asserted", "hedged", "disputed", "unverified"]
ContentFormat = Literal["text", "html"]


class Span(BaseModel):
    """A piece of the article: `text == article_text[start:end]` always holds."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(BaseModel):
    key: EntityKey
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Claim(BaseModel):
    key: str
    kind: ClaimKind
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker: EntityKey | None = None
    hedges: list[str] = Field(default_factory=list)
    status: ClaimStatus = "asserted"


class ExtractorInfo(BaseModel):
    name: str = EXTRACTOR_NAME
    version: str = __version__


class ExtractionResult(BaseModel):
    """One article's entities and claims: the `newsclaims extract` contract."""

    id: str | None = None
    extractor: ExtractorInfo = Field(default_factory=ExtractorInfo)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)


class ArticleIn(BaseModel):
    """An article as producers send it (HTTP body, a `.json` file in the bucket, an SQS body).

    Exactly one of `text` and `html` carries the body; `url` (canonical, if known) makes the
    article id stable across re-sends with edited text.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str | None = None
    html: str | None = None
    title: str | None = Field(default=None, max_length=2_000)
    url: str | None = Field(default=None, max_length=4_096)
    published_at: datetime | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
    source: str | None = Field(default=None, max_length=500, description="Publisher or feed name")


class TextRef(BaseModel):
    """Claim check: where a body too large for a message is kept in the article bucket."""

    bucket: str
    key: str


class ArticleMessage(BaseModel):
    """Ingest -> Extract: one normalised article version."""

    article_id: ArticleId
    version: int = Field(ge=1)
    content_sha256: Sha256
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime
    language: str
    text: str | None = None
    text_ref: TextRef | None = None


class ExtractedMessage(BaseModel):
    """Extract -> Store: the article version and its extraction result (inline or by reference)."""

    article: ArticleMessage
    result: ExtractionResult | None = None
    result_ref: TextRef | None = None
