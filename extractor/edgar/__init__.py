"""The EDGAR client: fetch SEC filings politely, cache them, put 8-Ks on disk.

Layers, from the network in: :mod:`~extractor.edgar.gateway` (the only module
that imports ``requests``), :mod:`~extractor.edgar.cache`,
:mod:`~extractor.edgar.client` (cache in front of the gateway),
:mod:`~extractor.edgar.endpoints` (parsers and thin fetch functions) and
:mod:`~extractor.edgar.fetch` (selection, files on disk, manifest).
"""

from __future__ import annotations

from extractor.edgar.cache import Cache
from extractor.edgar.client import EdgarClient, open_client
from extractor.edgar.endpoints import (
    FilingRef,
    cik_for_ticker,
    company_filings,
    daily_index,
    filing_directory,
    full_submission,
    quarterly_index,
)
from extractor.edgar.fetch import FetchResult, Outcome, Selection, fetch_filings, select_filings
from extractor.edgar.gateway import Gateway, GatewayConfig
from extractor.edgar.identifiers import Quarter
from extractor.edgar.ratelimit import RateLimiter
from extractor.edgar.settings import Settings, load_settings

__all__ = [
    "Cache",
    "EdgarClient",
    "FetchResult",
    "FilingRef",
    "Gateway",
    "GatewayConfig",
    "Outcome",
    "Quarter",
    "RateLimiter",
    "Selection",
    "Settings",
    "cik_for_ticker",
    "company_filings",
    "daily_index",
    "fetch_filings",
    "filing_directory",
    "full_submission",
    "load_settings",
    "open_client",
    "quarterly_index",
    "select_filings",
]
