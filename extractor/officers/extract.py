"""Officer changes an Item 5.02 (old Item 6) reports: one record per person.

Finding: a person is a run of capitalised words that the item also calls "Mr./Ms.
<surname>", introduces with an age (", 47,") or names right after "appointed",
"elected", "succeeded by" or right before "resigned", "will retire" ... . The
person's sentences are the ones that name them; each is cut at the next other
person, so "A is succeeded by B" gives A a departure and B an appointment; names in
one list ("with A, B, C and D") share an introduction and the words around the list.
Building: the strongest change word (retirement > departure > election >
appointment > compensation) that is not a term ("if Mr. X resigns for good reason",
"may resign"), an election to an office rather than a board seat being an
appointment; the positions written next to the name or after its 'as', never a
biography's; the date the change takes effect (never an agreement's own date, an
earlier report's, a term's end or a reporting period); and the agreements the
person's sentences name, with the exhibit that holds each. Each rule is tested on
the filing sentence it came from (tests/test_agreements.py) and scored on the gold
set (tests/test_officers_gold.py).
"""

from __future__ import annotations

from typing import Final

from sec8k.agreements.dates import find_dates
from sec8k.agreements.source import Found, Source
from sec8k.models import ChangeKind, Evidence, FilingRecord, Item, OfficerChange
from sec8k.officers.cues import (
    AGE_AFTER,
    BOARD_SEAT,
    CHANGE_CUES,
    CHANGE_EFFECTIVE_BEFORE,
    COMPANY_AFTER,
    CONDITION_BEFORE_CHANGE,
    DATE_LIST_JOIN,
    FULL_NAME,
    HONORIFIC,
    HYPOTHETICAL_BEFORE,
    NAME_INTRO_BEFORE,
    NAME_LIST_JOIN,
    NAME_VERB_AFTER,
    NOT_CHANGE_DATE_BEFORE,
    NOT_PERSON_WORDS,
    OF_BEFORE_NAME,
    TITLE_HEAD_WORD,
)
from sec8k.officers.links import linked_agreements
from sec8k.officers.person import Person
from sec8k.officers.positions import positions_of
from sec8k.parsed import ParsedFiling

__all__ = ["extract_officer_changes"]

#: Items that report officer changes: current 5.02 and its legacy equivalent.
OFFICER_ITEM: Final = "5.02"
#: How far before a name an introducing verb may stand, and after it a change verb.
INTRO_WINDOW: Final = 40
#: How far before a date the words that make it no change's date may stand.
NOT_DATE_WINDOW: Final = 250
#: How far before a change word the condition that makes it a term may stand.
CONDITION_WINDOW: Final = 140
_PRECEDENCE: Final = [kind for kind, _ in CHANGE_CUES]
#: Change words that may stand before the name they act on ("appointed X").
_ACTS_ON: Final = frozenset({"appointment", "election", "compensation"})


def extract_officer_changes(parsed: ParsedFiling) -> list[OfficerChange]:
    """One OfficerChange per person each officer item reports, in order of first mention."""
    changes: list[OfficerChange] = []
    for item in parsed.record.items:
        if item.empty or OFFICER_ITEM not in (item.number, *item.modern):
            continue
        norm = parsed.texts.get(item.document)
        src = Source(item.document, item.text, item.start, norm.line_at if norm else None)
        changes.extend(_from_item(src, item, parsed.record))
    return changes


def _from_item(src: Source, item: Item, record: FilingRecord) -> list[OfficerChange]:
    body = src.text.find("\n")
    people = _people(src, max(body, 0), record)
    found: list[OfficerChange] = []
    for person in people:
        change = _change(src, item, person, people, record)
        if change is not None:
            found.append(change)
    return found


# -- finding people ---------------------------------------------------------------------
def _people(src: Source, start: int, record: FilingRecord) -> list[Person]:
    text = src.text
    surnames = {m.group("last") for m in HONORIFIC.finditer(text, start)}
    company = (record.filing.company_name or "").lower()
    candidates: list[tuple[str, tuple[int, int], bool]] = []
    for match in FULL_NAME.finditer(text, start):
        name_start, name_end = match.span("name")
        words = match.group("name").split()
        if any(w.lower().strip(".") in NOT_PERSON_WORDS for w in words):
            continue
        if any(w.endswith(("’s", "'s")) for w in words[:-1]):
            continue  # "Tempesta’s Change": a possessive inside is not a name
        if match.group("name").lower() in company:
            continue
        if COMPANY_AFTER.match(text, name_end):
            continue  # Rule: "Meta Platforms, Inc." is a company, not a person
        surname = _name(words[-1])
        introduced = bool(
            surname in surnames
            or AGE_AFTER.match(text, name_end)
            or NAME_INTRO_BEFORE.search(text, max(0, name_start - INTRO_WINDOW), name_start)
            or NAME_VERB_AFTER.match(text[name_end:])
        )
        candidates.append((surname, (name_start, name_end), introduced))
    people: dict[str, Person] = {}
    for surname, span, introduced in _introduce_lists(text, candidates):
        if introduced:
            person = people.setdefault(surname, Person(surname, span))
            person.mentions.append(span)
    for match in HONORIFIC.finditer(text, start):
        known = people.get(match.group("last"))
        if known is not None:
            known.mentions.append(match.span())
    for person in people.values():
        person.mentions.sort()
    return sorted(people.values(), key=lambda p: p.name[0])


def _introduce_lists(
    text: str, candidates: list[tuple[str, tuple[int, int], bool]]
) -> list[tuple[str, tuple[int, int], bool]]:
    """Rule: names in one list ("with A, B, C and D") share the introduction of any of them."""
    found = list(candidates)
    changed = True
    while changed:
        changed = False
        for index in range(len(found) - 1):
            (a_name, a_span, a_in), (b_name, b_span, b_in) = found[index], found[index + 1]
            if a_in == b_in or not NAME_LIST_JOIN.fullmatch(text, a_span[1], b_span[0]):
                continue
            found[index] = (a_name, a_span, True)
            found[index + 1] = (b_name, b_span, True)
            changed = True
    return found


def _segments(
    src: Source, person: Person, people: list[Person]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """For each mention (in text order): its sentence cut at the mentions of other people.

    Rule: a list of names ("with A, B, C and D") is not cut, so the words before or after
    the list speak of every name in it.
    """
    others = sorted(m for p in people if p is not person for m in p.mentions)
    segments: list[tuple[tuple[int, int], tuple[int, int]]] = []
    seen: set[tuple[int, int]] = set()
    for start, end in person.mentions:
        sentence = src.sentence_at(start)
        if sentence[1] <= sentence[0]:
            continue
        first, last = _list_around(src.text, (start, end), others)
        left = max([sentence[0]] + [e for s, e in others if e <= first and s >= sentence[0]])
        right = min([sentence[1]] + [s for s, _ in others if s >= last and s < sentence[1]])
        if (left, right) not in seen:
            seen.add((left, right))
            segments.append(((left, right), (start, end)))
    return segments


def _list_around(
    text: str, mention: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int]:
    """Where the list of names the mention stands in starts and ends (the mention alone if none)."""
    first, last = mention
    for start, end in reversed(others):
        if end <= first and NAME_LIST_JOIN.fullmatch(text, end, first):
            first = start
    for start, end in others:
        if start >= last and NAME_LIST_JOIN.fullmatch(text, last, start):
            last = end
    return first, last


# -- building a change -----------------------------------------------------------------------
def _change(
    src: Source, item: Item, person: Person, people: list[Person], record: FilingRecord
) -> OfficerChange | None:
    evidence: dict[str, Evidence] = {"name": src.evidence(*person.name)}
    segments = _segments(src, person, people)
    hits = [
        (hit, segment) for segment, mention in segments for hit in _cue_hits(src, segment, mention)
    ]
    if not hits:
        return None
    (rank, cue_start, cue_end), segment = min(hits)
    evidence["change"] = src.evidence(cue_start, cue_end)
    mention = next(m for s, m in segments if s == segment)
    change: ChangeKind = _PRECEDENCE[rank]  # type: ignore[assignment]
    positions = positions_of(src, person, segment, mention, evidence, segments, change, cue_end)
    date = _effective_date(src, cue_end, segment, [s for s, _ in segments], change)
    if date is not None:
        evidence["effective_date"] = src.evidence(date.start, date.end)
    if change == "election" and _elected_officer(src, cue_end):
        change = "appointment"
    return OfficerChange(
        item=item.number,
        name=_name(src.text[person.name[0] : person.name[1]]),
        positions=positions,
        change=change,
        effective_date=str(date.value) if date is not None else None,
        agreements=linked_agreements(src, [s for s, _ in segments], record),
        evidence=evidence,
    )


def _cue_hits(
    src: Source, segment: tuple[int, int], mention: tuple[int, int]
) -> list[tuple[int, int, int]]:
    """(rank, start, end) of the change words that speak of the person in this segment.

    Words after the name are the person's own ("X resigned"); before it only words
    that act on the person count ("the Board appointed X", "the resignation of X").
    """
    hits = []
    for rank, (kind, pattern) in enumerate(CHANGE_CUES):
        for match in pattern.finditer(src.text, *segment):
            before = match.end() <= mention[0]
            acts_on = kind in _ACTS_ON or OF_BEFORE_NAME.match(
                src.text, match.end(), mention[0] + 1
            )
            if HYPOTHETICAL_BEFORE.search(
                src.text, max(segment[0], match.start() - 40), match.start()
            ):
                continue
            if CONDITION_BEFORE_CHANGE.search(
                src.text, max(segment[0], match.start() - CONDITION_WINDOW), match.start()
            ):
                continue  # "if Mr. Banks resigns for good reason": a term, not a change
            if not before or acts_on:
                hits.append((rank, match.start(), match.end()))
    return hits


def _elected_officer(src: Source, cue_end: int) -> bool:
    """Rule: "elected Co-Presidents of the Firm" names an office and no board seat: an appointment."""
    end = src.sentence_at(cue_end - 1)[1]
    return not BOARD_SEAT.search(src.text, cue_end, end) and bool(
        TITLE_HEAD_WORD.search(src.text, cue_end, end)
    )


def _name(text: str) -> str:
    name = " ".join(text.split())
    return name[:-2] if name.endswith(("’s", "'s")) else name


def _dates_within(src: Source, start: int, end: int) -> list[Found]:
    """The dates inside ``text[start:end]``, read once per sentence (the spans asked for are
    pieces of sentences, and one spaCy call per sentence serves them all)."""
    sentence = src.sentence_at(start)
    if not sentence[0] <= start < end <= sentence[1]:
        return find_dates(src, start, end)
    return [d for d in find_dates(src, *sentence) if start <= d.start and d.end <= end]


def _effective_date(
    src: Source,
    cue_end: int,
    segment: tuple[int, int],
    segments: list[tuple[int, int]],
    change: ChangeKind,
) -> Found | None:
    """The date the change takes effect, in this order:

    an "effective <date>" in the change's segment; the first date after the change word
    in its sentence; for pay only, an "effective <date>" in the person's other sentences
    (the agreement "effective as of April 1, 2022" in the person's own paragraph); the
    first date of the change's sentence, then of the person's other ones. Rule: an
    agreement's own date ("dated as of"), an earlier report's filing date ("Form 8-K
    filed ... on"), an extended term's ends and a reporting period are never the change's.
    """
    sentence = src.sentence_at(cue_end - 1)

    def dates(start: int, end: int, effective: bool = False) -> list[Found]:
        kept: list[Found] = []
        dropped: Found | None = None
        for d in _dates_within(src, start, end):
            if NOT_CHANGE_DATE_BEFORE.search(
                src.text, max(start, d.start - NOT_DATE_WINDOW), d.start
            ) or (dropped is not None and DATE_LIST_JOIN.fullmatch(src.text, dropped.end, d.start)):
                dropped = d  # "expire on January 19, 2028 (...) and July 8, 2026": both
                continue
            if not effective or CHANGE_EFFECTIVE_BEFORE.search(
                src.text, max(start, d.start - 20), d.start
            ):
                kept.append(d)
        return kept

    found = dates(*segment, effective=True) or dates(cue_end, sentence[1])
    if found:
        return found[0]
    for other in segments if change == "compensation" else []:
        found = dates(*other, effective=True)
        if found:
            return found[0]
    for other in [sentence, *segments]:
        found = dates(*other)
        if found:
            return found[0]
    return None
