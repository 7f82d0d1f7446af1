"""An averaged structured perceptron that tags names (PER, ORG, LOC, MISC in BIO tags).

Pure Python: the model is a dict from feature string to a weight vector, one weight per tag,
trained by `scripts/train_ner.py` and shipped as gzip JSON in `nlp/data/` (see
docs/ner-model.md). It is loaded lazily, once per process. Only tokens that can be part of a name
(a capital letter somewhere, or a particle between two such tokens: "University of Texas") are
scored, by Viterbi decoding over each run of them; every other token is O, which keeps tagging
fast and costs almost no recall in English, where names are capitalised.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsclaims.nlp import lexicon as lx
from newsclaims.nlp.ner_normalise import normalise_name
from newsclaims.nlp.text import Doc

MODEL_PATH = Path(__file__).with_name("data") / "ner_model.json.gz"
TYPES = ("PER", "ORG", "LOC", "MISC")
TAGS = ("O", *(f"{p}-{t}" for t in TYPES for p in ("B", "I")))
_TAG_INDEX = {t: i for i, t in enumerate(TAGS)}

_SHAPE_UPPER = re.compile(r"[A-Z]+")
_SHAPE_LOWER = re.compile(r"[a-z]+")
_SHAPE_DIGIT = re.compile(r"[0-9]+")
_MULTIWORD_MAX = 4

# multi-word gazetteer entries, by their first word, for a longest-match lookup
_GAZ_MULTI: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
for _names, _label in (
    (lx.COUNTRIES | lx.PLACES, "loc"),
    (lx.DEMONYMS | lx.GROUPS, "dem"),
    (lx.TITLE_HEADS, "title"),
    (lx.KNOWN_ORGS, "org"),
    (lx.KNOWN_MISC, "misc"),
):
    for _name in _names:
        _parts = tuple(_name.split())
        if len(_parts) > 1:
            _GAZ_MULTI[_parts[0]].append((_parts, _label))
for _entries in _GAZ_MULTI.values():
    _entries.sort(key=lambda e: -len(e[0]))


_SHAPES: dict[str, str] = {}


def shape(word: str) -> str:
    """Compressed word shape: "Lavrov" -> "Xx", "UAF" -> "X", "2010" -> "d", "Son-hui" -> "Xx-x"."""
    s = _SHAPES.get(word)
    if s is None:
        if len(_SHAPES) > 200_000:  # bound memory in a long-lived process
            _SHAPES.clear()
        s = _SHAPES[word] = _shape(word)
    return s


def _shape(word: str) -> str:
    if word.isascii():
        s = _SHAPE_DIGIT.sub("d", _SHAPE_LOWER.sub("x", _SHAPE_UPPER.sub("X", word)))
    else:
        s = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word)
        s = re.sub(r"(.)\1+", r"\1", s)
    return s[:6]


def _is_cap(word: str) -> bool:
    return word != word.lower()


def _static_features(word: str) -> list[str]:
    """Features of the word alone (cached per word form)."""
    low = word.lower()
    poss = low.endswith("'s") and len(low) > 2
    if poss:
        # "Lavrov's" is the name "Lavrov" in the possessive
        low, word = low[:-2], word[:-2]
    feats = ["b", "w=" + low, "s=" + shape(word), "p3=" + low[:3], "x3=" + low[-3:], "x2=" + low[-2:]]
    if low in lx.FIRST_NAMES:
        feats.append("g=first")
    if low in lx.SURNAMES:
        feats.append("g=surname")
    if low in lx.COUNTRIES or low in lx.PLACES:
        feats.append("g=loc")
    if low in lx.DEMONYMS or low in lx.GROUPS:
        feats.append("g=dem")
    if low in lx.TITLE_HEADS or low in lx.TITLE_MODIFIERS:
        feats.append("g=title")
    if low in lx.ORG_WORDS:
        feats.append("g=org")
    if low in lx.LOC_WORDS:
        feats.append("g=locw")
    if low in lx.KNOWN_ORGS:
        feats.append("g=korg")
    if low in lx.KNOWN_MISC:
        feats.append("g=kmisc")
    if low in lx.MONTHS or low in lx.WEEKDAYS:
        feats.append("g=date")
    if low in lx.EVENT_WORDS:
        feats.append("g=event")
    if poss:
        feats.append("poss")
    if "-" in word:
        feats.append("hyph")
        head, _, tail = low.partition("-")
        feats.append("hd=" + head)
        feats.append("tl=" + tail.rpartition("-")[2])
    return feats


_STATIC_CACHE: dict[str, list[str]] = {}


def _static(word: str) -> list[str]:
    feats = _STATIC_CACHE.get(word)
    if feats is None:
        if len(_STATIC_CACHE) > 200_000:  # bound memory in a long-lived process
            _STATIC_CACHE.clear()
        feats = _STATIC_CACHE[word] = _static_features(word)
    return feats


def _gazetteer_marks(lows: Sequence[str]) -> list[str | None]:
    """Per token, "B-label"/"I-label" of the longest multi-word gazetteer entry covering it."""
    marks: list[str | None] = [None] * len(lows)
    gaz = _GAZ_MULTI
    end = 0
    for i in [i for i, w in enumerate(lows) if w in gaz]:
        if i < end:
            continue
        for parts, label in gaz[lows[i]]:
            n = len(parts)
            if tuple(lows[i : i + n]) == parts:
                marks[i] = "B" + label
                for j in range(i + 1, i + n):
                    marks[j] = "I" + label
                end = i + n
                break
    return marks


def is_title_case(words: Sequence[str]) -> bool:
    """A headline in Title Case: four or more words, all capitalised but small function words."""
    content = [w for w in words if w[:1].isalpha() and w.lower() not in lx.TITLE_CASE_EXEMPT]
    return len(content) >= 4 and all(w[:1].isupper() for w in content)


def _recase(words: list[str], lower_seen: set[str]) -> list[str]:
    """A headline in capitals or Title Case, recased so its words look as they would in a sentence.

    A word the article also writes in lower case is an ordinary word; the rest keep a capital.
    """
    if sum(1 for w in words if w[:1].isupper()) < 3:
        return words  # the common case: an ordinary sentence
    letters = [w for w in words if w[:1].isalpha()]
    if len(letters) < 3:
        return words
    upper = sum(1 for w in letters if w.isupper() and len(w) > 1)
    if upper >= 0.6 * len(letters):
        out = []
        for w in words:
            low = w.lower()
            out.append(low if low in lower_seen else w.capitalize() if w.isupper() and len(w) > 3 else w)
        return out
    if is_title_case(letters):
        return [w.lower() if i and w.lower() in lower_seen else w for i, w in enumerate(words)]
    return words


@dataclass(slots=True)
class DocInfo:
    """What the whole article says about its words, shared by every sentence's tagging.

    `lower`: words the article writes in lower case (so a capitalised one is likely ordinary).
    `flags`: per capitalised word, where else it occurs: right after a given name or a title,
    or inside a run of capitalised words that ends in an organisation word.
    """

    lower: set[str] = field(default_factory=set)
    flags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cands: list[list[bool]] = field(default_factory=list)  # per sentence, see `candidates`


def _doc_flags(sentences: list[list[str]], cands: list[list[bool]]) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = defaultdict(set)
    for words, cand in zip(sentences, cands, strict=True):
        if not any(cand):
            continue
        lows = [w.lower() for w in words]
        i, n = 0, len(words)
        while i < n:
            if not cand[i]:
                i += 1
                continue
            j = i
            while j < n and cand[j]:
                j += 1
            org_run = lows[j - 1] in lx.ORG_WORDS and j - i > 1
            for k in range(i, j):
                low = lows[k]
                if k > i and lows[k - 1] in lx.FIRST_NAMES:
                    found[low].add("d_after_first")
                if k > i and lows[k - 1] in lx.TITLE_HEADS:
                    found[low].add("d_after_title")
                if org_run and k < j - 1:
                    found[low].add("d_in_org")
                if j - i == 1 and i > 0:
                    found[low].add("d_alone")
            i = j
    return {w: tuple(sorted(f)) for w, f in found.items()}


def sentence_words(
    doc: Doc, norm: list[str] | None = None
) -> tuple[list[list[str]], list[list[int]], DocInfo]:
    """Normalised words of each sentence, their token indexes, and what the article says of them."""
    if norm is None:
        norm = [normalise_name(t.text) if not t.text.isascii() else t.text for t in doc.tokens]
    lower_seen = {w for w in norm if w.islower()}
    words_out, index_out = [], []
    for s in doc.sentences:
        idx = list(range(s.first_token, s.last_token))
        if not idx:
            continue
        words_out.append(_recase([norm[i] for i in idx], lower_seen))
        index_out.append(idx)
    cands = [candidates(w) for w in words_out]
    return words_out, index_out, DocInfo(lower_seen, _doc_flags(words_out, cands), cands)


def _word_class(low: str) -> str:
    """The word-list class of a word, for run features."""
    if low in lx.ORG_WORDS:
        return "org"
    if low in lx.LOC_WORDS:
        return "locw"
    if low in lx.COUNTRIES or low in lx.PLACES:
        return "loc"
    if low in lx.FIRST_NAMES:
        return "first"
    if low in lx.TITLE_HEADS or low in lx.TITLE_MODIFIERS:
        return "title"
    if low in lx.DEMONYMS or low in lx.GROUPS:
        return "dem"
    if low in lx.EVENT_WORDS:
        return "event"
    if low in lx.NAME_CONNECTORS:
        return "conn"
    return "-"


def _run_features(lows: Sequence[str], wanted: Sequence[bool]) -> list[tuple[str, ...]]:
    """Features of the run of candidate tokens each token sits in: its length, the token's place
    in it, and the classes of its first and last words ("Andy Warhol Foundation" ends in an
    organisation word, so "Andy" is probably not a person here).
    """
    n = len(lows)
    out: list[tuple[str, ...]] = [()] * n
    i = 0
    while i < n:
        if not wanted[i]:
            i += 1
            continue
        j = i
        while j < n and wanted[j]:
            j += 1
        first, last = _word_class(lows[i]), _word_class(lows[j - 1])
        size = j - i
        length = "r" + str(min(size, 4))
        for k in range(i, j):
            pos = "S" if size == 1 else "B" if k == i else "E" if k == j - 1 else "I"
            out[k] = ("rl=" + length + pos, "rf=" + first + pos, "re=" + last + pos, "rfe=" + first + last)
        i = j
    return out


# Function words capitalised only because they open a sentence ("The", "He", "In").
OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there here in on
    at but and or so yet if as when while after before since for with by from to of also however
    i'll i'm i've i'd meanwhile although though officials residents critics experts analysts witnesses
    sources reports authorities investigators researchers scientists supporters protesters lawmakers
    voters officers troops soldiers workers students doctors police whoever whatever whichever everyone
    everybody nobody anyone someone something nothing everything none because what who which where how why some many most all no not one
    other another each both such then now still only just even""".split()
)


def candidates(words: Sequence[str]) -> list[bool]:
    """Tokens that can belong to a name: capitalised, or a short connector between two of them.

    A capitalised function word is no name unless a capitalised word follows ("The Hague").
    """
    caps = [w != w.lower() for w in words]
    n = len(words)
    for i, w in enumerate(words):
        if caps[i] and w.lower() in OPENERS and (i + 1 == n or not caps[i + 1]):
            caps[i] = False
    out = caps.copy()
    for i in range(1, n - 1):
        if not caps[i] and caps[i - 1] and (caps[i + 1] or words[i + 1][:1].isdigit()):
            w = words[i]
            # particles and joining marks ("of", "de", "&", "."), never a verb, comma or quote
            out[i] = w in ".&-'" or w.lower() in lx.NAME_CONNECTORS
    for i in range(1, n):
        # a number right after a capitalised word ("Apollo 11", "Windows 7")
        if not out[i] and caps[i - 1] and words[i][:1].isdigit():
            out[i] = True
    return out


_NEG = float("-inf")


def _allowed(prev: str, cur: str) -> bool:
    """BIO: an I- tag only continues a name of the same type."""
    return not cur.startswith("I-") or (prev[:2] in ("B-", "I-") and prev[2:] == cur[2:])


def _transition_feats(prev: str, shape_feat: str) -> list[str]:
    return ["pt=" + prev, "pt+s=" + prev + "|" + shape_feat]


# tags allowed after each previous tag (BIO), computed once
_ALLOWED_AFTER: dict[str, list[int]] = {
    prev: [i for i, t in enumerate(TAGS) if _allowed(prev, t)] for prev in (*TAGS, "<s>")
}


def viterbi(
    emissions: list[list[float]], shapes: list[str], first_prev: str, trans: Callable[[str, str], list[float]]
) -> list[str]:
    """Best BIO tag sequence of one run of candidate tokens (first-order, BIO-constrained).

    `trans(previous tag, shape feature)` gives the transition weights into each tag.
    """
    n_tags = len(TAGS)
    allowed_after = _ALLOWED_AFTER
    prevs = [first_prev]
    best = [0.0]
    back: list[list[int]] = []
    for k, emit in enumerate(emissions):
        shape_k = shapes[k]
        scores = [_NEG] * n_tags
        pointers = [0] * n_tags
        for pi, prev in enumerate(prevs):
            base = best[pi]
            if base == _NEG:
                continue
            t = trans(prev, shape_k)
            for ci in allowed_after[prev]:
                value = base + emit[ci] + t[ci]
                if value > scores[ci]:
                    scores[ci] = value
                    pointers[ci] = pi
        back.append(pointers)
        prevs, best = TAGS, scores
    ci = max(range(n_tags), key=best.__getitem__)
    out = [TAGS[ci]]
    for k in range(len(emissions) - 1, 0, -1):
        ci = back[k][ci]
        out.append(TAGS[ci])
    out.reverse()
    return out


def _runs(cand: Sequence[bool]) -> list[tuple[int, int]]:
    runs, i, n = [], 0, len(cand)
    while i < n:
        if cand[i]:
            j = i
            while j < n and cand[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


class Tagger:
    """Averaged perceptron over BIO tags; `weights[feature]` is one weight per tag in `TAGS`."""

    def __init__(self, weights: dict[str, list[float]] | None = None) -> None:
        self.weights: dict[str, list[float]] = weights or {}
        self._trans_cache: dict[tuple[str, str], list[float]] = {}
        self._word_cache: dict[str, list[float]] = {}

    # --- features -------------------------------------------------------------------------------
    @staticmethod
    def context(
        words: Sequence[str], info: DocInfo, wanted: Sequence[bool] | None = None, with_static: bool = True
    ) -> list[list[str]]:
        """Per-token features that do not depend on predicted tags (empty where not `wanted`).

        `with_static=False` leaves out the features of the word alone (see `_word_scores`).
        """
        lows = [w.lower() for w in words]
        shapes = [shape(w) for w in words]
        marks = _gazetteer_marks(lows)
        runs = _run_features(lows, wanted if wanted is not None else candidates(words))
        n = len(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            if wanted is not None and not wanted[i]:
                out.append([])
                continue
            f = list(_static(w)) if with_static else ["s=" + shapes[i]]
            pw = lows[i - 1] if i else "<s>"
            nw = lows[i + 1] if i + 1 < n else "</s>"
            ps = shapes[i - 1] if i else "<s>"
            ns = shapes[i + 1] if i + 1 < n else "</s>"
            f += (
                "pw=" + pw,
                "nw=" + nw,
                "ps=" + ps,
                "ns=" + ns,
                "pw2=" + (lows[i - 2] if i > 1 else "<s>"),
                "nw2=" + (lows[i + 2] if i + 2 < n else "</s>"),
                "ps+s=" + ps + "|" + shapes[i],
                "s+ns=" + shapes[i] + "|" + ns,
                "pw+w=" + pw + "|" + lows[i],
            )
            if marks[i]:
                f.append("gm=" + marks[i])
            f += runs[i]
            lower_seen = info.lower
            if i == 0 or (i == 1 and not words[0][:1].isalnum()):
                f.append("first")
                if _is_cap(w) and lows[i] in lower_seen:
                    f.append("first+lc")
            elif _is_cap(w) and lows[i] in lower_seen:
                f.append("lc")
            f += info.flags.get(lows[i], ())
            out.append(f)
        return out

    def _transition(self, prev: str, shape_feat: str) -> list[float]:
        # few (previous tag, shape) pairs recur: cache their summed vectors
        key = (prev, shape_feat)
        vec = self._trans_cache.get(key)
        if vec is None:
            vec = self._trans_cache[key] = self._scores(_transition_feats(prev, shape_feat))
        return vec

    def _scores(self, feats: Iterable[str]) -> list[float]:
        weights = self.weights
        vectors = [weights[f] for f in feats if f in weights]
        if not vectors:
            return [0.0] * len(TAGS)
        return [sum(col) for col in zip(*vectors, strict=True)]

    # --- prediction -----------------------------------------------------------------------------
    def _word_scores(self, word: str) -> list[float]:
        # the features of a word alone are the same wherever it occurs: sum their weights once
        vec = self._word_cache.get(word)
        if vec is None:
            if len(self._word_cache) > 200_000:  # bound memory in a long-lived process
                self._word_cache.clear()
            vec = self._word_cache[word] = self._scores(_static(word))
        return vec

    def tag(self, words: Sequence[str], info: DocInfo, cand: list[bool] | None = None) -> list[str]:
        """BIO tags of one sentence: O outside candidate runs, Viterbi inside each run."""
        if cand is None:
            cand = candidates(words)
        tags = ["O"] * len(words)
        if not any(cand):
            return tags
        feats = self.context(words, info, cand, with_static=False)
        for a, b in _runs(cand):
            emissions = []
            for i in range(a, b):
                static, dynamic = self._word_scores(words[i]), self._scores(feats[i][1:])
                emissions.append([x + y for x, y in zip(static, dynamic, strict=True)])
            shapes = [feats[i][0] for i in range(a, b)]
            tags[a:b] = viterbi(emissions, shapes, "O" if a else "<s>", self._transition)
        return tags

    # --- persistence ----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Tagger:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if list(data["tags"]) != list(TAGS):
            raise ValueError(f"model {path} was trained with other tags: {data['tags']}")
        # weights are stored as sparse {tag index: weight}; the tagger reads dense vectors
        n = len(TAGS)
        dense: dict[str, list[float]] = {}
        for feat, sparse in data["weights"].items():
            vec = [0.0] * n
            for k, v in sparse.items():
                vec[int(k)] = v
            dense[feat] = vec
        return cls(dense)


def save_model(path: Path, weights: dict[str, dict[str, float]], meta: dict[str, object]) -> None:
    """Write sparse weights ({feature: {tag index: weight}}) as gzip JSON."""
    data = {"tags": list(TAGS), "meta": meta, "weights": weights}
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
    # mtime=0: the same training run gives the same bytes
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


_MODEL: Tagger | None = None


def model() -> Tagger:
    """The shipped tagger, loaded on first use and kept for the life of the process."""
    global _MODEL
    if _MODEL is None:
        _MODEL = Tagger.load()
    return _MODEL


def tag_doc(
    doc: Doc, tagger: Tagger | None = None, norm: list[str] | None = None
) -> list[tuple[int, int, str]]:
    """Name spans of a document as (first token, end token exclusive, PER/ORG/LOC/MISC).

    `norm` may pass the normalised token texts when the caller has them already.
    """
    tagger = tagger or model()
    sentences, indexes, info = sentence_words(doc, norm)
    spans: list[tuple[int, int, str]] = []
    for words, idx, cand in zip(sentences, indexes, info.cands, strict=True):
        if not any(cand):
            continue
        tags = tagger.tag(words, info, cand)
        start = None
        for j, tag in enumerate([*tags, "O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == tags[start][2:]):
                spans.append((idx[start], idx[j - 1] + 1, tags[start][2:]))
                start = None
            if tag != "O" and start is None:
                start = j
    return spans


# --- training (used by scripts/train_ner.py) ------------------------------------------------------
class Trainer:
    """Averaged perceptron training (Collins 2002) with the tagger's features and decoding."""

    def __init__(self) -> None:
        self.w: dict[str, dict[int, float]] = defaultdict(dict)
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.i = 0

    def _scores(self, feats: list[str]) -> list[float]:
        scores = [0.0] * len(TAGS)
        for f in feats:
            ws = self.w.get(f)
            if ws:
                for k, v in ws.items():
                    scores[k] += v
        return scores

    def _step(self, feats: list[str], tag: int, delta: float) -> None:
        for f in feats:
            ws = self.w[f]
            key = (f, tag)
            v = ws.get(tag, 0.0)
            self.totals[key] += (self.i - self.stamps[key]) * v
            self.stamps[key] = self.i
            ws[tag] = v + delta

    def train_sentence(self, words: Sequence[str], gold: Sequence[str], info: DocInfo) -> int:
        """One structured-perceptron pass over a sentence; returns the number of correct tags."""
        cand = candidates(words)
        if not any(cand):
            return 0
        feats = Tagger.context(words, info, cand)
        correct = 0
        for a, b in _runs(cand):
            self.i += 1
            emissions = [self._scores(feats[i]) for i in range(a, b)]
            shapes = [feats[i][2] for i in range(a, b)]
            first = "O" if a else "<s>"
            guess = viterbi(emissions, shapes, first, lambda p, sh: self._scores(_transition_feats(p, sh)))
            truth = list(gold[a:b])
            correct += sum(g == t for g, t in zip(guess, truth, strict=True))
            if guess == truth:
                continue
            for k in range(b - a):
                gp = truth[k - 1] if k else first
                pp = guess[k - 1] if k else first
                if truth[k] != guess[k]:
                    self._step(feats[a + k], _TAG_INDEX[truth[k]], 1.0)
                    self._step(feats[a + k], _TAG_INDEX[guess[k]], -1.0)
                if truth[k] != guess[k] or gp != pp:
                    self._step(_transition_feats(gp, shapes[k]), _TAG_INDEX[truth[k]], 1.0)
                    self._step(_transition_feats(pp, shapes[k]), _TAG_INDEX[guess[k]], -1.0)
        return correct

    def averaged(self, min_weight: float = 0.0) -> dict[str, dict[str, float]]:
        """Averaged weights, sparse, rounded, without near-zero entries (keeps the file small)."""
        out: dict[str, dict[str, float]] = {}
        for f, ws in self.w.items():
            kept = {}
            for k, v in ws.items():
                key = (f, k)
                total = self.totals[key] + (self.i - self.stamps[key]) * v
                avg = round(total / max(self.i, 1), 3)
                if abs(avg) > min_weight:
                    kept[str(k)] = avg
            if kept:
                out[f] = kept
        return out
