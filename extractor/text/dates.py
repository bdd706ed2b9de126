"""Finding dates in running text; reading them is the rule layer's ``parse_date``."""

from __future__ import annotations

import re

from sec8k.errors import ParseError
from sec8k.rules.dates import parse_date as _read_date

__all__ = ["DATE_PATTERN", "first_date", "yyyymmdd_to_iso"]

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#: Where a date stands in running text: "December 30, 2010", "Dec. 30 , 2010",
#: "30 December 2010", "12/30/2010", "2010-12-30". Blanks around the comma are read by one
#: quantifier each side ("[ \t]*,?[ \t]*" split a long run of blanks every possible way).
DATE_PATTERN = re.compile(
    rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]*(?:,[ \t]*)?\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}\.?,?[ \t]+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}",
    re.IGNORECASE,
)


def first_date(text: str) -> str | None:
    """The first real date in ``text`` as YYYY-MM-DD, or None when there is none."""
    for match in DATE_PATTERN.finditer(text):
        try:
            return _read_date(match.group())
        except ParseError:
            continue
    return None


def yyyymmdd_to_iso(value: str | None) -> str | None:
    """'20101230' (the SGML header's form) -> '2010-12-30'; None when it is not a date."""
    if not value or not re.fullmatch(r"\d{8}", value.strip()):
        return None
    value = value.strip()
    return first_date(f"{value[:4]}-{value[4:6]}-{value[6:]}")
