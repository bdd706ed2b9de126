"""The promise test of a covenant not to compete (issue #14, family 5), in made-up wordings:
a promise not to endorse, provide, work for or engage in competing products is a covenant; a
title, a heading with nothing promised under it, an amendment that deletes the covenant, a
condition that mentions competition and a 'shall not' about something else are not.
"""

from __future__ import annotations

import pytest

from sec8k.agreements import read_agreement
from sec8k.agreements.source import Source

OPENING = (
    'ENDORSEMENT AGREEMENT\n\nThis Endorsement Agreement (the "Agreement") is made on April 9, 2017 '
    'between Tallis Footwear, Inc. (the "Company") and Nina Okafor ("Athlete").\n\n'
)


def _covenant(body: str) -> str | None:
    found = read_agreement(Source("x.txt", OPENING + body + "\n"))
    return found.non_compete.text if found.non_compete else None


@pytest.mark.parametrize(
    "body",
    [
        "7. During the Term, Athlete shall not endorse, wear or promote any athletic footwear "
        "that competes with the Products.",
        "7. Athlete agrees not to provide services to any competitor of the Company for a period "
        "of twelve (12) months after termination.",
        "7. Exclusivity. Athlete shall not: (a) work for any competing footwear brand; or "
        "(b) appear in any advertising for such brand.",
        "7. Non-Competition.\n\nDuring the Term, Athlete shall not, directly or indirectly, engage "
        "in any business that designs or sells athletic footwear in North America.",
    ],
)
def test_promises_not_to_compete(body: str) -> None:
    assert _covenant(body) is not None


@pytest.mark.parametrize(
    "body",
    [
        "7. Non-Competition.\n\nThe parties will meet every quarter to review the campaign.",
        "7. Section 9 (Non-Competition) of the Original Agreement is hereby deleted in its entirety.",
        "7. Athlete may sell her own apparel line so long as its products are not directly "
        "competitive with the Products.",
        "7. Athlete shall not use any logo of a competitor of the Company in any appearance "
        "under this Agreement.",
        '7. "Competing Product" shall mean any athletic shoe sold by a brand other than the Company.',
    ],
)
def test_no_promise_no_covenant(body: str) -> None:
    assert _covenant(body) is None


def test_a_list_item_under_a_promise_lead() -> None:
    body = (
        "7. Restrictions. During the Term the Athlete shall not:\n\n(a) act as a spokesperson for "
        "any brand whose shoes are competitive with the Products; or\n\n(b) wear such shoes in "
        "public."
    )
    assert _covenant(body) is not None


def test_nor_shall_after_a_first_restriction() -> None:
    body = (
        "7. The Athlete shall not sign with another agency, nor shall she appear for any business "
        "that competes with the Company."
    )
    assert _covenant(body) is not None
