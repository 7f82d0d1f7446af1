"""`newsclaims bench`: the structure of its report and the arithmetic behind it (item sizes, write
units, the cost model). Speed itself is measured by the bench, never asserted in a test."""

from __future__ import annotations

import io
import json
import math
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from newsclaims import bench
from newsclaims.cli import main

SAMPLE_TEXT = (
    "Port strike ends after talks\n"
    "Monday, March 16, 2026\n"
    "Dockworkers in Lisbon ended their strike on Monday, the union said.\n"
    "Transport Minister Ana Ferreira told reporters the agreement was fair.\n"
    "According to the port authority, ships will be unloaded by Friday.\n"
)


def _s(value: str) -> dict[str, str]:
    return {"S": value}


# --- DynamoDB item sizes and write units -----------------------------------------------------------


def test_item_size_follows_dynamodb_rules_for_each_type() -> None:
    assert bench.item_size({"pk": _s("ab")}) == 2 + 2
    assert bench.item_size({"n": {"N": "123"}}) == 1 + 2 + 1  # 3 significant digits: 2 bytes, plus 1
    assert bench.item_size({"n": {"N": "1200.00"}}) == 1 + 1 + 1  # trailing zeroes are trimmed
    assert bench.item_size({"flag": {"BOOL": True}}) == 4 + 1
    assert bench.item_size({"x": {"NULL": True}}) == 1 + 1
    assert bench.item_size({"é": _s("ü")}) == 2 + 2  # UTF-8 bytes, not characters
    # a list: 3 bytes, plus 1 per element; [[0, 15]] holds one list of two one-byte-ish numbers
    assert bench.item_size({"m": {"L": [{"L": [{"N": "0"}, {"N": "15"}]}]}}) == 1 + 3 + 1 + (3 + (1 + 2) + (1 + 2))
    # a map counts its keys too
    assert bench.item_size({"m": {"M": {"ab": _s("c")}}}) == 1 + 3 + 1 + 2 + 1
    assert bench.item_size({"ss": {"SS": ["a", "bc"]}}) == 2 + 3
    assert bench.item_size({"b": {"B": b"\x00\x01\x02"}}) == 1 + 3


def test_write_units_are_one_per_started_kilobyte() -> None:
    assert [bench.write_units(n) for n in (0, 1, 1024, 1025, 2048, 4097)] == [1, 1, 1, 2, 2, 5]


def _entity(article: str, key: str, size_pad: int) -> dict[str, Any]:
    return {"pk": _s(f"ARTICLE#{article}"), "sk": _s(f"ENTITY#{key}"), "gsi1pk": _s(f"ENTITY#{key}"),
            "pad": _s("x" * size_pad)}


def test_writes_per_article_counts_table_index_and_idempotency_units() -> None:
    # given one article with a small entity, a 1.5 KB entity and a claim without a speaker
    article = {"pk": _s("ARTICLE#a"), "sk": _s("ARTICLE"), "gsi3pk": _s("DAY#2026-01-01")}
    small = _entity("a", "person:x", 10)
    large = _entity("a", "person:y", 1500)
    claim = {"pk": _s("ARTICLE#a"), "sk": _s("CLAIM#0001"), "content": _s("talks went well")}
    # when
    writes = bench.writes_per_article([article, small, large, claim], articles=1)
    # then
    assert writes["items"] == {"article": 1, "claim": 1, "entity": 2}
    assert writes["largest_item_bytes"] == bench.item_size(large) > 1500
    assert writes["wru_per_result_item"] == pytest.approx((1 + 2 + 1) / 3, abs=0.001)
    # entities go to gsi1 too; the article item is written 3 times, to the table and to gsi3
    assert writes["wru_per_result_item_with_indexes"] == pytest.approx((1 + 2 + 1 + 1 + 2) / 3, abs=0.001)
    assert writes["table_wru_per_article"] == 1 + 2 + 1 + 3
    assert writes["index_wru_per_article"] == 1 + 2 + 3
    assert writes["wru_per_article"] == 7 + 6 + bench.IDEMPOTENCY_WRU_PER_ARTICLE


# --- the cost model ----------------------------------------------------------------------------


def _profile(**changes: Any) -> bench.ArticleProfile:
    values: dict[str, Any] = {
        "chars": 3500, "text_bytes": 3500, "result_bytes": 10_000,
        "lambda_ms": {"IngestFunction": 10.0, "ExtractFunction": 20.0, "StoreFunction": 30.0},
        "memory_mb": {"IngestFunction": 512, "ExtractFunction": 1024, "StoreFunction": 512},
        "invocations": {"IngestFunction": 0.1, "ExtractFunction": 0.2, "StoreFunction": 0.1},
        "wru": 100.0, "rru": 2.0, "s3_puts": 1.0, "s3_gets": 1.0, "log_bytes": 2000.0, "events": 1.0,
    }
    return bench.ArticleProfile(**(values | changes))


def test_cost_per_million_adds_each_service_at_its_price() -> None:
    prices = bench.Prices()
    batch = {"IngestFunction": 10, "ExtractFunction": 5, "StoreFunction": 10}
    cost = bench.cost_per_million(_profile(), batch, prices)
    gb_s = (0.5 * 0.010) + (1.0 * 0.020) + (0.5 * 0.030)
    assert cost["lambda_compute"] == pytest.approx(gb_s * prices.lambda_arm_gb_s * 1e6, abs=0.01)
    assert cost["lambda_requests"] == pytest.approx(0.4 * 0.20, abs=0.01)
    assert cost["dynamodb_writes"] == pytest.approx(100 * 0.625, abs=0.01)
    assert cost["dynamodb_reads"] == pytest.approx(2 * 0.125, abs=0.01)
    assert cost["s3"] == pytest.approx(5.0 + 0.4, abs=0.01)
    assert cost["eventbridge"] == pytest.approx(1.0, abs=0.01)
    assert cost["cloudwatch_logs"] == pytest.approx(2000 / 1e9 * 0.5 * 1e6, abs=0.01)
    parts = [cost[k] for k in ("lambda_compute", "lambda_requests", "sqs", "dynamodb_writes", "dynamodb_reads",
                               "eventbridge", "s3", "cloudwatch_logs", "xray")]
    assert cost["total"] == pytest.approx(sum(parts), abs=0.05)
    # Comprehend: 3,500 characters are 35 units of 100
    assert cost["comprehend_detect_entities"] == pytest.approx(35 * 0.0001 * 1e6)
    assert cost["comprehend_ratio"] == pytest.approx(cost["comprehend_detect_entities"] / cost["total"], rel=0.01)
    assert cost["prices"]["as_of"] and cost["prices"]["region"] == "us-east-1"


def test_lambda_time_is_scaled_to_the_cpu_share_of_the_memory() -> None:
    assert bench.cpu_scale(512) == pytest.approx(1769 / 512)
    assert bench.cpu_scale(4096) == 1.0
    batch = {"IngestFunction": 10, "ExtractFunction": 5, "StoreFunction": 10}
    plain = bench.cost_per_million(_profile(), batch)
    scaled = bench.cost_per_million(_profile(cpu_scale={"ExtractFunction": 2.0}), batch)
    extract_share = 1.0 * 0.020 * bench.PRICES.lambda_arm_gb_s * 1e6
    assert scaled["lambda_compute"] == pytest.approx(plain["lambda_compute"] + extract_share, abs=0.01)
    # time waiting on AWS calls is billed as it is, not scaled
    waiting = bench.cost_per_million(_profile(wait_ms={"StoreFunction": 100.0}), batch)
    assert waiting["lambda_compute"] == pytest.approx(plain["lambda_compute"] + 0.5 * 0.1 * bench.PRICES.lambda_arm_gb_s * 1e6,
                                                      abs=0.01)


def test_comprehend_bills_units_of_100_characters_with_a_minimum_of_3() -> None:
    price = bench.PRICES.comprehend_unit
    assert bench.comprehend_cost(50) == pytest.approx(3 * price)
    assert bench.comprehend_cost(300) == pytest.approx(3 * price)
    assert bench.comprehend_cost(1001) == pytest.approx(11 * price)


def test_sqs_requests_count_64_kb_chunks_and_share_receives_and_deletes_by_batch() -> None:
    batch = {"IngestFunction": 10, "ExtractFunction": 5, "StoreFunction": 10}
    small = bench.sqs_requests(_profile(text_bytes=1000, result_bytes=1000), batch)
    assert small == pytest.approx(3 + (2 / 10) + (2 / 5) + (2 / 10))
    large = bench.sqs_requests(_profile(text_bytes=100 * 1024, result_bytes=1000), batch)
    chunks = math.ceil((100 * 1024 + 600) / (64 * 1024))
    assert large == pytest.approx(small + (chunks - 1) * (1 + 1 / 5))


def test_a_longer_article_costs_more_and_comprehend_grows_with_it() -> None:
    batch = {"IngestFunction": 10, "ExtractFunction": 5, "StoreFunction": 10}
    base = _profile()
    longer = bench.scaled_profile(base, 4, result_items=40, wru_per_item=2.0)
    assert longer.chars == 4 * base.chars and longer.wru == base.wru + 120 * 2.0
    assert longer.lambda_ms["ExtractFunction"] == 4 * base.lambda_ms["ExtractFunction"]
    assert bench.cost_per_million(longer, batch)["total"] > bench.cost_per_million(base, batch)["total"]


# --- the corpus and the chain's articles -----------------------------------------------------------


def test_chain_articles_are_distinct_in_url_title_and_text() -> None:
    corpus = bench.Corpus("tiny", [("a", SAMPLE_TEXT), ("b", SAMPLE_TEXT.replace("Lisbon", "Porto"))])
    articles = bench.chain_articles(corpus, 6)
    assert len({a["url"] for a in articles}) == 6 and len({a["title"] for a in articles}) == 6
    assert len({a["text"] for a in articles}) == 6  # body lines rotated on each pass over the corpus
    assert articles[0]["title"].startswith("Port strike ends after talks")
    assert sorted(articles[2]["text"].splitlines()) == sorted(articles[0]["text"].splitlines())


def test_percentiles_and_medians() -> None:
    values = [float(v) for v in range(1, 101)]
    assert bench.median(values) == 50.5
    assert bench.percentile(values, 95) == pytest.approx(95.05)
    assert bench.percentile([], 95) == 0.0


def test_package_size_is_the_function_plus_its_layers(tmp_path: Path) -> None:
    (tmp_path / "IngestFunction").mkdir()
    (tmp_path / "IngestFunction" / "app.py").write_bytes(b"x" * 1000)
    layer = tmp_path / "SharedLayer" / "python" / "pkg" / "__pycache__"
    layer.mkdir(parents=True)
    (layer.parent / "m.py").write_bytes(b"y" * 2 * bench.MB)
    (layer / "m.cpython-313.pyc").write_bytes(b"z" * bench.MB)
    template = {"Globals": {"Function": {"Layers": [{"Ref": "SharedLayer"}]}},
                "Resources": {"IngestFunction": {"Type": "AWS::Serverless::Function", "Properties": {}}}}
    sizes = bench.package_sizes(tmp_path, template)
    assert sizes["IngestFunction"]["total_mb"] == pytest.approx(3.0, abs=0.01)
    assert sizes["IngestFunction"]["layers_mb"] == pytest.approx(3.0, abs=0.01)
    assert sizes["IngestFunction"]["of_which_bytecode_mb"] == pytest.approx(1.0, abs=0.01)


# --- the command -----------------------------------------------------------------------------


def test_bench_json_has_the_issue_keys_on_a_tiny_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # given a two-article corpus, and no subprocesses (cold start is measured by the bench, not here)
    text_dir = tmp_path / "wikinews-gum" / "text"
    text_dir.mkdir(parents=True)
    (text_dir / "a.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    (text_dir / "b.txt").write_text(SAMPLE_TEXT.replace("Lisbon", "Porto"), encoding="utf-8")

    def fake_cold_start(environments: dict[str, Any], **_: Any) -> dict[str, Any]:
        return {name: {"median": 100.0, "min": 90.0, "max": 110.0} for name in environments}

    monkeypatch.setattr(bench, "cold_start", fake_cold_start)
    out = io.StringIO()
    # when
    with redirect_stdout(out):
        status = main(["bench", "--json", "--skip-build", "--articles", "3", "--runs", "1", "--corpora", str(tmp_path)])
    # then
    assert status == 0
    report = json.loads(out.getvalue())
    for key in bench.iter_json_keys():
        assert key in report, key
    assert report["chain"]["completed"] == 3 and report["chain"]["lost"] == 0
    assert report["extractor"]["articles"] == 2 and report["extract_tokens_per_s"] > 0
    assert set(report["stage_ms"]) >= {"IngestFunction", "ExtractFunction", "StoreFunction"}
    assert report["stage_ms"]["ExtractFunction"]["records"] == 3
    store = report["stage_ms"]["StoreFunction"]
    assert 0 < store["own_ms_per_record"] <= store["ms_per_record"]
    assert report["profile"]["wait_ms"]["StoreFunction"] > 0  # Store's DynamoDB calls, at the assumed latency
    assert report["package_mb"] == {"skipped": "--skip-build"}
    assert report["cold_start_ms"]["venv"]["StoreFunction"]["median"] == 100.0
    writes = report["writes_per_article"]
    assert writes["items"]["article"] == 3 and writes["largest_item_bytes"] > 0
    cost = report["cost_per_million_usd"]
    assert cost["total"] > 0 and cost["comprehend_detect_entities"] > cost["total"]
    assert report["targets"]["package_mb"]["met"] is None  # not measured is not "met"
    assert "cost_per_million_usd" in bench.format_table(report)


def test_profile_counts_each_aws_call_once_at_its_assumed_latency() -> None:
    # given a chain of 2 articles whose Store made 2 queries and 2 updates (one per table, counted twice)
    functions = {"StoreFunction": {"invocations": 1, "own_total_ms": 10.0, "memory_mb": 512, "calls": {
        "dynamodb.Query": 2, "dynamodb.UpdateItem": 2, "dynamodb.UpdateItem@docs": 2, "events.PutEvents": 2,
        "events.PutEvents.entries": 2}}}
    chain = {"completed": 2, "functions": functions, "log_bytes": 0, "handler_calls": {"events.PutEvents.entries": 2}}
    extractor = {"result_bytes_mean": 100.0}
    writes = {"wru_per_article": 10.0, "stored_bytes_per_article": 1000.0}
    # when
    profile = bench.build_profile(extractor, chain, writes, bench.Corpus("c", [("a", "x" * 100)]))
    # then
    latency = bench.API_LATENCY_MS
    assert profile.wait_ms["StoreFunction"] == pytest.approx((2 * latency["dynamodb"] * 2 + 2 * latency["events"]) / 2)
    assert profile.lambda_ms["StoreFunction"] == 5.0 and profile.events == 1.0 and profile.chars == 100
