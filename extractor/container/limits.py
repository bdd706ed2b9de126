"""How much of one input sec8k holds in memory: the document count and size limits."""

from __future__ import annotations

from sec8k.errors import InputTooLargeError

__all__ = ["DEFAULT_MAX_DOCUMENT_CHARS", "MAX_DOCUMENTS", "check_count"]

#: An 8-K submission holds a few documents, a few hundred with images; more than this
#: is refused rather than held in memory (each document costs a record entry).
MAX_DOCUMENTS = 5_000
#: A document longer than this many characters is skipped with a note, and the rest
#: of the filing is read: 8-K documents run to a few MB, and lxml's tree of a large HTML
#: document takes several times its size. sec8k.io sets it from SEC8K_MAX_DOCUMENT_MB.
DEFAULT_MAX_DOCUMENT_CHARS = 10 * 1024 * 1024


def check_count(count: int, source: str, what: str) -> None:
    """Refuse an input of more than :data:`MAX_DOCUMENTS` documents (or files)."""
    if count > MAX_DOCUMENTS:
        raise InputTooLargeError(
            source, f"more than {MAX_DOCUMENTS:,} {what}; an 8-K submission holds a few dozen"
        )
