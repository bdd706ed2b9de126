"""Heading forms that join several items or paragraphs on one line.

Each text is a heading as filers write it, over a body and an Item 9.01; the splitter must
find every item the heading names, once, and still take "Item 2.01 and Item 9.01 of this
report" in running text for a cross-reference.
"""

from __future__ import annotations

import pytest

from sec8k.items.split import split_items

BODY = (
    "\n\nOn May 1, 2024 the Company entered into the agreement.\n\n"
    "Item 9.01 Financial Statements and Exhibits.\n\n(d) Exhibits\n"
)


@pytest.mark.parametrize(
    ("heading", "numbers"),
    [
        (
            "Item 1.01 and Item 2.03. Entry into a Material Definitive Agreement; Creation of a "
            "Direct Financial Obligation",
            ["1.01", "2.03", "9.01"],
        ),
        (
            "Items 1.01 and 2.03 Entry into a Material Definitive Agreement",
            ["1.01", "2.03", "9.01"],
        ),
        ("Item 7.01 / 8.01 Regulation FD Disclosure; Other Events", ["7.01", "8.01", "9.01"]),
        ("Item 5.02(b), (c) and (e) Departure of Directors or Certain Officers", ["5.02", "9.01"]),
        ("Item 5.02 (d) Election of Directors", ["5.02", "9.01"]),
        # The heading's 9.01 and the later Item 9.01 heading make one item, not two.
        ("Items 2.02 & 9.01 Results of Operations and Financial Condition", ["2.02", "9.01"]),
        ("Item 2.01 and Item 9.01 of this report describe the transaction.", ["9.01"]),
    ],
)
def test_heading_names_its_items_once(heading: str, numbers: list[str]) -> None:
    sections = split_items(heading + BODY, "current")
    assert [s.number for s in sections] == numbers


def test_number_only_headings_open_with_the_item_title() -> None:
    text = (
        "Section 2 - Financial Information\n\n"
        "2.01 Completion of Acquisition or Disposition of Assets.\n\nOn May 1 we bought X.\n\n"
        "9.01 Financial Statements and Exhibits.\n\n(d) Exhibits\n"
        "2.1 Agreement and Plan of Merger\n5.1 Opinion of counsel\n"
        "1.01 percent of the shares were tendered.\n"
    )
    sections = split_items(text, "current")
    assert [(s.number, s.heading.text) for s in sections] == [
        ("2.01", "2.01 Completion of Acquisition or Disposition of Assets."),
        ("9.01", "9.01 Financial Statements and Exhibits."),
    ]
    # Before August 2004 a bare "5." opens numbered paragraphs, not items.
    assert split_items("5. Other Events\n\nText.\n", "legacy") == []


def test_old_items_spelled_out() -> None:
    text = (
        "ITEM TWO. ACQUISITION OR DISPOSITION OF ASSETS\n\nOn May 1, 1999 the Company sold X.\n"
        "Item Five of Form 8-K does not apply.\n\n"
        "Item Seven. Financial Statements and Exhibits.\n\n(c) Exhibits\n"
    )
    assert [s.number for s in split_items(text, "legacy")] == ["2", "7"]


@pytest.mark.parametrize(
    ("heading", "numbers"),
    [
        (
            "Items 2.03(a) and 5.02(c) Creation of a Direct Financial Obligation; Compensatory "
            "Arrangements of Certain Officers",
            ["2.03", "5.02"],
        ),
        ("Item 1.01(a) and Item 2.03 (b). Entry into an Agreement", ["1.01", "2.03"]),
        ("ITEMS 3.02 (a), 5.02(b), (c) AND 8.01 OTHER EVENTS", ["3.02", "5.02", "8.01"]),
        ("Item 5.02(e) Compensatory Arrangements of Certain Officers", ["5.02"]),
        ("Item 5.02 (e). Compensatory Arrangements of Certain Officers", ["5.02"]),
    ],
)
def test_lettered_parts_do_not_hide_the_next_number(heading: str, numbers: list[str]) -> None:
    """Paragraph letters after a number ("2.03(a)", "5.02 (c)") are skipped, and every
    item the heading names gets the one section under it."""
    sections = split_items(heading + BODY, "current")
    assert [s.number for s in sections] == [*numbers, "9.01"]
    shared = {(s.start, s.end) for s in sections[:-1]}
    assert len(shared) == 1
    ((start, end),) = shared
    assert "entered into the agreement" in (heading + BODY)[start:end]


def test_lettered_parts_in_old_numbering() -> None:
    text = "Items 2(a) and 7(c). Acquisition of Assets; Exhibits\n\nOn June 2, 1999 we sold X.\n"
    sections = split_items(text, "legacy")
    assert [(s.number, s.start, s.end) for s in sections] == [
        ("2", 0, len(text) - 1),
        ("7", 0, len(text) - 1),
    ]


def test_a_lettered_reference_in_running_text_is_no_heading() -> None:
    text = "Item 2.03(a) of this report describes the loan.\n" + BODY.lstrip()
    assert [s.number for s in split_items(text, "current")] == ["9.01"]


#: A cover page between a contents list at the top and the items.
_COVER = (
    "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\n"
    "CURRENT REPORT\nPursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n\n"
    "Example Holdings, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
)
_REPORT = (
    "Item 5.02. Departure of Directors or Certain Officers.\n\n"
    "On June 3, 2024, the chief financial officer of the Company resigned.\n\n"
    "SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, the "
    "registrant has duly caused this report to be signed.\n\nBy: /s/ A. Person\n"
)


@pytest.mark.parametrize(
    "contents",
    [
        "Item 5.02. Departure of Directors or Certain Officers.\nSIGNATURES\nEXHIBIT INDEX\n\n",
        "TABLE OF CONTENTS\nItem 5.02\nDeparture of Directors or Certain Officers.\nSignatures\n\n",
    ],
)
def test_a_contents_list_before_the_cover_page_is_not_the_item(contents: str) -> None:
    """A one-item contents list at the front spans the whole cover page, which is longer
    than the item: the heading followed by text still wins."""
    text = contents + _COVER + _REPORT
    (section,) = split_items(text, "current")
    assert section.start == text.index("Item 5.02", len(contents))
    assert "resigned" in text[section.start : section.end]


def test_a_contents_lists_signatures_entry_does_not_end_the_items() -> None:
    """Signing words follow the contents list's "SIGNATURES" within a few lines, but only
    after the item: that entry does not open the signature block."""
    contents = "Item 5.02. Departure of Directors or Certain Officers.\nSIGNATURES\n\n"
    text = _COVER + contents + _REPORT
    (section,) = split_items(text, "current")
    assert text[section.start : section.end].endswith("resigned.")


def test_stacked_headings_under_a_contents_list_keep_their_shared_text() -> None:
    """The contents list names both items of a stacked heading; the stacked pair, whose
    second heading is followed by text, wins for both."""
    contents = (
        "Item 1.01\nEntry into a Material Definitive Agreement\n"
        "Item 2.03\nCreation of a Direct Financial Obligation\nSignature\n\n"
    )
    report = (
        "Item 1.01 Entry into a Material Definitive Agreement;\n"
        "Item 2.03 Creation of a Direct Financial Obligation.\n\n"
        "On May 1, 2024 the Company signed a loan agreement with a bank.\n"
    )
    text = contents + _COVER + report
    sections = split_items(text, "current")
    assert [s.number for s in sections] == ["1.01", "2.03"]
    assert all(s.start >= len(contents) and text[s.end - 5 : s.end] == "bank." for s in sections)
