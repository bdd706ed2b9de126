"""Review pages: a filing's text with every extracted value marked where it was read.

``render_filing`` (record + document texts -> one self-contained HTML page) and
``render_index`` (a batch run's filings -> a filterable table) are pure;
``sec8k.review.outputs`` reads filings and batch folders and writes the pages.
"""

from __future__ import annotations

from sec8k.review.index import IndexRow, render_index
from sec8k.review.marks import Mark, collect_marks
from sec8k.review.page import render_filing

__all__ = ["IndexRow", "Mark", "collect_marks", "render_filing", "render_index"]
