"""Every regular expression of the rule layer, named and compiled once.

These read the *inside* of a span the spaCy patterns found (they build values);
they are not used to find anything in a document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from sec8k.rules import lexicon

__all__ = [
    "APPROXIMATE",
    "CURRENCY_CODE",
    "CURRENCY_NAME",
    "CURRENCY_SYMBOL",
    "DATE_DAY_FIRST",
    "DATE_ISO",
    "DATE_MONTH_FIRST",
    "DATE_NUMERIC_US",
    "DEFINED_TERM",
    "DURATION_UNIT",
    "FIGURE",
    "FRACTION_FIGURE",
    "FRACTION_WORDS",
    "MARKDOWN_ESCAPE",
    "NUMBER_WORDS",
    "PAREN_FIGURE",
    "PERCENT_UNIT",
    "SCALE_AFTER",
    "SHARES_UNIT",
    "SPACE_BEFORE_PUNCT",
    "WHITESPACE",
    "phrase_alternation",
]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that "US$" beats "$"."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of a word list's phrases, longest first, a space matching any run
    of whitespace ("as disclosed agent for" across a line break)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)


# -- clean-up ---------------------------------------------------------------
#: A Markdown escape in text renderings of filings: "\$8.3 million", "45\%".
MARKDOWN_ESCAPE: Final = re.compile(r"\\(?=[$%&*_#])")
WHITESPACE: Final = re.compile(r"\s+")
#: "January 3 , 2011": conversion noise puts spaces before commas.
SPACE_BEFORE_PUNCT: Final = re.compile(r"\s+(?=[,.])")

# -- numbers ----------------------------------------------------------------
#: A leading qualifier that makes an amount approximate ("approximately $7.4 million").
APPROXIMATE: Final = re.compile(
    rf"^(?:{_alternation(lexicon.APPROXIMATE_WORDS)})(?!\w)\s*", re.IGNORECASE
)
#: A figure: "136,700", "8.3", "0.01", ".01" (old filings: "par value $.01"), "10,000,000".
#: Not part of "2/3" or of "1.2.3".
FIGURE: Final = re.compile(
    r"(?<![\d.,/])(?:(?P<integer>\d{1,3}(?:,\d{3})+|\d+)(?P<fraction>\.\d+)?|(?P<bare>\.\d+))"
    r"(?!\d|,\d|/\d|\.\d)"
)
#: A multiplier right after a figure: "8.3 million", "2.5m", "5MM", "1.2bn".
SCALE_AFTER: Final = re.compile(
    rf"\s*(?P<scale>{_alternation(lexicon.SCALE_ABBREVIATIONS)})(?![a-z])", re.IGNORECASE
)
#: A parenthesised part holding a figure: the "($50,000)" of "Fifty Thousand Dollars ($50,000)".
PAREN_FIGURE: Final = re.compile(r"\((?P<inner>[^()]*\d[^()]*)\)")
_NUMBER_WORD = _alternation([*lexicon.NUMBER_UNITS, *lexicon.NUMBER_SCALES])
#: A run of spelled-out number words: "Twenty-Nine Million Nine Hundred Thousand".
NUMBER_WORDS: Final = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:\s*-\s*|\s+)(?:and\s+)?(?:{_NUMBER_WORD}))*\b", re.IGNORECASE
)
#: "(2/3)", "2/3".
FRACTION_FIGURE: Final = re.compile(r"(?<![\d/])(?P<num>\d{1,6})\s*/\s*(?P<den>\d{1,6})(?![\d/])")
#: "two-thirds", "one half".
FRACTION_WORDS: Final = re.compile(
    rf"\b(?P<num>{_alternation(lexicon.NUMBER_UNITS)})\s*-?\s*"
    rf"(?P<den>{_alternation(lexicon.FRACTION_DENOMINATORS)})\b",
    re.IGNORECASE,
)

# -- units ------------------------------------------------------------------
PERCENT_UNIT: Final = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b", re.IGNORECASE)
SHARES_UNIT: Final = re.compile(r"\bshares?\b", re.IGNORECASE)
DURATION_UNIT: Final = re.compile(
    rf"\b(?P<unit>{_alternation(lexicon.DURATION_UNITS)})\b", re.IGNORECASE
)

# -- currencies -------------------------------------------------------------
#: A currency symbol; letters in it ("NT$") must not continue a word.
CURRENCY_SYMBOL: Final = re.compile(
    rf"(?<![A-Za-z])(?P<symbol>{_alternation(lexicon.CURRENCY_SYMBOLS)})"
)
#: An upper-case currency code standing alone: "SEK 10,000,000", "10 million EUR".
CURRENCY_CODE: Final = re.compile(
    rf"(?<![A-Za-z])(?P<code>{_alternation(lexicon.CURRENCY_CODES)})(?![A-Za-z])"
)
#: A currency name: "Dollars", "United States Dollars", "Japanese Yen".
CURRENCY_NAME: Final = re.compile(
    r"\b(?P<name>" + _alternation(lexicon.CURRENCY_NAMES).replace(r"\ ", r"\s+") + r")(?![\w])",
    re.IGNORECASE,
)

# -- dates ------------------------------------------------------------------
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
#: "December 30, 2010", "Dec. 30, 2010", "December 30th 2010".
DATE_MONTH_FIRST: Final = re.compile(
    rf"^(?P<month>[A-Za-z]+)\.?\s*{_DAY}\s*,?\s*{_YEAR}$", re.IGNORECASE
)
#: "30 December 2010", "the 30th day of December, 2010", "the 3rd of March, 2016".
DATE_DAY_FIRST: Final = re.compile(
    rf"^(?:the\s+)?{_DAY}\s+(?:day\s+)?(?:of\s+)?(?P<month>[A-Za-z]+)\.?\s*,?\s*{_YEAR}$",
    re.IGNORECASE,
)
#: "12/30/2010" (US order: month first).
DATE_NUMERIC_US: Final = re.compile(r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})$")
#: "2010-12-30".
DATE_ISO: Final = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")

# -- defined terms ----------------------------------------------------------
#: The quoted name at the end of a parenthesised definition: (the "Company"), ("Östergrens").
DEFINED_TERM: Final = re.compile(
    r"(?:``|[\"“”‘'])\s*(?P<term>[^\"“”]+?)\s*(?:''|[\"”“’'])\s*\)\s*$"
)
