"""Fixtures for the template checks: template.yaml as CloudFormation sees it, before and after SAM.

The tests read the template offline (no AWS, no network). SAM's own translator renders the
AWS::Serverless resources into plain CloudFormation so that the checks on IAM and on the API see
what would really be deployed (policy templates expanded, routes and authorizers merged).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_PATH = REPO_ROOT / "template.yaml"

type Template = dict[str, Any]
type Translate = Callable[[dict[str, Any]], Template]


class CfnLoader(yaml.SafeLoader):
    """SafeLoader that turns CloudFormation short tags into their long JSON forms.

    `!Ref X` -> {"Ref": "X"}, `!GetAtt A.B` -> {"Fn::GetAtt": ["A", "B"]}, `!Condition C` ->
    {"Condition": "C"}, any other `!Tag v` -> {"Fn::Tag": v}, which is how CloudFormation reads them.
    """


def _construct_cfn_tag(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node) -> dict[str, Any]:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:  # pragma: no cover - yaml has no other node kinds
        raise yaml.constructor.ConstructorError(
            None, None, f"unexpected node for !{tag_suffix}", node.start_mark
        )

    if tag_suffix == "Ref":
        return {"Ref": value}
    if tag_suffix == "Condition":
        return {"Condition": value}
    if tag_suffix == "GetAtt" and isinstance(value, str):
        # The short form is "Resource.Attribute"; attributes may contain dots (Endpoint.Address).
        resource, _, attribute = value.partition(".")
        return {"Fn::GetAtt": [resource, attribute]}
    return {f"Fn::{tag_suffix}": value}


CfnLoader.add_multi_constructor("!", _construct_cfn_tag)


def load_cfn_yaml(text: str) -> Template:
    """Parse CloudFormation YAML (short tags included) into plain dicts and lists."""
    data = yaml.load(text, Loader=CfnLoader)  # safe: CfnLoader is a SafeLoader
    if not isinstance(data, dict):
        raise TypeError("a CloudFormation template is a mapping at the top level")
    return data


@pytest.fixture(scope="session")
def template() -> Template:
    """template.yaml as written (SAM resources not yet expanded)."""
    return load_cfn_yaml(TEMPLATE_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def resources(template: Template) -> dict[str, dict[str, Any]]:
    return template["Resources"]


@pytest.fixture(scope="session")
def translate(template: Template) -> Iterator[Translate]:
    """Render the template through the SAM translator, as CloudFormation's SAM transform would.

    Takes parameter values (the defaults fill the rest). Local CodeUri/ContentUri paths stand in
    for the S3 locations that `sam deploy` uploads to; nothing else is changed.
    """
    boto3 = pytest.importorskip("boto3")
    parser_module = pytest.importorskip("samtranslator.parser.parser")
    translator_module = pytest.importorskip("samtranslator.translator.translator")
    # A session with a region only: the translator reads the region from it and calls nothing.
    session = boto3.session.Session(region_name="us-east-1")

    def _translate(parameter_values: dict[str, Any]) -> Template:
        sam_template = copy.deepcopy(template)
        for resource in sam_template["Resources"].values():
            properties = resource.get("Properties", {})
            for key in ("CodeUri", "ContentUri"):
                if isinstance(properties.get(key), str):
                    properties[key] = "s3://newsclaims-artifacts/placeholder.zip"
        translator = translator_module.Translator(None, parser_module.Parser(), boto_session=session)
        return translator.translate(
            sam_template=sam_template,
            parameter_values=dict(parameter_values),
            get_managed_policy_map=dict,
        )

    yield _translate


@pytest.fixture(scope="session")
def deployed(translate: Translate) -> Template:
    """The CloudFormation template SAM produces with the default parameter values."""
    return translate({})
