"""Fuzzing the number normaliser (sec8k.rules.numbers): any text gives a value or a
ParseError, and stated amounts come back exactly.

The hypothesis settings (bounded in CI, long with SEC8K_FUZZ=long) are those of
tests/test_fuzz_inputs.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sec8k.errors import ParseError
from sec8k.rules import parse_money, parse_number_words, parse_quantity
from sec8k.rules.numbers import MAX_VALUE
from tests.test_fuzz_inputs import FUZZ_FAST

#: Pieces amounts are made of, with the look-alikes that Unicode case folding matches:
#: "ſ" (long s) for "s", "ı" and "İ" for "i", "K" (Kelvin sign) for "k".
_PIECES = [
    "$", "US$", "€", "£", "¥", "NT$", "C$", "SEK", "USD", "EUR", "RMB", "\\$", "%", "(", ")",
    "1", "0", "9", "12", "1,234", "1,234,567.89", ".01", "0.5", "2/3", "1/0", "1e5", "٣",
    " ", "  ", "\t", "\n", "\u00a0", "-", ",", ".", "and", "approximately", "about", "~",
    "million", "billion", "thousand", "mm", "bn", "k", "m", "dollars", "Dollars", "Swiss francs",
    "Japanese Yen", "euro", "shares", "percent", "per cent", "days", "weeks", "months", "years",
    "hours", "one", "twenty", "Twenty-Nine", "hundred", "thirds", "half", "quarter",
    "ſ", "ı", "İ", "\u212a", "yearſ", "mıllion", "thouſand", "bıllion", "Swiſs francs",
    "thirdſ", "MONTHſ",
]  # fmt: skip
_WORDS = [p for p in _PIECES if p.replace("-", "").replace(" ", "").isalpha()]
amounts = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join) | st.text(max_size=40)


@pytest.mark.parametrize(
    ("text", "parse"),
    [
        ("5 yearſ", parse_quantity),
        ("two-thirdſ", parse_quantity),
        ("one-ſixth", parse_quantity),
        ("$5 thouſand", parse_money),
        ("$1.2 bıllion", parse_money),
        ("$5 mİllion", parse_money),
        ("5 Swiſs francs", parse_money),
    ],
)
def test_words_matched_only_by_unicode_case_folding_are_a_parse_error(
    text: str, parse: object
) -> None:
    # The IGNORECASE regexes matched "yearſ" as "years"; the lexicon lookup raised KeyError.
    assert callable(parse)
    with pytest.raises(ParseError, match="not a word of the lexicon"):
        parse(text)


@FUZZ_FAST
@given(amounts)
def test_any_text_is_money_or_a_parse_error(text: str) -> None:
    try:
        money = parse_money(text)
    except ParseError:
        return
    assert money.text == text and money.amount >= 0 and money.currency.isupper()


@FUZZ_FAST
@given(amounts)
def test_any_text_is_a_quantity_or_a_parse_error(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except ParseError:
        return
    assert quantity.text == text and quantity.value >= 0


@FUZZ_FAST
@given(st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join))
def test_any_words_are_a_number_or_a_parse_error(words: str) -> None:
    try:
        value = parse_number_words(words)
    except ParseError:
        return
    assert 0 <= value <= MAX_VALUE


_SCALES = {"thousand": 3, "million": 6, "billion": 9}


@FUZZ_FAST
@given(
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["$", "US$", "€", "£", "SEK ", "\\$", "$ "]),
    st.sampled_from(["", *_SCALES]),
    st.sampled_from(["", "approximately ", "about "]),
)
def test_stated_amounts_round_trip(
    amount: Decimal, symbol: str, scale: str, qualifier: str
) -> None:
    # A figure as filings print it ("$1,234.56 million") reads back as exactly that value.
    text = f"{qualifier}{symbol}{amount:,.2f}" + (f" {scale}" if scale else "")
    expected = amount * Decimal(10) ** _SCALES.get(scale, 0)
    assume(expected <= MAX_VALUE)
    money = parse_money(text)
    assert money.amount == expected
    assert money.approximate is bool(qualifier) and money.text == text
    assert parse_money(f"{symbol}{money.amount:,}").amount == money.amount  # formats back


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("$1,000,000,000,000,000 thousand", "number above"),  # MAX_VALUE after the scale
        ("$5,000 trillion", "number above"),
        ("$0.1234567890123456789012345678901", "more digits than an exact amount holds"),
        ("$123,456,789,012,345.123456789012345", "more digits than an exact amount holds"),
    ],
)
def test_amounts_beyond_exact_decimals_are_refused_not_rounded(text: str, reason: str) -> None:
    # They came back as another number: 10**18, or rounded to 28 significant digits.
    with pytest.raises(ParseError, match=reason):
        parse_money(text)


@FUZZ_FAST
@given(
    st.decimals(min_value=0, max_value=10**16, places=20, allow_nan=False, allow_infinity=False),
    st.sampled_from(["", *_SCALES]),
)
def test_a_stated_figure_reads_back_exactly_or_not_at_all(amount: Decimal, scale: str) -> None:
    text = f"${amount:,}" + (f" {scale}" if scale else "")
    try:
        money = parse_money(text)
    except ParseError:
        return
    assert money.amount == amount * Decimal(10) ** _SCALES.get(scale, 0)
