"""sec8k: SEC Form 8-K filings -> clean, verifiable, structured data.

The Python API::

    import sec8k

    record = sec8k.extract_path("filing.txt")       # a FilingRecord (pydantic)
    record = sec8k.extract_bytes(data, "filing.htm")
    summary = sec8k.run_batch(["filings/"], "out")  # out/records.jsonl, errors.jsonl
    frame = sec8k.connect("out").sql("FROM acquisitions").df()

Every error sec8k raises on purpose is a :class:`Sec8kError`. The names below load on
first use, so ``import sec8k`` does not import spaCy, pydantic or DuckDB.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sec8k.errors import Sec8kError

if TYPE_CHECKING:
    from sec8k.api import connect, extract_bytes, extract_path, run_batch
    from sec8k.models import FilingRecord
    from sec8k.pipeline import ParsedFiling, parse_files, parse_filing

__all__ = [
    "FilingRecord",
    "ParsedFiling",
    "Sec8kError",
    "connect",
    "extract_bytes",
    "extract_path",
    "parse_files",
    "parse_filing",
    "run_batch",
]
__version__ = "0.1.0"

#: Where each lazily loaded name lives.
_LAZY = {
    "connect": "sec8k.api",
    "extract_bytes": "sec8k.api",
    "extract_path": "sec8k.api",
    "run_batch": "sec8k.api",
    "FilingRecord": "sec8k.models",
    "ParsedFiling": "sec8k.pipeline",
    "parse_files": "sec8k.pipeline",
    "parse_filing": "sec8k.pipeline",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'sec8k' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
