"""Keep spaCy's Matcher linear on long runs of spelled-out number words.

The number-word patterns (``money-words-*``, ``shares-words*``, ``percent-words-*``,
``duration-words*``) take up to 13 words through a ``{0,12}`` quantifier, which the
Matcher expands into optional tokens: inside a run of number words every token
forks thousands of partial matches ("one hundred " ten thousand times took minutes).

No match can hold more than 13 of a run's words, and a number-word match ends with a
unit after the run ("Dollars", "shares", "percent", "years"), so only the words near
a run's ends can be in a match. :func:`mask_long_number_runs` hides the words deep
inside a long run (letters become "x", offsets and whitespace stay) before the text
is tokenised; the finder reads every candidate's text from the original.
"""

from __future__ import annotations

import re
from typing import Final

from sec8k.rules import lexicon

__all__ = ["KEPT_RUN_WORDS", "mask_long_number_runs"]

#: Words left as they are at each end of a run: above the 13 a pattern can take.
KEPT_RUN_WORDS: Final = 20

_WORD = "|".join(sorted([*lexicon.NUMBER_UNITS, *lexicon.NUMBER_SCALES], key=len, reverse=True))
#: Between two words of a run the tokens may be whitespace and one "-"; a separator the
#: patterns would not cross ("--", "and", ",") ends the run here too, never the reverse.
_RUN: Final = re.compile(
    rf"\b(?:{_WORD})\b(?:(?:\s+(?:-\s*)?|-\s*)(?:{_WORD})\b){{{2 * KEPT_RUN_WORDS},}}",
    re.IGNORECASE,
)
_RUN_WORD: Final = re.compile(rf"\b(?:{_WORD})\b", re.IGNORECASE)
_LETTER: Final = re.compile(r"[^\W\d_]")


def mask_long_number_runs(text: str) -> str:
    """``text`` with the inner words of each run of over 40 number words masked; same length."""
    if _RUN.search(text) is None:
        return text
    pieces: list[str] = []
    last = 0
    for run in _RUN.finditer(text):
        words = list(_RUN_WORD.finditer(text, run.start(), run.end()))
        start = words[KEPT_RUN_WORDS].start()
        end = words[-KEPT_RUN_WORDS - 1].end()
        pieces.append(text[last:start])
        pieces.append(_LETTER.sub("x", text[start:end]))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
