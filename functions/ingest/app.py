"""Ingest: articles from `POST /articles` (HTTP API) and from the IngestQueue (S3 drops under
`incoming/` and inline JSON). Validates, normalises, records a version and queues extraction."""

from __future__ import annotations

import json
from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEventV2
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from newsclaims import pipeline
from newsclaims.errors import ArticleRejected, MessageRejected
from newsclaims.settings import Settings
from newsclaims.tracing import trace_aws_calls

logger = Logger()
tracer = Tracer(auto_patch=False)  # botocore is patched when first imported: newsclaims.tracing
trace_aws_calls(tracer)
metrics = Metrics()
settings = Settings.from_env(require=("extract_queue_url", "dead_letter_queue_url"))
services = pipeline.Services.create(settings)
processor = BatchProcessor(event_type=EventType.SQS)


def _record_accepted(accepted: pipeline.Accepted) -> None:
    logger.info("accepted article", article_id=accepted.article_id, version=accepted.version, outcome=accepted.outcome)
    metrics.add_metric(name="ArticlesDuplicate" if accepted.outcome == "duplicate" else "ArticlesAccepted",
                       unit=MetricUnit.Count, value=1)


def ingest_record(record: SQSRecord) -> None:
    try:
        accepted = pipeline.ingest_queue_body(services, record.body)
    except (ArticleRejected, MessageRejected) as error:
        logger.warning("rejected article", reason=error.reason, detail=error.detail, message_id=record.message_id)
        metrics.add_metric(name="ArticlesRejected", unit=MetricUnit.Count, value=1)
        pipeline.dead_letter(services, record.body, error, stage="ingest")
        return
    for item in accepted:
        _record_accepted(item)


def ingest_api(event: dict[str, Any]) -> dict[str, Any]:
    request = APIGatewayProxyEventV2(event)
    try:
        accepted = pipeline.ingest_http(services, request.body, request.is_base64_encoded)
    except ArticleRejected as error:
        logger.warning("rejected article", reason=error.reason, detail=error.detail)
        metrics.add_metric(name="ArticlesRejected", unit=MetricUnit.Count, value=1)
        return _response(error.http_status, {"error": error.reason, "message": error.detail})
    _record_accepted(accepted)
    return _response(202, {"article_id": accepted.article_id, "version": accepted.version,
                           "status": "duplicate" if accepted.outcome == "duplicate" else "accepted"})


def _response(status: int, body: dict[str, Any]) -> dict[str, Any]:
    return {"statusCode": status, "headers": {"content-type": "application/json"}, "body": json.dumps(body)}


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if "Records" in event:
        metrics.add_metric(name="RecordsReceived", unit=MetricUnit.Count, value=len(event["Records"]))
        return process_partial_response(event=event, record_handler=ingest_record, processor=processor, context=context)
    metrics.add_metric(name="RequestsReceived", unit=MetricUnit.Count, value=1)
    return ingest_api(event)
