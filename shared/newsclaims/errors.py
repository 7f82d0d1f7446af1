"""Error types. Callers branch on the type (and its `reason` code), never on message text.

`ArticleRejected` and its subclasses are the caller's fault: the article can never succeed, so
it is answered with HTTP 400/413 or sent straight to the DLQ with the reason attached, instead
of being retried. Everything else is treated as transient and retried by SQS.
"""

from __future__ import annotations


class NewsclaimsError(Exception):
    """Base of every error this package raises on purpose."""


class ArticleRejected(NewsclaimsError):
    """The article is malformed or unsupported; retrying will not help."""

    reason = "invalid_article"
    http_status = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason, "detail": self.detail}


class InvalidArticle(ArticleRejected):
    reason = "invalid_article"


class EmptyArticle(ArticleRejected):
    reason = "empty_article"


class ArticleTooLarge(ArticleRejected):
    reason = "article_too_large"
    http_status = 413


class InvalidEncoding(ArticleRejected):
    reason = "invalid_encoding"


class BinaryContent(ArticleRejected):
    reason = "binary_content"


class UnsupportedContentType(ArticleRejected):
    reason = "unsupported_content_type"
    http_status = 415


class UnsupportedLanguage(ArticleRejected):
    reason = "unsupported_language"


class ObjectNotFound(ArticleRejected):
    reason = "object_not_found"


class TooManyItems(ArticleRejected):
    reason = "too_many_items"


class ArticleBusy(NewsclaimsError):
    """Another worker holds the article's write lease; the message is retried later."""


class MessageRejected(NewsclaimsError):
    """A queue message that is not one of ours (wrong shape); it goes to the DLQ with the reason."""

    reason = "invalid_message"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def to_dict(self) -> dict[str, str]:
        return {"reason": self.reason, "detail": self.detail}
