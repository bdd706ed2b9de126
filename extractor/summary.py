"""A record a person can read: header, items, deals, agreements, officer changes, warnings.

``sec8k extract --summary`` prints this instead of JSON. Every value is shown with the
line it was read from (document, raw line, the words themselves), so a reader can check
it. Presentation only: it reads a :class:`~sec8k.models.FilingRecord` and writes to a
``rich`` console; nothing here changes or computes a value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from rich.console import Console

    from sec8k.models import Evidence, FilingRecord

__all__ = ["print_summary"]

#: Characters of an item's text shown as its first lines, and of a piece of evidence.
ITEM_PREVIEW_CHARS: Final = 240
EVIDENCE_CHARS: Final = 100


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _where(evidence: Evidence) -> str:
    line = f":{evidence.source_line}" if evidence.source_line else f"@{evidence.start}"
    return f"{evidence.document}{line}"


def _value(value: object) -> str:
    """Money and quantities as the filing wrote them, with the exact figure."""
    from sec8k.models import Money, Quantity

    if isinstance(value, Money):
        return f"{value.currency} {value.amount:,}" + (" (approx.)" if value.approximate else "")
    if isinstance(value, Quantity):
        return f"{value.value:,} {value.unit}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _field(console: Console, label: str, value: object, evidence: Evidence | None) -> None:
    from rich.markup import escape

    console.print(f"    [bold]{escape(label)}[/]: {escape(_value(value))}")
    if evidence is not None:
        quote = escape(_short(evidence.text, EVIDENCE_CHARS))
        console.print(f"      [dim]← {escape(_where(evidence))} “{quote}”[/]")


def _header(console: Console, record: FilingRecord) -> None:
    from rich.markup import escape
    from rich.table import Table

    filing = record.filing
    table = Table.grid(padding=(0, 2))
    rows = [
        ("company", filing.company_name),
        ("CIK", filing.cik),
        ("ticker", filing.ticker),
        ("form", filing.form_type),
        ("accession", filing.accession_number),
        ("filed", filing.filed_date),
        ("report date", filing.report_date),
        ("source", f"{record.source.path} ({record.source.file_format or record.source.format})"),
    ]
    for label, value in rows:
        if value:
            table.add_row(f"[bold]{label}[/]", escape(value))
    console.rule(escape(filing.company_name or record.source.path))
    console.print(table)


def _items(console: Console, record: FilingRecord) -> None:
    from rich.markup import escape

    console.print(f"\n[bold underline]Items[/] ({len(record.items)})")
    for item in record.items:
        body = item.text[len(item.heading) :] if item.text.startswith(item.heading) else item.text
        console.print(f"  [bold]{escape(item.number)}[/] {escape(item.title)}")
        preview = _short(body, ITEM_PREVIEW_CHARS) or "(empty)"
        console.print(f"    {escape(preview)}", highlight=False)


def _deals(console: Console, record: FilingRecord) -> None:
    from rich.markup import escape

    if not record.acquisitions:
        return
    console.print(
        f"\n[bold underline]Acquisitions and dispositions[/] ({len(record.acquisitions)})"
    )
    for deal in record.acquisitions:
        console.print(f"  [bold]{escape(deal.kind)}[/], {escape(deal.stage)} (Item {deal.item})")
        for name, value in deal:
            if name in ("kind", "stage", "item", "evidence") or value is None:
                continue
            _field(console, name, value, deal.evidence.get(name))


def _agreements(console: Console, record: FilingRecord) -> None:
    from rich.markup import escape

    if not record.agreements:
        return
    console.print(f"\n[bold underline]Agreements[/] ({len(record.agreements)})")
    for agreement in record.agreements:
        where = f"exhibit {agreement.exhibit}" if agreement.exhibit else agreement.document
        title = agreement.title or agreement.agreement_type
        console.print(f"  [bold]{escape(title)}[/] ({escape(where)})")
        for party in agreement.parties:
            role = f" ({party.role})" if party.role else ""
            _field(console, "party", f"{party.name}{role}", party.evidence)
        if agreement.agreement_date:
            _field(
                console, "dated", agreement.agreement_date, agreement.evidence.get("agreement_date")
            )
        for pay in agreement.compensation:
            per = f" per {pay.per}" if pay.per else ""
            label = f"{pay.kind}" + (f" ({pay.period_label})" if pay.period_label else "")
            _field(console, label, f"{pay.currency} {pay.amount:,}{per}", pay.evidence)
        if agreement.governing_law:
            _field(
                console,
                "governing law",
                agreement.governing_law,
                agreement.evidence.get("governing_law"),
            )


def _officers(console: Console, record: FilingRecord) -> None:
    from rich.markup import escape

    if not record.officer_changes:
        return
    console.print(f"\n[bold underline]Officer changes[/] ({len(record.officer_changes)})")
    for change in record.officer_changes:
        console.print(
            f"  [bold]{escape(change.name)}[/]: {escape(change.change)} (Item {change.item})"
        )
        if change.positions:
            _field(console, "positions", change.positions, change.evidence.get("positions"))
        if change.effective_date:
            _field(
                console, "effective", change.effective_date, change.evidence.get("effective_date")
            )
        for link in change.agreements:
            exhibit = f" (exhibit {link.exhibit})" if link.exhibit else ""
            _field(console, "agreement", f"{link.title}{exhibit}", link.evidence)


def print_summary(record: FilingRecord, console: Console) -> None:
    """Print ``record`` for a person: the header, each item's first lines, each deal's
    fields, agreements' parties and pay, officer changes and warnings, values with evidence."""
    from rich.markup import escape

    _header(console, record)
    _items(console, record)
    _deals(console, record)
    _agreements(console, record)
    _officers(console, record)
    if record.warnings:
        console.print(f"\n[bold underline]Warnings[/] ({len(record.warnings)})")
        for warning in record.warnings:
            console.print(f"  [yellow]![/] {escape(warning)}")
    exhibits = ", ".join(e.number for e in record.exhibits)
    if exhibits:
        console.print(f"\n[bold]Exhibits[/]: {escape(exhibits)}")
