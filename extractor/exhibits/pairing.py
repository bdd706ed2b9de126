"""Index rows and documents that the exhibit number does not pair, paired by what else agrees.

Filers do not always give a document the TYPE its index row numbers: the row says 99.1 and
the document is TYPE ``EX-99``; the row says 10.1 and the document, described as the
"AGREEMENT AND PLAN OF MERGER", is TYPE ``EX-99``. After linking by number, the rows left
over are paired with the documents left over when exactly one pairing fits:

* a document whose TYPE is a bare major number (``EX-99``) and the one leftover row with
  that major number (99.1);
* a document whose DESCRIPTION's words all appear in one leftover row's description.

:func:`pair_leftovers` only chooses; the pipeline builds the links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sec8k.exhibits.index import IndexEntry, document_number, number_key

__all__ = ["LeftoverDocument", "pair_leftovers"]

_WORD = re.compile(r"[a-z]+")
#: A DESCRIPTION of fewer words ("EX-99", "PRESS") says too little to pair on.
MIN_DESCRIPTION_WORDS = 2
#: Pairing by description compares every leftover row with every leftover document; above
#: this many comparisons (an index of thousands of rows) it is not tried.
MAX_DESCRIPTION_PAIRINGS = 10_000


@dataclass(frozen=True, slots=True)
class LeftoverDocument:
    """A document that no row linked to: its position, TYPE and DESCRIPTION."""

    index: int
    type: str | None
    description: str | None


def _words(text: str | None) -> frozenset[str]:
    return frozenset(_WORD.findall((text or "").lower()))


def _by_major(rows: dict[int, IndexEntry], docs: list[LeftoverDocument]) -> dict[int, int]:
    """Row -> document, for a bare-major TYPE and the one row of its major number."""
    rows_of: dict[object, list[int]] = {}
    for i, entry in rows.items():
        rows_of.setdefault(number_key(entry.number)[:1], []).append(i)
    docs_of: dict[object, list[int]] = {}
    for doc in docs:
        key = number_key(document_number(doc.type) or "")
        if len(key) == 1:
            docs_of.setdefault(key, []).append(doc.index)
    return {
        rows_of[major][0]: found[0]
        for major, found in docs_of.items()
        if len(found) == 1 and len(rows_of.get(major, [])) == 1
    }


def _by_description(rows: dict[int, IndexEntry], docs: list[LeftoverDocument]) -> dict[int, int]:
    """Row -> document, where only this row holds all of the document's DESCRIPTION words."""
    if len(rows) * len(docs) > MAX_DESCRIPTION_PAIRINGS:
        return {}
    row_words = {i: _words(entry.description) for i, entry in rows.items()}
    fits: dict[int, list[int]] = {}
    for doc in docs:
        words = _words(doc.description)
        if len(words) < MIN_DESCRIPTION_WORDS:
            continue
        holders = [i for i, held in row_words.items() if words <= held]
        if len(holders) == 1:
            fits.setdefault(holders[0], []).append(doc.index)
    return {row: found[0] for row, found in fits.items() if len(found) == 1}


def pair_leftovers(
    entries: list[IndexEntry], rows: list[int], docs: list[LeftoverDocument]
) -> dict[int, int]:
    """Position in ``entries`` -> document index, for the rows and documents left over.

    ``rows`` are the positions of rows filed with the report (not incorporated by
    reference) that no document took; ``docs`` the exhibit documents no row took.
    """
    open_rows = {i: entries[i] for i in rows}
    paired = _by_major(open_rows, docs)
    taken = set(paired.values())
    rest_rows = {i: e for i, e in open_rows.items() if i not in paired}
    rest_docs = [d for d in docs if d.index not in taken]
    paired.update(_by_description(rest_rows, rest_docs))
    return paired
