"""The record's header facts and its warnings: what the SGML header (or the cover page) says.

The header's items are mapped to the catalogue's numbers; the warnings compare them
with the items the text reports.
"""

from __future__ import annotations

from sec8k.container.cover import read_cover
from sec8k.container.dei import CoverFacts
from sec8k.container.names import NameFacts
from sec8k.container.sgml import Header
from sec8k.items.catalogue import Era, match_title
from sec8k.models import Address, FilingInfo, Item
from sec8k.rules.dates import yyyymmdd_to_iso

__all__ = ["declared_items", "filing_info", "item_warnings"]


def declared_items(header: Header | None, era: Era) -> list[str]:
    """The header's ITEM INFORMATION lines as catalogue numbers, in order, each once."""
    if header is None:
        return []
    numbers: list[str] = []
    for raw in header.items:
        entry = match_title(raw, era) or match_title(raw, None)
        number = entry.number if entry else raw.strip()
        if number not in numbers:
            numbers.append(number)
    return numbers


def _address(fields: dict[str, str]) -> Address | None:
    return Address(**fields) if fields else None


def filing_info(
    header: Header | None,
    primary_text: str,
    declared: list[str],
    dei: CoverFacts | None = None,
    named: NameFacts | None = None,
) -> FilingInfo:
    """The header's facts; without a header, the cover page's, the inline-XBRL ``dei:`` facts
    and the accession number (and CIK) that EDGAR's file and folder names carry fill in."""
    cover = read_cover(primary_text) if primary_text else None
    dei = dei or CoverFacts()
    named = named or NameFacts()
    if header is None:
        return FilingInfo(
            accession_number=named.accession_number,
            form_type=(cover.form_type if cover else None) or dei.form_type,
            company_name=(cover.company_name if cover else None) or dei.company_name,
            cik=dei.cik or named.cik,
            ticker=dei.ticker,
            report_date=(cover.report_date if cover else None) or dei.report_date,
        )
    return FilingInfo(
        accession_number=header.accession or named.accession_number,
        form_type=header.form,
        company_name=header.company,
        cik=(header.cik.lstrip("0") or None if header.cik else None) or dei.cik or named.cik,
        ticker=dei.ticker,
        sic=header.sic,
        state_of_incorporation=header.state_of_incorporation,
        business_address=_address(header.business_address),
        mail_address=_address(header.mail_address),
        filed_date=yyyymmdd_to_iso(header.filed),
        report_date=yyyymmdd_to_iso(header.period) or (cover.report_date if cover else None),
        items_declared=declared,
        items_declared_untitled=header.untitled_items,
    )


def item_warnings(declared: list[str], untitled: int, items: list[Item]) -> list[str]:
    """What the header declares and the text does not show, or the other way round.

    An untitled declaration (a blank ``ITEM INFORMATION:`` line) stands for one item the
    text reports and the titled lines do not name.
    """
    if not declared and not untitled:
        return []
    found = {i.number for i in items if not i.empty}
    warnings = []
    missing = [n for n in declared if n not in found]
    extra = sorted(found - set(declared))
    if missing:
        warnings.append(
            f"items declared in the header but not found in the text: {', '.join(missing)}"
        )
    if len(extra) > untitled:
        also = f" (and {untitled} declared without a title)" if untitled else ""
        warnings.append(
            f"items found in the text but not declared in the header{also}: {', '.join(extra)}"
        )
    elif len(extra) < untitled:
        warnings.append(
            f"the header declares {untitled} items without a title; the text reports"
            f" {len(extra)} items the header does not name"
        )
    return warnings
