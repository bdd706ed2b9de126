"""The on-disk cache: safe names, freshness, atomic writes, offline mode."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sec8k.edgar.cache import Cache, is_immutable, write_atomic
from sec8k.errors import FetchError, OfflineMissError, TransientFetchError
from tests.edgar_server import (
    EdgarServer,
    Fault,
    Route,
    fast_config,
    make_client,
    serve,
)

FILING = "/Archives/edgar/data/320193/0001193125-15-410853.txt"
INDEX = "/Archives/edgar/full-index/2021/QTR1/form.idx"


# -- names ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/../etc/passwd",
        "/Archives/../../outside",
        "/Archives/./x",
        "/a//b",
        "/a/.hidden",
        "relative/path",
        "/a/b\\..\\c",
        "/a/%2e%2e/b",
        "/",
    ],
)
def test_unsafe_paths_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(FetchError, match="cacheable"):
        Cache(tmp_path).path_for("sec", path)


@given(st.text(alphabet=st.sampled_from("/.-_aZ09%\\~:"), max_size=40))
def test_no_path_names_a_file_outside_the_cache(path: str) -> None:
    root = Path("/cache-root")
    try:
        target = Cache(root).path_for("sec", path)
    except FetchError:
        return
    assert target.resolve().is_relative_to(root.resolve() / "sec")
    assert ".." not in target.parts


def test_hosts_are_kept_apart(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    assert cache.path_for("sec", "/x.json") != cache.path_for("data", "/x.json")


@pytest.mark.parametrize(
    ("path", "immutable"),
    [
        ("/Archives/edgar/data/320193/0001193125-15-410853.txt", True),
        ("/Archives/edgar/data/320193/000119312515410853/d55543d8k.htm", True),
        ("/Archives/edgar/data/320193/000119312515410853/index.json", True),
        ("/Archives/edgar/data/320193/index.json", False),  # grows with new filings
        ("/Archives/edgar/full-index/2021/QTR1/form.idx", False),
        ("/submissions/CIK0000320193.json", False),
        ("/files/company_tickers.json", False),
    ],
)
def test_what_is_kept_forever(path: str, immutable: bool) -> None:
    assert is_immutable(path) is immutable


# -- freshness -----------------------------------------------------------------
def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_index_goes_stale_but_archive_files_do_not(tmp_path: Path) -> None:
    cache = Cache(tmp_path, max_age=60)
    _age(cache.write("sec", INDEX, b"index"), 3600)
    _age(cache.write("sec", FILING, b"filing"), 10 * 365 * 86400)
    assert cache.read("sec", INDEX) is None
    assert cache.read("sec", INDEX, allow_stale=True) == b"index"
    assert cache.read("sec", FILING) == b"filing"


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["b.txt"]


# -- through the client, against the local server ------------------------------
@pytest.fixture
def server(routes: dict[str, Route]) -> Iterator[EdgarServer]:
    with serve(routes) as running:
        yield running


@pytest.mark.corpus
def test_archive_files_are_fetched_once(server: EdgarServer, tmp_path: Path) -> None:
    with make_client(server, tmp_path) as client:
        first = client.get("sec", FILING)
    with make_client(server, tmp_path) as client:
        assert client.get("sec", FILING) == first == server.routes[FILING].read()
    assert [hit.path for hit in server.hits] == [FILING]


@pytest.mark.corpus
def test_stale_index_is_fetched_again(server: EdgarServer, tmp_path: Path) -> None:
    with make_client(server, tmp_path) as client:
        client.get("sec", INDEX)
        _age(Cache(tmp_path).path_for("sec", INDEX), 2 * 86400)
        client.get("sec", INDEX)
    assert [hit.path for hit in server.hits] == [INDEX, INDEX]


@pytest.mark.corpus
def test_truncated_download_never_reaches_the_cache(server: EdgarServer, tmp_path: Path) -> None:
    server.inject(Fault("truncate"), path=FILING, times=10)
    with (
        make_client(server, tmp_path, fast_config(max_retries=2)) as client,
        pytest.raises(TransientFetchError, match="cut short"),
    ):
        client.get("sec", FILING)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.corpus
def test_truncated_then_complete_caches_the_complete_body(
    server: EdgarServer, tmp_path: Path
) -> None:
    server.inject(Fault("truncate"), path=FILING)
    with make_client(server, tmp_path) as client:
        client.get("sec", FILING)
    cached = Cache(tmp_path).path_for("sec", FILING)
    assert cached.read_bytes() == server.routes[FILING].read()


def test_offline_miss_names_the_url(tmp_path: Path) -> None:
    with make_client(None, tmp_path) as client:
        assert client.offline
        with pytest.raises(OfflineMissError, match=r"0001193125-15-410853\.txt") as info:
            client.get("sec", FILING)
    assert "without --offline" in str(info.value)


def test_offline_serves_stale_entries(tmp_path: Path) -> None:
    _age(Cache(tmp_path).write("sec", INDEX, b"old index"), 30 * 86400)
    with make_client(None, tmp_path) as client:
        assert client.get("sec", INDEX) == b"old index"
