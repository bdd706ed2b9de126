"""The whole job for a path: read the filing from disk, parse it and run the extractors."""

from __future__ import annotations

import os

from sec8k.io import read_path
from sec8k.parsed import ParsedFiling
from sec8k.pipeline import extract_parsed

__all__ = ["extract_parsed", "extract_path"]


def extract_path(path: str | os.PathLike[str]) -> ParsedFiling:
    """Read, parse and extract the filing at ``path`` (a file or a folder)."""
    return extract_parsed(read_path(path))
