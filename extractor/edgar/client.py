"""The cache in front of the gateway: what the endpoint functions talk to.

``EdgarClient.get(host, path)`` answers from the cache when it can and asks the
gateway otherwise. Without a gateway the client is offline: it serves whatever
the cache holds, stale or not, and raises :class:`OfflineMissError` naming the
URL it does not have.
"""

from __future__ import annotations

from typing import Protocol

from sec8k.closing import Closing
from sec8k.edgar.cache import DEFAULT_MAX_AGE, Cache, Host
from sec8k.edgar.gateway import Gateway, GatewayConfig
from sec8k.edgar.settings import Settings
from sec8k.errors import OfflineMissError

__all__ = ["EdgarClient", "Transport", "open_client"]


class Transport(Protocol):
    """Anything that turns a URL into its bytes (the :class:`Gateway`)."""

    def get(self, url: str) -> bytes: ...

    def close(self) -> None: ...


class EdgarClient(Closing):
    """Cached access to www.sec.gov (``"sec"``) and data.sec.gov (``"data"``)."""

    def __init__(
        self,
        *,
        sec_url: str,
        data_url: str,
        transport: Transport | None,
        cache: Cache | None,
    ) -> None:
        self._bases: dict[Host, str] = {"sec": sec_url.rstrip("/"), "data": data_url.rstrip("/")}
        self._transport = transport
        self._cache = cache

    @property
    def offline(self) -> bool:
        return self._transport is None

    def url(self, host: Host, path: str) -> str:
        return self._bases[host] + path

    def get(self, host: Host, path: str) -> bytes:
        """The body at ``path`` on ``host``, from the cache or from EDGAR."""
        if self._cache is not None:
            cached = self._cache.read(host, path, allow_stale=self.offline)
            if cached is not None:
                return cached
        if self._transport is None:
            where = self._cache.root if self._cache is not None else "no cache"
            raise OfflineMissError(
                self.url(host, path),
                f"offline and not in the cache ({where}); run once without --offline to fetch it",
            )
        data = self._transport.get(self.url(host, path))
        if self._cache is not None:
            self._cache.write(host, path, data)
        return data

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


def open_client(
    settings: Settings,
    *,
    offline: bool = False,
    config: GatewayConfig | None = None,
    max_age: float | None = None,
) -> EdgarClient:
    """A client for ``settings``; online ones need a declared User-Agent."""
    transport: Transport | None = None
    if not offline:
        config = config or GatewayConfig(user_agent=settings.user_agent or "")
        transport = Gateway(config)
    cache = Cache(settings.cache_dir, max_age=DEFAULT_MAX_AGE if max_age is None else max_age)
    return EdgarClient(
        sec_url=settings.sec_url,
        data_url=settings.data_url,
        transport=transport,
        cache=cache,
    )
