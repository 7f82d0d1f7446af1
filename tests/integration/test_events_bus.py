"""ArticleAnalyzed events: one per stored article version, none for duplicates or superseded
versions, captured as a consumer would (an EventBridge rule with an SQS target, on moto)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsclaims import pipeline
from newsclaims.records import ArticleAnalyzedEvent
from newsclaims.settings import Settings
from tests.integration.test_client import ANA, PORT, article_id, record_version, store, store_message


class Subscriber:
    """A consumer's rule (source newsclaims, detail-type ArticleAnalyzed) delivering to a queue."""

    def __init__(self, stack: Any) -> None:
        self.sqs = stack.sqs
        events = stack.client("events")
        bus = stack.event_buses["EventBus"]
        self.url = self.sqs.create_queue(QueueName="consumer")["QueueUrl"]
        arn = self.sqs.get_queue_attributes(QueueUrl=self.url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        events.put_rule(Name="analyzed", EventBusName=bus,
                        EventPattern=json.dumps({"source": ["newsclaims"], "detail-type": ["ArticleAnalyzed"]}))
        events.put_targets(Rule="analyzed", EventBusName=bus, Targets=[{"Id": "consumer", "Arn": arn}])

    def received(self) -> list[ArticleAnalyzedEvent]:
        """Every event delivered so far (taken off the queue)."""
        out = []
        while True:
            messages = self.sqs.receive_message(QueueUrl=self.url, MaxNumberOfMessages=10).get("Messages", [])
            if not messages:
                return out
            for message in messages:
                body = json.loads(message["Body"])
                body.setdefault("account", "123456789012")  # EventBridge sets it; moto leaves it out
                out.append(ArticleAnalyzedEvent.model_validate(body))
                self.sqs.delete_message(QueueUrl=self.url, ReceiptHandle=message["ReceiptHandle"])


def test_a_stored_version_is_announced_once_with_its_summary(stack: Any) -> None:
    # given a consumer subscribed to the bus
    consumer = Subscriber(stack)
    message = store_message(1, entities=(PORT, ANA), speakers=(ANA, None, ANA, PORT), title="Port strike ends")
    # when the same Store message arrives twice (a producer re-sends, SQS redelivers)
    store(stack, message, message)
    store(stack, message)
    # then exactly one event describes what is in the table
    (event,) = consumer.received()
    assert event.source == "newsclaims" and event.detail_type == "ArticleAnalyzed"
    detail = event.detail
    assert (detail.article_id, detail.version, detail.content_sha256) == (
        article_id(1), 1, message.article.content_sha256)
    assert detail.title == "Port strike ends" and detail.url == "https://news.example.org/1"
    assert (detail.entity_count, detail.claim_count) == (2, 4)
    assert [(e.key, e.mentions) for e in detail.top_entities] == [(PORT, 2), (ANA, 1)]
    assert detail.speakers == sorted([ANA, PORT])
    head = next(i for i in stack.scan() if i["sk"] == "ARTICLE")
    assert (head["entity_count"], head["claim_count"], head["published_version"]) == (2, 4, 1)


def test_each_new_version_is_announced_and_a_superseded_one_is_not(stack: Any) -> None:
    consumer = Subscriber(stack)
    v1, v2 = store_message(1), store_message(1, version=2, entities=(PORT,), speakers=(PORT,))
    store(stack, v1)
    record_version(stack, v2)
    store(stack, v2)
    # v1 arrives again late, after v2 was stored: superseded
    store(stack, v1)

    events = consumer.received()

    assert sorted((e.detail.version, e.detail.speakers[0]) for e in events) == [(1, ANA), (2, PORT)]


def test_a_version_whose_announcement_failed_is_announced_on_redelivery(stack: Any) -> None:
    # given the Store stage with an event bus that refuses the first event
    consumer = Subscriber(stack)
    settings = Settings.from_env(stack.function("store").environment)
    real = stack.client("events")

    class FlakyEvents:
        calls = 0

        def put_events(self, **kwargs: Any) -> dict[str, Any]:
            FlakyEvents.calls += 1
            if FlakyEvents.calls == 1:
                return {"FailedEntryCount": 1, "Entries": [{"ErrorCode": "InternalFailure", "ErrorMessage": "boom"}]}
            return real.put_events(**kwargs)

    services = pipeline.Services(settings, stack.sqs, stack.s3, stack.dynamodb, FlakyEvents())
    message = store_message(1)
    # when the first delivery stores the items but cannot announce them
    with pytest.raises(pipeline.EventNotPublished):
        pipeline.store_and_publish(services, message, lease_seconds=30)
    assert consumer.received() == []
    # then the redelivery (a duplicate for the table) announces it, and a third delivery does not
    stored, announced = pipeline.store_and_publish(services, message, lease_seconds=30)
    assert (stored.outcome, announced) == ("duplicate", True)
    stored, announced = pipeline.store_and_publish(services, message, lease_seconds=30)
    assert (stored.outcome, announced) == ("duplicate", False)
    assert [e.detail.version for e in consumer.received()] == [1]


def test_without_an_event_bus_nothing_is_published(stack: Any) -> None:
    environment = {k: v for k, v in stack.function("store").environment.items() if k != "EVENT_BUS_NAME"}
    services = pipeline.Services(Settings.from_env(environment), stack.sqs, stack.s3, stack.dynamodb, events=None)

    stored, announced = pipeline.store_and_publish(services, store_message(1), lease_seconds=30)

    assert (stored.outcome, announced) == ("stored", False)


def test_an_article_posted_over_http_is_announced_when_the_chain_completes(stack: Any) -> None:
    consumer = Subscriber(stack)
    response = stack.post_article(json.dumps({
        "url": "https://news.example.org/harbour", "title": "Harbour reopens",
        "text": "The harbour reopened on Monday. \"We are back to normal,\" said harbour master Ines Duarte."}))
    posted = json.loads(response["body"])

    stack.pump()

    (event,) = consumer.received()
    items = [i for i in stack.scan() if i["article_id"] == posted["article_id"]]
    assert (event.detail.article_id, event.detail.version) == (posted["article_id"], posted["version"])
    assert event.detail.entity_count == sum(i["type"] == "entity" for i in items)
    assert event.detail.claim_count == sum(i["type"] == "claim" for i in items)
