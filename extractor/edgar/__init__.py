"""The EDGAR client: fetch SEC filings politely, cache them, put 8-Ks on disk.

Layers, from the network in: :mod:`~sec8k.edgar.gateway` (the only module
that imports ``requests``), :mod:`~sec8k.edgar.cache`,
:mod:`~sec8k.edgar.client` (cache in front of the gateway),
:mod:`~sec8k.edgar.endpoints` (parsers and thin fetch functions) and
:mod:`~sec8k.edgar.fetch` (selection, files on disk, manifest).
"""

from __future__ import annotations

from sec8k.edgar.cache import Cache
from sec8k.edgar.client import EdgarClient, open_client
from sec8k.edgar.endpoints import (
    FilingRef,
    cik_for_ticker,
    company_filings,
    daily_index,
    filing_directory,
    full_submission,
    quarterly_index,
)
from sec8k.edgar.fetch import FetchResult, Outcome, Selection, fetch_filings, select_filings
from sec8k.edgar.gateway import Gateway, GatewayConfig
from sec8k.edgar.identifiers import Quarter
from sec8k.edgar.ratelimit import RateLimiter
from sec8k.edgar.settings import Settings, load_settings

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
