"""The one error of batch runs that is not about an input."""

from __future__ import annotations

from extractor.errors import Sec8kError

__all__ = ["BatchError"]


class BatchError(Sec8kError):
    """The batch cannot run: OUTDIR holds results already, or workers cannot start."""
