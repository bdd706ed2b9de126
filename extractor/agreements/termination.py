"""Termination cases: what ends the agreement, who may end it, what is paid and when.

Structured agreements head each case ("4.1 Death, Disability, Change in Control or
Termination by the Company for Any Reason Other than For Cause"): the heading names
the triggers and the section's text gives the payment, the cure period and the
notice. Agreements without headings are read sentence by sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from sec8k.agreements.cues.terms import (
    BY_PARTY,
    CURE,
    EITHER_PARTY,
    LUMP_SUM,
    NOTICE_AFTER,
    PAYMENT_OBJECT,
    TERMINATION_HEADING,
    TERMINATION_SENTENCE,
    TRIGGERS,
    WITHIN_BEFORE,
)
from sec8k.agreements.source import Section, Source
from sec8k.models import Evidence, Quantity, TerminationCase, TerminationTrigger
from sec8k.rules.fields import Fields

__all__ = ["read_termination"]

#: Payment text longer than this is cut at the end of its clause.
MAX_PAYMENT_CHARS: Final = 300
#: Triggers for which the agreement says who ends it.
_INITIATED: Final = frozenset({"without_cause", "for_cause", "voluntary", "notice", "good_reason"})


@dataclass
class _Case:
    trigger: TerminationTrigger
    text: str
    evidence: Evidence
    values: dict[str, object] = field(default_factory=dict)
    parts: dict[str, Evidence] = field(default_factory=dict)

    def fill(self, name: str, value: object, evidence: Evidence) -> None:
        if value is not None and name not in self.values:
            self.values[name] = value
            self.parts[name] = evidence

    def build(self) -> TerminationCase:
        return TerminationCase.model_validate(
            {
                "trigger": self.trigger,
                "text": self.text,
                "evidence": self.evidence,
                **self.values,
                "part_evidence": self.parts,
            }
        )


def read_termination(src: Source, out: Fields) -> None:
    cases: dict[str, _Case] = {}
    articles = [s for s in src.sections if TERMINATION_HEADING.search(s.title)]
    for section in _case_sections(src, articles):
        for trigger in _triggers(section.title):
            _read_case(src, cases, trigger, section, (section.start, section.body))
    if not cases:
        for span in src.sentences:
            if not TERMINATION_SENTENCE.search(src.text, *span):
                continue
            for trigger in _triggers(src.text[span[0] : span[1]]):
                _read_case(src, cases, trigger, None, span)
    for case in cases.values():
        out.add("termination", case.build())


def _case_sections(src: Source, articles: list[Section]) -> list[Section]:
    """The termination sections and their headed parts, outermost first."""
    chosen: list[Section] = []
    for article in articles:
        for section in [article, *src.children(article)]:
            if section not in chosen:
                chosen.append(section)
    return chosen


def _triggers(text: str) -> list[TerminationTrigger]:
    found: list[TerminationTrigger] = []
    for name, pattern in TRIGGERS:
        if pattern.search(text):
            if name == "for_cause" and "without_cause" in found:
                continue
            found.append(name)  # type: ignore[arg-type]
    return found


def _read_case(
    src: Source,
    cases: dict[str, _Case],
    trigger: TerminationTrigger,
    section: Section | None,
    heading: tuple[int, int],
) -> None:
    if trigger not in cases:
        cases[trigger] = _Case(trigger, src.clip(*heading), src.evidence(*heading))
    case = cases[trigger]
    region = (section.start, section.end) if section else heading
    sentences = src.sentences_in(*region) or [heading]
    if trigger in _INITIATED:
        _initiator(src, case, trigger, sentences, heading)
    _payment(src, case, sentences)
    for span in sentences:
        durations = [f for f in src.entities(*span, ("DURATION",)) if isinstance(f.value, Quantity)]
        cure = CURE.search(src.text, *span)
        for found in durations:
            evidence = src.evidence(found.start, found.end)
            if NOTICE_AFTER.match(src.text, found.end):
                case.fill("notice", found.value, evidence)
            elif cure is not None and trigger == "for_cause":
                case.fill("cure_period", found.value, evidence)


def _initiator(
    src: Source,
    case: _Case,
    trigger: str,
    sentences: list[tuple[int, int]],
    heading: tuple[int, int],
) -> None:
    for span in [heading, *sentences[:3]]:
        either = EITHER_PARTY.search(src.text, *span)
        if either is not None:
            case.fill("initiated_by", "either", src.evidence(either.start(), either.end()))
            return
        by = BY_PARTY.search(src.text, *span)
        if by is not None:
            role = by.group("role") or by.group("option")
            start = by.start("role") if by.group("role") else by.start("option")
            case.fill("initiated_by", role, src.evidence(start, start + len(role)))
            return


def _payment(src: Source, case: _Case, sentences: list[tuple[int, int]]) -> None:
    paying = [s for s in sentences if PAYMENT_OBJECT.search(src.text, *s)]
    if not paying:
        return
    chosen = next((s for s in paying if LUMP_SUM.search(src.text, *s)), paying[0])
    match = PAYMENT_OBJECT.search(src.text, *chosen)
    assert match is not None
    start, end = (
        match.start("what"),
        min(match.end("what"), match.start("what") + MAX_PAYMENT_CHARS),
    )
    case.fill("payment", src.clip(start, end), src.evidence(start, end))
    if LUMP_SUM.search(src.text, *chosen):
        case.fill("lump_sum", True, src.evidence(*chosen))
    for found in src.entities(*chosen, ("DURATION",)):
        if WITHIN_BEFORE.search(src.text, max(chosen[0], found.start - 25), found.start):
            case.fill("payment_within", found.value, src.evidence(found.start, found.end))
            return
