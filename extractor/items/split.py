"""Split a primary document's text into its Items.

Finding and deciding are separate steps: :func:`find_headings` lists every line
that looks like an item heading, then :func:`split_items` keeps the ones that
head a section (dropping cross-references, tables of contents and headings of
embedded exhibits) and cuts the text between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.items.catalogue import CatalogueEntry, Era, canonical_number, lookup

__all__ = ["Heading", "Section", "find_headings", "split_items"]

#: "Item 2.01.", "ITEM 2.01 –", "Items 2.01 and 9.01", "Item No. 5", "(a) Item 7":
#: at the start of a line, possibly after a list mark.
_HEADING = re.compile(
    r"^[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]*)?ITEMS?[ \t]*(?:NO\.?[ \t]*|NUMBER[ \t]*)?"
    r"(\d{1,2}(?:\.\d{1,2})?)(?![\d.]\d)(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: More numbers in one heading: "Items 2.01 and 9.01", "Items 5, 7".
#: Used with ``match(rest, pos)``, so it has no ``^`` (which would pin it to offset 0).
_MORE_NUMBERS = re.compile(
    r"[ \t]*(?P<joint>,|and|&|through|to|-)[ \t]*(\d{1,2}(?:\.\d{1,2})?)\b", re.IGNORECASE
)
_RANGE_WORDS = frozenset({"through", "to", "-"})
#: "Item 5.02(e)", "Item 9.01 (d).": a paragraph letter after the number.
_SUB_PARAGRAPH = re.compile(r"^[ \t]*\([a-z]\)", re.IGNORECASE)
_LEAD_PUNCT = re.compile(r"^[ \t.:;,\-\u2013\u2014)]+")
#: Words after the number that show a cross-reference, not a heading.
_CROSS_REFERENCE = re.compile(
    r"^(?:of|in|to|under|above|below|hereof|herein|is|are|was|and|or|shall|will|has|have|"
    r"requires|required|pursuant|as|for|with|by|on|at|that|which|\()\b",
    re.IGNORECASE,
)
#: A heading line longer than this must name the item's title to count.
MAX_BARE_HEADING = 160
#: The signature block ends the last item.
_SIGNATURES = re.compile(
    r"^[ \t]*SIGNATURES?[ \t:.]*$|^[ \t]*SIGNATURE\(S\)", re.MULTILINE | re.IGNORECASE
)
#: Words that follow a real signature heading.
_SIGNING = re.compile(
    r"pursuant to the requirements|duly (?:caused|authorized)|/s/|\bBy:", re.IGNORECASE
)
#: How far after a signature heading the signing words must start.
SIGNING_WINDOW = 800
#: An item whose whole body is one of these reports nothing.
_EMPTY_BODY = re.compile(
    r"^[\s.:\-\u2013\u2014]*(?:none|not applicable|n/a|inapplicable|omitted)[\s.;]*$", re.IGNORECASE
)
_TOKEN = re.compile(r"[a-z]+")
#: A row of a contents table or a checklist, not a heading: the line's last cell is a
#: page number or a check box ("Item 2.01 | Completion of ... | 3", "Item 2.06 | ... | ☐";
#: þ, ý, ¨ and o are the Wingdings boxes as text).
_LIST_ROW = re.compile(
    r"\t[ \t]*(?:\d{1,3}|[ivx]{1,5}|[\u2610\u2611\u2612\u25a1\u25a0\u2713\u2714\u2717\u2718\u2327\u00fe\u00fd\u00a8ox])[ \t]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Heading:
    numbers: tuple[str, ...]
    entry: CatalogueEntry
    start: int
    line_end: int
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    heading: Heading
    number: str
    entry: CatalogueEntry
    start: int
    end: int
    empty: bool


def _names_title(rest: str, entry: CatalogueEntry) -> bool:
    words = [w for w in _TOKEN.findall(rest.lower()[:120])][:4]
    title_words = _TOKEN.findall(entry.title.lower())
    return bool(words) and words[:2] == title_words[: len(words[:2])]


def find_headings(text: str, era: Era) -> list[Heading]:
    """Every line that could head an item of ``era``, in order."""
    headings: list[Heading] = []
    for match in _HEADING.finditer(text):
        number = canonical_number(match.group(1))
        entry = lookup(number, era)
        if entry is None:
            continue
        rest = match.group("rest")
        numbers = [number]
        position = 0
        # A heading names each item once: "Items 1.01, 1.01, ..." must not multiply sections.
        while more := _MORE_NUMBERS.match(rest, position):
            extra = canonical_number(more.group(2))
            if lookup(extra, era) is None:
                break
            if more.group("joint").lower() in _RANGE_WORDS and era == "legacy":
                numbers.extend(str(n) for n in range(int(numbers[-1]) + 1, int(extra)))
            numbers.append(extra)
            position = more.end()
        rest = rest[position:]
        numbers = list(dict.fromkeys(numbers))
        rest = _LEAD_PUNCT.sub("", _SUB_PARAGRAPH.sub("", rest))
        if rest and _CROSS_REFERENCE.match(rest):
            continue
        line = match.group(0).strip()
        if _LIST_ROW.search(line):
            continue
        if rest and len(line) > MAX_BARE_HEADING and not _names_title(rest, entry):
            continue
        headings.append(
            Heading(
                tuple(numbers),
                entry,
                match.start() + (len(match.group(0)) - len(match.group(0).lstrip())),
                match.end(),
                line,
            )
        )
    return headings


def _body_end(text: str, start: int, limit: int) -> int:
    """Where the signature block begins: a SIGNATURE heading followed by signing words.

    A bare "SIGNATURE" line of a table of contents is not one.
    """
    for signature in _SIGNATURES.finditer(text, start, limit):
        if _SIGNING.search(text, signature.end(), min(limit, signature.end() + SIGNING_WINDOW)):
            return signature.start()
    return limit


def split_items(text: str, era: Era, *, limit: int | None = None) -> list[Section]:
    """Sections of the items the text reports, each from its heading to the next.

    ``limit`` ends the item area (e.g. where an embedded exhibit begins).
    When an item is headed more than once (a table of contents, a cover-page
    checklist), an occurrence outside a list of headings wins, then the longest section.
    """
    limit = len(text) if limit is None else limit
    headings = [h for h in find_headings(text, era) if h.start < limit]
    if not headings:
        return []
    # Headings after the signature block belong to exhibits bound into the document.
    end_of_items = _body_end(text, headings[0].line_end, limit)
    headings = [h for h in headings if h.start < end_of_items]
    spans: list[tuple[Heading, int]] = []
    for index, heading in enumerate(headings):
        nxt = headings[index + 1].start if index + 1 < len(headings) else end_of_items
        spans.append((heading, nxt))
    # A heading with nothing between it and the next one, and that next one, are entries
    # of a list (a table of contents): an item headed again outside a list is that one.
    listed: set[int] = set()
    for index, (heading, end) in enumerate(spans[:-1]):
        if not text[heading.line_end : end].strip():
            listed.update((index, index + 1))
    best: dict[str, tuple[tuple[bool, int], Heading, int]] = {}
    for index, (heading, end) in enumerate(spans):
        rank = (index not in listed, end - heading.start)
        for number in heading.numbers:
            kept = best.get(number)
            if kept is None or rank > kept[0]:
                best[number] = (rank, heading, end)
    chosen = sorted(
        {id(h): (h, e) for _, h, e in best.values()}.values(), key=lambda he: he[0].start
    )
    sections: list[Section] = []
    for index, (heading, _) in enumerate(chosen):
        end = chosen[index + 1][0].start if index + 1 < len(chosen) else end_of_items
        body = text[heading.line_end : end]
        inline = _LEAD_PUNCT.sub("", heading.text.split(heading.numbers[-1], 1)[-1])
        empty = bool(_EMPTY_BODY.match(body)) or bool(_EMPTY_BODY.match(inline))
        for number in heading.numbers:
            entry = lookup(number, era) or heading.entry
            sections.append(
                Section(
                    heading,
                    number,
                    entry,
                    heading.start,
                    _trim_end(text, heading.start, end),
                    empty,
                )
            )
    return sections


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end
