"""Equity as pay: options, warrants, restricted stock, RSUs and shares granted for the services.

Read as a small grammar over typed chunks: a COUNT (a SHARES candidate, or a figure
written straight before an instrument noun: "25,000 options"), the INSTRUMENT the
words around it name, a GRANT word in its sentence (or a heading over it that speaks
of equity or pay) that makes it an award, and, when stated, the exercise PRICE (a
money candidate after it, "at an exercise price of $0.15 per share") and the VESTING
clause. A count is never money: its entry has ``kind="equity"``, ``shares`` and no
amount. Money read here as a price is kept out of the money entries
(:func:`is_share_price`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from sec8k.agreements.cues.equity import (
    BACK_REFERENCE,
    COUNT_THEN_INSTRUMENT,
    EQUITY_HEADING,
    EXERCISE_WORD,
    GRANT_WORD,
    INSTRUMENTS,
    NOT_PAY_WORD,
    RIGHT_TO_BUY,
    SHARE_PRICE_AFTER,
    SHARE_PRICE_BEFORE,
    VESTING_AFTER,
)
from sec8k.agreements.cues.pay import COMPENSATION_HEADING
from sec8k.agreements.source import Found, Source
from sec8k.models import Compensation, Instrument, Money, Quantity

__all__ = ["is_share_price", "read_equity"]

#: Characters before a count read for its instrument and for words that make it a capital fact.
INSTRUMENT_BEFORE: Final = 80
#: Characters after a count read for its instrument ("shares of restricted common stock").
INSTRUMENT_AFTER: Final = 45
#: Capital words ("authorized", "par value") this near a count make it no award.
NOT_PAY_NEAR: Final = 40
#: A "per share" price needs a right to buy this near before it.
RIGHT_BEFORE_PRICE: Final = 160
#: A price is read this far after the count, within the sentence.
PRICE_AFTER: Final = 160


@dataclass(frozen=True, slots=True)
class _Count:
    start: int
    end: int
    value: Decimal


def read_equity(src: Source) -> list[Compensation]:
    """Every equity award the agreement states, once each, in text order."""
    entries: list[Compensation] = []
    for span in src.sentences:
        for count in _counts(src, span):
            entry = _award(src, span, count)
            if entry is not None:
                entries.append(entry)
    return entries


def is_share_price(src: Source, money: Found) -> bool:
    """A money amount that prices a share, an option or a warrant: not pay.

    "$0.10 per share" is a price only beside a right to buy ("a warrant to purchase ... at
    $0.10 per share"); "a transaction fee of $0.12 per share" is pay.
    """
    before = src.text[max(0, money.start - 60) : money.start]
    if SHARE_PRICE_BEFORE.search(before):
        return True
    if not SHARE_PRICE_AFTER.match(src.text, money.end):
        return False
    sentence = src.sentence_at(money.start)
    lead = src.text[max(sentence[0], money.start - RIGHT_BEFORE_PRICE) : money.start]
    return any(pattern.search(lead) for _, pattern in INSTRUMENTS) or bool(
        EXERCISE_WORD.search(lead)
    )


def _counts(src: Source, span: tuple[int, int]) -> list[_Count]:
    counts: dict[int, _Count] = {}
    for found in src.entities(*span, ("SHARES",)):
        if isinstance(found.value, Quantity) and found.value.unit == "shares":
            counts[found.start] = _Count(found.start, found.end, found.value.value)
    for match in COUNT_THEN_INSTRUMENT.finditer(src.text, *span):
        if any(c.start <= match.start("count") < c.end for c in counts.values()):
            continue
        value = Decimal(match["count"].replace(",", ""))
        counts[match.start("count")] = _Count(match.start("count"), match.end(), value)
    return [counts[k] for k in sorted(counts)]


def _award(src: Source, span: tuple[int, int], count: _Count) -> Compensation | None:
    if count.value <= 0:
        return None
    near = src.text[
        max(span[0], count.start - NOT_PAY_NEAR) : min(span[1], count.end + NOT_PAY_NEAR)
    ]
    if NOT_PAY_WORD.search(near) or BACK_REFERENCE.search(src.text, span[0], count.start):
        return None
    sentence = src.text[span[0] : span[1]]
    if not GRANT_WORD.search(sentence) and not _headed(src, count.start):
        return None
    before = src.text[max(span[0], count.start - INSTRUMENT_BEFORE) : count.start]
    after = src.text[count.start : min(span[1], count.end + INSTRUMENT_AFTER)]
    right = RIGHT_TO_BUY.search(before)
    instrument = (
        _instrument(right.group(0)) if right else _instrument(after) or _instrument(before)
    ) or "shares"
    price, price_end = _price(src, span, count)
    vesting = VESTING_AFTER.search(src.text, count.end, span[1])
    end = max(count.end, price_end)
    return Compensation(
        kind="equity",
        instrument=instrument,
        shares=Quantity(value=count.value, unit="shares", text=src.clip(count.start, count.end)),
        exercise_price=price,
        vesting=vesting["vesting"].strip() if vesting else None,
        text=src.clip(*span),
        evidence=src.evidence(count.start, end),
    )


def _instrument(window: str) -> Instrument | None:
    hits = [(m.start(), value) for value, pattern in INSTRUMENTS if (m := pattern.search(window))]
    if not hits:
        return None
    first = min(start for start, _ in hits)
    # at the same place the data file's order decides ("restricted stock units" before "restricted stock")
    return next(value for start, value in hits if start == first)


def _price(src: Source, span: tuple[int, int], count: _Count) -> tuple[Money | None, int]:
    limit = min(span[1], count.end + PRICE_AFTER)
    for money in src.entities(count.end, limit, ("MONEY",)):
        if isinstance(money.value, Money) and is_share_price(src, money):
            if "par value" in src.text[max(0, money.start - 30) : money.start].lower():
                continue
            return money.value, money.end
    return None, 0


def _headed(src: Source, offset: int) -> bool:
    """Under a heading about equity or pay ("Stock Options", "Milestone Payments; Stock Issuances")."""
    return any(
        s.start <= offset < s.end
        and (EQUITY_HEADING.search(s.title) or COMPENSATION_HEADING.search(s.title))
        for s in src.sections
    )
