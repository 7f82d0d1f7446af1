"""Properties: `extract` never raises on arbitrary text, and every mention offset is exact."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.nlp import extract

# words that look like news: names, titles, dates, brackets, quotes, dashes and mixed scripts
_PIECES = st.sampled_from(
    [
        "Sergei",
        "Lavrov",
        "Foreign",
        "Minister",
        "North",
        "Korea",
        "Korean",
        "the",
        "of",
        "(UAF)",
        "UAF",
        "said",
        "in",
        "July",
        "Saturday,",
        "October",
        "9,",
        "2010",
        "Beloусов",
        "People’s",
        "Army",
        "—",
        "‐",
        "“",
        "”",
        "'s",
        ".",
        ",",
        "\n",
        "\n\n",
        "L.",
        "Ron",
        "#Tag",
        "@handle",
        "Dr.",
        "The",
        "Post",
        "al-",
        "Bakr",
        "ΑΒΓ",
        "金正恩",
        "U.S.",
        "anti-Pyongyang",
        "Mr",
        "   ",
        "NATO",
        "last",
        "week",
        "two",
        "hours",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=60).map(" ".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_extract_never_raises_and_offsets_are_exact(text: str) -> None:
    result = extract(text, id="p")
    keys = [e.key for e in result.entities]
    assert len(keys) == len(set(keys))
    for entity in result.entities:
        assert entity.mentions
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
        starts = [m.start for m in entity.mentions]
        assert starts == sorted(starts)
    spans = sorted((m.start, m.end) for e in result.entities for m in e.mentions)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "mentions of different entities never overlap"
