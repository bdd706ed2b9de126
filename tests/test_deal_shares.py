"""Share counts paid in a deal (issue #13, family 3), on wordings written for these tests.

None of these sentences is copied from a filing. Each states one way a filing gives the shares
a deal pays: a count to be issued later, an approximate or maximum count, a count given "in
exchange for all of the outstanding shares", and the numbers that look like counts but are
not the count paid: an exchange ratio ("0.35 of a share for each share") and the shares held
in escrow, a part of the count and never the whole.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sec8k.models import Acquisition
from tests.test_acquisitions import ITEM_1_01, _text_deals
from tests.test_consideration_grammar import _one

OPENING = "On July 1, 2024, Harbor Tools Inc. completed its acquisition of Quill Analytics, Inc."


def _count(deal: Acquisition) -> Decimal | None:
    return deal.shares_issued.value if deal.shares_issued is not None else None


# -- counts stated as future, approximate or maximum -----------------------------------------


def test_up_to_approximately_a_count_is_a_maximum_and_approximate() -> None:
    deal = _one(
        OPENING,
        "Harbor Tools expects to issue up to approximately 3.4 million shares of its common "
        "stock to the sellers in the transaction.",
    )
    assert _count(deal) == Decimal(3_400_000)
    assert deal.shares_issued is not None and deal.shares_issued.approximate
    assert deal.shares_up_to is True
    assert deal.share_class == "common stock"


def test_issued_an_aggregate_of_approximately() -> None:
    deal = _one(
        OPENING,
        "In connection with the merger, the Company issued an aggregate of approximately "
        "1,950,000 shares of its common stock to the stockholders of Quill Analytics.",
    )
    assert _count(deal) == Decimal(1_950_000)
    assert deal.shares_issued is not None and deal.shares_issued.approximate
    assert deal.shares_up_to is None


def test_shares_in_exchange_for_all_of_the_outstanding_shares() -> None:
    deal = _one(
        "On July 1, 2024, Harbor Tools Inc. acquired Quill Analytics, Inc. The Company issued "
        "1,875,000 shares of its common stock in exchange for all of the outstanding shares "
        "of Quill Analytics."
    )
    assert _count(deal) == Decimal(1_875_000)
    assert deal.percent_acquired is not None and deal.percent_acquired.value == Decimal(100)


def test_shares_issuable_upon_exchange_of_units_are_a_maximum() -> None:
    deal = _one(
        OPENING,
        "Up to 640,000 shares of Class B Common Stock of the Company are issuable upon exchange "
        "for the membership units delivered to the sellers.",
    )
    assert _count(deal) == Decimal(640_000)
    assert deal.shares_up_to is True
    assert deal.share_class == "class b common stock"


def test_an_agreed_deal_counts_the_shares_to_be_issued() -> None:
    deal = _one(
        "On September 2, 2024, Harbor Tools Inc. entered into a definitive agreement to acquire "
        "Northfield Sensors, Inc. Under the agreement, approximately 5.2 million shares of the "
        "Company's common stock will be issued to the holders of Northfield Sensors stock.",
        heading=ITEM_1_01,
    )
    assert deal.stage == "agreed"
    assert _count(deal) == Decimal(5_200_000)


# -- numbers that are not the count paid -----------------------------------------------------


@pytest.mark.parametrize(
    "ratio",
    [
        "each share of Quill common stock was converted into 0.35 of a share of the Company's "
        "common stock",
        "the holders of Quill common stock received 0.35 shares of the Company's common stock "
        "for each share of Quill common stock they held",
        "each outstanding share of Quill common stock was exchanged for 0.35 shares of the "
        "Company's common stock",
    ],
)
def test_an_exchange_ratio_is_never_the_count(ratio: str) -> None:
    deal = _one(OPENING, f"In the merger, {ratio}.")
    assert deal.shares_issued is None
    assert deal.share_class == "common stock"


def test_a_count_beside_an_exchange_ratio_and_escrow_shares() -> None:
    deal = _one(
        OPENING,
        "In the merger, each share of Quill common stock was converted into 0.2 of a share of "
        "the Company's common stock, and the Company issued approximately 2,100,000 shares of "
        "its common stock to the former shareholders of Quill Analytics.",
        "Of these shares, 210,000 shares were placed in escrow for one year to secure the "
        "indemnification obligations of the former shareholders.",
    )
    assert _count(deal) == Decimal(2_100_000)
    assert deal.shares_issued is not None and deal.shares_issued.approximate
    assert deal.contingent_consideration is None  # escrowed shares are no earn-out


def test_escrow_shares_alone_are_not_the_count() -> None:
    deal = _one(
        OPENING,
        "The consideration consisted of $4 million in cash. In addition, 120,000 shares of the "
        "Company's common stock were deposited into escrow to secure the sellers' indemnities.",
    )
    assert deal.shares_issued is None


def test_a_plain_text_share_only_deal_with_ratio_and_escrow() -> None:
    (deal,) = _text_deals(
        "Item 2.  Acquisition or Disposition of Assets",
        "",
        '     On May 2, 1998, Harbor Tools Inc. (the "Company") acquired Quill',
        'Analytics, Inc. ("Quill") through the merger of a wholly owned subsidiary of',
        "the Company with and into Quill.  In the merger, the outstanding shares of Quill",
        "were converted into approximately 1,400,000 shares of the Company's Common",
        "Stock, at an exchange ratio of 0.1812 of a share of the Company's Common Stock",
        "for each share of Quill.  Approximately 140,000 of those shares are held in",
        "escrow to secure indemnification obligations of the former Quill shareholders.",
    )
    assert _count(deal) == Decimal(1_400_000)
    assert deal.shares_issued is not None and deal.shares_issued.approximate
    assert deal.share_class == "common stock"


@pytest.mark.parametrize(
    "escrow",
    [
        "of which ten percent are held in escrow",
        "of which 10% will be placed in escrow",
        "of which 140,000 shares were deposited into escrow",
    ],
)
def test_escrow_of_a_part_leaves_the_whole_count(escrow: str) -> None:
    deal = _one(
        OPENING,
        f"The Company issued approximately 1,400,000 shares of its common stock to the former "
        f"holders of Quill Analytics, {escrow}.",
    )
    assert _count(deal) == Decimal(1_400_000)


def test_a_ratio_per_named_share_is_not_a_count() -> None:
    deal = _one(
        OPENING,
        "The holders of Quill Analytics received 0.35 shares of the Company's common stock per "
        "Quill share.",
    )
    assert deal.shares_issued is None


def test_a_count_beside_shares_reserved_for_assumed_options() -> None:
    deal = _one(
        OPENING,
        "In the merger, the Company issued approximately 1,520,000 shares of its common stock "
        "and reserved approximately 80,000 shares for issuance upon exercise of the Quill "
        "options it assumed.",
    )
    assert _count(deal) == Decimal(1_520_000)


def test_a_count_broken_over_lines_in_plain_text() -> None:
    (deal,) = _text_deals(
        "Item 2.  Acquisition or Disposition of Assets",
        "",
        "     On May 2, 1998, Harbor Tools Inc. acquired all of the outstanding stock of",
        "Quill Analytics, Inc.  In exchange, the shareholders of Quill received approximately",
        "1,600,000",
        "shares of the Company's Common Stock.",
    )
    assert _count(deal) == Decimal(1_600_000)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Company issued or reserved for issuance approximately 1,600,000 shares of its common "
        "stock in the merger.",
        "The acquisition was effected through the exchange of approximately 1,600,000 shares of "
        "the Company's common stock for all of the outstanding capital stock of Quill.",
    ],
)
def test_counts_issued_or_reserved_and_given_in_exchange(sentence: str) -> None:
    assert _count(_one(OPENING, sentence)) == Decimal(1_600_000)


def test_shares_only_reserved_are_not_issued() -> None:
    deal = _one(
        OPENING,
        "The purchase price was $8 million in cash. The Company has reserved 300,000 shares of "
        "its common stock for future grants to Quill employees.",
    )
    assert deal.shares_issued is None


@pytest.mark.parametrize(
    "count",
    [
        "between 1.2 and 1.4 million shares of its common stock",
        "approximately 1.2 to 1.4 million shares of its common stock",
        "1,200,000 to 1,400,000 shares of its common stock, depending on its stock price,",
    ],
)
def test_a_range_of_shares_is_no_count(count: str) -> None:
    deal = _one(OPENING, f"Under the agreement, the Company will issue {count} to the sellers.")
    assert deal.shares_issued is None
    assert deal.share_class == "common stock"


ABOUT_QUILL = (
    "Quill develops software that compares prices across online stores and is used by several "
    "large retailers. Its products are sold to businesses in many countries. "
) * 12


def test_a_count_issued_in_the_merger_far_below_the_event_sentence() -> None:
    deal = _one(
        OPENING,
        ABOUT_QUILL,
        "In the merger, the Company issued approximately 1,600,000 shares of its common stock "
        "to the former shareholders of Quill Analytics.",
    )
    assert _count(deal) == Decimal(1_600_000)


def test_a_count_far_below_that_is_not_about_the_deal_is_not_read() -> None:
    deal = _one(
        OPENING,
        ABOUT_QUILL,
        "Separately, the Company issued 25,000 shares of its common stock to a consultant for "
        "services rendered during the year.",
    )
    assert deal.shares_issued is None


@pytest.mark.parametrize(
    "sentence",
    [
        "In the merger, the Company issued approximately 1,600,000 shares of its common stock, "
        "10% of which will be held in escrow for one year.",
        "In the merger, the Company issued approximately 1,600,000 shares of its common stock, "
        "ten percent of which are held in escrow.",
        "As consideration for the merger, the holders of Quill stock received an aggregate of "
        "approximately 1.6 million shares of the Company's common stock, of which approximately "
        "10% were placed in escrow.",
        "The holders of Quill stock received approximately 1,600,000 shares of the Company's "
        "common stock (approximately 160,000 of which were placed in escrow) at an exchange "
        "ratio of 0.1812.",
        "The holders of Quill stock received 0.1812 of a share of the Company's common stock for "
        "each Quill share, or approximately 1,600,000 shares in the aggregate.",
        "Each outstanding share of Quill stock was converted into 0.1812 shares of the "
        "Company's common stock (approximately 1,600,000 shares in total).",
    ],
)
def test_the_whole_count_beside_its_escrowed_part_or_its_ratio(sentence: str) -> None:
    deal = _one(OPENING, sentence)
    assert _count(deal) == Decimal(1_600_000)
    assert deal.shares_issued is not None and deal.shares_issued.approximate
