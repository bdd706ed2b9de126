"""A press release that announces a deal is its own source when the 8-K has no deal item
(issue #13, family 9). Submissions written for these tests; no filing's words are copied."""

from __future__ import annotations

from sec8k.extract import extract_parsed
from sec8k.models import FilingRecord
from sec8k.pipeline import parse_filing


def _submission(items: str, release: str, company: str = "HARBOR TOOLS INC") -> FilingRecord:
    text = (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        f"COMPANY CONFORMED NAME:\t{company}\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n{items}\n</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<DESCRIPTION>PRESS RELEASE\n"
        f"<TEXT>\n{release}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    return extract_parsed(parse_filing(text.encode(), name="r.txt")).record


ITEMS = (
    "ITEM 5.  OTHER EVENTS\n\n"
    "     On March 2, 1999, Harbor Tools Inc. issued the press release attached as\n"
    "Exhibit 99.1, which is incorporated herein by reference.\n\n"
    "ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS\n\n"
    "     99.1  Press release dated March 2, 1999.\n"
)
RELEASE = (
    "          HARBOR TOOLS TO ACQUIRE QUILL ANALYTICS\n\n"
    "CLEVELAND, OH (March 2, 1999) -- Harbor Tools Inc. (NASDAQ: HRBR) announced today that\n"
    "it has signed a definitive agreement to acquire Quill Analytics, Inc. (NASDAQ: QUIL), a\n"
    "maker of test software based in Austin, Texas. Under the agreement, each share of Quill\n"
    "common stock will be exchanged for 0.42 shares of Harbor Tools common stock. The\n"
    "transaction is valued at approximately $88 million.\n\n"
    "Harbor Tools reported revenues of $310 million for its last fiscal year.\n"
)


def test_a_release_announcing_an_agreement_is_a_deal_when_no_item_reports_one() -> None:
    record = _submission(ITEMS, RELEASE)
    (deal,) = record.acquisitions
    assert (deal.kind, deal.stage, deal.item) == ("acquisition", "agreed", "EX-99.1")
    assert deal.acquirer == "Harbor Tools Inc."
    assert deal.target == "Quill Analytics, Inc."
    assert deal.total_consideration is not None
    assert deal.total_consideration.amount == 88_000_000
    assert deal.shares_issued is None  # 0.42 shares for each share is a ratio
    release = next(d for d in record.documents if d.type == "EX-99.1")
    assert deal.evidence["target"].document == release.name


def test_a_release_is_not_read_when_the_filing_has_a_deal_item_even_an_empty_one() -> None:
    items = "ITEM 2.  ACQUISITION OR DISPOSITION OF ASSETS\n\n     None.\n\n" + ITEMS
    assert _submission(items, RELEASE).acquisitions == []


def test_a_release_that_announces_no_deal_is_not_read() -> None:
    release = (
        "          HARBOR TOOLS REPORTS FOURTH QUARTER RESULTS\n\n"
        "CLEVELAND, OH (March 2, 1999) -- Harbor Tools Inc. reported revenues of $82 million.\n"
        "During the quarter the Company completed the acquisition of Quill Analytics, Inc.\n"
    )
    assert _submission(ITEMS, release).acquisitions == []


def test_a_release_names_the_registrant_without_its_suffix() -> None:
    release = (
        "          HARBOR TOOLS AGREES TO ACQUIRE QUILL ANALYTICS\n\n"
        "CLEVELAND, OH -- The chief executive of Harbor Tools announced today that Harbor Tools\n"
        "(NASDAQ: HRBR), a maker of machine tools, has signed a definitive agreement to acquire\n"
        "Quill Analytics Corporation (NASDAQ: QUIL).\n\n"
        "Under the terms of the agreement, each share of Quill common stock will be exchanged\n"
        "for 0.42 shares of Class B Harbor common stock. Based on the closing price of Harbor\n"
        "shares on March 1, the aggregate value of the transaction is $88 million.\n"
    )
    (deal,) = _submission(ITEMS, release).acquisitions
    assert deal.acquirer == "HARBOR TOOLS INC"
    assert deal.target == "Quill Analytics Corporation"
    assert deal.share_class == "class b common stock"
    assert deal.shares_issued is None
    assert deal.total_consideration is not None
    assert deal.total_consideration.amount == 88_000_000


def test_a_release_places_the_target_in_its_closing_paragraph() -> None:
    release = RELEASE.replace(
        "a\nmaker of test software based in Austin, Texas", "a\nmaker of test software"
    ) + (
        "\n\nAbout Quill\n\n" + "Quill sells test software to retailers. " * 40 + "\n\n"
        "Quill Analytics Inc., founded in 1991, is headquartered in suburban Houston.\n"
    )
    (deal,) = _submission(ITEMS, release).acquisitions
    assert deal.target_location == "suburban Houston"
