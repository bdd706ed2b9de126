"""The agreement's date: where the preamble, the lines around it and the signature blocks state it.

"THIS CONSULTING AGREEMENT, dated as of January 3, 2011, is between ...": a date the
preamble says the agreement is dated, made or entered into wins; the fallbacks are
listed in :func:`read_agreement_date`. A blank date ("as of September __, 2018")
stays null.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from sec8k.agreements.cues.dates import (
    DATE_HINT,
    DATE_LABEL,
    DATE_LABEL_AHEAD,
    DATED,
    DATED_MADE,
    OTHER_AGREEMENT_BEFORE,
    SOURCE_LINE,
)
from sec8k.agreements.cues.layout import AGREEMENT_OPENING
from sec8k.agreements.cues.parties import COVER_BETWEEN, PREAMBLE_END, RECITAL
from sec8k.agreements.cues.signatures import IN_WITNESS
from sec8k.agreements.dates import find_dates
from sec8k.agreements.preamble import COVER_LINE_CHARS, PREAMBLE_CHARS, candidates
from sec8k.agreements.source import Found, Source
from sec8k.rules.fields import Fields

__all__ = ["read_agreement_date"]

#: A preamble date with no "dated"/"as of" before it counts only this near the sentence start.
EARLY_DATE_CHARS: Final = 400
#: A preamble cut short by a stray full stop may go on for this many sentences.
CONTINUATION_SENTENCES: Final = 2
#: A "Date:" in the signature blocks is looked for this far from the end, or from the
#: last "IN WITNESS WHEREOF" (the schedules after the signatures hold other dates).
SIGNATURE_DATE_CHARS: Final = 3000


def read_agreement_date(src: Source, out: Fields, sentence: tuple[int, int] | None) -> None:
    """The agreement's date, from the strongest place that states one.

    In order: a date the preamble says it is dated/made/entered into; one the sentences
    that finish a preamble cut short say it was dated/made/signed on; one so marked on
    an earlier line ("Dated as of March 27, 2006" above "Reference is made ..."); one
    the opening sentence after a cover page's parties gives ("Between / A / and / B"
    then "This Agreement is made as of January 20, 2014, between ..."); an
    early date of the preamble; a date on a short line near the top (a cover page);
    the latest date the signature blocks give ("Date: 7/7/98").
    """
    found_candidates = candidates(src)
    before = [c for c in found_candidates if sentence is None or c[0] < sentence[0]]
    after = _continuation(src, sentence) if sentence else []
    short = [
        (a, b)
        for a, b in src.sentences
        if (sentence is None or a < sentence[0])
        and a <= PREAMBLE_CHARS
        and b - a <= COVER_LINE_CHARS
        and not SOURCE_LINE.match(src.text, a)
        and DATE_HINT.search(src.text, a, b)
    ]
    chosen = ([sentence] if sentence else []) + before + short
    cover = sentence if sentence and COVER_BETWEEN.fullmatch(src.text, *sentence) else None
    opening = [
        c
        for c in found_candidates
        if cover is not None
        and c[0] > cover[0]
        and AGREEMENT_OPENING.search(src.text, *c)
        and not RECITAL.match(src.text, c[0])
    ][:1]
    picks: tuple[Callable[[], list[Found]], ...] = (
        lambda: [d for span in chosen[:1] for d in _dates(src, span) if _dated(src, span, d)][:1],
        lambda: [d for span in after for d in _dates(src, span) if _made(src, span, d)][:1],
        lambda: [d for span in chosen[1:] for d in _dates(src, span) if _dated(src, span, d)][:1],
        lambda: [d for span in opening for d in _dates(src, span) if _dated(src, span, d)][:1],
        lambda: _early_dates(src, sentence),
        lambda: [d for span in short for d in _dates(src, span)][:1],
        lambda: _signed_dates(src)[-1:],
    )
    for pick in picks:
        found = pick()
        if found:
            out.put("agreement_date", found[0].value, src.evidence(found[0].start, found[0].end))
            return


def _continuation(src: Source, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentences that finish a preamble cut short ('... Bl. D, Scara C, Apt. 43, ... ("Telnet")
    as of the 1st day of June, 2004.'), up to the recitals or the first clause."""
    following = [s for s in src.sentences if s[0] >= sentence[1]][:CONTINUATION_SENTENCES]
    found = []
    for start, end in following:
        if PREAMBLE_END.match(src.text, start) or start > PREAMBLE_CHARS:
            break
        found.append((start, end))
    return found


def _early_dates(src: Source, sentence: tuple[int, int] | None) -> list[Found]:
    """A date near the start of the preamble, with no "dated" before it."""
    if sentence is None:
        return []
    return [d for d in _dates(src, sentence) if d.start - sentence[0] <= EARLY_DATE_CHARS][:1]


def _dates(src: Source, span: tuple[int, int]) -> list[Found]:
    return [d for d in find_dates(src, *span) if not _other_agreements(src, span, d)]


def _dated(src: Source, span: tuple[int, int], date: Found) -> bool:
    return DATED.search(src.text, max(span[0], date.start - 70), date.start) is not None


def _made(src: Source, span: tuple[int, int], date: Found) -> bool:
    return DATED_MADE.search(src.text, max(span[0], date.start - 70), date.start) is not None


def _signed_dates(src: Source) -> list[Found]:
    """Dates labelled 'Date:' or 'executed ... as of' in the signature blocks, oldest first.

    The blocks are read after the last "IN WITNESS WHEREOF" that has such a date: a form
    attached after the signatures ("Date: _______") has its own, blank.
    """
    witness = [m.start() for m in IN_WITNESS.finditer(src.text)]
    tails = witness or [max(0, len(src.text) - SIGNATURE_DATE_CHARS)]
    found = _labelled_dates(src, 0, min(len(src.text), PREAMBLE_CHARS), tail=False)
    for tail in reversed(tails):
        signed = _labelled_dates(src, tail, min(len(src.text), tail + SIGNATURE_DATE_CHARS))
        if signed:
            found += signed
            break
    return sorted(found, key=lambda d: str(d.value))


def _labelled_dates(src: Source, start: int, end: int, *, tail: bool = True) -> list[Found]:
    if not tail and not DATE_LABEL_AHEAD.search(src.text, start, end):
        return []
    found: list[Found] = []
    for date in find_dates(src, start, end):
        if _other_agreements(src, (start, end), date):
            continue
        window = max(start, date.start - 80)
        # 'Date: Date: 3-29-2016 3-31-16': two columns' labels, then their values
        next_value = bool(found) and not src.text[found[-1].end : date.start].strip()
        if (
            next_value
            or DATE_LABEL.search(src.text, max(start, date.start - 20), date.start)
            or (tail and DATED.search(src.text, window, date.start))
        ):
            found.append(date)
    return found


def _other_agreements(src: Source, span: tuple[int, int], date: Found) -> bool:
    """Is this the date of an agreement the preamble refers to ('to the Development Agreement dated ...')?"""
    return (
        OTHER_AGREEMENT_BEFORE.search(src.text, max(span[0], date.start - 160), date.start)
        is not None
    )
