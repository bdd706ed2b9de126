"""What was paid: total, cash, shares and their class, per-share price, contingent parts.

An amount is filled only from the words around it; values are never computed.
"""

from __future__ import annotations

from sec8k.acquisitions import cues
from sec8k.acquisitions.context import Context
from sec8k.models import Money, Quantity
from sec8k.rules.fields import Fields
from sec8k.rules.finder import Candidate

__all__ = ["fill_consideration", "fill_contingent", "fill_stated_price", "fill_stated_stock"]

#: How far before an amount a total cue ("aggregate consideration ... consisted of") may stand.
TOTAL_CUE_WINDOW = 110


def _between_has_amount(ctx: Context, cue_end: int, start: int) -> bool:
    return bool(ctx.within(cue_end, start, "MONEY", "SHARES"))


def fill_consideration(ctx: Context, out: Fields, sentences: list[tuple[int, int]]) -> None:
    """Total, cash, shares and per-share price from the sentences that state the consideration.

    An amount is the total only when a total cue precedes it with no other amount in
    between ("consists of (i) 8.3 million shares, (ii) $15 million in cash" has
    components, no total); contingent amounts (earn-outs, "up to an additional") are
    never the consideration paid.
    """
    for start, end in sentences:
        sentence = ctx.text[start:end]
        if not cues.CONSIDERATION_SENTENCE.search(sentence) and "cash" not in sentence.lower():
            continue
        for cand in ctx.within(start, end, "MONEY"):
            if not isinstance(cand.value, Money):
                continue
            before = ctx.text[max(start, cand.start - TOTAL_CUE_WINDOW) : cand.start]
            after = ctx.text[cand.end : min(end, cand.end + 40)]
            if cues.PAR_VALUE.search(before[-30:] + " " + after[:20]) or _contingent_amount(
                before[-60:]
            ):
                continue
            evidence = ctx.evidence(cand.start, cand.end)
            total_cue = cues.TOTAL_BEFORE.search(before)
            stated = cues.STATED_PRICE.search(before)
            cash_part = stated is not None and stated.group("cash") is not None
            # TOTAL_BEFORE runs to the amount: what lies between starts at the cue's words
            cue_start = cand.start - len(before) + total_cue.start() if total_cue else 0
            is_total = (
                total_cue is not None
                and not cash_part
                and not _between_has_amount(ctx, cue_start, cand.start)
                and not _first_of_parts(ctx, cue_start, cand, end)
            )
            if cues.PER_SHARE_RECEIVE_BEFORE.search(ctx.text, start, cand.start):
                out.put("per_share_price", cand.value, evidence)
                continue
            if cues.PER_SHARE_AFTER.match(after):
                if cues.PRICE_BEFORE.search(before[-40:]) and not cues.NOT_A_DEAL_PRICE.search(
                    before[-60:] + " " + after
                ):
                    out.put("per_share_price", cand.value, evidence)
                continue
            if (
                cash_part
                or cues.CASH_AFTER.match(after)
                or cues.CASH_BEFORE.search(before)
                or (cues.PAID_BEFORE.search(before) and cues.AT_CLOSING_AFTER.match(after))
            ):
                out.put("cash", cand.value, evidence)
            if is_total:
                out.put("total_consideration", cand.value, evidence)
        if cues.CONSIDERATION_SENTENCE.search(sentence) or cues.CASH_AND_SHARES.search(sentence):
            _fill_shares(ctx, out, start, end)
        if cues.CONSIDERATION_SENTENCE.search(sentence) or cues.RECEIVE.search(sentence):
            _fill_stock_component(ctx, out, start, end)


def _first_of_parts(ctx: Context, cue_start: int, cand: Candidate, end: int) -> bool:
    """The price "consisted of" this amount and more ("... and 1,250,000 shares"), or the
    amount is the cash beside another part ("for $4,500,000 in cash and 250,000 shares")."""
    listed = cues.COMPONENTS_VERB.search(ctx.text, cue_start, cand.start) is not None
    cash_and = cues.CASH_AND_PART_AFTER.match(ctx.text, cand.end, end) is not None
    return (listed or cash_and) and _between_has_amount(ctx, cand.end, end)


def _contingent_amount(before: str) -> bool:
    """'up to an additional' before an amount, unless negated ('excluding the contingent amount')."""
    match = cues.CONTINGENT_AMOUNT.search(before)
    return match is not None and not cues.EXCLUDING_BEFORE.search(before[: match.start()])


def fill_stated_price(ctx: Context, out: Fields, sentences: list[tuple[int, int]]) -> None:
    """A sentence whose subject is the price ("The exercise price was $7,900,067.68.") states the
    total, or the cash when it is the aggregate cash consideration, however far it stands from
    the event sentence."""
    for start, end in sentences:
        for cand in ctx.within(start, end, "MONEY"):
            if not isinstance(cand.value, Money):
                continue
            before = ctx.text[max(start, cand.start - TOTAL_CUE_WINDOW) : cand.start]
            stated = cues.STATED_PRICE.search(before)
            if stated is None or cues.PER_SHARE_AFTER.match(ctx.text, cand.end, end):
                continue
            name = "cash" if stated.group("cash") else "total_consideration"
            out.put(name, cand.value, ctx.evidence(cand.start, cand.end))


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
            begin, stop = found.span("share_class")
            out.put(
                "share_class", _share_class(found.group("share_class")), ctx.evidence(begin, stop)
            )
            return


def _share_class(text: str) -> str:
    """'Series A Preferred Shares' -> 'series a preferred stock'."""
    return cues.SHARE_CLASS_STOCK.sub(r"\1 stock", " ".join(text.lower().split()))


def _fill_shares(ctx: Context, out: Fields, start: int, end: int) -> None:
    """The first share count paid; its class only when named right after that count."""
    if "shares_issued" in out.values:
        return
    for cand in ctx.within(start, end, "SHARES"):
        if (
            isinstance(cand.value, Quantity)
            and cand.value.unit == "shares"
            and cand.value.value >= 1
            and not cues.RATIO_AFTER.match(ctx.text, cand.end, min(end, cand.end + 30))
            and not cues.CONTINGENT_AMOUNT.search(ctx.text, max(start, cand.start - 60), cand.start)
        ):
            out.put("shares_issued", cand.value, ctx.evidence(cand.start, cand.end))
            share_class = cues.SHARE_CLASS.search(ctx.text, cand.start, min(end, cand.end + 60))
            if share_class:
                out.put(
                    "share_class",
                    _share_class(share_class.group()),
                    ctx.evidence(share_class.start(), share_class.end()),
                )
            return


def _fill_stock_component(ctx: Context, out: Fields, start: int, end: int) -> None:
    """The class of stock paid when no count is given: "the balance in shares of the Company's
    common stock", "a fraction of a share of New Disney common stock"."""
    if "shares_issued" in out.values:
        return
    found = cues.STOCK_COMPONENT.search(ctx.text, start, end)
    if found is not None:
        begin, stop = found.span("share_class")
        out.put("share_class", _share_class(found.group("share_class")), ctx.evidence(begin, stop))


def fill_contingent(ctx: Context, out: Fields, start: int, end: int) -> None:
    match = cues.CONTINGENT.search(ctx.text, start, end)
    if match:
        out.put("contingent_consideration", True, ctx.evidence(match.start(), match.end()))
