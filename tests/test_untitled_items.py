"""Blank ITEM INFORMATION lines: items a header declares without saying which.

EDGAR's headers of about 1996-2004 print most items as an empty ``ITEM INFORMATION:`` line;
the count is what the header says, and the warnings compare it with the items the text
reports beyond the titled ones.
"""

from __future__ import annotations

from pathlib import Path

from sec8k.container.sgml import parse_header
from sec8k.extract import extract_path

HEADER = (
    "<SEC-HEADER>0000912057-00-043726.hdr.sgml : 20001004\n"
    "ACCESSION NUMBER:\t\t0000912057-00-043726\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "ITEM INFORMATION:\t\t\n"
    "ITEM INFORMATION:\t\tFinancial statements and exhibits\n"
    "ITEM INFORMATION:\t\t\n"
    "FILED AS OF DATE:\t\t20001004\n"
    "</SEC-HEADER>\n"
)


def test_blank_item_lines_are_counted_not_dropped() -> None:
    header = parse_header(HEADER)
    assert header is not None
    assert header.items == ("Financial statements and exhibits",)
    assert header.untitled_items == 2


def test_a_header_of_blank_lines_agrees_with_as_many_items(corpus: Path) -> None:
    # 2000: three blank lines; the text reports Items 1, 5 and 7.
    record = extract_path(corpus / "edgar_8k" / "raw" / "0000912057-00-043726").record
    assert record.filing.items_declared == []
    assert record.filing.items_declared_untitled == 3
    assert [i.number for i in record.items if not i.empty] == ["1", "5", "7"]
    assert record.warnings == []


def test_more_items_than_blank_lines_is_a_warning(corpus: Path) -> None:
    # Apple 1999: one blank line, Items 5 and 7 in the text.
    record = extract_path(corpus / "edgar_8k" / "raw" / "0000320193-99-000010").record
    assert record.filing.items_declared_untitled == 1
    assert record.warnings == [
        "items found in the text but not declared in the header"
        " (and 1 declared without a title): 5, 7"
    ]


def test_a_blank_line_beside_titled_ones_stands_for_the_untitled_item(corpus: Path) -> None:
    # Sears, July 2004: 'Financial statements and exhibits' and a blank line; the text
    # has Item 7 and the earnings release under legacy Item 12.
    record = extract_path(corpus / "edgar_8k" / "raw" / "0000891092-04-003383").record
    assert (record.filing.items_declared, record.filing.items_declared_untitled) == (["7"], 1)
    assert sorted(i.number for i in record.items) == ["12", "7"]
    assert record.warnings == []
