"""The consideration grammar: a deal's amounts and the words that join them, parsed into a tree.

A price sentence is a small language. Its chunks are the amounts spaCy already found (MONEY,
SHARES) and the marker phrases of ``data/consideration.jsonl``, found here with a spaCy
``PhraseMatcher`` on lower-case tokens: a *head* ("purchase price", "valued at", "for"), *parts* connectives ("consisting
of", "of which", "including"), *joins* ("and", "plus", "together with"), *role* markers before or
after an amount ("in cash", "assumption of", "up to an additional", "par value"), *per-unit*
markers ("per share", "for each share") and *limits* ("up to"). :func:`parse` ties each marker to
the amount it touches and groups the amounts of a head into a :class:`Phrase` (its total and its
parts); :mod:`.consideration` reads the fields off the phrases, never off the order of calls.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from pydantic import Field, field_validator

from sec8k.errors import PatternError
from sec8k.models import Money, Quantity
from sec8k.rules.data import DataLine, load_lines
from sec8k.rules.finder import Candidate
from sec8k.rules.nlp import get_tokenizer

if TYPE_CHECKING:  # spaCy loads when the grammar is first built, not at import
    from spacy.matcher import PhraseMatcher

__all__ = [
    "GRAMMAR_FILE",
    "Amount",
    "GrammarLine",
    "Marker",
    "Phrase",
    "find_markers",
    "parse",
]

GRAMMAR_FILE: Final = Path(__file__).with_name("data") / "consideration.jsonl"
#: The most characters between two amounts of one list ("$X in cash and the assumption of $Y").
JOIN_REACH: Final = 90
#: The farthest (characters) a marker may stand from its amount, whatever its reach in words.
MAX_REACH_CHARS: Final = 400
#: Amounts a list holds at most; a longer run of amounts is a table or a schedule, not a price.
MAX_PARTS: Final = 6

Kind = Literal["filler", "head", "parts", "join", "role", "per_unit", "limit", "shared"]
Role = Literal[
    "total",
    "cash",
    "shares",
    "note",
    "assumed",
    "escrow",
    "deferred",
    "contingent",
    "excluded",
    "not_price",
    "price",
]
#: Roles that take an amount out of the price paid (neither total, cash nor shares issued).
UNPAID: Final = frozenset({"assumed", "contingent", "not_price"})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[\w$€£¥.'’-]+|[,;()]")
#: A bare number right before a per-unit marker: an exchange ratio ("0.2 of a share"), no chunk.
_RATIO_BEFORE = re.compile(r"(?<![\w$€£¥.,])\d[\d,]*(?:\.\d+)?\s*$")
#: The low end of a range right before an amount: "2.6 to 2.8 million shares", "between $5
#: million and $7 million": the amount is one end of a range, not the amount stated.
_RANGE_BEFORE = re.compile(
    r"(?:\bbetween\s+[$€£]?\d[\d,.]*(?:\s+(?:million|billion))?\s+and"
    r"|(?<![\w.])[$€£]?\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:to|-|–))\s*$",
    re.IGNORECASE,
)
#: Characters read back from a per-unit marker for its ratio number.
_RATIO_LOOKBACK: Final = 24


class GrammarLine(DataLine):
    """One line of ``data/consideration.jsonl``: a family of marker phrases and what they mean."""

    id: str = Field(min_length=1)
    kind: Kind
    role: Role | None = None
    side: Literal["before", "after", "both"] | None = None
    reach: int = Field(
        default=0, ge=0, le=40, description="Words allowed between it and its amount"
    )
    phrases: tuple[str, ...] = Field(min_length=1)
    stops: frozenset[str] = Field(
        default=frozenset(), description="Words that end its reach: 'outstanding shares is $X'"
    )

    @field_validator("phrases")
    @classmethod
    def _lower_and_trimmed(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in phrases:
            if phrase != phrase.strip().lower() or not phrase:
                raise ValueError(f"phrase {phrase!r} must be lower case with no outer spaces")
        return phrases


@dataclass(frozen=True)
class Marker:
    """One marker phrase found in the text."""

    line: GrammarLine
    start: int
    end: int


@dataclass
class Amount:
    """An amount with the markers tied to it."""

    cand: Candidate
    roles: set[str] = field(default_factory=set)
    head: Marker | None = None
    per_unit: bool = False
    limit: bool = False
    shared: bool = False  # stated for several deals together ("for the two acquisitions")
    ranged: bool = False  # the high end of a range ("2.6 to 2.8 million shares")
    markers: list[Marker] = field(default_factory=list)

    @property
    def money(self) -> bool:
        return isinstance(self.cand.value, Money)

    @property
    def paid(self) -> bool:
        """Part of the price paid: not per unit, not contingent, assumed or some other figure; a
        limit ("up to $X") on money makes it a maximum that may be paid, not a price."""
        if self.per_unit or self.ranged or (self.money and self.limit):
            return False
        unpaid = self.roles & UNPAID
        if "excluded" in self.roles:
            unpaid -= {"contingent"}
        return not unpaid


@dataclass
class Phrase:
    """A head and the amounts it governs: the total (when one is stated) and the parts."""

    head: Marker | None
    members: list[Amount]
    split: bool = False  # "$X, of which $Y ...": the first member is the total
    listed: bool = False  # "consisting of $X and $Y": a list of parts, no total

    @property
    def total(self) -> Amount | None:
        first = self.members[0]
        if self.head is None or self.head.line.role != "total" or not first.money:
            return None
        if not first.paid or "escrow" in first.roles or "deferred" in first.roles:
            return None
        if self.split:
            return first
        paid = [m for m in self.members if m.paid]
        return first if len(paid) == 1 else None

    @property
    def parts(self) -> list[Amount]:
        total = self.total
        return [m for m in self.members if m is not total]


@functools.cache
def _grammar(
    path: Path = GRAMMAR_FILE,
) -> tuple[tuple[GrammarLine, ...], PhraseMatcher, frozenset[str]]:
    """The checked grammar lines, a PhraseMatcher (lower case) over their phrases, and the
    filler words."""
    from spacy.matcher import PhraseMatcher

    lines = tuple(load_lines(path, GrammarLine))
    tokenizer = get_tokenizer()
    matcher = PhraseMatcher(tokenizer.vocab, attr="LOWER")
    fillers: set[str] = set()
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if line.id in seen:
            raise PatternError(str(path), f"id {line.id!r} is used twice")
        seen.add(line.id)
        if line.kind == "filler":
            fillers |= set(line.phrases)
            continue
        if line.kind in ("head", "role") and (line.role is None or line.side is None):
            raise PatternError(f"{path}:{line.id}", f"a {line.kind} line needs a role and a side")
        matcher.add(str(index), [tokenizer(phrase) for phrase in line.phrases])
    return lines, matcher, frozenset(fillers)


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of white space made one space, and where each of its characters
    (and its end) stands in ``text``: phrases match across line breaks and double spaces."""
    parts: list[str] = []
    where: list[int] = []
    at = 0
    for space in _SPACE.finditer(text):
        parts += [text[at : space.start()], " "]
        where += [*range(at, space.start()), space.start()]
        at = space.end()
    parts.append(text[at:])
    where += [*range(at, len(text)), len(text)]
    return "".join(parts), where


@functools.lru_cache(maxsize=8)
def find_markers(text: str) -> tuple[Marker, ...]:
    """Every marker phrase in ``text``; where two overlap the longer wins."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    lines, matcher, _ = _grammar()
    flat, where = _collapsed(text)
    doc = get_tokenizer()(flat)
    spans = [Span(doc, start, end, label=key) for key, start, end in matcher(doc)]
    kept = {(span.start, span.end) for span in filter_spans(spans)}
    # the longest of overlapping phrases wins; one phrase listed in two lines keeps both meanings
    found = [
        Marker(lines[int(span.label_)], where[span.start_char], where[span.end_char - 1] + 1)
        for span in spans
        if (span.start, span.end) in kept
    ]
    return tuple(sorted(found, key=lambda m: m.start))


def _gap_words(text: str, start: int, end: int, limits: Sequence[Marker]) -> list[str]:
    """The words between two chunks that are no filler (and not inside a limit or per-unit
    marker: "up to", "per share")."""
    _, _, fillers = _grammar()
    words = []
    for match in _WORD.finditer(text, start, end):
        if any(m.start <= match.start() < m.end for m in limits):
            continue
        word = match.group().lower()
        if word not in fillers and word not in (",", "(", ")"):
            words.append(word)
    return words


def parse(
    text: str, candidates: Sequence[Candidate], start: int, end: int
) -> list[Phrase | Amount]:
    """The phrases (amounts under a head) and loose amounts of ``text[start:end]``, in order."""
    markers = [m for m in find_markers(text) if start <= m.start and m.end <= end]
    amounts = [
        Amount(c)
        for c in candidates
        if start <= c.start
        and c.end <= end
        and c.label in ("MONEY", "SHARES")
        and isinstance(c.value, Money | Quantity)
    ]
    for amount in amounts:
        amount.ranged = bool(
            _RANGE_BEFORE.search(text, max(start, amount.cand.start - 40), amount.cand.start)
        )
    limits = [m for m in markers if m.line.kind in ("limit", "per_unit")]
    ratios = [m for m in limits if m.line.kind == "per_unit" and _is_ratio(text, m)]
    answered: set[Marker] = set()  # "each share" markers an amount already answered
    for number, amount in enumerate(amounts):
        low = amounts[number - 1].cand.end if number else start
        high = amounts[number + 1].cand.start if number + 1 < len(amounts) else end
        _tie(text, amount, markers, (limits, ratios, answered), (start, low, high))
    return _group(text, amounts, markers)


def _is_ratio(text: str, marker: Marker) -> bool:
    """A per-unit marker right after a bare number ("0.2 of a share", "3.3 per share"): the
    number and the marker are an exchange ratio, which no amount chunk holds."""
    return bool(_RATIO_BEFORE.search(text, max(0, marker.start - _RATIO_LOOKBACK), marker.start))


def _before(line: GrammarLine) -> bool:
    """A line read before its amount ("both": on either side)."""
    return line.side in ("before", "both") or line.kind in ("limit", "shared")


def _tie(
    text: str,
    amount: Amount,
    markers: Sequence[Marker],
    limiting: tuple[Sequence[Marker], Sequence[Marker], set[Marker]],
    bounds: tuple[int, int, int],
) -> None:
    """Tie to ``amount`` the markers that touch it: before it (head, role, limit, per-unit) and
    after it (role, per-unit), with at most their reach of non-filler words between and no other
    amount between (a per-unit or shared marker before, "each share ... the right to receive", may
    reach across one: "par value $0.01 per share"). An exchange ratio ("0.2 of a share") takes
    its per-unit marker, and an "each share" before it, away from any amount; an "each share"
    that an amount with no per-unit marker of its own answered ("each share ... into 0.6 shares
    of Common Stock") reaches no further amount."""
    limits, ratios, answered = limiting
    start, low, high = bounds
    cand = amount.cand
    near = max(start, cand.start - MAX_REACH_CHARS)
    before = [m for m in markers if near <= m.start and m.end <= cand.start]
    after = [
        m for m in markers if cand.end <= m.start and m.end <= min(high, cand.end + MAX_REACH_CHARS)
    ]
    for marker in reversed(before):
        line = marker.line
        if not _before(line) or (marker.start < low and line.kind not in ("per_unit", "shared")):
            continue
        gap = _gap_words(text, marker.end, cand.start, limits)
        if len(gap) > line.reach or not line.stops.isdisjoint(gap):
            continue
        if line.kind == "per_unit" and (
            marker in answered or any(marker.end <= r.start and r.end <= cand.start for r in ratios)
        ):
            continue  # "each share ... into 0.2 of a share": the ratio answers it
        if line.kind == "per_unit":
            amount.per_unit = True
        elif line.kind == "shared":
            amount.shared = True
        elif line.kind == "head":
            if amount.head is None:
                amount.head = marker
        elif line.kind == "limit":
            amount.limit = True
        elif line.role is not None:
            amount.roles.add(line.role)
        amount.markers.append(marker)
    for marker in after:
        line = marker.line
        if line.side not in ("after", "both") or marker in ratios:
            continue
        gap = _gap_words(text, cand.end, marker.start, limits)
        if len(gap) > line.reach or ";" in gap or not line.stops.isdisjoint(gap):
            continue
        if line.kind == "per_unit":
            amount.per_unit = True
        elif line.role is not None:
            amount.roles.add(line.role)
        amount.markers.append(marker)
    if isinstance(cand.value, Quantity) and cand.value.unit == "shares":
        amount.roles.add("shares")
    own = [m for m in amount.markers if m.line.kind == "per_unit" and m.start >= cand.end]
    if not own:
        answered.update(m for m in amount.markers if m.line.kind == "per_unit")


def _group(text: str, amounts: list[Amount], markers: Sequence[Marker]) -> list[Phrase | Amount]:
    """Each amount with a head opens a phrase; the next amounts join it while a join or parts
    connective links them (within :data:`JOIN_REACH`) and they have no head of their own."""
    out: list[Phrase | Amount] = []
    current: Phrase | None = None
    for amount in amounts:
        if current is not None and amount.head is None and len(current.members) < MAX_PARTS:
            last = current.members[-1].cand
            between = [m for m in markers if last.end <= m.start and m.end <= amount.cand.start]
            linked = any(m.line.kind in ("join", "parts") for m in between)
            if linked and amount.cand.start - last.end <= JOIN_REACH:
                if any(m.line.kind == "parts" for m in between) and len(current.members) == 1:
                    current.split = True
                current.members.append(amount)
                continue
        if amount.head is not None:
            head = amount.head
            inside = [m for m in markers if head.end <= m.start and m.end <= amount.cand.start]
            current = Phrase(head, [amount], listed=any(m.line.kind == "parts" for m in inside))
            out.append(current)
        else:
            current = None
            out.append(amount)
    return out
