"""The whole job for a path: read the filing from disk, parse it and run the extractors."""

from __future__ import annotations

import os

from sec8k.errors import InputTooLargeError
from sec8k.io import max_document_chars, max_input_bytes, read_path
from sec8k.parsed import ParsedFiling
from sec8k.pipeline import extract_parsed, parse_filing

__all__ = ["extract_bytes", "extract_parsed", "extract_path"]


def extract_path(path: str | os.PathLike[str]) -> ParsedFiling:
    """Read, parse and extract the filing at ``path`` (a file or a folder)."""
    return extract_parsed(read_path(path))


def extract_bytes(data: bytes, name: str = "filing.txt") -> ParsedFiling:
    """Parse and extract one file's bytes; ``name`` stands for the file in the record and
    in errors (its extension and an accession number in it count, as for a path)."""
    limit = max_input_bytes()
    if len(data) > limit:
        raise InputTooLargeError(
            name, f"{len(data):,} bytes is over the {limit:,}-byte limit (set SEC8K_MAX_INPUT_MB)"
        )
    parsed = parse_filing(data, name=name, max_document_chars=max_document_chars())
    return extract_parsed(parsed)
