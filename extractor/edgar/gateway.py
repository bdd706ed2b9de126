"""The one module of sec8k that talks HTTP.

:class:`Gateway` owns a ``requests.Session`` with SEC's required User-Agent,
keeps under the rate limit, retries transient faults with exponential backoff
and jitter (honouring ``Retry-After``), pauses every thread when SEC serves its
block page, refuses redirects to other hosts, caps response sizes and checks
that a body is complete. It returns bytes or raises one of our
:mod:`sec8k.errors`; no exception of ``requests`` gets past it.
"""

from __future__ import annotations

import random
import re
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from sec8k.closing import Closing
from sec8k.edgar.ratelimit import SEC_MAX_PER_SECOND, RateLimiter
from sec8k.errors import (
    BlockedError,
    FetchError,
    NotFoundError,
    TransientFetchError,
    UnreachableError,
)

__all__ = ["Gateway", "GatewayConfig", "check_user_agent"]

USER_AGENT_FORM = "Name email@example.com"
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")

#: Text of SEC's block pages (served with HTTP 403) and what each one means.
BLOCK_MARKERS = {
    "Request Rate Threshold Exceeded": "more than 10 requests per second",
    "Undeclared Automated Tool": "a User-Agent SEC does not accept as declared",
}
#: S3's answer on www.sec.gov/Archives for a file that does not exist (403, not 404).
_ACCESS_DENIED = b"<Code>AccessDenied</Code>"

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_ERROR_BODY_LIMIT = 1024 * 1024


@dataclass(frozen=True)
class GatewayConfig:
    """Everything a :class:`Gateway` can be tuned with. Times are in seconds."""

    user_agent: str
    max_per_second: int = SEC_MAX_PER_SECOND
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_retries: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 600.0
    block_pause: float = 600.0
    max_blocks: int = 2
    max_bytes: int = 256 * 1024 * 1024
    max_redirects: int = 5

    def __post_init__(self) -> None:
        check_user_agent(self.user_agent)
        if self.max_retries < 0 or self.max_blocks < 1 or self.max_bytes < 1:
            raise ValueError("max_retries >= 0, max_blocks >= 1 and max_bytes >= 1 are required")


def check_user_agent(value: str | None) -> str:
    """Return ``value`` if it declares a name and an e-mail address, else raise."""
    words = (value or "").split()
    has_email = any(_EMAIL.fullmatch(word) for word in words)
    if not has_email or len(words) < 2:
        raise FetchError(
            "User-Agent",
            f'SEC requires a declared User-Agent of the form "{USER_AGENT_FORM}"; '
            'pass --user-agent "Jane Doe jane.doe@example.com" or set SEC8K_USER_AGENT',
        )
    return " ".join(words)


@dataclass(frozen=True)
class _Retry:
    reason: str
    retry_after: float | None = None


@dataclass(frozen=True)
class _Redirect:
    location: str


@dataclass(frozen=True)
class _Block:
    meaning: str


_Outcome = bytes | _Retry | _Redirect | _Block


class Gateway(Closing):
    """GET bytes from EDGAR politely. Safe to share between threads."""

    def __init__(
        self,
        config: GatewayConfig,
        *,
        limiter: RateLimiter | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.config = config
        self.limiter = limiter or RateLimiter(config.max_per_second)
        self._rng = rng or random.Random()
        self._session = requests.Session()
        self._session.headers.update(
            {
                "User-Agent": check_user_agent(config.user_agent),
                "Accept-Encoding": "gzip, deflate",
                "Accept": "*/*",
            }
        )
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=16, max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def get(self, url: str) -> bytes:
        """Return the complete body of ``url`` or raise a :class:`FetchError`."""
        origin = _origin(url)
        current, failures, blocks, hops = url, 0, 0, 0
        while True:
            if not self.limiter.acquire():
                raise BlockedError(
                    url,
                    f"not sent: SEC blocked this client, {self.limiter.paused_for():.0f} s of "
                    "the pause are left; try again later",
                )
            outcome = self._attempt(current)
            if isinstance(outcome, bytes):
                return outcome
            if isinstance(outcome, _Redirect):
                hops += 1
                if hops > self.config.max_redirects:
                    raise FetchError(url, f"more than {self.config.max_redirects} redirects")
                current = _follow(url, current, outcome.location, origin)
            elif isinstance(outcome, _Block):
                blocks += 1
                self.limiter.pause(self.config.block_pause)
                if blocks >= self.config.max_blocks:
                    self.limiter.trip()
                    raise BlockedError(
                        url,
                        f"SEC served its block page {blocks} times ({outcome.meaning}); "
                        f"all requests are paused for {self.config.block_pause:g} s. Check the "
                        f'User-Agent ("{USER_AGENT_FORM}"), lower --max-rps and try again later',
                    )
            else:
                failures += 1
                if failures > self.config.max_retries:
                    raise TransientFetchError(
                        url,
                        f"gave up after {failures} attempts (last: {outcome.reason}); "
                        "EDGAR may be busy, try again later",
                    )
                time.sleep(self._delay(url, failures, outcome))

    def _attempt(self, url: str) -> _Outcome:
        config = self.config
        try:
            response = self._session.get(
                url,
                timeout=(config.connect_timeout, config.read_timeout),
                allow_redirects=False,
                stream=True,
            )
        except requests.exceptions.SSLError as exc:
            raise FetchError(url, f"TLS failed ({exc}); check the base URL") from None
        except (requests.Timeout, requests.ConnectionError) as exc:
            if not isinstance(exc, requests.Timeout) and _unreachable(exc):
                host = urlsplit(url).netloc
                raise UnreachableError(
                    url, f"cannot reach {host} (no network?): {_describe(exc)}"
                ) from None
            return _Retry(_describe(exc))
        except requests.RequestException as exc:
            raise FetchError(url, f"request failed: {_describe(exc)}") from None
        with response:
            return self._judge(url, response)

    def _judge(self, url: str, response: requests.Response) -> _Outcome:
        status = response.status_code
        if status == 200:
            return self._read_body(url, response, self.config.max_bytes)
        if status in _REDIRECTS:
            return _Redirect(response.headers.get("Location", ""))
        if status == 429 or status >= 500:
            return _Retry(f"HTTP {status}", _retry_after(response.headers.get("Retry-After")))
        if status in (404, 410):
            raise NotFoundError(url, f"EDGAR answered HTTP {status}: no such file")
        if status == 403:
            body = self._read_body(url, response, _ERROR_BODY_LIMIT)
            if not isinstance(body, bytes):
                return body
            text = body.decode("utf-8", errors="replace")
            for marker, meaning in BLOCK_MARKERS.items():
                if marker in text:
                    return _Block(meaning)
            if _ACCESS_DENIED in body:
                raise NotFoundError(url, "EDGAR answered 403 AccessDenied: no such file")
            raise FetchError(url, "EDGAR answered HTTP 403 Forbidden")
        raise FetchError(url, f"EDGAR answered HTTP {status}, which sec8k does not handle")

    def _read_body(self, url: str, response: requests.Response, limit: int) -> bytes | _Retry:
        declared = response.headers.get("Content-Length", "")
        expected = int(declared) if declared.isdigit() else None
        plain = response.headers.get("Content-Encoding", "identity").lower() in ("", "identity")
        if plain and expected is not None and expected > limit:
            raise FetchError(url, _too_large(limit))
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError(url, _too_large(limit))
                chunks.append(chunk)
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
            requests.Timeout,
            requests.ConnectionError,
        ) as exc:
            return _Retry(f"body cut short: {_describe(exc)}")
        if plain and expected is not None and size != expected:
            return _Retry(f"body has {size} of the {expected} bytes announced")
        return b"".join(chunks)

    def _delay(self, url: str, failures: int, retry: _Retry) -> float:
        config = self.config
        ceiling = min(config.backoff_max, config.backoff_base * 2.0 ** (failures - 1))
        delay = ceiling / 2 + self._rng.uniform(0, ceiling / 2)
        if retry.retry_after is None:
            return delay
        if retry.retry_after > config.max_retry_after:
            raise TransientFetchError(
                url,
                f"{retry.reason} asked to wait {retry.retry_after:.0f} s (Retry-After), "
                f"more than max_retry_after={config.max_retry_after:g} s; try again later",
            )
        return max(delay, retry.retry_after)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(url, "not an http(s) URL")
    return parts.scheme, parts.netloc.lower()


def _follow(url: str, current: str, location: str, origin: tuple[str, str]) -> str:
    if not location:
        raise FetchError(url, "redirect without a Location header")
    target = urljoin(current, location)
    scheme, host = urlsplit(target).scheme, urlsplit(target).netloc.lower()
    if (scheme, host) != origin:
        raise FetchError(url, f"refused a redirect to another host ({scheme}://{host})")
    return target


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _too_large(limit: int) -> str:
    return f"response is larger than the {limit:,} byte cap (max_bytes); raise it if expected"


def _unreachable(exc: BaseException) -> bool:
    """Whether a connection error comes from a failed name lookup or a refused connection
    (somewhere in the chain requests and urllib3 wrap around the socket's error)."""
    stack: list[object] = [exc]
    seen: set[int] = set()
    while stack:
        error = stack.pop()
        if not isinstance(error, BaseException) or id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, socket.gaierror | ConnectionRefusedError):
            return True
        if type(error).__name__ == "NameResolutionError":  # urllib3 2's DNS failure
            return True
        stack += [error.__cause__, error.__context__, getattr(error, "reason", None), *error.args]
    return False


def _describe(exc: BaseException) -> str:
    # requests nests urllib3 errors whose text repeats the whole URL; the name
    # and the innermost reason are enough for a one-line message.
    reason = exc.args[0] if exc.args else ""
    inner = getattr(reason, "reason", reason)
    return f"{type(exc).__name__}: {inner}"
