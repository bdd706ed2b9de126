"""Shared test fixtures: where the shared corpus is, and the golden-update flag."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import CORPUS, REPO, REQUIRE_ENV, need, required

SAMPLES = REPO / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite samples/*/expected.json (and docs/review-seed.png) from the current output"
        " (review the diff!)",
    )


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under SEC8K_REQUIRE_CORPUS=1, stop at once with one clear line when the corpus is absent."""
    if required() and not (CORPUS / "edgar_8k" / "raw").is_dir():
        pytest.exit(
            f"{REQUIRE_ENV}=1 but the shared corpus is not at {CORPUS}: "
            "copy or link ../shared beside the repository",
            returncode=3,
        )


class NetworkBlocked(RuntimeError):
    """A test tried to reach a host other than this machine."""


def _is_local(host: object) -> bool:
    if host is None or host in ("", "localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never leave 127.0.0.1: connecting or resolving any other host raises at once."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            raise NetworkBlocked(f"a test tried to connect to {address!r}; tests stay on 127.0.0.1")

    def connect(sock: socket.socket, address: Any) -> None:
        check(sock, address)
        real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_local(host):
            raise NetworkBlocked(f"a test tried to resolve {host!r}; tests stay on 127.0.0.1")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus folder; tests that need it skip with a reason when it is absent."""
    need(CORPUS / "edgar_8k" / "raw", "shared corpus")
    return CORPUS


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def routes() -> dict[str, Any]:
    """EDGAR's paths -> the recorded responses the local test server answers with."""
    from tests.edgar_server import CORPUS as EDGAR_CORPUS
    from tests.edgar_server import corpus_or_skip, load_routes

    corpus_or_skip()
    return load_routes(EDGAR_CORPUS)
