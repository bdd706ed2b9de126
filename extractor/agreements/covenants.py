"""Covenants and definitions: non-competition, confidentiality, change in control."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues.covenants import (
    BUSINESS_RESTRICTION,
    CIC_DEFINITION,
    CONFIDENTIALITY,
    CONFIDENTIALITY_HEADING,
    FREEDOM_NOT,
    NON_COMPETE_LENGTH,
    NONCOMPETE_HEADING,
    NONCOMPETE_SENTENCE,
    OWNERSHIP_ALLOWED,
    SCOPE,
    SURVIVES,
    WHILE_CLAUSE,
)
from sec8k.agreements.source import Section, Source
from sec8k.models import ChangeInControl, Confidentiality, NonCompete, Quantity, Threshold
from sec8k.rules.fields import Fields

__all__ = ["read_change_in_control", "read_confidentiality", "read_non_compete"]

#: Longest definition read for thresholds (a definition runs over several paragraphs).
MAX_DEFINITION_CHARS: Final = 6000
#: How much of a definition is kept as its text.
DEFINITION_TEXT_CHARS: Final = 200


def read_change_in_control(src: Source, out: Fields) -> None:
    """The definition of a change in control and every percentage or fraction it states."""
    span = _cic_definition(src)
    if span is None:
        return
    start, end = span
    thresholds = [
        Threshold(value=f.value, evidence=src.evidence(f.start, f.end))
        for f in src.entities(start, end, ("PERCENT",))
        if isinstance(f.value, Quantity) and f.value.unit == "percent"
    ]
    opening_end = min(end, start + DEFINITION_TEXT_CHARS)
    sentence_end = src.sentence_at(start)[1]
    if start < sentence_end < opening_end:
        opening_end = sentence_end
    value = ChangeInControl(thresholds=thresholds, text=src.clip(start, opening_end))
    out.put("change_in_control", value, src.evidence(start, opening_end))


def _cic_definition(src: Source) -> tuple[int, int] | None:
    match = CIC_DEFINITION.search(src.text)
    if match is None:
        return None
    section = _innermost(src, match.start())
    end = section.end if section is not None else src.sentence_at(match.start())[1]
    start = match.start()
    if section is not None and section.body <= start:
        start = max(section.body, src.sentence_at(match.start())[0])
    return start, min(end, start + MAX_DEFINITION_CHARS)


def _innermost(src: Source, offset: int) -> Section | None:
    holding = [s for s in src.sections if s.start <= offset < s.end]
    return max(holding, key=lambda s: s.start) if holding else None


def read_non_compete(src: Source, out: Fields) -> None:
    """A promise not to compete: while / how long, where, and the ownership it still allows."""
    spans = _non_compete_spans(src)
    for start, end in spans:
        sentence = _promise(src, start, end)
        if sentence is None:
            continue
        s_start, s_end = sentence
        found = src.entities(s_start, s_end, ("DURATION", "PERCENT"))
        duration_text = None
        clause = WHILE_CLAUSE.search(src.text, s_start, s_end)
        if clause is not None:
            duration_text = src.clip(clause.start(), clause.end())
        length = next(
            (
                f
                for f in found
                if f.label == "DURATION"
                and isinstance(f.value, Quantity)
                and NON_COMPETE_LENGTH.search(src.text, f.end, min(s_end, f.end + 60))
            ),
            None,
        )
        scope = SCOPE.search(src.text, s_start, s_end)
        owned = next(
            (
                f
                for f in found
                if f.label == "PERCENT"
                and OWNERSHIP_ALLOWED.search(src.text, max(s_start, f.start - 30), f.start)
            ),
            None,
        )
        value = NonCompete(
            duration=duration_text,
            length=length.value if length and isinstance(length.value, Quantity) else None,
            scope=src.clip(scope.start(), scope.end()) if scope else None,
            ownership_allowed=owned.value if owned and isinstance(owned.value, Quantity) else None,
            text=src.clip(s_start, s_end),
        )
        out.put("non_compete", value, src.evidence(s_start, s_end))
        if clause is not None:
            out.part("non_compete.duration", src.evidence(clause.start(), clause.end()))
        if length is not None:
            out.part("non_compete.length", src.evidence(length.start, length.end))
        if scope is not None:
            out.part("non_compete.scope", src.evidence(scope.start(), scope.end()))
        if owned is not None:
            out.part("non_compete.ownership_allowed", src.evidence(owned.start, owned.end))
        return


def _non_compete_spans(src: Source) -> list[tuple[int, int]]:
    headed = [(s.start, s.end) for s in src.sections_titled(NONCOMPETE_HEADING)]
    return [*headed, (0, len(src.text))]


def _promise(src: Source, start: int, end: int) -> tuple[int, int] | None:
    """The first sentence promising not to compete, else one promising, for the term, not to do
    business in a field (research, develop, sell, ...)."""
    sentences = src.sentences_in(start, end)
    for cue in (NONCOMPETE_SENTENCE, BUSINESS_RESTRICTION):
        found = next((s for s in sentences if _promises(src, cue, s)), None)
        if found is not None:
            return found
    return None


def _promises(src: Source, cue: re.Pattern[str], span: tuple[int, int]) -> bool:
    """The cue matches, and not where a negation leaves competition free ('shall not prevent')."""
    for match in cue.finditer(src.text, *span):
        if not FREEDOM_NOT.match(src.text, match.start()):
            return True
    return False


def read_confidentiality(src: Source, out: Fields) -> None:
    """A promise to keep information secret; whether its clause says it survives the agreement."""
    headed = [(s.start, s.end, True) for s in src.sections_titled(CONFIDENTIALITY_HEADING)]
    for start, end, in_clause in [*headed, (0, len(src.text), False)]:
        sentences = src.sentences_in(start, end)
        sentence = next((s for s in sentences if CONFIDENTIALITY.search(src.text, *s)), None)
        if sentence is None:
            continue
        lasting = (
            next((s for s in sentences if SURVIVES.search(src.text, *s)), None)
            if in_clause
            else None
        )
        value = Confidentiality(survives=True if lasting else None, text=src.clip(*sentence))
        out.put("confidentiality", value, src.evidence(*sentence))
        if lasting is not None:
            out.part("confidentiality.survives", src.evidence(*lasting))
        return
