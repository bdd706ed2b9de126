"""Word tables the normaliser reads: currencies, scales, qualifiers, number words, months.

The spaCy patterns under ``patterns/`` name the same words token by token; a
test checks that every currency and scale word a MONEY pattern accepts is one
these tables can turn into a value, so the finder and the builder cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

__all__ = [
    "AMBIGUOUS_SYMBOLS",
    "APPROXIMATE_WORDS",
    "CURRENCY_CODES",
    "CURRENCY_NAMES",
    "CURRENCY_SYMBOLS",
    "DURATION_UNITS",
    "FRACTION_DENOMINATORS",
    "MONTHS",
    "MONTH_NAMES",
    "NUMBER_SCALES",
    "NUMBER_UNITS",
    "SCALE_ABBREVIATIONS",
    "DurationUnit",
]

#: Symbols written before a figure -> ISO 4217. "\\$" is a Markdown-escaped dollar.
CURRENCY_SYMBOLS: Final = MappingProxyType(
    {
        "U.S.$": "USD",
        "US$": "USD",
        "\\$": "USD",
        "$": "USD",
        "NT$": "TWD",
        "HK$": "HKD",
        "NZ$": "NZD",
        "CA$": "CAD",
        "CAD$": "CAD",
        "CDN$": "CAD",
        "Cdn$": "CAD",
        "C$": "CAD",
        "AU$": "AUD",
        "A$": "AUD",
        "S$": "SGD",
        "R$": "BRL",
        "€": "EUR",
        "£": "GBP",
        "¥": "JPY",
        "₹": "INR",
        "₩": "KRW",
        "₪": "ILS",
    }
)

#: Symbols several currencies share: a currency name in the same phrase wins over them
#: ("Canadian dollars ($5,000)" is CAD, "one million Renminbi (¥1,000,000)" is CNY).
AMBIGUOUS_SYMBOLS: Final = frozenset({"$", "\\$", "¥"})

#: Codes (and the few non-ISO abbreviations filings use) written beside a figure.
CURRENCY_CODES: Final = MappingProxyType(
    {
        **{
            code: code
            for code in [
                "USD",
                "EUR",
                "GBP",
                "JPY",
                "SEK",
                "NOK",
                "DKK",
                "CHF",
                "CAD",
                "AUD",
                "NZD",
                "HKD",
                "TWD",
                "SGD",
                "CNY",
                "INR",
                "KRW",
                "BRL",
                "MXN",
                "ILS",
                "ZAR",
                "RUB",
                "PLN",
            ]
        },
        "RMB": "CNY",
        "CDN": "CAD",
        "Cdn": "CAD",
        "NTD": "TWD",
        "NIS": "ILS",
    }
)

#: Currency names written after a figure or number words, lower case. Longer names
#: first: the normaliser takes the first that occurs. "pounds" alone is not money
#: (it is also a weight), so only "pounds sterling" and "British pounds" are listed.
CURRENCY_NAMES: Final = MappingProxyType(
    {
        "new taiwan dollars": "TWD",
        "hong kong dollars": "HKD",
        "canadian dollars": "CAD",
        "australian dollars": "AUD",
        "singapore dollars": "SGD",
        "united states dollars": "USD",
        "u.s. dollars": "USD",
        "us dollars": "USD",
        "pounds sterling": "GBP",
        "british pounds": "GBP",
        "japanese yen": "JPY",
        "swedish kronor": "SEK",
        "swiss francs": "CHF",
        "dollars": "USD",
        "dollar": "USD",
        "euros": "EUR",
        "euro": "EUR",
        "yen": "JPY",
        "kronor": "SEK",
        "krona": "SEK",
        "renminbi": "CNY",
        "yuan": "CNY",
        "rupees": "INR",
    }
)

#: Multipliers written after a figure: "$8.3 million", "£2.5m", "$5MM", "$1.2bn".
SCALE_ABBREVIATIONS: Final = MappingProxyType(
    {
        "thousand": 10**3,
        "k": 10**3,
        "million": 10**6,
        "mm": 10**6,
        "mn": 10**6,
        "m": 10**6,
        "billion": 10**9,
        "bn": 10**9,
        "b": 10**9,
        "trillion": 10**12,
    }
)

#: Words before an amount that make it approximate. Bounds ("up to", "not to exceed",
#: "at least", "more than") are not approximations: they are left outside the value.
APPROXIMATE_WORDS: Final = (
    "approximately",
    "approx.",
    "approx",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "circa",
    "some",
    "~",
)

#: Spelled-out numbers below one hundred.
NUMBER_UNITS: Final = MappingProxyType(
    {
        word: value
        for value, word in enumerate(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
            ]
        )
    }
    | {
        word: 10 * tens
        for tens, word in enumerate(
            ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
        )
    }
)

#: Spelled-out multipliers.
NUMBER_SCALES: Final = MappingProxyType(
    {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
)

#: "two-thirds", "one-half", "three-quarters": the word after the hyphen -> denominator.
FRACTION_DENOMINATORS: Final = MappingProxyType(
    {
        "half": 2,
        "halves": 2,
        "third": 3,
        "thirds": 3,
        "quarter": 4,
        "quarters": 4,
        "fourth": 4,
        "fourths": 4,
        "fifth": 5,
        "fifths": 5,
        "sixth": 6,
        "sixths": 6,
        "seventh": 7,
        "sevenths": 7,
        "eighth": 8,
        "eighths": 8,
        "ninth": 9,
        "ninths": 9,
        "tenth": 10,
        "tenths": 10,
    }
)

DurationUnit = Literal["hours", "days", "months", "years"]

#: Duration unit words -> (Quantity unit, multiplier). Weeks are counted in days.
DURATION_UNITS: Final[Mapping[str, tuple[DurationUnit, int]]] = MappingProxyType(
    {
        "hour": ("hours", 1),
        "hours": ("hours", 1),
        "day": ("days", 1),
        "days": ("days", 1),
        "week": ("days", 7),
        "weeks": ("days", 7),
        "month": ("months", 1),
        "months": ("months", 1),
        "year": ("years", 1),
        "years": ("years", 1),
    }
)

MONTH_NAMES: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

#: Month names and their abbreviations (lower case, no trailing dot) -> month number.
MONTHS: Final = MappingProxyType(
    {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
    | {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
    | {"sept": 9}
)
