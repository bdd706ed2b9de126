"""Acquisitions, mergers and dispositions reported in Items 2.01 / 1.01 (old Item 2)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from sec8k.models.base import Evidence, Frozen, Money, Quantity

__all__ = ["Acquisition"]


class Acquisition(Frozen):
    """One acquisition, merger or disposition event, with evidence per filled field.

    A field the filing does not state stays ``None``: values are never computed
    (a total is not the sum of cash and stock unless the filing says so).
    """

    kind: Literal["acquisition", "disposition", "merger"]
    stage: Literal["completed", "agreed"]
    item: str = Field(
        description="The item that reports it: '2.01', '1.01', '2'; 'EX-99.1' for a press release"
        " read when the filing has no deal item"
    )
    acquirer: str | None = None
    acquirer_subsidiary: str | None = None
    target: str | None = None
    target_location: str | None = None
    seller: str | None = None
    closing_date: str | None = Field(default=None, description="ISO date")
    agreement_date: str | None = Field(
        default=None, description="ISO date the deal was agreed (signed), when the item states it"
    )
    percent_acquired: Quantity | None = None
    total_consideration: Money | None = None
    cash: Money | None = None
    shares_issued: Quantity | None = None
    shares_up_to: bool | None = Field(
        default=None, description="True when shares_issued is a maximum ('up to N shares')"
    )
    share_class: str | None = None
    per_share_price: Money | None = None
    assumed_liabilities: Money | None = Field(
        default=None,
        description="Debt or liabilities the buyer assumes or repays; never part of the total",
    )
    contingent_consideration: bool | None = None
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Field name -> where its value was read"
    )
