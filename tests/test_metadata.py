"""Header facts for every format: inline-XBRL cover facts and EDGAR's file and folder names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sec8k.container.dei import read_dei
from sec8k.container.names import read_names
from sec8k.extract import extract_path

ACCESSION = re.compile(r"(?<!\d)\d{10}-?\d{2}-?\d{6}(?!\d)")
HEADER_CIK = re.compile(rb"CENTRAL INDEX KEY:|<CIK>|dei:EntityCentralIndexKey", re.IGNORECASE)


def test_dei_facts_are_read_from_the_raw_html() -> None:
    raw = (
        '<ix:header><ix:hidden><ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c">'
        '0000320193</ix:nonNumeric><ix:nonNumeric name="dei:TradingSymbol" contextRef="d">'
        "&#8212;</ix:nonNumeric></ix:hidden></ix:header>"
        '<p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c"><b>Apple</b> Inc.'
        '</ix:nonNumeric> <ix:nonNumeric name="dei:TradingSymbol" contextRef="c">AAPL'
        '</ix:nonNumeric> <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c">'
        "November 7, 2019</ix:nonNumeric></p>"
    )
    facts = read_dei(raw)
    assert (facts.cik, facts.company_name, facts.ticker, facts.report_date) == (
        "320193",
        "Apple Inc.",
        "AAPL",
        "2019-11-07",
    )
    assert read_dei("<p>no facts</p>").cik is None


@pytest.mark.parametrize(
    ("names", "accession", "cik"),
    [
        (["1002517_8K_2011_0000950123-11-059612.htm"], "0000950123-11-059612", "1002517"),
        (["2019-01-29_8-K_000032019319000007.html"], "0000320193-19-000007", None),
        (["a8-kq1201712312016.htm", "0001628280-17-000663"], "0001628280-17-000663", None),
        (["aapl-8k-20191115.txt", "raw"], None, None),
        (["report-12345678901234567890.htm"], None, None),
    ],
)
def test_names_give_the_accession_number(
    names: list[str], accession: str | None, cik: str | None
) -> None:
    facts = read_names(names)
    assert (facts.accession_number, facts.cik) == (accession, cik)


def _carries_cik(folder: Path) -> bool:
    return any(
        HEADER_CIK.search(path.read_bytes()) for path in folder.iterdir() if path.is_file()
    ) or bool(re.match(r"\d{1,10}_8-?K_\d{4}_", next(iter(sorted(folder.iterdir()))).name))


@pytest.mark.corpus
def test_every_corpus_filing_whose_files_carry_them_has_cik_and_accession(corpus: Path) -> None:
    """A filing whose folder or file names carry an accession number gets it; one whose files
    state a CIK (SGML header, dei:EntityCentralIndexKey, an edgar-crawler name) gets that."""
    missing = []
    for folder in sorted((corpus / "edgar_8k" / "raw").iterdir()):
        filing = extract_path(folder).record.filing
        named = ACCESSION.search(folder.name) or any(
            ACCESSION.search(p.name) for p in folder.iterdir() if not p.name.endswith(".zip")
        )
        if named and filing.accession_number is None:
            missing.append(f"{folder.name}: accession_number")
        if _carries_cik(folder) and filing.cik is None:
            missing.append(f"{folder.name}: cik")
    assert not missing, missing
