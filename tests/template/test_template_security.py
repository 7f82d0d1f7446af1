"""What the stack promises about access: encryption, TLS, no public data, signed API calls, least privilege.

IAM and API checks run on the template as SAM renders it (the `deployed` fixture), so they see the
roles and OpenAPI body that CloudFormation would create, not only what the template spells out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

type Template = dict[str, Any]
type Translate = Callable[[dict[str, Any]], Template]

# Managed policies SAM attaches by itself: logs, X-Ray (Tracing: Active) and SQS polling.
SAM_DEFAULT_MANAGED_POLICIES = {
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
    "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole",
}
IDEMPOTENCY = {
    ("dynamodb:GetItem", "IdempotencyTable"),
    ("dynamodb:PutItem", "IdempotencyTable"),
    ("dynamodb:UpdateItem", "IdempotencyTable"),
    ("dynamodb:DeleteItem", "IdempotencyTable"),
}
# The whole grant of each function: (action, resource), resources as "LogicalId[/key pattern]".
EXPECTED_GRANTS = {
    # Idempotency of re-sent articles is the table's versioned writes; only Extract, which has
    # no table of its own to check, uses Powertools' idempotency table.
    "IngestFunction": {
        ("s3:GetObject", "ArticleBucket/incoming/*"),
        ("s3:GetObject", "ArticleBucket/texts/*"),
        ("s3:PutObject", "ArticleBucket/texts/*"),
        ("dynamodb:GetItem", "DocumentTable"),
        ("dynamodb:PutItem", "DocumentTable"),
        ("dynamodb:UpdateItem", "DocumentTable"),
        ("sqs:SendMessage", "ExtractQueue"),
        ("sqs:SendMessage", "IngestDLQ"),
    },
    # Extract is pure computation: it never touches the document table.
    "ExtractFunction": IDEMPOTENCY
    | {
        ("s3:GetObject", "ArticleBucket/texts/*"),
        ("s3:PutObject", "ArticleBucket/claims/*"),
        ("sqs:SendMessage", "StoreQueue"),
        ("sqs:SendMessage", "ExtractDLQ"),
    },
    "StoreFunction": {
        ("s3:GetObject", "ArticleBucket/claims/*"),
        ("dynamodb:GetItem", "DocumentTable"),
        ("dynamodb:PutItem", "DocumentTable"),
        ("dynamodb:UpdateItem", "DocumentTable"),
        ("dynamodb:DeleteItem", "DocumentTable"),
        ("dynamodb:BatchWriteItem", "DocumentTable"),
        ("dynamodb:Query", "DocumentTable"),
        ("sqs:SendMessage", "StoreDLQ"),
        # ArticleAnalyzed events, on the stack's own bus only
        ("events:PutEvents", "EventBus"),
    },
    # The read API: queries on the table and its indexes; no GetItem, Scan or writes.
    "QueryFunction": {
        ("dynamodb:Query", "DocumentTable"),
        ("dynamodb:Query", "DocumentTable/index/*"),
    },
}
# The read routes of the API and the function behind each (issue 7).
READ_ROUTES = {
    "/articles/{id}": "QueryFunction",
    "/entities/{key}/articles": "QueryFunction",
    "/speakers/{key}/claims": "QueryFunction",
    "/days/{date}/articles": "QueryFunction",
}


POLICY_RESOURCE_TYPES = {
    "AWS::IAM::Policy",
    "AWS::IAM::ManagedPolicy",
    "AWS::S3::BucketPolicy",
    "AWS::SQS::QueuePolicy",
}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _of_type(template: Template, type_: str) -> dict[str, dict[str, Any]]:
    return {name: r for name, r in template["Resources"].items() if r["Type"] == type_}


def _statements(template: Template) -> list[tuple[str, dict[str, Any]]]:
    """(owner, statement) for every statement of every IAM, bucket and queue policy."""
    found: list[tuple[str, dict[str, Any]]] = []
    for name, resource in template["Resources"].items():
        props = resource.get("Properties", {})
        documents = []
        if resource["Type"] == "AWS::IAM::Role":
            documents = [p["PolicyDocument"] for p in props.get("Policies", [])]
        elif resource["Type"] in POLICY_RESOURCE_TYPES:
            documents = [props["PolicyDocument"]]
        for document in documents:
            found.extend((name, statement) for statement in _as_list(document["Statement"]))
    return found


def _is_tls_only_deny(statement: dict[str, Any]) -> bool:
    return statement["Effect"] == "Deny" and statement.get("Condition") == {
        "Bool": {"aws:SecureTransport": "false"}
    }


def _resource_key(resource: Any) -> str:
    """Short key of a policy resource: `DocumentTable`, or `ArticleBucket/texts/*` for a key pattern."""
    if isinstance(resource, dict) and "Fn::GetAtt" in resource and resource["Fn::GetAtt"][1] == "Arn":
        return resource["Fn::GetAtt"][0]
    if isinstance(resource, dict) and isinstance(resource.get("Fn::Sub"), str):
        text: str = resource["Fn::Sub"]
        if text.startswith("${") and ".Arn}" in text:
            logical_id, _, rest = text[2:].partition(".Arn}")
            return logical_id + rest
    return repr(resource)


def _resolve_conditions(template: Template, parameters: dict[str, str]) -> dict[str, bool]:
    """Evaluate the template's Conditions for the given parameter values (defaults fill the rest)."""
    values = {name: str(p.get("Default", "")) for name, p in template["Parameters"].items()} | parameters

    def evaluate(node: Any) -> Any:
        if isinstance(node, dict):
            ((key, arg),) = node.items()
            match key:
                case "Ref":
                    return values[arg]
                case "Fn::Equals":
                    return evaluate(arg[0]) == evaluate(arg[1])
                case "Fn::Not":
                    return not evaluate(arg[0])
                case "Fn::And":
                    return all(evaluate(a) for a in arg)
                case "Fn::Or":
                    return any(evaluate(a) for a in arg)
                case "Condition":
                    return evaluate(template["Conditions"][arg])
            raise AssertionError(f"unsupported condition function {key}")
        return node

    return {name: bool(evaluate(body)) for name, body in template["Conditions"].items()}


def _resolve_ifs(node: Any, conditions: dict[str, bool]) -> Any:
    """Resolve Fn::If and drop AWS::NoValue the way CloudFormation does."""
    no_value = {"Ref": "AWS::NoValue"}
    if isinstance(node, dict):
        if list(node) == ["Fn::If"]:
            name, if_true, if_false = node["Fn::If"]
            return _resolve_ifs(if_true if conditions[name] else if_false, conditions)
        resolved = {k: _resolve_ifs(v, conditions) for k, v in node.items()}
        return {k: v for k, v in resolved.items() if v != no_value}
    if isinstance(node, list):
        return [_resolve_ifs(v, conditions) for v in node if _resolve_ifs(v, conditions) != no_value]
    return node


def _api_methods(body: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    methods = []
    for path, item in body["paths"].items():
        for method, definition in item.items():
            if method != "parameters":
                methods.append((path, method, definition))
    return methods


# ---------------------------------------------------------------- encryption at rest


def test_the_bucket_encrypts_objects_at_rest(template: Template) -> None:
    (rule,) = template["Resources"]["ArticleBucket"]["Properties"]["BucketEncryption"][
        "ServerSideEncryptionConfiguration"
    ]
    algorithm = rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"]

    assert algorithm in {"AES256", "aws:kms"}
    if algorithm == "aws:kms":
        assert rule.get("BucketKeyEnabled") is True, "KMS without a bucket key costs a KMS call per object"


def test_every_queue_is_encrypted_at_rest(template: Template) -> None:
    queues = _of_type(template, "AWS::SQS::Queue")

    assert len(queues) == 6
    for name, queue in queues.items():
        props = queue["Properties"]
        assert props.get("SqsManagedSseEnabled") is True or "KmsMasterKeyId" in props, name


def test_both_tables_are_encrypted_at_rest(template: Template) -> None:
    tables = _of_type(template, "AWS::DynamoDB::Table")

    assert set(tables) == {"DocumentTable", "IdempotencyTable"}
    for name, table in tables.items():
        assert table["Properties"]["SSESpecification"]["SSEEnabled"] is True, name


# ---------------------------------------------------------------- the bucket is private and TLS-only


def test_the_bucket_blocks_all_public_access(template: Template) -> None:
    block = template["Resources"]["ArticleBucket"]["Properties"]["PublicAccessBlockConfiguration"]

    assert block == {
        "BlockPublicAcls": True,
        "BlockPublicPolicy": True,
        "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True,
    }


def test_the_bucket_refuses_requests_without_tls(template: Template) -> None:
    policies = [
        p["Properties"]
        for p in _of_type(template, "AWS::S3::BucketPolicy").values()
        if p["Properties"]["Bucket"] == {"Ref": "ArticleBucket"}
    ]

    assert len(policies) == 1
    denies = [s for s in _as_list(policies[0]["PolicyDocument"]["Statement"]) if _is_tls_only_deny(s)]
    assert len(denies) == 1
    (deny,) = denies
    assert deny["Principal"] == "*"
    assert deny["Action"] in ("s3:*", ["s3:*"])
    # Both the bucket itself and every object in it.
    assert sorted(map(repr, _as_list(deny["Resource"]))) == sorted(
        map(repr, [{"Fn::GetAtt": ["ArticleBucket", "Arn"]}, {"Fn::Sub": "${ArticleBucket.Arn}/*"}])
    )


# ---------------------------------------------------------------- the API requires signed requests


def test_the_api_is_iam_authenticated_unless_turned_off(template: Template) -> None:
    api_auth = template["Parameters"]["ApiAuth"]
    auth = template["Resources"]["Api"]["Properties"]["Auth"]

    assert api_auth["Default"] == "IAM"
    assert sorted(api_auth["AllowedValues"]) == ["IAM", "NONE"]
    assert _resolve_conditions(template, {})["UseIamAuth"] is True
    assert _resolve_conditions(template, {"ApiAuth": "NONE"})["UseIamAuth"] is False
    assert auth["EnableIamAuthorizer"] is True
    assert auth["DefaultAuthorizer"] == "AWS_IAM"


def test_post_articles_reaches_the_ingest_function(deployed: Template) -> None:
    body = deployed["Resources"]["Api"]["Properties"]["Body"]
    integration = body["paths"]["/articles"]["post"]["x-amazon-apigateway-integration"]

    assert "${IngestFunction.Arn}" in integration["uri"]["Fn::Sub"]
    assert integration["type"] == "aws_proxy"


def test_with_default_parameters_every_route_requires_sigv4(template: Template, deployed: Template) -> None:
    conditions = _resolve_conditions(template, {})
    body = _resolve_ifs(deployed["Resources"]["Api"]["Properties"]["Body"], conditions)

    assert body["components"]["securitySchemes"]["AWS_IAM"]["x-amazon-apigateway-authtype"] == "awsSigv4"
    methods = _api_methods(body)
    assert methods, "the API has no routes"
    for path, method, definition in methods:
        assert definition.get("security") == [{"AWS_IAM": []}], f"{method.upper()} {path} is not signed"


def test_api_auth_none_opens_post_articles(template: Template, translate: Translate) -> None:
    conditions = _resolve_conditions(template, {"ApiAuth": "NONE"})
    rendered = translate({"ApiAuth": "NONE"})
    body = _resolve_ifs(rendered["Resources"]["Api"]["Properties"]["Body"], conditions)

    assert "security" not in body["paths"]["/articles"]["post"]


def test_api_auth_none_opens_the_read_routes_too(template: Template, translate: Translate) -> None:
    conditions = _resolve_conditions(template, {"ApiAuth": "NONE"})
    rendered = translate({"ApiAuth": "NONE"})
    body = _resolve_ifs(rendered["Resources"]["Api"]["Properties"]["Body"], conditions)

    for path in READ_ROUTES:
        assert "security" not in body["paths"][path]["get"], path


@pytest.mark.parametrize(("path", "function"), READ_ROUTES.items())
def test_each_read_route_reaches_the_query_function_and_nothing_else(deployed: Template, path: str,
                                                                      function: str) -> None:
    paths = deployed["Resources"]["Api"]["Properties"]["Body"]["paths"]
    integration = paths[path]["get"]["x-amazon-apigateway-integration"]

    assert "${" + function + ".Arn}" in integration["uri"]["Fn::Sub"]
    assert integration["type"] == "aws_proxy"
    # a read route accepts GET only
    assert set(paths[path]) - {"parameters"} == {"get"}


def test_the_api_has_exactly_the_ingest_and_read_routes(deployed: Template) -> None:
    body = deployed["Resources"]["Api"]["Properties"]["Body"]

    assert {(path, method) for path, method, _ in _api_methods(body)} == {
        ("/articles", "post"), *((path, "get") for path in READ_ROUTES)}


# ---------------------------------------------------------------- least privilege


def test_no_policy_grants_wildcard_actions_or_resources(deployed: Template) -> None:
    statements = _statements(deployed)

    assert statements, "no policy statements found"
    for owner, statement in statements:
        assert "NotAction" not in statement and "NotResource" not in statement, owner
        if _is_tls_only_deny(statement):
            continue  # denying every s3 action over plain HTTP is the point of that statement
        actions = _as_list(statement["Action"])
        for action in actions:
            assert "*" not in action, f"{owner}: wildcard action {action}"
        if any(r == "*" for r in _as_list(statement.get("Resource", []))):
            assert all(a.startswith("xray:") for a in actions), f"{owner}: '*' resource for {actions}"


def test_functions_get_no_managed_policy_beyond_sams_defaults(deployed: Template) -> None:
    roles = _of_type(deployed, "AWS::IAM::Role")

    assert set(roles) == {f"{function}Role" for function in EXPECTED_GRANTS}
    for name, role in roles.items():
        assert set(role["Properties"].get("ManagedPolicyArns", [])) <= SAM_DEFAULT_MANAGED_POLICIES, name


@pytest.mark.parametrize("function", sorted(EXPECTED_GRANTS))
def test_each_function_is_granted_exactly_what_its_stage_needs(deployed: Template, function: str) -> None:
    role = deployed["Resources"][f"{function}Role"]["Properties"]
    grants = set()
    for policy in role.get("Policies", []):
        for statement in _as_list(policy["PolicyDocument"]["Statement"]):
            assert statement["Effect"] == "Allow"
            for action in _as_list(statement["Action"]):
                grants.update((action, _resource_key(r)) for r in _as_list(statement["Resource"]))

    assert grants == EXPECTED_GRANTS[function]


def test_only_the_article_bucket_in_this_account_may_feed_the_ingest_queue(template: Template) -> None:
    props = template["Resources"]["IngestQueuePolicy"]["Properties"]
    bucket_name = template["Resources"]["ArticleBucket"]["Properties"]["BucketName"]["Fn::Sub"]
    (statement,) = _as_list(props["PolicyDocument"]["Statement"])

    assert props["Queues"] == [{"Ref": "IngestQueue"}]
    assert statement["Principal"] == {"Service": "s3.amazonaws.com"}
    assert statement["Action"] in ("sqs:SendMessage", ["sqs:SendMessage"])
    assert statement["Resource"] == {"Fn::GetAtt": ["IngestQueue", "Arn"]}
    assert statement["Condition"]["ArnEquals"]["aws:SourceArn"] == {
        "Fn::Sub": f"arn:${{AWS::Partition}}:s3:::{bucket_name}"
    }
    assert statement["Condition"]["StringEquals"]["aws:SourceAccount"] == {"Ref": "AWS::AccountId"}
