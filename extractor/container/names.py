"""What EDGAR's file and folder names say about a filing: its accession number, its CIK.

EDGAR names a submission by its accession number (``0000950123-11-059612.txt``, the folder
``000095012311059612``), and tools that download filings keep it in their names
(``2019-01-29_8-K_000032019319000007.html``, edgar-crawler's
``1002517_8K_2011_0000950123-11-059612.htm``, which starts with the filer's CIK). The
accession number's first ten digits are the filer agent's id, not the company's CIK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["NameFacts", "read_names"]

#: An accession number, with or without its dashes, not inside a longer run of digits.
_ACCESSION: Final = re.compile(r"(?<!\d)(\d{10})-?(\d{2})-?(\d{6})(?!\d)")
#: edgar-crawler's names: CIK_FORM_YEAR_ACCESSION (``1002517_8K_2011_0000950123-11-059612``).
_CRAWLER: Final = re.compile(r"(\d{1,10})_8-?K(?:[_-]?A)?_\d{4}_\d{10}-\d{2}-\d{6}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameFacts:
    accession_number: str | None = None
    cik: str | None = None


def read_names(names: list[str]) -> NameFacts:
    """Facts from ``names`` (a file name, then its folder's name), the first that tells each."""
    accession = cik = None
    for name in names:
        if accession is None and (found := _ACCESSION.search(name)):
            accession = "-".join(found.groups())
        if cik is None and (crawler := _CRAWLER.match(name)):
            cik = crawler.group(1).lstrip("0") or None
    return NameFacts(accession, cik)
