"""Store: writes one article version's entities and claims to the DocumentTable per StoreQueue
message, removes the items of older versions, marks the article COMPLETE and announces it with an
`ArticleAnalyzed` event on the EventBus."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from newsclaims import pipeline
from newsclaims.errors import MessageRejected
from newsclaims.settings import Settings
from newsclaims.tracing import trace_aws_calls

logger = Logger()
tracer = Tracer(auto_patch=False)  # botocore is patched when first imported: newsclaims.tracing
trace_aws_calls(tracer)
metrics = Metrics()
settings = Settings.from_env(require=("dead_letter_queue_url",))
services = pipeline.Services.create(settings)
processor = BatchProcessor(event_type=EventType.SQS)
# A write lease must outlive a normal write but not a crashed one: the function's timeout.
DEFAULT_LEASE_SECONDS = 30.0


def store_record(record: SQSRecord, lambda_context: LambdaContext | None = None) -> None:
    try:
        message = pipeline.parse_extracted_message(record.body)
    except MessageRejected as error:
        logger.warning("rejected message", reason=error.reason, detail=error.detail, message_id=record.message_id)
        pipeline.dead_letter(services, record.body, error, stage="store")
        return
    lease = lambda_context.get_remaining_time_in_millis() / 1000 if lambda_context else DEFAULT_LEASE_SECONDS
    stored, announced = pipeline.store_and_publish(services, message, lease_seconds=lease)
    logger.info("stored article", article_id=message.article.article_id, version=stored.version,
                outcome=stored.outcome, entities=stored.entity_items, claims=stored.claim_items,
                deleted=stored.deleted_items, announced=announced)
    metrics.add_metric(name=f"Articles{stored.outcome.capitalize()}", unit=MetricUnit.Count, value=1)
    if announced:
        metrics.add_metric(name="ArticlesAnnounced", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    metrics.add_metric(name="RecordsReceived", unit=MetricUnit.Count, value=len(event["Records"]))
    return process_partial_response(event=event, record_handler=store_record, processor=processor, context=context)
