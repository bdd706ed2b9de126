"""Golden-file regression: re-extract sample filings and compare with their expected records.

A sample is a folder holding one filing (a file, or a folder of one filing's documents)
and ``expected.json``, the record a person checked (a ``README.md`` beside them holds the
checker's notes and is not part of the filing). :func:`diff_json` says, field by
field, how two records differ; :func:`check_sample` runs one sample. ``sec8k regress``
is the command over many.
"""

from __future__ import annotations

from sec8k.golden.diff import Difference, diff_json
from sec8k.golden.samples import (
    EXPECTED,
    SampleResult,
    check_sample,
    find_samples,
    write_expected,
)

__all__ = [
    "EXPECTED",
    "Difference",
    "SampleResult",
    "check_sample",
    "diff_json",
    "find_samples",
    "write_expected",
]
