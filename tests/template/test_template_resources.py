"""Tables, bucket wiring, functions and outputs: the names and shapes code and users depend on."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
FUNCTIONS = {"IngestFunction": "ingest", "ExtractFunction": "extract", "StoreFunction": "store",
             "QueryFunction": "query"}
OUTPUTS = {
    "ApiUrl",
    "ArticleBucketName",
    "DocumentTableName",
    "DocumentTableStreamArn",
    "IdempotencyTableName",
    "IngestQueueUrl",
    "ExtractQueueUrl",
    "StoreQueueUrl",
    "IngestDLQUrl",
    "ExtractDLQUrl",
    "StoreDLQUrl",
    "EventBusName",
    "EventBusArn",
}
# Values the local runtime (shared/newsclaims/local/) knows how to resolve on moto.
PSEUDO_PARAMETERS = {"AWS::StackName", "AWS::AccountId", "AWS::Region", "AWS::Partition", "AWS::URLSuffix"}
GETATT_ATTRIBUTES = {"Arn", "QueueUrl", "QueueName"}


def _assert_local_runtime_can_resolve(value: Any, template: dict[str, Any], where: str) -> None:
    """Only plain values, Ref, GetAtt X.Arn/QueueUrl/QueueName and Sub over those (the contract)."""
    known = set(template["Parameters"]) | set(template["Resources"]) | PSEUDO_PARAMETERS
    if isinstance(value, str | int | bool):
        return
    if isinstance(value, list):
        for item in value:
            _assert_local_runtime_can_resolve(item, template, where)
        return
    assert isinstance(value, dict), f"{where}: {value!r}"
    if list(value) == ["Ref"]:
        assert value["Ref"] in known, f"{where}: unknown Ref {value['Ref']}"
    elif list(value) == ["Fn::GetAtt"]:
        resource, attribute = value["Fn::GetAtt"]
        assert resource in template["Resources"], f"{where}: unknown resource {resource}"
        assert attribute in GETATT_ATTRIBUTES, f"{where}: GetAtt .{attribute} is outside the contract"
    elif list(value) == ["Fn::Sub"]:
        assert isinstance(value["Fn::Sub"], str), f"{where}: only the one-string form of Sub"
        for name in _sub_names(value["Fn::Sub"]):
            base, _, attribute = name.partition(".")
            if name in PSEUDO_PARAMETERS or not attribute:
                assert name in known, f"{where}: unknown ${{{name}}}"
            else:
                assert base in template["Resources"] and attribute in GETATT_ATTRIBUTES, (
                    f"{where}: ${{{name}}}"
                )
    elif any(key.startswith("Fn::") for key in value):
        raise AssertionError(f"{where}: {next(iter(value))} is outside the local runtime's contract")
    else:
        for key, item in value.items():
            _assert_local_runtime_can_resolve(item, template, f"{where}.{key}")


def _sub_names(text: str) -> list[str]:
    names = []
    rest = text
    while "${" in rest:
        _, _, rest = rest.partition("${")
        name, _, rest = rest.partition("}")
        if not name.startswith("!"):  # ${!Literal} is an escape, not a reference
            names.append(name)
    return names


# ---------------------------------------------------------------- the document table


def test_document_table_keys_and_indexes_match_the_design(template: dict[str, Any]) -> None:
    props = template["Resources"]["DocumentTable"]["Properties"]
    attribute_types = {a["AttributeName"]: a["AttributeType"] for a in props["AttributeDefinitions"]}
    indexes = {i["IndexName"]: i for i in props["GlobalSecondaryIndexes"]}

    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["KeySchema"] == [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ]
    assert set(indexes) == {"gsi1", "gsi2", "gsi3"}
    for name, index in indexes.items():
        assert index["KeySchema"] == [
            {"AttributeName": f"{name}pk", "KeyType": "HASH"},
            {"AttributeName": f"{name}sk", "KeyType": "RANGE"},
        ]
        assert index["Projection"] == {"ProjectionType": "ALL"}
    assert attribute_types == dict.fromkeys(
        ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"], "S"
    )


def test_document_table_streams_old_and_new_images_for_consumers(template: dict[str, Any]) -> None:
    props = template["Resources"]["DocumentTable"]["Properties"]

    assert props["StreamSpecification"] == {"StreamViewType": "NEW_AND_OLD_IMAGES"}
    assert template["Outputs"]["DocumentTableStreamArn"]["Value"] == {
        "Fn::GetAtt": ["DocumentTable", "StreamArn"]
    }


def test_document_table_survives_mistakes(template: dict[str, Any]) -> None:
    table = template["Resources"]["DocumentTable"]

    assert table["Properties"]["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"


def test_idempotency_table_has_the_powertools_key_and_expires_records(template: dict[str, Any]) -> None:
    props = template["Resources"]["IdempotencyTable"]["Properties"]

    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert props["AttributeDefinitions"] == [{"AttributeName": "id", "AttributeType": "S"}]
    assert props["TimeToLiveSpecification"] == {"AttributeName": "expiration", "Enabled": True}


# ---------------------------------------------------------------- the bucket


def test_files_put_under_incoming_are_queued_for_ingest(template: dict[str, Any]) -> None:
    bucket = template["Resources"]["ArticleBucket"]
    (notification,) = bucket["Properties"]["NotificationConfiguration"]["QueueConfigurations"]

    assert notification["Event"] == "s3:ObjectCreated:*"
    assert notification["Queue"] == {"Fn::GetAtt": ["IngestQueue", "Arn"]}
    # Prefix only: a suffix filter would drop unknown file types silently instead of with a reason.
    assert notification["Filter"]["S3Key"]["Rules"] == [{"Name": "prefix", "Value": "incoming/"}]
    # S3 checks it may send to the queue when it creates the notification.
    depends_on = bucket.get("DependsOn", [])
    assert "IngestQueuePolicy" in (depends_on if isinstance(depends_on, list) else [depends_on])


def test_claim_check_payloads_expire_after_14_days(template: dict[str, Any]) -> None:
    rules = template["Resources"]["ArticleBucket"]["Properties"]["LifecycleConfiguration"]["Rules"]
    expiring = [
        rule
        for rule in rules
        if rule["Status"] == "Enabled"
        and "claims/" in (rule.get("Prefix"), rule.get("Filter", {}).get("Prefix"))
        and "ExpirationInDays" in rule
    ]

    assert [rule["ExpirationInDays"] for rule in expiring] == [14]
    # No rule may expire the articles' own texts or inputs.
    for rule in rules:
        if "ExpirationInDays" in rule:
            assert (rule.get("Prefix") or rule.get("Filter", {}).get("Prefix")) == "claims/"


def test_functions_are_told_the_bucket_name_the_bucket_really_has(template: dict[str, Any]) -> None:
    bucket_name = template["Resources"]["ArticleBucket"]["Properties"]["BucketName"]
    variables = template["Globals"]["Function"]["Environment"]["Variables"]

    assert bucket_name == {"Fn::Sub": "${AWS::StackName}-articles-${AWS::AccountId}-${AWS::Region}"}
    assert variables["BUCKET_NAME"] == bucket_name
    assert template["Outputs"]["ArticleBucketName"]["Value"] == {"Ref": "ArticleBucket"}


# ---------------------------------------------------------------- functions and the layer


@pytest.mark.parametrize(("function", "folder"), FUNCTIONS.items())
def test_function_code_runtime_and_layer(template: dict[str, Any], function: str, folder: str) -> None:
    props = template["Resources"][function]["Properties"]
    globals_ = template["Globals"]["Function"]
    merged = globals_ | props

    assert props["CodeUri"] == f"functions/{folder}/"
    assert (REPO_ROOT / "functions" / folder / "app.py").is_file()
    assert props["Handler"] == "app.handler"
    assert merged["Runtime"] == "python3.13"
    assert merged["Architectures"] == ["arm64"]
    assert merged["Tracing"] == "Active"
    assert merged["Layers"] == [{"Ref": "SharedLayer"}]


def test_layer_is_built_for_the_functions_runtime_and_architecture(template: dict[str, Any]) -> None:
    layer = template["Resources"]["SharedLayer"]

    assert layer["Type"] == "AWS::Serverless::LayerVersion"
    assert layer["Properties"]["ContentUri"] == "shared/"
    assert layer["Properties"]["CompatibleRuntimes"] == ["python3.13"]
    assert layer["Properties"]["CompatibleArchitectures"] == ["arm64"]
    # shared/Makefile builds it: the runtime's own boto3/botocore are left out of the layer
    assert layer["Metadata"]["BuildMethod"] == "makefile"
    assert (REPO_ROOT / "shared" / "Makefile").is_file()
    # Without it sam build fetches x86_64 wheels, and pydantic_core fails to import on arm64.
    assert layer["Metadata"]["BuildArchitecture"] == "arm64"
    assert (REPO_ROOT / "shared" / "requirements.txt").is_file()


def test_every_function_gets_the_shared_settings(template: dict[str, Any]) -> None:
    variables = template["Globals"]["Function"]["Environment"]["Variables"]

    assert variables == {
        "POWERTOOLS_SERVICE_NAME": "newsclaims",
        "POWERTOOLS_METRICS_NAMESPACE": "Newsclaims",
        "POWERTOOLS_LOG_LEVEL": {"Ref": "LogLevel"},
        "TABLE_NAME": {"Ref": "DocumentTable"},
        "BUCKET_NAME": {"Fn::Sub": "${AWS::StackName}-articles-${AWS::AccountId}-${AWS::Region}"},
        "IDEMPOTENCY_TABLE_NAME": {"Ref": "IdempotencyTable"},
        "MAX_ARTICLE_BYTES": {"Ref": "MaxArticleBytes"},
    }
    assert template["Parameters"]["LogLevel"]["Default"] == "INFO"
    assert template["Parameters"]["MaxArticleBytes"]["Default"] == 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("function", "expected"),
    [
        ("IngestFunction", {"EXTRACT_QUEUE_URL": {"Ref": "ExtractQueue"},
                            "DEAD_LETTER_QUEUE_URL": {"Ref": "IngestDLQ"}}),
        ("ExtractFunction", {"STORE_QUEUE_URL": {"Ref": "StoreQueue"},
                             "DEAD_LETTER_QUEUE_URL": {"Ref": "ExtractDLQ"}}),
        ("StoreFunction", {"DEAD_LETTER_QUEUE_URL": {"Ref": "StoreDLQ"}, "EVENT_BUS_NAME": {"Ref": "EventBus"}}),
        # the read API needs only the Globals (TABLE_NAME)
        ("QueryFunction", {}),
    ],
)
def test_each_function_is_told_the_queue_it_feeds_and_its_own_dlq(
    template: dict[str, Any], function: str, expected: dict[str, Any]
) -> None:
    props = template["Resources"][function]["Properties"]

    assert props.get("Environment", {}).get("Variables", {}) == expected


def test_log_level_reaches_lambdas_filter_with_lambdas_names(template: dict[str, Any]) -> None:
    # LogFormat JSON makes Lambda filter lines by level: a filter stricter than LogLevel would drop them.
    logging = template["Globals"]["Function"]["LoggingConfig"]
    mapping = template["Mappings"]["LambdaLogLevel"]

    assert logging["LogFormat"] == "JSON"
    assert logging["ApplicationLogLevel"] == {
        "Fn::FindInMap": ["LambdaLogLevel", {"Ref": "LogLevel"}, "Level"]
    }
    assert {
        level: mapping[level]["Level"] for level in template["Parameters"]["LogLevel"]["AllowedValues"]
    } == {
        "DEBUG": "DEBUG",
        "INFO": "INFO",
        "WARNING": "WARN",
        "ERROR": "ERROR",
    }


def test_environment_and_events_stay_within_what_the_local_runtime_resolves(template: dict[str, Any]) -> None:
    _assert_local_runtime_can_resolve(
        template["Globals"]["Function"]["Environment"], template, "Globals.Function.Environment"
    )
    for function in FUNCTIONS:
        props = template["Resources"][function]["Properties"]
        _assert_local_runtime_can_resolve(props.get("Environment", {}), template, f"{function}.Environment")
        _assert_local_runtime_can_resolve(props.get("Events", {}), template, f"{function}.Events")


def test_the_read_routes_are_declared_on_the_query_function(template: dict[str, Any]) -> None:
    events = template["Resources"]["QueryFunction"]["Properties"]["Events"]

    assert {(e["Properties"]["Method"], e["Properties"]["Path"]) for e in events.values()} == {
        ("GET", "/articles/{id}"), ("GET", "/entities/{key}/articles"),
        ("GET", "/speakers/{key}/claims"), ("GET", "/days/{date}/articles")}
    for event in events.values():
        assert event["Type"] == "HttpApi"
        assert event["Properties"]["ApiId"] == {"Ref": "Api"}


def test_every_api_route_has_its_conditional_auth_in_the_definition_body(template: dict[str, Any]) -> None:
    # A route missing from DefinitionBody would stay IAM-only even with ApiAuth=NONE.
    paths = template["Resources"]["Api"]["Properties"]["DefinitionBody"]["paths"]
    routes = {(e["Properties"]["Path"], e["Properties"]["Method"].lower())
              for r in template["Resources"].values() if r["Type"] == "AWS::Serverless::Function"
              for e in r["Properties"].get("Events", {}).values() if e["Type"] == "HttpApi"}

    assert {(path, method) for path, item in paths.items() for method in item} == routes
    for path, method in routes:
        assert paths[path][method]["security"] == {
            "Fn::If": ["UseIamAuth", [{"AWS_IAM": []}], {"Ref": "AWS::NoValue"}]}, (path, method)


def test_stored_articles_are_announced_on_the_stacks_event_bus(template: dict[str, Any]) -> None:
    resources = template["Resources"]
    bus = resources["EventBus"]
    archives = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Events::Archive"]

    assert bus["Type"] == "AWS::Events::EventBus"
    assert bus["Properties"]["Name"] == {"Fn::Sub": "${AWS::StackName}-events"}
    assert template["Outputs"]["EventBusName"]["Value"] == {"Ref": "EventBus"}
    assert template["Outputs"]["EventBusArn"]["Value"] == {"Fn::GetAtt": ["EventBus", "Arn"]}
    # late consumers can replay: the bus's events are archived for 14 days
    assert archives == [{"Description": archives[0]["Description"], "SourceArn": {"Fn::GetAtt": ["EventBus", "Arn"]},
                         "RetentionDays": 14, "EventPattern": {"source": ["newsclaims"]}}]


def test_the_api_route_is_declared_on_the_ingest_function(template: dict[str, Any]) -> None:
    events = template["Resources"]["IngestFunction"]["Properties"]["Events"]

    assert events["PostArticle"] == {
        "Type": "HttpApi",
        "Properties": {"ApiId": {"Ref": "Api"}, "Path": "/articles", "Method": "POST"},
    }
    assert template["Resources"]["Api"]["Type"] == "AWS::Serverless::HttpApi"


# ---------------------------------------------------------------- outputs and deployment


def test_every_documented_output_is_present(template: dict[str, Any]) -> None:
    outputs = template["Outputs"]

    assert set(outputs) >= OUTPUTS
    assert outputs["ApiUrl"]["Value"] == {
        "Fn::Sub": "https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}"
    }
    for queue in ("IngestQueue", "ExtractQueue", "StoreQueue", "IngestDLQ", "ExtractDLQ", "StoreDLQ"):
        assert outputs[f"{queue}Url"]["Value"] == {"Ref": queue}


def test_samconfig_deploys_the_newsclaims_stack(template: dict[str, Any]) -> None:
    config = tomllib.loads((REPO_ROOT / "samconfig.toml").read_text(encoding="utf-8"))
    deploy = config["default"]["deploy"]["parameters"]
    stack_name = config["default"]["global"]["parameters"]["stack_name"]

    assert stack_name == "newsclaims"
    # The stack name is part of the bucket name, and bucket names are lower case.
    assert stack_name == stack_name.lower()
    assert "CAPABILITY_IAM" in deploy["capabilities"].split()
    assert deploy["resolve_s3"] is True
