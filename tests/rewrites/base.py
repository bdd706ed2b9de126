"""What every rewrite shares: the parse and serialisation, the heading elements of the
original (:func:`find_spots`), what a rewrite expects (:class:`Expect`), and small tree
helpers on lxml's ElementTree API (text/tail, makeelement, addnext/addprevious)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from lxml import etree

from sec8k.items.catalogue import Era, catalogue
from sec8k.text.repair import repair_line

__all__ = [
    "BLOCKS",
    "NUMBER_PART",
    "Element",
    "Expect",
    "Spot",
    "body_of",
    "catalogue_entries",
    "copy_with_spots",
    "find_spots",
    "first_heading",
    "first_slot",
    "leaf_paragraphs",
    "make",
    "parse",
    "put_after",
    "replace_element",
    "serialise",
    "squash",
    "text_of",
    "text_slots",
]

Element = Any  # lxml ships no stubs: an lxml.etree._Element


#: The XML prolog lxml refuses in a str (the pipeline strips it the same way).
_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
#: A text node that may open an item heading.
_ITEM_START = re.compile(r"^\s*items?\b", re.IGNORECASE)
#: A heading's number part and its title: "Item 2.01." | "Completion of ...".
NUMBER_PART = re.compile(
    r"^(\s*items?\s*(?:no\.\s*)?\d{1,2}(?:\.\d{1,2})?(?:\s*\([a-z]\))?"
    r"(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2})?)*\s*[.:\-\u2013\u2014]?)\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: Block tags a heading can be moved out of, into a table row.
BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "center", "li"})


@dataclass(frozen=True)
class Expect:
    """How the rewritten document's items must compare with the original's."""

    #: Text the rewrite inserted, removed from both sides before comparing.
    inserted: tuple[str, ...] = ()
    #: Headings were re-worded: compare each item without its first line.
    skip_heading_line: bool = False
    #: Letters changed case: compare case-folded.
    casefold: bool = False
    #: An item the rewrite added (number, as an empty item), not part of the original.
    added_empty: str | None = None
    #: How many places the rewrite changed (a rewrite that touched nothing proves nothing).
    touched: int = 0
    #: Serialise non-ASCII characters as references (&#160;, &nbsp;).
    entities: bool = False
    #: Serialise as XML (XHTML) rather than HTML.
    xhtml: bool = False


@dataclass
class Spot:
    """An element whose text is exactly one item-heading line of the original."""

    element: Element
    line: str
    #: The line's place among the original's heading lines (0: the first item's).
    order: int


def parse(raw: str) -> Element:
    """The document tree, parsed as the pipeline parses it."""
    parser = etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        default_doctype=False,
    )
    return etree.fromstring(_PROLOG.sub("", raw, count=1), parser)


def serialise(root: Element, *, entities: bool = False, xhtml: bool = False) -> str:
    """The tree as HTML (or XML); with ``entities``, every non-ASCII character as a
    reference, the no-break spaces alternately as &#160; and &nbsp;."""
    if xhtml:
        return str(etree.tostring(root, method="xml", encoding="unicode"))
    if not entities:
        return str(etree.tostring(root, method="html", encoding="unicode"))
    raw = etree.tostring(root, method="html", encoding="ascii").decode("ascii")
    pieces = raw.split("&#160;")
    named = ("&#160;", "&nbsp;")
    return pieces[0] + "".join(named[i % 2] + p for i, p in enumerate(pieces[1:]))


def squash(text: str) -> str:
    """Text without whitespace or case, as the pipeline would clean it."""
    return "".join(repair_line(text).split()).casefold()


def text_of(element: Element) -> str:
    return "".join(element.itertext())


def find_spots(root: Element, lines: list[str]) -> list[Spot]:
    """The outermost elements whose whole text is one of ``lines`` (heading lines)."""
    wanted = {squash(line): index for index, line in reversed(list(enumerate(lines)))}
    longest = max((len(s) for s in wanted), default=0)
    found: dict[int, Spot] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        owners = []
        if element.text and _ITEM_START.match(element.text):
            owners.append(element)
        if element.tail and _ITEM_START.match(element.tail):
            owners.append(element.getparent())
        for owner in owners:
            best = None
            node = owner
            while node is not None and node.tag not in ("body", "html"):
                squashed = squash(text_of(node))
                if squashed in wanted:
                    best = node
                elif best is not None or len(squashed) > longest:
                    break
                node = node.getparent()
            if best is not None:
                order = wanted[squash(text_of(best))]
                found[id(best)] = Spot(best, lines[order], order)
    return list(found.values())


def copy_with_spots(root: Element, spots: list[Spot]) -> tuple[Element, list[Spot]]:
    """A deep copy of the document for a rewrite to change, and the spots in it."""
    where = {element: index for index, element in enumerate(root.iter())}
    copy = deepcopy(root)
    elements = list(copy.iter())
    return copy, [Spot(elements[where[s.element]], s.line, s.order) for s in spots]


def text_slots(element: Element) -> Iterator[tuple[Element, str]]:
    """The element's text nodes in reading order, as (owner, "text" | "tail")."""
    if element.text:
        yield element, "text"
    for child in element.iterdescendants():
        if child.text:
            yield child, "text"
        if child.tail:
            yield child, "tail"


def first_slot(spot: Spot) -> tuple[Element, str] | None:
    return next((s for s in text_slots(spot.element) if _ITEM_START.match(getattr(*s))), None)


def make(root: Element, tag: str, text: str | None = None, **attrib: str) -> Element:
    element = root.makeelement(tag, attrib)
    element.text = text
    return element


def put_after(anchor: Element, new: Element) -> None:
    """``new`` right after ``anchor``, before the text that follows it."""
    new.tail, anchor.tail = anchor.tail, None
    anchor.addnext(new)


def body_of(root: Element) -> Element:
    body = root.find("body")
    return root if body is None else body


def replace_element(old: Element, new: Element) -> None:
    new.tail = old.tail
    old.getparent().replace(old, new)


def leaf_paragraphs(root: Element) -> list[Element]:
    """Top-level text blocks: paragraphs and divs with text, outside tables."""
    found = []
    for element in body_of(root).iter("p", "div"):
        if not text_of(element).strip() or any(
            a.tag in ("table", "p") for a in element.iterancestors()
        ):
            continue
        if element.find(".//p") is None and element.find(".//div") is None:
            found.append(element)
    return found


def first_heading(spots: list[Spot]) -> Element | None:
    """The first item's heading (the last element with its line: a table of contents
    may come first)."""
    same = [s.element for s in spots if s.order == 0]
    return same[-1] if same else None


def catalogue_entries(era: Era, numbers: list[str]) -> list[tuple[str, str]]:
    titles = {e.number: e.title for e in catalogue() if e.era == era and not e.alias}
    return [(n, titles[n]) for n in numbers if n in titles]
