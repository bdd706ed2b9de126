"""Rewrites of the layout around the items: deeper nesting, page breaks, line breaks,
XHTML, inline-XBRL facts, hidden text."""

from __future__ import annotations

import random

from sec8k.items.catalogue import Era, catalogue
from tests.rewrites.base import (
    Element,
    Expect,
    Spot,
    body_of,
    leaf_paragraphs,
    make,
    parse,
    put_after,
    replace_element,
)

#: Running heads and page numbers a page break repeats (page numbers are noise lines).
RUNNING_HEADS = ("ACME HOLDINGS, INC.", "Current Report on Form 8-K", "Table of Contents")
_PAGE_NUMBERS = ("{n}", "- {n} -", "Page {n}", "Page {n} of 9", "{n} of 9")


def one_more_div(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """The body's content goes one <div> deeper, and so does every other block (not one
    that CSS lays out inline or as a flex item: a <div> around it would make a block)."""
    body = body_of(root)
    touched = 0
    for element in list(body.iter("p", "table", "div")):
        parent = element.getparent()
        if parent is None or rng.random() < 0.5:
            continue
        if "display" in ((element.get("style") or "") + (parent.get("style") or "")).lower():
            continue
        wrapper = make(root, "div")
        replace_element(element, wrapper)
        element.tail = None
        wrapper.append(element)
        touched += 1
    outer = make(root, "div", body.text)
    body.text = None
    for child in list(body):
        outer.append(child)
    body.append(outer)
    return Expect(touched=touched + 1)


def _page_break(root: Element, number: int, head: str, rng: random.Random) -> list[Element]:
    page = rng.choice(_PAGE_NUMBERS).format(n=number)
    return [
        make(root, "p", page, align="center"),
        make(root, "hr", style="page-break-after:always"),
        make(root, "p", head, align="right"),
    ]


def page_breaks(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """Page breaks between paragraphs, some right before a heading: a page number, an
    <hr>, a running head."""
    head = rng.choice(RUNNING_HEADS)
    paragraphs = leaf_paragraphs(root)
    before_heading = [s.element for s in spots if s.element.getprevious() is not None]
    chosen = rng.sample(paragraphs, k=min(len(paragraphs), 4))
    chosen += rng.sample(before_heading, k=min(len(before_heading), 1))
    for number, element in enumerate(chosen, start=2):
        anchor = element.getprevious() if element in before_heading else element
        for new in reversed(_page_break(root, number, head, rng)):
            put_after(anchor, new)
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
            put_after(spot.element, new)
    # A running head is one because it repeats: on two more pages.
    for number, element in enumerate(rng.sample(leaf_paragraphs(root), k=2), start=5):
        for new in reversed(_page_break(root, number, head, rng)):
            put_after(element, new)
    return Expect(inserted=(head,), touched=len(chosen))


def paragraphs_as_line_breaks(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """Paragraphs written as text and <br><br>, as some converters do, headings included."""
    touched = 0
    for element in leaf_paragraphs(root):
        if element.tag != "p" or element.getparent() is None:
            continue
        element.tag = "span"
        element.attrib.clear()
        element.append(make(root, "br"))
        element.append(make(root, "br"))
        touched += 1
    return Expect(touched=touched)


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
    paragraphs = leaf_paragraphs(root)
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


def hidden_headings(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """Item headings hidden with display:none (iXBRL hides facts so), before, inside and
    after the items."""
    entries = [(e.number, e.title) for e in catalogue() if e.era == era and not e.alias]
    paragraphs = leaf_paragraphs(root)
    anchors = rng.sample(paragraphs, k=min(len(paragraphs), 4))
    for anchor in anchors:
        number, name = rng.choice(entries)
        style = rng.choice(("display:none", "DISPLAY: NONE", "color:red;display:none"))
        tag = rng.choice(("div", "p", "span"))
        put_after(anchor, make(root, tag, f"Item {number}. {name}", style=style))
    return Expect(touched=len(anchors))
