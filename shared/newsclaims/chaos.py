"""Fault injection on the local chain: does every accepted article end up in the table exactly
once per version, or in a DLQ, whatever fails along the way?

`run_chaos` sends generated articles through the local stack (HTTP and S3 drops) while injecting,
at random but reproducibly from a seed:

- poison records: articles whose S3 object can never be read (every GetObject fails);
- lost deletes: a handler's successful records reported back as failed, so SQS redelivers them;
- duplicated messages: a message sent to a work queue is sent twice;
- re-sends: the same article sent twice, and a changed version sent after it (so its messages
  race the first version's through the queues);
- DynamoDB throttling (`ProvisionedThroughputExceededException`, `ThrottlingException`) and
  BatchWriteItem answers with part of the batch left in `UnprocessedItems` (not written);
- transient S3 read failures;
- timeouts: a handler stopped part-way through a batch (the records after the cut-off never run,
  and the whole batch comes back, as when Lambda times out), and Store stopped part-way through
  writing an article (no AWS call succeeds after the cut-off, so its write lease is left held
  until it expires).

Then it checks the table against what was sent. Faults are injected where AWS itself would fail:
in botocore's event hooks (before a request is sent / after its answer is parsed) and around the
handler call, never inside the code under test.
"""

from __future__ import annotations

import contextlib
import json
import random
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import botocore.handlers
from botocore.exceptions import ClientError

from newsclaims.ingest import content_sha256, normalise_article
from newsclaims.local.runtime import FunctionTimeout, LocalStack
from newsclaims.models import ArticleIn

FIRST = ["Ana", "Tomas", "Leila", "Kofi", "Mei", "Ivan", "Sara", "Diego", "Noor", "Pavel", "Ines", "Yusuf"]
LAST = ["Ferreira", "Novak", "Haddad", "Mensah", "Lin", "Petrov", "Lindqvist", "Ramos", "Aziz", "Horvat",
        "Duarte", "Demir"]
ROLES = ["Transport Minister", "mayor", "spokeswoman", "union leader", "police chief", "health official"]
ORGS = ["the Port Authority", "the city council", "the Ministry of Health", "Harbour Workers' Union",
        "the national rail operator", "the regional water board"]
PLACES = ["Lisbon", "Porto", "Gdansk", "Rotterdam", "Valencia", "Marseille", "Genoa", "Hamburg"]
TOPICS = ["the strike", "the new timetable", "the budget", "the flood defences", "the hospital wing", "the ferry link"]


@dataclass
class ChaosConfig:
    articles: int = 1000
    seed: int = 7
    poison_rate: float = 0.01
    resend_rate: float = 0.1
    new_version_rate: float = 0.1
    s3_drop_rate: float = 0.2
    lost_delete_rate: float = 0.05
    duplicate_send_rate: float = 0.05
    throttle_rate: float = 0.03
    unprocessed_rate: float = 0.2
    s3_failure_rate: float = 0.05
    batch_timeout_rate: float = 0.05
    store_kill_rate: float = 0.05  # per Store invocation


@dataclass
class Sent:
    """What was sent for one article: its contents in send order and how it travelled."""

    article_id: str
    contents: list[str] = field(default_factory=list)  # content_sha256 per send
    poison: bool = False


def _article(rng: random.Random, n: int, variant: int = 0) -> dict[str, Any]:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role, org, place, topic = rng.choice(ROLES), rng.choice(ORGS), rng.choice(PLACES), rng.choice(TOPICS)
    paragraphs = [
        f"{place} {role} {person} said on Tuesday that {topic} would be settled within a week.",
        f"\"We are close to an agreement,\" {person} said. \"Nobody wants this to drag on.\"",
        f"According to {org}, more than {100 + n % 900} people were affected in {place}.",
        f"{other}, who speaks for {org}, said the figures were allegedly inflated.",
    ]
    if variant:
        paragraphs.append(f"Update {variant}: {other} later said the talks had been postponed to Friday.")
    return {"url": f"https://news.example.org/chaos/{n}", "title": f"{place}: {topic} talks (story {n})",
            "published_at": f"2026-0{1 + n % 9}-{10 + n % 18}T08:00:00Z", "source": "Chaos Wire",
            "text": "\n\n".join(paragraphs)}


class FaultInjector:
    """botocore hooks and a handler wrapper that inject the faults of a `ChaosConfig`."""

    def __init__(self, stack: LocalStack, config: ChaosConfig, rng: random.Random) -> None:
        self.stack, self.config, self.rng = stack, config, rng
        self.poison_keys: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.dead = threading.local()
        self._dropped: list[dict[str, Any]] | None = None

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        """Hook every botocore session made while active (the handlers make theirs when first
        loaded), and wrap every handler call; undone on exit."""
        hooks = [("before-call", self._before_call),
                 ("provide-client-params.s3.GetObject", self._s3_get),
                 ("provide-client-params.dynamodb.BatchWriteItem", self._drop_items),
                 ("after-call.dynamodb.BatchWriteItem", self._report_unprocessed),
                 ("provide-client-params.sqs.SendMessage", self._remember_send),
                 ("after-call.sqs.SendMessage", self._duplicate_send)]
        botocore.handlers.BUILTIN_HANDLERS.extend(hooks)
        self.stack.hook = self._around_handler
        try:
            yield
        finally:
            for hook in hooks:
                botocore.handlers.BUILTIN_HANDLERS.remove(hook)
            self.stack.hook = None

    def _error(self, code: str, operation: str) -> ClientError:
        return ClientError({"Error": {"Code": code, "Message": f"injected {code}"}}, operation)

    def _before_call(self, model: Any, **_: Any) -> None:
        if getattr(self.dead, "killed", False):
            raise FunctionTimeout("the function was stopped part-way (no call after the cut-off succeeds)")
        operation = model.name
        service = model.service_model.service_name
        if getattr(self.dead, "function", None) is None:
            return  # only the functions' own calls fail; the runtime's polling is AWS's side
        if service == "dynamodb":
            if self.rng.random() < self.config.throttle_rate:
                self.counts["throttles"] += 1
                code = self.rng.choice(["ProvisionedThroughputExceededException", "ThrottlingException"])
                raise self._error(code, operation)
            if self.dead.kill_after is not None:
                self.dead.kill_after -= 1
                if self.dead.kill_after <= 0:
                    self.counts["store_kills"] += 1
                    self.dead.killed = True
                    raise FunctionTimeout("Store stopped part-way through an article")

    def _s3_get(self, params: dict[str, Any], **_: Any) -> None:
        if getattr(self.dead, "function", None) is None:
            return
        if params.get("Key") in self.poison_keys:
            self.counts["poison_reads"] += 1
            raise self._error("InternalError", "GetObject")
        if self.rng.random() < self.config.s3_failure_rate:
            self.counts["s3_failures"] += 1
            raise self._error("SlowDown", "GetObject")

    def _drop_items(self, params: dict[str, Any], **_: Any) -> None:
        if getattr(self.dead, "function", None) is None or self.rng.random() >= self.config.unprocessed_rate:
            return
        for table, requests in params.get("RequestItems", {}).items():
            if len(requests) > 1:
                keep = self.rng.randint(1, len(requests) - 1)
                self._dropped = [{table: requests[keep:]}]
                params["RequestItems"][table] = requests[:keep]
                self.counts["unprocessed"] += 1
                return

    def _report_unprocessed(self, parsed: dict[str, Any], **_: Any) -> None:
        if self._dropped:
            unprocessed = parsed.setdefault("UnprocessedItems", {})
            for part in self._dropped:
                for table, requests in part.items():
                    unprocessed.setdefault(table, []).extend(requests)
            self._dropped = None

    def _remember_send(self, params: dict[str, Any], **_: Any) -> None:
        self.dead.last_send = dict(params)

    def _duplicate_send(self, **_: Any) -> None:
        params = getattr(self.dead, "last_send", None)
        if getattr(self.dead, "function", None) is None or getattr(self.dead, "duplicating", False) or not params:
            return
        if self.rng.random() < self.config.duplicate_send_rate:
            self.counts["duplicate_sends"] += 1
            self.dead.duplicating = True
            try:
                self.stack.sqs.send_message(QueueUrl=params["QueueUrl"], MessageBody=params["MessageBody"])
            finally:
                self.dead.duplicating = False

    def _around_handler(self, function: str, event: dict[str, Any], call: Any) -> Any:
        """Run a handler with timeouts and lost deletes injected (SQS batches only)."""
        records = event.get("Records")
        self.dead.function, self.dead.killed, self.dead.kill_after = function, False, None
        if function == "StoreFunction" and records and self.rng.random() < self.config.store_kill_rate:
            # stopped after a random number of table calls: mid-write, mid-cleanup or at the end
            self.dead.kill_after = self.rng.randint(1, 12 * len(records))
        try:
            if records and len(records) > 0 and self.rng.random() < self.config.batch_timeout_rate:
                self.counts["batch_timeouts"] += 1
                cut = self.rng.randint(0, len(records) - 1)
                event["Records"] = records[:cut]
                if cut:
                    call()
                raise FunctionTimeout(f"{function} timed out after {cut} of {len(records)} records")
            response = call()
            if records and isinstance(response, dict):
                failed = {f["itemIdentifier"] for f in response.get("batchItemFailures", [])}
                for record in records:
                    if record["messageId"] not in failed and self.rng.random() < self.config.lost_delete_rate:
                        self.counts["lost_deletes"] += 1
                        response.setdefault("batchItemFailures", []).append({"itemIdentifier": record["messageId"]})
            return response
        finally:
            self.dead.function, self.dead.killed = None, False


def run_chaos(config: ChaosConfig, stack: LocalStack) -> dict[str, Any]:
    """Send `config.articles` articles through `stack` with faults injected; check the table."""
    rng = random.Random(config.seed)
    injector = FaultInjector(stack, config, rng)
    jobs: list[tuple[str, dict[str, Any]]] = []  # (how: http | s3 | poison, article)
    for n in range(config.articles):
        article = _article(rng, n)
        if rng.random() < config.poison_rate:
            jobs.append(("poison", article))
            continue
        resent = rng.random() < config.resend_rate
        changed = rng.random() < config.new_version_rate
        # S3 drops are ingested when the queue is pumped, HTTP posts at once: only an article
        # sent once goes by S3, so the send order of an article's versions is its ingest order
        if not (resent or changed) and rng.random() < config.s3_drop_rate:
            jobs.append(("s3", article))
            continue
        jobs.append(("http", article))
        if resent:
            jobs.append(("http", article))
        if changed:
            jobs.append(("http", _article(random.Random(config.seed * 100_003 + n), n, variant=1) | {"url": article["url"]}))
    # a re-send or a new version goes out at a random later point: before the first version is
    # stored, or long after
    order = sorted(range(len(jobs)), key=lambda i: (i + rng.randint(0, 40)))
    sent: dict[str, Sent] = {}
    bucket = stack.buckets["ArticleBucket"]
    poison_injected = 0
    with injector.installed():
        for step, index in enumerate(order):
            how, article = jobs[index]
            key = f"incoming/chaos-{index:06d}.json"
            body = json.dumps(article).encode()
            if how == "poison":
                injector.poison_keys.add(key)
                poison_injected += 1
                stack.s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="application/json")
                continue
            normalised = normalise_article(ArticleIn(**article))
            sent.setdefault(normalised.article_id, Sent(normalised.article_id)).contents.append(
                content_sha256(normalised.title, normalised.text))
            if how == "s3":
                stack.s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="application/json")
            else:
                response = stack.post_article(body.decode())
                if response["statusCode"] != 202:
                    raise RuntimeError(f"article {normalised.article_id} refused: {response['body']}")
            if step % 20 == 0:
                # let the chain run now and then, in a random order of stages, so that later
                # sends race work already in flight
                for source in rng.sample(stack.sources, len(stack.sources)):
                    stack.run_batch(source)
        stack.pump()
    return check(stack, sent, poison_injected, injector.counts)


def check(stack: LocalStack, sent: dict[str, Sent], poison_injected: int, counts: Counter[str]) -> dict[str, Any]:
    """Compare the table with what was sent (see the module docstring)."""
    items = stack.scan()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_article.setdefault(item["article_id"], []).append(item)
    lost = duplicated = stale = completed = 0
    for article_id, record in sent.items():
        versions = sum(1 for i, c in enumerate(record.contents) if i == 0 or c != record.contents[i - 1])
        article_items = by_article.get(article_id, [])
        head = next((i for i in article_items if i["sk"] == "ARTICLE"), None)
        if head is None or head["status"] != "COMPLETE" or head["content_sha256"] != record.contents[-1]:
            lost += 1  # the article's last version is not what the table holds
            continue
        completed += 1
        children = [i for i in article_items if i["sk"] != "ARTICLE"]
        # an older version's items left behind, or an older version written over a newer one
        stale += sum(1 for i in children if i["version"] != head["version"]) + (head["version"] != versions)
        expected = head.get("entity_count", 0) + head.get("claim_count", 0)
        duplicated += max(0, len(children) - expected)
    dead = {dlq: len(stack.dead_letters(dlq, limit=100_000)) for dlq in stack.dead_letter_queues()}
    return {
        "sent": sum(len(r.contents) for r in sent.values()) + poison_injected,
        "articles": len(sent),
        "completed": completed,
        "dead_lettered": sum(dead.values()),
        "dead_letters_by_queue": dead,
        "poison_injected": poison_injected,
        "lost": lost,
        "duplicated_items": duplicated,
        "stale_items": stale,
        "table_items": len(items),
        "faults": dict(sorted(counts.items())),
        "invocations": stack.stats.invocations,
        "records_delivered": stack.stats.records,
        "records_retried": stack.stats.failed_records,
    }
