"""What a function does while it starts: each handler module, imported in a fresh interpreter
with the environment Lambda gives it, loads no AWS SDK and makes no client (those wait for the
first event), and its AWS calls are still traced once a client is made. How long the import
takes is measured by `newsclaims bench`, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from newsclaims import bench
from tests.conftest import ROOT

FUNCTIONS = ("IngestFunction", "ExtractFunction", "StoreFunction", "QueryFunction")

_PROBE = """
import json, sys
sys.path.insert(0, {folder!r})
import app
state = {{"after_import": sorted(m for m in ("boto3", "botocore.client", "botocore.exceptions", "urllib3", "s3transfer")
                                if m in sys.modules)}}
import boto3, botocore.client
boto3.client("dynamodb")
state["traced"] = bool(getattr(botocore.client, "_xray_enabled", False))
print(json.dumps(state))
"""


@pytest.fixture(scope="module")
def environments() -> dict[str, dict[str, str]]:
    return bench.function_environment(ROOT / "template.yaml")


def _probe(env: dict[str, str]) -> dict[str, Any]:
    child = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **{k: v for k, v in env.items() if k != bench.FOLDER_KEY}}
    done = subprocess.run([sys.executable, "-c", _PROBE.format(folder=env[bench.FOLDER_KEY])], env=child,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("function", FUNCTIONS)
def test_handler_import_loads_no_aws_sdk_and_still_traces_aws_calls(
        environments: dict[str, dict[str, str]], function: str) -> None:
    state = _probe(environments[function])
    assert state["after_import"] == [], f"{function} imports {state['after_import']} while it starts"
    assert state["traced"], f"{function}'s first client is not patched for X-Ray"


def test_tracing_disabled_patches_nothing(environments: dict[str, dict[str, str]]) -> None:
    state = _probe({**environments["StoreFunction"], "POWERTOOLS_TRACE_DISABLED": "true"})
    assert state == {"after_import": [], "traced": False}
