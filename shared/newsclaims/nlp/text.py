"""Tokens, sentences and paragraphs with exact offsets into the article text.

Everything downstream (entities, claims) works on a `Doc`: offsets are Python string indices
into the text exactly as given, so `doc.text[t.start:t.end] == t.text` for every token.
Tokenisation is one compiled regular expression (fast on one core: no per-character Python loop).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Quotation marks and apostrophes that news text uses, straight and typographic.
OPEN_QUOTES = "\"“„«‹‘‚"
CLOSE_QUOTES = "\"”»›’"
APOSTROPHES = "'’ʼ‘"
DASHES = "-‐‑‒–—―"

TOKEN_PATTERN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])            # U.S., U.N.
    | \d+(?:[.,:]\d+)*%?                      # 1,000  3.5  10:30  20%
    | \w+(?:['’ʼ]\w+)*(?:[‐‑-]\w+(?:['’ʼ]\w+)*)*  # words with inner apostrophes and hyphens
    | \S                                      # any other single character
    """,
    re.VERBOSE,
)

# A sentence ends at . ! ? (possibly followed by closing quotes/brackets) before whitespace and
# an upper-case letter, digit or opening quote, or at a blank line.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st jr sr inc ltd co corp no vs
    jan feb mar apr jun jul aug sep sept oct nov dec rev hon pres adm cmdr ft mt u.s u.k u.n
    e.g i.e etc al approx dept est govt""".split()
)
_SENT_END = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9])|\n\s*\n")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first_token: int  # index into Doc.tokens
    last_token: int  # exclusive
    paragraph: int


@dataclass(slots=True)
class Doc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start : s.end]

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.first_token : s.last_token]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial rather than a sentence."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    # a single capital letter is an initial ("L. Ron Hubbard"); known abbreviations
    return (len(word) == 1 and text[i].isupper()) or word in _ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (stripped of surrounding whitespace) of text[start:end]."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        cut = m.end() if not m.group().startswith("\n") else m.start()
        spans.append((pos, cut))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def analyse(text: str) -> Doc:
    """Tokenise `text` and split it into paragraphs and sentences."""
    doc = Doc(text=text)
    doc.tokens = [Token(m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(text)]
    doc.paragraphs = _paragraphs(text)
    starts = [t.start for t in doc.tokens]
    ti = 0
    for p_index, (pa, pb) in enumerate(doc.paragraphs):
        # a paragraph that is one line per sentence (as in the GUM texts) splits on newlines too
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[pa:pb])]
        for la, lb in lines:
            for a, b in split_sentences(text, pa + la, pa + lb):
                while ti < len(starts) and starts[ti] < a:
                    ti += 1
                first = ti
                while ti < len(starts) and starts[ti] < b:
                    ti += 1
                doc.sentences.append(Sentence(a, b, first, ti, p_index))
    return doc
