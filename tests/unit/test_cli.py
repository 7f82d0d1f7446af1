"""The `newsclaims` command's interface, which other tools rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from newsclaims.cli import build_parser
from newsclaims.commands import article_files
from newsclaims.commands.extract import extract_jsonl
from tests.conftest import FIXTURES, SAMPLE


def test_every_documented_command_is_registered() -> None:
    parser = build_parser()
    for argv in (["run"], ["invoke", "ingest", "e.json"], ["extract", "--jsonl"], ["eval", "claims", "--gold", "d"]):
        assert callable(parser.parse_args(argv).func)


def test_jsonl_writes_one_result_per_line_with_the_same_ids_in_order_and_reports_bad_lines() -> None:
    lines = [json.dumps({"id": "b", "text": "The mayor of Leeds said the road will reopen."}),
             "not json",
             json.dumps({"id": 7, "text": ""}),
             json.dumps({"id": "a", "text": SAMPLE.read_text(encoding="utf-8")})]
    out = io.StringIO()
    status = extract_jsonl(lines, out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("id") for r in results] == ["b", None, 7, "a"]
    assert "error" in results[1] and "error" not in results[0] and "error" not in results[3]
    assert results[2]["entities"] == [] and results[2]["claims"] == []
    assert status == 1  # a bad line is reported, and the exit status says so


def test_folders_give_their_articles_but_not_notes_or_expectations() -> None:
    names = [p.name for p in article_files([str(FIXTURES)])]
    assert SAMPLE.name in names
    assert "_expected.json" not in names and "README.md" not in names
    with pytest.raises(SystemExit):
        article_files(["/no/such/folder"])


def test_extract_command_output_keeps_the_contract_offsets() -> None:
    # the installed console script, as other programs call it
    text = SAMPLE.read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newsclaims.cli", "extract", "--jsonl"],
                          input=json.dumps({"id": "s", "text": text}) + "\n", capture_output=True, text=True,
                          check=True, timeout=120)
    result = json.loads(proc.stdout)
    for entity in result["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for claim in result["claims"]:
        for part in ("content", "cue", "source"):
            if claim[part]:
                assert text[claim[part]["start"]:claim[part]["end"]] == claim[part]["text"]
