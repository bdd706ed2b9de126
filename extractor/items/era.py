"""Which item numbering a filing uses: the current one (1.01 ... 9.01) or the legacy one (1 ... 12)."""

from __future__ import annotations

from sec8k.container.sgml import Header
from sec8k.items.catalogue import Era, era_for_date
from sec8k.items.split import split_items
from sec8k.rules.dates import yyyymmdd_to_iso

__all__ = ["choose_era"]


def choose_era(header: Header | None, report_date: str | None, text: str) -> Era:
    """The era of the filing's date (header, else cover page); undated, the one more headings fit."""
    dated = yyyymmdd_to_iso(header.filed or header.period) if header else None
    era = era_for_date(dated or report_date)
    if era:
        return era
    current = split_items(text, "current")
    legacy = split_items(text, "legacy")
    return "current" if len(current) >= len(legacy) else "legacy"
