"""The number normaliser: amounts of money, counts, percentages, spelled-out numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sec8k.errors import ParseError
from sec8k.rules import parse_money, parse_number_words, parse_quantity

D = Decimal


@pytest.mark.parametrize(
    ("text", "amount", "currency", "approximate"),
    [
        ("$8.3 million", D("8300000"), "USD", False),
        ("approximately $7.4 million", D("7400000"), "USD", True),
        ("$1.2 billion", D("1200000000"), "USD", False),
        ("US$5,000", D("5000"), "USD", False),
        ("€53 million", D("53000000"), "EUR", False),
        ("SEK 10,000,000", D("10000000"), "SEK", False),
        ("NT$11.943", D("11.943"), "TWD", False),
        ("£2.5m", D("2500000"), "GBP", False),
        ("£1million", D("1000000"), "GBP", False),
        ("¥30,000,000", D("30000000"), "JPY", False),
        ("C$250,000", D("250000"), "CAD", False),
        ("A$1.5 million", D("1500000"), "AUD", False),
        ("HK$1,000", D("1000"), "HKD", False),
        ("RMB 100", D("100"), "CNY", False),
        ("10 million EUR", D("10000000"), "EUR", False),
        ("Fifty Thousand Dollars ($50,000)", D("50000"), "USD", False),
        ("one million dollars", D("1000000"), "USD", False),
        ("two million Euro (€2,000,000)", D("2000000"), "EUR", False),
        ("thirty million Japanese Yen (¥30,000,000)", D("30000000"), "JPY", False),
        ("one hundred million Renminbi (¥100,000,000)", D("100000000"), "CNY", False),
        ("two hundred thousand Canadian dollars ($200,000)", D("200000"), "CAD", False),
        (
            "Fourteen Million Six Hundred Fifty-One Thousand United States Dollars (US$14,651,000)",
            D("14651000"),
            "USD",
            False,
        ),
        ("$ 166,000", D("166000"), "USD", False),
        ("\\$8.3 million", D("8300000"), "USD", False),
        ("\\$ 166,000", D("166000"), "USD", False),
        ("$0.01 per share", D("0.01"), "USD", False),
        ("$.01", D("0.01"), "USD", False),
        ("$5MM", D("5000000"), "USD", False),
        ("$1.2bn", D("1200000000"), "USD", False),
        ("about $5 million", D("5000000"), "USD", True),
        ("approx. $5 million", D("5000000"), "USD", True),
        ("nearly $40 billion", D("40000000000"), "USD", True),
        ("$126\nmillion", D("126000000"), "USD", False),
        ("$" + " " * 400 + "166,000", D("166000"), "USD", False),  # a fixed-width table
    ],
)
def test_parse_money(text: str, amount: Decimal, currency: str, approximate: bool) -> None:
    money = parse_money(text)
    assert (money.amount, money.currency, money.approximate) == (amount, currency, approximate)
    assert money.text == text


def test_money_amounts_are_plain_decimals() -> None:
    # 8.3 * 10**6 must not come out as 8.3E+6 in JSON.
    assert str(parse_money("$8.3 million").amount) == "8300000"
    assert parse_money("$8.3 million").model_dump(mode="json")["amount"] == "8300000"


def test_bounds_are_not_approximations() -> None:
    # "up to" / "not to exceed" are limits; the finder leaves them outside the span,
    # and a caller that passes them in still gets a stated, not approximate, amount.
    assert parse_money("$1,600").approximate is False


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate"),
    [
        ("136,700 shares", D("136700"), "shares", False),
        ("2,000,000 shares of common stock", D("2000000"), "shares", False),
        ("approximately 1,600,000 shares", D("1600000"), "shares", True),
        ("approximately 12 million shares", D("12000000"), "shares", True),
        ("one hundred thousand (100,000) shares", D("100000"), "shares", False),
        ("100%", D("100"), "percent", False),
        ("45\\%", D("45"), "percent", False),
        ("one hundred percent", D("100"), "percent", False),
        ("45 percent", D("45"), "percent", False),
        ("45 per cent", D("45"), "percent", False),
        ("forty-nine percent (49%)", D("49"), "percent", False),
        ("two-thirds (2/3)", D("66.6667"), "percent", False),
        ("two-thirds", D("66.6667"), "percent", False),
        ("one-half of one percent (0.5%)", D("0.5"), "percent", False),
        ("one-half", D("50"), "percent", False),
        ("30 days", D("30"), "days", False),
        ("thirty (30) days", D("30"), "days", False),
        ("12-month period", D("12"), "months", False),
        ("five years", D("5"), "years", False),
        ("two weeks", D("14"), "days", False),
        ("five hours", D("5"), "hours", False),
        ("1,250", D("1250"), "other", False),
    ],
)
def test_parse_quantity(text: str, value: Decimal, unit: str, approximate: bool) -> None:
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit, quantity.approximate) == (value, unit, approximate)
    assert quantity.text == text


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one", 1),
        ("twelve", 12),
        ("Fifty", 50),
        ("ninety-nine", 99),
        ("one hundred", 100),
        ("one hundred and fifty", 150),
        ("Fifty Thousand", 50_000),
        ("Twenty-Nine Million Nine Hundred Thousand", 29_900_000),
        ("Fifteen Million Two Hundred Forty Nine Thousand", 15_249_000),
        ("three billion five hundred million", 3_500_000_000),
    ],
)
def test_parse_number_words(words: str, value: int) -> None:
    assert parse_number_words(words) == value


@pytest.mark.parametrize("words", ["", "five five", "twenty thirty", "twenty twelve", "dozen"])
def test_malformed_number_words_raise_parse_error(words: str) -> None:
    with pytest.raises(ParseError):
        parse_number_words(words)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "$",
        "the purchase price",
        "$5 and $6",  # two amounts: the caller must pass one at a time
        "136,700",  # a number but no currency
        "1" * 40 + " dollars",  # beyond any stated amount
        "$" + "9" * 400,
    ],
)
def test_not_money_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_money(text)
    assert "amount" in str(raised.value)


def test_money_is_not_a_quantity() -> None:
    with pytest.raises(ParseError, match="parse_money"):
        parse_quantity("$5,000")


def test_parse_error_survives_pickling() -> None:
    import pickle

    with pytest.raises(ParseError) as raised:
        parse_money("nothing here")
    again = pickle.loads(pickle.dumps(raised.value))
    assert (again.source, again.reason) == (raised.value.source, raised.value.reason)


# -- properties ---------------------------------------------------------------
@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_formatted_dollars_round_trip(amount: Decimal) -> None:
    text = f"${amount:,.2f}"
    money = parse_money(text)
    assert money.amount == amount
    assert money.currency == "USD"
    assert money.text == text


@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["$", "US$", "€", "£", "SEK ", "\\$", "$ "]),
)
def test_grouped_integers_round_trip_with_any_symbol(amount: int, symbol: str) -> None:
    assert parse_money(f"{symbol}{amount:,}").amount == amount


# The test spells numbers with its own word lists, independent of sec8k.rules.lexicon.
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNITS += ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
_UNITS += ["seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_UNITS[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10 - 2] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_UNITS[n])
    return words


def _spell(n: int) -> str:
    """Spell out 1 <= n < 10**12 the way contracts do ("Twenty-Nine Million Nine Hundred")."""
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            words += [*_spell_below_thousand(n // scale), name]
            n %= scale
    words += _spell_below_thousand(n)
    return " ".join(words)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_spelled_numbers_round_trip(n: int) -> None:
    assert parse_number_words(_spell(n)) == n
    assert parse_money(f"{_spell(n).title()} Dollars").amount == n


_AMOUNTISH = st.text(alphabet="$€£¥0123456789,.%/()- \\\nmkbMB", max_size=40) | st.text(max_size=80)


@given(_AMOUNTISH)
def test_parse_money_only_ever_raises_parse_error(text: str) -> None:
    try:
        money = parse_money(text)
    except ParseError:
        return
    assert money.amount >= 0
    assert money.text == text


@given(_AMOUNTISH)
def test_parse_quantity_only_ever_raises_parse_error(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except ParseError:
        return
    assert quantity.text == text


@given(st.text(max_size=120))
def test_parse_number_words_only_ever_raises_parse_error(text: str) -> None:
    try:
        value = parse_number_words(text)
    except ParseError:
        return
    assert value >= 0
