"""sec8k: SEC Form 8-K filings -> clean, verifiable, structured data."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sec8k.errors import Sec8kError

if TYPE_CHECKING:
    from sec8k.extract import extract_path
    from sec8k.pipeline import ParsedFiling, parse_files, parse_filing

__all__ = ["ParsedFiling", "Sec8kError", "extract_path", "parse_files", "parse_filing"]
__version__ = "0.1.0"

#: Names imported on first use (PEP 562), so that ``import sec8k.cli`` or ``sec8k.errors``
#: does not load the pipeline and spaCy: name -> the module that defines it.
_LAZY = {
    "extract_path": "sec8k.extract",
    "ParsedFiling": "sec8k.pipeline",
    "parse_files": "sec8k.pipeline",
    "parse_filing": "sec8k.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sec8k' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
