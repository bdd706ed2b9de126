"""Which way a merger goes, and roles the item names: who merges into whom.

When the registrant is the company acquired (its own merger into a buyer's group):
An Item 1.01 or 2.01 of the target reads "On April 10, 2024, Pine Street Holdings, Inc. (the
"Company") entered into an Agreement and Plan of Merger with Summit Parent LLC ("Parent")
and Summit Merger Sub Inc. ... Merger Sub will merge with and into the Company, with the
Company surviving as a wholly owned subsidiary of Parent." The subject of "entered into" is
then the target, not the acquirer: the parent is the acquirer, the merging vehicle its
subsidiary. And when another company merges into the registrant ("Cascade will merge with
and into Orion, with Orion as the surviving corporation"), the registrant acquires it. A party
the item defines as ("Seller") sells.
"""

from __future__ import annotations

import re

from sec8k.acquisitions import cues
from sec8k.acquisitions.context import Context, name_key
from sec8k.acquisitions.parties import (
    defined_orgs,
    party_at,
    registrant_name,
    registrant_names,
)
from sec8k.rules.fields import Fields

__all__ = ["fill_merger_direction", "fill_seller_term"]

#: How far before "will merge with and into the Company" the vehicle's name may end.
VEHICLE_REACH = 60


def fill_merger_direction(ctx: Context, out: Fields, start: int, end: int) -> None:
    """The registrant acquired (:func:`_registrant_acquired`), merged into another company
    (:func:`_registrant_merges_into`), or acquiring by a merger into it
    (:func:`_merges_into_registrant`)."""
    if not _registrant_acquired(ctx, out, start, end) and not _registrant_merges_into(
        ctx, out, start, end
    ):
        _merges_into_registrant(ctx, out, start, end)


def fill_seller_term(ctx: Context, out: Fields, start: int, end: int) -> None:
    """'Zeta Holdings LLC ("Seller")' in the deal's sentences is the seller."""
    for org, term in defined_orgs(ctx):
        if start <= org.start < end and cues.SELLER_TERM.fullmatch(str(term.value)):
            out.put("seller", str(org.value), ctx.evidence(org.start, org.end))
            return


def _merges_into_registrant(ctx: Context, out: Fields, start: int, end: int) -> None:
    """ "<X> will merge with and into <the registrant>": X is the target, unless X is a vehicle
    ("Merger Sub") or the registrant itself."""
    names = registrant_names(ctx)
    name = registrant_name(ctx)
    for merge in cues.MERGE_WITH_AND_INTO.finditer(ctx.text, start, end):
        into = (
            party_at(ctx, merge.end(), end)
            or _defined_at(ctx, merge.end(), end)
            or _company_at(ctx, merge.end(), end)
        )
        if into is None or name is None or name_key(into[2]) not in names:
            continue
        merging = _named_before(ctx, merge.start())
        if (
            merging is None
            or name_key(merging[2]) in names
            or cues.VEHICLE_NAME.search(merging[2])
            or cues.VEHICLE_NAME.search(ctx.text[merging[0] : merging[1]])
        ):
            continue
        out.replace("target", merging[2], ctx.evidence(merging[0], merging[1]))
        out.replace("acquirer", name, ctx.evidence(into[0], into[1]))
        return


def _registrant_merges_into(ctx: Context, out: Fields, start: int, end: int) -> bool:
    """ "<the registrant> will merge into <X>", the registrant named by any of its names (its
    header or item name, "the Company", its defined short name): X acquires it."""
    names = registrant_names(ctx)
    name = registrant_name(ctx)
    if name is None:
        return False
    for merge in cues.MERGE_INTO.finditer(ctx.text, start, end):
        merging = _named_before(ctx, merge.start()) or _company_before(ctx, merge.start())
        if merging is None or name_key(merging[2]) not in names:
            continue
        into = party_at(ctx, merge.end(), end) or _defined_at(ctx, merge.end(), end)
        if into is None or name_key(into[2]) in names or cues.VEHICLE_NAME.search(into[2]):
            continue
        out.replace("acquirer", into[2], ctx.evidence(into[0], into[1]))
        out.replace("target", name, ctx.evidence(merging[0], merging[1]))
        return True
    return False


def _company_before(ctx: Context, at: int) -> tuple[int, int, str] | None:
    """ "the Company" (or "the Registrant", "we") ending just before ``at``."""
    before = ctx.text[max(0, at - 20) : at].rstrip(" ,")
    found = cues.COMPANY_WORDS_END.search(before)
    name = registrant_name(ctx)
    if found is None or name is None:
        return None
    offset = max(0, at - 20)
    return offset + found.start(), offset + found.end(), name


def _company_at(ctx: Context, at: int, limit: int) -> tuple[int, int, str] | None:
    company = cues.COMPANY_WORDS.match(ctx.text, at, limit)
    name = registrant_name(ctx)
    return (company.start(), company.end(), name) if company and name else None


def _registrant_acquired(ctx: Context, out: Fields, start: int, end: int) -> bool:
    """In ``ctx.text[start:end]``: "the Company ... surviving as a wholly owned subsidiary of
    <parent>" makes the registrant the target and <parent> the acquirer, unless <parent> is
    itself a name of the registrant (an item that defines "the Company" as the target)."""
    becomes = cues.REGISTRANT_BECOMES_SUBSIDIARY.search(ctx.text, start, end)
    if becomes is None:
        return False
    parent = party_at(ctx, becomes.end(), end) or _defined_at(ctx, becomes.end(), end)
    name = registrant_name(ctx)
    if parent is None or name is None or name_key(parent[2]) in registrant_names(ctx):
        return False
    out.replace("acquirer", parent[2], ctx.evidence(parent[0], parent[1]))
    out.replace("target", name, ctx.evidence(*becomes.span("who")))
    for merge in cues.MERGE_WITH_AND_INTO.finditer(ctx.text, start, end):
        if _company_at(ctx, merge.end(), end) is None:
            continue  # "Merger Sub will merge with and into the Company"
        vehicle = _named_before(ctx, merge.start())
        if vehicle is not None:
            out.replace("acquirer_subsidiary", vehicle[2], ctx.evidence(vehicle[0], vehicle[1]))
            break
    return True


def _defined_at(ctx: Context, at: int, limit: int) -> tuple[int, int, str] | None:
    """A later mention of a term the item defined for an organisation ("Parent")."""
    for org, term in defined_orgs(ctx):
        word = str(term.value)
        if re.match(rf"{re.escape(word)}\b", ctx.text[at:limit]):
            return at, at + len(word), str(org.value)
    return None


def _named_before(ctx: Context, at: int) -> tuple[int, int, str] | None:
    """The organisation, or the term defined for one, that ends just before ``at``."""
    near = [
        c
        for c in ctx.within(max(0, at - VEHICLE_REACH), at, "ORG")
        if not ctx.text[c.end : at].strip(" ,")
    ]
    if near:
        return near[-1].start, near[-1].end, str(near[-1].value)
    before = ctx.text[:at].rstrip(" ,")
    for org, term in defined_orgs(ctx):
        word = str(term.value)
        if before.endswith(word) and not before[: -len(word)][-1:].isalnum():
            return len(before) - len(word), len(before), str(org.value)
    return None
