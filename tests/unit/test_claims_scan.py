"""`_Finder.scan` tries the status and hedge phrase patterns only at tokens that can open them;
it must find exactly what `finditer` over the whole text finds."""

from __future__ import annotations

import json
import re

import pytest

from newsclaims.nlp import cues
from newsclaims.nlp.claims import _Finder
from newsclaims.nlp.text import analyse
from tests.conftest import FIXTURES

PATTERNS = {
    "UNVERIFIED": (cues.UNVERIFIED, cues.UNVERIFIED_FIRST),
    "DISPUTED": (cues.DISPUTED, cues.DISPUTED_FIRST),
    "HEDGE_PHRASE": (cues.HEDGE_PHRASE, cues.HEDGE_FIRST),
    "UNATTRIBUTED_HEDGE": (cues.UNATTRIBUTED_HEDGE, cues.UNATTRIBUTED_FIRST),
}

SENTENCES = (
    "The claim remains unverified. It could not be independently confirmed, and has not yet been verified. "
    "Officials gave no concrete evidence; the ministry did not provide any evidence, citing a lack of "
    "independent verification. The report was false and was proven wrong; critics disputed it, denied it, "
    "questioned it and cast doubt on it. She falsely said so. Others disagreed. It appears to be misleading. "
    "He may have fled. Troops were believed to have crossed. I think it is likely, perhaps unlikely; kind of "
    "odd, sort of. It seems so and appeared to stall. Allegedly, reportedly, purportedly, supposedly. "
    "Apparently, possibly, probably, maybe, presumably, seemingly. Unconfirmed and rumoured, rumored. "
    "Soldiers who allegedly fought may be there. It might rain; it could. May 5 and Could it? "
    "UNVERIFIED CLAIMS WERE DENIED. Wasn't it? The island is large; the den is dark. Can't be verified."
)


def _texts() -> list[str]:
    texts = [SENTENCES]
    for path in sorted(FIXTURES.glob("0*")):
        raw = path.read_text(encoding="utf-8")
        texts.append(json.loads(raw).get("text", "") if path.suffix == ".json" else raw[:100_000])
    return texts


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_scan_finds_what_finditer_finds(name: str) -> None:
    pattern, first = PATTERNS[name]
    found = 0
    for text in _texts():
        finder = _Finder(analyse(text), [])
        expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
        assert [(m.start(), m.end()) for m in finder.scan(pattern, first)] == expected
        found += len(expected)
        # and inside a window, as the hedge look-ups use it
        a, b = len(text) // 3, 2 * len(text) // 3
        window = [(m.start(), m.end()) for m in pattern.finditer(text, a, b) if re.match(r"\w", text[m.start()])]
        assert [(m.start(), m.end()) for m in finder.scan(pattern, first, a, b)] == [
            w for w in window if w[0] >= a
        ]
    assert found > 5, "the texts must exercise the pattern"
