"""Shared building blocks: the frozen base model, evidence and amounts."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Evidence", "Frozen", "Money", "Quantity"]


class Frozen(BaseModel):
    """Base of every sec8k model: immutable, and unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Frozen):
    """Where a value came from: a character span of one document's normalised text.

    ``text`` equals ``document_text[start:end]``, where ``document_text`` is the
    normalised text sec8k produced for ``document`` (an item's text is a slice of
    it, starting at the item's ``start``). ``source_line`` is the 1-based line of
    the raw document where that text begins, when it is known.
    """

    document: str = Field(description="Document name: FILENAME, or 'seq-N' when it has none")
    start: int = Field(ge=0, description="Start offset in the document's normalised text")
    end: int = Field(ge=0, description="End offset (exclusive)")
    text: str = Field(description="The exact slice of the normalised text")
    source_line: int | None = Field(default=None, description="1-based line in the raw document")


class Money(Frozen):
    """An amount of money as the filing states it."""

    amount: Decimal
    currency: str = Field(description="ISO 4217 code where known (USD, EUR, SEK, TWD ...)")
    approximate: bool = Field(default=False, description="Stated as 'approximately', 'about' ...")
    text: str = Field(description="The original wording")


class Quantity(Frozen):
    """A count (shares, days, hours) or a percentage, as the filing states it."""

    value: Decimal
    unit: Literal["shares", "percent", "days", "hours", "years", "months", "other"]
    approximate: bool = False
    text: str
