"""The index page of a batch run: one row per filing (and per failed input), with counts.

Pure: records and error lines in, a self-contained HTML page out. The table filters in
the browser as one types; each row links to the filing's page when it has been written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sec8k.models import FilingRecord
from sec8k.review.assets import environment, inline

__all__ = ["IndexRow", "error_row", "filing_row", "render_index"]


@dataclass(frozen=True, slots=True)
class IndexRow:
    number: int  # line of records.jsonl (or of errors.jsonl for a failed input)
    name: str  # company, or the input that failed
    form: str
    filed: str
    accession: str
    items: str
    deals: int
    agreements: int
    officers: int
    warnings: int
    errors: int
    detail: str  # the first warning, or the error message
    page: str | None  # link to the filing's page, relative to the index
    command: str  # how to write the page when it is not there


def filing_row(number: int, record: FilingRecord, page: str | None, command: str) -> IndexRow:
    filing = record.filing
    return IndexRow(
        number=number,
        name=filing.company_name or record.source.path,
        form=filing.form_type or "",
        filed=filing.filed_date or "",
        accession=filing.accession_number or "",
        items=" ".join(item.number for item in record.items),
        deals=len(record.acquisitions),
        agreements=len(record.agreements),
        officers=len(record.officer_changes),
        warnings=len(record.warnings),
        errors=0,
        detail=record.warnings[0] if record.warnings else "",
        page=page,
        command=command,
    )


def error_row(number: int, line: Mapping[str, object]) -> IndexRow:
    """A row for one line of errors.jsonl (input, stage, error, message)."""
    return IndexRow(
        number=number,
        name=str(line.get("input", "?")),
        form="",
        filed="",
        accession="",
        items="",
        deals=0,
        agreements=0,
        officers=0,
        warnings=0,
        errors=1,
        detail=f"{line.get('stage', '?')}: {line.get('error', '?')}: {line.get('message', '')}",
        page=None,
        command="",
    )


def render_index(title: str, rows: Sequence[IndexRow], notes: Sequence[str] = ()) -> str:
    """The index page: totals, notes, and the filterable table of ``rows``."""
    totals = {
        "filings": sum(1 for r in rows if not r.errors),
        "errors": sum(r.errors for r in rows),
        "deals": sum(r.deals for r in rows),
        "agreements": sum(r.agreements for r in rows),
        "officers": sum(r.officers for r in rows),
        "warnings": sum(r.warnings for r in rows),
    }
    return (
        environment()
        .get_template("index.html")
        .render(
            title=title,
            rows=rows,
            totals=totals,
            notes=notes,
            assets=inline("review.css", "index.js"),
        )
    )
