"""Rewrites of the heading elements: cells, inline tags, spaces, bold, case, numbering."""

from __future__ import annotations

import itertools
import random
import re

from lxml import etree

from sec8k.items.catalogue import Era
from tests.rewrites.base import (
    BLOCKS,
    NUMBER_PART,
    Element,
    Expect,
    Spot,
    first_slot,
    make,
    replace_element,
    squash,
    text_of,
    text_slots,
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
        if spot.element.tag not in BLOCKS:
            continue
        parts = NUMBER_PART.match(text_of(spot.element))
        if parts is None or not parts.group(2).strip():
            continue
        table = make(root, "table", cellpadding="0", width="100%")
        row = make(root, "tr")
        table.append(row)
        cells = [parts.group(1).strip(), "\xa0", parts.group(2).strip()]
        if rng.random() < 0.5:
            del cells[1]
        word, _, number = cells[0].partition(" ")
        if number and rng.random() < 0.3:  # "Item" | "2.01." | "Completion of ..."
            cells[:1] = [word, number]
        for value in cells:
            row.append(make(root, "td", value, valign="top"))
        replace_element(spot.element, table)
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
        if table is None or squash(text_of(table)) != squash(spot.line):
            continue
        paragraph = make(root, "p")
        paragraph.append(make(root, "b", " ".join(spot.line.split())))
        replace_element(table, paragraph)
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
    new = [make(root, tag, piece, **attrib) for piece in pieces[1:]]
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
        slot = first_slot(spot)
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
        if spot.element.tag not in BLOCKS:
            continue
        etree.strip_tags(spot.element, "b", "strong", "u")
        spot.element.tag = "div"
        spot.element.attrib.clear()
        spot.element.set("style", "font-weight:bold;margin-top:12pt")
        touched += 1
    return Expect(touched=touched)


def heading_case(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Headings in upper, lower or title case."""
    change = rng.choice((str.upper, str.lower, str.title))
    touched = 0
    for spot in spots:
        for owner, slot in list(text_slots(spot.element)):
            setattr(owner, slot, change(getattr(owner, slot)))
        touched += 1
    return Expect(casefold=True, touched=touched)


def heading_broken_by_br(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """A line break between the heading's number and its title: "Item 2.01.<br>Completion"."""
    touched = 0
    for spot in spots:
        slot = first_slot(spot)
        if slot is None:
            continue
        owner, where = slot
        parts = NUMBER_PART.match(getattr(owner, where))
        if parts is None or not parts.group(2).strip():
            continue
        setattr(owner, where, parts.group(1))
        br = make(root, "br")
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
        if heading.tag not in BLOCKS or body is None or body.tag != heading.tag:
            continue
        if (heading.tail or "").strip() or not text_of(body).strip():
            continue
        br = make(root, "br")
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
        slot = first_slot(spot)
        if slot is None:
            continue
        value = getattr(*slot)
        cuts = sorted(rng.sample(range(1, len(value)), k=min(len(value) - 1, 3)))
        pieces = [value[a:b] for a, b in itertools.pairwise([0, *cuts, len(value)])]
        setattr(*slot, "".join(p + rng.choice(_INVISIBLE) for p in pieces[:-1]) + pieces[-1])
        touched += 1
    return Expect(touched=touched, entities=True)


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
        slot = first_slot(spot)
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
