"""Rewrites that add what names items without being one: contents tables, cover
checklists, cross-references, and items that report nothing."""

from __future__ import annotations

import random

from sec8k.items.catalogue import Era, catalogue
from tests.rewrites.base import (
    NUMBER_PART,
    Element,
    Expect,
    Spot,
    body_of,
    catalogue_entries,
    first_heading,
    leaf_paragraphs,
    make,
    put_after,
    text_of,
)


def _toc(root: Element, era: Era, numbers: list[str], word: str = "Item ") -> list[Element]:
    title = make(root, "p", "TABLE OF CONTENTS", align="center")
    table = make(root, "table", width="100%")
    for page, (number, name) in enumerate(catalogue_entries(era, numbers), start=2):
        row = make(root, "tr")
        for value in (f"{word}{number}.", name, str(page)):
            row.append(make(root, "td", value))
        table.append(row)
    return [title, table]


def toc_before_items(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A table of contents naming the filing's items, right before the first item."""
    first = first_heading(spots)
    if first is None:
        return Expect()
    for new in _toc(root, era, numbers):
        first.addprevious(new)
    return Expect(touched=1)


def toc_at_top(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """A table of contents naming the filing's items, before the cover page."""
    body = body_of(root)
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
    first = first_heading(spots)
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
    table = make(root, "table", width="100%")
    for number, name in catalogue_entries(era, listed):
        row = make(root, "tr")
        box = "\u2612" if number in numbers else "\u2610"
        for value in (box, f"Item {number}", name):
            row.append(make(root, "td", value))
        table.append(row)
    body = body_of(root)
    table.tail, body.text = body.text, None
    body.insert(0, table)
    return Expect(touched=1)


def _checklist_box_last(
    root: Element, rng: random.Random, era: Era, numbers: list[str], boxes: tuple[str, str]
) -> Expect:
    others = [e.number for e in catalogue() if e.era == era and e.number not in numbers]
    listed = sorted(set(numbers) | set(rng.sample(others, k=min(5, len(others)))))
    table = make(root, "table", width="100%")
    for number, name in catalogue_entries(era, listed):
        row = make(root, "tr")
        for value in (f"Item {number}", name, boxes[0] if number in numbers else boxes[1]):
            row.append(make(root, "td", value))
        table.append(row)
    body = body_of(root)
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
        for p in leaf_paragraphs(root)
        if len(text_of(p).strip()) >= _LONG_PARAGRAPH
        and p not in headings
        and not any(a in headings for a in p.iterancestors())
    ]
    anchors = rng.sample(paragraphs, k=min(len(paragraphs), 3))
    inserted = []
    for anchor in anchors:
        sentence = rng.choice(_CROSS_REFERENCES).format(n=rng.choice(numbers))
        put_after(anchor, make(root, "p", sentence))
        inserted.append(sentence)
    return Expect(inserted=tuple(inserted), touched=len(anchors))


def _add_none_item(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, numbers: list[str]
) -> tuple[Element, str, str, str] | None:
    first = first_heading(spots)
    others = [
        e for e in catalogue_entries(era, [e.number for e in catalogue()]) if e[0] not in numbers
    ]
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
    first.addprevious(make(root, "p", f"Item {number}. {name}."))
    first.addprevious(make(root, "p", answer))
    return Expect(added_empty=number, touched=1)


def none_item_on_heading_line(
    root: Element, spots: list[Spot], rng: random.Random, era: Era, *, numbers: list[str]
) -> Expect:
    """The same, the answer on the heading's line: "Item 3.03. Material ... Holders. None." """
    added = _add_none_item(root, spots, rng, era, numbers)
    if added is None:
        return Expect()
    first, number, name, answer = added
    first.addprevious(make(root, "p", f"Item {number}. {name}. {answer}"))
    return Expect(added_empty=number, touched=1)


def _linked_targets(root: Element, spots: list[Spot], rng: random.Random) -> list[tuple[str, str]]:
    """(id, heading line) of each item heading the original has, in order: the heading
    element (the last one with its line, after any contents table of the original) gets an
    id, on itself or on an empty <a name> inside it, as EDGAR HTML writers do."""
    last: dict[int, Spot] = {}
    for spot in spots:
        last[spot.order] = spot
    targets = []
    for order in sorted(last):
        spot = last[order]
        anchor = f"i{rng.getrandbits(32):08x}_{order}"
        if rng.random() < 0.5:
            spot.element.set("id", anchor)
        else:
            mark = make(root, "a", name=anchor)
            mark.tail, spot.element.text = spot.element.text, None
            spot.element.insert(0, mark)
        targets.append((anchor, " ".join(spot.line.split())))
    return targets


def _contents_row(root: Element, href: str, line: str, rng: random.Random) -> Element:
    """One row of a linked contents table: the heading line as one link, or its number and
    title as two links in two cells or on two lines."""
    row, cell = make(root, "tr"), make(root, "td")
    row.append(cell)
    parts = NUMBER_PART.match(line)
    layout = rng.choice(("one link", "two cells", "two lines"))
    if parts is None or not parts.group(2).strip() or layout == "one link":
        cell.append(make(root, "a", line, href=href))
        return row
    number, title = parts.group(1).strip(), parts.group(2).strip()
    cell.append(make(root, "a", number, href=href))
    if layout == "two cells":
        cell = make(root, "td")
        row.append(cell)
    else:
        cell.append(make(root, "br"))
    cell.append(make(root, "a", title, href=href))
    return row


def _linked_contents(root: Element, spots: list[Spot], rng: random.Random) -> list[Element] | None:
    """The elements of a contents table whose rows link to the item headings, then to the
    signatures and the exhibit index; with or without a title line, in a table or in
    paragraphs. None when the document has no heading to link to."""
    first = first_heading(spots)
    targets = _linked_targets(root, spots, rng)
    if first is None or not targets:
        return None
    rows = [_contents_row(root, f"#{anchor}", line, rng) for anchor, line in targets]
    for href, words in (
        ("#signatures", ("SIGNATURES", "Signatures", "SIGNATURE")),
        ("#exhibits", ("EXHIBIT INDEX", "Exhibit Index", "INDEX TO EXHIBITS")),
    ):
        rows.append(_contents_row(root, href, rng.choice(words), rng))
    block: list[Element] = []
    if rng.random() < 0.5:
        block.append(make(root, "p", rng.choice(("TABLE OF CONTENTS", "Contents", "INDEX"))))
    if rng.random() < 0.5:
        table = make(root, "table", width="100%")
        for row in rows:
            table.append(row)
        block.append(table)
    else:  # each row's cells as one paragraph, the cells' links side by side
        tag = rng.choice(("p", "div"))
        for row in rows:
            line = make(root, tag)
            for cell in row:
                links = list(cell)
                links[-1].tail = " "
                line.extend(links)
            block.append(line)
    return block


def linked_contents(root: Element, spots: list[Spot], rng: random.Random, era: Era) -> Expect:
    """A linked contents table at the very front of the document, before the cover page:
    rows <a href="#id">Item 8.01. Other Events.</a> pointing at ids put on the item
    headings (the heading's own words, or its number and title apart), then rows for the
    signatures and the exhibit index."""
    block = _linked_contents(root, spots, rng)
    if block is None:
        return Expect()
    body = body_of(root)
    block[-1].tail, body.text = body.text, None
    for index, new in enumerate(block):
        body.insert(index, new)
    return Expect(touched=1)


def linked_contents_before_items(
    root: Element, spots: list[Spot], rng: random.Random, era: Era
) -> Expect:
    """The same linked contents table right before the first item, after the cover page."""
    first = first_heading(spots)
    block = _linked_contents(root, spots, rng)
    if first is None or block is None:
        return Expect()
    for new in block:
        first.addprevious(new)
    return Expect(touched=1)
