"""Moving a DLQ's messages back to the queue they failed from, once the cause is fixed.

On AWS this is SQS's own message move task (StartMessageMoveTask, what the console's "Start DLQ
redrive" does): it keeps message attributes and needs the DLQ's RedriveAllowPolicy, which the
template sets. Where an endpoint does not offer it (moto), messages are moved one by one:
received, sent to the source queue with their attributes, then deleted from the DLQ, so a
failure part-way duplicates at most a batch (the pipeline is idempotent) and loses nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

UNSUPPORTED = {"InvalidAction", "UnsupportedOperation", "NotImplemented", "InvalidParameterValue", "404"}


@dataclass(frozen=True, slots=True)
class Redriven:
    dlq_url: str
    source_url: str
    moved: int
    method: str  # "move-task" or "copy"


def resolve_queue_url(sqs: Any, queue: str) -> str:
    """A queue URL from a URL, a name, or a local stack's queue name."""
    if queue.startswith(("https://", "http://")):
        return queue
    return sqs.get_queue_url(QueueName=queue)["QueueUrl"]


def source_queue_of(sqs: Any, dlq_url: str) -> str:
    sources = sqs.list_dead_letter_source_queues(QueueUrl=dlq_url).get("queueUrls", [])
    if len(sources) != 1:
        raise ValueError(f"{dlq_url} is the DLQ of {len(sources)} queues; expected exactly one")
    return sources[0]


def redrive(sqs: Any, dlq_url: str, *, wait_s: float = 300.0, prefer_move_task: bool = True) -> Redriven:
    """Move every message of `dlq_url` back to its source queue; returns how many moved."""
    source_url = source_queue_of(sqs, dlq_url)
    if prefer_move_task:
        try:
            return _move_task(sqs, dlq_url, source_url, wait_s)
        except NotImplementedError:
            pass  # an in-process emulator without message move tasks
        except ClientError as exc:
            if exc.response["Error"]["Code"] not in UNSUPPORTED:
                raise
    return Redriven(dlq_url, source_url, _copy(sqs, dlq_url, source_url), "copy")


def _arn(sqs: Any, url: str) -> str:
    return sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]


def _move_task(sqs: Any, dlq_url: str, source_url: str, wait_s: float) -> Redriven:
    dlq_arn = _arn(sqs, dlq_url)
    sqs.start_message_move_task(SourceArn=dlq_arn, DestinationArn=_arn(sqs, source_url))
    deadline = time.monotonic() + wait_s
    while True:
        tasks = sqs.list_message_move_tasks(SourceArn=dlq_arn, MaxResults=1).get("Results", [])
        task = tasks[0] if tasks else {}
        if task.get("Status") in {"COMPLETED", "FAILED", "CANCELLED"} or time.monotonic() > deadline:
            if task.get("Status") == "FAILED":
                raise RuntimeError(f"message move task failed: {task.get('FailureReason', 'unknown reason')}")
            return Redriven(dlq_url, source_url, int(task.get("ApproximateNumberOfMessagesMoved", 0)), "move-task")
        time.sleep(2)


def _copy(sqs: Any, dlq_url: str, source_url: str) -> int:
    moved = 0
    while True:
        messages = sqs.receive_message(QueueUrl=dlq_url, MaxNumberOfMessages=10, VisibilityTimeout=60,
                                       MessageAttributeNames=["All"], WaitTimeSeconds=0).get("Messages", [])
        if not messages:
            return moved
        for message in messages:
            attributes = {k: {kk: vv for kk, vv in v.items() if kk in {"DataType", "StringValue", "BinaryValue"}}
                          for k, v in (message.get("MessageAttributes") or {}).items()}
            kwargs: dict[str, Any] = {"QueueUrl": source_url, "MessageBody": message["Body"]}
            if attributes:
                kwargs["MessageAttributes"] = attributes
            sqs.send_message(**kwargs)
            sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=message["ReceiptHandle"])
            moved += 1
