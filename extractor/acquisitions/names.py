"""Who is who in a deal item: the registrant's names and the short names the item defines.

The registrant is its header name, "the Company", "the Registrant" and any defined short
name that opens like the filer's; other parties are known by the terms the item defines for
them ("(the \"Seller\")", "(\"ESS\")"). The party rules (:mod:`.parties`) read these tables."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType

from sec8k.acquisitions import cues
from sec8k.acquisitions.context import Context, name_key
from sec8k.models import Evidence
from sec8k.rules.finder import Candidate

__all__ = [
    "ALIAS_REACH",
    "NameTable",
    "alias_mentions",
    "aliases",
    "defined_orgs",
    "may_be_filer",
    "name_table",
    "opens_header",
    "registrant_evidence",
    "registrant_mentions",
    "registrant_name",
    "registrant_names",
]


#: How far after an organisation its defined short name may follow.
ALIAS_REACH = 80
#: Words that end a company's header name and are left out when a text names it bare
#: ("Westell Technologies" for WESTELL TECHNOLOGIES INC).
_LEGAL_SUFFIX = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
     "lp", "plc", "the", "de", "md", "pa", "nv", "sa", "ag"}
)  # fmt: skip
#: Tables kept (one per deal item read); a filing has a handful of deal items.
_TABLES_KEPT = 16


@dataclass(frozen=True)
class NameTable:
    """Who is who in one deal item, resolved once: the registrant's name as the item writes it
    (else its header name), every name it goes by (header and item names, "the Company", its
    defined short names), and each short name the item defines -> the full name it stands for
    ("ESS" -> "Example Speech Systems GmbH", "Parent", "Merger Sub")."""

    registrant: str | None
    registrant_keys: frozenset[str]
    aliases: Mapping[str, str]


_tables: dict[int, tuple[Context, NameTable]] = {}


def name_table(ctx: Context) -> NameTable:
    """The item's :class:`NameTable`, built on first use and kept for the item's other rules."""
    kept = _tables.get(id(ctx))
    if kept is not None and kept[0] is ctx:
        return kept[1]
    table = NameTable(
        registrant=_registrant_name(ctx),
        registrant_keys=frozenset(_registrant_names(ctx)),
        aliases=MappingProxyType(_aliases(ctx)),
    )
    if len(_tables) >= _TABLES_KEPT:
        _tables.clear()
    _tables[id(ctx)] = (ctx, table)
    return table


def registrant_names(ctx: Context) -> set[str]:
    """Every name the registrant goes by in this item (lower-case keys, :func:`name_key`)."""
    return set(name_table(ctx).registrant_keys)


def registrant_name(ctx: Context) -> str | None:
    """The registrant's name as the item writes it, else its header name."""
    return name_table(ctx).registrant


def aliases(ctx: Context) -> dict[str, str]:
    """Short names the item defines -> the full names they stand for."""
    return dict(name_table(ctx).aliases)


def defined_orgs(ctx: Context) -> Iterator[tuple[Candidate, Candidate]]:
    """Each ORG followed by its defined term: 'Nuance Communications, Inc. ("Nuance")', also
    across the appositive that says what it is: 'Quantum Widget Corporation, a Delaware
    corporation (the "Company")'."""
    for before, after in pairwise(ctx.candidates):
        if before.label != "ORG" or after.label != "DEFINED_TERM":
            continue
        direct = after.start - before.end <= 3
        across = cues.ENTITY_APPOSITIVE.fullmatch(ctx.text, before.end, after.start) and (
            after.value not in ("Company", "Registrant") or may_be_filer(ctx, before)
        )
        if direct or across:
            yield before, after


def registrant_mentions(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` names the registrant by its header name without the legal
    suffix, in any case: a press release's "Westell Technologies (NASDAQ: WSTL)"."""
    words = name_key(ctx.record.filing.company_name or "").split()
    while words and words[-1] in _LEGAL_SUFFIX:
        words.pop()
    if not words or len(" ".join(words)) < 4:
        return []
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(ctx.text, start, end)]


def may_be_filer(ctx: Context, org: Candidate) -> bool:
    """An acquirer's item may call the target 'the Company' across an appositive ("Target Inc.,
    a Delaware corporation (the "Company")"): only a name that opens like the filer's is it."""
    filer = name_key(ctx.record.filing.company_name or "").split()
    return not filer or name_key(org.value).split()[:1] == filer[:1]


def opens_header(ctx: Context, term: Candidate) -> bool:
    """'Stockwalk Group, Inc. ("Stockwalk")' filed as STOCKWALK COM GROUP INC: the short name
    opens the header name."""
    short = name_key(term.value)
    return short != "" and name_key(ctx.record.filing.company_name or "").startswith(short + " ")


def _registrant_names(ctx: Context) -> set[str]:
    """The registrant's names in this item: its ORG mention, its defined short name, its header name."""
    names = {name_key(ctx.record.filing.company_name or "")}
    for org, term in defined_orgs(ctx):
        if (
            name_key(org.value) in names
            or term.value in ("Company", "Registrant")
            or opens_header(ctx, term)
        ):
            names |= {name_key(org.value), name_key(term.value)}
    names.discard("")
    return names


def _registrant_name(ctx: Context) -> str | None:
    """The registrant's name as the item writes it: the ORG the defined term 'Company' follows."""
    for org, term in defined_orgs(ctx):
        if term.value in ("Company", "Registrant"):
            return str(org.value)
    for org, term in defined_orgs(ctx):
        if opens_header(ctx, term):
            return str(org.value)  # "Stockwalk Group, Inc. ("Stockwalk")"
    return ctx.record.filing.company_name


def registrant_evidence(ctx: Context) -> Evidence | None:
    """Where the item names the registrant: its ORG before a defined term (at any distance)."""
    names = registrant_names(ctx)
    for before, after in pairwise(ctx.candidates):
        if (
            before.label == "ORG"
            and after.label == "DEFINED_TERM"
            and name_key(before.value) in names
        ):
            return ctx.evidence(before.start, before.end)
    return None


def _aliases(ctx: Context) -> dict[str, str]:
    """Short names the item defines -> full names: ("Nuance") after "Nuance Communications, Inc.",
    also across an appositive ("Junglee Corp., a Delaware corporation ("Junglee")") when the
    short name opens the full one."""
    aliases: dict[str, str] = {}
    orgs = [c for c in ctx.candidates if c.label == "ORG"]
    registrant = ctx.record.filing.company_name
    for term in (c for c in ctx.candidates if c.label == "DEFINED_TERM"):
        before = [o for o in orgs if o.end <= term.start and term.start - o.end <= ALIAS_REACH]
        short = name_key(term.value)
        if registrant and short and name_key(registrant).startswith(short):
            aliases.setdefault(short, _registrant_name(ctx) or registrant)
            continue
        if not before:
            continue
        org = before[-1]
        if term.start - org.end <= 3 or name_key(org.value).startswith(short):
            aliases.setdefault(short, str(org.value))
    return aliases


def alias_mentions(ctx: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """Later mentions of a defined short name ("Nuance completed ...") with the full name."""
    found: list[tuple[int, int, str]] = []
    spans = [(c.start, c.end) for c in ctx.candidates if c.label in ("ORG", "DEFINED_TERM")]
    for short, full in aliases(ctx).items():
        if short in ("company", "registrant") or not short:
            continue
        pattern = r"\W+".join(re.escape(word) for word in short.split())
        for match in re.finditer(rf"\b{pattern}\b", ctx.text[start:end], re.IGNORECASE):
            begin = start + match.start()
            if not any(a <= begin < b for a, b in spans):
                found.append((begin, start + match.end(), full))
    return found
