"""The cover page of an 8-K when there is no SGML header: company, date, form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sec8k.rules.dates import DATE_PATTERN, first_date

__all__ = ["Cover", "read_cover"]

#: How much of the document the cover page can occupy.
COVER_CHARS = 6000
#: A longer line above the name label is not a company name. The bound also keeps the
#: search for the name's mixed-case spelling linear in practice (it costs name x text).
MAX_NAME_CHARS = 200
_DATE_LABEL = re.compile(r"date\s+of\s+report|date\s+of\s+earliest\s+event", re.IGNORECASE)
_NAME_LABEL = re.compile(r"^\(?\s*exact\s+name\s+of\s+registrant", re.IGNORECASE | re.MULTILINE)
_FORM = re.compile(r"\bFORM\s+(8-K(?:/A)?|8-K12[BG]3?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cover:
    company_name: str | None
    report_date: str | None
    form_type: str | None


def _company(text: str, cover: str) -> str | None:
    label = _NAME_LABEL.search(cover)
    if label is None:
        return None
    before = [line.strip() for line in cover[: label.start()].splitlines() if line.strip()]
    if not before:
        return None
    name = before[-1].split("\t")[0].strip()
    if len(name) > MAX_NAME_CHARS:
        return None
    if name.isupper():
        # Prefer the filing's own mixed-case spelling of the same name.
        mixed = re.search(re.escape(name), text[label.end() :], re.IGNORECASE)
        if mixed and not mixed.group().isupper():
            return mixed.group()
    return name


def _report_date(cover: str) -> str | None:
    label = _DATE_LABEL.search(cover)
    if label is None:
        return None
    after = DATE_PATTERN.search(cover, label.end(), label.end() + 200)
    if after:
        return first_date(after.group())
    window = cover[max(0, label.start() - 200) : label.start()]
    before = list(DATE_PATTERN.finditer(window))
    return first_date(before[-1].group()) if before else None


def read_cover(text: str) -> Cover:
    cover = text[:COVER_CHARS]
    form = _FORM.search(cover)
    return Cover(
        company_name=_company(text, cover),
        report_date=_report_date(cover),
        form_type=form.group(1).upper() if form else None,
    )
