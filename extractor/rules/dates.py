"""Dates, in one place: reading a date's text as ISO 8601 ("December 30, 2010" -> "2010-12-30"),
finding dates in running text, and the loose forms PDF-converted contracts carry.

Which date is which (an agreement's, its effective date, a term's end, a change's date) is
the extractors' business; every one of them reads and finds dates through this module."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from sec8k.errors import ParseError
from sec8k.rules import lexicon, regexes

__all__ = [
    "DATE_PATTERN",
    "LOOSE_DATE",
    "MONTH_WORD",
    "ORDINAL_DAYS",
    "TWO_DIGIT_YEAR_PIVOT",
    "first_date",
    "parse_date",
    "read_loose_date",
    "yyyymmdd_to_iso",
]

#: A two-digit year below this is 20xx, from it on 19xx ("5/9/97" -> 1997, "1/2/05" -> 2005).
TWO_DIGIT_YEAR_PIVOT = 50
#: Month names by number, as a canonical date is written for parse_date ("March 12, 1999").
_MONTHS: Final = tuple(name.capitalize() for name in lexicon.MONTH_NAMES)

#: Tried in order; each names the groups ``year``, ``month`` and ``day``.
_DATE_FORMS: tuple[re.Pattern[str], ...] = (
    regexes.DATE_MONTH_FIRST,
    regexes.DATE_DAY_FIRST,
    regexes.DATE_NUMERIC_US,
    regexes.DATE_ISO,
)

_TEXT_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#: Where a date stands in running text: "December 30, 2010", "Dec. 30 , 2010",
#: "30 December 2010", "12/30/2010", "2010-12-30". Blanks around the comma are read by one
#: quantifier each side ("[ \t]*,?[ \t]*" split a long run of blanks every possible way).
DATE_PATTERN = re.compile(
    rf"{_TEXT_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]*(?:,[ \t]*)?\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_TEXT_MONTH}\.?,?[ \t]+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}",
    re.IGNORECASE,
)

#: A month's name or its abbreviation, any case (the agreement cues build on it too).
MONTH_WORD: Final = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_ORDINAL_UNITS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
#: Days of a month written as words, "first" (1) to "thirty-first" (31), in order.
ORDINAL_DAYS: Final = (
    *_ORDINAL_UNITS,
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
    *(f"twenty-{unit}" for unit in _ORDINAL_UNITS),
    "thirtieth", "thirty-first",
)  # fmt: skip
_ORDINAL_DAY: Final = "|".join(
    word.replace("-", "[- ]?") for word in sorted(ORDINAL_DAYS, key=len, reverse=True)
)
#: An ordinal suffix as PDF conversion leaves it: "1st", "15t h", "9t h", "2 nd".
_SUFFIX: Final = r"\s?(?:s\s?t|n\s?d|r\s?d|t\s?h)?"
#: Dates the rule layer does not read, as PDF conversion and typists leave them: "15t h day of
#: January 2018", "this first (1st) day of July, 2017", "March 12,1999", "_Dec. 8, 2005",
#: "April. 1st 2019", "November 19t h, 2012", "24 OCT 2011", "9/21/98", "3-29-2016". Each is
#: rewritten as "Month D, YYYY" for ``parse_date``, which checks it.
LOOSE_DATE: Final = re.compile(
    "|".join(
        [
            rf"(?P<d1>\d{{1,2}}){_SUFFIX}\s+day\s+of\s+(?P<m1>{MONTH_WORD})\.?\s*,?\s*(?P<y1>\d{{4}})\b",
            rf"\b(?P<w1>(?i:{_ORDINAL_DAY}))(?:\s*\(\s*\d{{1,2}}{_SUFFIX}\s*\))?\s+day\s+of\s+"
            rf"(?P<mw>{MONTH_WORD})\.?\s*,?\s*(?P<yw>\d{{4}})\b",
            rf"(?<![A-Za-z])(?P<m2>{MONTH_WORD})\.?[ \t]*(?P<d2>\d{{1,2}}){_SUFFIX}[ \t]*,?[ \t]*(?P<y2>\d{{4}})\b",
            rf"\b(?P<d4>\d{{1,2}}){_SUFFIX}[ \t]+(?P<m4>{MONTH_WORD})\.?,?[ \t]+(?P<y4>\d{{4}})\b",
            r"(?<![\d/-])(?P<a3>\d{1,2})[/-](?P<b3>\d{1,2})[/-](?P<y3>\d{4}|\d{2})(?![\d/-])",
        ]
    )
)


def parse_date(text: str) -> str:
    """Read one calendar date and return it as "YYYY-MM-DD".

    Reads "December 30, 2010", "Dec. 30, 2010", "30 December 2010",
    "the 30th day of December, 2010", "the 3rd of March, 2016", "12/30/2010" and
    "5/9/97" (month first, as US filings write it; a two-digit year pivots at
    :data:`TWO_DIGIT_YEAR_PIVOT`), "2010-12-30", and tolerates conversion noise such as
    "January 3 , 2011". Raises ParseError for anything else, including dates that
    do not exist (February 30).
    """
    if not isinstance(text, str):
        raise ParseError(repr(text)[:80], "expected text")
    clean = regexes.SPACE_BEFORE_PUNCT.sub("", regexes.WHITESPACE.sub(" ", text)).strip()
    for form in _DATE_FORMS:
        found = form.match(clean)
        if found:
            return _iso(found, text)
    raise ParseError(_source(text), "not a date sec8k reads (e.g. 'December 30, 2010')")


def _iso(found: re.Match[str], text: str) -> str:
    month_text = found["month"]
    if month_text.isdigit():
        month = int(month_text)
    else:
        month_number = lexicon.MONTHS.get(month_text.lower())
        if month_number is None:
            raise ParseError(_source(text), f"{month_text!r} is not a month")
        month = month_number
    year = int(found["year"])
    if len(found["year"]) == 2:
        year += 1900 if year >= TWO_DIGIT_YEAR_PIVOT else 2000
    try:
        return dt.date(year, month, int(found["day"])).isoformat()
    except ValueError as error:
        raise ParseError(_source(text), f"no such date ({error})") from error


def _source(text: str) -> str:
    return f"date {text[:80]!r}"


def first_date(text: str) -> str | None:
    """The first real date in ``text`` as YYYY-MM-DD, or None when there is none."""
    for match in DATE_PATTERN.finditer(text):
        try:
            return parse_date(match.group())
        except ParseError:
            continue
    return None


def yyyymmdd_to_iso(value: str | None) -> str | None:
    """'20101230' (the SGML header's form) -> '2010-12-30'; None when it is not a date."""
    if not value or not re.fullmatch(r"\d{8}", value.strip()):
        return None
    value = value.strip()
    return first_date(f"{value[:4]}-{value[4:6]}-{value[6:]}")


def read_loose_date(match: re.Match[str]) -> str | None:
    """A :data:`LOOSE_DATE` match as "YYYY-MM-DD", or None when it is no real date."""
    if match.group("y3"):
        first, second = int(match.group("a3")), int(match.group("b3"))
        month, day = (second, first) if first > 12 else (first, second)
        if not 1 <= month <= 12:
            return None
        canonical = f"{_MONTHS[month - 1]} {day}, {_year(match.group('y3'))}"
    elif match.group("w1"):
        word = re.sub(r"[- ]+", "-", match.group("w1").lower())
        day = ORDINAL_DAYS.index(word) + 1
        canonical = f"{match.group('mw').title()} {day}, {match.group('yw')}"
    else:
        month_name = str(match.group("m1") or match.group("m2") or match.group("m4"))
        day_text = match.group("d1") or match.group("d2") or match.group("d4")
        year_text = match.group("y1") or match.group("y2") or match.group("y4")
        canonical = f"{month_name.title()} {day_text}, {year_text}"
    try:
        return parse_date(canonical)
    except ParseError:
        return None


def _year(text: str) -> int:
    """'98' -> 1998, '02' -> 2002 (pivot :data:`TWO_DIGIT_YEAR_PIVOT`); '2016' as is."""
    year = int(text)
    if len(text) == 4:
        return year
    return 1900 + year if year >= TWO_DIGIT_YEAR_PIVOT else 2000 + year
