"""The cover-page facts an inline-XBRL document tags: ``dei:EntityCentralIndexKey`` and friends.

An inline-XBRL 8-K has no SGML header, but its cover page marks the registrant's CIK, name,
form, period and ticker as ``<ix:nonNumeric name="dei:...">`` facts (often in a hidden
``<ix:header>`` block). Read from the raw HTML; nothing is fetched or resolved.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Final

from sec8k.rules.dates import first_date

__all__ = ["CoverFacts", "read_dei"]

#: How far into a document the cover facts are looked for (they sit in its first pages).
DEI_CHARS: Final = 2_000_000
#: The longest fact value read; a longer one is not a cover fact.
MAX_FACT_CHARS: Final = 300
#: ``<ix:nonNumeric ... name="dei:Name" ...>value</ix:nonNumeric>``; the value may hold tags.
_FACT = re.compile(
    r"<ix:nonNumeric\b[^>]*?\bname\s*=\s*[\"']dei:(\w+)[\"'][^>]*>(.{0,2000}?)</ix:nonNumeric\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
_TICKER = re.compile(r"[A-Z][A-Z0-9.\-]{0,9}")


@dataclass(frozen=True, slots=True)
class CoverFacts:
    """The ``dei:`` facts sec8k keeps; None where the document does not tag one."""

    cik: str | None = None
    company_name: str | None = None
    form_type: str | None = None
    report_date: str | None = None
    ticker: str | None = None


def _value(match: re.Match[str]) -> str:
    """A fact's text: tags removed, entities decoded, blanks collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", match.group(2))).split())


def _facts(raw: str) -> dict[str, str]:
    """The first non-empty value of each ``dei:`` fact, tags removed, entities decoded."""
    found: dict[str, str] = {}
    for match in _FACT.finditer(raw, 0, min(len(raw), DEI_CHARS)):
        name, value = match.group(1), _value(match)
        if name not in found and value and len(value) <= MAX_FACT_CHARS:
            found[name] = value
    return found


def _ticker(raw: str) -> str | None:
    """The first TradingSymbol that is a symbol (notes tag "—" or "N/A" for theirs)."""
    for match in _FACT.finditer(raw, 0, min(len(raw), DEI_CHARS)):
        if match.group(1) == "TradingSymbol":
            value = _value(match)
            if _TICKER.fullmatch(value) and value not in ("N", "NA"):
                return value
    return None


def read_dei(raw: str) -> CoverFacts:
    """The cover facts of an inline-XBRL document's raw HTML (all None for other documents)."""
    if "dei:" not in raw[:DEI_CHARS]:
        return CoverFacts()
    facts = _facts(raw)
    cik = facts.get("EntityCentralIndexKey", "")
    return CoverFacts(
        cik=cik.lstrip("0") or None if cik.isdigit() and len(cik) <= 10 else None,
        company_name=facts.get("EntityRegistrantName"),
        form_type=facts.get("DocumentType"),
        report_date=first_date(facts.get("DocumentPeriodEndDate", "")),
        ticker=_ticker(raw),
    )
