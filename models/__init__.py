"""Pydantic models of what sec8k produces. Data only: no I/O, no rendering."""

from models.base import Evidence, Frozen, Money, Quantity
from models.deals import Acquisition
from models.filing import (
    SCHEMA_VERSION,
    Address,
    DocumentInfo,
    Exhibit,
    FilingInfo,
    FilingRecord,
    Item,
    SourceInfo,
)

__all__ = [
    "SCHEMA_VERSION",
    "Acquisition",
    "Address",
    "DocumentInfo",
    "Evidence",
    "Exhibit",
    "FilingInfo",
    "FilingRecord",
    "Frozen",
    "Item",
    "Money",
    "Quantity",
    "SourceInfo",
]
