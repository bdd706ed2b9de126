"""What stands under an item heading: a body, a report of nothing ('None.'), or only heading lines.

Running page heads are ignored; a line of the item's own title words, a contents entry or
another item heading is no body. An item left with heading lines only gets a warning."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from sec8k.items.catalogue import CatalogueEntry, titles
from sec8k.items.sections import EMPTY_BODY, MAX_BARE_HEADING, WORD_TOKEN, Heading, Section

__all__ = [
    "CONTENTS_ENTRY",
    "MAX_RUNNING_HEAD",
    "RUNNING_HEAD_MIN_REPEATS",
    "headings_only",
    "headings_only_warnings",
    "no_body",
    "page_heads",
    "reports_nothing",
    "singular",
    "title_line",
    "title_vocabulary",
    "title_words_line",
    "under_heading",
]


#: A running page head ("ROCK OF AGES CORPORATION", "FORM 8-K") is a short line that stands
#: alone at least this many times in the document; after "None." it does not make an item
#: report something.
RUNNING_HEAD_MIN_REPEATS = 3


MAX_RUNNING_HEAD = 80


#: A line of a contents list that names no item: "SIGNATURES", "Exhibit Index", "Table of
#: Contents", "Section 5 - Corporate Governance and Management". It is no text of an item.
#: (A bare "Exhibits" line is not one: it opens the body of many an Item 9.01.)
CONTENTS_ENTRY = re.compile(
    r"^[ \t]*(?:SIGNATURES?|SIGNATURE\(S\)|EXHIBIT[ \t]+INDEX|INDEX[ \t]+TO[ \t]+EXHIBITS"
    r"|(?:TABLE[ \t]+OF[ \t]+)?CONTENTS|INDEX|SECTION[ \t]+\d{1,2}\b[^\n]{0,100})[ \t:.]*$",
    re.IGNORECASE,
)


def page_heads(text: str) -> frozenset[str]:
    """Short lines the document repeats on their own: page heads, the company's name."""
    counts = Counter(
        stripped
        for line in text.splitlines()
        if (stripped := line.strip()) and len(stripped) <= MAX_RUNNING_HEAD
    )
    return frozenset(line for line, n in counts.items() if n >= RUNNING_HEAD_MIN_REPEATS)


def reports_nothing(body: str, running_heads: Callable[[], frozenset[str]]) -> bool:
    """The body says only "None."/"Not applicable", maybe with running page heads before or
    after it (a page break under the heading)."""
    if EMPTY_BODY.match(body):
        return True
    lines = [stripped for line in body.splitlines() if (stripped := line.strip())]
    others = [line for line in lines if not EMPTY_BODY.match(line)]
    if len(others) == len(lines):
        return False
    heads = running_heads()
    return all(line in heads for line in others)


@cache
def title_vocabulary(entry: CatalogueEntry) -> frozenset[str]:
    """The words of the item's titles, without a plural "s"."""
    return frozenset(
        singular(w) for title in titles(entry) for w in WORD_TOKEN.findall(title.lower())
    )


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def title_line(line: str, entry: CatalogueEntry) -> bool:
    """The line is the item's title, or its start, standing alone: "Other events: on May 1
    ..." is a body."""
    if len(line) > MAX_BARE_HEADING:
        return False
    words = WORD_TOKEN.findall(line.lower())
    return len(words) >= 2 and any(
        WORD_TOKEN.findall(title.lower())[: len(words)] == words for title in titles(entry)
    )


def title_words_line(line: str, entry: CatalogueEntry) -> bool:
    """The line is made of the item's title words only, in any order or number ("Exhibits"
    under Item 9.01, "Compensatory Arrangement of Certain Officers" under 5.02, a title
    with a part written twice)."""
    words = WORD_TOKEN.findall(line.lower())
    vocabulary = title_vocabulary(entry)
    return bool(words) and all(singular(w) in vocabulary for w in words)


def no_body(body: str, heading: Heading) -> bool:
    """Nothing under the heading but, maybe, its title on a line of its own ("Item 1.01" /
    "Entry into a Material Definitive Agreement;")."""
    body = body.strip()
    return not body or ("\n" not in body and title_line(body, heading.entry))


def under_heading(body: str, heading: Heading) -> bool | None:
    """Whether text follows the heading: None when nothing but its title words (lines of
    their own) comes before the next heading; False when the next line is an entry of a
    contents list ("SIGNATURES", "Exhibit Index"), or a short line (a title in the
    filer's words) right above one; True otherwise."""
    lines = [stripped for line in body.splitlines() if (stripped := line.strip())]
    while lines and title_words_line(lines[0], heading.entry):
        lines = lines[1:]
    if not lines:
        return None
    if CONTENTS_ENTRY.match(lines[0]):
        return False
    return not (
        len(lines) > 1 and len(lines[0]) <= MAX_BARE_HEADING and CONTENTS_ENTRY.match(lines[1])
    )


def headings_only(
    text: str, start: int, end: int, entry: CatalogueEntry, heading_lines: frozenset[int]
) -> bool:
    """Every line of ``text[start:end]`` is a heading: one of the item headings found (its
    line's end in ``heading_lines``), a line of the item's title words, or a contents
    entry ("SIGNATURES", "Exhibit Index")."""
    position = start
    for raw in text[start:end].split("\n"):
        line_end = position + len(raw)
        line = raw.strip()
        if (
            line
            and line_end not in heading_lines
            and not CONTENTS_ENTRY.match(line)
            and not title_words_line(line, entry)
        ):
            return False
        position = line_end + 1
    return True


def headings_only_warnings(sections: list[Section]) -> list[str]:
    """A warning for each item whose text is only heading lines, with no body."""
    return [
        f"item {s.number} has no text under its heading ({s.heading.text!r}), only heading"
        " lines: its body was not found"
        for s in sections
        if s.headings_only
    ]
