"""Dates in a span: the rule layer's DATE candidates, plus the forms PDF-converted
contracts carry that it does not read ("15t h day of January 2018", "9/21/98").

The extra forms are found with :data:`~sec8k.rules.dates.LOOSE_DATE` and
read by :func:`~sec8k.rules.dates.read_loose_date` (rewritten as "Month D, YYYY" for
``parse_date``, which checks it); a form it refuses is dropped.
"""

from __future__ import annotations

from sec8k.agreements.source import Found, Source
from sec8k.rules.dates import LOOSE_DATE, read_loose_date

__all__ = ["find_dates"]


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
        iso = read_loose_date(match)
        if iso is not None:
            found.append(Found("DATE", match.start(), match.end(), match.group(), iso))
    return sorted(found, key=lambda f: f.start)
