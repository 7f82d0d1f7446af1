"""Claim scores against the Wikinews gold set (`newsclaims eval claims --gold DIR`).

A predicted claim matches a gold one when their content tokens overlap with Jaccard >= 0.5;
pairs are matched one to one, best overlap first. On matched pairs the source is right when
the texts are equal, both are null, or the predicted speaker entity has the gold source as
name or alias. The cue is right when the texts are equal (ignoring case) or both are null.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from newsclaims.models import Claim, Entity
from newsclaims.nlp.claims import find_claims
from newsclaims.nlp.entities import find_entities
from newsclaims.nlp.gold import GoldClaim, load_wikinews, wikinews_split
from newsclaims.nlp.text import analyse

_TOKEN = re.compile(r"\w+|[^\w\s]")
MATCH_JACCARD = 0.5


def _tokens(text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text) if t not in "\"“”‘’'"}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _norm(s: str | None) -> str | None:
    return None if s is None else " ".join(s.lower().split())


def match(predicted: list[Claim], gold: list[GoldClaim]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, one to one, greedy by best content overlap."""
    p_tokens = [_tokens(c.content.text) for c in predicted]
    g_tokens = [_tokens(c.content) for c in gold]
    pairs = []
    for i, pt in enumerate(p_tokens):
        for j, gt in enumerate(g_tokens):
            score = _jaccard(pt, gt)
            if score >= MATCH_JACCARD:
                pairs.append((score, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def source_right(pred: Claim, gold: GoldClaim, entities: dict[str, Entity]) -> bool:
    p = _norm(pred.source.text) if pred.source else None
    g = _norm(gold.source)
    if p == g:
        return True
    if g is not None and pred.speaker in entities:
        e = entities[pred.speaker]
        names = {_norm(n) for n in [e.name, *e.aliases]}
        return g in names
    return False


def cue_right(pred: Claim, gold: GoldClaim) -> bool:
    return (_norm(pred.cue.text) if pred.cue else None) == _norm(gold.cue)


def evaluate_gold(directory: str | Path, ids: list[str] | None = None) -> dict:
    """Claim precision, recall, F1, source and cue accuracy and speed on the Wikinews gold set."""
    docs = load_wikinews(directory)
    if ids is not None:
        wanted = set(ids)
        docs = [d for d in docs if d.id in wanted]
    tp = n_pred = n_gold = src_ok = cue_ok = 0
    tokens = 0
    elapsed = 0.0
    per_doc = {}
    for d in docs:
        # CPU time of this process: one core, undisturbed by other work on the machine
        t0 = time.process_time()
        doc = analyse(d.text)
        t1 = time.process_time()
        entities = find_entities(doc)
        t2 = time.process_time()
        claims = find_claims(doc, entities)
        t3 = time.process_time()
        elapsed += (t1 - t0) + (t3 - t2)
        tokens += len(doc.tokens)
        pairs = match(claims, d.claims)
        by_key = {e.key: e for e in entities}
        s = sum(source_right(claims[i], d.claims[j], by_key) for i, j in pairs)
        c = sum(cue_right(claims[i], d.claims[j]) for i, j in pairs)
        tp += len(pairs)
        src_ok += s
        cue_ok += c
        n_pred += len(claims)
        n_gold += len(d.claims)
        per_doc[d.id] = {"predicted": len(claims), "gold": len(d.claims), "matched": len(pairs)}
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "source_accuracy": src_ok / tp if tp else 0.0,
        "cue_accuracy": cue_ok / tp if tp else 0.0,
        "tokens": tokens,
        # analyse + find_claims only: the claim finder's own speed, entity time left out
        "tokens_per_s": tokens / elapsed if elapsed else 0.0,
        "per_document": per_doc,
    }


def format_report(report: dict) -> str:
    """A short plain-text table of `evaluate_gold`'s numbers."""
    lines = [
        f"documents        {report['documents']}",
        f"claims gold      {report['gold']}",
        f"claims predicted {report['predicted']}",
        f"claims matched   {report['matched']}",
        f"precision        {report['precision']:.3f}",
        f"recall           {report['recall']:.3f}",
        f"F1               {report['f1']:.3f}",
        f"source accuracy  {report['source_accuracy']:.3f}  (on matched claims)",
        f"cue accuracy     {report['cue_accuracy']:.3f}  (on matched claims)",
        f"tokens/s         {report['tokens_per_s']:,.0f}  (tokenise + claims, {report['tokens']} tokens)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`python -m newsclaims.nlp.eval_claims DIR [--split heldout|dev|all]`."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="directory with text/ and gold/ (the Wikinews layout)")
    parser.add_argument("--split", choices=["all", "heldout", "dev"], default="all")
    args = parser.parse_args(argv)
    print(format_report(evaluate_gold(args.gold, wikinews_split(args.gold, args.split))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
