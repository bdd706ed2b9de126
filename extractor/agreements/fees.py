"""Pay terms: fee schedules read row by row from tables, amounts stated in sentences
(fees, salary, rates, caps, royalties, installments), a defined work day, benefits.

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
    BENEFIT_HEADING,
    CAP_BEFORE,
    COMPENSATION_HEADING,
    COMPENSATION_SENTENCE,
    COMPENSATION_WORD,
    CURRENCY_HINT,
    EXCLUDED_MONEY_SENTENCE,
    NOT_PAY_BEFORE,
    PAREN_FIGURES_AFTER,
    PAY_KINDS,
    PAYABLE_AFTER,
    PER_AFTER,
    PER_THING,
    PERIOD_LABEL_AFTER,
    PERIOD_LABEL_CELL,
    PERIOD_WORD_AFTER,
    PERIOD_WORD_BEFORE,
    RANGE_AFTER,
    RANGE_BEFORE,
    WORK_DAY,
)
from sec8k.agreements.cues.terms import TERMINATION_HEADING
from sec8k.agreements.source import Found, Section, Source
from sec8k.models import Benefit, Compensation, CompensationKind, Money, Quantity, WorkDay
from sec8k.rules.fields import Fields

__all__ = ["read_benefits", "read_compensation", "read_work_day"]

#: Characters read before and after an amount for its cue words.
BEFORE_WINDOW: Final = 90
AFTER_WINDOW: Final = 90
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
    for table in _tables(src, table_rows):
        for entry in _table_entries(src, table):
            seen.add(entry.evidence.start)
            out.add("compensation", entry)
    for span in spans:
        if span in table_rows:
            continue
        for entry in _sentence_entries(src, span):
            if entry.evidence.start not in seen:
                seen.add(entry.evidence.start)
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
        if any(x.start <= span[0] < x.end for x in excluded):
            continue
        chunk = src.text[span[0] : span[1]]
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


def _table_entries(src: Source, table: list[tuple[int, int]]) -> list[Compensation]:
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
                currency=money.value.currency,
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


def _sentence_entries(src: Source, span: tuple[int, int]) -> list[Compensation]:
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
        previous = money
        entry = _entry(src, span, money)
        if entry is not None:
            entries.append(entry)
    return entries


def _entry(src: Source, span: tuple[int, int], money: Found) -> Compensation | None:
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
    payable = PAYABLE_AFTER.match(after)
    if payable:
        end = max(end, after_start + payable.end())
    context = src.text[max(span[0], money.start - BEFORE_WINDOW) : end]
    kind: CompensationKind
    if capped:
        kind = "cap"
    elif per in ("hour", "day") or (per and per.endswith(" day")):
        kind = "rate"
    else:
        kind = _kind(context, _kind(_heading_of(src, money.start), "fee"))
    return Compensation(
        kind=kind,
        amount=money.value.amount,
        currency=money.value.currency,
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


def read_work_day(src: Source, out: Fields) -> None:
    """'A Consulting Day is defined as any day during which Consultant spends five hours or more'."""
    for span in src.sentences:
        match = WORK_DAY.search(src.text, *span)
        if match is None:
            continue
        hours = next(
            (
                f
                for f in src.entities(*span, ("DURATION",))
                if isinstance(f.value, Quantity) and f.value.unit == "hours"
            ),
            None,
        )
        if hours is None or not isinstance(hours.value, Quantity):
            continue
        value = WorkDay(name=match.group("name"), minimum=hours.value, text=src.clip(*span))
        out.put("work_day", value, src.evidence(*span))
        out.part("work_day.minimum", src.evidence(hours.start, hours.end))
        return


def read_benefits(src: Source, out: Fields) -> None:
    """Benefit clauses by their headings: 'Expenses', and the parts of 'Benefits and Perquisites'."""
    skip = [s for s in src.sections if TERMINATION_HEADING.search(s.title)]
    benefit = [
        s
        for s in src.sections
        if BENEFIT_HEADING.search(s.title)
        and not COMPENSATION_HEADING.search(s.title)
        and not any(t.start <= s.start < t.end for t in skip)
    ]
    for section in benefit:
        if any(_inside(section, b) for b in benefit if b is not section):
            continue  # listed through the benefit section that holds it
        children = src.children(section)
        top = min((c.level for c in children), default=0)
        for part in [c for c in children if c.level == top] or [section]:
            entry = _benefit(src, part)
            if entry is not None:
                out.add("benefits", entry)


def _inside(inner: Section, outer: Section) -> bool:
    return outer.start < inner.start < outer.end and inner.level > outer.level


def _benefit(src: Source, section: Section) -> Benefit | None:
    body = src.sentences_in(section.body, section.end)
    if not body:
        return None
    first = body[0]
    return Benefit(
        label=section.title, text=src.clip(*first), evidence=src.evidence(section.start, first[1])
    )
