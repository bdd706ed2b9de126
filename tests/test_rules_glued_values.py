"""Values written the way contracts outside the corpus write them (issue #14, family 7).

Currency codes glued to the figure, the Canadian "CDN", ordinal days with "of", and
numeric dates with a two-digit year. The wordings are made up for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sec8k.models import Money
from sec8k.rules.dates import parse_date
from sec8k.rules.finder import find_entities
from sec8k.rules.numbers import parse_money


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("a base wage of USD180,000 each year, paid in arrears", "180000", "USD"),
        ("a signing sum of CHF1,200,000 on the first day", "1200000", "CHF"),
        ("a budget of USD7.5 M for the season", "7500000", "USD"),
        ("an exit payment equal to CDN$275,000", "275000", "CAD"),
        ("an exit payment equal to CDN $275,000", "275000", "CAD"),
        ("a monthly sum of Cdn$4,000", "4000", "CAD"),
        ("a flat charge of $12,500.00USD per quarter", "12500", "USD"),
        ("a flat charge of $3,000CAD per visit", "3000", "CAD"),
        ("a prize of USD$60,000 for each win", "60000", "USD"),
        ("a retainer of £2,000 per month", "2000", "GBP"),
    ],
)
def test_glued_codes_read_as_money(sentence: str, amount: str, currency: str) -> None:
    money = [c for c in find_entities(sentence, ("MONEY",)) if isinstance(c.value, Money)]
    assert len(money) == 1, money
    assert money[0].value == Money(amount=Decimal(amount), currency=currency, text=money[0].text)


def test_a_plain_dollar_stays_usd() -> None:
    assert parse_money("$9,000").currency == "USD"
    assert parse_money("Canadian dollars ($9,000)").currency == "CAD"


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("signed on the 21st of June, 2014 in Toronto", "2014-06-21"),
        ("made the 2nd of February 2009", "2009-02-02"),
        ("dated 7/4/98 by both sides", "1998-07-04"),
        ("effective 11/30/03", "2003-11-30"),
    ],
)
def test_ordinal_and_two_digit_year_dates(sentence: str, iso: str) -> None:
    dates = find_entities(sentence, ("DATE",))
    assert [d.value for d in dates] == [iso]


def test_two_digit_year_pivot() -> None:
    assert parse_date("1/2/49") == "2049-01-02"
    assert parse_date("1/2/50") == "1950-01-02"


def test_a_version_number_is_not_a_date() -> None:
    assert find_entities("release 1/2/3 of the software", ("DATE",)) == []
