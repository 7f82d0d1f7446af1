"""`newsclaims bench`: speed, cold start, package size and cost of the pipeline, measured here.

Every measurement is a function of its inputs so that tests can check the arithmetic on a tiny
corpus; `run_bench` strings them together and `format_table` prints the result. Nothing here is
imported by the Lambda functions.

- extractor: `newsclaims.nlp.extract` on one core over a corpus of real articles, after a
  warm-up, median of several runs (tokens are `newsclaims.nlp.text.analyse` tokens);
- chain: N distinct articles through Ingest -> Extract -> Store on the local stack (moto), with
  per-invocation handler times, the items scanned back from the table and the AWS calls made;
- cold start: a fresh interpreter importing a function's `app.py` with the template's environment
  (from the dev venv, and as deployed: the `sam build` output with no bytecode cache written);
- package size: the unzipped bytes of each function's `sam build` output plus its layers;
- writes: DynamoDB write request units per item, ceil(item bytes / 1 KB), item bytes counted
  by DynamoDB's rules (`item_size`), for the table and for the indexes the item projects into;
- cost: per million articles of the corpus's average shape (`cost_per_million`), with `PRICES`.
"""

from __future__ import annotations

import base64
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

KB = 1024
MB = 1024 * 1024
SQS_CHUNK = 64 * KB  # SQS bills each 64 KB chunk of a payload as one request
LAMBDA_FULL_VCPU_MB = 1769  # Lambda gives a function one full vCPU at 1,769 MB, proportionally less below
COMPREHEND_UNIT_CHARS = 100
COMPREHEND_MIN_UNITS = 3
PLATFORM_LOG_BYTES_PER_INVOCATION = 600  # Lambda's START/END/REPORT lines in JSON log format (estimate)
# Typical same-region latency of one call (assumed, ms): what a handler waits on AWS per call,
# in place of the time moto takes in process (moto's Query scans the whole table).
API_LATENCY_MS = {"dynamodb": 8.0, "sqs": 15.0, "s3": 25.0, "events": 20.0}
IDEMPOTENCY_WRU_PER_ARTICLE = 2  # Powertools idempotency: a conditional put (in progress), an update (done)
# What the python3.13 Lambda runtime provides; the "as deployed" cold start takes them from the venv.
RUNTIME_PACKAGES = ("boto3", "botocore", "s3transfer", "jmespath", "urllib3", "dateutil", "six.py")

TARGETS = {
    "extract_tokens_per_s": 50_000,  # at least
    "cold_start_ms": 300,  # at most, per function
    "package_mb": 20,  # at most, per function with its layers, unzipped
    "wru_per_result_item": 1.0,  # at most, per entity or claim item on average (table writes)
    "cost_per_million_usd": 100,  # at most
    "comprehend_ratio": 30,  # Comprehend entity detection alone costs at least this many times more
}


@dataclass(frozen=True)
class Prices:
    """Published us-east-1 list prices (USD), as known to the author; check them before relying on them.

    Sources: aws.amazon.com/{lambda,sqs,dynamodb,s3,cloudwatch,xray,comprehend}/pricing/, first
    paid tier (free tiers ignored). DynamoDB on-demand is the price after the November 2024 cut.
    """

    as_of: str = "2025-01 (AWS pricing pages as known to the author; not re-checked on the bench date)"
    lambda_arm_gb_s: float = 0.0000133334  # arm64, first 7.5 billion GB-s a month
    lambda_request: float = 0.20 / 1e6
    sqs_request: float = 0.40 / 1e6  # standard queue, per 64 KB chunk
    dynamodb_wru: float = 0.625 / 1e6  # on-demand write request unit
    dynamodb_rru: float = 0.125 / 1e6  # on-demand read request unit
    dynamodb_storage_gb_month: float = 0.25
    s3_put: float = 0.005 / 1000  # PUT, COPY, POST, LIST
    s3_get: float = 0.0004 / 1000
    logs_ingest_gb: float = 0.50  # CloudWatch Logs standard ingestion
    xray_trace: float = 5.00 / 1e6  # traces recorded
    eventbridge_event: float = 1.00 / 1e6  # custom events put on a bus, per 64 KB chunk
    comprehend_unit: float = 0.0001  # DetectEntities, per 100 characters, 3 units minimum, first 10M units


PRICES = Prices()


# --- small helpers -----------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return float(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo))


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    info: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform(),
                            "cpus": os.cpu_count(), "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return info


# --- the corpus ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    name: str
    docs: list[tuple[str, str]]  # (id, text)

    @property
    def chars(self) -> int:
        return sum(len(t) for _, t in self.docs)


def load_corpus(corpora: Path | None = None, fixtures: Path | None = None) -> Corpus:
    """The Wikinews texts of ../shared when present (read in place, never copied), else the
    sample fixtures' English articles (as the pipeline would see their text)."""
    from newsclaims.nlp.gold import DEFAULT_CORPORA

    text_dir = Path(corpora or DEFAULT_CORPORA) / "wikinews-gum" / "text"
    paths = sorted(text_dir.glob("*.txt")) if text_dir.is_dir() else []
    if paths:
        return Corpus(f"wikinews-gum ({text_dir.resolve()})", [(p.stem, p.read_text(encoding="utf-8")) for p in paths])
    from newsclaims.commands import article_files
    from newsclaims.commands.extract import file_text
    from newsclaims.errors import ArticleRejected
    from newsclaims.ingest import detect_language

    if fixtures is None:
        from newsclaims.local.runtime import project_root

        fixtures = project_root() / "samplefixtures"
    docs = []
    for path in article_files([str(fixtures)]):
        try:
            text = file_text(path)
            if detect_language(text) == "en":
                docs.append((path.stem, text))
        except (ArticleRejected, OSError, ValueError):
            continue
    return Corpus(f"samplefixtures ({fixtures})", docs)


# --- extractor speed ------------------------------------------------------------------------------


def measure_extractor(corpus: Corpus, runs: int = 5, warmup: int = 1,
                      clock: Callable[[], float] = time.perf_counter,
                      cpu_clock: Callable[[], float] = time.process_time) -> dict[str, Any]:
    """Tokens and articles per second of the whole extractor on one core (median of `runs`),
    and per article what the later stages carry: result JSON bytes, entities, claims.

    The rates are per second of CPU time of this (single-threaded) process: what one core of its
    own gives, whatever else the machine runs; the wall-clock rates are beside them."""
    from newsclaims.nlp import extract
    from newsclaims.nlp.text import analyse

    texts = [t for _, t in corpus.docs]
    tokens = sum(len(analyse(t).tokens) for t in texts)
    for _ in range(warmup):
        results = [extract(t) for t in texts]
    wall, cpu = [], []
    for _ in range(runs):
        started, cpu_started = clock(), cpu_clock()
        results = [extract(t) for t in texts]
        wall.append(clock() - started)
        cpu.append(cpu_clock() - cpu_started)
    seconds, wall_seconds = median(cpu), median(wall)
    n = len(texts)
    return {
        "articles": n, "tokens": tokens, "chars": corpus.chars, "runs": runs,
        "cpu_seconds_median": round(seconds, 4), "wall_seconds_median": round(wall_seconds, 4),
        "tokens_per_s": round(tokens / seconds, 1) if seconds else 0.0,
        "articles_per_s": round(n / seconds, 2) if seconds else 0.0,
        "tokens_per_s_wall": round(tokens / wall_seconds, 1) if wall_seconds else 0.0,
        "ms_per_article": round(1000 * seconds / n, 3) if n else 0.0,
        "result_bytes_mean": round(sum(len(r.model_dump_json().encode()) for r in results) / n, 1) if n else 0.0,
        "entities_mean": round(sum(len(r.entities) for r in results) / n, 2) if n else 0.0,
        "claims_mean": round(sum(len(r.claims) for r in results) / n, 2) if n else 0.0,
    }


def profile_extractor(corpus: Corpus, top: int = 25) -> str:
    """cProfile of the extractor over the corpus (after a warm-up), by cumulative time."""
    import cProfile
    import io
    import pstats

    from newsclaims.nlp import extract

    texts = [t for _, t in corpus.docs]
    for t in texts:
        extract(t)
    profiler = cProfile.Profile()
    profiler.enable()
    for t in texts:
        extract(t)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- DynamoDB item sizes ----------------------------------------------------------------------------


def _number_size(text: str) -> int:
    """Bytes of a DynamoDB number: 1 per two significant digits, plus 1."""
    digits = Decimal(text).normalize().as_tuple().digits
    significant = len(digits) or 1
    return math.ceil(significant / 2) + 1


def value_size(value: Mapping[str, Any]) -> int:
    """Bytes of one low-level AttributeValue (`{"S": ...}`, `{"L": [...]}`, ...) by DynamoDB's rules."""
    ((kind, v),) = value.items()
    if kind == "S":
        return len(v.encode("utf-8"))
    if kind == "N":
        return _number_size(v)
    if kind == "B":
        return len(v) if isinstance(v, bytes | bytearray) else len(base64.b64decode(v))
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "SS":
        return sum(len(s.encode("utf-8")) for s in v)
    if kind == "NS":
        return sum(_number_size(n) for n in v)
    if kind == "BS":
        return sum(len(b) if isinstance(b, bytes | bytearray) else len(base64.b64decode(b)) for b in v)
    if kind == "L":  # 3 bytes for the list, 1 per element
        return 3 + sum(1 + value_size(e) for e in v)
    if kind == "M":
        return 3 + sum(1 + len(k.encode("utf-8")) + value_size(e) for k, e in v.items())
    raise ValueError(f"unknown DynamoDB type {kind!r}")


def item_size(item: Mapping[str, Mapping[str, Any]]) -> int:
    """Bytes of a low-level item: attribute name lengths plus value sizes (DynamoDB's rules)."""
    return sum(len(name.encode("utf-8")) + value_size(value) for name, value in item.items())


def write_units(size: int) -> int:
    """Write request units of a standard write of an item of `size` bytes: one per started KB."""
    return max(1, math.ceil(size / KB))


# The table's indexes: the item attribute that puts an item into each (all project ALL).
INDEX_KEYS = {"gsi1": "gsi1pk", "gsi2": "gsi2pk", "gsi3": "gsi3pk"}


def item_kind(item: Mapping[str, Any]) -> str:
    sk = item["sk"]["S"]
    return "article" if sk == "ARTICLE" else sk.split("#", 1)[0].lower()


def writes_per_article(items: Sequence[Mapping[str, Mapping[str, Any]]], articles: int,
                       article_writes: float = 3.0, idempotency_writes: float = IDEMPOTENCY_WRU_PER_ARTICLE
                       ) -> dict[str, Any]:
    """Write request units the stored items cost, from the low-level items of the table.

    Table writes are ceil(bytes / 1 KB) per item put; an item that carries an index key is written
    to that index too (projection ALL: same size). The article item is written `article_writes`
    times per article (Ingest records it; Store takes the write lease, completes it, marks it
    announced: the chain counts them), each also to gsi3; the idempotency table's items are small
    (one unit per write).
    """
    by_kind: dict[str, list[int]] = {}
    index_wru = 0
    for item in items:
        size = item_size(item)
        by_kind.setdefault(item_kind(item), []).append(size)
        index_wru += sum(write_units(size) for key in INDEX_KEYS.values() if key in item) * (
            article_writes if item_kind(item) == "article" else 1)
    result_sizes = by_kind.get("entity", []) + by_kind.get("claim", [])
    table_result_wru = sum(write_units(s) for s in result_sizes)
    result_index_wru = sum(write_units(item_size(i)) for i in items if item_kind(i) != "article"
                           for key in INDEX_KEYS.values() if key in i)
    article_wru = article_writes * sum(write_units(s) for s in by_kind.get("article", []))
    total = table_result_wru + article_wru + index_wru + idempotency_writes * articles
    largest = max((s for sizes in by_kind.values() for s in sizes), default=0)
    return {
        "articles": articles,
        "items": {k: len(v) for k, v in sorted(by_kind.items())},
        "item_bytes_mean": {k: round(sum(v) / len(v), 1) for k, v in sorted(by_kind.items())},
        "largest_item_bytes": largest,
        "wru_per_result_item": round(table_result_wru / len(result_sizes), 3) if result_sizes else 0.0,
        "wru_per_result_item_with_indexes": round((table_result_wru + result_index_wru) / len(result_sizes), 3)
        if result_sizes else 0.0,
        "table_wru_per_article": round((table_result_wru + article_wru) / articles, 2) if articles else 0.0,
        "index_wru_per_article": round(index_wru / articles, 2) if articles else 0.0,
        "article_item_writes": round(article_writes, 2),
        "idempotency_wru_per_article": round(idempotency_writes, 2),
        "wru_per_article": round(total / articles, 2) if articles else 0.0,
        "stored_bytes_per_article": round((sum(map(sum, by_kind.values())) + 100 * len(items)) / articles, 1)
        if articles else 0.0,
    }


# --- the chain on the local stack ---------------------------------------------------------------


def chain_articles(corpus: Corpus, n: int, start: datetime | None = None) -> list[dict[str, Any]]:
    """`n` distinct articles (ArticleIn JSON) made from the corpus: each its own URL, title and
    date, and its body lines rotated, so that ingest neither dedupes nor versions them."""
    start = start or datetime(2026, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        doc_id, text = corpus.docs[i % len(corpus.docs)]
        lines = text.strip().splitlines()
        title, body = (lines[0], lines[1:]) if len(lines) > 1 else (doc_id, lines)
        paragraphs = "\n".join(body).split("\n\n") if "\n\n" in "\n".join(body) else body
        k = (i // len(corpus.docs)) % max(1, len(paragraphs))
        rotated = paragraphs[k:] + paragraphs[:k]
        joiner = "\n\n" if "\n\n" in "\n".join(body) else "\n"
        out.append({
            "url": f"https://bench.example.org/{i:05d}/{doc_id}",
            "title": f"{title} ({i})",
            "published_at": (start + timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": "newsclaims bench",
            "text": joiner.join(rotated),
        })
    return out


class CallCounter:
    """Counts AWS API calls (service.operation) made through botocore while active."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.calls: Counter[str] = Counter()
        self.seconds = 0.0  # spent inside the calls (in moto, when local)
        self.clock = clock
        self._original: Any = None

    def __enter__(self) -> CallCounter:
        from botocore.client import BaseClient

        self._original = original = BaseClient._make_api_call
        counter = self.calls

        def counted(client: Any, operation: str, params: Any) -> Any:
            name = f"{client.meta.service_model.service_name}.{operation}"
            counter[name] += 1
            if operation == "PutEvents":  # EventBridge bills per event entry
                counter[f"{name}.entries"] += len(params.get("Entries", []))
            if operation in ("PutItem", "UpdateItem", "DeleteItem") and "TableName" in params:
                counter[f"{name}@{params['TableName']}"] += 1
            started = self.clock()
            try:
                return original(client, operation, params)
            finally:
                self.seconds += self.clock() - started

        BaseClient._make_api_call = counted  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        from botocore.client import BaseClient

        BaseClient._make_api_call = self._original  # type: ignore[method-assign]


def run_chain(articles: Sequence[Mapping[str, Any]], template: Path | None = None,
              clock: Callable[[], float] = time.perf_counter) -> dict[str, Any]:
    """The articles dropped in the bucket of a local stack, the queues pumped until they drain.

    Returns the chain's throughput, per-function handler times (per invocation and per record),
    the low-level items of the document table, the handlers' log bytes and the AWS calls of the
    handlers (the local event source mapping's polling is counted apart)."""
    from newsclaims.local.session import INCOMING, local_stack, summarise

    with local_stack(template) as stack:
        bucket = stack.buckets["ArticleBucket"]
        keys = {}
        for i, article in enumerate(articles):
            key = f"{INCOMING}bench-{i:05d}.json"
            stack.s3.put_object(Bucket=bucket, Key=key, Body=json.dumps(article).encode(),
                                ContentType="application/json")
            keys[key] = key
        records: dict[str, list[int]] = {}
        handler_calls: Counter[str] = Counter()
        own_ms: Counter[str] = Counter()
        calls_by_function: dict[str, Counter[str]] = {}

        def hook(function: str, event: dict[str, Any], call: Callable[[], Any]) -> Any:
            records.setdefault(function, []).append(len(event.get("Records", [])) or 1)
            with CallCounter() as counter:
                started = clock()
                try:
                    return call()
                finally:
                    own_ms[function] += (clock() - started - counter.seconds) * 1000
                    handler_calls.update(counter.calls)
                    calls_by_function.setdefault(function, Counter()).update(counter.calls)

        stack.hook = hook
        with CallCounter() as all_calls:
            started = clock()
            stack.pump()
            elapsed = clock() - started
        report = summarise(stack, keys)
        raw_items: list[dict[str, Any]] = []
        kwargs: dict[str, Any] = {"TableName": stack.tables["DocumentTable"]}
        while True:
            page = stack.dynamodb.scan(**kwargs)
            raw_items.extend(page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
        log_bytes = len(stack.log.getvalue().encode()) if hasattr(stack.log, "getvalue") else 0
        functions = {}
        for name, durations in stack.stats.durations_ms.items():
            spec = stack.functions[name]
            n_records = sum(records.get(name, []))
            functions[name] = {
                "memory_mb": spec.memory, "invocations": len(durations), "records": n_records,
                "median_ms": round(median(durations), 2), "p95_ms": round(percentile(durations, 95), 2),
                "ms_per_record": round(sum(durations) / n_records, 3) if n_records else 0.0,
                "total_ms": round(sum(durations), 1),
                # the handler's own time, outside its AWS calls, and the calls it made
                "own_ms_per_record": round(own_ms[name] / n_records, 3) if n_records else 0.0,
                "own_total_ms": round(own_ms[name], 1),
                "calls": dict(sorted(calls_by_function.get(name, Counter()).items())),
            }
        batch_sizes = {s.function: s.batch_size for s in stack.sources}
        document_table = stack.tables["DocumentTable"]
        polling = all_calls.calls - handler_calls
    completed = report["completed"]
    return {
        "articles": len(articles), "completed": completed, "rejected": report["rejected"],
        "dead_lettered": report["dead_lettered"], "lost": report["lost"],
        "seconds": round(elapsed, 3), "articles_per_s": round(completed / elapsed, 2) if elapsed else 0.0,
        "functions": functions, "batch_sizes": batch_sizes, "items": raw_items, "log_bytes": log_bytes,
        "document_table": document_table,
        "handler_calls": dict(sorted(handler_calls.items())),
        "runtime_calls": dict(sorted(polling.items())),
    }


# --- cold start -----------------------------------------------------------------------------------

_IMPORT_SNIPPET = """
import sys, time
sys.path[:0] = {paths!r}
started, cpu = time.perf_counter(), time.process_time()
import app
imported, imported_cpu = time.perf_counter(), time.process_time()
import boto3
boto3.client("dynamodb")
print(round((imported - started) * 1000, 3), round((imported_cpu - cpu) * 1000, 3),
      round((time.process_time() - imported_cpu) * 1000, 3))
"""


def function_environment(template: Path | None = None) -> dict[str, dict[str, str]]:
    """The environment each function gets from the template (resolved on a throwaway moto stack)
    plus what the Lambda runtime sets, with tracing on as on AWS (Tracing: Active).

    The runtime's own variables matter to the measurement: the X-Ray SDK checks
    LAMBDA_TASK_ROOT at import, and outside Lambda it builds a sampling-rule poller with its own
    botocore client (about 100 ms) that a function on Lambda never makes."""
    from newsclaims.local.runtime import REGION
    from newsclaims.local.session import local_stack

    out = {}
    with local_stack(template) as stack:
        for name, spec in stack.functions.items():
            out[name] = {
                "AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION, "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
                "AWS_LAMBDA_FUNCTION_NAME": name, "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory), "AWS_EXECUTION_ENV": "AWS_Lambda_python3.13",
                "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{name}", "AWS_LAMBDA_LOG_STREAM_NAME": "bench",
                "LAMBDA_TASK_ROOT": str(spec.folder), "LAMBDA_RUNTIME_DIR": "/var/runtime", "TZ": ":UTC",
                "_HANDLER": "app.handler", "AWS_XRAY_CONTEXT_MISSING": "LOG_ERROR",
                "AWS_XRAY_DAEMON_ADDRESS": "169.254.79.129:2000",
                "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
                FOLDER_KEY: str(spec.folder), **spec.environment,
            }
    return out


# Where a function's code is, carried in its environment for the benchmark only (not passed on).
FOLDER_KEY = "NEWSCLAIMS_BENCH_FUNCTION_FOLDER"


def cold_start(environments: Mapping[str, Mapping[str, str]], runs: int = 5, python: str = sys.executable,
               paths: Callable[[str, Mapping[str, str]], list[str]] | None = None,
               flags: Sequence[str] = ()) -> dict[str, dict[str, float]]:
    """Per function: median (and min, max) wall-clock ms for a fresh interpreter to import its
    `app.py`, and the median CPU ms the import used (what it takes on a core of its own; on a
    busy machine the wall clock also counts other processes' turns). Runs alternate between the
    functions, so that a change in load affects them alike.

    `first_client_cpu_median` is what the same process then spends importing boto3 and making a
    DynamoDB client: the functions defer both to their first event, so a cold start's first
    invocation pays this on top of the import (the target is on the import alone, as the issue
    defines cold start; both are reported so that the deferral hides nothing).

    `paths(function, env)` gives the folders put first on sys.path (default: the function's
    folder; the venv's site-packages provide the rest)."""
    wall: dict[str, list[float]] = {name: [] for name in environments}
    cpu: dict[str, list[float]] = {name: [] for name in environments}
    first: dict[str, list[float]] = {name: [] for name in environments}
    for _ in range(runs):
        for name, env in environments.items():
            search = paths(name, env) if paths else [env[FOLDER_KEY]]
            child_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tempfile.gettempdir(),
                         "LANG": "C.UTF-8", **{k: v for k, v in env.items() if k != FOLDER_KEY}}
            done = subprocess.run([python, *flags, "-c", _IMPORT_SNIPPET.format(paths=search)], env=child_env,
                                  cwd=tempfile.gettempdir(), capture_output=True, text=True, timeout=120, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"importing {name}'s handler failed: {done.stderr[-2000:]}")
            w, c, f = done.stdout.strip().splitlines()[-1].split()
            wall[name].append(float(w))
            cpu[name].append(float(c))
            first[name].append(float(f))
    return {name: {"median": round(median(wall[name]), 1), "min": round(min(wall[name]), 1),
                   "max": round(max(wall[name]), 1), "cpu_median": round(median(cpu[name]), 1),
                   "first_client_cpu_median": round(median(first[name]), 1)}
            for name in environments}


def runtime_dir(target: Path) -> Path:
    """A folder standing in for what the python3.13 Lambda runtime provides (boto3 and its
    dependencies), as links to the venv's copies."""
    import boto3

    site = Path(boto3.__file__).resolve().parents[1]
    target.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_PACKAGES:
        source = site / name
        if source.exists() and not (target / name).exists():
            (target / name).symlink_to(source)
    return target


def native_overlay(layer: Path, target: Path) -> Path:
    """Packages of the layer whose compiled extensions are for another machine (the layer is
    built for arm64), as links to this venv's copies of them, to go before the layer on sys.path."""
    import boto3

    site = Path(boto3.__file__).resolve().parents[1]
    target.mkdir(parents=True, exist_ok=True)
    machine_name = platform.machine().lower()
    for package in sorted(p for p in layer.iterdir() if p.is_dir()):
        foreign = [so for so in package.rglob("*.so") if machine_name not in so.name and "aarch64" in so.name]
        if foreign and (site / package.name).is_dir() and not (target / package.name).exists():
            (target / package.name).symlink_to(site / package.name)
    return target


def cold_start_built(environments: Mapping[str, Mapping[str, str]], build_dir: Path, runs: int = 5,
                     python: str = sys.executable) -> dict[str, Any]:
    """Cold start as deployed: sys.path is the function's `sam build` folder, its layer's python/
    and the runtime's boto3, nothing else (`-S`); `-B` writes no bytecode (Lambda's /opt and
    /var/task are read-only), so a layer without shipped .pyc files compiles on every start.
    On a machine that is not arm64 the layer's compiled packages (pydantic_core, wrapt) come
    from the venv instead."""
    layer = build_dir / "SharedLayer" / "python"
    with tempfile.TemporaryDirectory(prefix="newsclaims-runtime-") as tmp:
        runtime = runtime_dir(Path(tmp) / "runtime")
        overlay = native_overlay(layer, Path(tmp) / "native")

        def paths(name: str, _env: Mapping[str, str]) -> list[str]:
            return [str(build_dir / name), str(overlay), str(layer), str(runtime)]

        built = {name: {**env, "LAMBDA_TASK_ROOT": str(build_dir / name)}
                 for name, env in environments.items() if (build_dir / name).is_dir()}
        out: dict[str, Any] = cold_start(built, runs=runs, python=python, paths=paths, flags=("-S", "-B"))
    for name in environments.keys() - built.keys():
        out[name] = {"skipped": f"{name} is not in {build_dir}"}
    return out


# --- package size ---------------------------------------------------------------------------------


def tree_bytes(path: Path) -> dict[str, int]:
    """Bytes of the regular files under `path` (unzipped size), and of those that are bytecode."""
    total = pyc = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            p = Path(root) / name
            if p.is_symlink() or not p.is_file():
                continue
            size = p.stat().st_size
            total += size
            if name.endswith(".pyc"):
                pyc += size
    return {"bytes": total, "pyc_bytes": pyc}


def sam_build(template: Path, build_dir: Path, base_dir: Path) -> tuple[bool, str]:
    """`sam build` without Docker; (ok, reason when not)."""
    sam = Path(sys.executable).parent / "sam"
    if not sam.is_file():
        found = shutil.which("sam")
        if not found:
            return False, "the SAM CLI is not installed (pip install aws-sam-cli)"
        sam = Path(found)
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    if shutil.which("python3.13", path=search) is None:
        return False, "python3.13 is not on PATH (sam build needs it for the python3.13 runtime)"
    env = os.environ | {"PATH": search, "SAM_CLI_TELEMETRY": "0",
                        "AWS_DEFAULT_REGION": os.environ.get("AWS_DEFAULT_REGION", "us-east-1")}
    done = subprocess.run([str(sam), "build", "--template", str(template), "--build-dir", str(build_dir),
                           "--base-dir", str(base_dir), "--no-cached"], env=env, capture_output=True, text=True,
                          timeout=900, check=False)
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-5:]
        return False, "sam build failed (no network for pip?): " + " | ".join(tail)
    return True, ""


def package_sizes(build_dir: Path, template: Mapping[str, Any]) -> dict[str, dict[str, float]]:
    """Per function: unzipped MB of its built folder plus the layers the template gives it."""
    from newsclaims.local.template import merged_function_properties

    out = {}
    for name, resource in template.get("Resources", {}).items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        props = merged_function_properties(template, name)
        layers = [layer["Ref"] for layer in props.get("Layers", []) if isinstance(layer, dict) and "Ref" in layer]
        own = tree_bytes(build_dir / name)
        layer_sizes = [tree_bytes(build_dir / layer) for layer in layers]
        total = own["bytes"] + sum(s["bytes"] for s in layer_sizes)
        pyc = own["pyc_bytes"] + sum(s["pyc_bytes"] for s in layer_sizes)
        out[name] = {"function_mb": round(own["bytes"] / MB, 3),
                     "layers_mb": round(sum(s["bytes"] for s in layer_sizes) / MB, 2),
                     "total_mb": round(total / MB, 2), "of_which_bytecode_mb": round(pyc / MB, 2)}
    return out


# --- cost -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleProfile:
    """What one average article costs the pipeline, in the units AWS bills."""

    chars: float
    text_bytes: float
    result_bytes: float  # the Extract -> Store message
    lambda_ms: dict[str, float]  # handler ms per article, per function, outside AWS calls (CPU)
    memory_mb: dict[str, int]
    invocations: dict[str, float]  # per article, per function
    wru: float  # DynamoDB write request units (table, indexes, idempotency)
    rru: float = 2.0  # Ingest's consistent GetItem, Store's consistent Query of the article's items
    s3_puts: float = 1.0  # the article dropped under incoming/
    s3_gets: float = 1.0  # Ingest reads it
    log_bytes: float = 0.0  # CloudWatch Logs ingested (handlers and Lambda's platform lines)
    events: float = 0.0  # EventBridge events put (Store's ArticleAnalyzed)
    stored_bytes: float = 0.0  # DynamoDB storage, including 100 bytes per item
    message_overhead_bytes: float = 600.0  # an SQS message's JSON besides the text (ids, title, url)
    cpu_scale: dict[str, float] = field(default_factory=dict)  # measured ms -> Lambda ms at its memory
    wait_ms: dict[str, float] = field(default_factory=dict)  # per article, per function: waiting on AWS calls


def cpu_scale(memory_mb: int) -> float:
    """How much longer CPU-bound work takes on Lambda at `memory_mb` than on one full core."""
    return max(1.0, LAMBDA_FULL_VCPU_MB / memory_mb)


def sqs_requests(profile: ArticleProfile, batch_sizes: Mapping[str, int]) -> float:
    """SQS requests per article: per queue one send (per 64 KB chunk) plus the event source
    mapping's receive and delete, shared by the batch."""
    ingest_msg = 1.0  # the S3 notification (small)
    extract_msg = math.ceil((profile.text_bytes + profile.message_overhead_bytes) / SQS_CHUNK)
    store_msg = math.ceil((profile.result_bytes + profile.message_overhead_bytes) / SQS_CHUNK)
    total = 0.0
    for sends, function in ((ingest_msg, "IngestFunction"), (extract_msg, "ExtractFunction"), (store_msg, "StoreFunction")):
        batch = max(1, batch_sizes.get(function, 10))
        total += sends + max(sends, 1) * 1 / batch + 1 / batch  # send; receive (chunks shared by the batch); delete
    return total


def cost_per_million(profile: ArticleProfile, batch_sizes: Mapping[str, int], prices: Prices = PRICES) -> dict[str, Any]:
    """USD per million articles of this profile, by service, and Comprehend entity detection alone."""
    million = 1e6
    lambda_gb_s = sum(profile.memory_mb[f] / 1024
                      * (profile.lambda_ms[f] * profile.cpu_scale.get(f, 1.0) + profile.wait_ms.get(f, 0.0)) / 1000
                      for f in profile.lambda_ms)
    invocations = sum(profile.invocations.values())
    parts = {
        "lambda_compute": lambda_gb_s * prices.lambda_arm_gb_s * million,
        "lambda_requests": invocations * prices.lambda_request * million,
        "sqs": sqs_requests(profile, batch_sizes) * prices.sqs_request * million,
        "dynamodb_writes": profile.wru * prices.dynamodb_wru * million,
        "dynamodb_reads": profile.rru * prices.dynamodb_rru * million,
        "eventbridge": profile.events * prices.eventbridge_event * million,
        "s3": (profile.s3_puts * prices.s3_put + profile.s3_gets * prices.s3_get) * million,
        "cloudwatch_logs": profile.log_bytes / 1e9 * prices.logs_ingest_gb * million,
        # every SQS-triggered invocation starts a trace; the default sampling rule (1 a second,
        # then 5%) records about all of them at a steady million articles a month
        "xray": invocations * prices.xray_trace * million,
    }
    total = sum(parts.values())
    comprehend = comprehend_cost(profile.chars, prices) * million
    return {
        **{k: round(v, 2) for k, v in parts.items()},
        "total": round(total, 2),
        "comprehend_detect_entities": round(comprehend, 2),
        "comprehend_ratio": round(comprehend / total, 1) if total else None,
        "dynamodb_storage_gb_month": round(profile.stored_bytes * million / 1e9, 2),
        "dynamodb_storage_usd_month": round(profile.stored_bytes * million / 1e9 * prices.dynamodb_storage_gb_month, 2),
        "lambda_gb_s_per_article": round(lambda_gb_s, 5),
        "prices": {"as_of": prices.as_of, "region": "us-east-1",
                   **{k: v for k, v in asdict(prices).items() if k != "as_of"}},
    }


def comprehend_cost(chars: float, prices: Prices = PRICES) -> float:
    """USD for Comprehend DetectEntities on one text of `chars` characters (units of 100, 3 minimum)."""
    return max(COMPREHEND_MIN_UNITS, math.ceil(chars / COMPREHEND_UNIT_CHARS)) * prices.comprehend_unit


def scaled_profile(profile: ArticleProfile, factor: float, result_items: float, wru_per_item: float) -> ArticleProfile:
    """The profile of an article `factor` times as long: extraction time, messages and result
    items grow with the text (entity and claim density as in the corpus)."""
    # Extract is CPU-bound on the text; Ingest and Store are taken as half fixed (their API calls),
    # half growing with the text and the result items.
    ms = {f: v * (factor if f == "ExtractFunction" else 0.5 + 0.5 * factor) for f, v in profile.lambda_ms.items()}
    extra_items = result_items * (factor - 1)
    wait = dict(profile.wait_ms)
    if "StoreFunction" in wait:  # one more BatchWriteItem per 25 items
        wait["StoreFunction"] += extra_items / 25 * API_LATENCY_MS["dynamodb"]
    return replace(profile, chars=profile.chars * factor, text_bytes=profile.text_bytes * factor,
                   result_bytes=profile.result_bytes * factor, lambda_ms=ms, wait_ms=wait,
                   wru=profile.wru + extra_items * wru_per_item,
                   stored_bytes=profile.stored_bytes * factor)


# --- the whole bench ------------------------------------------------------------------------------


def build_profile(extractor: Mapping[str, Any], chain: Mapping[str, Any], writes: Mapping[str, Any],
                  corpus: Corpus) -> ArticleProfile:
    completed = max(1, chain["completed"])
    functions = chain["functions"]
    invocations = {f: functions[f]["invocations"] / completed for f in functions}
    log_bytes = (chain["log_bytes"] + PLATFORM_LOG_BYTES_PER_INVOCATION * sum(f["invocations"] for f in functions.values())
                 ) / completed
    chars = corpus.chars / max(1, len(corpus.docs))
    text_bytes = sum(len(t.encode()) for _, t in corpus.docs) / max(1, len(corpus.docs))
    return ArticleProfile(
        chars=chars, text_bytes=text_bytes, result_bytes=extractor["result_bytes_mean"],
        lambda_ms={f: functions[f]["own_total_ms"] / completed for f in functions},
        wait_ms={f: sum(n * API_LATENCY_MS.get(call.split(".")[0], 10.0) for call, n in functions[f]["calls"].items()
                        if not call.endswith(".entries") and "@" not in call) / completed for f in functions},
        memory_mb={f: functions[f]["memory_mb"] for f in functions},
        invocations=invocations, wru=writes["wru_per_article"], log_bytes=log_bytes,
        events=chain["handler_calls"].get("events.PutEvents.entries", 0) / completed,
        stored_bytes=writes["stored_bytes_per_article"],
        cpu_scale={f: cpu_scale(functions[f]["memory_mb"]) for f in functions},
    )


def run_bench(*, articles: int = 500, runs: int = 5, skip_build: bool = False, build_dir: Path | None = None,
              template: Path | None = None, corpora: Path | None = None,
              progress: Callable[[str], None] = lambda _msg: None) -> dict[str, Any]:
    """Every measurement; one JSON-able dict (see the module docstring)."""
    from newsclaims.local.runtime import project_root
    from newsclaims.local.template import load_template

    root = project_root()
    template = Path(template) if template else root / "template.yaml"
    corpus = load_corpus(corpora)
    if not corpus.docs:
        raise RuntimeError("no articles to measure: neither the corpora nor samplefixtures/ were found")

    progress(f"extractor: {len(corpus.docs)} articles of {corpus.name}, {runs} runs")
    extractor = measure_extractor(corpus, runs=runs)

    progress(f"chain: {articles} articles through the local stack")
    chain = run_chain(chain_articles(corpus, articles), template)
    completed = max(1, chain["completed"])
    table_writes = {name.rsplit("@", 1)[1]: 0 for name in chain["handler_calls"] if "@" in name}
    for name, n in chain["handler_calls"].items():
        if "@" in name:
            table_writes[name.rsplit("@", 1)[1]] += n
    document_table = chain.pop("document_table")
    writes = writes_per_article(
        chain.pop("items"), chain["completed"],
        article_writes=table_writes.get(document_table, 3 * completed) / completed,
        idempotency_writes=sum(n for t, n in table_writes.items() if t != document_table) / completed)

    progress("cold start: a fresh interpreter per import")
    environments = function_environment(template)
    cold: dict[str, Any] = {"venv": cold_start(environments, runs=runs)}

    package: dict[str, Any]
    if skip_build and build_dir is None:
        package = {"skipped": "--skip-build"}
        cold["built"] = {"skipped": "--skip-build"}
    else:
        tmp = None
        if build_dir is None or not (Path(build_dir) / "SharedLayer").is_dir():
            if build_dir is None:
                tmp = tempfile.TemporaryDirectory(prefix="newsclaims-build-")
                build_dir = Path(tmp.name) / "build"
            progress(f"sam build into {build_dir}")
            ok, reason = sam_build(template, Path(build_dir), root)
        else:
            ok, reason = True, ""
        try:
            if ok:
                package = package_sizes(Path(build_dir), load_template(template))
                progress("cold start as deployed (sam build output, no bytecode cache written)")
                cold["built"] = cold_start_built(environments, Path(build_dir), runs=runs)
            else:
                package = {"skipped": reason}
                cold["built"] = {"skipped": reason}
        finally:
            if tmp is not None:
                tmp.cleanup()

    profile = build_profile(extractor, chain, writes, corpus)
    cost = cost_per_million(profile, chain["batch_sizes"])
    items_per_article = (writes["items"].get("entity", 0) + writes["items"].get("claim", 0)) / max(1, chain["completed"])
    scaling = []
    for factor in (0.25, 1, 4, 16):
        p = scaled_profile(profile, factor, items_per_article, writes["wru_per_result_item_with_indexes"])
        c = cost_per_million(p, chain["batch_sizes"])
        scaling.append({"chars": round(p.chars), "result_items": round(items_per_article * factor, 1),
                        "total": c["total"], "comprehend_detect_entities": c["comprehend_detect_entities"]})
    cost["by_article_size"] = scaling

    stage = {f: {k: v[k] for k in ("median_ms", "p95_ms", "ms_per_record", "own_ms_per_record", "invocations",
                                   "records", "memory_mb")}
             for f, v in chain["functions"].items()}
    report = {
        "machine": machine(),
        "corpus": {"name": corpus.name, "articles": len(corpus.docs), "chars_mean": round(profile.chars, 1)},
        "extract_tokens_per_s": extractor["tokens_per_s"],
        "extract_articles_per_s": extractor["articles_per_s"],
        "extractor": extractor,
        "stage_ms": stage,
        "chain_articles_per_s": chain["articles_per_s"],
        "chain": {k: v for k, v in chain.items() if k != "functions"},
        "cold_start_ms": cold,
        "package_mb": package,
        "writes_per_article": writes,
        "cost_per_million_usd": cost,
        "profile": {k: v for k, v in asdict(profile).items()},
    }
    report["targets"] = check_targets(report)
    return report


def _cold_values(cold: Mapping[str, Any]) -> dict[str, float]:
    source = cold.get("built") if isinstance(cold.get("built"), dict) and "skipped" not in cold["built"] else cold.get("venv", {})
    return {f: v.get("cpu_median", v["median"]) for f, v in (source or {}).items() if "median" in v}


def check_targets(report: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target of the issue: the measured value and whether it is met (None: not measured)."""
    cold = _cold_values(report["cold_start_ms"])
    package = report["package_mb"]
    sizes = {f: v["total_mb"] for f, v in package.items()} if "skipped" not in package else {}
    cost = report["cost_per_million_usd"]
    return {
        "extract_tokens_per_s": {"target": f">= {TARGETS['extract_tokens_per_s']}", "value": report["extract_tokens_per_s"],
                                 "met": report["extract_tokens_per_s"] >= TARGETS["extract_tokens_per_s"]},
        "cold_start_ms": {"target": f"<= {TARGETS['cold_start_ms']} per function (CPU ms)",
                          "value": max(cold.values(), default=None),
                          "met": all(v <= TARGETS["cold_start_ms"] for v in cold.values()) if cold else None},
        "package_mb": {"target": f"<= {TARGETS['package_mb']} per function", "value": max(sizes.values(), default=None),
                       "met": all(v <= TARGETS["package_mb"] for v in sizes.values()) if sizes else None},
        "wru_per_result_item": {"target": f"<= {TARGETS['wru_per_result_item']}",
                                "value": report["writes_per_article"]["wru_per_result_item"],
                                "met": report["writes_per_article"]["wru_per_result_item"] <= TARGETS["wru_per_result_item"]},
        "cost_per_million_usd": {"target": f"<= {TARGETS['cost_per_million_usd']}", "value": cost["total"],
                                 "met": cost["total"] <= TARGETS["cost_per_million_usd"]},
        "comprehend_ratio": {"target": f">= {TARGETS['comprehend_ratio']}", "value": cost["comprehend_ratio"],
                             "met": (cost["comprehend_ratio"] or 0) >= TARGETS["comprehend_ratio"]},
    }


def format_table(report: Mapping[str, Any]) -> str:
    """The report as a plain-text table."""
    lines = []
    m = report["machine"]
    lines.append(f"newsclaims bench  {m['date']}  {m.get('cpu', '?')} x{m['cpus']}  Python {m['python']}")
    lines.append(f"corpus: {report['corpus']['name']}, {report['corpus']['articles']} articles, "
                 f"{report['corpus']['chars_mean']:.0f} chars on average")
    lines.append("")
    ex = report["extractor"]
    rows: list[tuple[str, str]] = [
        ("extract_tokens_per_s", f"{report['extract_tokens_per_s']:,.0f} per CPU second  ({ex['tokens']} tokens, median "
                                 f"of {ex['runs']} runs; {ex['tokens_per_s_wall']:,.0f} per wall-clock second)"),
        ("extract_articles_per_s", f"{report['extract_articles_per_s']:,.1f}  ({ex['ms_per_article']:.1f} ms per article)"),
        ("chain_articles_per_s", f"{report['chain_articles_per_s']:,.1f}  ({report['chain']['completed']}/"
                                 f"{report['chain']['articles']} completed in {report['chain']['seconds']:.1f} s)"),
    ]
    for f, s in report["stage_ms"].items():
        rows.append((f"stage_ms {f}", f"median {s['median_ms']:.1f}  p95 {s['p95_ms']:.1f} per invocation; "
                                      f"{s['ms_per_record']:.1f} per record, {s['own_ms_per_record']:.1f} outside "
                                      f"AWS calls ({s['invocations']} invocations)"))
    for mode, values in report["cold_start_ms"].items():
        if "skipped" in values:
            rows.append((f"cold_start_ms ({mode})", f"skipped: {values['skipped']}"))
            continue
        for f, v in values.items():
            rows.append((f"cold_start_ms ({mode}) {f}", f"skipped: {v['skipped']}" if "skipped" in v else
                         f"CPU {v.get('cpu_median', float('nan')):.0f}; wall median {v['median']:.0f} "
                         f"(min {v['min']:.0f}, max {v['max']:.0f}); then boto3 and a first client: CPU "
                         f"{v.get('first_client_cpu_median', float('nan')):.0f}"))
    package = report["package_mb"]
    if "skipped" in package:
        rows.append(("package_mb", f"skipped: {package['skipped']}"))
    else:
        for f, v in package.items():
            rows.append((f"package_mb {f}", f"{v['total_mb']:.2f}  (function {v['function_mb']:.3f}, layers "
                                            f"{v['layers_mb']:.2f}, of which bytecode {v['of_which_bytecode_mb']:.2f})"))
    w = report["writes_per_article"]
    rows.append(("writes_per_article", f"{w['wru_per_article']:.2f} WRU (table {w['table_wru_per_article']:.2f}, indexes "
                                       f"{w['index_wru_per_article']:.2f}, idempotency {w['idempotency_wru_per_article']})"))
    rows.append(("wru per entity/claim item", f"{w['wru_per_result_item']:.3f}; largest item {w['largest_item_bytes']} bytes"))
    c = report["cost_per_million_usd"]
    parts = ", ".join(f"{k} {c[k]:.2f}" for k in ("lambda_compute", "lambda_requests", "sqs", "dynamodb_writes",
                                                   "dynamodb_reads", "eventbridge", "s3", "cloudwatch_logs", "xray"))
    rows.append(("cost_per_million_usd", f"{c['total']:.2f}  ({parts})"))
    rows.append(("comprehend DetectEntities alone", f"{c['comprehend_detect_entities']:.2f}  ({c['comprehend_ratio']}x the pipeline)"))
    width = max(len(k) for k, _ in rows)
    lines.extend(f"{k.ljust(width)}  {v}" for k, v in rows)
    lines.append("")
    lines.append(f"prices: us-east-1 list prices as of {c['prices']['as_of']}")
    lines.append("targets:")
    for name, t in report["targets"].items():
        verdict = {True: "met", False: "MISSED", None: "not measured"}[t["met"]]
        lines.append(f"  {name.ljust(22)} {str(t['value']).rjust(10)}  {t['target']:<22} {verdict}")
    return "\n".join(lines)


def iter_json_keys() -> Iterable[str]:
    """The keys `newsclaims bench --json` always prints (the issue's contract)."""
    return ("extract_tokens_per_s", "extract_articles_per_s", "stage_ms", "chain_articles_per_s", "cold_start_ms",
            "package_mb", "writes_per_article", "cost_per_million_usd")
