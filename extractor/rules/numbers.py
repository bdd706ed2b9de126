"""Turn the text of an amount into a Money or Quantity value. Decimal all the way.

Each function takes one amount as a filing states it ("approximately \\$7.4 million",
"Fifty Thousand Dollars ($50,000)", "two-thirds (2/3)") and returns a frozen
model that keeps the original wording in ``text``. Anything it cannot read as
exactly one amount raises :class:`~sec8k.errors.ParseError`; nothing else.

Decisions, so callers know what they get:

* ``approximate`` is set by a leading "approximately", "approx.", "about",
  "around", "roughly", "nearly", "almost", "circa", "some" or "~". Bounds such as
  "up to", "not to exceed", "at least", "more than" are *not* approximations; the
  finder leaves them outside the span and the value is the stated figure.
* When words are followed by a figure in parentheses, the figure wins and the
  words stay in ``text`` ("Fifty Thousand Dollars ($50,000)" -> 50000).
* A shared symbol ("$", "¥") gives way to a currency named in the same phrase
  ("Canadian dollars ($5,000)" -> CAD) or to a code written with it ("CDN $5,000",
  "USD$1,250,000", "$10,000CAD"); alone, "$" is USD and "¥" is JPY. A code glued to the figure
  reads as if spaced ("USD250,000", "CHF2,500,000", "CDN$400,000").
* Fractions are percentages rounded to 4 places: "two-thirds (2/3)" -> 66.6667.
* Weeks are counted in days ("two weeks" -> 14 days); the wording stays in ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Context, Decimal, Inexact, localcontext
from typing import Final, TypeVar

from sec8k.errors import ParseError
from sec8k.models.base import Money, Quantity
from sec8k.rules import lexicon, regexes

__all__ = ["parse_money", "parse_number_words", "parse_quantity"]

_T = TypeVar("_T")

#: Fractions become percentages with this many decimal places.
FRACTION_PLACES: Final = Decimal("0.0001")
#: Texts longer than this (spaces collapsed) are not "one amount"; refuse rather than scan them.
MAX_AMOUNT_CHARS: Final = 300
#: Figures (and spelled-out numbers) above this are refused: no filing states one,
#: and it keeps every value exact within Decimal's 28 significant digits.
MAX_VALUE: Final = Decimal(10) ** 15

_HUNDRED = Decimal(100)
#: Arithmetic on a stated figure must be exact: a figure of more than 28 significant
#: digits raises Inexact instead of being rounded into a different amount.
_EXACT = Context(prec=28, traps=[Inexact])


def parse_money(text: str) -> Money:
    """Read one amount of money: "$8.3 million", "SEK 10,000,000", "one million dollars"."""
    body, approximate = _prepare(text)
    figure_part, words_part = _split_parenthesised(body)
    amount = _amount(figure_part, text)
    currency = _currency(figure_part, words_part)
    if currency is None:
        raise ParseError(_source(text), "no currency symbol, code or name; not an amount of money")
    return Money(amount=amount, currency=currency, approximate=approximate, text=text)


def parse_quantity(text: str) -> Quantity:
    """Read one count or percentage: "136,700 shares", "45%", "two-thirds (2/3)", "30 days".

    A number with no recognised unit gets unit "other".
    """
    body, approximate = _prepare(text)
    if regexes.CURRENCY_SYMBOL.search(body):
        raise ParseError(_source(text), "an amount of money, not a count; use parse_money")
    figure_part, _ = _split_parenthesised(body)
    fraction = _fraction_percent(figure_part)
    if fraction is not None:
        return Quantity(value=fraction, unit="percent", approximate=approximate, text=text)
    value = _amount(figure_part, text)
    if regexes.PERCENT_UNIT.search(body):
        return Quantity(value=value, unit="percent", approximate=approximate, text=text)
    if regexes.SHARES_UNIT.search(body):
        return Quantity(value=value, unit="shares", approximate=approximate, text=text)
    duration = regexes.DURATION_UNIT.search(body)
    if duration:
        unit, multiplier = _entry(lexicon.DURATION_UNITS, duration["unit"], text)
        return Quantity(
            value=_tidy(value * multiplier), unit=unit, approximate=approximate, text=text
        )
    return Quantity(value=value, unit="other", approximate=approximate, text=text)


def parse_number_words(words: str) -> Decimal:
    """Read spelled-out numbers: "one", "Twenty-Nine Million Nine Hundred Thousand".

    Understands one..ninety-nine, hundred, thousand, million, billion, trillion,
    hyphens and "and". Raises ParseError on any other word or a malformed sequence.
    """
    tokens = [t for t in re.split(r"[\s\-]+", words.strip().lower()) if t and t != "and"]
    if not tokens:
        raise ParseError(_source(words), "no number words")
    total = 0
    group = 0  # the part below the last thousand/million/... multiplier
    previous = ""  # "unit", "tens", "hundred" or "scale": what the last word was
    for token in tokens:
        if token in lexicon.NUMBER_UNITS:
            value = lexicon.NUMBER_UNITS[token]
            kind = "tens" if value >= 20 and value % 10 == 0 else "unit"
            if previous == "unit" or (previous == "tens" and kind == "tens"):
                raise ParseError(_source(words), f"{token!r} cannot follow another number here")
            if previous == "tens" and value >= 10:
                raise ParseError(_source(words), f"{token!r} cannot follow a tens word")
            group += value
            previous = kind
        elif token == "hundred":
            if group % 100 == 0 and group:
                raise ParseError(_source(words), "'hundred' after a round hundred")
            group = (group or 1) * 100
            previous = "hundred"
        elif token in lexicon.NUMBER_SCALES:
            total += (group or 1) * lexicon.NUMBER_SCALES[token]
            group = 0
            previous = "scale"
        else:
            raise ParseError(_source(words), f"{token!r} is not a number word")
    return _checked(Decimal(total + group), words)


# -- steps -------------------------------------------------------------------
def _prepare(text: str) -> tuple[str, bool]:
    """Clean ``text`` for reading and strip a leading qualifier: (body, approximate)."""
    if not isinstance(text, str):
        raise ParseError(repr(text)[:80], "expected text")
    body = regexes.MARKDOWN_ESCAPE.sub("", text)
    body = regexes.WHITESPACE.sub(" ", body).strip()
    if len(body) > MAX_AMOUNT_CHARS:
        raise ParseError(_source(text), f"longer than {MAX_AMOUNT_CHARS} characters")
    qualifier = regexes.APPROXIMATE.match(body)
    if qualifier:
        return body[qualifier.end() :], True
    return body, False


def _split_parenthesised(body: str) -> tuple[str, str]:
    """(part holding the figure, words before it): the parenthesised figure wins."""
    paren = regexes.PAREN_FIGURE.search(body)
    if paren is None:
        return body, ""
    return paren["inner"], body[: paren.start()]


def _amount(part: str, text: str) -> Decimal:
    """The one number in ``part``: a figure with its scale, else spelled-out words."""
    figures = list(regexes.FIGURE.finditer(part))
    if len(figures) > 1:
        raise ParseError(_source(text), "more than one figure; pass one amount at a time")
    if figures:
        figure = figures[0]
        integer = Decimal((figure["integer"] or "0").replace(",", ""))
        fraction = Decimal(figure["fraction"] or figure["bare"] or 0)
        scale = regexes.SCALE_AFTER.match(part, figure.end())
        multiplier = _entry(lexicon.SCALE_ABBREVIATIONS, scale["scale"], text) if scale else 1
        try:
            with localcontext(_EXACT):
                value = (_checked(integer, text) + fraction) * multiplier
                # MAX_VALUE holds for the scaled value too ("$5,000 trillion").
                return _checked(_tidy(value), text)
        except Inexact:
            raise ParseError(_source(text), "more digits than an exact amount holds") from None
    words = regexes.NUMBER_WORDS.search(part)
    if words is None:
        raise ParseError(_source(text), "no figure or number words")
    return parse_number_words(words[0])


def _checked(value: Decimal, text: str) -> Decimal:
    if value > MAX_VALUE:
        raise ParseError(_source(text), f"number above {MAX_VALUE:,}; not a stated amount")
    return value


def _currency(figure_part: str, words_part: str) -> str | None:
    """ISO code: symbol, else code, else name; a name overrides a shared symbol."""
    named = regexes.CURRENCY_NAME.search(f"{words_part} {figure_part}")
    name = _squash(named["name"]) if named else None
    name_code = _entry(lexicon.CURRENCY_NAMES, name, figure_part) if name else None
    symbol = regexes.CURRENCY_SYMBOL.search(figure_part)
    code = regexes.CURRENCY_CODE.search(figure_part) or regexes.CURRENCY_CODE.search(words_part)
    if symbol:
        if symbol["symbol"] in lexicon.AMBIGUOUS_SYMBOLS:
            # a code or a name beside a shared symbol says which dollar: "CDN $5,000"
            if code is not None:
                return lexicon.CURRENCY_CODES[code["code"]]
            if name_code is not None:
                return name_code
        return lexicon.CURRENCY_SYMBOLS[symbol["symbol"]]
    if code:
        return lexicon.CURRENCY_CODES[code["code"]]
    return name_code


def _fraction_percent(body: str) -> Decimal | None:
    """A fraction as a percentage ("2/3", "two-thirds"); None if there is none."""
    figure = regexes.FRACTION_FIGURE.search(body)
    if figure:
        numerator, denominator = int(figure["num"]), int(figure["den"])
    else:
        words = regexes.FRACTION_WORDS.search(body)
        if words is None:
            return None
        numerator = _entry(lexicon.NUMBER_UNITS, words["num"], body)
        denominator = _entry(lexicon.FRACTION_DENOMINATORS, words["den"], body)
    if denominator == 0:
        raise ParseError(_source(body), "fraction with a zero denominator")
    percent = (_HUNDRED * numerator / denominator).quantize(FRACTION_PLACES)
    return _tidy(percent)


def _entry(table: Mapping[str, _T], word: str, text: str) -> _T:
    """``table[word.lower()]``. IGNORECASE regexes also match by Unicode case folding
    ("yearſ", "mıllion"), which the lexicon does not hold: those are refused."""
    try:
        return table[word.lower()]
    except KeyError:
        raise ParseError(_source(text), f"{word!r} is not a word of the lexicon") from None


def _tidy(value: Decimal) -> Decimal:
    """Drop exponent and trailing zeros: 8.3E+6 -> 8300000, 66.6700 -> 66.67."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _squash(name: str) -> str:
    return regexes.WHITESPACE.sub(" ", name).lower()


def _source(text: str) -> str:
    return f"amount {text[:80]!r}"
