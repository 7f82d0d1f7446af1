"""The JSON Schemas in docs/schema/ are what the models generate today (regenerated in memory)."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

from tests.conftest import ROOT

SCHEMA_DIR = ROOT / "docs" / "schema"


def _make_schemas() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_schemas", ROOT / "scripts" / "make_schemas.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATED = _make_schemas().build()


def test_every_schema_file_is_generated_and_none_is_left_over() -> None:
    committed = {p.name for p in SCHEMA_DIR.glob("*.schema.json")}

    assert committed == set(GENERATED), "run: .venv/bin/python scripts/make_schemas.py"
    assert {"extraction-result.schema.json", "article-analyzed-event.schema.json", "article-item.schema.json",
            "entity-item.schema.json", "claim-item.schema.json"} <= committed


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_schema_is_current(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")

    assert committed == GENERATED[name], f"docs/schema/{name} is stale: run .venv/bin/python scripts/make_schemas.py"


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_each_schema_is_a_valid_2020_12_schema(name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(GENERATED[name])

    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["description"]


def test_the_sample_extraction_in_events_validates_against_the_extraction_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    event = json.loads((ROOT / "events" / "store-sqs.json").read_text(encoding="utf-8"))
    result = json.loads(event["Records"][0]["body"])["result"]

    jsonschema.validate(result, json.loads(GENERATED["extraction-result.schema.json"]))
