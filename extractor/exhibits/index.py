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
    "find_index_block",
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
_LINE = re.compile(r"[^\n]+")
#: "Exhibit " at the start of a line, before the number of a bound-in exhibit.
_EXHIBIT_MARK = re.compile(r"\s*exhibit\s+", re.IGNORECASE)
#: The end of the number in "Exhibit 10.1 ...": a word boundary right after it.
_WORD_END = re.compile(r"\b")
#: The heading of an exhibit index that stands apart from the items, after the signatures.
_INDEX_HEADING = re.compile(
    r"^[ \t]*(?:exhibit[ \t]+index|index[ \t]+to[ \t]+exhibits|exhibit[ \t]+list|"
    r"list[ \t]+of[ \t]+exhibits)[ \t:.]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: Paragraphs (column heads, rules) an index may hold before its first row.
MAX_INDEX_PREAMBLE = 3
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


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


def find_index_block(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An "EXHIBIT INDEX" heading in ``text[start:end]`` and where its rows end.

    The block runs from the heading through the paragraphs that hold index rows (a row's
    wrapped description stays in its paragraph), after at most
    ``MAX_INDEX_PREAMBLE`` paragraphs of column heads; the first paragraph after a row
    that holds none ends it (a page footer, a bound-in exhibit's first words).
    """
    heading = _INDEX_HEADING.search(text, start, end)
    if heading is None:
        return None
    block_end = heading.end()
    rows_seen = False
    preamble = 0
    for paragraph in _PARAGRAPH.finditer(text, heading.end()):
        if _ROW.search(text, paragraph.start(), paragraph.end()):
            rows_seen = True
            block_end = paragraph.end()
            continue
        preamble += 1
        if rows_seen or preamble > MAX_INDEX_PREAMBLE:
            break
    return (heading.start(), block_end) if rows_seen else None


def find_embedded(text: str, entries: list[IndexEntry], start: int) -> dict[str, int]:
    """Where exhibits bound into a single document begin, after ``start``.

    An exhibit begins at a short line that says "Exhibit <number>" or that opens
    with the first words of its index description ("CONSULTING AGREEMENT ...").
    Entries are placed in index order, each at the first such line no earlier
    entry took. One pass over the lines: entries x lines was quadratic.
    """
    wanted = [e for e in entries if not e.incorporated_by_reference]
    if not wanted:
        return {}
    numbers = {e.number.lower() for e in wanted}
    longest = max(len(n) for n in numbers)
    by_title: dict[tuple[str, ...], list[int]] = {}
    by_number: dict[str, list[int]] = {}
    for line in _LINE.finditer(text, start):
        if len(line.group()) > MAX_TITLE_LINE:
            continue
        title = tuple(_WORD.findall(line.group().lower())[:TITLE_WORDS])
        if len(title) == TITLE_WORDS:
            by_title.setdefault(title, []).append(line.start())
        mark = _EXHIBIT_MARK.match(line.group())
        if mark is None:
            continue
        rest = line.group()[mark.end() :]
        for size in range(1, min(longest, len(rest)) + 1):
            number = rest[:size].lower()
            if number in numbers and _WORD_END.match(rest, size):
                by_number.setdefault(number, []).append(line.start())
    found: dict[str, int] = {}
    taken: set[int] = set()
    cursors: dict[object, int] = {}

    def first_free(key: object, places: list[int]) -> int | None:
        i = cursors.get(key, 0)
        while i < len(places) and places[i] in taken:
            i += 1
        cursors[key] = i
        return places[i] if i < len(places) else None

    for entry in wanted:
        if entry.number in found:
            continue
        number = entry.number.lower()
        title = tuple(_WORD.findall(entry.description.lower())[:TITLE_WORDS])
        heads = [first_free(number, by_number.get(number, []))]
        if len(title) == TITLE_WORDS:
            heads.append(first_free(title, by_title.get(title, [])))
        place = min((h for h in heads if h is not None), default=None)
        if place is not None:
            found[entry.number] = place
            taken.add(place)
    return found
