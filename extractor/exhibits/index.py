"""The exhibit index of Item 9.01 (old Item 7): numbers, descriptions, references.

:func:`parse_exhibit_index` reads index rows from an item's text;
:func:`document_number` reads the exhibit number out of a document TYPE
(``EX-10.2`` -> ``10.2``); :func:`same_number` compares the two forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "IndexEntry",
    "document_number",
    "find_embedded",
    "number_key",
    "parse_exhibit_index",
    "same_keys",
    "same_number",
]

#: The line that opens the list: "(d) Exhibits", "Exhibits.", "Exhibit No. Description", "EXHIBIT INDEX".
_INDEX_START = re.compile(r"^[ \t]*(?:\([a-z]\)[ \t]*)?exhibits?\b", re.IGNORECASE | re.MULTILINE)
#: One row: "10.1 Share Purchase ...", "Exhibit 99.1 – Press release", "99.1<TAB>Press ...".
_ROW = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?:exhibit[ \t]*(?:no\.?|number)?[ \t]*)?"
    r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,2}(?:\([a-z0-9]{1,3}\))?)"
    r"(?:[ \t]*[\t.:\-\u2013\u2014*][ \t]*|[ \t]+)(?P<description>[A-Za-z\"“'(].{2,})$",
    re.IGNORECASE | re.MULTILINE,
)
_INCORPORATED = re.compile(
    r"incorporated[ \t]+(?:herein[ \t]+)?by[ \t]+reference(?:[ \t]+(?:to|from|as))?[ \t]*(?P<ref>[^)]*)",
    re.IGNORECASE,
)
_FILED_HEREWITH = re.compile(r"\b(?:filed|furnished)[ \t]+herewith\b", re.IGNORECASE)
_DOC_TYPE = re.compile(r"^EX-(\d{1,3}(?:\.\d{1,3}){0,2})", re.IGNORECASE)
_PARTS = re.compile(r"\d+")
_WORD = re.compile(r"[a-z]+")
#: Exhibit numbers of Regulation S-K Item 601 stop below this.
MAX_EXHIBIT_MAJOR = 110
#: Leading words of a description that must open a bound-in exhibit's title line.
TITLE_WORDS = 2
#: A title line longer than this is a paragraph, not a title.
MAX_TITLE_LINE = 200


@dataclass(frozen=True, slots=True)
class IndexEntry:
    number: str
    description: str
    incorporated_by_reference: bool
    reference: str | None
    start: int
    end: int


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in _PARTS.findall(number))


def same_number(a: str, b: str) -> bool:
    """'10.2' and 'EX-10.02' name the same exhibit; '99' matches '99.0'."""
    ka, kb = _key(a), _key(b)
    return ka == kb or (*ka, 0) == kb or (*kb, 0) == ka


def number_key(number: str) -> tuple[int, ...]:
    """The parts of an exhibit number as integers: '10.02' -> (10, 2)."""
    return _key(number)


def same_keys(number: str) -> tuple[tuple[int, ...], ...]:
    """Every key ``b`` for which ``same_number(number, b)`` holds, for dictionary lookups."""
    key = _key(number)
    keys = [key, (*key, 0)]
    if key and key[-1] == 0:
        keys.append(key[:-1])
    return tuple(keys)


def document_number(doc_type: str | None) -> str | None:
    match = _DOC_TYPE.match(doc_type or "")
    return match.group(1) if match else None


def parse_exhibit_index(text: str, start: int = 0, end: int | None = None) -> list[IndexEntry]:
    """Index rows found in ``text[start:end]`` after its first 'Exhibits' line."""
    end = len(text) if end is None else end
    opening = _INDEX_START.search(text, start, end)
    if opening is None:
        return []
    entries: list[IndexEntry] = []
    seen: set[tuple[int, ...]] = set()
    for row in _ROW.finditer(text, opening.start(), end):
        number = row.group("number")
        key = _key(number)
        if not key or key[0] == 0 or key[0] > MAX_EXHIBIT_MAJOR or key in seen:
            continue
        description = row.group("description").replace("\t", " ").strip()
        incorporated = _INCORPORATED.search(description)
        reference = incorporated.group("ref").strip(" .;,") if incorporated else None
        seen.add(key)
        entries.append(
            IndexEntry(
                number=number,
                description=description,
                incorporated_by_reference=bool(incorporated)
                and not _FILED_HEREWITH.search(description),
                reference=reference or None,
                start=row.start("number"),
                end=row.end(),
            )
        )
    return entries


def find_embedded(text: str, entries: list[IndexEntry], start: int) -> dict[str, int]:
    """Where exhibits bound into a single document begin, after ``start``.

    An exhibit begins at a short line that says "Exhibit <number>" or that opens
    with the first words of its index description ("CONSULTING AGREEMENT ...").
    """
    found: dict[str, int] = {}
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[start:])]
    for entry in entries:
        if entry.incorporated_by_reference:
            continue
        title = _WORD.findall(entry.description.lower())[:TITLE_WORDS]
        exhibit_mark = re.compile(rf"^\s*exhibit\s+{re.escape(entry.number)}\b", re.IGNORECASE)
        for offset, line in lines:
            if len(line) > MAX_TITLE_LINE:
                continue
            words = _WORD.findall(line.lower())[:TITLE_WORDS]
            if exhibit_mark.match(line) or (len(title) == TITLE_WORDS and words == title):
                found[entry.number] = start + offset
                break
    return found
