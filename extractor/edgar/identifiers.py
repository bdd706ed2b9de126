"""EDGAR identifiers, checked before they go into a URL or a file name.

A CIK is 1-10 digits (we keep it without leading zeros, as EDGAR's archive
paths do); an accession number is ``##########-##-######``; a quarter is
written ``2011Q1``. Bad arguments raise ``ValueError`` with a message that
shows the expected form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "Quarter",
    "accession_folder",
    "check_accession",
    "normalize_cik",
    "padded_cik",
]

_CIK = re.compile(r"\d{1,10}")
_ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")
_QUARTER = re.compile(r"(\d{4})-?[Qq]([1-4])")

#: EDGAR's electronic archive starts in 1993.
FIRST_YEAR = 1993


def normalize_cik(value: str | int) -> str:
    """``"0000320193"`` or ``320193`` -> ``"320193"``; anything else raises."""
    text = str(value).strip()
    if not _CIK.fullmatch(text) or int(text) == 0:
        raise ValueError(f"not a CIK: {text[:40]!r} (expected 1 to 10 digits, e.g. 320193)")
    return str(int(text))


def padded_cik(value: str | int) -> str:
    """The ten-digit form used by data.sec.gov: ``"0000320193"``."""
    return normalize_cik(value).zfill(10)


def check_accession(value: str) -> str:
    """Return ``value`` if it is an accession number like 0001193125-15-410853."""
    text = value.strip()
    if not _ACCESSION.fullmatch(text):
        raise ValueError(f"not an accession number: {text[:40]!r} (expected ##########-##-######)")
    return text


def accession_folder(accession: str) -> str:
    """The archive folder name of a filing: the accession without dashes."""
    return check_accession(accession).replace("-", "")


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter of EDGAR's full index."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if self.year < FIRST_YEAR or not 1 <= self.number <= 4:
            raise ValueError(f"no EDGAR quarter {self.year}Q{self.number} (e.g. 2011Q1)")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a quarter: {text[:20]!r} (expected YYYYQn, e.g. 2011Q1)")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        if self.number == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.number + 1, 1) - timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"
