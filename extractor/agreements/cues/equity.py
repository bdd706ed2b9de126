"""Equity as pay: the instrument words, the grant words and the capital words that rule a count out.

The words live in ``data/equity.jsonl`` (checked when loaded); this module compiles them
once into the patterns :mod:`sec8k.agreements.equity` reads with, beside the few fixed
shapes of an exercise price and a vesting clause.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final, Literal

from pydantic import Field

from sec8k.agreements.cues._shared import _I
from sec8k.models import Instrument
from sec8k.rules.data import DataLine, load_lines
from sec8k.rules.regexes import phrase_alternation

__all__ = [
    "BACK_REFERENCE",
    "COUNT_THEN_INSTRUMENT",
    "EQUITY_FILE",
    "EQUITY_HEADING",
    "EXERCISE_WORD",
    "GRANT_WORD",
    "INSTRUMENTS",
    "NOT_PAY_WORD",
    "RIGHT_TO_BUY",
    "SHARE_PRICE_AFTER",
    "SHARE_PRICE_BEFORE",
    "VESTING_AFTER",
]

EQUITY_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "equity.jsonl"


class _EquityLine(DataLine):
    """One line of ``data/equity.jsonl``: an instrument's words, or the grant / not-pay words."""

    role: Literal["instrument", "grant", "not_pay"]
    value: Instrument | None = None
    words: tuple[str, ...] = Field(min_length=1)


_LINES: Final = load_lines(EQUITY_FILE, _EquityLine)
#: (instrument, its words) in file order: the first whose words occur names the award.
INSTRUMENTS: Final = tuple(
    (line.value, re.compile(rf"\b(?:{phrase_alternation(line.words)})\b", _I))
    for line in _LINES
    if line.role == "instrument" and line.value is not None
)
GRANT_WORD: Final = re.compile(
    rf"\b(?:{phrase_alternation(tuple(w for x in _LINES if x.role == 'grant' for w in x.words))})\b",
    _I,
)
NOT_PAY_WORD: Final = re.compile(
    rf"\b(?:{phrase_alternation(tuple(w for x in _LINES if x.role == 'not_pay' for w in x.words))})\b",
    _I,
)
_INSTRUMENT_NOUN: Final = phrase_alternation(
    tuple(w for x in _LINES if x.role == "instrument" for w in x.words)
)
#: A count written straight before an instrument: "25,000 options", "(87,136) restricted stock units";
#: never a year ("the 2000 Stock Option Plan").
COUNT_THEN_INSTRUMENT: Final = re.compile(
    rf"(?<![\d,.$])\(?(?!(?:19|20)\d\d\b)(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d+)\)?\s+"
    rf"(?:of\s+)?(?:its\s+|the\s+Company's\s+)?"
    rf"(?P<noun>{_INSTRUMENT_NOUN})\b",
    _I,
)
#: Before a count: the right it is bought through, "an option to purchase (an aggregate of)".
RIGHT_TO_BUY: Final = re.compile(
    r"\b(?:options?|warrants?)\s+(?:to\s+(?:purchase|acquire|buy|subscribe\s+for)|exercisable\s+for)\b"
    r"[^.;$]{0,40}$",
    _I,
)
#: Right before a count: "the 1,000,000 Shares ... returned" points back at an award named before.
BACK_REFERENCE: Final = re.compile(r"\b(?:the|such|said|those|these)\s+\(?$", _I)
#: A heading over equity awards: "Stock Options", "Equity Ownership", "Stock Issuances".
EQUITY_HEADING: Final = re.compile(
    r"\b(?:stock\s+options?|options?|warrants?|equity|stock\s+(?:issuances?|awards?|grants?)|"
    r"restricted\s+stock|shares?\s+(?:issuances?|awards?|grants?))\b",
    _I,
)
#: Before a money amount that is a price per share, not pay: "an exercise price of", "par value".
SHARE_PRICE_BEFORE: Final = re.compile(
    r"\b(?:(?:exercise|strike|option(?:\s+share)?|purchase|invoice|share|conversion)\s+price|par\s+value|"
    r"price\s+per\s+share)\b[^.;$€£]{0,30}$",
    _I,
)
#: Words of a right to buy shares, before a "per share" price: "exercisable at", "to purchase".
EXERCISE_WORD: Final = re.compile(
    r"\b(?:exercis\w*|to\s+(?:purchase|acquire|subscribe)|strike)\b", _I
)
#: After a money amount that is a price per share: "$0.10 per share".
SHARE_PRICE_AFTER: Final = re.compile(
    r"\s*(?:USD\s*)?(?:per|a|for\s+each|each)\s+(?:share|Share|ordinary\s+share|option|warrant)\b",
    _I,
)
#: When an award vests or can be exercised: "shall vest and become unrestricted when ...".
VESTING_AFTER: Final = re.compile(
    r"\b(?:shall|will|to)?\s*(?P<vesting>(?:vest|vests|become\s+exercisable|becomes\s+exercisable|"
    r"be\s+exercisable)\b[^.;]{0,100})",
    _I,
)
