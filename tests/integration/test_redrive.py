"""`newsclaims redrive`: a DLQ's messages go back to their source queue and then through the chain."""

from __future__ import annotations

import json
from typing import Any

from newsclaims.redrive import redrive


def test_redriven_messages_complete_their_articles(stack: Any) -> None:
    # given an article whose extraction message ended in the DLQ (say, during an outage)
    response = stack.post_article(json.dumps({"url": "https://news.example.org/outage",
                                              "text": "The minister said on Friday that the outage is over."}))
    article_id = json.loads(response["body"])["article_id"]
    queue, dlq = stack.queue_url("ExtractQueue"), stack.queue_url("ExtractDLQ")
    message = stack.sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=1)["Messages"][0]
    stack.sqs.send_message(QueueUrl=dlq, MessageBody=message["Body"],
                           MessageAttributes={"reason": {"DataType": "String", "StringValue": "outage"}})
    stack.sqs.delete_message(QueueUrl=queue, ReceiptHandle=message["ReceiptHandle"])
    # when the DLQ is redriven (moto has no message move task: messages are copied one by one)
    result = redrive(stack.sqs, dlq)
    # then the message is back in its source queue, the DLQ is empty, and the chain completes it
    assert (result.moved, result.source_url, result.method) == (1, queue, "copy")
    assert stack.dead_letters("ExtractDLQ") == []
    stack.pump()
    head = next(i for i in stack.scan() if i["pk"] == f"ARTICLE#{article_id}" and i["sk"] == "ARTICLE")
    assert head["status"] == "COMPLETE"
