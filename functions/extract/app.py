"""Extract: entities and claims for one article version per ExtractQueue message; the result
goes to the StoreQueue (by S3 claim check when large). Pure computation: no table writes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from newsclaims import pipeline
from newsclaims.errors import MessageRejected
from newsclaims.settings import Settings
from newsclaims.tracing import trace_aws_calls

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig

logger = Logger()
tracer = Tracer(auto_patch=False)  # botocore is patched when first imported: newsclaims.tracing
trace_aws_calls(tracer)
metrics = Metrics()
settings = Settings.from_env(require=("store_queue_url", "dead_letter_queue_url"))
services = pipeline.Services.create(settings)
processor = BatchProcessor(event_type=EventType.SQS)


def extract_once(message: dict[str, Any]) -> dict[str, Any]:
    return pipeline.extract_article(services, pipeline.ArticleMessage.model_validate(message))


@functools.cache
def idempotent_extract() -> tuple[IdempotencyConfig, Callable[..., dict[str, Any]]]:
    """`extract_once` made idempotent (the key prefix keeps its name), set up with the first batch: Powertools' idempotency utility
    imports boto3 with its DynamoDB persistence layer, which a cold start should not pay for
    before it has a message (see newsclaims.tracing).

    Keyed on the article version, not the message id: a redelivered or duplicated message for a
    version already extracted is answered from the idempotency table instead of extracted again.
    The version is part of the key: text A, then B, then A again is version 3, which must be
    extracted and stored although version 1 had the same content."""
    from aws_lambda_powertools.utilities.idempotency import (
        DynamoDBPersistenceLayer,
        IdempotencyConfig,
        idempotent_function,
    )

    config = IdempotencyConfig(event_key_jmespath="[article_id, version, content_sha256]",
                               expires_after_seconds=6 * 3600)
    persistence = DynamoDBPersistenceLayer(table_name=settings.idempotency_table_name, boto3_client=services.dynamodb)
    return config, idempotent_function(data_keyword_argument="message", config=config, persistence_store=persistence)(extract_once)


def extract_record(record: SQSRecord) -> None:
    try:
        message = pipeline.parse_article_message(record.body)
    except MessageRejected as error:
        logger.warning("rejected message", reason=error.reason, detail=error.detail, message_id=record.message_id)
        pipeline.dead_letter(services, record.body, error, stage="extract")
        return
    _config, extract = idempotent_extract()
    summary = extract(message=message.model_dump(mode="json"))
    logger.info("extracted article", **summary)
    metrics.add_metric(name="ArticlesExtracted", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    metrics.add_metric(name="RecordsReceived", unit=MetricUnit.Count, value=len(event["Records"]))
    config, _extract = idempotent_extract()
    config.register_lambda_context(context)
    return process_partial_response(event=event, record_handler=extract_record, processor=processor, context=context)
