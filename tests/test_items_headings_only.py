"""An item whose text is nothing but heading lines is flagged in the record's warnings.

Such an item lost its body somewhere (a contents row taken for its heading, a body the
splitter cut away, a filer's slip); the record says so instead of passing it on silently.
"""

from __future__ import annotations

from html import escape

from sec8k.extract import extract_parsed
from sec8k.items.split import split_items
from sec8k.pipeline import parse_filing


def _warnings(*paragraphs: str) -> list[str]:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    parsed = parse_filing(f"<html><body>{body}</body></html>".encode(), name="report.htm")
    return extract_parsed(parsed).record.warnings


def test_an_item_with_only_heading_lines_is_named_in_a_warning() -> None:
    warnings = _warnings(
        "Item 8.01 Other Events.",
        "Section 9 - Financial Statements and Exhibits",
        "Item 9.01 Financial Statements and Exhibits.",
        "(d) Exhibits",
        "99.1 Press release of the Company dated June 3, 2024.",
    )
    assert len(warnings) == 1
    assert warnings[0].startswith("item 8.01 has no text under its heading")
    assert "'Item 8.01 Other Events.'" in warnings[0]


def test_items_with_a_body_or_an_answer_get_no_warning() -> None:
    assert not _warnings(
        "Item 7.01 Regulation FD Disclosure.",
        "Item 2.02 of this report is incorporated herein by reference.",
        "Item 8.01 Other Events.",
        "None.",
        "Item 9.01 Financial Statements and Exhibits.",
        "99.1 Press release of the Company dated June 3, 2024.",
    )


def test_headings_only_counts_title_lines_and_contents_entries_as_headings() -> None:
    text = (
        "Item 5.02\nCompensatory Arrangements of Certain Officers\nSIGNATURES\nExhibit Index\n"
        "Item 8.01 Other Events\n\nOn June 3, 2024 the Company moved its offices.\n"
    )
    sections = split_items(text, "current")
    assert [(s.number, s.headings_only) for s in sections] == [("5.02", True), ("8.01", False)]
