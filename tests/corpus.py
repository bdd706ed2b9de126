"""Where the shared corpus is, and what a test does when it is missing.

The corpus sits beside the repository (``../shared/corpus``). On a user's machine a test that
needs it skips with the reason; under ``SEC8K_REQUIRE_CORPUS=1`` (set by ``.ci/run``) the same
test fails instead, so a moved or missing corpus can never turn the quality gates off quietly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The team's shared corpus lives beside the repository, never inside it.
CORPUS = REPO.parent / "shared" / "corpus"
#: Set to 1 to make a missing corpus a failure rather than a skip (CI sets it).
REQUIRE_ENV = "SEC8K_REQUIRE_CORPUS"


def required() -> bool:
    """Whether a missing corpus fails the run (``SEC8K_REQUIRE_CORPUS=1``)."""
    return os.environ.get(REQUIRE_ENV, "").strip() not in ("", "0")


def missing(reason: str) -> NoReturn:
    """Skip the calling test with ``reason``, or fail it when the corpus is required."""
    if required():
        pytest.fail(f"{reason}; {REQUIRE_ENV}=1 makes this a failure", pytrace=False)
    pytest.skip(reason)


def need(path: Path, what: str) -> Path:
    """``path`` when it exists, else :func:`missing` with a reason naming ``what`` and where."""
    if not path.exists():
        missing(f"{what} not found at {path} (../shared sits beside the repository in CI)")
    return path
