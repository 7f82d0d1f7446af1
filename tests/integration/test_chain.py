"""The whole chain on moto: S3 drop or HTTP -> Ingest -> Extract -> Store -> DocumentTable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclaims.local import session
from tests.conftest import FIXTURES, SAMPLE


def _article_items(stack: Any, article_id: str) -> list[dict[str, Any]]:
    return [i for i in stack.scan() if i["pk"] == f"ARTICLE#{article_id}"]


def _post(stack: Any, article: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = stack.post_article(json.dumps(article))
    return response["statusCode"], json.loads(response["body"])


@pytest.fixture(scope="module")
def fixtures_run() -> dict[str, Any]:
    """Every sample fixture dropped in the bucket and the chain run to the end (once per module)."""
    files = sorted(p for p in FIXTURES.iterdir() if p.suffix in session.CONTENT_TYPES and not p.name.startswith("_"))
    return session.run_files(files)


def test_every_sample_fixture_is_completed_or_rejected_with_its_reason(fixtures_run: dict[str, Any],
                                                                      expected: dict[str, Any]) -> None:
    statuses = {r["file"]: r for r in fixtures_run["results"]}
    assert fixtures_run["lost"] == 0
    for name, want in expected.items():
        got = statuses[name]
        assert got["status"] == want["status"], (name, got.get("reason"), got.get("detail"))
        if want["status"] == "REJECTED":
            assert got["reason"] == want["reason"]
            assert got["detail"]


def test_sample_article_reaches_the_table_with_its_people_and_claims(fixtures_run: dict[str, Any]) -> None:
    sample = next(r for r in fixtures_run["results"] if r["file"] == SAMPLE.name)
    names = {e["name"] for e in sample["entities"]}
    keys = {e["key"] for e in sample["entities"]}
    assert {"Alexei Chebanenko", "Sergei Lavrov", "Kursk", "North Korea"} <= names
    assert "person:andrei-belousov" in keys  # written with Cyrillic look-alike letters in the text
    by_speaker: dict[str | None, list[dict[str, Any]]] = {}
    for claim in sample["claims"]:
        by_speaker.setdefault(claim["speaker"], []).append(claim)
    # the sculptor is named, pronoun-referred and role-referred: every statement is his
    assert len(by_speaker.get("person:alexei-chebanenko", [])) >= 4
    assert any("monument" in c["content"] for c in by_speaker.get("person:sergei-lavrov", []))
    statuses = {c["status"] for c in sample["claims"]}
    assert "hedged" in statuses or "unverified" in statuses


def test_large_article_travels_by_claim_check(stack: Any) -> None:
    # given an article over the 256 KiB message limit
    big = FIXTURES / "080_summit_liveblog.txt"
    assert big.stat().st_size > 1024 * 1024
    keys = session.upload(stack, [big])
    # when the chain runs
    stack.pump()
    # then it is complete, and its text went through the bucket rather than the queue
    report = session.summarise(stack, keys)
    assert report["results"][0]["status"] == "COMPLETE"
    stored = stack.s3.list_objects_v2(Bucket=stack.buckets["ArticleBucket"], Prefix="texts/")
    assert stored.get("KeyCount", 0) == 1


def test_http_post_returns_202_and_the_article_reaches_the_table(stack: Any) -> None:
    status, body = _post(stack, {"title": "Port reopens", "url": "https://news.example.org/port",
                                 "text": "The port reopened on Monday, officials said. "
                                         "\"We are back to normal,\" said harbour master Ines Duarte."})
    assert status == 202
    assert body["status"] == "accepted" and body["version"] == 1
    stack.pump()
    items = _article_items(stack, body["article_id"])
    head = next(i for i in items if i["sk"] == "ARTICLE")
    assert head["status"] == "COMPLETE"
    assert head["url"] == "https://news.example.org/port"


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        ("", 400, "empty_article"),
        ("{not json", 400, "invalid_article"),
        (json.dumps({"title": "no body"}), 400, "invalid_article"),
        (json.dumps({"text": 42}), 400, "invalid_article"),
        (json.dumps({"text": "   \n  "}), 400, "empty_article"),
        (json.dumps({"text": "x", "colour": "red"}), 400, "invalid_article"),
        (json.dumps({"text": "Le gouvernement a annoncé mardi que la réforme des retraites sera "
                             "présentée au conseil des ministres avant la fin du mois."}), 400, "unsupported_language"),
    ],
)
def test_http_bad_articles_get_400_with_a_reason_and_nothing_is_stored(stack: Any, body: str, status: int,
                                                                        reason: str) -> None:
    response = stack.post_article(body)
    assert response["statusCode"] == status
    payload = json.loads(response["body"])
    assert payload["error"] == reason and payload["message"]
    stack.pump()
    assert stack.scan() == []


def test_http_article_over_the_size_limit_gets_413(stack: Any) -> None:
    limit = int(stack.function("ingest").environment["MAX_ARTICLE_BYTES"])
    response = stack.post_article(json.dumps({"text": "word " * (limit // 5 + 10)}))
    assert response["statusCode"] == 413
    assert json.loads(response["body"])["error"] == "article_too_large"


def test_poison_record_goes_to_its_dlq_while_the_rest_of_its_batch_completes(stack: Any) -> None:
    # given a batch with good articles and one message that can never be processed
    queue = stack.queue_url("ExtractQueue")
    for n in range(3):
        status, _ = _post(stack, {"url": f"https://news.example.org/{n}",
                                  "text": f"Minister Ana Lopes said on Tuesday that talks number {n} went well."})
        assert status == 202
    ingest = next(s for s in stack.sources if s.function == "IngestFunction")
    assert ingest  # HTTP ingest already queued the three articles for extraction
    stack.sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({"article_id": "not-an-id"}))
    # when the chain runs
    stack.pump()
    # then the three articles are complete and the poison message is in the DLQ with a reason
    heads = [i for i in stack.scan() if i["sk"] == "ARTICLE"]
    assert sorted(h["status"] for h in heads) == ["COMPLETE"] * 3
    dead = stack.dead_letters("ExtractDLQ")
    assert len(dead) == 1
    assert dead[0]["MessageAttributes"]["reason"]["StringValue"] == "invalid_message"


def test_a_record_that_keeps_failing_is_retried_then_moved_to_the_dlq(stack: Any) -> None:
    # given a Store message for an article whose claim-check object does not exist (transient
    # from the function's point of view: it raises, SQS redelivers)
    message = {"article": {"article_id": "0123456789abcdef", "version": 1, "content_sha256": "0" * 64,
                           "published_at": "2026-01-01T00:00:00Z", "language": "en"},
               "result_ref": {"bucket": stack.buckets["ArticleBucket"], "key": "claims/missing.json"}}
    stack.sqs.send_message(QueueUrl=stack.queue_url("StoreQueue"), MessageBody=json.dumps(message))
    # when the chain runs
    stack.pump()
    # then it was delivered maxReceiveCount times and now waits in the DLQ; nothing was written
    dead = stack.dead_letters("StoreDLQ")
    assert len(dead) == 1
    assert int(dead[0]["Attributes"]["ApproximateReceiveCount"]) >= stack.queues["StoreQueue"].max_receive_count
    assert [i for i in stack.scan() if i["sk"] != "ARTICLE"] == []


def test_resending_an_article_adds_no_items(stack: Any) -> None:
    article = {"url": "https://news.example.org/same", "text": "Mayor Jo Park said the bridge will open in May."}
    status, first = _post(stack, article)
    stack.pump()
    before = stack.scan()
    status, again = _post(stack, article)
    stack.pump()
    assert status == 202 and again["status"] == "duplicate" and again["version"] == first["version"]
    assert stack.scan() == before


def test_a_changed_article_makes_a_new_version_and_leaves_no_stale_items(stack: Any) -> None:
    url = "https://news.example.org/changing"
    _, v1 = _post(stack, {"url": url, "text": "Governor Ada Brown said the budget is balanced. "
                                              "Senator Tom Reed said it is not."})
    stack.pump()
    _, v2 = _post(stack, {"url": url, "text": "Governor Ada Brown said the budget is balanced."})
    stack.pump()
    assert v2["article_id"] == v1["article_id"] and v2["version"] == v1["version"] + 1
    items = _article_items(stack, v1["article_id"])
    assert {i["version"] for i in items} == {2}
    assert not any(i.get("name") == "Tom Reed" for i in items)


def test_an_older_version_arriving_late_never_overwrites_the_newer_one(stack: Any) -> None:
    url = "https://news.example.org/race"
    _post(stack, {"url": url, "text": "Chief Lina Ortiz said the fire is contained."})
    # the first version's extraction result waits in the Store queue...
    stack.run_batch(next(s for s in stack.sources if s.function == "ExtractFunction"))
    stack.run_batch(next(s for s in stack.sources if s.function == "IngestFunction"))
    _, v2 = _post(stack, {"url": url, "text": "Chief Lina Ortiz said the fire is out. Crews are leaving."})
    # ...while the second version is ingested; then everything runs
    stack.pump()
    items = _article_items(stack, v2["article_id"])
    assert {i["version"] for i in items} == {2}
    head = next(i for i in items if i["sk"] == "ARTICLE")
    assert head["status"] == "COMPLETE" and head["version"] == 2


def test_unknown_file_type_and_missing_object_in_the_bucket_go_to_the_dlq_with_reasons(stack: Any,
                                                                                     tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7 binary")
    session.upload(stack, [pdf])
    event = {"Records": [{"eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": stack.buckets["ArticleBucket"]},
                                                                    "object": {"key": "incoming/gone.txt"}}}]}
    stack.sqs.send_message(QueueUrl=stack.queue_url("IngestQueue"), MessageBody=json.dumps(event))
    stack.pump()
    reasons = sorted(m["MessageAttributes"]["reason"]["StringValue"] for m in stack.dead_letters("IngestDLQ"))
    assert reasons == ["object_not_found", "unsupported_content_type"]
