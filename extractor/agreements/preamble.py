"""The opening of an agreement: its title, its parties and their roles, and its date.

"THIS CONSULTING AGREEMENT, dated as of January 3, 2011, is between Allied Motion
Technologies Inc., a Colorado corporation (the "Company"), and Richard D. Smith
("Consultant")." Each defined term after "between" closes one party; the party's
name is the start of the text before it (an ORG span where spaCy found one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from extractor.agreements import cues
from extractor.agreements.fields import Fields
from extractor.agreements.kinds import OPENING_CHARS, title_of
from extractor.agreements.source import Found, Source
from models import Party

__all__ = ["read_preamble"]

#: Defined terms that name the agreement or a date, not a party.
NOT_PARTY_TERMS: Final = frozenset(
    {"agreement", "effective date", "party", "parties", "contract", "this agreement", "date",
     "execution date", "commencement date", "signing date", "amendment", "letter"}
)
#: Longest name accepted for a party.
MAX_NAME_CHARS: Final = 120
MAX_NAME_WORDS: Final = 14
#: How many sentences from the start may hold the preamble.
PREAMBLE_SENTENCES: Final = 12
#: A list of parties after "between the parties": at most this many sentences and characters.
PARTY_LIST_SENTENCES: Final = 6
PARTY_LIST_CHARS: Final = 2500
#: Consecutive defined terms (gap of at most this much) belong to one party.
TERM_GAP: Final = 6


def read_preamble(src: Source, out: Fields) -> tuple[int, int] | None:
    """Fill title, parties and agreement_date; return the preamble sentence span."""
    opening = src.text[:OPENING_CHARS]
    title = title_of(opening)
    if title is not None:
        out.put("title", _squash(title.group("title")), src.evidence(title.start("title"), title.end("title")))
    sentence = _preamble_sentence(src)
    if sentence is None:
        return None
    found = src.entities(*sentence)
    _parties(src, out, sentence, found)
    _agreement_date(src, out, sentence, found)
    return sentence


def _preamble_sentence(src: Source) -> tuple[int, int] | None:
    for start, end in src.sentences[:PREAMBLE_SENTENCES]:
        if start > OPENING_CHARS:
            break
        if cues.BETWEEN.search(src.text, start, end) or cues.AGREEMENT_OPENING.search(src.text, start, end):
            return start, end
    return None


@dataclass(frozen=True, slots=True)
class _TermGroup:
    """One parenthesised definition: '(the "Company")', '("REIT" or the "Company")'."""

    start: int
    end: int
    roles: tuple[str, ...]


def _term_groups(src: Source, start: int, end: int, found: list[Found]) -> list[_TermGroup]:
    groups = [
        _TermGroup(f.start, f.end, (str(f.value),))
        for f in found
        if f.label == "DEFINED_TERM" and f.value and start <= f.start < end
    ]
    for match in cues.PAREN_TERM.finditer(src.text, start, end):
        if any(g.start < match.end() and match.start() < g.end for g in groups):
            continue
        roles = tuple(m.group("term").strip() for m in cues.QUOTED_TERM.finditer(match.group()))
        groups.append(_TermGroup(match.start(), match.end(), roles))
    return sorted(groups, key=lambda g: g.start)


def _is_party_role(role: str) -> bool:
    lowered = role.lower().strip(" .,")
    return lowered not in NOT_PARTY_TERMS and not lowered.startswith(("party", "parties", "each", "collectively"))


def _parties(src: Source, out: Fields, sentence: tuple[int, int], found: list[Found]) -> None:
    between = cues.BETWEEN.search(src.text, *sentence)
    anchor = between.end() if between else sentence[0]
    region_end = _party_region_end(src, sentence)
    if region_end > sentence[1]:
        found = found + src.entities(sentence[1], region_end)
    boundary = anchor
    last: _TermGroup | None = None
    for group in _term_groups(src, anchor, region_end, found):
        roles = [r for r in group.roles if _is_party_role(r)]
        adjacent = last is not None and group.start - last.end <= TERM_GAP
        if not roles:
            boundary = max(boundary, group.end)
            continue
        if adjacent:
            boundary = group.end
            last = group
            continue
        party = _party_before(src, found, boundary, group.start)
        boundary, last = group.end, group
        if party is None:
            continue
        name_start, name_end = party
        out.add(
            "parties",
            Party(
                name=_squash(src.text[name_start:name_end]),
                role=roles[0],
                evidence=src.evidence(name_start, group.end),
            ),
        )
    if not out.lists.get("parties") and between is not None:
        _parties_without_terms(src, out, between.end(), sentence[1], found)


def _party_region_end(src: Source, sentence: tuple[int, int]) -> int:
    """The preamble sentence, or more when it says only 'between the parties' (a PARTIES list follows)."""
    if not cues.BETWEEN_THE_PARTIES.search(src.text, *sentence):
        return sentence[1]
    following = [s for s in src.sentences if s[0] >= sentence[1]][:PARTY_LIST_SENTENCES]
    end = sentence[1]
    for start, stop in following:
        if cues.PREAMBLE_END.match(src.text, start) or stop - sentence[0] > PARTY_LIST_CHARS:
            break
        end = stop
    return end


def _party_before(src: Source, found: list[Found], start: int, end: int) -> tuple[int, int] | None:
    """The name at the start of the last 'and'-separated piece of ``text[start:end]``."""
    chunk = src.text[start:end]
    pieces = [0] + [m.end() for m in cues.AND_SPLIT.finditer(chunk)]
    for piece in reversed(pieces):
        marker = cues.PARTY_LEAD.match(chunk, piece)
        name_start = start + (marker.end() if marker else piece)
        if name_start < end and (src.text[name_start].isupper() or src.text[name_start].isdigit()):
            return _name_span(src, found, name_start, end)
    return None


def _name_span(src: Source, found: list[Found], start: int, end: int) -> tuple[int, int] | None:
    org = next((f for f in found if f.label == "ORG" and start <= f.start <= start + 2 and f.end <= end), None)
    if org is not None:
        stop = org.end + 1 if src.text[org.end : org.end + 1] == "." else org.end
        return org.start, stop
    descriptor = cues.PARTY_DESCRIPTOR.search(src.text, start, end)
    stop = descriptor.start() if descriptor else end
    name_start, name_end = src.trim(start, stop)
    name = src.text[name_start:name_end]
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return None
    return name_start, name_end


def _parties_without_terms(src: Source, out: Fields, start: int, end: int, found: list[Found]) -> None:
    """'between A and B' with no defined roles: the ORGs, else the two 'and'-separated names."""
    stop = cues.PARTY_LIST_END.search(src.text[start:end])
    limit = start + stop.start() if stop else end
    orgs = [f for f in found if f.label == "ORG" and start <= f.start < limit]
    if len(orgs) >= 2:
        for org in orgs:
            out.add("parties", Party(name=_squash(org.text), evidence=src.evidence(org.start, org.end)))
        return
    chunk = src.text[start:limit]
    cuts = [0] + [m.end() for m in cues.AND_SPLIT.finditer(chunk)]
    for a, b in zip(cuts, [*(m.start() for m in cues.AND_SPLIT.finditer(chunk)), len(chunk)], strict=True):
        span = _name_span(src, found, *src.trim(start + a, start + b))
        if span is not None and src.text[span[0]].isupper():
            out.add("parties", Party(name=_squash(src.text[span[0] : span[1]]), evidence=src.evidence(*span)))


def _agreement_date(src: Source, out: Fields, sentence: tuple[int, int], found: list[Found]) -> None:
    dates = [f for f in found if f.label == "DATE" and isinstance(f.value, str)]
    for date in dates:
        if cues.DATED.search(src.text, max(sentence[0], date.start - 70), date.start):
            out.put("agreement_date", date.value, src.evidence(date.start, date.end))
            return
    if dates:
        first = dates[0]
        out.put("agreement_date", first.value, src.evidence(first.start, first.end))
        return
    # the date may stand on a line of its own above the preamble ("Dated: May 25, 2016")
    head = src.sentences[: src.sentences.index(sentence)] if sentence in src.sentences else []
    for start, end in head:
        for date in src.entities(start, end, ("DATE",)):
            if isinstance(date.value, str) and cues.DATED.search(src.text, max(start, date.start - 70), date.start):
                out.put("agreement_date", date.value, src.evidence(date.start, date.end))
                return


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
