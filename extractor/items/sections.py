"""What the splitter finds: an item heading (its numbers, catalogue entry and line) and the section it heads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sec8k.items.catalogue import CatalogueEntry

__all__ = ["EMPTY_BODY", "MAX_BARE_HEADING", "WORD_TOKEN", "Heading", "Section"]

#: A heading line longer than this must name the item's title to count.
MAX_BARE_HEADING = 160
#: An item whose whole body is one of these reports nothing.
EMPTY_BODY = re.compile(
    r"^[\s.:\-\u2013\u2014]*(?:none|not applicable|n/a|inapplicable|omitted)[\s.;]*$", re.IGNORECASE
)
WORD_TOKEN = re.compile(r"[a-z]+")


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
    #: The text is heading lines only (item headings, title lines, contents entries): the
    #: item's body was not found under it.
    headings_only: bool = False
