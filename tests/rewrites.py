"""Layout-preserving rewrites of a filing's HTML, for the metamorphic item tests.

A rewrite changes how a document is marked up, never what it reports: it takes the
parsed document, the elements that carry its item headings (:func:`find_spots`) and
a seeded random generator, edits the tree in place and returns an :class:`Expect`
saying what the comparison with the original must allow for (text it inserted, a
heading line it re-worded, letter case it changed, an item it added).

Every rewrite is a small named function listed in :data:`REWRITES`; they use lxml's
ElementTree API only (text/tail, makeelement, addnext/addprevious).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from lxml import etree

from extractor.items.catalogue import Era, catalogue
from extractor.text.repair import repair_line

__all__ = ["REWRITES", "Expect", "Spot", "copy_with_spots", "find_spots", "parse", "serialise"]

Element = Any  # lxml ships no stubs: an lxml.etree._Element

#: The XML prolog lxml refuses in a str (the pipeline strips it the same way).
_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
#: A text node that may open an item heading.
_ITEM_START = re.compile(r"^\s*items?\b", re.IGNORECASE)
#: A heading's number part and its title: "Item 2.01." | "Completion of ...".
_NUMBER_PART = re.compile(
    r"^(\s*items?\s*(?:no\.\s*)?\d{1,2}(?:\.\d{1,2})?(?:\s*\([a-z]\))?"
    r"(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2})?)*\s*[.:\-\u2013\u2014]?)\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_INLINE = ("b", "strong", "font", "span", "i", "u", "a", "em")
#: Block tags that CSS lays out inline, as inline-XBRL tools write them around facts.
_INLINE_BLOCKS = (
    ("div", "display:inline;"),
    ("div", "font-weight:bold;display:inline;"),
    ("p", "display: inline"),
    ("div", "display:inline-block"),
)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
#: Block tags a heading can be moved out of, into a table row.
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "center", "li"})
#: Running heads and page numbers a page break repeats (page numbers are noise lines).
RUNNING_HEADS = ("ACME HOLDINGS, INC.", "Current Report on Form 8-K", "Table of Contents")
_PAGE_NUMBERS = ("{n}", "- {n} -", "Page {n}", "Page {n} of 9", "{n} of 9")


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


def _squash(text: str) -> str:
    """Text without whitespace or case, as the pipeline would clean it."""
    return "".join(repair_line(text).split()).casefold()


def _text_of(element: Element) -> str:
    return "".join(element.itertext())


def find_spots(root: Element, lines: list[str]) -> list[Spot]:
    """The outermost elements whose whole text is one of ``lines`` (heading lines)."""
    wanted = {_squash(line): index for index, line in reversed(list(enumerate(lines)))}
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
                squashed = _squash(_text_of(node))
                if squashed in wanted:
                    best = node
                elif best is not None or len(squashed) > longest:
                    break
                node = node.getparent()
            if best is not None:
                order = wanted[_squash(_text_of(best))]
                found[id(best)] = Spot(best, lines[order], order)
    return list(found.values())


def copy_with_spots(root: Element, spots: list[Spot]) -> tuple[Element, list[Spot]]:
    """A deep copy of the document for a rewrite to change, and the spots in it."""
    where = {element: index for index, element in enumerate(root.iter())}
    copy = deepcopy(root)
    elements = list(copy.iter())
    return copy, [Spot(elements[where[s.element]], s.line, s.order) for s in spots]


def _slots(element: Element) -> Iterator[tuple[Element, str]]:
    """The element's text nodes in reading order, as (owner, "text" | "tail")."""
    if element.text:
        yield element, "text"
    for child in element.iterdescendants():
        if child.text:
            yield child, "text"
        if child.tail:
            yield child, "tail"


def _first_slot(spot: Spot) -> tuple[Element, str] | None:
    return next((s for s in _slots(spot.element) if _ITEM_START.match(getattr(*s))), None)


def _new(root: Element, tag: str, text: str | None = None, **attrib: str) -> Element:
    element = root.makeelement(tag, attrib)
    element.text = text
    return element


def _put_after(anchor: Element, new: Element) -> None:
    """``new`` right after ``anchor``, before the text that follows it."""
    new.tail, anchor.tail = anchor.tail, None
    anchor.addnext(new)


def _body(root: Element) -> Element:
    body = root.find("body")
    return root if body is None else body


def _replace(old: Element, new: Element) -> None:
    new.tail = old.tail
    old.getparent().replace(old, new)


# --- the rewrites -------------------------------------------------------------------


def identity(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Parse and serialise only: the harness itself must change nothing."""
    return Expect(touched=1)


def heading_in_table_cells(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """A heading paragraph becomes a table row: the number in one cell, the title in the
    next, sometimes with an empty spacer cell between them or "Item" in a cell of its own."""
    touched = 0
    for spot in spots:
        if spot.element.tag not in _BLOCKS:
            continue
        parts = _NUMBER_PART.match(_text_of(spot.element))
        if parts is None or not parts.group(2).strip():
            continue
        table = _new(root, "table", cellpadding="0", width="100%")
        row = _new(root, "tr")
        table.append(row)
        cells = [parts.group(1).strip(), "\xa0", parts.group(2).strip()]
        if rng.random() < 0.5:
            del cells[1]
        word, _, number = cells[0].partition(" ")
        if number and rng.random() < 0.3:  # "Item" | "2.01." | "Completion of ..."
            cells[:1] = [word, number]
        for value in cells:
            row.append(_new(root, "td", value, valign="top"))
        _replace(spot.element, table)
        touched += 1
    return Expect(skip_heading_line=True, touched=touched)


def heading_row_to_paragraph(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """The reverse: a heading laid out as a one-row table becomes one bold paragraph."""
    touched = 0
    for spot in spots:
        table = spot.element
        while table is not None and table.tag != "table":
            table = table.getparent()
        if table is None or _squash(_text_of(table)) != _squash(spot.line):
            continue
        paragraph = _new(root, "p")
        paragraph.append(_new(root, "b", " ".join(spot.line.split())))
        _replace(table, paragraph)
        touched += 1
    return Expect(skip_heading_line=True, touched=touched)


def _split_text(
    root: Element, owner: Element, slot: str, cuts: list[int], tag: str, style: str | None
) -> None:
    value = getattr(owner, slot)
    bounds = [0, *sorted(set(cuts)), len(value)]
    pieces = [value[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    setattr(owner, slot, pieces[0])
    attrib = {"style": style} if style else {}
    new = [_new(root, tag, piece, **attrib) for piece in pieces[1:]]
    if slot == "text":
        for index, element in enumerate(new):
            owner.insert(index, element)
    else:
        for element in reversed(new):
            owner.addnext(element)  # after the owner's tail, which is the first piece


def _split_headings(
    root: Element, spots: list[Spot], rng: random.Random, tags: list[tuple[str, str | None]]
) -> int:
    touched = 0
    for spot in spots:
        slot = _first_slot(spot)
        if slot is None:
            continue
        value = getattr(*slot)
        if len(value) < 3:
            continue
        start = len(value) - len(value.lstrip())
        number_end = start + len(value[start:].split(None, 2)[0]) + 1
        # Cuts inside and around "Item", inside the number, and in the title's start.
        choices = list(range(start + 1, min(len(value), number_end + 6)))
        cuts = rng.sample(choices, k=min(len(choices), rng.randint(1, 3)))
        _split_text(root, *slot, cuts, *rng.choice(tags))
        touched += 1
    return touched


def heading_split_across_tags(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """The heading's first text cut at one to three points into inline tags:
    <b>Item</b><b> 2.01</b>, <font>ITEM 2.</font><font>01</font>, <b>It</b><b>em ...</b>."""
    return Expect(touched=_split_headings(root, spots, rng, [(t, None) for t in _INLINE]))


def heading_split_across_inline_divs(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """The same cuts into <div style="display:inline">, as inline-XBRL tools wrap facts
    ("Item <div style="display:inline">2.01</div>"). Those tools write <div>s, not <p>s,
    and an HTML parser closes a <p> at a <div>: the heading's <p>s become <div>s, and a
    heading inside a <p> is left alone."""
    usable = []
    for spot in spots:
        if any(a.tag == "p" for a in spot.element.iterancestors()):
            continue
        for element in spot.element.iter("p"):
            element.tag = "div"
        usable.append(spot)
    return Expect(touched=_split_headings(root, usable, rng, list(_INLINE_BLOCKS)))


def spaces_as_nbsp(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Every space of every heading, and a third of the others, become no-break spaces
    (serialised as &nbsp; or &#160; by the harness)."""
    # Sets of elements, not of id()s: lxml's proxies live only while referenced.
    inside = {e for s in spots for e in s.element.iter()}
    outermost = {s.element for s in spots}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for slot in ("text", "tail"):
            value = getattr(element, slot)
            if not value or " " not in value:
                continue
            heading = element in inside and (slot == "text" or element not in outermost)
            chars = ["\xa0" if c == " " and (heading or rng.random() < 0.33) else c for c in value]
            setattr(element, slot, "".join(chars))
    return Expect(touched=len(spots), entities=True)


def bold_tags_as_css(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """<b> and <strong> become <span style="font-weight:bold|700">."""
    touched = 0
    for element in list(root.iter("b", "strong")):
        element.tag = "span"
        element.set("style", rng.choice(("font-weight:bold", "font-weight: 700")))
        touched += 1
    return Expect(touched=touched)


def css_bold_as_tags(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """<span style="font-weight:bold"> (without other hiding styles) becomes <b>."""
    touched = 0
    for element in list(root.iter("span")):
        style = element.get("style") or ""
        if _BOLD_STYLE.search(style) and "display" not in style.lower():
            element.tag = rng.choice(("b", "strong"))
            del element.attrib["style"]
            touched += 1
    return Expect(touched=touched)


def heading_as_bold_div(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """A heading block becomes <div style="font-weight:bold"> with its <b>/<strong>/<u>
    tags dropped (bold by CSS, not by a tag)."""
    touched = 0
    for spot in spots:
        if spot.element.tag not in _BLOCKS:
            continue
        etree.strip_tags(spot.element, "b", "strong", "u")
        spot.element.tag = "div"
        spot.element.attrib.clear()
        spot.element.set("style", "font-weight:bold;margin-top:12pt")
        touched += 1
    return Expect(touched=touched)


def one_more_div(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """The body's content goes one <div> deeper, and so does every other block (not one
    that CSS lays out inline or as a flex item: a <div> around it would make a block)."""
    body = _body(root)
    touched = 0
    for element in list(body.iter("p", "table", "div")):
        parent = element.getparent()
        if parent is None or rng.random() < 0.5:
            continue
        if "display" in ((element.get("style") or "") + (parent.get("style") or "")).lower():
            continue
        wrapper = _new(root, "div")
        _replace(element, wrapper)
        element.tail = None
        wrapper.append(element)
        touched += 1
    outer = _new(root, "div", body.text)
    body.text = None
    for child in list(body):
        outer.append(child)
    body.append(outer)
    return Expect(touched=touched + 1)


def _page_break(root: Element, number: int, head: str, rng: random.Random) -> list[Element]:
    page = rng.choice(_PAGE_NUMBERS).format(n=number)
    return [
        _new(root, "p", page, align="center"),
        _new(root, "hr", style="page-break-after:always"),
        _new(root, "p", head, align="right"),
    ]


def _paragraphs(root: Element) -> list[Element]:
    """Top-level text blocks: paragraphs and divs with text, outside tables."""
    found = []
    for element in _body(root).iter("p", "div"):
        if not _text_of(element).strip() or any(
            a.tag in ("table", "p") for a in element.iterancestors()
        ):
            continue
        if element.find(".//p") is None and element.find(".//div") is None:
            found.append(element)
    return found


def page_breaks(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Page breaks between paragraphs, some right before a heading: a page number, an
    <hr>, a running head."""
    head = rng.choice(RUNNING_HEADS)
    paragraphs = _paragraphs(root)
    before_heading = [s.element for s in spots if s.element.getprevious() is not None]
    chosen = rng.sample(paragraphs, k=min(len(paragraphs), 4))
    chosen += rng.sample(before_heading, k=min(len(before_heading), 1))
    for number, element in enumerate(chosen, start=2):
        anchor = element.getprevious() if element in before_heading else element
        for new in reversed(_page_break(root, number, head, rng)):
            _put_after(anchor, new)
    return Expect(inserted=(head,), touched=len(chosen))


def page_breaks_under_headings(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """A page break right under each of two headings, before the item's first words
    (or its "None.")."""
    head = rng.choice(RUNNING_HEADS)
    chosen = rng.sample(spots, k=min(len(spots), 2))
    for number, spot in enumerate(chosen, start=2):
        for new in reversed(_page_break(root, number, head, rng)):
            _put_after(spot.element, new)
    # A running head is one because it repeats: on two more pages.
    for number, element in enumerate(rng.sample(_paragraphs(root), k=2), start=5):
        for new in reversed(_page_break(root, number, head, rng)):
            _put_after(element, new)
    return Expect(inserted=(head,), touched=len(chosen))


def paragraphs_as_line_breaks(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """Paragraphs written as text and <br><br>, as some converters do, headings included."""
    touched = 0
    for element in _paragraphs(root):
        if element.tag != "p" or element.getparent() is None:
            continue
        element.tag = "span"
        element.attrib.clear()
        element.append(_new(root, "br"))
        element.append(_new(root, "br"))
        touched += 1
    return Expect(touched=touched)


def heading_case(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Headings in upper, lower or title case."""
    change = rng.choice((str.upper, str.lower, str.title))
    touched = 0
    for spot in spots:
        for owner, slot in list(_slots(spot.element)):
            setattr(owner, slot, change(getattr(owner, slot)))
        touched += 1
    return Expect(casefold=True, touched=touched)


def heading_broken_by_br(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """A line break between the heading's number and its title: "Item 2.01.<br>Completion"."""
    touched = 0
    for spot in spots:
        slot = _first_slot(spot)
        if slot is None:
            continue
        owner, where = slot
        parts = _NUMBER_PART.match(getattr(owner, where))
        if parts is None or not parts.group(2).strip():
            continue
        setattr(owner, where, parts.group(1))
        br = _new(root, "br")
        br.tail = parts.group(2)
        if where == "text":
            owner.insert(0, br)
        else:
            owner.addnext(br)
        touched += 1
    return Expect(touched=touched)


def heading_with_its_body(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """The heading and the paragraph after it become one paragraph, a <br> between them."""
    touched = 0
    for spot in spots:
        heading, body = spot.element, spot.element.getnext()
        if heading.tag not in _BLOCKS or body is None or body.tag != heading.tag:
            continue
        if (heading.tail or "").strip() or not _text_of(body).strip():
            continue
        br = _new(root, "br")
        br.tail = body.text
        heading.append(br)
        for child in list(body):
            heading.append(child)
        heading.tail = body.tail
        heading.getparent().remove(body)
        touched += 1
    return Expect(touched=touched)


def heading_as_h_tag(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Heading paragraphs become <h2>/<h3>/<h4> elements."""
    touched = 0
    for spot in spots:
        if spot.element.tag in ("p", "div"):
            spot.element.tag = rng.choice(("h2", "h3", "h4"))
            touched += 1
    return Expect(touched=touched)


#: Characters word processors leave inside words: zero-width space and joiner, soft hyphen.
_INVISIBLE = ("\u200b", "\u200c", "\u00ad", "\ufeff")


def invisible_characters_in_headings(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """Zero-width spaces and soft hyphens inside the heading's first text."""
    touched = 0
    for spot in spots:
        slot = _first_slot(spot)
        if slot is None:
            continue
        value = getattr(*slot)
        cuts = sorted(rng.sample(range(1, len(value)), k=min(len(value) - 1, 3)))
        pieces = [value[a:b] for a, b in itertools.pairwise([0, *cuts, len(value)])]
        setattr(*slot, "".join(p + rng.choice(_INVISIBLE) for p in pieces[:-1]) + pieces[-1])
        touched += 1
    return Expect(touched=touched, entities=True)


def serialised_as_xhtml(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """The document written as XML, as inline-XBRL is: empty elements self-closed
    (<div/>, <td/>, <a name="x"/>), which an HTML parser reads as opened."""
    return Expect(touched=1, xhtml=True)


def _ix_fact(tag: str) -> Element:
    """An inline-XBRL fact element; lxml makes no tag with a colon, its HTML parser does."""
    document = parse(f'<html><body><{tag} name="us-gaap:TextBlock" contextref="c1"></{tag}>')
    fact = document.find("body")[0]
    document.find("body").remove(fact)
    return fact


def headings_in_ix_facts(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Each heading's text, and some paragraphs, wrapped in inline-XBRL fact tags
    (<ix:nonNumeric>, <ix:continuation>), as tagged text blocks are."""
    touched = 0
    paragraphs = _paragraphs(root)
    targets = [s.element for s in spots] + rng.sample(paragraphs, k=min(3, len(paragraphs)))
    for element in targets:
        if element.getparent() is None or (not len(element) and not element.text):
            continue
        fact = _ix_fact(rng.choice(("ix:nonNumeric", "ix:continuation")))
        fact.text, element.text = element.text, None
        for child in list(element):
            fact.append(child)
        element.append(fact)
        touched += 1
    return Expect(touched=touched)


#: How a heading's number part may be written: "Item 2.01." "ITEM 2.01" "Item 2.01 –"
#: "Item No. 2.01" "ITEM 5.2";
#: {s} is a paragraph letter the heading had ("Item 9.01(d)", "Item 9.01 (d)").
_NUMBER_STYLES = (
    "Item {n}{s}.",
    "ITEM {n}{s}",
    "Item {n}{s} \u2013",
    "Item {n}{s}:",
    "Item\xa0{n}{s}",
    "ITEM {n} {s}.",
    "Item {n} {s}",
    "Item No. {n}{s}.",
    "ITEM {short}{s}.",
)
_NUMBER = re.compile(
    r"^(\s*)items?\s*(\d{1,2}(?:\.\d{1,2})?)\s*(\([a-z]\))?\s*[.:\-\u2013\u2014]?", re.I
)


def heading_number_style(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """The heading's "Item N" re-written in another common style (title unchanged)."""
    touched = 0
    for spot in spots:
        slot = _first_slot(spot)
        if slot is None:
            continue
        value = getattr(*slot)
        found = _NUMBER.match(value)
        if found is None or re.match(r"\s*(?:,|and\b|&)", value[found.end() :]):
            continue
        number = found.group(2)
        major, _, minor = number.partition(".")
        short = f"{major}.{int(minor)}" if minor.isdigit() else number  # "5.02" as "5.2"
        style = rng.choice(_NUMBER_STYLES).format(n=number, s=found.group(3) or "", short=short)
        if not found.group(3):
            style = style.replace(" .", ".")
        setattr(*slot, f"{found.group(1)}{style.strip()} {value[found.end() :].lstrip()}")
        touched += 1
    return Expect(skip_heading_line=True, touched=touched)


def _entries(era: Era, numbers: list[str]) -> list[tuple[str, str]]:
    titles = {e.number: e.title for e in catalogue() if e.era == era and not e.alias}
    return [(n, titles[n]) for n in numbers if n in titles]


def _toc(root: Element, era: Era, numbers: list[str], word: str = "Item ") -> list[Element]:
    title = _new(root, "p", "TABLE OF CONTENTS", align="center")
    table = _new(root, "table", width="100%")
    for page, (number, name) in enumerate(_entries(era, numbers), start=2):
        row = _new(root, "tr")
        for value in (f"{word}{number}.", name, str(page)):
            row.append(_new(root, "td", value))
        table.append(row)
    return [title, table]


def _first_heading(spots: list[Spot]) -> Element | None:
    """The first item's heading (the last element with its line: a table of contents
    may come first)."""
    same = [s.element for s in spots if s.order == 0]
    return same[-1] if same else None


def toc_before_items(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A table of contents naming the filing's items, right before the first item."""
    first = _first_heading(spots)
    if first is None:
        return Expect()
    for new in _toc(root, era, numbers):
        first.addprevious(new)
    return Expect(touched=1)


def toc_at_top(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A table of contents naming the filing's items, before the cover page."""
    body = _body(root)
    block = _toc(root, era, numbers)
    block[-1].tail, body.text = body.text, None
    for index, new in enumerate(block):
        body.insert(index, new)
    return Expect(touched=1)


def toc_numbers_only(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A contents table without the word "Item" ("2.01. | Completion of ... | 2") right
    before the first item."""
    first = _first_heading(spots)
    if first is None or era != "current":
        return Expect()
    for new in _toc(root, era, numbers, word=""):
        first.addprevious(new)
    return Expect(touched=1)


def cover_checklist(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A cover-page checklist of items, the box in the first cell: the filing's items
    checked, five others not."""
    others = [e.number for e in catalogue() if e.era == era and e.number not in numbers]
    listed = sorted(set(numbers) | set(rng.sample(others, k=min(5, len(others)))))
    table = _new(root, "table", width="100%")
    for number, name in _entries(era, listed):
        row = _new(root, "tr")
        box = "\u2612" if number in numbers else "\u2610"
        for value in (box, f"Item {number}", name):
            row.append(_new(root, "td", value))
        table.append(row)
    body = _body(root)
    table.tail, body.text = body.text, None
    body.insert(0, table)
    return Expect(touched=1)


def _checklist_box_last(
    root: Element, rng: random.Random, era: Era, numbers: list[str], boxes: tuple[str, str]
) -> Expect:
    others = [e.number for e in catalogue() if e.era == era and e.number not in numbers]
    listed = sorted(set(numbers) | set(rng.sample(others, k=min(5, len(others)))))
    table = _new(root, "table", width="100%")
    for number, name in _entries(era, listed):
        row = _new(root, "tr")
        for value in (f"Item {number}", name, boxes[0] if number in numbers else boxes[1]):
            row.append(_new(root, "td", value))
        table.append(row)
    body = _body(root)
    table.tail, body.text = body.text, None
    body.insert(0, table)
    return Expect(touched=1)


def cover_checklist_box_last(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """The same checklist with the box after the title: "Item 2.01 | Completion ... | ☒"
    (☒/☐, or the Wingdings þ/¨ as text)."""
    boxes = rng.choice((("\u2612", "\u2610"), ("\u00fe", "\u00a8")))
    return _checklist_box_last(root, rng, era, numbers, boxes)


def cover_checklist_blank_unchecked(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A checklist that marks the reported items with an "X" and leaves the others blank."""
    return _checklist_box_last(root, rng, era, numbers, ("X", ""))


def hidden_headings(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """Item headings hidden with display:none (iXBRL hides facts so), before, inside and
    after the items."""
    entries = [(e.number, e.title) for e in catalogue() if e.era == era and not e.alias]
    paragraphs = _paragraphs(root)
    anchors = rng.sample(paragraphs, k=min(len(paragraphs), 4))
    for anchor in anchors:
        number, name = rng.choice(entries)
        style = rng.choice(("display:none", "DISPLAY: NONE", "color:red;display:none"))
        tag = rng.choice(("div", "p", "span"))
        _put_after(anchor, _new(root, tag, f"Item {number}. {name}", style=style))
    return Expect(touched=len(anchors))


#: A paragraph this long reports something (it is no "None." of an empty item).
_LONG_PARAGRAPH = 100
_CROSS_REFERENCES = (
    "The information set forth under Item {n} of this Current Report on Form 8-K is "
    "incorporated herein by reference.",
    "Item {n} of this Current Report on Form 8-K is incorporated herein by reference.",
    "Item {n} above describes the terms of the transaction.",
    "Item {n} below contains the exhibits referred to above.",
    "Item {n} and Item 9.01 of this report are incorporated herein by reference.",
)


def cross_references(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """Paragraphs that cite another item of the filing, some opening with "Item N".

    They follow paragraphs of some length, never a heading: a sentence between a heading
    and its "Not applicable." would rightly make the item report something."""
    headings = {s.element for s in spots}
    paragraphs = [
        p
        for p in _paragraphs(root)
        if len(_text_of(p).strip()) >= _LONG_PARAGRAPH
        and p not in headings
        and not any(a in headings for a in p.iterancestors())
    ]
    anchors = rng.sample(paragraphs, k=min(len(paragraphs), 3))
    inserted = []
    for anchor in anchors:
        sentence = rng.choice(_CROSS_REFERENCES).format(n=rng.choice(numbers))
        _put_after(anchor, _new(root, "p", sentence))
        inserted.append(sentence)
    return Expect(inserted=tuple(inserted), touched=len(anchors))


def _add_none_item(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, numbers: list[str]
) -> tuple[Element, str, str, str] | None:
    first = _first_heading(spots)
    others = [e for e in _entries(era, [e.number for e in catalogue()]) if e[0] not in numbers]
    if first is None or not others:
        return None
    number, name = rng.choice(others)
    answer = rng.choice(("None.", "Not applicable.", "None", "NOT APPLICABLE", "N/A"))
    return first, number, name, answer


def none_item(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """An item the filing does not report, its heading followed by a paragraph saying only
    "None." or "Not applicable.", added before the first item (old 8-Ks list every item)."""
    added = _add_none_item(root, spots, rng, era, numbers)
    if added is None:
        return Expect()
    first, number, name, answer = added
    first.addprevious(_new(root, "p", f"Item {number}. {name}."))
    first.addprevious(_new(root, "p", answer))
    return Expect(added_empty=number, touched=1)


def none_item_on_heading_line(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """The same, the answer on the heading's line: "Item 3.03. Material ... Holders. None." """
    added = _add_none_item(root, spots, rng, era, numbers)
    if added is None:
        return Expect()
    first, number, name, answer = added
    first.addprevious(_new(root, "p", f"Item {number}. {name}. {answer}"))
    return Expect(added_empty=number, touched=1)


Rewrite = Callable[..., Expect]
#: Every rewrite, in the order the test reports them. Those with a ``numbers`` keyword
#: are told the original's item numbers.
REWRITES: tuple[Rewrite, ...] = (
    identity,
    heading_in_table_cells,
    heading_row_to_paragraph,
    heading_split_across_tags,
    heading_split_across_inline_divs,
    spaces_as_nbsp,
    bold_tags_as_css,
    css_bold_as_tags,
    heading_as_bold_div,
    one_more_div,
    page_breaks,
    page_breaks_under_headings,
    paragraphs_as_line_breaks,
    heading_case,
    heading_number_style,
    heading_broken_by_br,
    heading_with_its_body,
    heading_as_h_tag,
    serialised_as_xhtml,
    headings_in_ix_facts,
    invisible_characters_in_headings,
    toc_before_items,
    toc_at_top,
    toc_numbers_only,
    cover_checklist,
    cover_checklist_box_last,
    cover_checklist_blank_unchecked,
    hidden_headings,
    cross_references,
    none_item,
    none_item_on_heading_line,
)
