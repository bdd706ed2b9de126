"""One filing's review page: record and document texts in, a self-contained HTML page out.

The page shows the header facts and warnings, then every document's text in sections
(items, exhibits, the rest), each evidence span highlighted and labelled with the field it
backs, and a side panel that lists every extracted record field by field, each linked to
its highlight (and each highlight back to its row). Pure: no file is read or written here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sec8k.models import FilingRecord
from sec8k.review.assets import environment, inline
from sec8k.review.layout import Layout, Segment, lay_out
from sec8k.review.marks import Mark, collect_marks, panels

__all__ = ["ExhibitLink", "SegmentView", "render_filing"]


@dataclass(frozen=True, slots=True)
class SegmentView:
    """What the template needs of a segment: its text and, when marked, its attributes."""

    text: str
    anchor: int | None
    kind: str = ""
    marks: str = ""  # mark numbers, space-separated (data-ev)
    fields: str = ""  # every field it backs (title)
    label: str = ""  # the fields whose span begins here (the visible label)


@dataclass(frozen=True, slots=True)
class ExhibitLink:
    number: str
    description: str
    anchor: str | None
    note: str


def _view(segment: Segment, marks: Sequence[Mark]) -> SegmentView:
    if segment.anchor is None:
        return SegmentView(segment.text, None)
    return SegmentView(
        text=segment.text,
        anchor=segment.anchor,
        kind=marks[segment.marks[0]].kind,
        marks=" ".join(str(i) for i in segment.marks),
        fields="\n".join(marks[i].path for i in segment.marks),
        label=" · ".join(marks[i].path for i in segment.labels),
    )


def _exhibits(record: FilingRecord, layout: Layout) -> list[ExhibitLink]:
    links = []
    for i, exhibit in enumerate(record.exhibits):
        anchor = layout.exhibits.get(i)
        if anchor is not None:
            note = exhibit.document or ""
        elif exhibit.incorporated_by_reference:
            note = "incorporated by reference"
            note += f": {exhibit.reference}" if exhibit.reference else ""
        else:
            note = "no text in this filing"
        links.append(ExhibitLink(exhibit.number, exhibit.description or "", anchor, note))
    return links


def render_filing(record: FilingRecord, texts: Mapping[str, str], notes: Sequence[str] = ()) -> str:
    """The review page of ``record``; ``texts`` are the normalised document texts by name.

    ``notes`` are shown with the record's warnings (for example, that the texts were not
    available and only the item and exhibit texts of the record are shown).
    """
    marks = collect_marks(record)
    layout = lay_out(record, texts, marks)
    warnings = [*notes, *record.warnings]
    if layout.unplaced:
        warnings.append(
            f"{len(layout.unplaced)} evidence span(s) do not match the document text and are"
            " not highlighted (listed at the end of the side panel)"
        )
    assets = inline("review.css", "review.js")
    return (
        environment()
        .get_template("filing.html")
        .render(
            record=record,
            filing=record.filing,
            title=record.filing.company_name or record.source.path,
            warnings=warnings,
            exhibits=_exhibits(record, layout),
            items=[(item, layout.items.get(i)) for i, item in enumerate(record.items)],
            regions=[
                (region, [_view(s, marks) for s in region.segments]) for region in layout.regions
            ],
            panels=panels(record, marks),
            targets=layout.targets,
            unplaced=[marks[i] for i in layout.unplaced],
            mark_count=len(marks),
            assets=assets,
        )
    )
