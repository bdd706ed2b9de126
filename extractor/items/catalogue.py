"""The catalogue of Form 8-K items, current (since 2004-08-23) and legacy (Items 1-12).

The data lives in ``catalogue.jsonl`` beside this module and is validated when
loaded. Lookups map a number or a title (as the SGML header's ``ITEM
INFORMATION`` lines write it) to a catalogue entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from sec8k.errors import ValidationError

__all__ = [
    "LEGACY_UNTIL",
    "CatalogueEntry",
    "Era",
    "catalogue",
    "era_for_date",
    "lookup",
    "match_title",
    "titles",
]

Era = Literal["current", "legacy"]
#: The first day of the current numbering (SEC Release 33-8400).
LEGACY_UNTIL = "2004-08-23"
_PATH = Path(__file__).with_name("catalogue.jsonl")
_NUMBER = {"current": re.compile(r"^\d\.\d{2}$"), "legacy": re.compile(r"^(?:[1-9]|1[0-2])$")}
_TOKEN = re.compile(r"[a-z]+")
_STOP = frozenset({"of", "or", "and", "the", "a", "an", "in", "to", "on", "under", "for", "s"})
#: Share of a catalogue title's words a header title must contain to match it.
TITLE_MATCH_MIN = 0.6


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    number: str
    era: Era
    title: str
    modern: tuple[str, ...]
    alias: bool = False

    @property
    def words(self) -> frozenset[str]:
        return _words(self.title)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _TOKEN.findall(text.lower()) if w not in _STOP)


@cache
def catalogue() -> tuple[CatalogueEntry, ...]:
    entries: list[CatalogueEntry] = []
    for line_no, line in enumerate(_PATH.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
            entry = CatalogueEntry(
                number=row["number"],
                era=row["era"],
                title=row["title"],
                modern=tuple(row["modern"]),
                alias=bool(row.get("alias", False)),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValidationError(f"{_PATH}:{line_no}", f"bad catalogue row: {exc}") from exc
        if entry.era not in _NUMBER or not _NUMBER[entry.era].match(entry.number):
            raise ValidationError(
                f"{_PATH}:{line_no}", f"bad number {entry.number!r} for {entry.era}"
            )
        entries.append(entry)
    return tuple(entries)


@cache
def _by_number() -> dict[tuple[Era, str], CatalogueEntry]:
    return {(e.era, e.number): e for e in catalogue() if not e.alias}


@cache
def _titles() -> dict[tuple[Era, str], tuple[str, ...]]:
    found: dict[tuple[Era, str], list[str]] = {}
    for entry in catalogue():
        parts = [entry.title, *(p.strip() for p in entry.title.split(";") if ";" in entry.title)]
        found.setdefault((entry.era, entry.number), []).extend(parts)
    return {key: tuple(dict.fromkeys(parts)) for key, parts in found.items()}


def titles(entry: CatalogueEntry) -> tuple[str, ...]:
    """The titles a heading of the entry's item may open with: the catalogue title, its
    aliases, and each part of a compound one ("Departure of Directors or Certain
    Officers; Election of Directors; Appointment of ..."), which filings name in any order."""
    return _titles().get((entry.era, entry.number), (entry.title,))


def era_for_date(iso_date: str | None) -> Era | None:
    if not iso_date:
        return None
    return "legacy" if iso_date < LEGACY_UNTIL else "current"


def canonical_number(raw: str) -> str:
    """Filings that write 'Item 5.2' mean 5.02, and 'Item 02' means 2."""
    if "." in raw:
        major, minor = raw.split(".", 1)
        return f"{int(major)}.{int(minor):02d}" if minor.isdigit() and major.isdigit() else raw
    return str(int(raw)) if raw.isdigit() else raw


def lookup(number: str, era: Era) -> CatalogueEntry | None:
    return _by_number().get((era, canonical_number(number)))


def match_title(title: str, era: Era | None) -> CatalogueEntry | None:
    """The catalogue entry a header title names, or a numeric header item."""
    title = title.strip()
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", title):
        number = canonical_number(title)
        eras: tuple[Era, ...] = (era,) if era else ("current", "legacy")
        for candidate in eras:
            found = lookup(number, candidate)
            if found:
                return found
        return None
    words = _words(title)
    if not words:
        return None
    best: tuple[float, CatalogueEntry] | None = None
    for entry in catalogue():
        if era and entry.era != era:
            continue
        overlap = len(words & entry.words) / max(len(entry.words), len(words))
        if best is None or overlap > best[0]:
            best = (overlap, entry)
    if best is None or best[0] < TITLE_MATCH_MIN:
        return None
    entry = best[1]
    return _by_number().get((entry.era, entry.number), entry)
