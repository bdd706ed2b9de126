"""What the acquisition rules share: the item being read and the fields as they are filled."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sec8k.models import Evidence, FilingRecord, Item
from sec8k.rules.finder import Candidate

__all__ = ["Context", "name_key"]


@dataclass(frozen=True)
class Context:
    """One deal item: its text (cut to what is read), its spaCy candidates, and where in the
    document its characters stand, so that evidence points at the original text."""

    record: FilingRecord
    item: Item
    text: str
    candidates: list[Candidate]
    line_at: Callable[[int], int | None] | None

    def evidence(self, start: int, end: int) -> Evidence:
        absolute = self.item.start + start
        line = self.line_at(absolute) if self.line_at else None
        return Evidence(
            document=self.item.document,
            start=absolute,
            end=self.item.start + end,
            text=self.text[start:end],
            source_line=line,
        )

    def within(self, start: int, end: int, *labels: str) -> list[Candidate]:
        return [
            c for c in self.candidates if start <= c.start and c.end <= end and c.label in labels
        ]


def name_key(value: object) -> str:
    """A name reduced to its lower-case words: "Stockwalk Group, Inc." -> "stockwalk group inc"."""
    return re.sub(r"[^a-z0-9]+", " ", str(value).lower()).strip()
