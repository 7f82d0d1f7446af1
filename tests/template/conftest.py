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

from newsclaims.local.template import load_template

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_PATH = REPO_ROOT / "template.yaml"

type Template = dict[str, Any]
type Translate = Callable[[dict[str, Any]], Template]


@pytest.fixture(scope="session")
def template() -> Template:
    """template.yaml as written (SAM resources not yet expanded), read by the same loader the
    local runtime uses, so both see the template alike."""
    return load_template(TEMPLATE_PATH)


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
