"""Turn the text of a date into an ISO 8601 string ("December 30, 2010" -> "2010-12-30")."""

from __future__ import annotations

import datetime as dt
import re

from sec8k.errors import ParseError
from sec8k.rules import lexicon, regexes

__all__ = ["parse_date"]

#: A two-digit year below this is 20xx, from it on 19xx ("5/9/97" -> 1997, "1/2/05" -> 2005).
TWO_DIGIT_YEAR_PIVOT = 50

#: Tried in order; each names the groups ``year``, ``month`` and ``day``.
_DATE_FORMS: tuple[re.Pattern[str], ...] = (
    regexes.DATE_MONTH_FIRST,
    regexes.DATE_DAY_FIRST,
    regexes.DATE_NUMERIC_US,
    regexes.DATE_ISO,
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
