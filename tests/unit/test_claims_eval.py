"""Claim scoring (`newsclaims eval claims`) and the regression floor on the held-out Wikinews third."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.models import Claim, Entity, Span
from newsclaims.nlp.eval_claims import evaluate_gold, format_report, match, source_right
from newsclaims.nlp.gold import DEFAULT_CORPORA, GoldClaim, load_wikinews
from newsclaims.nlp.gold import wikinews_heldout_ids as heldout_ids

WIKINEWS = DEFAULT_CORPORA / "wikinews-gum"


def _write_gold(directory: Path, doc_id: str, text: str, claims: list[dict]) -> None:
    (directory / "text").mkdir(parents=True, exist_ok=True)
    (directory / "gold").mkdir(parents=True, exist_ok=True)
    (directory / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (directory / "gold" / f"{doc_id}.json").write_text(
        json.dumps({"id": doc_id, "entities": [], "claims": claims}), encoding="utf-8"
    )


def _claim(content: str, start: int = 0) -> Claim:
    return Claim(
        key="c0001", kind="indirect", content=Span(start=start, end=start + len(content), text=content)
    )


def _gold(content: str, source: str | None = None, cue: str | None = None) -> GoldClaim:
    return GoldClaim(content=content, source=source, cue=cue, kind="indirect", hedges=[], line=1)


def test_match_is_one_to_one_and_needs_half_the_tokens() -> None:
    predicted = [_claim("the bridge will reopen in May"), _claim("the bridge will reopen")]
    gold = [_gold("the bridge will reopen in May"), _gold("taxes will rise next year")]
    assert match(predicted, gold) == [(0, 0)]
    assert match([_claim("the bridge")], [_gold("the bridge will reopen in May after the repairs")]) == []


def test_match_ignores_quotation_marks() -> None:
    assert match([_claim('"We are ready"')], [_gold("We are ready")]) == [(0, 0)]


def test_evaluate_gold_on_a_small_set(tmp_path: Path) -> None:
    # given: two articles written for this test, one claim each found, one gold claim missed
    _write_gold(
        tmp_path,
        "one",
        "Mayor Lina Ortiz said the bridge would reopen in May.\nTraffic was light on Sunday.\n",
        [
            {
                "source": "Mayor Lina Ortiz",
                "cue": "said",
                "content": "the bridge would reopen in May",
                "kind": "indirect",
                "hedges": [],
                "line": 1,
            }
        ],
    )
    _write_gold(
        tmp_path,
        "two",
        'The rebels reportedly seized the port.\n"We will hold it," a commander said.\n',
        [
            {
                "source": None,
                "cue": None,
                "content": "The rebels reportedly seized the port",
                "kind": "unattributed",
                "hedges": ["reportedly"],
                "line": 1,
            },
            {
                "source": "a commander",
                "cue": "said",
                "content": '"We will hold it,"',
                "kind": "direct",
                "hedges": [],
                "line": 2,
            },
            {
                "source": "the army",
                "cue": "said",
                "content": "the port was calm",
                "kind": "indirect",
                "hedges": [],
                "line": 2,
            },
        ],
    )
    # when
    report = evaluate_gold(tmp_path)
    # then
    assert report["documents"] == 2
    assert report["gold"] == 4
    assert report["predicted"] == 3
    assert report["matched"] == 3
    assert report["precision"] == 1.0
    assert report["recall"] == pytest.approx(0.75)
    assert report["source_accuracy"] == 1.0
    assert report["cue_accuracy"] == 1.0
    assert report["tokens_per_s"] > 0
    assert evaluate_gold(tmp_path, ids=["one"])["documents"] == 1
    text = format_report(report)
    for label in ("precision", "recall", "F1", "source accuracy", "cue accuracy", "tokens/s"):
        assert label in text


def test_source_is_right_by_text_or_by_the_resolved_person_and_only_that_person() -> None:
    burrows = Entity(key="person:john-burrows", name="John Burrows", type="PERSON", aliases=["Burrows"])
    club = Entity(key="organization:burrows", name="Burrows", type="ORGANIZATION")
    entities = {e.key: e for e in (burrows, club)}
    text = "Professor Burrows"
    pred = Claim(
        key="c0001",
        kind="indirect",
        content=Span(start=0, end=3, text="abc"),
        source=Span(start=0, end=len(text), text=text),
        speaker=burrows.key,
    )
    assert source_right(pred, _gold("abc", source="Professor Burrows"), entities)  # same text
    assert source_right(pred, _gold("abc", source="John Burrows"), entities)  # the person's name
    assert not source_right(pred, _gold("abc", source="John Burrows Jr"), entities)
    org = pred.model_copy(update={"speaker": club.key, "source": Span(start=5, end=12, text="Burrows")})
    assert not source_right(org, _gold("abc", source="the Burrows"), entities)


def test_heldout_is_every_third_sorted_id() -> None:
    assert heldout_ids(["e", "a", "c", "b", "d", "f", "g"]) == ["c", "f"]


@pytest.mark.corpora
@pytest.mark.skipif(not (WIKINEWS / "gold").is_dir(), reason=f"Wikinews gold corpus not found at {WIKINEWS}")
def test_heldout_regression_floor() -> None:
    """Scores on the held-out third (ids sorted, index % 3 == 2) never fall below the floor.

    Measured 2026-11-27 (second pass of issue 4): F1 0.815, precision 0.88, recall 0.76, source
    accuracy 0.79, cue accuracy 0.86 (docs/benchmarks-claims.md). The margins allow
    for the entity recogniser, which speaker resolution depends on and which changes on its own.
    """
    ids = heldout_ids([d.id for d in load_wikinews(WIKINEWS)])
    report = evaluate_gold(WIKINEWS, ids)
    assert report["f1"] >= 0.76, format_report(report)
    assert report["precision"] >= 0.85, format_report(report)
    assert report["recall"] >= 0.70, format_report(report)
    assert report["source_accuracy"] >= 0.72, format_report(report)
    assert report["cue_accuracy"] >= 0.80, format_report(report)


@pytest.mark.corpora
@pytest.mark.skipif(not (WIKINEWS / "gold").is_dir(), reason=f"Wikinews gold corpus not found at {WIKINEWS}")
def test_whole_set_regression_floor() -> None:
    report = evaluate_gold(WIKINEWS)
    assert report["f1"] >= 0.88, format_report(report)
    assert report["source_accuracy"] >= 0.88, format_report(report)
