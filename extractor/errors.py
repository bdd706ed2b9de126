"""The one exception tree of sec8k.

Every error the package raises on purpose derives from :class:`Sec8kError` and
names the input it was working on and what to do about it. Families:

* :class:`FetchError` - talking to EDGAR (not found, blocked, transient failure);
* :class:`ParseError` - reading what a file holds;
* :class:`ValidationError` - data that breaks a rule of ours (patterns, goldens);
* :class:`BatchError` and :class:`QueryError` - a batch run or a query that cannot run at all;
* :class:`ReviewError` - a review page (``sec8k show``) that cannot be written.

Errors of third-party libraries (requests, lxml) are translated where they are
caught, so callers only ever need ``except Sec8kError``. All errors keep their
arguments in ``args`` so that they survive pickling across process pools.
"""

from __future__ import annotations

__all__ = [
    "BatchError",
    "BlockedError",
    "EmptyInputError",
    "FetchError",
    "InputTooLargeError",
    "NotFoundError",
    "OfflineMissError",
    "ParseError",
    "PatternError",
    "QueryError",
    "ReviewError",
    "Sec8kError",
    "TransientFetchError",
    "UnreachableError",
    "UnsupportedFormatError",
    "ValidationError",
    "WrongInputError",
]


class Sec8kError(Exception):
    """Base of every error sec8k raises on purpose."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(source, reason)
        self.source = source
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# -- fetching --------------------------------------------------------------
class FetchError(Sec8kError):
    """A request to EDGAR did not give us the bytes we asked for."""


class NotFoundError(FetchError):
    """EDGAR answered 404: the thing does not exist (this is not a failure to retry)."""


class BlockedError(FetchError):
    """SEC's rate-limit block page: stop and wait before any further request."""


class TransientFetchError(FetchError):
    """Retries were exhausted on 429/5xx/timeouts/resets."""


class UnreachableError(FetchError):
    """The host cannot be reached at all (no DNS answer, connection refused): no network,
    or a wrong base URL. Not retried: waiting does not bring a network back."""


class OfflineMissError(FetchError):
    """``--offline`` was asked for and the cache does not hold the URL."""


# -- parsing ---------------------------------------------------------------
class ParseError(Sec8kError):
    """The input could not be read as a filing."""


class EmptyInputError(ParseError):
    """The input holds no bytes, or no text at all."""


class InputTooLargeError(ParseError):
    """The input is larger than the configured limit."""


class UnsupportedFormatError(ParseError):
    """The bytes are not any format sec8k reads (binary junk, an image, ...)."""


class WrongInputError(UnsupportedFormatError):
    """The input is something sec8k knows but does not extract (an EDGAR index page, a fetch
    manifest, several filings at once); the reason says what to give instead."""


# -- validation ------------------------------------------------------------
class ValidationError(Sec8kError):
    """Our own data broke a rule: a bad pattern file, a missing golden file."""


class PatternError(ValidationError):
    """A spaCy pattern file failed validation when it was loaded."""


# -- running -----------------------------------------------------------------
class BatchError(Sec8kError):
    """The batch cannot run: OUTDIR holds results already, or workers cannot start."""


class QueryError(Sec8kError):
    """The results cannot be found, or DuckDB refused the query."""


class ReviewError(Sec8kError):
    """A review page cannot be made: a page that cannot be written, a filing not in the batch."""
