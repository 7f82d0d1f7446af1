"""Entity scores against gold corpora: exact span and type, per type and overall.

- CoNLL files (wikigold): PERSON/ORGANIZATION/LOCATION are scored as PER/ORG/LOC, NORP, EVENT
  and MISC as MISC; DATE is not scored (CoNLL does not tag dates).
- The Wikinews gold layout: gold mentions are every whole-word occurrence of each gold surface
  (`newsclaims.nlp.gold.load_wikinews`); all seven types are scored.

The fixed splits used for the benchmarks live here too, so that training and reporting agree.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.gold import GoldDoc, load_conll, load_wikinews
from newsclaims.nlp.text import analyse

CONLL_TYPES = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "LOCATION": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "MISC": "MISC",
}


def wikigold_heldout(index: int) -> bool:
    """Every 5th document (0-based index 4, 9, ...) of wikigold is held out from training."""
    return index % 5 == 4


def split_conll(docs: Sequence[GoldDoc], heldout: bool) -> list[GoldDoc]:
    """The held-out (or the training) documents of a CoNLL file, in file order."""
    return [d for i, d in enumerate(docs) if wikigold_heldout(i) == heldout]


def _predicted(doc: GoldDoc, type_map: dict[str, str] | None) -> tuple[set[tuple[int, int, str]], int]:
    parsed = analyse(doc.text)
    spans = set()
    for entity in find_entities(parsed):
        etype = type_map.get(entity.type) if type_map is not None else entity.type
        if etype is None:
            continue
        spans.update((m.start, m.end, etype) for m in entity.mentions)
    return spans, len(parsed.tokens)


def _prf(correct: int, gold: int, predicted: int) -> dict[str, float | int]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
    }


def score(docs: Sequence[GoldDoc], type_map: dict[str, str] | None = None) -> dict:
    """Exact-match scores of `find_entities` on gold documents (report dict, see module doc)."""
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    correct_n: Counter[str] = Counter()
    tokens = 0
    find_entities(analyse("Warm up the model, loaded once per process."))  # time the steady state
    started = time.perf_counter()
    for doc in docs:
        predicted, n_tokens = _predicted(doc, type_map)
        tokens += n_tokens
        gold = {
            (g.start, g.end, type_map.get(g.type, g.type) if type_map is not None else g.type)
            for g in doc.entities
        }
        for _, _, t in gold:
            gold_n[t] += 1
        for _, _, t in predicted:
            pred_n[t] += 1
        for _, _, t in gold & predicted:
            correct_n[t] += 1
    elapsed = time.perf_counter() - started
    types = sorted(set(gold_n) | set(pred_n))
    return {
        "by_type": {t: _prf(correct_n[t], gold_n[t], pred_n[t]) for t in types},
        "overall": _prf(sum(correct_n.values()), sum(gold_n.values()), sum(pred_n.values())),
        "documents": len(docs),
        "tokens": tokens,
        "tokens_per_s": round(tokens / elapsed, 1) if elapsed > 0 else 0.0,
    }


def evaluate_conll(path: str | Path, split: str = "all") -> dict:
    """Scores on a CoNLL file: all documents, wikigold's held-out fifth ("heldout") or the
    rest, which trained the tagger ("dev")."""
    if split not in ("all", "heldout", "dev"):
        raise ValueError(f"split must be all, heldout or dev, not {split!r}")
    docs = load_conll(path)
    if split != "all":
        docs = split_conll(docs, heldout=split == "heldout")
    return score(docs, CONLL_TYPES)


def evaluate_gold(directory: str | Path, ids: Iterable[str] | None = None) -> dict:
    """Scores on a Wikinews-layout gold directory, optionally on the given article ids only."""
    docs = load_wikinews(directory)
    if ids is not None:
        wanted = set(ids)
        docs = [d for d in docs if d.id in wanted]
    return score(docs)


def format_report(report: dict) -> str:
    """A plain-text table of a report dict."""
    lines = [f"{'type':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}{'ok':>7}"]
    rows = [*sorted(report["by_type"].items()), ("overall", report["overall"])]
    for name, s in rows:
        lines.append(
            f"{name:<14}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['gold']:>7}{s['predicted']:>7}{s['correct']:>7}"
        )
    lines.append(
        f"{report['documents']} documents, {report['tokens']} tokens, {report['tokens_per_s']:,.0f} tokens/s"
    )
    return "\n".join(lines)
