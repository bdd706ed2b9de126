"""normalise_text tries NOISE_LINE only on short lines (or lines with "<"): that must
never keep a line the full check would drop."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sec8k.text import plain
from sec8k.text.repair import NOISE_LINE

#: Words and marks NOISE_LINE is made of, and what a cleaned line separates them with.
_PIECES = st.sampled_from(
    ["page", "PAGE", "Page", "of", "OF", "table", "contents", "iv", "x", "-", "\u2013", "\u2014"]
    + [str(n) for n in (1, 7, 12, 99, 123, 4567)]
    + list("aZ\u0416")
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.tuples(_PIECES, st.sampled_from(["", " ", "\t"])), min_size=1, max_size=12))
def test_a_cleaned_line_past_the_bound_is_never_noise(pieces: list[tuple[str, str]]) -> None:
    line = "".join(word + gap for word, gap in pieces).strip(" \t")
    if len(line) > plain._NOISE_MAX_CHARS and "<" not in line:
        assert NOISE_LINE.match(line) is None


def test_page_marks_and_numbers_are_still_dropped() -> None:
    text = "Intro line\n- 3 -\nPage 4 of 12\n  Table of   Contents  \nii\nEnd\n"
    assert plain.normalise_text(text).text == "Intro line\nEnd\n"
