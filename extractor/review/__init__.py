"""Review pages: a filing's text with every extracted value marked where it was read.

``render_filing`` (record + document texts -> one self-contained HTML page) is pure:
no file is read or written in this package's rendering modules.
"""

from __future__ import annotations

from sec8k.review.marks import Mark, collect_marks
from sec8k.review.page import render_filing

__all__ = ["Mark", "collect_marks", "render_filing"]
