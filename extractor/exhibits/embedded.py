"""Exhibits printed inside a single-document rendering, found by their title lines after the items.

An index row's number and words are looked for again below the items ('EXHIBIT 99.1' over a
press release); each exhibit's text runs to the next one found."""

from __future__ import annotations

import re

from sec8k.exhibits.index import INDEX_ROW, IndexEntry, is_row

__all__ = [
    "EXHIBIT_MARK",
    "LINE",
    "MAX_TITLE_LINE",
    "TITLE_WORDS",
    "WORD",
    "WORD_END",
    "find_embedded",
]


WORD = re.compile(r"[a-z]+")


#: Leading words of a description that must open a bound-in exhibit's title line.
TITLE_WORDS = 2


#: A title line longer than this is a paragraph, not a title.
MAX_TITLE_LINE = 200


LINE = re.compile(r"[^\n]+")


#: "Exhibit " at the start of a line, before the number of a bound-in exhibit.
EXHIBIT_MARK = re.compile(r"\s*exhibit\s+", re.IGNORECASE)


#: The end of the number in "Exhibit 10.1 ...": a word boundary right after it.
WORD_END = re.compile(r"\b")


def find_embedded(text: str, entries: list[IndexEntry], start: int) -> dict[str, int]:
    """Where exhibits bound into a single document begin, after ``start``.

    An exhibit begins at a short line that says "Exhibit <number>" or that opens
    with the first words of its index description ("CONSULTING AGREEMENT ...").
    Entries are placed in index order, each at the first such line no earlier
    entry took; the index's own rows, and rows of the index printed again after the
    signatures, are never a place (they open with the descriptions' words). One pass over the lines:
    entries x lines was quadratic.
    """
    wanted = [e for e in entries if not e.incorporated_by_reference]
    if not wanted:
        return {}
    numbers = {e.number.lower() for e in wanted}
    longest = max(len(n) for n in numbers)
    rows = sorted((e.start, e.end) for e in entries)
    row = 0
    by_title: dict[tuple[str, ...], list[int]] = {}
    by_number: dict[str, list[int]] = {}
    for line in LINE.finditer(text, start):
        while row < len(rows) and rows[row][1] <= line.start():
            row += 1
        if row < len(rows) and rows[row][0] < line.end():
            continue  # a line of the index itself
        listed = INDEX_ROW.match(text, line.start(), line.end())
        if listed is not None and listed["word"] is None and is_row(listed):
            continue  # a row of the index printed again ("99.1<TAB>Press release ...")
        if len(line.group()) > MAX_TITLE_LINE:
            continue
        title = tuple(WORD.findall(line.group().lower())[:TITLE_WORDS])
        if len(title) == TITLE_WORDS:
            by_title.setdefault(title, []).append(line.start())
        mark = EXHIBIT_MARK.match(line.group())
        if mark is None:
            continue
        rest = line.group()[mark.end() :]
        for size in range(1, min(longest, len(rest)) + 1):
            number = rest[:size].lower()
            if number in numbers and WORD_END.match(rest, size):
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
        title = tuple(WORD.findall(entry.description.lower())[:TITLE_WORDS])
        heads = [first_free(number, by_number.get(number, []))]
        if len(title) == TITLE_WORDS:
            heads.append(first_free(title, by_title.get(title, [])))
        place = min((h for h in heads if h is not None), default=None)
        if place is not None:
            found[entry.number] = place
            taken.add(place)
    return found
