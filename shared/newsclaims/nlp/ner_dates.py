"""Date and time expressions ("Saturday, October 9, 2010", "last week", "two hours") by pattern.

News writes dates in a handful of fixed shapes, so a regular expression over the text finds
them faster and more reliably than a statistical tagger would. Spans are character offsets.
"""

from __future__ import annotations

import bisect
import re

from newsclaims.nlp import lexicon as lx

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
# months that are also common words only count with a day, a year or a preposition before them
_MONTH_SAFE = r"(?:January|February|April|June|July|August|September|October|November|December)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})"
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = (
    r"(?:[0-9]+(?:\.[0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|a\ few|several|a\ couple\ of|(?:a\ )?half\ an?)"
)
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"
_TIME = r"(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:\s?[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s?[ap]\.m\.|(?:1[0-2]|0?[1-9])\s?[ap]m\b)"
_HOLIDAYS = "|".join(
    sorted(
        (re.escape(h).replace("'", "['’]").title().replace("['’]S", "['’]s") for h in lx.HOLIDAYS),
        key=len,
        reverse=True,
    )
)
_REL_UNIT = r"(?:week|month|year|weekend|summer|winter|spring|autumn|fall|decade|century|season)"

_DATE = re.compile(
    rf"""
    (?<![\w-])(?:
        (?i:early|late|mid)(?:-|\s+)(?:{_MONTH}(?:,?\s+{_YEAR})?|(?:1[6-9]|20)[0-9]0s|{_YEAR})(?![\w:]|\s+[0-9]|\s*['’]s)  # late September, mid-2024
      | (?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w:])     # (Saturday,) October 9(, 2010)
      | (?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?(?!\w|:[0-9])  # (Saturday,) 9 October( 2010)
      | {_MONTH}\s+{_YEAR}(?![\w:])                                           # September 2010
      | (?:(?i:the\s+)?(?i:last|next|this|coming|past)\s+)?{_WEEKDAY}(?:\s+(?i:{_PART}))?  # (next) Thursday (night)
      | (?i:last|next|this|coming|past)\s+{_MONTH}(?![\w:]|\s+[0-9])            # last March
      | {_MONTH_SAFE}
      | (?:{_HOLIDAYS})
      | (?i:(?:(?:earlier|later)\s+)?(?:yesterday|today|tomorrow|tonight)(?:\s+{_PART})?)
      | (?i:midnight|noon|midday)
      | (?i:(?:this\s+past|last|next|this|coming|past)\s+{_REL_UNIT})
      | (?i:(?:1[0-9]|2[01])(?:st|nd|rd|th)\s+century)
      | (?i:the\s+(?:previous|following|next)\s+(?:day|week|month|year))
      | (?i:the\s+(?:day|week|month|year)\s+(?:before|after))
      | (?i:(?:the\s+)?(?:next|past|last|first|previous)\s+[0-9]+\s+{_UNIT})
      | {_TIME}(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|IST|AEST|AEDT|MSK))?(?:\s+(?i:the\s+next\s+day|on\s+{_WEEKDAY}))?
      | (?:1[6-9]|20)[0-9]0s                                                    # 1990s
      | {_YEAR}(?=\s*[,;.)]\s|\s*[;.)]?$)
    )(?![\w-])
    """,
    re.VERBOSE | re.MULTILINE,
)
# "March", "May" and a bare year only after a word that introduces a time ("in May", "since 2008")
_AFTER_PREPOSITION = re.compile(
    rf"\b(?i:in|since|until|till|by|of|from|during|before|after|between|early|late|mid|and|to|around|"
    rf"last|next|this|the)\s+({_YEAR}(?![\w,.]?[0-9])|(?:March|May)(?!\w))(?![\w-])"
)
# durations ("two hours") are dates in DESIGN.md's sense only with a time unit, never "-year-old"
_DURATION = re.compile(rf"(?<![\w-])(?i:(?:{_NUM}|a|an)\s+{_UNIT}\s+ago|{_NUM}\s+{_UNIT})(?![\w-])")


# first words of every date pattern: the patterns are tried only where one of these starts a token
_TRIGGERS = frozenset(
    {
        m.lower()
        for m in "January February March April May June July August September October November "
        "December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
    }
    | lx.WEEKDAYS
    | {h.split()[0] for h in lx.HOLIDAYS}
    | {
        "yesterday",
        "early",
        "late",
        "mid",
        "earlier",
        "later",
        "midnight",
        "noon",
        "midday",
        "today",
        "tomorrow",
        "tonight",
        "last",
        "next",
        "this",
        "coming",
        "past",
        "the",
        "first",
        "previous",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "a",
        "several",
        "half",
        "an",
    }
)
_PREPOSITIONS = frozenset(
    "in since until till by of from during before after between early late mid and to around last next this the".split()
)


# Words that start a date only with certain words after them ("the next", "a few", "two hours").
_WEAK = frozenset(
    """this last next coming past the first previous earlier later a an several half one two three four
    five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty""".split()
)
_AFTER_WEAK = (
    r"(?:next|past|last|first|previous|following|day|week|month|year|weekend|summer|winter|spring"
    r"|autumn|fall|decade|century|season|few|couple|half|an|seconds?|minutes?|hours?|days|weeks|months"
    r"|years|decades|centuries|today|tomorrow|tonight|yesterday|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|[0-9]+)(?![A-Za-z0-9])"
)
_TRIGGER_RE = re.compile(
    r"(?<![\w-])(?:[0-9]|(?i:"
    + "|".join(sorted((re.escape(t) for t in _TRIGGERS - _WEAK), key=len, reverse=True))
    + r")(?!\w)|(?i:"
    + "|".join(sorted(_WEAK, key=len, reverse=True))
    + r")(?=\s+(?i:"
    + _AFTER_WEAK
    + r")))"
)
_DASH_RANGE = re.compile(r"\s*[-‐‑–—]\s*")
_WORD_RANGE = re.compile(r"\s+(?:to|through|until)\s+")
_ABSOLUTE = re.compile(rf"[0-9]|{_MONTH}")


_SINGULAR_OK = frozenset(("1", "one", "a", "an", "half"))


def _is_modifier(duration: str) -> bool:
    """ "a 19 year sentence", "a 2000 year old custom": a singular unit after a plural number
    makes an adjective, not a stretch of time."""
    words = duration.lower().split()
    return (
        not words[-1].endswith(("s", "ago"))
        and words[0] not in _SINGULAR_OK
        and words[-2] not in _SINGULAR_OK
    )


def _is_range(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two calendar dates joined by a dash, or two years joined by "to", make one period."""
    a, b = text[first[0] : first[1]], text[second[0] : second[1]]
    if not (_ABSOLUTE.match(a) and _ABSOLUTE.match(b)):
        return False
    if _DASH_RANGE.fullmatch(text, first[1], second[0]):
        return True
    return bool(_WORD_RANGE.fullmatch(text, first[1], second[0])) and a.isdigit() and b.isdigit()


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+$")
# "the BBC's Today programme", "NBC's Today show": a capitalised day word before a programme noun
# is the programme's title with the capitalised words before it ("Sports Today programme"), no date
_PROGRAMME_DAY = re.compile(r"To(?:day|night|morrow)(?=[ \t]+(?:programme|program|show|podcast|newspaper)s?\b)")
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")
_NOT_TITLE_WORDS = frozenset("The On In At During For From To".split())


def programme_titles(text: str) -> list[tuple[int, int]]:
    """Spans of programme titles that are or end in a day word ("Today", "Sports Today")."""
    out = []
    for m in _PROGRAMME_DAY.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            continue
        for _ in range(2):
            before = _TITLE_WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is None or before.group(1) in _NOT_TITLE_WORDS:
                break
            start = before.start(1)
        out.append((start, m.end()))
    return out


def _inside(ranges: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ranges[i][1]


def find_dates(text: str) -> list[tuple[int, int]]:
    """Character spans of date and time expressions, longest first where they overlap."""
    spans: list[tuple[int, int]] = []
    # the patterns are tried only where a trigger word or a digit starts a word (found in C)
    for t in _TRIGGER_RE.finditer(text):
        pos = t.start()
        for pattern in (_DATE, _DURATION):
            m = pattern.match(text, pos)
            if m and not (pattern is _DURATION and _is_modifier(m.group())):
                spans.append((m.start(), m.end()))
        first = text[pos]
        if first.isdigit() or text.startswith(("March", "May"), pos):
            before = _PREVIOUS_WORD.search(text, max(0, pos - 16), pos)
            if before is None:
                continue
            previous = before.group(1).lower()
            # "and"/"to" join years ("2008 and 2010") but also verbs and marches ("and March organisers")
            if previous in _PREPOSITIONS and (
                first.isdigit() or previous not in ("and", "to", "between", "around")
            ):
                m = _AFTER_PREPOSITION.match(text, before.start(1))
                if m:
                    spans.append((m.start(1), m.end(1)))
    titles = programme_titles(text)
    if titles:
        starts = [a for a, _ in titles]
        spans = [s for s in spans if not _inside(titles, starts, s[0])]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            continue
        if out and _is_range(text, out[-1], (a, b)):
            out[-1] = (out[-1][0], b)  # "1980 to 2012", "January 23 - March 9 2014" is one period
            continue
        out.append((a, b))
    return out
