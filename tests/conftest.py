"""Fixtures shared by every test folder: paths, fake AWS credentials, a local stack on moto."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "samplefixtures"
SAMPLE = FIXTURES / "000_27939339b8691f38.txt"


@pytest.fixture(autouse=True)
def _no_real_aws(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may reach AWS: fake credentials, a fixed region, no shared config files."""
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_SECURITY_TOKEN": "testing", "AWS_SESSION_TOKEN": "testing",
                        "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1",
                        "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)


@pytest.fixture
def stack() -> Iterator[Any]:
    """The stack of template.yaml, deployed on a fresh moto mock."""
    from moto import mock_aws

    from newsclaims.local.runtime import LocalStack

    with mock_aws():
        yield LocalStack.create(ROOT / "template.yaml")


@pytest.fixture(scope="session")
def expected() -> dict[str, Any]:
    """What a careful reader expects of each sample fixture (samplefixtures/_expected.json)."""
    return json.loads((FIXTURES / "_expected.json").read_text(encoding="utf-8"))
