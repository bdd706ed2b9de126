"""Dates as filings write them -> ISO strings."""

from __future__ import annotations

import re
from datetime import date

__all__ = ["DATE_PATTERN", "parse_date", "yyyymmdd_to_iso"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#: "December 30, 2010", "Dec. 30 , 2010", "30 December 2010", "12/30/2010", "2010-12-30".
DATE_PATTERN = re.compile(
    rf"(?P<mdy>{_MONTH}\.?[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]*,?[ \t]*(?P<y1>\d{{4}}))"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+{_MONTH}\.?,?[ \t]+(?P<y2>\d{{4}}))"
    r"|(?P<us>(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4}))"
    r"|(?P<iso>(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)


def _iso(year: str, month: int, day: str) -> str | None:
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None when there is none."""
    match = DATE_PATTERN.search(text)
    if match is None:
        return None
    if match.group("mdy") or match.group("dmy"):
        month_word = _MONTH_WORD.search(match.group(0))
        assert month_word is not None  # the pattern matched a month name
        month = _MONTHS[month_word.group(0).lower()]
        day, year = (
            (match.group("d1"), match.group("y1"))
            if match.group("mdy")
            else (match.group("d2"), match.group("y2"))
        )
        return _iso(year, month, day)
    if match.group("us"):
        return _iso(match.group("y3"), int(match.group("m3")), match.group("d3"))
    return _iso(match.group("y4"), int(match.group("m4")), match.group("d4"))


def yyyymmdd_to_iso(value: str | None) -> str | None:
    """'20101230' (SGML header form) -> '2010-12-30'."""
    if not value or not re.fullmatch(r"\d{8}", value.strip()):
        return None
    value = value.strip()
    return _iso(value[:4], int(value[4:6]), value[6:])
