"""The exhibit index of Item 9.01 (old Item 7): numbers, descriptions, references.

:func:`parse_exhibit_index` reads index rows from an item's text, and
:func:`parse_separate_index` from an index printed apart from the items;
:func:`document_number` reads the exhibit number out of a document TYPE
(``EX-10.2`` -> ``10.2``); :func:`same_number` compares the two forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "IndexEntry",
    "NumberKey",
    "document_number",
    "number_key",
    "parse_exhibit_index",
    "parse_separate_index",
    "same_keys",
    "same_number",
]

#: The line that opens the list: "(d) Exhibits", "Exhibits.", "Exhibit No. Description", "EXHIBIT INDEX".
_INDEX_START = re.compile(r"^[ \t]*(?:\(?[a-z]\)[ \t]*)?exhibits?\b", re.IGNORECASE | re.MULTILINE)
#: The heading of an index printed apart from the exhibits item (after the signatures, or
#: in a filing that has none): "EXHIBIT INDEX", "Index to Exhibits", "Exhibits", or the
#: table head "EXHIBIT NUMBER<TAB>DESCRIPTION", alone on its line.
_INDEX_HEADING = re.compile(
    r"^[ \t]*(?:exhibit[ \t]+index|index[ \t]+to[ \t]+exhibits|exhibits"
    r"|exhibit[ \t]+(?:no\.?|number)[ \t]+description)[ \t.:]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A heading apart from the items lists its first row within this many characters; a
#: heading further from any row is a word of the text, not an index.
INDEX_HEADING_REACH = 1_500
#: One row: "10.1 Share Purchase ...", "Exhibit 99.1 – Press release", "99.1<TAB>Press ...",
#: "(c) Exhibit 99.1 – ...", "(d) Exhibits. 10.1 ...", "12(c) -- Statement ...", "2.1* Asset ...",
#: "10.1<TAB>2022 Employee Stock Plan", "EX-99.1 Press ...", and "2<TAB>.1" where a table
#: split the number's cells;
#: a hyphen separates only with a space after it ("8-K is required" is no row 8).
INDEX_ROW = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?:\([a-z]\)[ \t]*)?"
    r"(?P<word>(?:exhibits?(?![a-z])[ \t]*(?:no\.?|number)?[ \t.:]*)+)?(?:ex-)?"
    r"(?P<number>\d{1,3}(?:\t?\.\d{1,3}){0,2}(?:[a-z](?![a-z])|\([a-z0-9]{1,3}\))?)"
    r"(?P<mark>\*{1,3}|[\u2020\u2021])?"
    r"(?P<separator>[ \t]*-{1,2}[ \t]+|[ \t]*[\t.:,\u2013\u2014][ \t]*|[ \t]+)"
    r"(?P<description>[A-Za-z0-9\"“'(\[].{2,})$",
    re.IGNORECASE | re.MULTILINE,
)
#: A number alone on its line, its description on the next ("Exhibit 99.1" / "Press
#: Release ..."), as layouts of one paragraph per cell print a row: a number with a part
#: ("99.1") or after "Exhibit", so that a page number is none.
_BARE_NUMBER = re.compile(
    r"^[ \t]*(?:(?P<word>exhibit[ \t]*(?:no\.?|number)?[ \t]*)|ex-)?"
    r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,2}(?:[a-z](?![a-z])|\([a-z0-9]{1,3}\))?)"
    r"(?P<mark>\*{1,3}|[\u2020\u2021])?[ \t.:]*$",
    re.IGNORECASE,
)
#: A number alone on its line that repeats one of the last this many rows heads a bound-in
#: exhibit (the list is over); the bound is there to keep a long index linear.
MAX_REPEAT_LOOKBACK = 50
#: A footnote under the list: "* Incorporated by reference to the Company's Form 8-K ...".
_FOOTNOTE = re.compile(r"^[ \t]*(?P<mark>\*{1,3}|[\u2020\u2021])[ \t]*(?P<text>\S.*)$")
#: A footnote mark at the end of a description: "... by Nuance Communications, Inc.*".
_TRAILING_MARK = re.compile(r"(?P<mark>\*{1,3}|[\u2020\u2021])$")
#: Rules and underlines a text rendering puts before a wrapped line: "------------ September 26".
_LEADING_RULE = re.compile(r"^[ \t]*[-_=]{2,}[ \t]*")
#: Any line of the text, empty ones included (a blank line ends a row).
_ANY_LINE = re.compile(r"^.*$", re.MULTILINE)
_SPACES = re.compile(r"\s+")
#: A number inside a row's line where the next row of a run-together list begins.
_INLINE_NUMBER = re.compile(r"(?<=\s)(\d{1,3}(?:\.\d{1,3}){1,2})[ \t]+(?=[A-Z\"“])")
#: A row wraps onto at most this many following lines; more is a paragraph, not a row.
MAX_CONTINUATION_LINES = 8
#: A page number between rows ("2", "- 2 -", "Page 2"), which does not end the list.
_PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:page[ \t]+)?[-\u2013\u2014]?[ \t]*\d{1,3}[ \t]*[-\u2013\u2014]?[ \t]*$",
    re.IGNORECASE,
)
#: "incorporated by reference to/from/as ...", not a furnished exhibit's disclaimer ("deemed
#: incorporated by reference into", "may only be incorporated by reference in another filing")
#: nor a part "incorporated by reference therein".
_INCORPORATED = re.compile(
    r"(?<!deemed )(?<!be )incorporated[ \t]+(?:herein[ \t]+)?by[ \t]+reference\b"
    r"(?![ \t]+(?:into|therein|herein)\b)(?:[ \t]+(?:to|from|as)\b)?[ \t]*",
    re.IGNORECASE,
)
#: Characters that end a reference but are no part of it: "...2010).", "...2002].", "...2018.*".
_REFERENCE_TAIL = " \t.;,*\u2020\u2021"
_CLOSERS = {")": "(", "]": "["}
_FILED_HEREWITH = re.compile(r"\b(?:filed|furnished)[ \t]+herewith\b", re.IGNORECASE)
#: A table cell beside a description that gives only its filing status.
_STATUS_CELL = re.compile(
    r"^[ \t]*\*?(?:filed|furnished)[ \t]+(?:herewith|electronically)(?:[ \t]+electronically)?[ \t.*]*$",
    re.IGNORECASE,
)
#: The number in a document TYPE, with a letter part: EX-10.16A, EX-99.4(A), EX-12.(C);
#: not the kind of an XBRL file (EX-101.SCH is 101).
_DOC_TYPE = re.compile(
    r"^EX-(\d{1,3}(?:\.\d{1,3}){0,2}(?:\.?\(?[a-z]\)?(?![a-z]))?)", re.IGNORECASE
)
#: The parts of an exhibit number: '10.16a' -> 10, 16, a; '99.4(A)' -> 99, 4, a.
_PARTS = re.compile(r"\d+|[a-z]+", re.IGNORECASE)
#: A document TYPE's prefix, which is no part of the number.
_EX_PREFIX = re.compile(r"^\s*ex-", re.IGNORECASE)
#: Exhibit numbers of Regulation S-K Item 601 stop below this.
MAX_EXHIBIT_MAJOR = 110


@dataclass(frozen=True, slots=True)
class IndexEntry:
    number: str
    description: str
    incorporated_by_reference: bool
    reference: str | None
    start: int
    end: int


#: An exhibit number as compared: its digit parts as integers, its letters lower-cased.
NumberKey = tuple[int | str, ...]


def _key(number: str) -> NumberKey:
    parts = _PARTS.findall(_EX_PREFIX.sub("", number))
    return tuple(int(p) if p.isdigit() else p.lower() for p in parts)


def same_number(a: str, b: str) -> bool:
    """'10.2' and 'EX-10.02' name the same exhibit; '99' matches '99.0'; '4(f)' is not '4(g)'."""
    ka, kb = _key(a), _key(b)
    return ka == kb or (*ka, 0) == kb or (*kb, 0) == ka


def number_key(number: str) -> NumberKey:
    """The parts of an exhibit number: '10.02' -> (10, 2), '10.16a' -> (10, 16, 'a')."""
    return _key(number)


def same_keys(number: str) -> tuple[NumberKey, ...]:
    """Every key ``b`` for which ``same_number(number, b)`` holds, for dictionary lookups."""
    key = _key(number)
    keys = [key, (*key, 0)]
    if key and key[-1] == 0:
        keys.append(key[:-1])
    return tuple(keys)


def document_number(doc_type: str | None) -> str | None:
    match = _DOC_TYPE.match(doc_type or "")
    return match.group(1) if match else None


@dataclass(slots=True)
class _Open:
    """A row (or footnote) being read: its number, footnote mark, span and text so far."""

    number: str
    mark: str | None
    start: int
    end: int
    parts: list[str]
    wrapped: int = 0


def _is_exhibit_number(number: str) -> bool:
    key = _key(number)
    major = key[0] if key else 0
    return isinstance(major, int) and 0 < major <= MAX_EXHIBIT_MAJOR


def _is_bare_row(bare: re.Match[str]) -> bool:
    return _is_exhibit_number(bare["number"]) and (
        bare["word"] is not None or "." in bare["number"]
    )


def is_row(row: re.Match[str]) -> bool:
    if not _is_exhibit_number(row["number"]):
        return False
    # "Exhibit 16, the letter from ..." is a row; "16, 1997 ..." is a date.
    return "," not in row["separator"] or row["word"] is not None


def _successor(number: str) -> str | None:
    """'10.1' -> '10.2', '99.01' -> '99.02': the number of the next row of a list."""
    head, dot, last = number.rpartition(".")
    if not dot or not last.isdigit():
        return None
    return f"{head}.{str(int(last) + 1).zfill(len(last))}"


def _row_pieces(text: str, row: re.Match[str], line_end: int) -> list[_Open]:
    """The row, cut where the list runs on in the same line ("10.1 A ... 10.2 B ...")."""
    number = _SPACES.sub("", row["number"])
    start, body = row.start("number"), row.start("description")
    pieces: list[_Open] = []
    while True:
        following = _successor(number)
        cut = next(
            (m for m in _INLINE_NUMBER.finditer(text, body, line_end) if m[1] == following),
            None,
        )
        stop = cut.start() if cut else line_end
        mark = row["mark"] if not pieces else None
        pieces.append(_Open(number, mark, start, stop, [_without_status(text[body:stop])]))
        if cut is None or following is None:
            return pieces
        number, start, body = following, cut.start(), cut.end()


def _without_status(cells: str) -> str:
    """A row's description without a last table cell that only says "Filed herewith"."""
    head, tab, last = cells.rstrip().rpartition("\t")
    return head if tab and head.strip() and _STATUS_CELL.match(last) else cells


def _wraps(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the row above it rather than starting a paragraph."""
    return not previous.rstrip().endswith((".", ")", "]")) or line.lstrip()[:1].islower()


def _reference(text: str) -> str | None:
    """The filing a description incorporates from, as written, to its closing bracket."""
    match = _INCORPORATED.search(text)
    if match is None:
        return None
    opened: list[str] = []
    end = len(text)
    for i in range(match.end(), len(text)):
        char = text[i]
        if char in "([":
            opened.append(char)
        elif char in _CLOSERS:
            if opened and opened[-1] == _CLOSERS[char]:
                opened.pop()
                continue
            end = i
            break
    return text[match.end() : end].strip().rstrip(_REFERENCE_TAIL) or None


def _incorporated(text: str) -> bool:
    return _INCORPORATED.search(text) is not None and not _FILED_HEREWITH.search(text)


def _entries(rows: list[_Open], notes: dict[str, str]) -> list[IndexEntry]:
    entries: list[IndexEntry] = []
    seen: set[NumberKey] = set()
    for row in rows:
        key = _key(row.number)
        if key in seen or not row.parts:
            continue
        seen.add(key)
        description = _SPACES.sub(" ", " ".join(row.parts)).strip()
        incorporated, reference = _incorporated(description), _reference(description)
        trailing = _TRAILING_MARK.search(description)
        note = notes.get(row.mark or (trailing["mark"] if trailing else ""))
        if note is not None and not incorporated and _incorporated(note):
            incorporated, reference = True, _reference(note)
        entries.append(
            IndexEntry(
                number=row.number,
                description=description,
                incorporated_by_reference=incorporated,
                reference=reference,
                start=row.start,
                end=row.end,
            )
        )
    return entries


def parse_exhibit_index(text: str, start: int = 0, end: int | None = None) -> list[IndexEntry]:
    """Index rows found in ``text[start:end]``, from its first 'Exhibits' line if it has one.

    A row is a line that opens with an exhibit number, or a number alone on its line and
    the line under it; the lines right under a row (no blank line between) that do not
    start a row go on with its description. Footnotes
    ("* Incorporated by reference to ...") apply to the rows that carry their mark. After
    the first row, any other line after a blank line ends the list, but a page number.
    """
    end = len(text) if end is None else end
    opening = _INDEX_START.search(text, start, end)
    rows: list[_Open] = []
    notes: dict[str, _Open] = {}
    current: _Open | None = None
    previous = ""
    gap = True
    for line in _ANY_LINE.finditer(text, opening.start() if opening else start, end):
        body = line.group()
        if not body.strip():
            gap = True
            continue
        row = INDEX_ROW.match(text, line.start(), line.end())
        bare = _BARE_NUMBER.match(body)
        note = _FOOTNOTE.match(body)
        if row is not None and is_row(row):
            rows.extend(_row_pieces(text, row, line.end()))
            current = rows[-1]
        elif bare is not None and _is_bare_row(bare):
            if _key(bare["number"]) in {_key(r.number) for r in rows[-MAX_REPEAT_LOOKBACK:]}:
                break  # "EXHIBIT 10.2" again: the heading of a bound-in exhibit
            start_at = line.start() + bare.start("number")
            current = _Open(bare["number"], bare["mark"], start_at, line.end(), [])
            rows.append(current)
        elif current is not None and not current.parts:
            current.parts.append(body)  # the description under a number alone on its line
            current.end = line.end()
        elif note is not None and rows:
            current = _Open("", note["mark"], line.start(), line.end(), [note["text"]])
            notes.setdefault(note["mark"], current)
        elif (
            current is not None
            and not gap
            and current.wrapped < MAX_CONTINUATION_LINES
            and _wraps(previous, body)
        ):
            current.parts.append(_LEADING_RULE.sub("", body))
            current.wrapped += 1
            current.end = line.end()
        elif rows and gap and not _PAGE_NUMBER.match(body):
            break
        else:
            current = None
        previous, gap = body, False
    return _entries(rows, {mark: " ".join(note.parts) for mark, note in notes.items()})


def parse_separate_index(text: str, start: int = 0) -> list[IndexEntry]:
    """The rows under the first exhibit-index heading after ``start`` that has any.

    For filings whose exhibits item has no list of its own: the index follows the
    signatures ("EXHIBIT INDEX"), or the filing has no exhibits item at all.
    """
    for heading in _INDEX_HEADING.finditer(text, start):
        entries = parse_exhibit_index(text, heading.start())
        if entries and entries[0].start - heading.end() <= INDEX_HEADING_REACH:
            return entries
    return []
