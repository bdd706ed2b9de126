"""The whole job for one filing: read and parse it, then run the extractors."""

from __future__ import annotations

import os

from sec8k.acquisitions import extract_acquisitions
from sec8k.agreements import extract_agreements, extract_officer_changes
from sec8k.io import read_path
from sec8k.pipeline import ParsedFiling

__all__ = ["extract_parsed", "extract_path"]


def extract_parsed(parsed: ParsedFiling) -> ParsedFiling:
    """Fill the record's extractor fields from its items and exhibits."""
    record = parsed.record.model_copy(
        update={
            "acquisitions": extract_acquisitions(parsed),
            "agreements": extract_agreements(parsed),
            "officer_changes": extract_officer_changes(parsed),
        }
    )
    return ParsedFiling(record, parsed.texts, parsed.primary)


def extract_path(path: str | os.PathLike[str]) -> ParsedFiling:
    """Read, parse and extract the filing at ``path`` (a file or a folder)."""
    return extract_parsed(read_path(path))
