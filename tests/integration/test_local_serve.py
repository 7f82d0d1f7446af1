"""`newsclaims local serve` in its own process: other processes (this test, the newsclaims CLI,
boto3, the AWS CLI) share its state over 127.0.0.1, and articles they send flow through the chain."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

from newsclaims.client import NewsclaimsClient
from tests.conftest import FIXTURES, ROOT

START_TIMEOUT = 30.0
CHAIN_TIMEOUT = 30.0
ENV = {**{k: v for k, v in os.environ.items() if k not in ("AWS_PROFILE", "AWS_ENDPOINT_URL")},
       "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
       "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull}
ARTICLE = {"url": "https://news.example.org/2026/03/ferry", "title": "Ferry service resumes",
           "published_at": "2026-03-14T08:00:00Z",
           "text": "The ferry service resumed on Saturday. \"Crossings are safe again,\" said harbour master Ines Duarte."}


def _newsclaims(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsclaims.cli", *args], cwd=ROOT, env=ENV, capture_output=True,
                          text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A `newsclaims local serve --port 0 --json` process and the endpoint line it printed."""
    stderr = (tmp_path_factory.mktemp("serve") / "stderr.txt").open("w")
    process = subprocess.Popen([sys.executable, "-m", "newsclaims.cli", "local", "serve", "--port", "0", "--json",
                                "--interval", "0.1"], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=stderr, text=True)
    try:
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
        assert ready, "local serve printed nothing in time"
        info = json.loads(process.stdout.readline())  # type: ignore[union-attr]
        yield info
        # SIGTERM stops it cleanly
        process.terminate()
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=15)
        process.stdout.close()  # type: ignore[union-attr]
        stderr.close()


def _wait_for(condition: Any, timeout: float = CHAIN_TIMEOUT) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"not done within {timeout} s")


def test_serve_listens_on_127_0_0_1_and_names_the_stacks_resources(served: dict[str, Any]) -> None:
    assert served["endpoint"].startswith("http://127.0.0.1:")
    assert served["table"] and served["bucket"] and served["event_bus"]
    assert set(served["queues"]) == {"IngestQueue", "IngestDLQ", "ExtractQueue", "ExtractDLQ", "StoreQueue", "StoreDLQ"}


def test_an_article_sent_from_another_process_flows_through_the_chain(served: dict[str, Any]) -> None:
    # given boto3 in this process, talking to the served endpoint
    endpoint = served["endpoint"]
    sqs = boto3.client("sqs", endpoint_url=endpoint, region_name=served["region"])
    client = NewsclaimsClient(served["table"], endpoint_url=endpoint, region_name=served["region"])
    # when an article is sent to the ingest queue
    sqs.send_message(QueueUrl=served["queues"]["IngestQueue"], MessageBody=json.dumps(ARTICLE))
    # then the serving process runs the chain and the table has it, complete
    refs = _wait_for(lambda: client.articles_of_day("2026-03-14").items)
    document = client.get_article(refs[0].article_id)
    assert document is not None and document.article.url == ARTICLE["url"]
    assert document.article.status == "COMPLETE"
    # and newsclaims query, a third process, reads the same state
    result = _newsclaims("query", "article", refs[0].article_id, "--endpoint", endpoint, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["article_id"] == refs[0].article_id


def test_newsclaims_run_attaches_to_the_served_stack(served: dict[str, Any]) -> None:
    result = _newsclaims("run", "--endpoint", served["endpoint"], "--json", str(FIXTURES / "010_port_strike.json"))

    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["completed"] == 1
    # the fixture's article (published 2026-03-14) is now listed for that day by another process
    listed = _newsclaims("query", "day", "2026-03-14", "--endpoint", served["endpoint"], "--json")
    assert listed.returncode == 0, listed.stderr
    assert report["results"][0]["article_id"] in {i["article_id"] for i in json.loads(listed.stdout)["items"]}


def test_the_aws_cli_sees_the_served_table(served: dict[str, Any], tmp_path: Path) -> None:
    aws = shutil.which("aws")
    if aws is None:
        pytest.skip("the AWS CLI is not installed")
    result = subprocess.run([aws, "dynamodb", "describe-table", "--table-name", served["table"],
                             "--endpoint-url", served["endpoint"], "--output", "json"],
                            env=ENV, capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path)
    if result.returncode != 0 and "command not found" in result.stderr.lower():
        pytest.skip(f"the AWS CLI does not run here: {result.stderr.strip()[:200]}")

    assert result.returncode == 0, result.stderr
    table = json.loads(result.stdout)["Table"]
    assert {i["IndexName"] for i in table["GlobalSecondaryIndexes"]} == {"gsi1", "gsi2", "gsi3"}
