"""Patterns asked to match from a start position really match there.

``pattern.match(text, pos)`` looks from ``pos``, but a pattern that opens with ``^``
(without re.MULTILINE) or ``\\A`` only ever matches at offset 0, so such a call quietly
never succeeds. The tests here pin the behaviour of the calls that had that bug.
"""

from __future__ import annotations

from html import escape

from sec8k.container.sgml import split_documents
from sec8k.extract import extract_parsed
from sec8k.pipeline import parse_filing

#: A full submission whose inline-XBRL document sits inside an <XBRL> wrapper, as EDGAR
#: serves them since 2019.
_WRAPPED_SUBMISSION = (
    "<SEC-DOCUMENT>0000000000-24-000001.txt : 20240102\n<SEC-HEADER>\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>abc-20240102.htm\n<TEXT>\n<XBRL>\n"
    "<?xml version='1.0' encoding='ASCII'?>\n"
    "<html><head><title>abc-20240102</title></head>"
    "<body><p>Item 8.01 Other Events.</p></body></html>\n"
    "</XBRL>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
)


def test_a_documents_xbrl_wrapper_is_taken_off() -> None:
    """The <XBRL> tag after <TEXT> is not part of the document: with it, the XML prolog is
    no longer the document's start and the page title leaked into the text."""
    (document,) = split_documents(_WRAPPED_SUBMISSION)
    assert document.body.startswith("<?xml version=")
    assert "XBRL>" not in document.body
    assert document.body.rstrip().endswith("</html>")


def test_a_price_per_share_stated_after_the_event_is_no_total() -> None:
    """ "The sale price was $14.25 per share": the stated-price rule must see the "per
    share" after the amount and leave the deal's total empty."""
    paragraphs = (
        "Item 2.01 Completion of Acquisition or Disposition of Assets.",
        "On March 3, 2023, Acme Corp. completed its acquisition of Widget Inc. pursuant to "
        "the Merger Agreement.",
        "The sale price was $14.25 per share of the Company's common stock.",
        "Item 9.01 Financial Statements and Exhibits.",
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    parsed = parse_filing(f"<html><body>{body}</body></html>".encode(), name="deal.htm")
    (deal,) = extract_parsed(parsed).record.acquisitions
    assert deal.total_consideration is None
    assert deal.cash is None
