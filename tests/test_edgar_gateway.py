"""The gateway against a real HTTP server on 127.0.0.1 (no mocks, no internet)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from sec8k.edgar.gateway import Gateway, GatewayConfig, check_user_agent
from sec8k.edgar.settings import load_settings
from sec8k.errors import (
    BlockedError,
    FetchError,
    NotFoundError,
    TransientFetchError,
    UnreachableError,
)
from tests.edgar_server import (
    TEST_USER_AGENT,
    EdgarServer,
    Fault,
    Route,
    fast_config,
    max_in_window,
    serve,
)

pytestmark = pytest.mark.corpus

TICKERS = "/files/company_tickers.json"
FILING = "/Archives/edgar/data/320193/0001193125-15-410853.txt"
OLD_FILING = "/Archives/edgar/data/320193/0000912057-00-002128.txt"
TINY = "/tiny.txt"


@pytest.fixture
def server(routes: dict[str, Route]) -> Iterator[EdgarServer]:
    with serve(routes) as running:
        running.add(TINY, b"tiny body\n", content_type="text/plain")
        yield running


def _body(server: EdgarServer, path: str) -> bytes:
    return server.routes[path].read()


# -- the User-Agent ------------------------------------------------------------
@pytest.mark.parametrize("bad", [None, "", "sec8k", "python-requests/2.32", "jane@example.com"])
def test_refuses_to_run_without_declared_user_agent(bad: str | None) -> None:
    with pytest.raises(FetchError, match=re.escape('"Name email@example.com"')):
        check_user_agent(bad)


def test_no_user_agent_anywhere_means_no_gateway() -> None:
    settings = load_settings({})
    with pytest.raises(FetchError, match="SEC8K_USER_AGENT"):
        GatewayConfig(user_agent=settings.user_agent or "")


def test_user_agent_from_environment() -> None:
    settings = load_settings({"SEC8K_USER_AGENT": "Jane Doe jane@example.com"})
    assert check_user_agent(settings.user_agent) == "Jane Doe jane@example.com"


def test_every_request_declares_the_user_agent_and_accepts_gzip(server: EdgarServer) -> None:
    with Gateway(fast_config()) as gateway:
        for path in (TICKERS, FILING, OLD_FILING, TINY):
            assert gateway.get(server.url + path) == _body(server, path)
    hits = server.hits
    assert len(hits) == 4
    assert {hit.user_agent for hit in hits} == {TEST_USER_AGENT}
    assert all("gzip" in (hit.accept_encoding or "") for hit in hits)


# -- the rate limit ------------------------------------------------------------
def _hammer(gateway: Gateway, url: str, threads: int, each: int, spacing: float = 0.0) -> None:
    def worker(_: int) -> None:
        for _ in range(each):
            assert gateway.get(url) == b"tiny body\n"
            time.sleep(spacing)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(worker, range(threads)))


def test_never_more_than_ten_requests_in_any_second(server: EdgarServer) -> None:
    with Gateway(fast_config()) as gateway:
        _hammer(gateway, server.url + TINY, threads=8, each=4)
    hits = server.hits
    assert len(hits) == 32
    assert max_in_window(hits) <= 10
    print(f"max requests in any 1-s window at max_per_second=10: {max_in_window(hits)}")


def test_a_lower_rate_is_kept_too(server: EdgarServer) -> None:
    with Gateway(fast_config(max_per_second=3)) as gateway:
        _hammer(gateway, server.url + TINY, threads=4, each=2)
    hits = server.hits
    assert len(hits) == 8
    assert max_in_window(hits) <= 3
    print(f"max requests in any 1-s window at max_per_second=3: {max_in_window(hits)}")


# -- retries -------------------------------------------------------------------
@pytest.mark.parametrize(
    "fault",
    [
        Fault("status", status=503),
        Fault("status", status=500),
        Fault("status", status=429, retry_after="0"),
        Fault("slow", delay=1.0),  # longer than the 0.5 s read timeout
        Fault("drop"),
        Fault("truncate"),
    ],
    ids=["503", "500", "429", "slow", "dropped", "truncated"],
)
def test_transient_faults_are_retried(server: EdgarServer, fault: Fault) -> None:
    server.inject(fault, path=FILING, times=2)
    with Gateway(fast_config()) as gateway:
        assert gateway.get(server.url + FILING) == _body(server, FILING)
    assert len(server.hits) == 3


def test_retry_after_is_honoured(server: EdgarServer) -> None:
    server.inject(Fault("status", status=429, retry_after="1"), path=TINY)
    with Gateway(fast_config()) as gateway:
        gateway.get(server.url + TINY)
    first, second = server.hits
    assert second.time - first.time >= 1.0


def test_retry_after_longer_than_allowed_gives_up(server: EdgarServer) -> None:
    server.inject(Fault("status", status=429, retry_after="3600"), path=TINY)
    with Gateway(fast_config()) as gateway, pytest.raises(TransientFetchError, match="3600 s"):
        gateway.get(server.url + TINY)
    assert len(server.hits) == 1


def test_retry_after_as_an_http_date(server: EdgarServer) -> None:
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    server.inject(Fault("status", status=503, retry_after=past), path=TINY)
    with Gateway(fast_config()) as gateway:
        assert gateway.get(server.url + TINY) == b"tiny body\n"
    future = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    server.inject(Fault("status", status=503, retry_after=future), path=TINY)
    gateway = Gateway(fast_config())
    with gateway, pytest.raises(TransientFetchError, match=r"asked to wait 3[56]\d\d s"):
        gateway.get(server.url + TINY)


def test_exhausted_retries_raise_transient_error(server: EdgarServer) -> None:
    server.inject(Fault("status", status=503), path=TINY, times=10)
    gateway = Gateway(fast_config(max_retries=3))
    with gateway, pytest.raises(TransientFetchError, match="gave up after 4 attempts") as info:
        gateway.get(server.url + TINY)
    assert info.value.source == server.url + TINY
    assert len(server.hits) == 4


def test_a_refused_connection_fails_at_once_without_retries() -> None:
    """Connection refused (like a failed DNS lookup) means no network: no backoff, one line."""
    config = fast_config(max_retries=5, backoff_base=10.0, connect_timeout=0.2)
    started = time.monotonic()
    with Gateway(config) as gateway, pytest.raises(UnreachableError) as raised:
        gateway.get("http://127.0.0.1:9/nothing")
    assert time.monotonic() - started < 3
    assert raised.value.reason.startswith("cannot reach 127.0.0.1:9 (no network?)")


# -- not found -----------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/Archives/edgar/data/320193/0000000000-00-000000.txt",
        "/submissions/CIK-000000001.json",  # recorded 404 NoSuchKey
        "/Archives/edgar/full-index/2099/QTR1/form.gz",  # recorded 403 AccessDenied
    ],
)
def test_missing_files_are_not_found_and_not_retried(server: EdgarServer, path: str) -> None:
    with Gateway(fast_config()) as gateway, pytest.raises(NotFoundError):
        gateway.get(server.url + path)
    assert len(server.hits) == 1


# -- SEC's block page ----------------------------------------------------------
def test_block_page_pauses_every_thread(server: EdgarServer) -> None:
    pause = 1.0
    server.inject(Fault("block", page="rate"), path=FILING)
    with Gateway(fast_config(block_pause=pause)) as gateway:
        blocked = threading.Thread(target=gateway.get, args=(server.url + FILING,))
        blocked.start()
        # Other threads keep asking every 0.1 s: without a shared pause their
        # requests would arrive all through the pause.
        _hammer(gateway, server.url + TINY, threads=2, each=6, spacing=0.1)
        blocked.join()
    hits = server.hits
    block = next(hit for hit in hits if hit.path == FILING)
    retry = [hit for hit in hits if hit.path == FILING][1]
    # Requests already on their way when the block page arrived may land just
    # after it; nothing may arrive later in the pause.
    grace = 0.2
    during = [hit for hit in hits if block.time + grace < hit.time < block.time + pause]
    assert during == []
    assert retry.time - block.time >= pause
    assert len(hits) == 14


def test_undeclared_tool_page_is_a_block_too(server: EdgarServer) -> None:
    server.inject(Fault("block", page="undeclared"), path=TINY)
    with Gateway(fast_config(block_pause=0.3)) as gateway:
        assert gateway.get(server.url + TINY) == b"tiny body\n"
    first, second = server.hits
    assert second.time - first.time >= 0.3


def test_repeated_block_raises_and_stops_everything(server: EdgarServer) -> None:
    server.inject(Fault("block", page="rate"), path=TINY, times=2)
    with Gateway(fast_config(block_pause=0.5)) as gateway:
        with pytest.raises(BlockedError, match="block page 2 times"):
            gateway.get(server.url + TINY)
        with pytest.raises(BlockedError, match="not sent"):
            gateway.get(server.url + FILING)
    assert [hit.path for hit in server.hits] == [TINY, TINY]


# -- redirects and sizes -------------------------------------------------------
def test_redirect_to_another_host_is_refused(server: EdgarServer) -> None:
    server.inject(Fault("redirect", location="http://example.invalid/steal"), path=TINY)
    with Gateway(fast_config()) as gateway, pytest.raises(FetchError, match="another host"):
        gateway.get(server.url + TINY)
    assert len(server.hits) == 1


def test_redirect_on_the_same_host_is_followed(server: EdgarServer) -> None:
    server.inject(Fault("redirect", location=TICKERS), path=TINY)
    with Gateway(fast_config()) as gateway:
        assert gateway.get(server.url + TINY) == _body(server, TICKERS)
    assert [hit.path for hit in server.hits] == [TINY, TICKERS]


def test_response_size_is_capped(server: EdgarServer) -> None:
    # gzip-encoded: the cap counts decoded bytes while reading
    gateway = Gateway(fast_config(max_bytes=100_000))
    with gateway, pytest.raises(FetchError, match="100,000 byte cap"):
        gateway.get(server.url + TICKERS)
    # plain: refused from its Content-Length before reading
    gateway = Gateway(fast_config(max_bytes=5))
    with gateway, pytest.raises(FetchError, match="5 byte cap"):
        gateway.get(server.url + TINY)


def test_requests_errors_do_not_escape(tmp_path: Path) -> None:
    with Gateway(fast_config()) as gateway, pytest.raises(FetchError, match="not an http"):
        gateway.get(f"file://{tmp_path}/x")
