"""Dates and duration of an agreement, and the law and forum it chooses.

Each rule finds its clause with a cue (``cues``), asks spaCy for the typed values
inside that clause only, and fills fields with evidence.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from extractor.agreements import cues
from extractor.agreements.fields import Fields
from extractor.agreements.source import Found, Source
from models import Arbitration, DatedEvent, Quantity, Renewal, Term

__all__ = ["read_arbitration", "read_effective_date", "read_governing_law", "read_renewal", "read_term"]

#: Units a contract term is stated in.
TERM_UNITS: Final = frozenset({"years", "months", "days"})
#: How many characters before a value its cue may stand.
CUE_WINDOW: Final = 70
#: Words that end a jurisdiction taken from "the laws of ...".
_PLACE_STOP: Final = frozenset(
    {"and", "of", "the", "without", "excluding", "applicable", "as", "in", "which", "that", "including",
     "regardless", "except", "for", "to", "with", "notwithstanding", "shall", "will", "but"}
)


def _defined_dates(src: Source, found: list[Found]) -> dict[str, Found]:
    """Defined terms that name a date: 'March 31, 2013 (the "Retirement Date")'."""
    named: dict[str, Found] = {}
    for date, term in itertools.pairwise(found):
        if date.label == "DATE" and term.label == "DEFINED_TERM" and term.start - date.end <= 3:
            named[str(term.value)] = date
    return named


def read_effective_date(src: Source, out: Fields, preamble: tuple[int, int] | None) -> None:
    """A date defined as the Effective Date, else 'effective on the <defined date>', else 'effective as of <date>'."""
    spans = [s for s in src.sentences[:60] if cues.EFFECTIVE_PHRASE.search(src.text, *s)]
    if preamble is not None and preamble not in spans:
        spans.insert(0, preamble)
    defined: dict[str, tuple[Found, tuple[int, int]]] = {}
    for span in src.sentences[:60]:
        for name, date in _defined_dates(src, src.entities(*span, ("DATE", "DEFINED_TERM"))).items():
            defined.setdefault(name, (date, span))
    if "Effective Date" in defined:
        date, span = defined["Effective Date"]
        value = DatedEvent(date=str(date.value), text=src.clip(*span))
        out.put("effective_date", value, src.evidence(*span))
        out.part("effective_date.date", src.evidence(date.start, date.end))
        return
    for span in spans:
        on_term = cues.EFFECTIVE_ON_TERM.search(src.text, *span)
        if on_term is None:
            continue
        term = on_term.group("term")
        if term in defined:
            date, date_span = defined[term]
            anticipated = cues.EXPECTED.search(src.text, *date_span) is not None
            value = DatedEvent(date=str(date.value), event=term, anticipated=anticipated, text=src.clip(*span))
            out.put("effective_date", value, src.evidence(*span))
            out.part("effective_date.event", src.evidence(on_term.start("term"), on_term.end("term")))
            out.part("effective_date.date", src.evidence(date.start, date.end))
            return
    for span in spans:
        for date in src.entities(*span, ("DATE",)):
            before = src.text[max(span[0], date.start - CUE_WINDOW) : date.start]
            if re.search(r"\beffective\b[^.]{0,50}$", before, re.IGNORECASE) and isinstance(date.value, str):
                out.put("effective_date", DatedEvent(date=date.value, text=src.clip(*span)), src.evidence(*span))
                out.part("effective_date.date", src.evidence(date.start, date.end))
                return


def read_term(src: Source, out: Fields) -> None:
    """The first term clause that states a length or an end date."""
    for span in _term_sentences(src):
        found = src.entities(*span, ("DURATION", "DATE"))
        duration = next(
            (
                f
                for f in found
                if f.label == "DURATION"
                and isinstance(f.value, Quantity)
                and f.value.unit in TERM_UNITS
                and cues.FOR_DURATION_BEFORE.search(src.text, max(span[0], f.start - 40), f.start)
            ),
            None,
        )
        end = next(
            (
                f
                for f in found
                if f.label == "DATE"
                and isinstance(f.value, str)
                and cues.END_DATE_BEFORE.search(src.text, max(span[0], f.start - 30), f.start)
            ),
            None,
        )
        if duration is None and end is None:
            continue
        term = Term(
            duration=duration.value if duration and isinstance(duration.value, Quantity) else None,
            end_date=str(end.value) if end else None,
            text=src.clip(*span),
        )
        out.put("term", term, src.evidence(*span))
        if duration is not None:
            out.part("term.duration", src.evidence(duration.start, duration.end))
        if end is not None:
            out.part("term.end_date", src.evidence(end.start, end.end))
        return


def _term_sentences(src: Source) -> list[tuple[int, int]]:
    """Sentences of a 'Term' section first, then any sentence with a term cue."""
    headed = [s for s in src.sections if re.match(r"(?:term|duration|period)\b", s.title, re.IGNORECASE)]
    first = [span for section in headed for span in src.sentences_in(section.body, section.end)][:6]
    rest = [
        s
        for s in src.sentences
        if s not in first and cues.TERM_SENTENCE.search(src.text, *s) and not cues.RENEWAL.search(src.text, *s)
    ]
    return first + rest


def read_renewal(src: Source, out: Fields) -> None:
    for span in src.sentences:
        renew = cues.RENEWAL.search(src.text, *span)
        if renew is None or not re.search(r"\b(?:term|agreement|period)\b", src.text[span[0] : span[1]], re.IGNORECASE):
            continue
        found = src.entities(*span, ("DURATION",))
        period = next(
            (f for f in found if isinstance(f.value, Quantity) and f.value.unit in TERM_UNITS and f.start > renew.start() - 80
             and not cues.NOTICE_AFTER.match(src.text, f.end)),
            None,
        )
        notice = next(
            (f for f in found if isinstance(f.value, Quantity) and cues.NOTICE_AFTER.match(src.text, f.end)),
            None,
        )
        automatic = True if cues.RENEWAL_AUTOMATIC.search(src.text, *span) else None
        value = Renewal(
            automatic=automatic,
            period=period.value if period and isinstance(period.value, Quantity) else None,
            notice=notice.value if notice and isinstance(notice.value, Quantity) else None,
            text=src.clip(*span),
        )
        out.put("renewal", value, src.evidence(*span))
        if period is not None:
            out.part("renewal.period", src.evidence(period.start, period.end))
        if notice is not None:
            out.part("renewal.notice", src.evidence(notice.start, notice.end))
        return


def read_governing_law(src: Source, out: Fields) -> None:
    """'governed by ... the laws of the State of Colorado' -> 'Colorado'."""
    headed = [s for s in src.sections if re.search(r"governing\s+law|applicable\s+law|choice\s+of\s+law", s.title, re.IGNORECASE)]
    regions = [(s.start, s.end) for s in headed] + [(0, len(src.text))]
    for start, end in regions:
        for match in cues.GOVERNING_LAW.finditer(src.text, start, end):
            place = _place(match)
            if place is None:
                continue
            value, p_start, p_end = place
            out.put("governing_law", value, src.evidence(p_start, p_end))
            return


def _place(match: re.Match[str]) -> tuple[str, int, int] | None:
    if match.group("adjective"):
        adjective = match.group("adjective")
        return adjective, match.start("adjective"), match.end("adjective")
    raw = match.group("place")
    start = match.start("place")
    words = raw.split()
    # drop a leading "the" and "State of", and trailing words that are not part of the name
    keep: list[str] = []
    for word in words:
        bare = word.strip(".,;")
        if keep and bare.lower() in _PLACE_STOP and bare.lower() not in ("of", "and"):
            break
        keep.append(word)
    while keep and keep[-1].strip(".,;").lower() in _PLACE_STOP:
        keep.pop()
    if not keep:
        return None
    text = " ".join(keep).rstrip(".,;")
    lead = re.match(r"(?:the\s+)?(?:(?:State|Commonwealth|Province|Canton|Emirate)\s+of\s+)?", text, re.IGNORECASE)
    name = text[lead.end() if lead else 0 :]
    if not name or not name[0].isupper() or name.lower() in ("this", "such", "any", "each", "said"):
        return None
    offset = match.string.find(name, start)
    return name, offset, offset + len(name)


def read_arbitration(src: Source, out: Fields) -> None:
    for span in src.sentences:
        if not re.search(r"\b(?:by|to|through|in)\s+(?:binding\s+|final\s+)?(?:and\s+binding\s+)?arbitration\b|\barbitrat\w+\s+(?:shall|will)\b",
                         src.text[span[0] : span[1]], re.IGNORECASE):
            continue
        venue = cues.ARBITRATION_VENUE.search(src.text, *span)
        rules = cues.ARBITRATION_RULES.search(src.text, *span)
        value = Arbitration(
            venue=venue.group("venue") if venue else None,
            rules=rules.group("body") if rules else None,
            text=src.clip(*span),
        )
        out.put("arbitration", value, src.evidence(*span))
        if venue is not None:
            out.part("arbitration.venue", src.evidence(venue.start("venue"), venue.end("venue")))
        if rules is not None:
            out.part("arbitration.rules", src.evidence(rules.start("body"), rules.end("body")))
        return
