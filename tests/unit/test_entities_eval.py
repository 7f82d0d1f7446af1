"""Entity scoring (`eval_entities`) on small corpora written here, and regression floors on the real ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.nlp.eval_entities import (
    evaluate_conll,
    evaluate_gold,
    format_report,
    wikigold_heldout,
)
from newsclaims.nlp.gold import DEFAULT_CORPORA, load_wikinews, wikinews_heldout_ids

_CONLL = """-DOCSTART- O

Angela I-PER
Merkel I-PER
visited I-O
Kenya I-LOC
on O
Monday O
. O

She O
met O
officials O
of O
the O
United I-ORG
Nations I-ORG
. O
"""


def test_evaluate_conll_scores_exact_spans_and_maps_types(tmp_path: Path) -> None:
    # given a two-sentence CoNLL file (a malformed "I-O" tag reads as outside)
    path = tmp_path / "tiny.conll"
    path.write_text(_CONLL.replace("I-O\n", "O\n"), encoding="utf-8")
    # when
    report = evaluate_conll(path)
    # then dates are not scored, names are
    assert report["documents"] == 1
    assert report["tokens"] > 0 and report["tokens_per_s"] > 0
    assert set(report["by_type"]) <= {"PER", "ORG", "LOC", "MISC"}
    assert report["overall"]["gold"] == 3
    assert report["overall"]["correct"] == 3
    assert report["overall"]["f1"] == 1.0


def test_conll_splits_keep_the_held_out_fifth_apart(tmp_path: Path) -> None:
    # given ten documents: the 5th and the 10th are wikigold's held-out ones
    path = tmp_path / "ten.conll"
    path.write_text(_CONLL.replace("I-O\n", "O\n") * 10, encoding="utf-8")
    # then "dev" never scores a held-out document, and the two parts make up "all"
    counts = {split: evaluate_conll(path, split=split)["documents"] for split in ("all", "heldout", "dev")}
    assert counts == {"all": 10, "heldout": 2, "dev": 8}
    with pytest.raises(ValueError):
        evaluate_conll(path, split="train")


def test_evaluate_gold_on_a_wikinews_layout(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "text" / "a.txt").write_text(
        "Kenya and Uganda signed a pact on Monday.\nKenya said it would hold.\n", encoding="utf-8"
    )
    gold = {
        "id": "a",
        "entities": [
            {"text": "Kenya", "type": "LOCATION"},
            {"text": "Uganda", "type": "LOCATION"},
            {"text": "Monday", "type": "DATE"},
            {"text": "Tanzania", "type": "LOCATION"},
        ],
    }
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_gold(tmp_path)
    assert report["by_type"]["LOCATION"]["gold"] == 3  # "Tanzania" never occurs, so it is no mention
    assert report["by_type"]["DATE"]["correct"] == 1
    assert report["overall"]["precision"] == 1.0
    assert evaluate_gold(tmp_path, ids=[])["documents"] == 0
    text = format_report(report)
    assert "overall" in text and "LOCATION" in text and "tokens/s" in text


def test_fixed_splits() -> None:
    assert [i for i in range(12) if wikigold_heldout(i)] == [4, 9]
    assert wikinews_heldout_ids(["f", "e", "d", "c", "b", "a", "g"]) == ["c", "f"]


# --- regression floors on the licensed corpora (held-out parts only) ------------------------------

_WIKIGOLD = DEFAULT_CORPORA / "wikigold" / "wikigold.conll.txt"
_WIKINEWS = DEFAULT_CORPORA / "wikinews-gum"


@pytest.mark.corpora
def test_wikigold_heldout_floor() -> None:
    if not _WIKIGOLD.exists():
        pytest.skip(f"wikigold corpus not found at {_WIKIGOLD}")
    report = evaluate_conll(_WIKIGOLD, split="heldout")
    assert report["overall"]["f1"] >= WIKIGOLD_FLOOR, format_report(report)


@pytest.mark.corpora
def test_wikinews_heldout_floor() -> None:
    if not (_WIKINEWS / "gold").exists():
        pytest.skip(f"Wikinews gold corpus not found at {_WIKINEWS}")
    ids = wikinews_heldout_ids(d.id for d in load_wikinews(_WIKINEWS))
    report = evaluate_gold(_WIKINEWS, ids=ids)
    assert report["overall"]["f1"] >= WIKINEWS_FLOOR, format_report(report)


# a little under the measured held-out scores (docs/benchmarks-entities.md)
WIKIGOLD_FLOOR = 0.55  # measured 0.579
WIKINEWS_FLOOR = 0.65  # measured 0.678
