"""Where the EDGAR client reads its configuration: arguments first, then env.

Nothing here runs at import time; :func:`load_settings` reads the environment
when it is called, so tests and callers can pass their own mapping.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from sec8k.errors import FetchError

__all__ = [
    "DEFAULT_DATA_URL",
    "DEFAULT_SEC_URL",
    "ENV_CACHE_DIR",
    "ENV_DATA_URL",
    "ENV_SEC_URL",
    "ENV_USER_AGENT",
    "Settings",
    "load_settings",
]

ENV_USER_AGENT = "SEC8K_USER_AGENT"
ENV_SEC_URL = "SEC8K_SEC_URL"
ENV_DATA_URL = "SEC8K_DATA_URL"
ENV_CACHE_DIR = "SEC8K_CACHE_DIR"

DEFAULT_SEC_URL = "https://www.sec.gov"
DEFAULT_DATA_URL = "https://data.sec.gov"


@dataclass(frozen=True)
class Settings:
    """The resolved configuration of one client."""

    user_agent: str | None
    sec_url: str
    data_url: str
    cache_dir: Path


def load_settings(
    environ: Mapping[str, str] | None = None,
    *,
    user_agent: str | None = None,
    cache_dir: Path | None = None,
) -> Settings:
    """Combine explicit arguments with ``SEC8K_*`` environment variables."""
    env = os.environ if environ is None else environ
    return Settings(
        user_agent=user_agent or env.get(ENV_USER_AGENT) or None,
        sec_url=_base_url(env.get(ENV_SEC_URL) or DEFAULT_SEC_URL, ENV_SEC_URL),
        data_url=_base_url(env.get(ENV_DATA_URL) or DEFAULT_DATA_URL, ENV_DATA_URL),
        cache_dir=cache_dir or _cache_dir(env),
    )


def _base_url(value: str, name: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(name, f"{value!r} is not an http(s) base URL like {DEFAULT_SEC_URL}")
    if parts.query or parts.fragment:
        raise FetchError(name, f"{value!r}: a base URL takes no query or fragment")
    return value.rstrip("/")


def _cache_dir(env: Mapping[str, str]) -> Path:
    configured = env.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_cache_dir("sec8k"))
