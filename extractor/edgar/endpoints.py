"""EDGAR's endpoints: pure parsers over bytes, then thin functions that fetch.

Parsers (``parse_*``) take the bytes EDGAR returned and give typed, immutable
values; they raise :class:`ParseError` naming the source when the bytes are
not what that endpoint returns. The functions below them build a checked URL
path, ask the :class:`EdgarClient`, and parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sec8k.edgar.client import EdgarClient
from sec8k.edgar.identifiers import (
    Quarter,
    accession_folder,
    check_accession,
    normalize_cik,
    padded_cik,
)
from sec8k.errors import NotFoundError, ParseError

__all__ = [
    "DirectoryItem",
    "FilingRef",
    "IndexKind",
    "PageRef",
    "Submissions",
    "cik_for_ticker",
    "company_filings",
    "daily_index",
    "filing_directory",
    "full_submission",
    "parse_company_tickers",
    "parse_directory",
    "parse_form_index",
    "parse_master_index",
    "parse_submissions",
    "parse_submissions_page",
    "quarterly_index",
    "split_items",
]

IndexKind = Literal["form", "master"]

_INDEX_FILE = re.compile(r"edgar/data/(\d+)/([^/]+)\.txt")
_PAGE_NAME = re.compile(r"CIK\d{10}-submissions-\d{3}\.json")
_TWO_SPACES = re.compile(r"\s{2,}")
_INDEX_HEADERS = ("Form Type", "CIK|", "Company Name")


@dataclass(frozen=True)
class FilingRef:
    """One filing as an index or the submissions API lists it."""

    cik: str
    company: str
    form: str
    accession: str
    filed: date
    #: 8-K items as EDGAR lists them: "2.01", or old integer items like "7".
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageRef:
    """An older page of a company's filings (``filings.files`` in submissions)."""

    name: str
    filing_from: date | None
    filing_to: date | None


@dataclass(frozen=True)
class Submissions:
    """``/submissions/CIK##########.json``: a company and its recent filings."""

    cik: str
    name: str
    tickers: tuple[str, ...]
    filings: tuple[FilingRef, ...]
    pages: tuple[PageRef, ...]


@dataclass(frozen=True)
class DirectoryItem:
    """One entry of an archive folder's ``index.json``."""

    name: str
    type: str
    size: int | None
    last_modified: str


# -- parsers ----------------------------------------------------------------
def split_items(text: str) -> tuple[str, ...]:
    """``"2.02,9.01"`` -> ``("2.02", "9.01")``; ``""`` -> ``()``."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


def parse_company_tickers(data: bytes, *, source: str = "company_tickers.json") -> dict[str, str]:
    """Map upper-case ticker to CIK from ``/files/company_tickers.json``."""
    rows = _json(data, source)
    if not isinstance(rows, dict):
        raise ParseError(source, "expected a JSON object keyed by rank")
    tickers: dict[str, str] = {}
    for row in rows.values():
        if not isinstance(row, dict) or "ticker" not in row or "cik_str" not in row:
            raise ParseError(source, "expected rows like {cik_str, ticker, title}")
        tickers.setdefault(str(row["ticker"]).upper(), _cik(row["cik_str"], source))
    return tickers


def parse_submissions(data: bytes, *, source: str = "submissions JSON") -> Submissions:
    """Parse the main submissions file of one company."""
    doc = _json(data, source)
    filings = doc.get("filings") if isinstance(doc, dict) else None
    if not isinstance(doc, dict) or not isinstance(filings, dict):
        raise ParseError(source, "expected an object with cik, name and filings")
    cik = _cik(doc.get("cik"), source)
    name = str(doc.get("name") or "")
    pages = tuple(_page(entry, source) for entry in filings.get("files") or [])
    return Submissions(
        cik=cik,
        name=name,
        tickers=tuple(str(t) for t in doc.get("tickers") or []),
        filings=_columns(filings.get("recent"), cik, name, source),
        pages=pages,
    )


def parse_submissions_page(
    data: bytes, *, cik: str, company: str, source: str = "submissions page"
) -> tuple[FilingRef, ...]:
    """Parse an older page: a bare column object without the company wrapper."""
    return _columns(_json(data, source), normalize_cik(cik), company, source)


def parse_form_index(data: bytes, *, source: str = "form.idx") -> tuple[FilingRef, ...]:
    """Parse a fixed-width ``form.idx`` (quarterly or daily).

    Columns are split on whitespace from the right (file name, date, CIK hold no
    spaces) and the rest on the first run of 2+ spaces, because long company
    names overflow their column and newer files widen the form column.
    """
    refs = []
    for number, line in _index_rows(data):
        try:
            head, cik, filed, filename = line.rsplit(None, 3)
        except ValueError:
            raise ParseError(source, f"line {number}: expected 5 columns") from None
        parts = _TWO_SPACES.split(head.strip(), maxsplit=1)
        form, company = (parts[0], parts[1]) if len(parts) == 2 else _split_head(parts[0])
        refs.append(_index_ref(cik, company, form, filed, filename, source, number))
    return tuple(refs)


def parse_master_index(data: bytes, *, source: str = "master.idx") -> tuple[FilingRef, ...]:
    """Parse a pipe-separated ``master.idx`` (quarterly or daily)."""
    refs = []
    for number, line in _index_rows(data):
        parts = line.strip().split("|")
        if len(parts) < 5:
            raise ParseError(source, f"line {number}: expected CIK|Company|Form|Date|File")
        company = "|".join(parts[1:-3])
        refs.append(_index_ref(parts[0], company, parts[-3], parts[-2], parts[-1], source, number))
    return tuple(refs)


def parse_directory(data: bytes, *, source: str = "index.json") -> tuple[DirectoryItem, ...]:
    """Parse an archive folder listing (``.../index.json``)."""
    doc = _json(data, source)
    items = doc.get("directory", {}).get("item") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ParseError(source, "expected {directory: {item: [...]}}")
    result = []
    for item in items:
        if not isinstance(item, dict) or "name" not in item:
            raise ParseError(source, "a directory item has no name")
        size = str(item.get("size", "")).strip()
        result.append(
            DirectoryItem(
                name=str(item["name"]),
                type=str(item.get("type", "")),
                size=int(size) if size.isdigit() else None,
                last_modified=str(item.get("last-modified", "")),
            )
        )
    return tuple(result)


def _json(data: bytes, source: str) -> Any:
    try:
        return json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(source, f"not JSON ({exc})") from None


def _cik(value: object, source: str) -> str:
    try:
        return normalize_cik(str(value))
    except ValueError as exc:
        raise ParseError(source, str(exc)) from None


def _date(value: object, source: str) -> date:
    text = str(value).strip()
    try:
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date.fromisoformat(text)
    except ValueError:
        raise ParseError(source, f"not a date: {text[:20]!r}") from None


def _page(entry: object, source: str) -> PageRef:
    if not isinstance(entry, dict) or not _PAGE_NAME.fullmatch(str(entry.get("name", ""))):
        raise ParseError(source, f"unexpected filings.files entry {str(entry)[:80]!r}")
    start, end = entry.get("filingFrom"), entry.get("filingTo")
    return PageRef(
        name=str(entry["name"]),
        filing_from=_date(start, source) if start else None,
        filing_to=_date(end, source) if end else None,
    )


def _columns(columns: object, cik: str, company: str, source: str) -> tuple[FilingRef, ...]:
    if not isinstance(columns, Mapping):
        raise ParseError(source, "expected a column object (accessionNumber, filingDate, ...)")
    try:
        accessions, dates, forms = (
            list(columns[key]) for key in ("accessionNumber", "filingDate", "form")
        )
    except (KeyError, TypeError):
        raise ParseError(source, "missing accessionNumber, filingDate or form") from None
    items = list(columns.get("items") or [""] * len(accessions))
    if not len(accessions) == len(dates) == len(forms) == len(items):
        raise ParseError(source, "columns have different lengths")
    return tuple(
        FilingRef(
            cik=cik,
            company=company,
            form=str(form),
            accession=str(accession),
            filed=_date(filed, source),
            items=split_items(str(item or "")),
        )
        for accession, filed, form, item in zip(accessions, dates, forms, items, strict=True)
    )


def _index_rows(data: bytes) -> Iterator[tuple[int, str]]:
    """Numbered data lines of an ``.idx`` file: after the first rule (a line of dashes), no headers."""
    started = False
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if line.startswith("---") and not line.strip("- "):
            started = True
        elif started and line.strip() and not line.startswith(_INDEX_HEADERS):
            yield number, line


def _split_head(head: str) -> tuple[str, str]:
    # No run of 2+ spaces: the form filled its column; cut at the first space.
    form, _, company = head.partition(" ")
    return form, company.strip()


def _index_ref(
    cik: str, company: str, form: str, filed: str, filename: str, source: str, number: int
) -> FilingRef:
    match = _INDEX_FILE.fullmatch(filename.strip())
    return FilingRef(
        cik=_cik(cik, f"{source} line {number}"),
        company=company.strip(),
        form=form.strip(),
        accession=match.group(2) if match else filename.strip(),
        filed=_date(filed, f"{source} line {number}"),
    )


# -- fetching ---------------------------------------------------------------
def cik_for_ticker(client: EdgarClient, ticker: str) -> str:
    """The CIK of ``ticker`` (case-insensitive) from SEC's ticker list."""
    path = "/files/company_tickers.json"
    tickers = parse_company_tickers(client.get("sec", path), source=client.url("sec", path))
    key = ticker.strip().upper()
    if key not in tickers:
        raise NotFoundError(f"ticker {key}", "not in SEC's company_tickers.json; try --cik")
    return tickers[key]


def company_filings(
    client: EdgarClient, cik: str, *, since: date | None = None, until: date | None = None
) -> tuple[Submissions, tuple[FilingRef, ...]]:
    """A company's submissions and all its filings, older pages included.

    Older pages are fetched only when their date range overlaps since/until.
    """
    path = f"/submissions/CIK{padded_cik(cik)}.json"
    submissions = parse_submissions(client.get("data", path), source=client.url("data", path))
    filings = list(submissions.filings)
    for page in submissions.pages:
        if since and page.filing_to and page.filing_to < since:
            continue
        if until and page.filing_from and page.filing_from > until:
            continue
        page_path = f"/submissions/{page.name}"
        filings.extend(
            parse_submissions_page(
                client.get("data", page_path),
                cik=submissions.cik,
                company=submissions.name,
                source=client.url("data", page_path),
            )
        )
    return submissions, tuple(filings)


def quarterly_index(
    client: EdgarClient, quarter: Quarter, kind: IndexKind = "form"
) -> tuple[FilingRef, ...]:
    """Every filing of a quarter from ``full-index/YYYY/QTRn/{form,master}.idx``."""
    path = f"/Archives/edgar/full-index/{quarter.year}/QTR{quarter.number}/{kind}.idx"
    return _parse_index(kind, client.get("sec", path), client.url("sec", path))


def daily_index(client: EdgarClient, day: date, kind: IndexKind = "form") -> tuple[FilingRef, ...]:
    """Every filing disseminated on ``day`` from ``daily-index/``."""
    quarter = Quarter.of(day)
    path = f"/Archives/edgar/daily-index/{quarter.year}/QTR{quarter.number}/{kind}.{day:%Y%m%d}.idx"
    return _parse_index(kind, client.get("sec", path), client.url("sec", path))


def _parse_index(kind: IndexKind, data: bytes, source: str) -> tuple[FilingRef, ...]:
    if kind == "form":
        return parse_form_index(data, source=source)
    return parse_master_index(data, source=source)


def filing_directory(client: EdgarClient, cik: str, accession: str) -> tuple[DirectoryItem, ...]:
    """The files of one filing, from its folder's ``index.json``."""
    path = f"/Archives/edgar/data/{normalize_cik(cik)}/{accession_folder(accession)}/index.json"
    return parse_directory(client.get("sec", path), source=client.url("sec", path))


def full_submission(client: EdgarClient, cik: str, accession: str) -> bytes:
    """The complete submission text (SGML header and every document)."""
    path = f"/Archives/edgar/data/{normalize_cik(cik)}/{check_accession(accession)}.txt"
    return client.get("sec", path)
