"""Quotations: where quoted passages begin and end, with straight, curly and single marks.

News reopens a quotation at each new paragraph of a long quote and closes it only at the end;
an opening mark with no partner ends with its paragraph, so one stray mark never swallows the
article. A line with an odd number of straight marks holds a stray one: the pairing kept is the
one whose closing marks read as closing a quotation (see `_stray_roles`). Single marks also serve as apostrophes ("Russia's", "Jones'"), so they pair only
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
        forced = _stray_roles(text)
        for m in _DOUBLE.finditer(text):
            i = m.start()
            ch = text[i]
            if i in forced:
                can_open, can_close = forced[i]
                if not (can_open or can_close):
                    continue  # a stray closing mark with nothing to close
            elif ch in "“„«":
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


_MAX_STRAY_MARKS = 15  # a line with more marks than this keeps the plain left-to-right pairing


def _stray_roles(text: str) -> dict[int, tuple[bool, bool]]:
    """Forced (can open, can close) for the straight marks of lines holding an odd number of them.

    One mark of such a line is stray ('said the "bridge was unsafe. "We have closed it," he
    said'): left to right, the second mark would close the first and leave the third alone. A
    reader pairs the marks so that each opening mark sits against the word it opens and each
    closing mark reads as one - after the quotation's own comma or stop and before ", he said", a
    new sentence or the end of the line - and leaves the stray mark out: as an opening whose
    quotation ends at the next mark, or, when it stands loose between spaces, as a slip inside a
    quotation ('"... and art -" one which many enjoy. "'). Each choice of stray mark is scored;
    the plain pairing (the last mark left open, to go on in the next paragraph) is kept unless
    another choice scores higher. Lines with curly marks are left alone: those say which way
    they face.
    """
    forced: dict[int, tuple[bool, bool]] = {}
    if text.count('"') < 3:
        return forced
    line_start = 0
    while line_start < len(text):
        nl = text.find("\n", line_start)
        line_end = len(text) if nl < 0 else nl
        line = text[line_start:line_end]
        n = line.count('"')
        if n >= 3 and n % 2 == 1 and n <= _MAX_STRAY_MARKS and not any(c in line for c in "“”„«»"):
            marks = [line_start + m.start() for m in re.finditer('"', line)]
            flanks = [_flank(text, i) for i in marks]
            scores = {
                stray: _pairing_score(text, marks, flanks, stray, line_end)
                for stray in range(n)
                # a mark inside a quotation is a slip only when it stands loose
                if stray % 2 == 0 or _loose(text, marks[stray])
            }
            best = max(scores, key=lambda k: (scores[k], k))
            if best != n - 1 and scores[best] > scores[n - 1]:
                rest = [i for k, i in enumerate(marks) if k != best]
                for r, i in enumerate(rest):
                    forced[i] = (True, False) if r % 2 == 0 else (False, True)
                forced[marks[best]] = (flanks[best][0], False) if best % 2 == 0 else (False, False)
        line_start = line_end + 1
    return forced


def _pairing_score(
    text: str, marks: list[int], flanks: list[tuple[bool, bool]], stray: int, line_end: int
) -> int:
    """How well the marks other than `stray`, paired left to right, read as quotations."""
    rest = [k for k in range(len(marks)) if k != stray]
    total = 0
    for o, c in zip(rest[::2], rest[1::2], strict=True):
        total += flanks[o][0] + _opens_well(text, marks[o])
        total += flanks[c][1] + _closes_well(text, marks[c], line_end)
    return total


def _opens_well(text: str, i: int) -> bool:
    """Does the mark at `i` sit against the word it opens, after a space or the line's start?"""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1 : i + 2]
    return (before.isspace() or before in _OPENERS_BEFORE) and after.isalnum()


def _loose(text: str, i: int) -> bool:
    """Does the mark at `i` touch no letter or digit on either side?"""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _closes_well(text: str, i: int, line_end: int) -> bool:
    """Does the mark at `i` read as closing a quotation: after its comma or stop and before an
    attribution (', he said'), a new sentence or the end of the line?"""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1 : min(line_end, i + 40)]
    if not after.strip():
        return True
    if before in ",!?…" or (before == "." and after[:1] == " "):
        nxt = after.lstrip()[:1]
        return nxt.islower() or (before != "," and nxt.isupper())
    # British placement: '"it", he said'
    return after[:1] == "," and after[1:].lstrip()[:1].islower()


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
