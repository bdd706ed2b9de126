"""What a deal buys: a company, a short name the item defined for one, or assets described.

:func:`find_target` reads the words after a deal verb. Asset deals (issue #13, family 5): the
target is the assets or business described.

"acquired from Ellis Holdings, Inc. ("Ellis") certain assets, subject to certain
liabilities, of Ellis and its subsidiaries Marlow Care, Inc. ("Marlow") and Tenby Nursing,
Inc.": some of a company's assets are the target, written as the assets phrase with the
companies it names, their defined short names and the "subject to" clause left out, and a
short name read as the full name it stands for. "acquired (substantially) all of the assets
of Wren Instruments, LLC": the whole business changes hands, and the target is the company
(or the companies) named, even where the entity finder missed a name broken over lines.
"""

from __future__ import annotations

import re

from sec8k.acquisitions import cues
from sec8k.acquisitions.context import Context, name_key
from sec8k.acquisitions.names import alias_mentions, aliases, registrant_names
from sec8k.rules.finder import Candidate

__all__ = [
    "TARGET_WINDOW",
    "assets_come_first",
    "find_assets_target",
    "find_target",
    "named_list",
]

#: How far after the verb the target may stand.
TARGET_WINDOW = 250
#: How far after the verb a defined short name may stand to be the target ("acquisition of ESS").
ALIAS_TARGET_REACH = 40


def find_target(ctx: Context, start: int, limit: int) -> Candidate | None:
    """The first organisation after the verb that is not a deal vehicle (merger sub, buyer) nor
    a relative named in a party's appositive ("an affiliate of Kofax, Inc."); or, before it, a
    when no organisation is named, a short name the item defined for another party right after
    the verb ("completed the acquisition of ESS"), read as the full name it stands for. The
    assets of named companies ("substantially all of the assets of X") come first unless a
    company is named before them other than the seller ("acquired from X certain assets")."""
    end = min(limit, start + TARGET_WINDOW)
    found: Candidate | None = None
    for cand in ctx.within(start, end, "ORG"):
        if (
            cues.VEHICLE_NAME.search(str(cand.value))
            or cues.TO_PARTY.search(ctx.text, max(start, cand.start - 4), cand.start)
            or cues.RELATIVE_OF_BEFORE.search(ctx.text, max(start, cand.start - 20), cand.start)
        ):
            continue
        seller = cues.FROM_PARTY_BEFORE.search(ctx.text[start : cand.start])
        found = cand if found is None or not seller else found
        if not seller:  # the party bought from ("acquired from X") is the target only alone
            break
    assets = find_assets_target(ctx, start, limit)
    if assets is not None and (found is None or assets_come_first(ctx, start, found, assets)):
        return assets
    if found is not None:
        return found
    registrant = registrant_names(ctx)
    for begin, stop, full in alias_mentions(ctx, start, min(end, start + ALIAS_TARGET_REACH)):
        if name_key(full) in registrant or cues.VEHICLE_NAME.search(full):
            continue
        if cues.TO_PARTY.search(
            ctx.text, max(start, begin - 4), begin
        ) or cues.PARTY_LIST_AFTER.search(ctx.text, start, begin):
            continue  # the buyer, or one of an agreement's listed parties
        text = ctx.text[begin:stop]
        return Candidate(
            label="ORG", start=begin, end=stop, text=text, value=full, pattern_id="alias"
        )
    return found


#: Characters after the deal verb in which the assets phrase may start.
ASSETS_REACH = 250
#: Words a list of companies holds at most.
MAX_LIST_WORDS = 40
#: A word of the list (with its trailing comma) or a defined short name in brackets.
_TOKEN = re.compile(r"\([^()]{0,60}\)|[^\s(),]+(?:,(?=\s))?")
_DEFINED = re.compile(r"\s*\([^()]*\)")
#: Nothing but a defined short name between the seller and the assets.
_ONLY_DEFINED = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?")
#: What joins two names of the list; a comma alone does not ("PDN, Inc.").
_SEGMENT = re.compile(r"(\s*,?\s+and\s+(?:its\s+|their\s+)?(?:subsidiar(?:y|ies)\s+)?)")


def find_assets_target(ctx: Context, start: int, limit: int) -> Candidate | None:
    """The assets of named companies bought or sold, within reach of the verb at ``start``."""
    found = cues.ASSETS_OF_PARTY.search(ctx.text, start, min(limit, start + ASSETS_REACH))
    if found is None:
        return None
    end = _list_end(ctx.text, found.end(), limit)
    if end is None:
        return None
    names = _render(ctx, ctx.text[found.end() : end])
    lead = " ".join(found.group("lead").split())
    if not lead.lower().startswith("certain"):
        # all (or substantially all) of a company's assets: its whole business, the company
        begin, value = found.end(), names
    else:
        begin, value = found.start(), f"{lead} of {names}"
    return Candidate(
        label="ORG",
        start=begin,
        end=end,
        text=ctx.text[begin:end],
        value=value,
        pattern_id="assets",
    )


def named_list(ctx: Context, start: int, limit: int) -> tuple[int, int, str] | None:
    """The names listed at ``start`` ("Mark O'Brien and LHS Holdings, Inc. ("LHS")") as one
    party: where the list ends and its rendering (defined terms dropped, short names full)."""
    end = _list_end(ctx.text, start, limit)
    if end is None:
        return None
    return start, end, _render(ctx, ctx.text[start:end])


def assets_come_first(ctx: Context, start: int, company: Candidate, assets: Candidate) -> bool:
    """The assets are the deal's object rather than the company named first after the verb at
    ``start``: they come first, or that company is the seller they are bought from ("acquired
    from X ("X") certain assets of ...")."""
    if assets.start < company.start:
        return True
    return bool(
        cues.FROM_PARTY.match(ctx.text, start)
        and _ONLY_DEFINED.fullmatch(ctx.text, company.end, assets.start)
    )


def _list_end(text: str, start: int, limit: int) -> int | None:
    """Where the list of companies ends: before the first lower-case word that links no names
    ("providers of ...", "for $X", "affiliates of ...")."""
    end: int | None = None
    for count, token in enumerate(_TOKEN.finditer(text, start, limit)):
        word = token.group().rstrip(",")
        if count >= MAX_LIST_WORDS:
            return None
        if word.startswith("("):
            continue
        if word[:1].isupper() or word[:1].isdigit():
            end = start + len(text[start : token.end()].rstrip(","))
            if word.endswith(".") and not re.search(r"\b(?:Inc|Co|Corp|Ltd|L\.?P|N\.A)\.$", word):
                break  # a sentence's full stop
            continue
        if cues.ASSET_LIST_LINK.fullmatch(word) and not token.group().endswith(","):
            continue
        break
    return end


def _render(ctx: Context, listed: str) -> str:
    """The list as written with defined terms dropped and short names read as full names."""
    known = aliases(ctx)
    parts = _SEGMENT.split(_DEFINED.sub("", " ".join(listed.split())))
    return "".join(
        re.sub(r"\s+", " ", p) if n % 2 else known.get(p.strip().lower(), p.strip())
        for n, p in enumerate(parts)
    ).replace(" ,", ",")
