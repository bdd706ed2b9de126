"""The promise test of a covenant not to compete: what the 'not' restricts, whether an
amendment takes the covenant out, whether the 'not' sits in a condition, and whether a bare
"non-compete" comes with a promise at all. Words from ``data/covenant_words.jsonl``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final, Literal

from pydantic import Field

from sec8k.agreements.cues._shared import _I
from sec8k.rules.data import DataLine, load_lines
from sec8k.rules.regexes import phrase_alternation

__all__ = [
    "BARE_MENTION",
    "COMPETE_WORD",
    "CONDITION_BEFORE",
    "COVENANT_WORDS_FILE",
    "DEFINITION",
    "DELETED",
    "NOT_COMPETING_ACT",
    "NOT_WORD",
    "PROMISE_NEGATION",
]

COVENANT_WORDS_FILE: Final = (
    Path(__file__).resolve().parent.parent / "data" / "covenant_words.jsonl"
)


class _CovenantLine(DataLine):
    role: Literal["not_competing", "deleted", "condition"]
    words: tuple[str, ...] = Field(min_length=1)


def _words(role: str) -> str:
    return phrase_alternation(w for x in _LINES if x.role == role for w in x.words)


_LINES: Final = load_lines(COVENANT_WORDS_FILE, _CovenantLine)
#: The "not" of a promise.
NOT_WORD: Final = re.compile(r"\bnot\b", _I)
#: Right after the "not": an act that is no competing ("shall not use", "may not assign").
NOT_COMPETING_ACT: Final = re.compile(
    r"\s*(?:to\s+)?(?:(?:directly|indirectly|either|or|and|itself|themselves|,|\(\w{1,4}\))\s*)*"
    rf"(?:{_words('not_competing')})\b",
    _I,
)
#: An amendment that deletes or waives the covenant.
DELETED: Final = re.compile(rf"\b(?:{_words('deleted')})\b", _I)
#: Before the "not": a condition opener with no promise verb after it ("so long as they are").
CONDITION_BEFORE: Final = re.compile(
    rf"\b(?:{_words('condition')})\b(?:(?!\b(?:shall|will|agrees?|covenants?|undertakes?)\b)[^.;:]){{0,80}}$",
    _I,
)
#: A definition, not a promise: '"Competing Business" shall mean ...'.
DEFINITION: Final = re.compile(r"[\"”]\s*(?:shall\s+mean|means|shall\s+have\s+the\s+meaning)\b", _I)
#: A cue that names the covenant without promising anything ("Non-Compete.", "Competing Business").
BARE_MENTION: Final = re.compile(r"non-?\s?compet|competing\s+business|prohibit", _I)
#: A word of competing: "compete", "competitive", "competitor", "competing".
COMPETE_WORD: Final = re.compile(r"\bcompet(?!en)\w*", _I)
#: What makes a sentence a promise: "shall not", "agrees not to", "refrain from", "neither ... shall".
PROMISE_NEGATION: Final = re.compile(
    r"\b(?:shall|will|may|must|agrees?|covenants?|undertakes?)\s+(?:\w+\s+){0,3}?not\b|\bnot\s+to\b|"
    r"\brefrain\b|\bneither\b|\bno\s+\w+\s+(?:shall|will)\b|\bbound\s+by\b|\bprohibited\s+from\b",
    _I,
)
