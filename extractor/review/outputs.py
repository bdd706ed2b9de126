"""The I/O of ``sec8k show``: read a filing or a batch folder, write the review pages.

A filing is extracted afresh and its page shows the texts the offsets index. A batch
folder's records are shown as written; a page re-reads the filing the record names (no
extraction) for its texts, and when that file is gone or changed it shows only the item
and exhibit texts the record holds, and says so.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pydantic

from sec8k.batch.outputs import ERRORS, RECORDS
from sec8k.errors import ReviewError, Sec8kError
from sec8k.extract import extract_path
from sec8k.io import read_path
from sec8k.models import FilingRecord
from sec8k.review.index import IndexRow, error_row, filing_row, render_index
from sec8k.review.page import render_filing

__all__ = ["PAGES", "BatchPages", "is_batch", "show_batch", "show_filing"]

#: The folder, beside the index, that holds the per-filing pages.
PAGES = "pages"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class BatchPages:
    index: Path
    pages: tuple[Path, ...]
    filings: int
    errors: int


def is_batch(path: Path) -> bool:
    """A folder that holds a batch run's records.jsonl."""
    return path.is_dir() and (path / RECORDS).is_file()


def write_text(target: Path, text: str) -> None:
    """Write ``text`` through a unique temporary file renamed over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        temp.write_text(text, encoding="utf-8", errors="backslashreplace")
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ReviewError(str(target), f"cannot write the page: {exc.strerror or exc}") from None


def show_filing(path: str | os.PathLike[str], output: Path) -> Path:
    """Extract the filing at ``path`` and write its review page to ``output``."""
    parsed = extract_path(path)
    texts = {name: norm.text for name, norm in parsed.texts.items()}
    write_text(output, render_filing(parsed.record, texts))
    return output


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def _records(outdir: Path) -> tuple[list[tuple[int, FilingRecord]], list[str]]:
    records, notes = [], []
    for number, line in _lines(outdir / RECORDS):
        try:
            records.append((number, FilingRecord.model_validate_json(line)))
        except pydantic.ValidationError:
            notes.append(f"{RECORDS} line {number} is not a record of this sec8k; left out")
    return records, notes


def _errors(outdir: Path) -> list[IndexRow]:
    rows = []
    for number, line in _lines(outdir / ERRORS):
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue  # a half-written last line of an interrupted run
        if isinstance(data, dict):
            rows.append(error_row(number, data))
    return rows


def _page_name(number: int, record: FilingRecord) -> str:
    stem = record.filing.accession_number or Path(record.source.path).stem or "filing"
    return f"{number:05d}-{_UNSAFE.sub('_', stem)[:80]}.html"


def _texts(record: FilingRecord) -> tuple[dict[str, str], list[str]]:
    """The filing's document texts, read again from its source, or none (with a note)."""
    source = record.source
    try:
        parsed = read_path(source.path)
    except Sec8kError as exc:
        reason = f"the filing cannot be read again ({exc})"
    else:
        if parsed.record.source.sha256 == source.sha256:
            return {name: norm.text for name, norm in parsed.texts.items()}, []
        reason = f"{source.path} has changed since the batch run"
    return {}, [f"{reason}: only the item and exhibit texts the record holds are shown"]


def _wanted(number: int, record: FilingRecord, wanted: Sequence[str]) -> bool:
    return str(number) in wanted or (record.filing.accession_number or "") in wanted


def show_batch(
    outdir: Path, index: Path, *, every: bool = False, wanted: Sequence[str] = ()
) -> BatchPages:
    """Write the index of a batch folder, and the pages of every (or the wanted) filing."""
    records, notes = _records(outdir)
    unknown = [key for key in wanted if not any(_wanted(n, r, [key]) for n, r in records)]
    if unknown:
        raise ReviewError(
            str(outdir / RECORDS),
            f"no record with line number or accession {', '.join(unknown)}",
        )
    folder = index.parent / PAGES
    written, rows = [], []
    for number, record in records:
        page = folder / _page_name(number, record)
        if every or _wanted(number, record, wanted):
            texts, page_notes = _texts(record)
            write_text(page, render_filing(record, texts, page_notes))
            written.append(page)
        href = f"{PAGES}/{page.name}" if page.is_file() else None
        command = f"sec8k show {shlex.quote(str(outdir))} --filing {number}"
        rows.append(filing_row(number, record, href, command))
    errors = _errors(outdir)
    write_text(index, render_index(f"sec8k batch: {outdir}", [*rows, *errors], notes))
    return BatchPages(index, tuple(written), len(records), len(errors))
