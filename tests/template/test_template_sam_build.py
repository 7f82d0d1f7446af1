"""`sam build` turns the template into deployable artifacts without Docker.

Slow-ish (about 15 s; pip fetches the layer's arm64 wheels from the package index), so marked `sam`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
BIN_DIR = Path(sys.executable).parent
SAM = BIN_DIR / "sam"
# sam build runs shared/Makefile, whose pip and compileall need a python3.13 on PATH; the venv has one.
SEARCH_PATH = os.pathsep.join([str(BIN_DIR), os.environ.get("PATH", "")])


@pytest.mark.sam
def test_sam_build_makes_the_four_functions_and_an_arm64_layer(tmp_path: Path) -> None:
    if not SAM.is_file():
        pytest.skip(f"the SAM CLI is not installed next to {sys.executable} (pip install aws-sam-cli)")
    if shutil.which("python3.13", path=SEARCH_PATH) is None:
        pytest.skip("python3.13 is not on PATH: sam build needs it for the python3.13 runtime")
    build_dir = tmp_path / "build"
    aws_sam_existed = (REPO_ROOT / ".aws-sam").exists()
    env = os.environ | {
        "PATH": SEARCH_PATH,
        "SAM_CLI_TELEMETRY": "0",
        "AWS_DEFAULT_REGION": os.environ.get("AWS_DEFAULT_REGION", "us-east-1"),
    }

    # when
    result = subprocess.run(
        [str(SAM), "build", "--template", "template.yaml", "--build-dir", str(build_dir), "--no-cached"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    # then
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    for function in ("IngestFunction", "ExtractFunction", "StoreFunction", "QueryFunction"):
        assert (build_dir / function / "app.py").is_file(), function
    layer = build_dir / "SharedLayer" / "python"
    assert (layer / "newsclaims" / "__init__.py").is_file()
    assert (layer / "aws_lambda_powertools").is_dir()
    # The functions run on arm64: the layer's compiled pydantic must be built for it.
    assert list((layer / "pydantic_core").glob("*aarch64*.so")), "pydantic_core is not built for arm64"
    assert not list((layer / "pydantic_core").glob("*x86_64*.so"))
    # what the python3.13 runtime ships is not shipped again (botocore alone is 30 MB), and the
    # layer's code is precompiled (/opt is read-only: a cold start could not cache bytecode)
    assert not (layer / "botocore").exists() and not (layer / "boto3").exists()
    assert list((layer / "newsclaims" / "__pycache__").glob("*.cpython-313.pyc"))
    size = sum(p.stat().st_size for p in layer.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024, f"layer is {size / 2**20:.1f} MiB unzipped"
    assert (build_dir / "template.yaml").is_file()
    # Building elsewhere must not litter the checkout with SAM's default .aws-sam/ folder.
    assert (REPO_ROOT / ".aws-sam").exists() == aws_sam_existed
