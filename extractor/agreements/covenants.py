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
from sec8k.agreements.cues.promise import (
    BARE_MENTION,
    COMPETE_WORD,
    CONDITION_BEFORE,
    DEFINITION,
    DELETED,
    NOT_COMPETING_ACT,
    NOT_WORD,
    PROMISE_NEGATION,
)
from sec8k.agreements.source import Section, Source
from sec8k.models import ChangeInControl, Confidentiality, NonCompete, Quantity, Threshold
from sec8k.rules.fields import Fields

__all__ = ["read_change_in_control", "read_confidentiality", "read_non_compete"]

#: Longest definition read for thresholds (a definition runs over several paragraphs).
MAX_DEFINITION_CHARS: Final = 6000
#: How far back the lead of a list ("shall not:") is looked for.
LIST_LEAD_CHARS: Final = 400
#: Sentences read under a non-compete heading for its promise.
HEADED_BODY: Final = 12
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
    for index, (start, end) in enumerate(spans):
        sentence = _promise(src, start, end, headed=index < len(spans) - 1)
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


def _promise(src: Source, start: int, end: int, *, headed: bool) -> tuple[int, int] | None:
    """The first sentence promising not to compete, else one promising, for the term, not to do
    business in a field (research, develop, sell, ...); under a non-compete heading, else the
    first promise of its opening sentences ("neither HERC nor its affiliates shall ... engage
    in the business of renting cars"). A heading with no promise under it is no covenant."""
    sentences = src.sentences_in(start, end)
    for cue in (NONCOMPETE_SENTENCE, BUSINESS_RESTRICTION):
        found = next((s for s in sentences if _promises(src, cue, s)), None)
        if found is not None:
            return found
    if headed:
        return next((s for s in sentences[:HEADED_BODY] if _promise_under_heading(src, s)), None)
    # an item of a list a promise opens: "The Distributor shall not: ... act as the agent for
    # any goods which are competitive with the Product"
    return next(
        (s for s in sentences if COMPETE_WORD.search(src.text, *s) and _listed_under(src, s)), None
    )


def _listed_under(src: Source, span: tuple[int, int]) -> bool:
    """An item of a list a promise opens: "Franchisee shall not: ... A. Divert any business to
    a competing business"."""
    lead = src.text[max(0, span[0] - LIST_LEAD_CHARS) : span[0]]
    colon = lead.rfind(":")
    stop = max(lead.rfind(". "), lead.rfind(".\n"))
    return colon > stop and PROMISE_NEGATION.search(lead, max(stop, 0), colon) is not None


def _promise_under_heading(src: Source, span: tuple[int, int]) -> bool:
    """A sentence under a non-compete heading that promises not to do something competing."""
    sentence = src.text[span[0] : span[1]]
    if DELETED.search(sentence) or DEFINITION.search(sentence):
        return False
    for negation in PROMISE_NEGATION.finditer(sentence):
        at = span[0] + negation.start()
        if FREEDOM_NOT.match(src.text, at):
            continue
        after = NOT_WORD.search(negation.group())
        if after and NOT_COMPETING_ACT.match(src.text, at + after.end()):
            continue
        return True
    return False


def _promises(src: Source, cue: re.Pattern[str], span: tuple[int, int]) -> bool:
    """The cue matches as a promise: not where a negation leaves competition free ('shall not
    prevent'), not in a definition or an amendment that deletes the covenant, not where the
    'not' restricts something else ('shall not use ... a competitor's logos') or sits in a
    condition ('so long as they are not competitive'), and a bare 'non-compete' only with a
    promise in its sentence (a heading alone promises nothing)."""
    sentence = src.text[span[0] : span[1]]
    if DELETED.search(sentence) or DEFINITION.search(sentence):
        return False
    for match in cue.finditer(src.text, *span):
        if FREEDOM_NOT.match(src.text, match.start()):
            continue
        negation = NOT_WORD.search(match.group())
        if negation is None:
            bare = BARE_MENTION.search(match.group())
            if bare and not PROMISE_NEGATION.search(sentence) and not _listed_under(src, span):
                continue
            return True
        at = match.start() + negation.start()
        if NOT_COMPETING_ACT.match(src.text, at + len("not")):
            continue
        if CONDITION_BEFORE.search(src.text, span[0], at):
            continue
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
