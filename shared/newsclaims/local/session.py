"""Local sessions behind `newsclaims run` and `newsclaims invoke`: a stack on moto, articles
dropped in its bucket or events handed to a function, the queues pumped, the table read back."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

from newsclaims.ingest import CONTENT_TYPES
from newsclaims.local.runtime import LocalStack, project_root

INCOMING = "incoming/"


@contextlib.contextmanager
def local_stack(template: str | Path | None = None, endpoint_url: str | None = None, **kwargs: Any) -> Iterator[LocalStack]:
    """A deployed LocalStack inside a fresh moto mock, or on a running moto endpoint: the stack
    already there (`newsclaims local serve`), else deployed on it once."""
    path = Path(template) if template else project_root() / "template.yaml"
    if endpoint_url:
        try:
            stack = LocalStack.attach(path, endpoint_url=endpoint_url, **kwargs)
        except LookupError:
            stack = LocalStack.create(path, endpoint_url=endpoint_url, **kwargs)
        yield stack
        return
    from moto import mock_aws

    with mock_aws():
        yield LocalStack.create(path, **kwargs)


class ProgressBar:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.last = total, enabled, -1

    def update(self, done: int) -> None:
        if not self.enabled or done == self.last:
            return
        self.last = done
        width = 30
        filled = int(width * done / self.total) if self.total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} articles")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def upload(stack: LocalStack, files: list[Path]) -> dict[str, str]:
    """Drop article files under incoming/ in the article bucket; returns S3 key -> file name."""
    bucket = stack.buckets["ArticleBucket"]
    keys = {}
    for path in files:
        key = f"{INCOMING}{path.name}"
        content_type = CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")
        stack.s3.put_object(Bucket=bucket, Key=key, Body=path.read_bytes(), ContentType=content_type)
        keys[key] = path.name
    return keys


def _rejections(stack: LocalStack) -> list[dict[str, Any]]:
    """Every dead letter of the stack: which queue, the reason (when rejected), the S3 key if any."""
    out = []
    for dlq in stack.dead_letter_queues():
        for message in stack.dead_letters(dlq):
            attributes = message.get("MessageAttributes") or {}
            keys = []
            with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
                body = json.loads(message["Body"])
                keys = [unquote_plus(r["s3"]["object"]["key"]) for r in body.get("Records", [])]
                if not keys and "article" in body:
                    keys = [body["article"]["article_id"]]
                elif not keys and "article_id" in body:
                    keys = [body["article_id"]]
            out.append({
                "queue": dlq, "keys": keys,
                "reason": attributes.get("reason", {}).get("StringValue"),
                "detail": attributes.get("detail", {}).get("StringValue"),
            })
    return out


def summarise(stack: LocalStack, keys: dict[str, str]) -> dict[str, Any]:
    """What happened to each uploaded file, read back from the table and the DLQs."""
    items = stack.scan()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_article.setdefault(item["article_id"], []).append(item)
    articles_by_origin = {}
    bucket = stack.buckets["ArticleBucket"]
    for article_items in by_article.values():
        head = next((i for i in article_items if i["sk"] == "ARTICLE"), None)
        if head and head.get("origin", "").startswith(f"s3://{bucket}/"):
            articles_by_origin[head["origin"].split(f"s3://{bucket}/", 1)[1]] = (head, article_items)
    dead = _rejections(stack)
    dead_by_key = {k: d for d in dead for k in d["keys"]}
    results = []
    for key, name in keys.items():
        result: dict[str, Any] = {"file": name}
        if key in articles_by_origin:
            head, article_items = articles_by_origin[key]
            result.update(article_id=head["article_id"], version=head["version"], status=head["status"],
                          title=head.get("title"))
            entities = sorted((i for i in article_items if i["sk"].startswith("ENTITY#")),
                              key=lambda i: (-i["mention_count"], i["name"]))
            claims = sorted((i for i in article_items if i["sk"].startswith("CLAIM#")), key=lambda i: i["sk"])
            result["entities"] = [{"key": e["entity_key"], "name": e["name"], "type": e["entity_type"],
                                   "mentions": e["mention_count"]} for e in entities]
            result["claims"] = [{"speaker": c.get("speaker"), "source": c.get("source"), "cue": c.get("cue"),
                                 "kind": c["kind"], "status": c["claim_status"], "hedges": c.get("hedges", []),
                                 "content": c["content"]} for c in claims]
        elif key in dead_by_key:
            d = dead_by_key[key]
            result.update(status="REJECTED" if d["reason"] else "DEAD_LETTERED", reason=d["reason"] or "failed",
                          detail=d["detail"] or f"failed {d['queue']} retries")
        else:
            result["status"] = "LOST"
        results.append(result)
    return {
        "articles": len(results),
        "completed": sum(r["status"] == "COMPLETE" for r in results),
        "rejected": sum(r["status"] == "REJECTED" for r in results),
        "dead_lettered": sum(r["status"] == "DEAD_LETTERED" for r in results),
        "lost": sum(r["status"] not in {"COMPLETE", "REJECTED", "DEAD_LETTERED"} for r in results),
        "entities": sum(len(r.get("entities", [])) for r in results),
        "claims": sum(len(r.get("claims", [])) for r in results),
        "table_items": len(items),
        "results": results,
    }


def run_files(files: list[Path], *, template: str | Path | None = None, progress: bool = False,
              endpoint_url: str | None = None) -> dict[str, Any]:
    """The main job: every file through the whole chain on a local stack, and what came of it."""
    with local_stack(template, endpoint_url=endpoint_url) as stack:
        keys = upload(stack, files)
        bar = ProgressBar(len(keys), progress)
        table = stack.tables["DocumentTable"]

        def tick() -> None:
            if bar.enabled:
                done = stack.dynamodb.scan(TableName=table, Select="COUNT", FilterExpression="sk = :a AND #s = :c",
                                           ExpressionAttributeNames={"#s": "status"},
                                           ExpressionAttributeValues={":a": {"S": "ARTICLE"}, ":c": {"S": "COMPLETE"}})["Count"]
                dead = sum(int(stack.sqs.get_queue_attributes(QueueUrl=stack.queue_url(q), AttributeNames=[
                    "ApproximateNumberOfMessages"])["Attributes"]["ApproximateNumberOfMessages"])
                    for q in stack.dead_letter_queues())
                bar.update(min(len(keys), done + dead))

        stack.pump(progress=tick)
        bar.update(len(keys))
        bar.close()
        return summarise(stack, keys)


def invoke_event(function: str, event: dict[str, Any], *, follow: bool = False,
                 template: str | Path | None = None) -> dict[str, Any]:
    """One function called with an event on a fresh local stack whose bucket holds the sample
    fixtures under incoming/ (so S3 events naming them resolve); with `follow`, the rest of the
    chain runs and the table's items are returned too."""
    root = Path(template).parent if template else project_root()
    fixtures = sorted(p for p in (root / "samplefixtures").glob("*") if p.suffix.lower() in CONTENT_TYPES)
    with local_stack(template, seed={f"{INCOMING}{p.name}": p for p in fixtures}) as stack:
        response = stack.invoke(function, event)
        output: dict[str, Any] = {"function": stack.function(function).logical_id, "response": response}
        if follow:
            stack.pump()
            output["table_items"] = [{k: v for k, v in item.items() if not k.startswith("gsi")} for item in stack.scan()]
            output["dead_letters"] = _rejections(stack)
        return output
