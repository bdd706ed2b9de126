"""Look-alikes that report no deal (issue #13, family 10), on wordings of our own.

A proposal or letter with no agreement, a buy-back of the registrant's own shares (also by a
tender offer) and a credit agreement that funds a deal are not acquisitions: no record. (The
schema has no ``proposed`` stage; a proposal is left out rather than recorded.)
"""

from __future__ import annotations

import pytest

from tests.test_acquisitions import ITEM_1_01, _deals
from tests.test_deal_releases import ITEMS, _submission

LOOK_ALIKES = [
    "On June 3, 2024, Harbor Tools Inc. received a letter from Summit Capital LLC expressing "
    "its interest in acquiring all of the outstanding shares of the Company for $30.00 per "
    "share in cash. The Board of Directors has not responded to the letter.",
    "On June 3, 2024, Harbor Tools Inc. entered into a non-binding letter of intent to acquire "
    "Alder Robotics, Inc. for approximately $40 million. A definitive agreement may never be "
    "signed.",
    "On June 3, 2024, Harbor Tools Inc. commenced a modified Dutch auction tender offer to "
    "purchase up to 5,000,000 shares of its common stock at a price not greater than $12.00 "
    "per share.",
    "On June 3, 2024, the Board of Directors of Harbor Tools Inc. authorized the repurchase of "
    "up to $500 million of the Company's common stock.",
    "On June 3, 2024, Harbor Tools Inc. entered into an Accelerated Share Repurchase Agreement "
    "with First Bank, N.A. to repurchase $100 million of its common stock.",
    "On June 3, 2024, Harbor Tools Inc. entered into a Bridge Credit Agreement with First Bank, "
    "N.A. providing for loans of up to $1.5 billion to finance the pending acquisition of Alder "
    "Robotics, Inc.",
]


@pytest.mark.parametrize("heading", [ITEM_1_01, "Item 8.01 Other Events"])
@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_look_alike_reports_no_deal(sentence: str, heading: str) -> None:
    assert _deals(heading, sentence) == []


@pytest.mark.parametrize(
    "release",
    [
        "     HARBOR TOOLS CONFIRMS RECEIPT OF UNSOLICITED PROPOSAL TO ACQUIRE THE COMPANY\n\n"
        "CLEVELAND, OH -- Harbor Tools Inc. confirmed today that it has received an unsolicited,\n"
        "non-binding proposal from Summit Capital LLC to acquire the Company for $30.00 per share.\n",
        "     HARBOR TOOLS ANNOUNCES TENDER OFFER TO PURCHASE ITS OWN SHARES\n\n"
        "CLEVELAND, OH -- Harbor Tools Inc. announced today that it will commence a tender offer\n"
        "to purchase up to 5,000,000 shares of its common stock at $12.00 per share.\n",
    ],
)
def test_a_release_about_a_look_alike_reports_no_deal(release: str) -> None:
    assert _submission(ITEMS, release).acquisitions == []
