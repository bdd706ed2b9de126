"""Dates and duration of an agreement, and the law and forum it chooses.

Each rule finds its clause with a cue (``cues``), asks spaCy for the typed values
inside that clause only, and fills fields with evidence.
"""

from __future__ import annotations

import itertools
from typing import Final

from sec8k.agreements.cues.dates import (
    DATE_HINT,
    DATED_TERM_HINT,
    DURATION_HINT,
    EFFECTIVE_DEFINED,
    EFFECTIVE_MEANS,
    EFFECTIVE_MEANS_AHEAD,
    EFFECTIVE_ON_TERM,
    EFFECTIVE_PHRASE,
    EXPECTED,
)
from sec8k.agreements.cues.terms import (
    ANNIVERSARY,
    EFFECTIVE_BEFORE,
    END_DATE_BEFORE,
    FOR_DURATION_BEFORE,
    INDEFINITE_TERM,
    LENGTH_BEFORE,
    NOTICE_AFTER,
    PERIOD_SENTENCE,
    RENEWAL,
    RENEWAL_AUTOMATIC,
    RENEWAL_SUBJECT,
    RENEWAL_WORDS,
    TERM_CLAUSE,
    TERM_CLAUSE_WORDS,
    TERM_HEADING,
    TERM_SENTENCE,
    TERM_SENTENCE_WORDS,
)
from sec8k.agreements.dates import find_dates
from sec8k.agreements.law import read_arbitration, read_governing_law
from sec8k.agreements.source import Found, Source
from sec8k.agreements.term_end import Counted, count_end
from sec8k.models import DatedEvent, Quantity, Renewal, Term
from sec8k.rules.fields import Fields

__all__ = [
    "read_arbitration",
    "read_effective_date",
    "read_governing_law",
    "read_renewal",
    "read_term",
]

#: Units a contract term is stated in.
TERM_UNITS: Final = frozenset({"years", "months", "days"})
#: Dates defined as terms are looked for in the opening (preamble, recitals) only.
DEFINITION_SENTENCES: Final = 60
#: Most characters between a date and the words defining it as the Effective Date ("2018 (the ").
DEFINED_GAP_CHARS: Final = 12
#: How many characters before a value its cue may stand.
CUE_WINDOW: Final = 70


def _defined_dates(src: Source, found: list[Found]) -> dict[str, Found]:
    """Defined terms that name a date: 'March 31, 2013 (the "Retirement Date")'."""
    named: dict[str, Found] = {}
    for date, term in itertools.pairwise(found):
        if date.label == "DATE" and term.label == "DEFINED_TERM" and term.start - date.end <= 3:
            named[str(term.value)] = date
    return named


def read_effective_date(src: Source, out: Fields, preamble: tuple[int, int] | None) -> None:
    """A date defined as the Effective Date, else 'effective on the <defined date>', else 'effective as of <date>'."""
    spans = [
        s for s in src.sentences[:DEFINITION_SENTENCES] if EFFECTIVE_PHRASE.search(src.text, *s)
    ]
    if preamble is not None and preamble not in spans:
        spans.insert(0, preamble)
    defined: dict[str, tuple[Found, tuple[int, int]]] = {}
    for span in src.sentences[:DEFINITION_SENTENCES]:
        if not DATED_TERM_HINT.search(src.text, *span):
            continue
        terms = src.entities(*span, ("DEFINED_TERM",))
        dates = find_dates(src, *span)  # also the forms PDF conversion leaves: "20t h day of"
        for name, date in _defined_dates(
            src, sorted([*terms, *dates], key=lambda f: f.start)
        ).items():
            defined.setdefault(name, (date, span))
    means = EFFECTIVE_MEANS_AHEAD.search(src.text)
    if means is not None:
        span = src.sentence_at(means.start())
        for date in find_dates(src, *span):
            if EFFECTIVE_MEANS.search(src.text, max(span[0], date.start - 60), date.start):
                defined.setdefault("Effective Date", (date, span))
    if "Effective Date" not in defined:
        _effective_defined_later(src, defined)
    if "Effective Date" in defined:
        date, span = defined["Effective Date"]
        value = DatedEvent(date=str(date.value), text=src.clip(*span))
        out.put("effective_date", value, src.evidence(*span))
        out.part("effective_date.date", src.evidence(date.start, date.end))
        return
    for span in spans:
        on_term = EFFECTIVE_ON_TERM.search(src.text, *span)
        if on_term is None:
            continue
        term = on_term.group("term")
        if term in defined:
            date, date_span = defined[term]
            anticipated = EXPECTED.search(src.text, *date_span) is not None
            value = DatedEvent(
                date=str(date.value), event=term, anticipated=anticipated, text=src.clip(*span)
            )
            out.put("effective_date", value, src.evidence(*span))
            out.part(
                "effective_date.event", src.evidence(on_term.start("term"), on_term.end("term"))
            )
            out.part("effective_date.date", src.evidence(date.start, date.end))
            return
    for span in spans:
        for date in src.entities(*span, ("DATE",)):
            before = src.text[max(span[0], date.start - CUE_WINDOW) : date.start]
            if (
                EFFECTIVE_BEFORE.search(before)
                and not END_DATE_BEFORE.search(before)  # "effective until February 28"
                and isinstance(date.value, str)
            ):
                out.put(
                    "effective_date",
                    DatedEvent(date=date.value, text=src.clip(*span)),
                    src.evidence(*span),
                )
                out.part("effective_date.date", src.evidence(date.start, date.end))
                return


def _effective_defined_later(
    src: Source, defined: dict[str, tuple[Found, tuple[int, int]]]
) -> None:
    """A date defined as the Effective Date after the opening sentences (behind a table of
    contents or a cover page), or named so without quotes: 'this 2nd day of September 1998,
    hereinafter called the Effective Date'."""
    for match in EFFECTIVE_DEFINED.finditer(src.text):
        span = src.sentence_at(match.start())
        dates = [
            d
            for d in find_dates(src, span[0], match.start())
            if match.start() - d.end <= DEFINED_GAP_CHARS
        ]
        if dates:
            defined["Effective Date"] = (dates[-1], span)
            return


def read_term(src: Source, out: Fields) -> None:
    """The agreement's own term clause when one states or counts its end ("This Agreement
    shall commence on the Effective Date and continue for five (5) years"), else the first
    term clause that states a length or an end date."""
    own = src.sentences_with(TERM_CLAUSE, *TERM_CLAUSE_WORDS)
    for span in own:
        read = _term_parts(src, out, span)
        if read is not None and (read[1] is not None or read[2] is not None):
            _put_term(src, out, span, *read)
            return
    for span in _term_sentences(src):
        read = _term_parts(src, out, span)
        if read is not None:
            _put_term(src, out, span, *read)
            return
    for span in own:
        if INDEFINITE_TERM.search(src.text, *span):
            # no length and no end: the term runs until a party ends it
            out.put("term", Term(indefinite=True, text=src.clip(*span)), src.evidence(*span))
            return


def _term_parts(
    src: Source, out: Fields, span: tuple[int, int]
) -> tuple[Found | None, Found | None, Counted | None] | None:
    """The length, the stated end date and the counted end of one term sentence, if any."""
    if PERIOD_SENTENCE.search(src.text, *span) or not (
        DURATION_HINT.search(src.text, *span)
        or DATE_HINT.search(src.text, *span)
        or ANNIVERSARY.search(src.text, *span)
    ):
        return None
    found = src.entities(*span, ("DURATION", "DATE"))
    duration = next(
        (
            f
            for f in found
            if f.label == "DURATION"
            and isinstance(f.value, Quantity)
            and f.value.unit in TERM_UNITS
            and FOR_DURATION_BEFORE.search(src.text, max(span[0], f.start - 40), f.start)
        ),
        None,
    )
    end = next(
        (
            f
            for f in found
            if f.label == "DATE"
            and isinstance(f.value, str)
            and END_DATE_BEFORE.search(src.text, max(span[0], f.start - 30), f.start)
        ),
        None,
    )
    lengths = [
        f
        for f in found
        if f.label == "DURATION"
        and isinstance(f.value, Quantity)
        and f.value.unit in TERM_UNITS
        and _length_cue(src, span, f)
    ]
    counted = count_end(src, out, span, lengths) if end is None else None
    if duration is None and end is None and counted is None:
        return None
    return duration, end, counted


def _length_cue(src: Source, span: tuple[int, int], found: Found) -> bool:
    before = max(span[0], found.start - 40)
    return bool(
        FOR_DURATION_BEFORE.search(src.text, before, found.start)
        or LENGTH_BEFORE.search(src.text, before, found.start)
    )


def _put_term(
    src: Source,
    out: Fields,
    span: tuple[int, int],
    duration: Found | None,
    end: Found | None,
    counted: Counted | None,
) -> None:
    length = duration.value if duration and isinstance(duration.value, Quantity) else None
    term = Term(
        duration=counted.length if counted else length,
        end_date=str(end.value) if end else counted.end if counted else None,
        end_basis="stated" if end else "computed" if counted else None,
        start_date=counted.start if counted else None,
        start_event=counted.event if counted else None,
        text=src.clip(*span),
    )
    out.put("term", term, src.evidence(*span))
    if counted is not None:
        out.part("term.duration", counted.length_evidence)
        out.part("term.start_date", counted.start_evidence)
        out.part("term.start_event", counted.event_evidence)
    elif duration is not None:
        out.part("term.duration", src.evidence(duration.start, duration.end))
    if end is not None:
        out.part("term.end_date", src.evidence(end.start, end.end))


def _term_sentences(src: Source) -> list[tuple[int, int]]:
    """Sentences of a 'Term' section first, then any sentence with a term cue."""
    headed = [s for s in src.sections if TERM_HEADING.match(s.title)]
    first = [span for section in headed for span in src.sentences_in(section.body, section.end)][:6]
    renewing = set(src.sentences_with(RENEWAL, *RENEWAL_WORDS))
    rest = [
        s
        for s in src.sentences_with(TERM_SENTENCE, *TERM_SENTENCE_WORDS)
        if s not in first and s not in renewing
    ]
    return first + rest


def read_renewal(src: Source, out: Fields) -> None:
    for span in src.sentences_with(RENEWAL, *RENEWAL_WORDS):
        renew = RENEWAL.search(src.text, *span)
        if renew is None or not RENEWAL_SUBJECT.search(src.text, *span):
            continue
        found = src.entities(*span, ("DURATION",))
        period = next(
            (
                f
                for f in found
                if isinstance(f.value, Quantity)
                and f.value.unit in TERM_UNITS
                and f.start > renew.start() - 80
                and not NOTICE_AFTER.match(src.text, f.end)
            ),
            None,
        )
        notice = next(
            (
                f
                for f in found
                if isinstance(f.value, Quantity) and NOTICE_AFTER.match(src.text, f.end)
            ),
            None,
        )
        automatic = True if RENEWAL_AUTOMATIC.search(src.text, *span) else None
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
