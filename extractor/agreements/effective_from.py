"""Effective dates the agreement gives by reference, when it defines none.

Two wordings fix the day an agreement takes effect without defining an "Effective
Date": it takes effect on its own date ("This Agreement shall become effective as of
the day and year first above written"), or its term clause starts on a written date
("The term of this Agreement (the "Term") will begin on February 1, 1998", "The duration of
this Venture (the "Term") will begin on March 1, 2020").
"""

from __future__ import annotations

from typing import Final

from sec8k.agreements.cues.dates import EFFECTIVE_ON_SIGNING
from sec8k.agreements.cues.terms import RENEWAL, START_DATE_BEFORE, TERM_CLAUSE, TERM_CLAUSE_WORDS
from sec8k.agreements.dates import find_dates
from sec8k.agreements.source import Source
from sec8k.models import DatedEvent, Evidence
from sec8k.rules.fields import Fields

__all__ = ["effective_from_signing", "effective_from_term_start"]

#: How far before a start date its cue ("shall commence on") may stand.
START_CUE_CHARS: Final = 40


def effective_from_signing(src: Source, out: Fields) -> None:
    """'This Agreement shall become effective on the date of execution': the agreement's date."""
    dated, evidence = out.values.get("agreement_date"), out.evidence.get("agreement_date")
    if out.has("effective_date") or not isinstance(dated, str) or evidence is None:
        return
    match = EFFECTIVE_ON_SIGNING.search(src.text)
    if match is None:
        return
    _put(src, out, dated, src.sentence_at(match.start()), evidence)


def effective_from_term_start(src: Source, out: Fields) -> None:
    """'This Agreement shall commence on June 1, 1998': the day the agreement's term starts, read
    from the term sentence (run after the term is read) and the agreement's own term clauses."""
    if out.has("effective_date"):
        return
    own = list(src.sentences_with(TERM_CLAUSE, *TERM_CLAUSE_WORDS))
    read = out.evidence.get("term")
    if read is not None:  # the sentence the term was read from, whatever its subject
        own.insert(0, src.sentence_at(read.start - src.offset))
    for span in own:
        renewal = RENEWAL.search(src.text, *span)
        stop = renewal.start() if renewal else span[1]
        for found in find_dates(src, span[0], stop):
            before = max(span[0], found.start - START_CUE_CHARS)
            if isinstance(found.value, str) and START_DATE_BEFORE.search(
                src.text, before, found.start
            ):
                _put(src, out, found.value, span, src.evidence(found.start, found.end))
                return


def _put(src: Source, out: Fields, iso: str, span: tuple[int, int], date: Evidence) -> None:
    out.put("effective_date", DatedEvent(date=iso, text=src.clip(*span)), src.evidence(*span))
    out.part("effective_date.date", date)
