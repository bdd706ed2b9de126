"""Layout-preserving rewrites of a filing's HTML, for the metamorphic item tests.

A rewrite changes how a document is marked up, never what it reports: it takes the
parsed document, the elements that carry its item headings (:func:`find_spots`) and
a seeded random generator, edits the tree in place and returns an :class:`Expect`
saying what the comparison with the original must allow for (text it inserted, a
heading line it re-worded, letter case it changed, an item it added).

Every rewrite is a small named function listed in :data:`REWRITES`: those of the
headings in :mod:`.headings`, of the layout around them in :mod:`.layout`, and those
that add item lists in :mod:`.lists`.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.rewrites import headings, layout, lists
from tests.rewrites.base import Expect, Spot, copy_with_spots, find_spots, parse, serialise

__all__ = [
    "REWRITES",
    "Expect",
    "Rewrite",
    "Spot",
    "copy_with_spots",
    "find_spots",
    "parse",
    "serialise",
]

Rewrite = Callable[..., Expect]
#: Every rewrite, in the order the test reports them. Those with a ``numbers`` keyword
#: are told the original's item numbers.
REWRITES: tuple[Rewrite, ...] = (
    headings.identity,
    headings.heading_in_table_cells,
    headings.heading_row_to_paragraph,
    headings.heading_split_across_tags,
    headings.heading_split_across_inline_divs,
    headings.spaces_as_nbsp,
    headings.bold_tags_as_css,
    headings.css_bold_as_tags,
    headings.heading_as_bold_div,
    layout.one_more_div,
    layout.page_breaks,
    layout.page_breaks_under_headings,
    layout.paragraphs_as_line_breaks,
    headings.heading_case,
    headings.heading_number_style,
    headings.heading_broken_by_br,
    headings.heading_with_its_body,
    headings.heading_as_h_tag,
    layout.serialised_as_xhtml,
    layout.headings_in_ix_facts,
    headings.invisible_characters_in_headings,
    lists.toc_before_items,
    lists.toc_at_top,
    lists.toc_numbers_only,
    lists.linked_contents,
    lists.linked_contents_before_items,
    lists.cover_checklist,
    lists.cover_checklist_box_last,
    lists.cover_checklist_blank_unchecked,
    layout.hidden_headings,
    lists.cross_references,
    lists.none_item,
    lists.none_item_on_heading_line,
)
