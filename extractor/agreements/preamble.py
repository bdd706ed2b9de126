"""The opening of an agreement: its title, and its parties and their roles.

"THIS CONSULTING AGREEMENT, dated as of January 3, 2011, is between Allied Motion
Technologies Inc., a Colorado corporation (the "Company"), and Richard D. Smith
("Consultant")." Each parenthesised definition after "between" closes one party; the
party's name is the start of the text before it (an ORG span where spaCy found one).
The first sentences are tried in order and the first that names two parties wins; a
cover page ("Between / A / and / B") is the fallback. The agreement's date is read from
the same places by :mod:`sec8k.agreements.agreement_date`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sec8k.agreements.cues.layout import AGREEMENT_OPENING
from sec8k.agreements.cues.parties import (
    AND_SPLIT,
    BETWEEN,
    BETWEEN_THE_PARTIES,
    COVER_AND,
    COVER_AND_NEXT,
    COVER_BETWEEN,
    COVER_ROLE,
    HEREINAFTER_TERM,
    NAME_LIKE,
    PAREN_TERM,
    PARTY_DESCRIPTOR,
    PARTY_LABEL,
    PARTY_LABEL_END,
    PARTY_LIST_END,
    PREAMBLE_END,
    QUOTED_TERM,
    RECITAL,
    RECITALS_START,
    SALUTATION,
    STREET_START,
    TRAILING_DATE,
    TRAILING_PARTY,
)
from sec8k.agreements.dates import find_dates
from sec8k.agreements.kinds import OPENING_CHARS, title_of
from sec8k.agreements.party_clean import clean_parties
from sec8k.agreements.party_names import (
    MAX_NAME_CHARS,
    leading_orgs,
    name_span,
    party_before,
    plausible,
)
from sec8k.agreements.source import Found, Source
from sec8k.models import Party
from sec8k.rules.fields import Fields

__all__ = ["COVER_LINE_CHARS", "PREAMBLE_CHARS", "candidates", "read_preamble"]

#: Defined terms that name the agreement or a date, not a party.
NOT_PARTY_TERMS: Final = frozenset(
    {
        "agreement",
        "effective date",
        "party",
        "parties",
        "contract",
        "this agreement",
        "date",
        "execution date",
        "commencement date",
        "signing date",
        "amendment",
        "letter",
        "term",
    }
)
#: Where the preamble may be: this many characters from the start (after cover legends).
PREAMBLE_CHARS: Final = 6000
#: A list of parties after "between the parties:": at most this many sentences and characters.
PARTY_LIST_SENTENCES: Final = 6
PARTY_LIST_CHARS: Final = 2500
#: A sentence with definitions but no "between" is a candidate only this near the top.
TERMS_ONLY_SENTENCES: Final = 40
#: Consecutive defined terms (gap of at most this much) belong to one party.
TERM_GAP: Final = 6
#: The address block above a letter's salutation is at most this long.
ADDRESS_BLOCK_CHARS: Final = 300
#: A cover page lists parties on short lines.
COVER_LINE_CHARS: Final = 160
MAX_PARTIES: Final = 8


@dataclass(frozen=True, slots=True)
class _TermGroup:
    """One parenthesised definition: '(the "Company")', '("REIT" or the "Company")'."""

    start: int
    end: int
    roles: tuple[str, ...]


def read_preamble(src: Source, out: Fields) -> tuple[int, int] | None:
    """Fill title and parties; return the preamble sentence span."""
    title = title_of(src.text[:OPENING_CHARS])
    if title is not None:
        out.put(
            "title",
            _squash(title.group("title")),
            src.evidence(title.start("title"), title.end("title")),
        )
    chosen: tuple[tuple[int, int], list[Party]] | None = None
    for candidate in candidates(src):
        read = _parties(src, candidate)
        if chosen is None or _rank(read) > _rank(chosen[1]):
            chosen = (candidate, read)
        if _strong(read):
            break
    parties: list[Party] = chosen[1] if chosen else []
    if not _strong(parties):
        for fallback in (_labelled_parties, _cover_parties):
            listed = fallback(src)
            if len(listed) >= max(2, len(parties)) or (listed and not parties):
                parties = listed
                break
    addressee = _addressee(src)
    seen: set[str] = set()
    for party in clean_parties(src, parties[:MAX_PARTIES] + ([addressee] if addressee else [])):
        key = "".join(c for c in party.name.lower() if c.isalnum())
        if key not in seen:  # a cover page, the preamble under it, an address block: one party
            seen.add(key)
            out.add("parties", party)
    return chosen[0] if chosen else None


def _strong(parties: list[Party]) -> bool:
    """Two or more parties, each with its defined role: a preamble read as written."""
    return len(parties) >= 2 and all(p.role for p in parties)


def _rank(parties: list[Party]) -> tuple[int, int]:
    return (min(len(parties), 2), sum(1 for p in parties if p.role))


def candidates(src: Source) -> list[tuple[int, int]]:
    """Opening sentences that may name the parties, in text order."""
    found = []
    for index, (start, end) in enumerate(src.sentences):
        if start > PREAMBLE_CHARS:
            break
        if (
            BETWEEN.search(src.text, start, end)
            or AGREEMENT_OPENING.search(src.text, start, end)
            or (
                index < TERMS_ONLY_SENTENCES
                and len(list(PAREN_TERM.finditer(src.text, start, end))) >= 2
            )
        ):
            found.append((start, end))
    return found


# -- parties from a sentence --------------------------------------------------------
def _term_groups(src: Source, start: int, end: int, found: list[Found]) -> list[_TermGroup]:
    groups = [
        _TermGroup(f.start, f.end, (_role(str(f.value)),))
        for f in found
        if f.label == "DEFINED_TERM" and f.value and start <= f.start < end
    ]
    for pattern in (PAREN_TERM, HEREINAFTER_TERM):
        for match in pattern.finditer(src.text, start, end):
            if any(g.start < match.end() and match.start() < g.end for g in groups):
                continue
            roles = tuple(_role(m.group("term")) for m in QUOTED_TERM.finditer(match.group()))
            groups.append(_TermGroup(match.start(), match.end(), roles))
    return sorted(groups, key=lambda g: g.start)


def _role(term: str) -> str:
    """'the Customer' -> 'Customer'."""
    term = term.strip(" ,.")
    return term[4:] if term.lower().startswith("the ") else term


def _is_party_role(role: str) -> bool:
    lowered = role.lower().strip(" .,")
    return lowered not in NOT_PARTY_TERMS and not lowered.startswith(
        ("party", "parties", "each", "collectively", "individually")
    )


def _parties(src: Source, sentence: tuple[int, int]) -> list[Party]:
    between = BETWEEN.search(src.text, *sentence)
    anchor = between.end() if between else sentence[0]
    region_end = _party_region_end(src, sentence, anchor)
    recitals = RECITALS_START.search(src.text, anchor, region_end)
    region_end = recitals.start() if recitals else region_end
    found = src.entities(sentence[0], region_end, ("ORG", "DEFINED_TERM"))
    parties: list[Party] = []
    boundary = anchor
    last: _TermGroup | None = None
    for group in _term_groups(src, anchor, region_end, found):
        roles = [r for r in group.roles if _is_party_role(r)]
        adjacent = last is not None and group.start - last.end <= TERM_GAP
        if not roles or adjacent:
            boundary = max(boundary, group.end)
            last = group if roles else last
            continue
        for lead in leading_orgs(src, found, boundary, group.start):
            parties.append(
                Party(name=_squash(src.text[slice(*lead)]), evidence=src.evidence(*lead))
            )
        span = party_before(src, found, boundary, group.start)
        boundary, last = group.end, group
        if span is not None:
            parties.append(
                Party(
                    name=_squash(src.text[span[0] : span[1]]),
                    role=roles[0],
                    evidence=src.evidence(span[0], group.end),
                )
            )
    if parties and last is not None:
        trailing = _trailing_party(src, found, last.end, region_end)
        if trailing is not None:
            parties.append(trailing)
    if not parties and between is not None and not RECITAL.match(src.text, sentence[0]):
        parties = _parties_without_terms(src, between.end(), sentence[1], found)
    return parties


def _trailing_party(src: Source, found: list[Found], start: int, end: int) -> Party | None:
    """'... ("Vendor") and Torvec Inc., a New York corporation ...': a last party with no role."""
    match = TRAILING_PARTY.match(src.text, start, end)
    if match is None:
        return None
    span = name_span(src, found, match.end(), end)
    if span is None or not NAME_LIKE.fullmatch(src.text, *span):
        return None
    return Party(name=_squash(src.text[span[0] : span[1]]), evidence=src.evidence(*span))


def _party_region_end(src: Source, sentence: tuple[int, int], anchor: int) -> int:
    """The sentence, or more when it only announces a list ('by and among the following parties:')."""
    tail = src.text[anchor : sentence[1]].strip()
    announces = (
        BETWEEN_THE_PARTIES.search(src.text, *sentence) or tail.endswith(":") or len(tail) < 3
    )
    if not announces:
        return sentence[1]
    end = sentence[1]
    for start, stop in [s for s in src.sentences if s[0] >= sentence[1]][:PARTY_LIST_SENTENCES]:
        if PREAMBLE_END.match(src.text, start) or stop - sentence[0] > PARTY_LIST_CHARS:
            break
        end = stop
    return end


def _parties_without_terms(src: Source, start: int, end: int, found: list[Found]) -> list[Party]:
    """'between A and B' with no defined roles: the ORGs, else the 'and'-separated names."""
    stop = PARTY_LIST_END.search(src.text, start, end)
    limit = stop.start() if stop else end
    orgs = [f for f in found if f.label == "ORG" and start <= f.start < limit]
    if len(orgs) >= 2:
        return [Party(name=_squash(o.text), evidence=src.evidence(o.start, o.end)) for o in orgs]
    chunk = src.text[start:limit]
    separators = list(AND_SPLIT.finditer(chunk))
    if not separators:
        return []
    parties = []
    bounds = zip(
        [0] + [m.end() for m in separators],
        [m.start() for m in separators] + [len(chunk)],
        strict=True,
    )
    for a, b in bounds:
        span = name_span(src, found, *src.trim(start + a, start + b))
        if span is not None and NAME_LIKE.fullmatch(src.text, *span):
            parties.append(
                Party(name=_squash(src.text[span[0] : span[1]]), evidence=src.evidence(*span))
            )
    return parties


def _labelled_parties(src: Source) -> list[Party]:
    """'Party A: ZTO Express Co., Ltd. Address: ...': the first name each label gives, in order."""
    parties: dict[str, Party] = {}
    for label in PARTY_LABEL.finditer(src.text, 0, min(len(src.text), PREAMBLE_CHARS)):
        letter = label.group("letter")
        if letter in parties or not src.text[label.end() : label.end() + 1].isupper():
            continue
        stop = PARTY_LABEL_END.search(src.text, label.end(), label.end() + MAX_NAME_CHARS)
        if stop is None:
            continue
        span = src.trim(label.end(), stop.start())
        name = src.text[span[0] : span[1]]
        if plausible(name):
            parties[letter] = Party(
                name=_squash(name), evidence=src.evidence(label.start(), span[1])
            )
    return list(parties.values())


def _addressee(src: Source) -> Party | None:
    """A letter agreement's addressee: the name atop the address block above 'Ladies and Gentlemen:'.

    "AGENCY AGREEMENT / November ___, 2006 / SANDLER O'NEILL & PARTNERS, L.P. 919 Third
    Avenue, ... / Ladies and Gentlemen:": the agent the letter is written to is a party.
    """
    salutation = SALUTATION.search(src.text, 0, min(len(src.text), PREAMBLE_CHARS))
    if salutation is None:
        return None
    end = src.trim(0, salutation.start())[1]
    start = max(src.text.rfind("\n\n", 0, end) + 2, end - ADDRESS_BLOCK_CHARS, 0)
    dates = find_dates(src, start, end)
    start = dates[-1].end if dates else start
    street = STREET_START.search(src.text, start, end)
    span = src.trim(start, street.start() if street else end)
    name = src.text[span[0] : span[1]]
    if street is None or not name[:1].isupper() or not plausible(name):
        return None
    return Party(name=_squash(name), evidence=src.evidence(*span))


def _cover_parties(src: Source) -> list[Party]:
    """A cover page: 'Between' on its own, then party lines separated by 'and' lines."""
    for index, (start, end) in enumerate(src.sentences):
        if start > PREAMBLE_CHARS:
            break
        if not COVER_BETWEEN.fullmatch(src.text, start, end):
            continue
        parties: list[Party] = []
        for line_start, line_end in src.sentences[index + 1 : index + 1 + 2 * MAX_PARTIES]:
            line = src.text[line_start:line_end]
            if COVER_AND.fullmatch(line):
                continue
            if len(line) > COVER_LINE_CHARS or not (line[:1].isupper() or line[:1].isdigit()):
                break
            role = COVER_ROLE.search(line)
            name_end = line_start + (role.start() if role else len(line))
            dated = TRAILING_DATE.search(src.text, line_start, name_end)
            name_end = dated.start() if dated else name_end
            descriptor = PARTY_DESCRIPTOR.search(src.text, line_start, name_end)
            span = src.trim(line_start, descriptor.start() if descriptor else name_end)
            if not plausible(src.text[span[0] : span[1]]):
                break
            parties.append(
                Party(
                    name=_squash(src.text[span[0] : span[1]]),
                    role=role.group("role") if role else None,
                    evidence=src.evidence(line_start, line_end),
                )
            )
            following = src.text[line_end : line_end + 12]
            if not COVER_AND_NEXT.match(following):
                break
        if len(parties) >= 2:
            return parties
    return []


def _squash(text: str) -> str:
    return " ".join(text.split())
