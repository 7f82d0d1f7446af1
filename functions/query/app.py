"""Query: the read API over the document table (GET routes of the HTTP API).

    GET /articles/{id}                 one article with its entities and claims
    GET /entities/{key}/articles       articles that mention an entity, newest first
    GET /speakers/{key}/claims         claims by a speaker, newest first
    GET /days/{date}/articles          articles published on a day (UTC), newest first

Lists take `limit` (1-100, default 25), `next_token` (from the previous page) and `order`
(`newest`, the default, or `oldest`); days also `pending=true` for articles not yet analysed.
Errors are `{"error": reason, "message": ...}`: 400 for a malformed key, date, limit or token,
404 when nothing is known under the key.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.utilities.typing import LambdaContext

from newsclaims.client import DEFAULT_LIMIT, InvalidRequest, NewsclaimsClient
from newsclaims.settings import Settings
from newsclaims.tracing import trace_aws_calls

logger = Logger()
tracer = Tracer(auto_patch=False)  # botocore is patched when first imported: newsclaims.tracing
trace_aws_calls(tracer)
settings = Settings.from_env()
client = NewsclaimsClient(settings.table_name)
app = APIGatewayHttpResolver()


def _error(status: int, reason: str, message: str) -> Response:
    return Response(status_code=status, content_type=content_types.APPLICATION_JSON,
                    body=json.dumps({"error": reason, "message": message}))


@app.exception_handler(InvalidRequest)
def _invalid(error: InvalidRequest) -> Response:
    logger.info("invalid request", reason=error.reason, path=app.current_event.path)
    return _error(400, error.reason, error.detail)


def _list_args() -> dict[str, Any]:
    """limit, next_token and order from the query string."""
    query = app.current_event.query_string_parameters or {}
    raw_limit = query.get("limit", str(DEFAULT_LIMIT))
    if not raw_limit.isdigit():
        raise InvalidRequest(f"limit must be a whole number, got {raw_limit!r}")
    order = query.get("order", "newest")
    if order not in ("newest", "oldest"):
        raise InvalidRequest(f"order must be 'newest' or 'oldest', got {order!r}")
    return {"limit": int(raw_limit), "next_token": query.get("next_token") or None, "newest_first": order == "newest"}


def _page_or_404(page: Any, args: dict[str, Any], reason: str, message: str) -> Response | dict[str, Any]:
    # An empty first page means the key is unknown; a later page may be empty at the very end.
    if not page.items and not args["next_token"]:
        return _error(404, reason, message)
    logger.info("listed", path=app.current_event.path, items=len(page.items), more=page.next_token is not None)
    return page.model_dump(mode="json")


@app.get("/articles/<article_id>")
def get_article(article_id: str) -> Response | dict[str, Any]:
    document = client.get_article(unquote(article_id))
    if document is None:
        return _error(404, "article_not_found", f"no article {unquote(article_id)!r} in the table")
    logger.info("article", article_id=document.article.article_id, version=document.article.version)
    return document.model_dump(mode="json")


@app.get("/entities/<key>/articles")
def entity_articles(key: str) -> Response | dict[str, Any]:
    args = _list_args()
    page = client.articles_mentioning(unquote(key), **args)
    return _page_or_404(page, args, "entity_not_found", f"no article mentions entity {unquote(key)!r}")


@app.get("/speakers/<key>/claims")
def speaker_claims(key: str) -> Response | dict[str, Any]:
    args = _list_args()
    page = client.claims_by_speaker(unquote(key), **args)
    return _page_or_404(page, args, "speaker_not_found", f"no claim is attributed to {unquote(key)!r}")


@app.get("/days/<day>/articles")
def day_articles(day: str) -> Response | dict[str, Any]:
    args = _list_args()
    pending = (app.current_event.query_string_parameters or {}).get("pending", "false").lower() == "true"
    page = client.articles_of_day(unquote(day), include_pending=pending, **args)
    return _page_or_404(page, args, "day_not_found", f"no analysed article was published on {unquote(day)!r}")


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return app.resolve(event, context)
