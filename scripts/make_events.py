"""Write events/: one sample event for every function and trigger, built from samplefixtures/.

    .venv/bin/python scripts/make_events.py

Each event is self-contained (small articles travel inline) and works with
`newsclaims invoke FUNCTION events/<file>` and `sam local invoke -e events/<file>`. The S3 event
names the local stack's bucket and a sample fixture that `newsclaims invoke` puts there; on AWS,
change the bucket name to your stack's (the ArticleBucketName output).
"""

from __future__ import annotations

import json
from pathlib import Path

from newsclaims import ingest
from newsclaims.local.events import ACCOUNT, REGION, http_event, s3_notification, sqs_record
from newsclaims.models import ArticleIn, ArticleMessage, ExtractedMessage
from newsclaims.nlp import extract

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "samplefixtures"
EVENTS = ROOT / "events"
STACK = "newsclaims"
BUCKET = f"{STACK}-articles-{ACCOUNT}-{REGION}"
EPOCH_MS = 1767225600000  # 2026-01-01: fixed, so that regenerating changes nothing


def queue_arn(logical_id: str) -> str:
    return f"arn:aws:sqs:{REGION}:{ACCOUNT}:{STACK}-{logical_id}-local"


def sqs_event(bodies: list[str], queue: str) -> dict:
    attributes = {"ApproximateReceiveCount": "1", "SentTimestamp": str(EPOCH_MS), "SenderId": "AIDAEXAMPLEEXAMPLE",
                  "ApproximateFirstReceiveTimestamp": str(EPOCH_MS)}
    return {"Records": [sqs_record(body, queue_arn(queue), message_id=f"00000000-0000-4000-8000-{i:012d}",
                                   receipt_handle=f"local-receipt-{i}", attributes=attributes)
                        for i, body in enumerate(bodies, start=1)]}


def main() -> None:
    EVENTS.mkdir(exist_ok=True)
    port_strike = json.loads((FIXTURES / "010_port_strike.json").read_text(encoding="utf-8"))
    council = json.loads((FIXTURES / "030_council_vote.json").read_text(encoding="utf-8"))
    sample = FIXTURES / "000_27939339b8691f38.txt"

    article = ingest.normalise_article(ArticleIn(**council))
    message = ArticleMessage(article_id=article.article_id, version=1, content_sha256=article.content_sha256,
                             title=article.title, url=article.url, source=article.source,
                             published_at=article.published_at, language=article.language, text=article.text)
    extracted = ExtractedMessage(article=message.model_copy(update={"text": None}),
                                 result=extract(article.text, id=article.article_id))
    events = {
        "ingest-api.json": http_event("POST", "/articles", json.dumps(port_strike, ensure_ascii=False),
                                      epoch_ms=EPOCH_MS),
        "ingest-s3.json": sqs_event([json.dumps(s3_notification(BUCKET, f"incoming/{sample.name}", sample.stat().st_size))],
                                    "IngestQueue"),
        "ingest-sqs.json": sqs_event([json.dumps(council, ensure_ascii=False)], "IngestQueue"),
        "extract-sqs.json": sqs_event([message.model_dump_json()], "ExtractQueue"),
        "store-sqs.json": sqs_event([extracted.model_dump_json()], "StoreQueue"),
    }
    for name, event in events.items():
        event_json = json.dumps(event, indent=2, ensure_ascii=False) + "\n"
        if name == "ingest-api.json":  # request ids and times are per request; fix them for a stable file
            event["requestContext"]["requestId"] = "00000000-0000-4000-8000-000000000000"
            event_json = json.dumps(event, indent=2, ensure_ascii=False) + "\n"
        (EVENTS / name).write_text(event_json, encoding="utf-8")
        print(f"wrote events/{name}")


if __name__ == "__main__":
    main()
