"""Where a party's name stands before its definition, and whether words can be a name at all.

The preamble (:mod:`.preamble`) finds the definitions that close parties; these helpers find
the name in front of each: an ORG span spaCy found, a run of capitalised words, or the start
of the text after the previous party, trimmed of descriptors and connectives."""

from __future__ import annotations

from typing import Final

from sec8k.agreements.cues.parties import (
    COMMA_BEFORE,
    FIGURE_NAME,
    NAME_CONNECTIVE,
    NAME_JOINERS,
    NAME_RUN_PREFIX,
    NOT_IN_NAME,
    NOT_NAME_START,
    PARTY_DESCRIPTOR,
    PARTY_LEAD,
    PIECE_SPLIT,
)
from sec8k.agreements.source import Found, Source

__all__ = [
    "MAX_NAME_CHARS",
    "MAX_NAME_WORDS",
    "leading_orgs",
    "name_span",
    "org_at",
    "party_before",
    "piece_starts",
    "plausible",
    "run_on_name",
]

#: Longest name accepted for a party, in characters and in words.
MAX_NAME_CHARS: Final = 120
MAX_NAME_WORDS: Final = 10


def party_before(src: Source, found: list[Found], start: int, end: int) -> tuple[int, int] | None:
    """The name that opens a piece of ``text[start:end]`` (pieces split at 'and', ';', ':', list markers).

    An organisation spaCy found wins, unless an earlier piece runs on into it as one
    name ("ExxonMobil Research and Engineering Company" split at its "and"); else the
    first piece that starts with a capital letter; else an organisation right after a
    comma (the piece opens with the last party's description); else one that starts
    with a figure ("695014 B.C. Ltd."); else the last piece, right before the
    definition ("ebix.com, Inc. ("ebix")").
    """
    starts = piece_starts(src, start, end)
    # Several pieces opening with an organisation: the definition names the last one
    # (the others are parties without a defined role, see leading_orgs).
    orgs = [s for s in starts if org_at(src, found, s, end) is not None][-1:]
    capital = [s for s in starts if src.text[s].isupper()]
    after_comma = [
        f.start
        for f in found
        if f.label == "ORG"
        and start < f.start
        and f.end <= end
        and COMMA_BEFORE.search(src.text, start, f.start)
    ]  # '("Buyer"), a Pennsylvania corporation, Gulf Houghton Lubricants Ltd., a company ...'
    figure = [s for s in starts if src.text[s].isdigit() and FIGURE_NAME.match(src.text, s, end)]
    last = [starts[-1]] if starts and src.text[starts[-1]].isalpha() else []
    for group in (orgs, capital, after_comma, figure, last):
        for name_start in group:
            span = name_span(src, found, name_start, end)
            if span is not None:
                return run_on_name(src, capital, span, end) if group is orgs else span
    return None


def run_on_name(
    src: Source, capital: list[int], span: tuple[int, int], end: int
) -> tuple[int, int]:
    """An earlier capitalised piece whose name, read up to its descriptor, holds the ORG span."""
    for name_start in capital:
        connective = NAME_CONNECTIVE.match(src.text, name_start, end)
        name_start = connective.end() if connective else name_start
        if name_start >= span[0]:
            break
        descriptor = PARTY_DESCRIPTOR.search(src.text, name_start, end)
        whole = src.trim(name_start, descriptor.start() if descriptor else end)
        if (
            whole[1] >= span[1]
            and NAME_RUN_PREFIX.fullmatch(src.text, whole[0], span[0])
            and plausible(src.text[whole[0] : whole[1]])
        ):
            return whole
    return span


def leading_orgs(src: Source, found: list[Found], start: int, end: int) -> list[tuple[int, int]]:
    """Names of organisations opening pieces of ``text[start:end]`` before the last such piece.

    'between iBio Inc., a Public corporation, ... and Beijing CC-Pharming Ltd.
    ("CC-Pharming")': the definition belongs to the last; iBio Inc. is a party too.
    """
    opened: list[tuple[int, int]] = []
    for name_start in piece_starts(src, start, end):
        if org_at(src, found, name_start, end) is None:
            continue
        span = name_span(src, found, name_start, end)
        if span is not None and span not in opened:
            opened.append(span)
    return opened[:-1]


def piece_starts(src: Source, start: int, end: int) -> list[int]:
    """Where a name may open in ``text[start:end]``: each piece split at 'and', ';', ':' or
    a list marker, after its lead-in."""
    chunk = src.text[start:end]
    starts: list[int] = []
    for piece in [0] + [m.end() for m in PIECE_SPLIT.finditer(chunk)]:
        marker = PARTY_LEAD.match(chunk, piece)
        name_start = start + (marker.end() if marker else piece)
        if name_start < end:
            starts.append(name_start)
    return starts


def org_at(src: Source, found: list[Found], start: int, end: int) -> Found | None:
    """An ORG span that starts the text at ``start`` (after spaces or quotes, not after 'a ')."""
    lead = NAME_CONNECTIVE.match(src.text, start, end)
    start = lead.end() if lead else start
    return next(
        (
            f
            for f in found
            if f.label == "ORG"
            and start <= f.start <= start + 2
            and f.end <= end
            and not any(c.isalnum() for c in src.text[start : f.start])
        ),
        None,
    )


def name_span(src: Source, found: list[Found], start: int, end: int) -> tuple[int, int] | None:
    connective = NAME_CONNECTIVE.match(src.text, start, end)
    if connective is not None:
        start = connective.end()
    org = org_at(src, found, start, end)
    if org is not None:
        stop = org.end + 1 if src.text[org.end : org.end + 1] == "." else org.end
        lead = NAME_CONNECTIVE.match(src.text, org.start, stop)
        name_start = lead.end() if lead else org.start
        if NOT_IN_NAME.search(src.text, name_start, stop):
            return None
        return name_start, stop
    descriptor = PARTY_DESCRIPTOR.search(src.text, start, end)
    stop = descriptor.start() if descriptor else end
    name_start, name_end = src.trim(start, stop)
    if not plausible(src.text[name_start:name_end]):
        return None
    return name_start, name_end


def plausible(name: str) -> bool:
    """A name, not a clause: short, no sentence opener, lower-case words only as joiners."""
    words = name.split()
    if not words or len(name) > MAX_NAME_CHARS or len(words) > MAX_NAME_WORDS:
        return False
    if NOT_NAME_START.match(name) or NOT_IN_NAME.search(name):
        return False
    if words[0][
        :1
    ].islower():  # a brand written in lower case: "ebix.com, Inc.", "i-on interactive"
        return len(words) <= 3 and (
            any(c in words[0] for c in ".-") or any(w[:1].isupper() for w in words[1:])
        )
    lower = [
        w for w in words[1:] if w[:1].islower() and w.lower() not in NAME_JOINERS and w.islower()
    ]  # "iDreamSky", "eBay": a brand with a capital inside is a name word
    return not lower
