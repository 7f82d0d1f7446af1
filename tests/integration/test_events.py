"""Every file in events/ is a valid event for its function and works with `newsclaims invoke`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.local.session import invoke_event
from tests.conftest import ROOT

EVENTS = sorted((ROOT / "events").glob("*.json"))


def test_there_is_an_event_for_every_function_and_trigger() -> None:
    assert {p.name for p in EVENTS} >= {"ingest-api.json", "ingest-s3.json", "ingest-sqs.json",
                                        "extract-sqs.json", "store-sqs.json"}


@pytest.mark.parametrize("path", EVENTS, ids=[p.name for p in EVENTS])
def test_event_invokes_its_function_and_the_chain_completes_the_article(path: Path) -> None:
    function, _, trigger = path.stem.partition("-")
    event = json.loads(path.read_text(encoding="utf-8"))
    if trigger == "sqs" or trigger == "s3":
        assert all(r["eventSource"] == "aws:sqs" and r["body"] for r in event["Records"])
    output = invoke_event(function, event, follow=True)
    response = output["response"]
    if trigger == "api":
        assert response["statusCode"] == 202, response
    else:
        assert response == {"batchItemFailures": []}
    heads = [i for i in output["table_items"] if i["sk"] == "ARTICLE"]
    assert [h["status"] for h in heads] == ["COMPLETE"]
    assert output["dead_letters"] == []


def test_cli_invoke_prints_the_response(capsys: pytest.CaptureFixture[str]) -> None:
    from newsclaims.cli import main

    assert main(["invoke", "IngestFunction", str(ROOT / "events" / "ingest-api.json")]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["function"] == "IngestFunction"
    assert printed["response"]["statusCode"] == 202
