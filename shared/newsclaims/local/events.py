"""Lambda event payloads as AWS delivers them: SQS batches, S3 notifications, HTTP API requests.

Used by the local runtime, by scripts/make_events.py (which writes events/) and by tests, so
that one definition of each shape serves all three.
"""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from typing import Any

REGION = "us-east-1"
ACCOUNT = "123456789012"


def sqs_record(body: str, queue_arn: str, *, message_id: str | None = None, receipt_handle: str | None = None,
               attributes: dict[str, str] | None = None,
               message_attributes: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """One record of an SQS event (what Lambda's event source mapping delivers)."""
    now = str(int(time.time() * 1000))
    return {
        "messageId": message_id or str(uuid.uuid4()),
        "receiptHandle": receipt_handle or base64.b64encode(uuid.uuid4().bytes).decode(),
        "body": body,
        "attributes": attributes or {"ApproximateReceiveCount": "1", "SentTimestamp": now,
                                     "SenderId": "AIDAEXAMPLEEXAMPLE", "ApproximateFirstReceiveTimestamp": now},
        "messageAttributes": message_attributes or {},
        "md5OfBody": hashlib.md5(body.encode()).hexdigest(),
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": REGION,
    }


def s3_notification(bucket: str, key: str, size: int, event_name: str = "ObjectCreated:Put") -> dict[str, Any]:
    """The body S3 sends to a queue when an object is created (one record)."""
    from urllib.parse import quote_plus

    return {"Records": [{
        "eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": REGION,
        "eventTime": "2026-01-01T00:00:00.000Z", "eventName": event_name,
        "userIdentity": {"principalId": "AWS:EXAMPLE"}, "requestParameters": {"sourceIPAddress": "127.0.0.1"},
        "responseElements": {"x-amz-request-id": "EXAMPLE", "x-amz-id-2": "EXAMPLE"},
        "s3": {"s3SchemaVersion": "1.0", "configurationId": "incoming-articles",
               "bucket": {"name": bucket, "ownerIdentity": {"principalId": "EXAMPLE"}, "arn": f"arn:aws:s3:::{bucket}"},
               "object": {"key": quote_plus(key, safe="/"), "size": size, "eTag": "0" * 32, "sequencer": "0"}},
    }]}


def http_event(method: str, path: str, body: str | bytes | None, headers: dict[str, str] | None = None,
               epoch_ms: int | None = None) -> dict[str, Any]:
    """An API Gateway HTTP API request (payload format 2.0)."""
    is_base64 = isinstance(body, bytes)
    text = base64.b64encode(body).decode() if isinstance(body, bytes) else body
    epoch_ms = epoch_ms if epoch_ms is not None else int(time.time() * 1000)
    return {
        "version": "2.0", "routeKey": f"{method} {path}", "rawPath": path, "rawQueryString": "",
        "headers": {"content-type": "application/json", **(headers or {})},
        "requestContext": {
            "accountId": ACCOUNT, "apiId": "local", "domainName": "localhost", "domainPrefix": "local",
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "127.0.0.1",
                     "userAgent": "newsclaims-local"},
            "requestId": str(uuid.uuid4()), "routeKey": f"{method} {path}", "stage": "$default",
            "time": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(epoch_ms / 1000)), "timeEpoch": epoch_ms,
        },
        "body": text, "isBase64Encoded": is_base64,
    }
