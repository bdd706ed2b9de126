"""When the registrant is the company acquired: its own merger into a buyer's group.

An Item 1.01 or 2.01 of the target reads "On April 10, 2024, Pine Street Holdings, Inc. (the
"Company") entered into an Agreement and Plan of Merger with Summit Parent LLC ("Parent")
and Summit Merger Sub Inc. ... Merger Sub will merge with and into the Company, with the
Company surviving as a wholly owned subsidiary of Parent." The subject of "entered into" is
then the target, not the acquirer: the parent is the acquirer, the merging vehicle its
subsidiary.
"""

from __future__ import annotations

import re

from extractor.acquisitions import cues
from extractor.acquisitions.context import Context, Fields, name_key
from extractor.acquisitions.parties import (
    defined_orgs,
    party_at,
    registrant_name,
    registrant_names,
)

__all__ = ["fill_registrant_acquired"]

#: How far before "will merge with and into the Company" the vehicle's name may end.
VEHICLE_REACH = 60


def fill_registrant_acquired(ctx: Context, out: Fields, start: int, end: int) -> None:
    """In ``ctx.text[start:end]``: "the Company ... surviving as a wholly owned subsidiary of
    <parent>" makes the registrant the target and <parent> the acquirer, unless <parent> is
    itself a name of the registrant (an item that defines "the Company" as the target)."""
    becomes = cues.REGISTRANT_BECOMES_SUBSIDIARY.search(ctx.text, start, end)
    if becomes is None:
        return
    parent = party_at(ctx, becomes.end(), end) or _defined_at(ctx, becomes.end(), end)
    name = registrant_name(ctx)
    if parent is None or name is None or name_key(parent[2]) in registrant_names(ctx):
        return
    out.replace("acquirer", parent[2], ctx.evidence(parent[0], parent[1]))
    out.replace("target", name, ctx.evidence(*becomes.span("who")))
    for merge in cues.MERGES_INTO_REGISTRANT.finditer(ctx.text, start, end):
        vehicle = _named_before(ctx, merge.start())
        if vehicle is not None:
            out.replace("acquirer_subsidiary", vehicle[2], ctx.evidence(vehicle[0], vehicle[1]))
            return


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
