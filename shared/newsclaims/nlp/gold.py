"""Readers for gold-annotated corpora, used by `newsclaims eval` and the benchmarks.

Corpora are read by path and never shipped with the project (see DESIGN.md section 6):
- the Wikinews layout: `text/<id>.txt` (one sentence per line) and `gold/<id>.json`;
- CoNLL files: one `token TAG` per line, blank lines between sentences, IO or BIO tags.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# Where the team's copies live when the repository sits beside ../shared; users pass paths.
DEFAULT_CORPORA = Path(os.environ.get("NEWSCLAIMS_CORPORA", Path(__file__).resolve().parents[3] / ".." / "shared" / "corpora"))


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    type: str


@dataclass(slots=True)
class GoldClaim:
    content: str
    source: str | None
    cue: str | None
    kind: str
    hedges: list[str]
    line: int
    start: int | None = None  # offset of `content` in the text, when found
    end: int | None = None


@dataclass(slots=True)
class GoldDoc:
    id: str
    text: str
    entities: list[GoldSpan] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)


def _whole_word_spans(text: str, surfaces: dict[str, str]) -> list[GoldSpan]:
    """Every whole-word occurrence of each surface; where occurrences overlap the longer wins."""
    found: list[GoldSpan] = []
    for surface, etype in surfaces.items():
        pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        found.extend(GoldSpan(m.start(), m.end(), etype) for m in pattern.finditer(text))
    found.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: list[GoldSpan] = []
    for span in found:
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def load_wikinews(directory: str | Path) -> list[GoldDoc]:
    """Documents of the Wikinews gold layout, sorted by id."""
    directory = Path(directory)
    docs = []
    for gold_path in sorted((directory / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (directory / "text" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        surfaces = {e["text"]: e["type"] for e in gold.get("entities", [])}
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        claims = []
        for c in gold.get("claims", []):
            claim = GoldClaim(
                content=c["content"], source=c.get("source"), cue=c.get("cue"), kind=c["kind"],
                hedges=list(c.get("hedges") or []), line=int(c.get("line") or 1),
            )
            origin = line_starts[min(max(claim.line - 1, 0), len(line_starts) - 1)]
            at = text.find(claim.content, origin)
            if at < 0:
                at = text.find(claim.content)
            if at >= 0:
                claim.start, claim.end = at, at + len(claim.content)
            claims.append(claim)
        docs.append(GoldDoc(gold.get("id", gold_path.stem), text, _whole_word_spans(text, surfaces), claims))
    return docs


def wikinews_heldout_ids(ids: Iterable[str]) -> list[str]:
    """The fixed held-out third of the Wikinews set: ids sorted, every one whose index % 3 == 2.
    Never used to train or tune; entities and claims share it."""
    return [doc_id for i, doc_id in enumerate(sorted(ids)) if i % 3 == 2]


def wikinews_split(directory: str | Path, split: str) -> list[str] | None:
    """Ids of a split of the Wikinews set: "heldout", "dev" (the rest) or "all" (None)."""
    if split == "all":
        return None
    ids = [d.id for d in load_wikinews(directory)]
    held = wikinews_heldout_ids(ids)
    return held if split == "heldout" else [i for i in ids if i not in held]


def load_conll(path: str | Path) -> list[GoldDoc]:
    """CoNLL sentences as documents: tokens joined by single spaces, entity spans from the tags.

    Documents break at `-DOCSTART-` lines; sentences are joined with newlines.
    """
    docs: list[GoldDoc] = []
    tokens: list[tuple[str, str]] = []
    sentences: list[list[tuple[str, str]]] = []

    def flush_sentence() -> None:
        if tokens:
            sentences.append(tokens.copy())
            tokens.clear()

    def flush_doc() -> None:
        flush_sentence()
        if not sentences:
            return
        parts: list[str] = []
        spans: list[GoldSpan] = []
        pos = 0
        for sentence in sentences:
            current: tuple[int, int, str] | None = None
            for i, (word, tag) in enumerate(sentence):
                start = pos
                parts.append(word)
                pos += len(word)
                prefix, _, etype = tag.partition("-")
                if tag == "O" or not etype:
                    if current:
                        spans.append(GoldSpan(*current))
                        current = None
                elif current and current[2] == etype and prefix != "B":
                    current = (current[0], pos, etype)
                else:
                    if current:
                        spans.append(GoldSpan(*current))
                    current = (start, pos, etype)
                if i < len(sentence) - 1:
                    parts.append(" ")
                    pos += 1
            if current:
                spans.append(GoldSpan(*current))
            parts.append("\n")
            pos += 1
        docs.append(GoldDoc(f"conll-{len(docs) + 1}", "".join(parts), spans))
        sentences.clear()

    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if line.startswith("-DOCSTART-"):
                flush_doc()
            elif not line:
                flush_sentence()
            else:
                word, _, tag = line.rpartition(" ")
                tokens.append((word or line, tag if word else "O"))
    flush_doc()
    return docs
