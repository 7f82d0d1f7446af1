"""The stack of template.yaml on moto, with the functions run as Lambda would run them.

`LocalStack` creates the template's queues (with their redrive policies), buckets (with their
notifications), tables and event buses in moto (or `attach`es to those already on a running
endpoint), then drives the functions with the semantics of Lambda's SQS
event source mapping: batches of up to BatchSize records shaped exactly as Lambda delivers them,
each function called through its real `handler(event, context)` with the environment variables
the template gives it; records a handler reports as failed (or all of a batch whose handler
raised) become visible again once their visibility timeout has passed, and after maxReceiveCount
receives SQS moves them to the DLQ. Time is simulated: letting a visibility timeout pass moves
`newsclaims.clock` forward instead of sleeping.

Use it inside an active moto mock (`with mock_aws(): LocalStack.create(...)`) or against a
moto server (`endpoint_url`).
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import importlib.util
import io
import itertools
import json
import logging
import os
import sys
import time
import types
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3

from newsclaims import clock
from newsclaims.local.events import http_event, sqs_record
from newsclaims.local.template import Resolver, load_template, merged_function_properties

REGION = "us-east-1"
ACCOUNT = "123456789012"
_module_counter = itertools.count()


def project_root(start: Path | None = None) -> Path:
    """The folder holding template.yaml: the current directory or one above it, else the checkout
    this package was installed from (editable install)."""
    for folder in [start or Path.cwd(), *(start or Path.cwd()).parents]:
        if (folder / "template.yaml").is_file() and (folder / "functions").is_dir():
            return folder
    here = Path(__file__).resolve().parents[3]
    if (here / "template.yaml").is_file():
        return here
    raise FileNotFoundError("template.yaml not found: run from the newsclaims checkout or pass --template")


class FunctionTimeout(BaseException):
    """Lambda stopping a handler (its timeout): raised by fault injection. A BaseException, so
    that no `except Exception` in the code under test can swallow it, as none can on Lambda."""


class _SimulatedDatetime(datetime.datetime):
    """datetime whose now() follows newsclaims.clock (the runtime's simulated time)."""

    @classmethod
    def now(cls, tz: datetime.tzinfo | None = None) -> _SimulatedDatetime:  # type: ignore[override]
        real = datetime.datetime.now(tz)
        return cls.fromtimestamp(real.timestamp() + clock.offset_seconds(), tz)


_SIMULATED_DATETIME_MODULE = types.SimpleNamespace(**{**vars(datetime), "datetime": _SimulatedDatetime})
# Powertools' idempotency layer reads the wall clock for record expiry; a local run lets time pass
# by moving newsclaims.clock, so those modules must see the same time.
_WALL_CLOCK_READERS = (
    "aws_lambda_powertools.utilities.idempotency.base",
    "aws_lambda_powertools.utilities.idempotency.persistence.base",
    "aws_lambda_powertools.utilities.idempotency.persistence.dynamodb",
    "aws_lambda_powertools.utilities.idempotency.persistence.datarecord",
)


@contextlib.contextmanager
def simulated_time() -> Iterator[None]:
    """Make the libraries the handlers use read newsclaims.clock instead of the wall clock."""
    patched = []
    for name in _WALL_CLOCK_READERS:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "dt", None) is datetime:
            module.dt = _SIMULATED_DATETIME_MODULE  # type: ignore[attr-defined]
            patched.append(module)
    try:
        yield
    finally:
        for module in patched:
            module.dt = datetime  # type: ignore[attr-defined]


@dataclass
class LambdaContext:
    """The context object Lambda passes to a handler."""

    function_name: str
    memory_limit_in_mb: int
    timeout_s: int
    invoked_function_arn: str
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = "local"
    function_version: str = "$LATEST"
    _deadline: float = field(default=0.0)

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_s
        self.log_group_name = f"/aws/lambda/{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass
class QueueSpec:
    logical_id: str
    url: str
    arn: str
    name: str
    visibility_timeout: int
    dlq_logical_id: str | None
    max_receive_count: int | None


@dataclass
class EventSource:
    """An SQS trigger of a function (AWS::Lambda::EventSourceMapping semantics)."""

    function: str
    queue: str
    batch_size: int
    window_s: int
    report_failures: bool


@dataclass
class FunctionSpec:
    logical_id: str
    folder: Path
    handler: str
    timeout: int
    memory: int
    environment: dict[str, str]
    http_routes: list[tuple[str, str]] = field(default_factory=list)
    module: ModuleType | None = None


@dataclass
class PumpStats:
    invocations: int = 0
    records: int = 0
    failed_records: int = 0
    handler_errors: int = 0
    durations_ms: dict[str, list[float]] = field(default_factory=dict)


# A hook the chaos tool and tests use to wrap every handler call: (function, event, call) -> response.
InvokeHook = Callable[[str, dict[str, Any], Callable[[], Any]], Any]


class LocalStack:
    """The stack of one template on moto (see the module docstring)."""

    def __init__(self, template_path: Path, *, stack_name: str = "newsclaims", parameters: dict[str, Any] | None = None,
                 endpoint_url: str | None = None, log: io.TextIOBase | None = None,
                 seed: dict[str, Path] | None = None) -> None:
        self.template_path = Path(template_path)
        self.root = self.template_path.parent
        self.template = load_template(self.template_path)
        self.resolver = Resolver(self.template, parameters=dict(parameters or {}), region=REGION, account=ACCOUNT,
                                 stack_name=stack_name)
        self.endpoint_url = endpoint_url
        self.seed = seed or {}  # objects put in the notifying bucket before its notifications exist
        self.session = boto3.session.Session(region_name=REGION, aws_access_key_id="testing",
                                             aws_secret_access_key="testing")
        self.sqs = self.client("sqs")
        self.s3 = self.client("s3")
        self.dynamodb = self.client("dynamodb")
        self.queues: dict[str, QueueSpec] = {}
        self.buckets: dict[str, str] = {}
        self.tables: dict[str, str] = {}
        self.event_buses: dict[str, str] = {}
        self.functions: dict[str, FunctionSpec] = {}
        self.sources: list[EventSource] = []
        self.stats = PumpStats()
        self.hook: InvokeHook | None = None
        # handlers log (Powertools) and print metrics to stdout; a local run keeps that apart
        self.log = log if log is not None else io.StringIO()

    def client(self, service: str) -> Any:
        return self.session.client(service, endpoint_url=self.endpoint_url)

    # --- building the stack ---------------------------------------------------------------

    @classmethod
    def create(cls, template_path: Path | None = None, **kwargs: Any) -> LocalStack:
        stack = cls(template_path or project_root() / "template.yaml", **kwargs)
        stack.deploy()
        return stack

    @classmethod
    def attach(cls, template_path: Path | None = None, *, endpoint_url: str, **kwargs: Any) -> LocalStack:
        """The stack already deployed on a running endpoint (`newsclaims local serve`), found by
        the names the template gives its resources; nothing is created. `LookupError` if absent."""
        stack = cls(template_path or project_root() / "template.yaml", endpoint_url=endpoint_url, **kwargs)
        stack._attach()
        return stack

    def _attach(self) -> None:
        from botocore.exceptions import ClientError

        try:
            for logical_id, props in self.resources("AWS::SQS::Queue"):
                name = self._physical_name(logical_id, props, "QueueName")
                self._queue_known(logical_id, name, self.sqs.get_queue_url(QueueName=name)["QueueUrl"])
            for logical_id, props in self.resources("AWS::SQS::Queue"):
                self._queue_settings(logical_id, props)
            for logical_id, props in self.resources("AWS::DynamoDB::Table"):
                name = self.resolver.resolve(props.get("TableName") or f"{self.resolver.stack_name}-{logical_id}-local")
                description = self.dynamodb.describe_table(TableName=name)["Table"]
                self._table_created(logical_id, name, description)
            for logical_id, props in self.resources("AWS::S3::Bucket"):
                name = self.resolver.resolve(props.get("BucketName") or f"{self.resolver.stack_name}-{logical_id.lower()}-local")
                self.s3.head_bucket(Bucket=name)
                self.buckets[logical_id] = name
                self.resolver.refs[logical_id] = name
                self.resolver.attributes[(logical_id, "Arn")] = f"arn:aws:s3:::{name}"
            for logical_id, props in self.resources("AWS::Events::EventBus"):
                name = self.resolver.resolve(props["Name"])
                self._bus_created(logical_id, name, self.client("events").describe_event_bus(Name=name)["Arn"])
        except ClientError as error:
            raise LookupError(f"no {self.resolver.stack_name} stack at {self.endpoint_url}: "
                              f"{error.response['Error'].get('Message') or error}") from None
        for logical_id, _props in self.resources("AWS::Serverless::Function"):
            self._read_function(logical_id)

    def _physical_name(self, logical_id: str, props: dict[str, Any], name_property: str) -> str:
        """The resource's name from the template, else the one a local stack gives it."""
        default = f"{self.resolver.stack_name}-{logical_id}-local"
        return str(self.resolver.resolve(props.get(name_property) or default))

    def _queue_known(self, logical_id: str, name: str, url: str) -> None:
        arn = f"arn:aws:sqs:{REGION}:{ACCOUNT}:{name}"
        self.resolver.refs[logical_id] = url
        self.resolver.attributes.update({(logical_id, "Arn"): arn, (logical_id, "QueueUrl"): url,
                                         (logical_id, "QueueName"): name})
        self.queues[logical_id] = QueueSpec(logical_id, url, arn, name, 30, None, None)

    def _queue_settings(self, logical_id: str, props: dict[str, Any]) -> QueueSpec:
        """What the pump needs of a queue: its visibility timeout and its DLQ."""
        queue = self.queues[logical_id]
        queue.visibility_timeout = int(self.resolver.resolve(props.get("VisibilityTimeout", 30)))
        if "RedrivePolicy" in props:
            policy = self.resolver.resolve(props["RedrivePolicy"])
            arn_to_queue = {q.arn: q for q in self.queues.values()}
            queue.dlq_logical_id = arn_to_queue[policy["deadLetterTargetArn"]].logical_id
            queue.max_receive_count = int(policy["maxReceiveCount"])
        return queue

    def resources(self, resource_type: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for logical_id, resource in self.template.get("Resources", {}).items():
            if resource.get("Type") == resource_type and self._included(resource):
                yield logical_id, resource.get("Properties", {}) or {}

    def _included(self, resource: dict[str, Any]) -> bool:
        return "Condition" not in resource or self.resolver.condition(resource["Condition"])

    def deploy(self) -> None:
        """Create every queue, table and bucket of the template, then read the functions."""
        for logical_id, props in self.resources("AWS::SQS::Queue"):
            name = self._physical_name(logical_id, props, "QueueName")
            self._queue_known(logical_id, name, self.sqs.create_queue(QueueName=name)["QueueUrl"])
        for logical_id, props in self.resources("AWS::SQS::Queue"):
            queue = self._queue_settings(logical_id, props)
            attributes: dict[str, str] = {}
            for key in ("VisibilityTimeout", "MessageRetentionPeriod", "MaximumMessageSize", "DelaySeconds",
                        "ReceiveMessageWaitTimeSeconds", "SqsManagedSseEnabled"):
                if key in props:
                    attributes[key] = str(self.resolver.resolve(props[key])).lower() if key == "SqsManagedSseEnabled" \
                        else str(self.resolver.resolve(props[key]))
            if "RedrivePolicy" in props:
                attributes["RedrivePolicy"] = json.dumps(self.resolver.resolve(props["RedrivePolicy"]))
            if attributes:
                self.sqs.set_queue_attributes(QueueUrl=queue.url, Attributes=attributes)
        for logical_id, props in self.resources("AWS::DynamoDB::Table"):
            self._create_table(logical_id, props)
        for logical_id, props in self.resources("AWS::S3::Bucket"):
            self._create_bucket(logical_id, props)
        for logical_id, props in self.resources("AWS::Events::EventBus"):
            name = self.resolver.resolve(props["Name"])
            self._bus_created(logical_id, name, self.client("events").create_event_bus(Name=name)["EventBusArn"])
        for logical_id, _props in self.resources("AWS::Serverless::Function"):
            self._read_function(logical_id)

    def _bus_created(self, logical_id: str, name: str, arn: str) -> None:
        self.event_buses[logical_id] = name
        self.resolver.refs[logical_id] = name
        self.resolver.attributes.update({(logical_id, "Arn"): arn, (logical_id, "Name"): name})

    def _create_table(self, logical_id: str, props: dict[str, Any]) -> None:
        props = self.resolver.resolve(props)
        name = props.get("TableName") or f"{self.resolver.stack_name}-{logical_id}-local"
        request: dict[str, Any] = {
            "TableName": name, "KeySchema": props["KeySchema"], "AttributeDefinitions": props["AttributeDefinitions"],
            "BillingMode": props.get("BillingMode", "PROVISIONED"),
        }
        if props.get("GlobalSecondaryIndexes"):
            request["GlobalSecondaryIndexes"] = props["GlobalSecondaryIndexes"]
        if props.get("StreamSpecification"):
            request["StreamSpecification"] = {"StreamEnabled": True, **props["StreamSpecification"]}
        if request["BillingMode"] == "PROVISIONED":
            request["ProvisionedThroughput"] = props.get("ProvisionedThroughput") or {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
        description = self.dynamodb.create_table(**request)["TableDescription"]
        ttl = props.get("TimeToLiveSpecification")
        if ttl and ttl.get("Enabled"):
            self.dynamodb.update_time_to_live(TableName=name, TimeToLiveSpecification=ttl)
        self._table_created(logical_id, name, description)

    def _table_created(self, logical_id: str, name: str, description: dict[str, Any]) -> None:
        self.tables[logical_id] = name
        self.resolver.refs[logical_id] = name
        self.resolver.attributes[(logical_id, "Arn")] = description["TableArn"]
        if description.get("LatestStreamArn"):
            self.resolver.attributes[(logical_id, "StreamArn")] = description["LatestStreamArn"]

    def _create_bucket(self, logical_id: str, props: dict[str, Any]) -> None:
        name = self.resolver.resolve(props.get("BucketName") or f"{self.resolver.stack_name}-{logical_id.lower()}-local")
        self.s3.create_bucket(Bucket=name)
        self.buckets[logical_id] = name
        self.resolver.refs[logical_id] = name
        self.resolver.attributes[(logical_id, "Arn")] = f"arn:aws:s3:::{name}"
        notifications = self.resolver.resolve(props.get("NotificationConfiguration") or {})
        queue_configs = []
        for config in notifications.get("QueueConfigurations", []):
            entry: dict[str, Any] = {"QueueArn": config["Queue"], "Events": [config["Event"]]}
            rules = (config.get("Filter") or {}).get("S3Key", {}).get("Rules")
            if rules:
                entry["Filter"] = {"Key": {"FilterRules": rules}}
            queue_configs.append(entry)
        if queue_configs:
            for key, path in self.seed.items():
                self.s3.put_object(Bucket=name, Key=key, Body=path.read_bytes())
            self.s3.put_bucket_notification_configuration(
                Bucket=name, NotificationConfiguration={"QueueConfigurations": queue_configs})

    def _read_function(self, logical_id: str) -> None:
        props = merged_function_properties(self.template, logical_id)
        variables = {k: "" if v is None else str(v) for k, v in
                     self.resolver.resolve((props.get("Environment") or {}).get("Variables", {})).items()}
        spec = FunctionSpec(
            logical_id=logical_id, folder=self.root / props["CodeUri"], handler=props.get("Handler", "app.handler"),
            timeout=int(self.resolver.resolve(props.get("Timeout", 3))),
            memory=int(self.resolver.resolve(props.get("MemorySize", 128))), environment=variables,
        )
        queue_by_arn = {q.arn: q.logical_id for q in self.queues.values()}
        for _name, event in (props.get("Events") or {}).items():
            kind, event_props = event.get("Type"), event.get("Properties", {})
            if kind == "SQS":
                resolved = self.resolver.resolve(event_props)
                self.sources.append(EventSource(
                    function=logical_id, queue=queue_by_arn[resolved["Queue"]],
                    batch_size=int(resolved.get("BatchSize", 10)),
                    window_s=int(resolved.get("MaximumBatchingWindowInSeconds", 0)),
                    report_failures="ReportBatchItemFailures" in resolved.get("FunctionResponseTypes", []),
                ))
            elif kind in ("HttpApi", "Api"):
                spec.http_routes.append((str(event_props.get("Method", "ANY")).upper(), event_props.get("Path", "/")))
        self.functions[logical_id] = spec

    # --- outputs for users ----------------------------------------------------------------

    def queue_url(self, logical_id: str) -> str:
        return self.queues[logical_id].url

    def function(self, name: str) -> FunctionSpec:
        """A function by logical id ("IngestFunction") or by its folder name ("ingest")."""
        if name in self.functions:
            return self.functions[name]
        for spec in self.functions.values():
            if spec.folder.resolve().name == name.lower():
                return spec
        raise KeyError(f"no function {name!r}; known: {', '.join(sorted(self.functions))}")

    # --- invoking -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _environment(self, spec: FunctionSpec) -> Iterator[None]:
        runtime = {
            "AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION, "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing", "AWS_LAMBDA_FUNCTION_NAME": spec.logical_id,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory), "POWERTOOLS_TRACE_DISABLED": "true",
            "POWERTOOLS_DEV": "false",
        }
        if self.endpoint_url:
            runtime["AWS_ENDPOINT_URL"] = self.endpoint_url
        saved = {k: os.environ.get(k) for k in [*spec.environment, *runtime]}
        os.environ.update(runtime)
        os.environ.update(spec.environment)
        try:
            with contextlib.redirect_stdout(self.log), self._logs_here(spec):
                yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    @contextlib.contextmanager
    def _logs_here(self, spec: FunctionSpec) -> Iterator[None]:
        """Point the function's log handlers at this stack's log. Powertools keeps one logger per
        service name for the whole process, bound to the stream of the first stack that loaded
        it; each stack (a test, a run) must get its own function logs."""
        service = logging.getLogger(spec.environment.get("POWERTOOLS_SERVICE_NAME", "service_undefined"))
        swapped = []
        for handler in service.handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is not self.log:
                swapped.append((handler, handler.setStream(self.log)))
        try:
            yield
        finally:
            for handler, stream in swapped:
                handler.setStream(stream)

    def _load(self, spec: FunctionSpec) -> Callable[[dict[str, Any], Any], Any]:
        module_name, _, attribute = spec.handler.rpartition(".")
        if spec.module is None:
            path = spec.folder / f"{module_name.replace('.', '/')}.py"
            unique = f"newsclaims_local_{spec.folder.name}_{next(_module_counter)}"
            loader_spec = importlib.util.spec_from_file_location(unique, path)
            if loader_spec is None or loader_spec.loader is None:
                raise ImportError(f"cannot load {path}")
            module = importlib.util.module_from_spec(loader_spec)
            sys.modules[unique] = module
            loader_spec.loader.exec_module(module)  # inside _environment: reads the function's settings
            spec.module = module
        return getattr(spec.module, attribute)

    def invoke(self, name: str, event: dict[str, Any]) -> Any:
        """Call one function's handler with an event, as Lambda would."""
        spec = self.function(name)
        context = LambdaContext(spec.logical_id, spec.memory, spec.timeout,
                                f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{spec.logical_id}")
        with self._environment(spec), simulated_time():
            handler = self._load(spec)
            started = time.perf_counter()
            try:
                call = lambda: handler(event, context)  # noqa: E731
                return self.hook(spec.logical_id, event, call) if self.hook else call()
            finally:
                self.stats.invocations += 1
                self.stats.durations_ms.setdefault(spec.logical_id, []).append((time.perf_counter() - started) * 1000)

    def post_article(self, body: str | bytes, path: str = "/articles") -> dict[str, Any]:
        """POST an article to the HTTP API route's function and return its HTTP response."""
        for spec in self.functions.values():
            if ("POST", path) in spec.http_routes:
                return self.invoke(spec.logical_id, http_event("POST", path, body, epoch_ms=int(clock.now().timestamp() * 1000)))
        raise KeyError(f"no function serves POST {path}")

    # --- the event source mappings ------------------------------------------------------------

    @staticmethod
    def _sqs_record(queue: QueueSpec, message: dict[str, Any]) -> dict[str, Any]:
        attributes = message.get("Attributes", {})
        message_attributes = {}
        for name, value in (message.get("MessageAttributes") or {}).items():
            entry: dict[str, Any] = {"stringListValues": [], "binaryListValues": [], "dataType": value["DataType"]}
            if "StringValue" in value:
                entry["stringValue"] = value["StringValue"]
            if "BinaryValue" in value:
                entry["binaryValue"] = base64.b64encode(value["BinaryValue"]).decode()
            message_attributes[name] = entry
        return sqs_record(
            message["Body"], queue.arn, message_id=message["MessageId"], receipt_handle=message["ReceiptHandle"],
            attributes={k: attributes[k] for k in ("ApproximateReceiveCount", "SentTimestamp", "SenderId",
                                                   "ApproximateFirstReceiveTimestamp") if k in attributes},
            message_attributes=message_attributes,
        )

    def poll(self, source: EventSource) -> list[dict[str, Any]]:
        """Receive up to BatchSize messages (10 per ReceiveMessage call, as the poller does)."""
        queue = self.queues[source.queue]
        messages: list[dict[str, Any]] = []
        while len(messages) < source.batch_size:
            response = self.sqs.receive_message(
                QueueUrl=queue.url, MaxNumberOfMessages=min(10, source.batch_size - len(messages)),
                VisibilityTimeout=queue.visibility_timeout, WaitTimeSeconds=0,
                MessageSystemAttributeNames=["All"], MessageAttributeNames=["All"])
            got = response.get("Messages", [])
            if not got:
                break
            messages.extend(got)
        return messages

    def run_batch(self, source: EventSource) -> int:
        """One poll and one invocation of the source's function; returns the records delivered."""
        queue = self.queues[source.queue]
        messages = self.poll(source)
        if not messages:
            return 0
        event = {"Records": [self._sqs_record(queue, m) for m in messages]}
        failed: set[str] = set()
        try:
            response = self.invoke(source.function, event)
            if source.report_failures and isinstance(response, dict):
                failed = {f["itemIdentifier"] for f in response.get("batchItemFailures", [])}
                # an identifier that is not in the batch fails the whole batch, as on Lambda
                if failed - {m["MessageId"] for m in messages}:
                    failed = {m["MessageId"] for m in messages}
        except (Exception, FunctionTimeout) as error:  # the whole batch fails, as on Lambda
            failed = {m["MessageId"] for m in messages}
            self.stats.handler_errors += 1
            print(json.dumps({"level": "ERROR", "message": "handler raised", "function": source.function,
                              "error": type(error).__name__}), file=self.log)
        done = [m for m in messages if m["MessageId"] not in failed]
        for start in range(0, len(done), 10):
            self.sqs.delete_message_batch(QueueUrl=queue.url, Entries=[
                {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done[start:start + 10])])
        retry = [m for m in messages if m["MessageId"] in failed]
        if retry:
            # let the visibility timeout pass (simulated time), so the records come back
            clock.advance(queue.visibility_timeout)
            for start in range(0, len(retry), 10):
                self.sqs.change_message_visibility_batch(QueueUrl=queue.url, Entries=[
                    {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
                    for i, m in enumerate(retry[start:start + 10])])
        self.stats.records += len(messages)
        self.stats.failed_records += len(retry)
        return len(messages)

    def pump(self, max_rounds: int = 100_000, progress: Callable[[], None] | None = None) -> PumpStats:
        """Deliver messages until every triggered queue is empty (each round polls every source)."""
        for _ in range(max_rounds):
            delivered = sum(self.run_batch(source) for source in self.sources)
            if progress:
                progress()
            if not delivered and not self._in_flight():
                return self.stats
        raise RuntimeError(f"queues did not drain after {max_rounds} rounds")

    def _in_flight(self) -> bool:
        for source in self.sources:
            attributes = self.sqs.get_queue_attributes(
                QueueUrl=self.queues[source.queue].url,
                AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
            if int(attributes["ApproximateNumberOfMessages"]) or int(attributes["ApproximateNumberOfMessagesNotVisible"]):
                return True
        return False

    # --- reading the result ---------------------------------------------------------------

    def dead_letters(self, logical_id: str, limit: int = 1000) -> list[dict[str, Any]]:
        """Messages in a DLQ (received and left in place), with their attributes."""
        queue = self.queues[logical_id]
        out: list[dict[str, Any]] = []
        handles = []
        while len(out) < limit:
            got = self.sqs.receive_message(QueueUrl=queue.url, MaxNumberOfMessages=10, VisibilityTimeout=30,
                                           MessageAttributeNames=["All"], MessageSystemAttributeNames=["All"]
                                           ).get("Messages", [])
            if not got:
                break
            out.extend(got)
            handles.extend(m["ReceiptHandle"] for m in got)
        for start in range(0, len(handles), 10):
            self.sqs.change_message_visibility_batch(QueueUrl=queue.url, Entries=[
                {"Id": str(i), "ReceiptHandle": h, "VisibilityTimeout": 0} for i, h in enumerate(handles[start:start + 10])])
        return out

    def dead_letter_queues(self) -> list[str]:
        return sorted({q.dlq_logical_id for q in self.queues.values() if q.dlq_logical_id})

    def scan(self, table_logical_id: str = "DocumentTable") -> list[dict[str, Any]]:
        from newsclaims.storage import plain

        name = self.tables[table_logical_id]
        items, kwargs = [], {"TableName": name}
        while True:
            page = self.dynamodb.scan(**kwargs)
            items.extend(plain(i) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return items
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
