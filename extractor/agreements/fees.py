"""Pay terms: fee schedules read row by row from tables, amounts stated in sentences
(fees, salary, rates, caps, royalties, installments, signing and severance payments), and
the equity awards :mod:`sec8k.agreements.equity` reads. The work day and benefits are in
:mod:`sec8k.agreements.benefits`.

A table reaches us as lines of tab-separated cells. The header row (no amount in
it) names the columns; each row with an amount gives one entry, its first cell the
period it applies to, and any other numeric cell a limit in the header's unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from sec8k.agreements.cues.covenants import CIC_HEADING
from sec8k.agreements.cues.pay import (
    CAP_BEFORE,
    COMPENSATION_HEADING,
    COMPENSATION_SENTENCE,
    COMPENSATION_WORD,
    CURRENCY_HINT,
    DOLLARS_DECLARED,
    EXCLUDED_MONEY_SENTENCE,
    NOT_PAY_BEFORE,
    PAREN_FIGURES_AFTER,
    PART_DUE_AFTER,
    PAY_KINDS,
    PAYABLE_AFTER,
    PER_AFTER,
    PER_THING,
    PERIOD_LABEL_AFTER,
    PERIOD_LABEL_BEFORE,
    PERIOD_LABEL_CELL,
    PERIOD_WORD_AFTER,
    PERIOD_WORD_BEFORE,
    PLAIN_DOLLAR,
    RANGE_AFTER,
    RANGE_BEFORE,
    SEVERANCE_SENTENCE,
)
from sec8k.agreements.cues.terms import TERMINATION_HEADING
from sec8k.agreements.equity import is_share_price, read_equity
from sec8k.agreements.source import Found, Source
from sec8k.models import Compensation, CompensationKind, Money, Quantity
from sec8k.rules.fields import Fields
from sec8k.rules.lexicon import CURRENCY_NAMES

__all__ = ["read_compensation"]

#: Characters read before and after an amount for its cue words.
BEFORE_WINDOW: Final = 90
AFTER_WINDOW: Final = 90
#: Kind words whose ends lie this close belong to one noun phrase ("flat fee consulting rate").
ONE_PHRASE: Final = 25
#: Two amounts closer than this are one amount written twice ("three thousand dollars ($3,000)").
SAME_AMOUNT_GAP: Final = 4
#: Unit words -> the unit a fee is paid per.
_UNITS: Final = {
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "annum": "year",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "hourly": "hour",
    "daily": "day",
    "quarterly": "quarter",
    "semi-monthly": "half month",
}
#: Header words -> the unit a limit column counts.
_LIMIT_UNITS: Final = (("day", "days"), ("hour", "hours"), ("month", "months"), ("year", "years"))


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int
    text: str


def read_compensation(src: Source, out: Fields) -> None:
    """Every amount of pay the agreement states, once each, in text order."""
    spans = _pay_sentences(src)
    table_rows = [s for s in spans if "\t" in src.text[s[0] : s[1]]]
    seen: set[int] = set()
    declared = DOLLARS_DECLARED.search(src.text)
    dollar = CURRENCY_NAMES.get(" ".join(declared["name"].lower().split())) if declared else None
    for table in _tables(src, table_rows):
        for entry in _table_entries(src, table, dollar):
            seen.add(entry.evidence.start)
            out.add("compensation", entry)
    for span in spans:
        if span in table_rows:
            continue
        for entry in _sentence_entries(src, span, dollar):
            if entry.evidence.start not in seen:
                seen.add(entry.evidence.start)
                out.add("compensation", entry)
    for entry in read_equity(src):
        out.add("compensation", entry)


def _pay_sentences(src: Source) -> list[tuple[int, int]]:
    """Sentences that may state pay: in a compensation section, or with a pay word and a currency."""
    excluded = [
        s
        for s in src.sections
        if TERMINATION_HEADING.search(s.title) or CIC_HEADING.search(s.title)
    ]
    headed = [s for s in src.sections if COMPENSATION_HEADING.search(s.title)]
    spans: list[tuple[int, int]] = []
    for span in src.sentences:
        chunk = src.text[span[0] : span[1]]
        if any(x.start <= span[0] < x.end for x in excluded) and not SEVERANCE_SENTENCE.search(
            chunk
        ):
            continue
        if not CURRENCY_HINT.search(chunk):
            continue
        in_pay_section = any(h.start <= span[0] < h.end for h in headed)
        if in_pay_section or COMPENSATION_SENTENCE.search(chunk):
            spans.append(span)
    return spans


def _tables(src: Source, rows: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of adjacent tab rows, each with the header row above it when there is one."""
    tables: list[list[tuple[int, int]]] = []
    for row in rows:
        if tables and src.text[tables[-1][-1][1] : row[0]].strip() == "":
            tables[-1].append(row)
        else:
            header = _header_above(src, row)
            tables.append([header, row] if header else [row])
    return tables


def _header_above(src: Source, row: tuple[int, int]) -> tuple[int, int] | None:
    index = src.sentences.index(row)
    if index == 0:
        return None
    above = src.sentences[index - 1]
    text = src.text[above[0] : above[1]]
    if "\t" in text and not CURRENCY_HINT.search(text):
        return above
    return None


def _cells(src: Source, span: tuple[int, int]) -> list[_Cell]:
    cells: list[_Cell] = []
    position = span[0]
    for piece in src.text[span[0] : span[1]].split("\t"):
        start, end = src.trim(position, position + len(piece))
        cells.append(_Cell(start, end, src.text[start:end]))
        position += len(piece) + 1
    return cells


def _currency(money: Found, dollar: str | None) -> str:
    """The money's currency; a bare "$" is the dollar the agreement declares, if it declares one."""
    assert isinstance(money.value, Money)
    if dollar is not None and PLAIN_DOLLAR.match(money.text):
        return dollar
    return money.value.currency


def _table_entries(
    src: Source, table: list[tuple[int, int]], dollar: str | None
) -> list[Compensation]:
    first = src.text[table[0][0] : table[0][1]]
    header = _cells(src, table[0]) if not CURRENCY_HINT.search(first) else []
    rows = table[1:] if header else table
    entries: list[Compensation] = []
    for row in rows:
        cells = _cells(src, row)
        money = next(
            (f for f in src.entities(*row, ("MONEY",)) if isinstance(f.value, Money)), None
        )
        if money is None or not isinstance(money.value, Money):
            continue
        money_index = next(
            (i for i, c in enumerate(cells) if c.start <= money.start < c.end + 1), None
        )
        column = _header_for(header, cells, money_index)
        label_cell = cells[0] if money_index != 0 else None
        label = PERIOD_LABEL_CELL.match(label_cell.text) if label_cell else None
        limit = _limit(header, cells, money_index)
        entries.append(
            Compensation(
                kind=_kind(column or "", "fee"),
                amount=money.value.amount,
                currency=_currency(money, dollar),
                per=_unit_of(column or ""),
                period_label=label.group("label") if label else None,
                limit=limit,
                text=src.clip(*row),
                evidence=src.evidence(*row),
            )
        )
    return entries


def _header_for(header: list[_Cell], cells: list[_Cell], index: int | None) -> str | None:
    """The header cell over cell ``index``: headers align with the row's last cells."""
    if index is None or not header:
        return None
    position = index - (len(cells) - len(header))
    return header[position].text if 0 <= position < len(header) else None


def _limit(header: list[_Cell], cells: list[_Cell], money_index: int | None) -> Quantity | None:
    for index, cell in enumerate(cells):
        if index == money_index or index == 0:
            continue
        column = _header_for(header, cells, index) or ""
        unit = next((u for word, u in _LIMIT_UNITS if word in column.lower()), None)
        try:
            value = Decimal(cell.text.replace(",", ""))
        except InvalidOperation:
            continue
        if unit is not None:
            return Quantity(value=value, unit=unit, text=cell.text)  # type: ignore[arg-type]
    return None


def _sentence_entries(src: Source, span: tuple[int, int], dollar: str | None) -> list[Compensation]:
    sentence = src.text[span[0] : span[1]]
    if EXCLUDED_MONEY_SENTENCE.search(sentence) and not COMPENSATION_WORD.search(sentence):
        return []
    entries: list[Compensation] = []
    previous: Found | None = None
    for money in src.entities(*span, ("MONEY",)):
        if not isinstance(money.value, Money):
            continue
        same = (
            previous is not None
            and isinstance(previous.value, Money)
            and previous.value.amount == money.value.amount
        )
        if previous is not None and same and money.start - previous.end <= SAME_AMOUNT_GAP:
            previous = money
            continue
        floor = previous.end if previous is not None else span[0]
        previous = money
        if is_share_price(src, money):
            continue  # an exercise or share price: read with its award (equity.py)
        entry = _entry(src, (floor, span[1]), money, dollar, span)
        if entry is not None:
            entries.append(entry)
    return entries


def _entry(
    src: Source,
    own: tuple[int, int],
    money: Found,
    dollar: str | None,
    span: tuple[int, int],
) -> Compensation | None:
    """One amount; ``own`` runs from the amount before it in the sentence, whose cue words
    ("a signing bonus of $15,000 and a fee of $9,000") are not this amount's."""
    assert isinstance(money.value, Money)
    before = src.text[max(span[0], money.start - BEFORE_WINDOW) : money.start]
    after_end = min(span[1], money.end + AFTER_WINDOW)
    capped = CAP_BEFORE.search(before) is not None
    if not capped and NOT_PAY_BEFORE.search(before):
        return None
    if RANGE_AFTER.match(src.text, money.end, after_end) or RANGE_BEFORE.search(before):
        return None  # the lower bound of a band ("$2,000,001 to $3,500,000"), not pay
    # an amount written in words then figures: read the cue words after the figures
    tail = PAREN_FIGURES_AFTER.match(src.text, money.end, after_end)
    after_start = tail.end() if tail else money.end
    after = src.text[after_start:after_end]
    end = after_start
    per_match = PER_AFTER.match(after)
    per: str | None = None
    if per_match:
        per = _unit_of(per_match.group("unit"))
        end = max(end, after_start + per_match.end())
    else:
        word = PERIOD_WORD_AFTER.match(after) or PERIOD_WORD_BEFORE.search(before)
        if word:
            per = _unit_of(word.group("word"))
            if word.re is PERIOD_WORD_AFTER:
                end = max(end, after_start + word.end())
    label = PERIOD_LABEL_AFTER.match(after)
    if label:
        end = max(end, after_start + label.end())
    year = PERIOD_LABEL_BEFORE.search(src.text, max(own[0], money.start - 60), money.start)
    if year and label is None:
        label, per = year, per or "year"
    payable = PAYABLE_AFTER.match(after)
    if payable:
        end = max(end, after_start + payable.end())
    context = src.text[max(span[0], money.start - BEFORE_WINDOW) : end]
    kind: CompensationKind
    if capped:
        kind = "cap"
    elif per in ("hour", "day") or (per and per.endswith(" day")):
        kind = "rate"
    elif own[0] > span[0] and PART_DUE_AFTER.match(src.text, after_start, after_end):
        kind = "installment"  # a part of the total before it, with its own due date
    else:
        own_before = src.text[max(own[0], money.start - BEFORE_WINDOW) : money.start]
        fallback = _kind(context, _kind(_heading_of(src, money.start), "fee"))
        kind = _nearest_kind(own_before, _kind(src.text[money.start : end], fallback))
    return Compensation(
        kind=kind,
        amount=money.value.amount,
        currency=_currency(money, dollar),
        per=per,
        period_label=label.group("label").strip() if label else None,
        payable=payable.group("when").strip() if payable else None,
        text=src.clip(*span),
        evidence=src.evidence(money.start, end),
    )


def _heading_of(src: Source, offset: int) -> str:
    """The title of the innermost headed section holding ``offset`` ('Royalty/Commission Payments')."""
    holding = [s for s in src.sections if s.start <= offset < s.end]
    return max(holding, key=lambda s: s.start).title if holding else ""


def _nearest_kind(before: str, default: CompensationKind) -> CompensationKind:
    """The kind named nearest before an amount ("a fee ..., paid in installments of $7,500")."""
    ends = [
        (m.end(), rank, kind)
        for rank, (kind, pattern) in enumerate(PAY_KINDS)
        for m in pattern.finditer(before)
    ]
    if not ends:
        return default
    last = max(end for end, _, _ in ends)
    # words of one noun phrase ("a flat fee consulting rate of") rank by PAY_KINDS' order
    phrase = [(rank, kind) for end, rank, kind in ends if last - end <= ONE_PHRASE]
    return min(phrase)[1]  # type: ignore[return-value]


def _kind(context: str, default: CompensationKind) -> CompensationKind:
    for kind, pattern in PAY_KINDS:
        if pattern.search(context):
            return kind  # type: ignore[return-value]
    return default


def _unit_of(text: str) -> str | None:
    """'additional Consulting hour' -> 'hour'; 'Consulting Days' -> 'consulting day'; 'Annual Fee' -> 'year'."""
    words = [
        w.lower().rstrip("s") if w.lower() not in ("annum",) else w.lower() for w in text.split()
    ]
    for index, word in enumerate(words):
        base = _UNITS.get(word) or _UNITS.get(word + "s")
        if base is None:
            continue
        qualifier = text.split()[index - 1] if index else ""
        if (
            base == "day"
            and qualifier[:1].isupper()
            and qualifier.lower() not in ("calendar", "business", "additional")
        ):
            return f"{qualifier.lower()} day"
        return base
    per = PER_THING.search(text)
    if per:
        return per.group("thing").lower()
    return words[-1] if words and words[-1].isalpha() and len(words) <= 3 else None
