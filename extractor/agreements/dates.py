"""Dates in a span: the rule layer's DATE candidates, plus the forms PDF-converted
contracts carry that it does not read ("15t h day of January 2018", "9/21/98").

The extra forms are found with :data:`~sec8k.agreements.cues.dates.LOOSE_DATE` and
rewritten as "Month D, YYYY", which :func:`sec8k.rules.dates.parse_date` reads
and checks; a form it refuses is dropped.
"""

from __future__ import annotations

import re

from sec8k.agreements.cues.dates import LOOSE_DATE, ORDINAL_DAYS, YEAR_PIVOT
from sec8k.agreements.source import Found, Source
from sec8k.errors import ParseError
from sec8k.rules import lexicon
from sec8k.rules.dates import parse_date

__all__ = ["find_dates"]

_MONTHS = tuple(name.capitalize() for name in lexicon.MONTH_NAMES)


def find_dates(src: Source, start: int, end: int) -> list[Found]:
    """Every readable date in ``text[start:end]``, in text order, each with its ISO value."""
    key = (start, end)
    if key not in src.date_cache:
        src.date_cache[key] = tuple(_find_dates(src, start, end))
    return list(src.date_cache[key])


def _find_dates(src: Source, start: int, end: int) -> list[Found]:
    found = [f for f in src.entities(start, end, ("DATE",)) if isinstance(f.value, str)]
    for match in LOOSE_DATE.finditer(src.text, start, end):
        if any(f.start < match.end() and match.start() < f.end for f in found):
            continue
        iso = _iso(match)
        if iso is not None:
            found.append(Found("DATE", match.start(), match.end(), match.group(), iso))
    return sorted(found, key=lambda f: f.start)


def _iso(match: re.Match[str]) -> str | None:
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
    """'98' -> 1998, '02' -> 2002 (pivot :data:`~sec8k.agreements.cues.dates.YEAR_PIVOT`); '2016' as is."""
    year = int(text)
    if len(text) == 4:
        return year
    return 1900 + year if year >= YEAR_PIVOT else 2000 + year
