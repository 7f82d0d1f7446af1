"""Quotations: where quoted passages begin and end, with straight, curly and single marks.

News reopens a quotation at each new paragraph of a long quote and closes it only at the end;
an opening mark with no partner ends with its paragraph, so one stray mark never swallows the
article. Single marks also serve as apostrophes ("Russia's", "Jones'"), so they pair only
within a line and only when their position reads as a quotation mark.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"['‘’‚‹›]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_OPENERS_BEFORE = " \t\n\r([{—–-/"


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the end of the paragraph when unclosed)
    double: bool
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def _flank(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for a straight mark at `i`, from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before.isspace() or before in _OPENERS_BEFORE
    space_after = after.isspace() or after in ",.;:!?)]}—–"
    if after in ",.;:!?)]}":
        return False, True  # nothing opens right before punctuation
    if space_before and not space_after:
        # `... database, "said X`: after punctuation and a space a mark may still close
        return True, i >= 2 and before == " " and text[i - 2] in ",.!?;:"
    if space_after and not space_before:
        return False, True
    return True, True


class QuoteFinder:
    """Pairs quotation marks in a text; `regions` lists them in order of their opening mark."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._para_starts = [0] + [m.end() for m in _BLANK_LINE.finditer(text)]
        regions = self._doubles() + self._singles()
        regions.sort(key=lambda q: (q.start, -q.end))
        self.regions = regions
        self._starts = [q.start for q in regions]
        # regions not nested in another, for a logarithmic `containing`
        self._top: list[Quote] = []
        for q in regions:
            if not self._top or q.end > self._top[-1].end:
                self._top.append(q)
        self._top_starts = [q.start for q in self._top]

    def _para(self, i: int) -> int:
        return bisect_right(self._para_starts, i) - 1

    def _doubles(self) -> list[Quote]:
        text = self.text
        out: list[Quote] = []
        open_at = -1
        open_para = -1
        line_end = -1  # end of the line where the open quotation was opened or last reopened
        for m in _DOUBLE.finditer(text):
            i = m.start()
            ch = text[i]
            if ch in "“„«":
                can_open, can_close = True, False
            elif ch in "”»":
                can_open, can_close = False, True
            else:
                can_open, can_close = _flank(text, i)
            para = self._para(i)
            at_line_start = _line_start(text, i)
            if open_at >= 0 and para != open_para:
                # a new paragraph that opens with a mark continues the quotation; otherwise the
                # old one was never closed and ends with its line
                if para == open_para + 1 and at_line_start and can_open:
                    open_para, line_end = para, _line_end(text, i)
                    continue
                out.append(Quote(open_at, line_end, True, False))
                open_at = -1
            if open_at < 0:
                if can_open:
                    open_at, open_para, line_end = i, para, _line_end(text, i)
            elif can_close:
                out.append(Quote(open_at, i + 1, True, True))
                open_at = -1
            elif at_line_start and i > line_end and not text[line_end:i].strip():
                # paragraphs on single lines: a line that opens with a mark continues the quotation
                line_end = _line_end(text, i)
            else:
                # two openings in a row: the first was never closed; it ends at its line
                out.append(Quote(open_at, min(line_end, _rstrip(text, open_at, i)), True, False))
                open_at, open_para, line_end = i, para, _line_end(text, i)
        if open_at >= 0:
            out.append(Quote(open_at, line_end, True, False))
        return [q for q in out if _has_words(text, q)]

    def _singles(self) -> list[Quote]:
        text = self.text
        out: list[Quote] = []
        open_at = -1
        line_end = -1
        for m in _SINGLE.finditer(text):
            i = m.start()
            if i > line_end:
                open_at = -1
                nl = text.find("\n", i)
                line_end = len(text) if nl < 0 else nl
            ch = text[i]
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe inside a word
            if ch in "‘‚‹":
                can_open, can_close = True, False
            elif ch in "›":
                can_open, can_close = False, True
            else:
                can_open, can_close = _flank(text, i)
                if ch == "’" and not before.isspace():
                    can_open = False
                if after.isdigit():  # '90s
                    can_open = False
            if open_at < 0:
                if can_open:
                    open_at = i
            elif can_close:
                out.append(Quote(open_at, i + 1, False, True))
                open_at = -1
            elif can_open:
                open_at = i
        return [q for q in out if _has_words(text, q)]

    def containing(self, i: int) -> Quote | None:
        """The outermost quotation whose marks enclose offset `i` (marks included)."""
        k = bisect_right(self._top_starts, i) - 1
        # outermost regions rarely overlap; when two do, the earlier one is the outer
        for j in (k - 1, k):
            if j >= 0 and self._top[j].start <= i < self._top[j].end:
                return self._top[j]
        return None

    def within(self, a: int, b: int) -> list[Quote]:
        """Quotations lying wholly inside text[a:b]."""
        k = bisect_right(self._starts, a - 1)
        out = []
        while k < len(self.regions) and self.regions[k].start < b:
            q = self.regions[k]
            if q.end <= b:
                out.append(q)
            k += 1
        return out


def _line_start(text: str, i: int) -> bool:
    """Is `i` the first non-space character of its line?"""
    j = i - 1
    while j >= 0 and text[j] in " \t\r\f\v":
        j -= 1
    return j < 0 or text[j] == "\n"


def _line_end(text: str, i: int) -> int:
    """End of the line holding offset `i`, trailing spaces left out."""
    nl = text.find("\n", i)
    return _rstrip(text, i, len(text) if nl < 0 else nl)


def _rstrip(text: str, lo: int, end: int) -> int:
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _has_words(text: str, q: Quote) -> bool:
    a, b = q.inner
    return b > a and any(c.isalnum() for c in text[a:b])
