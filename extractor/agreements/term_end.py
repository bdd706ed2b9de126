"""A term's end date counted from the date its clause names.

Term clauses often give a length and what it runs from instead of an end date:
"will be in effect for three (3) years from the Effective Date", "shall commence on
the Effective Date and continue for an initial period of five (5) years", "shall
continue until the twentieth (20th) anniversary of the Effective Date". When the
start is a date the agreement fixes (its effective date, its own date, or a date
written in the clause), the end is that date plus the length on the calendar (CUAD's
annotators count the same way: five years from 2016-09-23 ends 2021-09-23), and the
result says it is computed.

"The day prior to the second anniversary" ends a day earlier (CUAD's annotators write the
anniversary itself there; the text is followed).

Nothing is computed when the clause counts from an event this reader does not date
("following the Launch Date"), when the length is a minimum or one of two ends ("the
later of ..."), or when the effective date is only the anticipated date of an event.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from sec8k.agreements.cues.terms import (
    ANNIVERSARY,
    EARLIER_OF,
    END_DATE_BEFORE,
    LATER_OF,
    LENGTH_FROM,
    START_BEFORE,
    START_DATE_BEFORE,
)
from sec8k.agreements.dates import find_dates
from sec8k.agreements.source import Found, Source
from sec8k.models import DatedEvent, Evidence, Quantity
from sec8k.rules.dates import ORDINAL_DAYS
from sec8k.rules.fields import Fields

__all__ = ["Counted", "count_end"]

#: How far before a length the start it runs from may be named ("shall commence on the
#: Effective Date and, unless terminated earlier pursuant to this Article 13, shall continue
#: in full force and effect for an initial period of five (5) years").
START_REACH: Final = 160
#: Longest term counted, per unit: a longer one is a misreading, and no calendar holds its end.
MAX_COUNT: Final = {"years": 200, "months": 2400, "days": 73000}
#: How far before a date or an anniversary its cue ("commence on", "until") may stand.
CUE_CHARS: Final = 40


@dataclass(frozen=True, slots=True)
class Counted:
    """An end date counted from a start: every part with the span it was read from."""

    end: str
    start: str
    start_evidence: Evidence
    event: str
    event_evidence: Evidence
    length: Quantity
    length_evidence: Evidence


@dataclass(frozen=True, slots=True)
class _Start:
    date: str
    evidence: Evidence


def count_end(
    src: Source, out: Fields, span: tuple[int, int], lengths: list[Found]
) -> Counted | None:
    """The end of the term the sentence ``span`` states as a length from a known date.

    ``lengths`` are the sentence's candidate term lengths, in text order.
    """
    if LATER_OF.search(src.text, *span):
        return None
    for match in ANNIVERSARY.finditer(src.text, *span):
        cut = match.start()
        earlier = EARLIER_OF.search(src.text, max(span[0], cut - CUE_CHARS), cut)
        cut = earlier.start() if earlier else cut
        if END_DATE_BEFORE.search(src.text, max(span[0], cut - CUE_CHARS), cut):
            return _from_anniversary(src, out, match)
    for length in lengths:
        counted = _from_length(src, out, span, length, alone=len(lengths) == 1)
        if counted is not None:
            return counted
    return None


def _from_length(
    src: Source, out: Fields, span: tuple[int, int], length: Found, *, alone: bool
) -> Counted | None:
    """'three (3) years from the Effective Date'; 'shall commence on the Effective Date and
    continue for a period of three (3) years'. A date written after the length counts only
    when the sentence states no other length (two periods, each with its start, are parts)."""
    if not isinstance(length.value, Quantity):
        return None
    after = LENGTH_FROM.match(src.text, length.end, span[1])
    named: re.Match[str] | None = after
    if after is None or after.group("thereafter") or after.group("back"):
        reach = max(span[0], length.start - START_REACH)
        named = _last(START_BEFORE.finditer(src.text, reach, length.start))
        if named is None or named.group("back"):
            return _from_written_date(src, reach, length, span[1])
    elif after.group("before"):
        return None
    elif after.group("other"):  # "commencing on June 1, 2015": a written date, or nothing known
        return _from_written_date(src, length.end, length, span[1]) if alone else None
    assert named is not None
    start = _resolve(out, named)
    end = _add(start.date, length.value, less_one_day=False) if start else None
    if start is None or end is None:
        return None
    return Counted(
        end=end,
        start=start.date,
        start_evidence=start.evidence,
        event=_event_text(named),
        event_evidence=src.evidence(*_event_span(named)),
        length=length.value,
        length_evidence=src.evidence(length.start, length.end),
    )


def _from_anniversary(src: Source, out: Fields, match: re.Match[str]) -> Counted | None:
    """'the fifth (5th) anniversary of the Effective Date' (less a day: 'the day prior to')."""
    if match.group("back"):
        return None
    start = _resolve(out, match)
    if start is None:
        return None
    if match.group("ordinal"):
        word = re.sub(r"[- ]+", "-", match.group("ordinal").lower())
        years = ORDINAL_DAYS.index(word) + 1
    else:
        years = int(match.group("paren") or match.group("digits"))
    length = Quantity(value=Decimal(years), unit="years", text=src.clip(*match.span("nth")))
    begin = match.start("prior") if match.group("prior") else match.start("nth")
    end = _add(start.date, length, less_one_day=match.group("prior") is not None)
    if end is None:
        return None
    return Counted(
        end=end,
        start=start.date,
        start_evidence=start.evidence,
        event=_event_text(match),
        event_evidence=src.evidence(*_event_span(match)),
        length=length,
        length_evidence=src.evidence(begin, match.end("nth")),
    )


def _from_written_date(src: Source, reach: int, length: Found, stop: int) -> Counted | None:
    """'shall commence on June 1, 1998 and shall continue for a period of six (6) months'; else
    a start named after the length: 'a term of one (1) year commencing on June 1, 2015'."""
    if not isinstance(length.value, Quantity):
        return None
    written = [
        d
        for d in find_dates(src, reach, length.start)
        if isinstance(d.value, str)
        and START_DATE_BEFORE.search(src.text, max(reach, d.start - CUE_CHARS), d.start)
    ]
    later = [
        d
        for d in find_dates(src, length.end, min(stop, length.end + START_REACH))
        if isinstance(d.value, str)
        and START_DATE_BEFORE.search(src.text, max(length.end, d.start - CUE_CHARS), d.start)
    ]
    if not written and not later:
        return None
    found = written[-1] if written else later[0]
    end = _add(str(found.value), length.value, less_one_day=False)
    if end is None:
        return None
    evidence = src.evidence(found.start, found.end)
    return Counted(
        end=end,
        start=str(found.value),
        start_evidence=evidence,
        event=found.text,
        event_evidence=evidence,
        length=length.value,
        length_evidence=src.evidence(length.start, length.end),
    )


def _resolve(out: Fields, match: re.Match[str]) -> _Start | None:
    """The date a start names: the effective date, or the agreement's own date."""
    if match.group("effective"):
        effective = out.values.get("effective_date")
        evidence = out.evidence.get("effective_date.date")
        if (
            isinstance(effective, DatedEvent)
            and effective.date
            and not effective.anticipated
            and evidence is not None
        ):
            return _Start(effective.date, evidence)
        return None
    if match.group("hereof"):
        dated = out.values.get("agreement_date")
        evidence = out.evidence.get("agreement_date")
        if isinstance(dated, str) and evidence is not None:
            return _Start(dated, evidence)
    return None


def _event_name(match: re.Match[str]) -> str:
    return "effective" if match.group("effective") else "hereof"


def _event_span(match: re.Match[str]) -> tuple[int, int]:
    return match.start(_event_name(match)), match.end(_event_name(match))


def _event_text(match: re.Match[str]) -> str:
    return "the " + " ".join(str(match.group(_event_name(match))).split())


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - the loop keeps the last match
        pass
    return last


def _add(start: str, length: Quantity, *, less_one_day: bool) -> str | None:
    """``start`` plus a whole number of years, months or days, as an ISO date."""
    if length.value != length.value.to_integral_value() or length.value <= 0:
        return None
    count = int(length.value)
    if count > MAX_COUNT[length.unit if length.unit in MAX_COUNT else "days"]:
        return None
    begin = date.fromisoformat(start)
    if length.unit == "days":
        end = begin + timedelta(days=count)
    elif length.unit in ("years", "months"):
        months = begin.month - 1 + count * (12 if length.unit == "years" else 1)
        year, month = begin.year + months // 12, months % 12 + 1
        day = min(begin.day, calendar.monthrange(year, month)[1])
        end = date(year, month, day)
    else:
        return None
    return (end - timedelta(days=1) if less_one_day else end).isoformat()
