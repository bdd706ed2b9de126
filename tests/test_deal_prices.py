"""Per-unit amounts and the totals beside them (issue #13, family 8), on wordings of our own.

None of these sentences is copied from a filing. A price per share is the deal's
``per_share_price``, never its total or its cash; "the aggregate consideration required to
acquire all outstanding shares is approximately $X" is the total; per-share figures that are
not the deal's price (a rival's offer, a warrant's exercise price, a closing price) are none.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_acquisitions import ITEM_1_01
from tests.test_consideration_grammar import _amount, _one


def test_the_registrant_merged_into_a_buyer_for_cash_per_share() -> None:
    deal = _one(
        "On June 1, 2024, Harbor Tools Inc. entered into an Agreement and Plan of Merger with "
        "Summit Industrial Corp. under which a wholly owned subsidiary of Summit Industrial "
        "Corp. will merge with and into Harbor Tools Inc. At the effective time, each "
        "outstanding share of Harbor Tools common stock will be converted into the right to "
        "receive $42.50 in cash, without interest. The aggregate consideration required to "
        "acquire all outstanding shares is approximately $1.3 billion.",
        heading=ITEM_1_01,
    )
    assert deal.stage == "agreed"
    assert _amount(deal.per_share_price) == Decimal("42.50")
    assert _amount(deal.total_consideration) == Decimal(1_300_000_000)
    assert deal.total_consideration is not None and deal.total_consideration.approximate
    assert _amount(deal.cash) != Decimal("42.50")


def test_a_tender_offer_price_per_share() -> None:
    deal = _one(
        "On June 1, 2024, Harbor Tools Inc. entered into an Agreement and Plan of Merger with "
        "Beacon Optics, Inc. Under the agreement, a subsidiary of Harbor Tools will commence a "
        "tender offer to acquire all of the outstanding shares of Beacon Optics common stock at "
        "a price of $9.25 per share, net to the seller in cash.",
        heading=ITEM_1_01,
    )
    assert _amount(deal.per_share_price) == Decimal("9.25")
    assert deal.total_consideration is None and deal.cash is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Tools acquired Beacon Optics, Inc. for $11.00 per share in cash.",
        "Harbor Tools acquired Beacon Optics, Inc. at a price of $11.00 per share.",
        "Harbor Tools acquired Beacon Optics, Inc. for cash of $11.00 for each outstanding share.",
    ],
)
def test_a_price_per_share_is_never_the_total(sentence: str) -> None:
    deal = _one(f"On August 9, 2024, {sentence}")
    assert _amount(deal.per_share_price) == Decimal("11.00")
    assert deal.total_consideration is None and deal.cash is None


def test_per_share_figures_that_are_not_the_price() -> None:
    deal = _one(
        "On August 9, 2024, Harbor Tools Inc. acquired Beacon Optics, Inc. for $30 million in "
        "cash. The closing price of Harbor Tools common stock was $17.40 per share on that day, "
        "and warrants to purchase Beacon Optics stock at an exercise price of $2.10 per share "
        "were cancelled."
    )
    assert _amount(deal.total_consideration) == Decimal(30_000_000)
    assert deal.per_share_price is None
