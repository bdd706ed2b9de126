"""Benefits and the work day: benefit clauses by their headings, and a defined unit of work
("A Consulting Day is ... five hours or more").
"""

from __future__ import annotations

from sec8k.agreements.cues.pay import BENEFIT_HEADING, COMPENSATION_HEADING, WORK_DAY
from sec8k.agreements.cues.terms import TERMINATION_HEADING
from sec8k.agreements.source import Section, Source
from sec8k.models import Benefit, Quantity, WorkDay
from sec8k.rules.fields import Fields

__all__ = ["read_benefits", "read_work_day"]


def read_work_day(src: Source, out: Fields) -> None:
    """'A Consulting Day is defined as any day during which Consultant spends five hours or more'."""
    for span in src.sentences:
        match = WORK_DAY.search(src.text, *span)
        if match is None:
            continue
        hours = next(
            (
                f
                for f in src.entities(*span, ("DURATION",))
                if isinstance(f.value, Quantity) and f.value.unit == "hours"
            ),
            None,
        )
        if hours is None or not isinstance(hours.value, Quantity):
            continue
        value = WorkDay(name=match.group("name"), minimum=hours.value, text=src.clip(*span))
        out.put("work_day", value, src.evidence(*span))
        out.part("work_day.minimum", src.evidence(hours.start, hours.end))
        return


def read_benefits(src: Source, out: Fields) -> None:
    """Benefit clauses by their headings: 'Expenses', and the parts of 'Benefits and Perquisites'."""
    skip = [s for s in src.sections if TERMINATION_HEADING.search(s.title)]
    benefit = [
        s
        for s in src.sections
        if BENEFIT_HEADING.search(s.title)
        and not COMPENSATION_HEADING.search(s.title)
        and not any(t.start <= s.start < t.end for t in skip)
    ]
    for section in benefit:
        if any(_inside(section, b) for b in benefit if b is not section):
            continue  # listed through the benefit section that holds it
        children = src.children(section)
        top = min((c.level for c in children), default=0)
        for part in [c for c in children if c.level == top] or [section]:
            entry = _benefit(src, part)
            if entry is not None:
                out.add("benefits", entry)


def _inside(inner: Section, outer: Section) -> bool:
    return outer.start < inner.start < outer.end and inner.level > outer.level


def _benefit(src: Source, section: Section) -> Benefit | None:
    body = src.sentences_in(section.body, section.end)
    if not body:
        return None
    first = body[0]
    return Benefit(
        label=section.title, text=src.clip(*first), evidence=src.evidence(section.start, first[1])
    )
