"""The page's text laid out: documents cut into sections (items, exhibits, the rest),
and each section cut into segments at every evidence boundary.

Offsets index each document's normalised text. With the full texts every character of a
document is shown once; without them (a batch record whose filing is gone) only the item
and exhibit texts the record holds are shown. Spans may overlap or nest: a segment is a
run of text covered by the same set of marks, so one segment can carry several labels.
Pure: record, texts and marks in, a layout out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sec8k.models import FilingRecord
from sec8k.review.marks import Mark

__all__ = ["Layout", "Region", "Segment", "lay_out", "visible"]

#: Characters HTML cannot carry as text (C0/C1 controls but tab, newline, form feed and
#: carriage return; lone surrogates; noncharacters): each is shown as U+FFFD, one for one,
#: so the shown text keeps the offsets' length.
_NOT_HTML = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0010fffe\U0010ffff]"
)


def visible(text: str) -> str:
    """``text`` with every character HTML cannot hold replaced by U+FFFD."""
    return _NOT_HTML.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: tuple[int, ...]  # marks covering the segment, innermost first
    labels: tuple[int, ...]  # marks that begin here (their label is shown here)
    anchor: int | None  # the segment's number (element id s-N) when it is marked


@dataclass(frozen=True, slots=True)
class Region:
    anchor: str  # element id: item-N, exhibit-N or text-N
    kind: str  # "item", "exhibit" or "text"
    heading: str
    document: str
    start: int
    end: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    regions: tuple[Region, ...]
    targets: Mapping[int, int]  # mark index -> anchor of the segment where it begins
    unplaced: tuple[int, ...]  # marks whose span is not (or not exactly) in the texts
    items: Mapping[int, str]  # item index -> region anchor
    exhibits: Mapping[int, str]  # exhibit index -> region anchor


@dataclass(frozen=True, slots=True)
class _Container:
    start: int
    end: int
    kind: str
    index: int
    heading: str


def _containers(record: FilingRecord) -> dict[str, list[_Container]]:
    found: dict[str, list[_Container]] = {}
    for i, item in enumerate(record.items):
        heading = f"Item {item.number} {item.title}" + (" (empty)" if item.empty else "")
        box = _Container(item.start, item.end, "item", i, heading)
        found.setdefault(item.document, []).append(box)
    for i, exhibit in enumerate(record.exhibits):
        if exhibit.document is None or exhibit.text is None:
            continue
        start = exhibit.start or 0
        heading = f"Exhibit {exhibit.number}" + (
            f" {exhibit.description}" if exhibit.description else ""
        )
        box = _Container(start, start + len(exhibit.text), "exhibit", i, heading)
        found.setdefault(exhibit.document, []).append(box)
    return found


def _pieces(record: FilingRecord, name: str, texts: Mapping[str, str]) -> list[tuple[int, str]]:
    """The known text of one document as (offset, text) pieces, in order, not overlapping."""
    if name in texts:
        return [(0, texts[name])] if texts[name] else []
    held = [(i.start, i.text) for i in record.items if i.document == name]
    held += [
        (e.start or 0, e.text) for e in record.exhibits if e.document == name and e.text is not None
    ]
    pieces: list[tuple[int, str]] = []
    for start, text in sorted(held):
        if pieces and start <= pieces[-1][0] + len(pieces[-1][1]):
            last_start, last = pieces[-1]
            overlap = last_start + len(last) - start
            pieces[-1] = (last_start, last + text[overlap:])
        elif text:
            pieces.append((start, text))
    return pieces


def _slice(pieces: Sequence[tuple[int, str]], start: int, end: int) -> str | None:
    for base, text in pieces:
        if base <= start and end <= base + len(text):
            return text[start - base : end - base]
    return None


def _cut(
    base: int, length: int, boxes: Sequence[_Container]
) -> list[tuple[int, int, _Container | None]]:
    """Cut [base, base+length) at every container edge; each run goes to its innermost box."""
    end = base + length
    points = sorted({base, end} | {x for b in boxes for x in (b.start, b.end) if base < x < end})
    runs: list[tuple[int, int, _Container | None]] = []
    for a, b in pairwise(points):
        covering = [box for box in boxes if box.start <= a and b <= box.end]
        box = min(covering, key=lambda c: c.end - c.start) if covering else None
        if runs and runs[-1][2] is box:
            runs[-1] = (runs[-1][0], b, box)
        else:
            runs.append((a, b, box))
    return runs


def _overlaps(mark: Mark, start: int, end: int) -> bool:
    return mark.start < end and mark.end > start


def _segments(
    text: str, base: int, start: int, end: int, marks: Sequence[Mark], counter: list[int]
) -> tuple[Segment, ...]:
    inside = [m for m in marks if _overlaps(m, start, end)]
    points = sorted({start, end} | {x for m in inside for x in (m.start, m.end) if start < x < end})
    segments: list[Segment] = []
    for a, b in pairwise(points):
        covering = sorted(
            (m for m in inside if m.start <= a and b <= m.end), key=lambda m: m.end - m.start
        )
        anchor = None
        if covering:
            counter[0] += 1
            anchor = counter[0]
        segments.append(
            Segment(
                text=visible(text[a - base : b - base]),
                marks=tuple(m.index for m in covering),
                labels=tuple(m.index for m in inside if m.start == a),
                anchor=anchor,
            )
        )
    return tuple(segments)


def _heading(record: FilingRecord, document: str) -> str:
    info = next((d for d in record.documents if d.name == document), None)
    parts = [document]
    if info is not None and info.type:
        parts.append(info.type)
    if info is not None and info.description:
        parts.append(info.description)
    return " · ".join(parts)


def lay_out(record: FilingRecord, texts: Mapping[str, str], marks: Sequence[Mark]) -> Layout:
    """Sections and segments of every document the record or the texts know."""
    boxes = _containers(record)
    names = [d.name for d in record.documents]
    names += [n for n in texts if n not in names]
    names += [n for n in boxes if n not in names]
    regions: list[Region] = []
    placed: dict[int, int] = {}
    items: dict[int, str] = {}
    exhibits: dict[int, str] = {}
    counter = [0]
    unplaced: list[int] = []
    by_document: dict[str, list[Mark]] = {}
    for mark in marks:
        pieces = _pieces(record, mark.document, texts)
        if mark.end > mark.start and _slice(pieces, mark.start, mark.end) == mark.text:
            by_document.setdefault(mark.document, []).append(mark)
        else:
            unplaced.append(mark.index)
    for name in names:
        doc_marks = by_document.get(name, [])
        for base, text in _pieces(record, name, texts):
            for start, end, box in _cut(base, len(text), boxes.get(name, [])):
                blank = not text[start - base : end - base].strip()
                if box is None and blank and not any(_overlaps(m, start, end) for m in doc_marks):
                    continue  # blank lines between sections
                kind = box.kind if box else "text"
                anchor = f"{kind}-{len(regions)}"
                if box is not None and box.kind == "item":
                    items.setdefault(box.index, anchor)
                elif box is not None:
                    exhibits.setdefault(box.index, anchor)
                segments = _segments(text, base, start, end, doc_marks, counter)
                for segment in segments:
                    for index in segment.labels:
                        placed.setdefault(index, segment.anchor or 0)
                heading = box.heading if box else f"{_heading(record, name)}: other text"
                regions.append(Region(anchor, kind, heading, name, start, end, segments))
    return Layout(tuple(regions), placed, tuple(unplaced), items, exhibits)
