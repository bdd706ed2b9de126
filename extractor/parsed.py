"""What parsing hands the extractors: the record so far and the texts its offsets index."""

from __future__ import annotations

from dataclasses import dataclass

from sec8k.models import FilingRecord
from sec8k.text.document import NormText

__all__ = ["ParsedFiling"]


@dataclass(frozen=True, slots=True)
class ParsedFiling:
    """The record plus the normalised texts it points into (for the extractors).

    ``texts`` maps each readable document's name to its normalised text; every span in
    the record (an item's ``start``/``end``, an evidence's offsets) indexes one of them.
    ``primary`` names the document the items were split from, when there is one.
    """

    record: FilingRecord
    texts: dict[str, NormText]
    primary: str | None
