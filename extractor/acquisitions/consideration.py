"""What was paid: total, cash, shares and their class, per-share price, assumed debt, contingent
parts, read off the consideration grammar's tree (:mod:`.grammar`).

An amount is filled only from the words around it; values are never computed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sec8k.acquisitions import cues
from sec8k.acquisitions.context import Context
from sec8k.acquisitions.grammar import UNPAID, Amount, Marker, Phrase, find_markers, parse
from sec8k.models import Quantity
from sec8k.rules.fields import Fields

#: Roles that make a per-unit amount the deal's per-share price.
_PRICE_ROLES = frozenset({"price", "cash"})
#: Roles that say a share count is paid out: issued, received, or named with the price.
_ISSUE_ROLES = frozenset({"shares"})

__all__ = ["fill_consideration", "fill_contingent", "fill_stated_stock"]


def fill_consideration(
    ctx: Context,
    out: Fields,
    sentences: list[tuple[int, int]],
    further: Sequence[tuple[int, int]] = (),
    several: bool = False,
) -> list[str]:
    """Total, cash, shares, per-share price and assumed debt, read off the consideration tree.

    Each sentence is parsed by :func:`sec8k.acquisitions.grammar.parse` into phrases (a head
    and the amounts it governs) and loose amounts with their roles; a field takes the first
    amount whose place in the tree gives it that role. Nothing is added up. When the item
    reports ``several`` deals, an amount stated for them together ("the aggregate purchase price
    for the two acquisitions") fills no deal's field; the warnings returned say so.
    """
    warnings: list[str] = []
    nodes = [
        (n, end) for start, end in sentences for n in parse(ctx.text, ctx.candidates, start, end)
    ]
    for start, end in further:
        # past the consideration reach, only a price stated under a head of its own, or a
        # count issued in a sentence about the deal ("In the merger, the Registrant issued N")
        about_deal = cues.DEAL_NOUN.search(ctx.text, start, end) is not None
        nodes += [
            (n, end)
            for n in parse(ctx.text, ctx.candidates, start, end)
            if (isinstance(n, Phrase) and n.head is not None and n.head.line.reach)
            or (about_deal and isinstance(n, Amount) and _issued_count(n))
        ]
    for node, end in nodes:
        members = [node] if isinstance(node, Amount) else node.members
        if several and any(m.shared for m in members):
            warnings.extend(
                f"Item {ctx.item.number}: {m.cand.text!r} is stated for several deals together;"
                " it is attributed to none of them"
                for m in members
                if m.money
            )
            continue
        _read_node(ctx, out, node, end)
    for start, end in sentences:
        if _states_stock(ctx, start, end):
            _fill_stock_component(ctx, out, start, end)
        # a count with no issue word of its own, in a sentence that states the price
        if "shares_issued" not in out.values and _states_price(ctx, start, end):
            for node in parse(ctx.text, ctx.candidates, start, end):
                if isinstance(node, Amount) and not node.money:
                    _read(ctx, out, node, node.head, end, loose=True)
    return warnings


def _read_node(ctx: Context, out: Fields, node: Phrase | Amount, end: int) -> None:
    if isinstance(node, Amount):
        _read(ctx, out, node, None, end)
        return
    total = node.total
    if total is not None:
        _put(ctx, out, "total_consideration", total)
    for amount in node.members:
        _read(ctx, out, amount, node.head, end)


def _put(ctx: Context, out: Fields, name: str, amount: Amount) -> bool:
    return out.put(name, amount.cand.value, ctx.evidence(amount.cand.start, amount.cand.end))


def _read(
    ctx: Context, out: Fields, amount: Amount, head: Marker | None, end: int, loose: bool = False
) -> None:
    """The field an amount fills from its roles and its head."""
    roles = amount.roles
    head_role = head.line.role if head is not None else None
    if amount.money:
        if amount.per_unit:
            if (amount.head is not None or roles & _PRICE_ROLES) and "not_price" not in roles:
                _put(ctx, out, "per_share_price", amount)
        elif "assumed" in roles and "not_price" not in roles:
            _put(ctx, out, "assumed_liabilities", amount)
        elif amount.paid and ("cash" in roles or head_role == "cash"):
            _put(ctx, out, "cash", amount)
        return
    # one end of a range of counts ("2.6 to 2.8 million shares") is no count, but names the class
    stated = amount.paid or (amount.ranged and not roles & UNPAID)
    if amount.per_unit or not stated or "escrow" in roles:
        return
    issued = loose or head is not None or _issued_count(amount)
    if issued and isinstance(amount.cand.value, Quantity) and amount.cand.value.value >= 1:
        _put_shares(ctx, out, amount, end)


def _issued_count(amount: Amount) -> bool:
    """A share count tied to an issue marker ("issued N shares", "N shares were issued")."""
    return not amount.money and any(
        m.line.role in _ISSUE_ROLES for m in amount.markers if m.line.kind == "role"
    )


def _put_shares(ctx: Context, out: Fields, amount: Amount, end: int) -> None:
    """The count paid, whether it is a maximum, and its class when named right after it."""
    cand = amount.cand
    if not amount.ranged:
        if not _put(ctx, out, "shares_issued", amount):
            return
        if amount.limit:
            out.put("shares_up_to", True, ctx.evidence(cand.start, cand.end))
    share_class = cues.SHARE_CLASS.search(ctx.text, cand.start, min(end, cand.end + 60))
    if share_class:
        out.put(
            "share_class",
            _share_class(share_class.group()),
            ctx.evidence(share_class.start(), share_class.end()),
        )


def _states_price(ctx: Context, start: int, end: int) -> bool:
    """A sentence that states the price: it holds a head or a parts connective."""
    return any(
        m.line.kind in ("head", "parts") and m.line.reach != 0
        for m in find_markers(ctx.text)
        if start <= m.start and m.end <= end
    )


def _states_stock(ctx: Context, start: int, end: int) -> bool:
    """A sentence about what is paid: it holds a head, a parts connective or an issue marker."""
    return any(
        m.line.kind in ("head", "parts") or m.line.role in _ISSUE_ROLES
        for m in find_markers(ctx.text)
        if start <= m.start and m.end <= end
    )


def fill_stated_stock(ctx: Context, out: Fields, sentences: list[tuple[int, int]]) -> None:
    """The class of stock a merger pays, stated as a fraction of a share or an exchange ratio
    ("a fraction of a share of New Disney common stock"), however far from the event sentence."""
    if "shares_issued" in out.values:
        return
    for start, end in sentences:
        for found in cues.STOCK_COMPONENT.finditer(ctx.text, start, end):
            if found.group("lead").lower() == "in" or cues.IN_LIEU_BEFORE.search(
                ctx.text, max(start, found.start() - 20), found.start()
            ):
                continue
            _put_stated_class(ctx, out, found)
            return


def _put_stated_class(ctx: Context, out: Fields, found: re.Match[str]) -> None:
    """The class a stock component names, with a class written before the issuer's name:
    "Class A Westell common stock" -> 'class a common stock'."""
    begin, stop = found.span("share_class")
    value = found.group("share_class")
    if found.group("pre_class"):
        begin, value = found.start("pre_class"), found.group("pre_class") + value
    out.put("share_class", _share_class(value), ctx.evidence(begin, stop))


def _share_class(text: str) -> str:
    """'Series A Preferred Shares' -> 'series a preferred stock'."""
    return cues.SHARE_CLASS_STOCK.sub(r"\1 stock", " ".join(text.lower().split()))


def _fill_stock_component(ctx: Context, out: Fields, start: int, end: int) -> None:
    """The class of stock paid when no count is given: "the balance in shares of the Company's
    common stock", "a fraction of a share of New Disney common stock"."""
    if "shares_issued" in out.values:
        return
    found = cues.STOCK_COMPONENT.search(ctx.text, start, end)
    if found is not None:
        _put_stated_class(ctx, out, found)


def fill_contingent(ctx: Context, out: Fields, start: int, end: int) -> None:
    match = cues.CONTINGENT.search(ctx.text, start, end)
    if match:
        out.put("contingent_consideration", True, ctx.evidence(match.start(), match.end()))
