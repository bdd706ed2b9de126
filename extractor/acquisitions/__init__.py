"""Acquisition, merger and disposition terms reported in 8-K items."""

from sec8k.acquisitions.extract import extract_acquisitions

__all__ = ["extract_acquisitions"]
