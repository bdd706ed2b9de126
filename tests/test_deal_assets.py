"""Asset deals (issue #13, family 5): the target is the assets or business described.

None of these sentences is copied from a filing. When a deal buys some of a company's assets
("certain assets of X"), the target is those assets as the filing describes them, with the
defined short names and the "subject to ..." clause left out and short names read as the
full names they stand for; the seller named with "from" stays the seller. When it buys all
or substantially all of them, the whole business changes hands and the target is the company
(tests/gold/README.md, labelling rule 11).
"""

from __future__ import annotations

from tests.test_acquisitions import ITEM_2_01, _deals, _text_deals
from tests.test_consideration_grammar import _one


def test_substantially_all_of_the_assets_of_a_company() -> None:
    deal = _one(
        "On March 4, 2024, Harbor Tools Inc. completed the acquisition of substantially all of "
        "the assets of Wren Instruments, LLC, a Delaware limited liability company (“Wren”), "
        "for $6.2 million in cash."
    )
    assert deal.target == "Wren Instruments, LLC"


def test_certain_assets_bought_from_a_seller_of_two_companies() -> None:
    deal = _one(
        "On March 4, 2024, Harbor Tools Inc. acquired from Ellis Holdings, Inc. (“Ellis”) "
        "certain assets, subject to certain liabilities, of Ellis and its subsidiaries Marlow "
        "Care, Inc. (“Marlow”) and Tenby Nursing, Inc. (“Tenby”), providers of home nursing "
        "services with operations in Ohio."
    )
    assert deal.target == (
        "certain assets of Ellis Holdings, Inc. and its subsidiaries Marlow Care, Inc. and "
        "Tenby Nursing, Inc."
    )
    assert deal.target_location == "Ohio"


def test_assets_of_two_companies_in_plain_text() -> None:
    (deal,) = _text_deals(
        "Item 2.  Acquisition or Disposition of Assets",
        "",
        "     On March 4, 1997, Harbor Tools Inc. acquired all of the assets of Garnet",
        'Labs, Inc. ("Garnet") and Opal Testing, Inc. ("Opal"), affiliated providers',
        "of laboratory services, for $3.0 million in cash.",
    )
    assert deal.target == "Garnet Labs, Inc. and Opal Testing, Inc."


def test_assets_bought_beside_a_company_leave_the_company_the_target() -> None:
    deal = _one(
        "On March 4, 2024, Harbor Tools Inc. acquired from Ellis Holdings, Inc. all of the "
        "outstanding shares of Wren Instruments Ltd., a Bermuda company (“Wren”), and certain "
        "assets of Ellis for $9 million."
    )
    assert deal.target == "Wren Instruments Ltd."


def test_the_stock_of_a_company_is_still_the_company() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On March 4, 2024, Harbor Tools Inc. acquired all of the outstanding stock of Wren "
        "Instruments, Inc. for $6.2 million in cash.",
    )
    assert deal.target == "Wren Instruments, Inc."


def test_the_sellers_named_after_from_are_the_seller() -> None:
    deal = _one(
        "On March 4, 2024, Harbor Tools Inc. acquired from Dana Whitcomb and Ellis Holdings, "
        "Inc. (“Ellis”) certain assets of Ellis for $2 million in cash."
    )
    assert deal.seller == "Dana Whitcomb and Ellis Holdings, Inc."
    assert deal.target == "certain assets of Ellis Holdings, Inc."
    deal = _one(
        "On March 4, 2024, Harbor Tools Inc. agreed to acquire from Dana Whitcomb, the sole "
        "owner of Ellis Holdings, Inc., certain assets of Tenby Nursing, Inc. for $1 million."
    )
    assert deal.seller == "Dana Whitcomb"


def test_the_target_by_its_first_name_word_gives_place_and_stake() -> None:
    deal = _one(
        "On May 2, 2024, Harbor Tools Inc. entered into a merger agreement with T.K. Ambler & "
        "Company, a brokerage firm. The merger was completed on June 1, 2024. Ambler's principal "
        "office is in Duluth, and it has four branch offices.",
        "On June 1, 2024, Harbor Tools Inc. issued 900,000 shares of its common stock to the "
        "former Ambler shareholders in exchange for all of the outstanding shares of Ambler's "
        "capital stock.",
    )
    assert deal.target == "T.K. Ambler & Company"
    assert deal.target_location == "Duluth"
    assert deal.percent_acquired is not None and deal.percent_acquired.value == 100


def test_all_outstanding_shares_of_another_company_is_no_stake() -> None:
    deal = _one(
        "On May 2, 2024, Harbor Tools Inc. acquired T.K. Ambler & Company for $5 million in "
        "cash. Ambler had earlier bought all of the outstanding shares of Lakehead Securities.",
    )
    assert deal.percent_acquired is None
