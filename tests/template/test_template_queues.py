"""The queue chain keeps every article: DLQs, redrive, visibility, partial batches, alarms."""

from __future__ import annotations

from typing import Any

import pytest

WORK_QUEUES = {"IngestQueue": "IngestDLQ", "ExtractQueue": "ExtractDLQ", "StoreQueue": "StoreDLQ"}
CONSUMERS = {
    "IngestQueue": "IngestFunction",
    "ExtractQueue": "ExtractFunction",
    "StoreQueue": "StoreFunction",
}
FOURTEEN_DAYS = 14 * 24 * 3600
SQS_MAX_MESSAGE_BYTES = 262144
# Lambda's default when neither the function nor Globals set a Timeout.
LAMBDA_DEFAULT_TIMEOUT = 3


def _of_type(resources: dict[str, dict[str, Any]], type_: str) -> dict[str, dict[str, Any]]:
    return {name: r for name, r in resources.items() if r["Type"] == type_}


def _getatt(value: Any, attribute: str) -> str:
    """The logical id in `!GetAtt X.<attribute>`; fails the test on any other shape."""
    assert isinstance(value, dict), f"expected !GetAtt X.{attribute}, got {value!r}"
    assert list(value) == ["Fn::GetAtt"], f"expected !GetAtt X.{attribute}, got {value!r}"
    resource, got = value["Fn::GetAtt"]
    assert got == attribute, f"expected !GetAtt {resource}.{attribute}, got {value!r}"
    return resource


def _sqs_events(resources: dict[str, dict[str, Any]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(function, event name, event properties) for every SQS trigger in the template."""
    found = []
    for name, function in _of_type(resources, "AWS::Serverless::Function").items():
        for event_name, event in function["Properties"].get("Events", {}).items():
            if event["Type"] == "SQS":
                found.append((name, event_name, event["Properties"]))
    return found


def _function_timeout(template: dict[str, Any], function_name: str) -> int:
    own = template["Resources"][function_name]["Properties"].get("Timeout")
    global_ = template.get("Globals", {}).get("Function", {}).get("Timeout")
    timeout = own if own is not None else global_ if global_ is not None else LAMBDA_DEFAULT_TIMEOUT
    assert isinstance(timeout, int), f"{function_name} Timeout must be a literal number, got {timeout!r}"
    return timeout


def test_the_queues_are_the_three_work_queues_and_their_dlqs(resources: dict[str, dict[str, Any]]) -> None:
    queues = _of_type(resources, "AWS::SQS::Queue")

    assert set(queues) == set(WORK_QUEUES) | set(WORK_QUEUES.values())


@pytest.mark.parametrize(("queue", "dlq"), WORK_QUEUES.items())
def test_each_work_queue_has_its_own_dlq_after_five_receives(
    resources: dict[str, dict[str, Any]], queue: str, dlq: str
) -> None:
    redrive = resources[queue]["Properties"]["RedrivePolicy"]

    assert _getatt(redrive["deadLetterTargetArn"], "Arn") == dlq
    assert redrive["maxReceiveCount"] == 5
    # A DLQ is a dead end: it must not redrive further, and no other queue may share it.
    assert "RedrivePolicy" not in resources[dlq]["Properties"]
    targets = [
        _getatt(q["Properties"]["RedrivePolicy"]["deadLetterTargetArn"], "Arn")
        for q in _of_type(resources, "AWS::SQS::Queue").values()
        if "RedrivePolicy" in q["Properties"]
    ]
    assert targets.count(dlq) == 1


@pytest.mark.parametrize(("queue", "dlq"), WORK_QUEUES.items())
def test_dlqs_keep_messages_14_days_and_allow_redrive_to_their_source(
    resources: dict[str, dict[str, Any]], queue: str, dlq: str
) -> None:
    properties = resources[dlq]["Properties"]

    assert properties["MessageRetentionPeriod"] == FOURTEEN_DAYS
    # A DLQ that keeps messages shorter than its source would drop them before anyone looks.
    assert resources[queue]["Properties"]["MessageRetentionPeriod"] <= FOURTEEN_DAYS
    allow = properties["RedriveAllowPolicy"]
    assert allow["redrivePermission"] == "byQueue"
    # The source queue is named, so its ARN is spelled out (a GetAtt would be a dependency cycle).
    queue_name = resources[queue]["Properties"]["QueueName"]["Fn::Sub"]
    assert allow["sourceQueueArns"] == [
        {"Fn::Sub": f"arn:${{AWS::Partition}}:sqs:${{AWS::Region}}:${{AWS::AccountId}}:{queue_name}"}
    ]


def test_every_queue_sets_the_maximum_message_size(resources: dict[str, dict[str, Any]]) -> None:
    for name, queue in _of_type(resources, "AWS::SQS::Queue").items():
        assert queue["Properties"].get("MaximumMessageSize") == SQS_MAX_MESSAGE_BYTES, name


def test_each_work_queue_is_consumed_by_its_function(resources: dict[str, dict[str, Any]]) -> None:
    consumers = {_getatt(props["Queue"], "Arn"): function for function, _, props in _sqs_events(resources)}

    assert consumers == CONSUMERS


def test_visibility_timeout_is_at_least_six_times_the_consumer_timeout(
    template: dict[str, Any], resources: dict[str, dict[str, Any]]
) -> None:
    # AWS's advice for SQS triggers: otherwise a message reappears while a slow batch still works on it.
    for function, event_name, props in _sqs_events(resources):
        queue = _getatt(props["Queue"], "Arn")
        visibility = resources[queue]["Properties"]["VisibilityTimeout"]
        assert isinstance(visibility, int), f"{queue} VisibilityTimeout must be a literal number"
        assert visibility >= 6 * _function_timeout(template, function), f"{function}.{event_name} on {queue}"


def test_sqs_triggers_report_partial_batch_failures(resources: dict[str, dict[str, Any]]) -> None:
    events = _sqs_events(resources)

    assert len(events) == 3
    for function, event_name, props in events:
        assert "ReportBatchItemFailures" in props.get("FunctionResponseTypes", []), f"{function}.{event_name}"


@pytest.mark.parametrize(
    ("function", "event_name", "prefix"),
    [
        ("IngestFunction", "IngestQueueEvent", "Ingest"),
        ("ExtractFunction", "ExtractQueueEvent", "Extract"),
        ("StoreFunction", "StoreQueueEvent", "Store"),
    ],
)
def test_sqs_trigger_tuning_comes_from_parameters_with_legal_defaults(
    template: dict[str, Any], function: str, event_name: str, prefix: str
) -> None:
    props = template["Resources"][function]["Properties"]["Events"][event_name]["Properties"]
    parameters = template["Parameters"]

    assert props["BatchSize"] == {"Ref": f"{prefix}BatchSize"}
    assert props["MaximumBatchingWindowInSeconds"] == {"Ref": f"{prefix}BatchWindowSeconds"}
    assert props["ScalingConfig"] == {"MaximumConcurrency": {"Ref": f"{prefix}MaxConcurrency"}}

    batch = parameters[f"{prefix}BatchSize"]
    window = parameters[f"{prefix}BatchWindowSeconds"]
    concurrency = parameters[f"{prefix}MaxConcurrency"]
    for parameter in (batch, window, concurrency):
        assert parameter["Type"] == "Number"
        assert parameter["MinValue"] <= parameter["Default"] <= parameter["MaxValue"]
    # Lambda's limits: SQS batches of 1..10000, windows of 0..300 s, MaximumConcurrency 2..1000.
    assert batch["MinValue"] >= 1 and batch["MaxValue"] <= 10000
    assert window["MinValue"] >= 0 and window["MaxValue"] <= 300
    assert concurrency["MinValue"] >= 2 and concurrency["MaxValue"] <= 1000
    # A batch over 10 is rejected by Lambda unless a batching window is set.
    assert batch["Default"] <= 10 or window["Default"] >= 1


def _alarms_on(resources: dict[str, dict[str, Any]], metric: str) -> dict[str, dict[str, Any]]:
    """Alarms on an AWS/SQS metric, keyed by the queue (logical id) they watch."""
    watched = {}
    for name, alarm in _of_type(resources, "AWS::CloudWatch::Alarm").items():
        props = alarm["Properties"]
        if props.get("Namespace") == "AWS/SQS" and props.get("MetricName") == metric:
            (dimension,) = props["Dimensions"]
            assert dimension["Name"] == "QueueName", name
            watched[_getatt(dimension["Value"], "QueueName")] = props | {"LogicalId": name}
    return watched


def test_a_message_in_any_dlq_raises_an_alarm(resources: dict[str, dict[str, Any]]) -> None:
    alarms = _alarms_on(resources, "ApproximateNumberOfMessagesVisible")

    assert set(alarms) == set(WORK_QUEUES.values())
    for dlq, props in alarms.items():
        assert props["LogicalId"] == f"{dlq}Alarm"
        assert props["ComparisonOperator"] == "GreaterThanThreshold"
        assert props["Threshold"] == 0
        assert props["TreatMissingData"] == "notBreaching"


def test_a_work_queue_falling_behind_raises_an_alarm(
    template: dict[str, Any], resources: dict[str, dict[str, Any]]
) -> None:
    alarms = _alarms_on(resources, "ApproximateAgeOfOldestMessage")

    assert set(alarms) == set(WORK_QUEUES)
    for queue, props in alarms.items():
        assert props["LogicalId"] == f"{queue}AgeAlarm"
        assert props["ComparisonOperator"] == "GreaterThanThreshold"
        assert props["Threshold"] == {"Ref": "MaxMessageAgeSeconds"}
    assert template["Parameters"]["MaxMessageAgeSeconds"]["Default"] == 900


def test_alarms_notify_the_topic_only_when_one_is_given(
    template: dict[str, Any], resources: dict[str, dict[str, Any]]
) -> None:
    assert template["Parameters"]["AlarmTopicArn"]["Default"] == ""
    assert template["Conditions"]["HasAlarmTopic"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "AlarmTopicArn"}, ""]}]
    }
    alarms = _of_type(resources, "AWS::CloudWatch::Alarm")
    assert alarms
    for name, alarm in alarms.items():
        assert alarm["Properties"]["AlarmActions"] == {
            "Fn::If": ["HasAlarmTopic", [{"Ref": "AlarmTopicArn"}], {"Ref": "AWS::NoValue"}]
        }, name
