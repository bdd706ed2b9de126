"""The house rules that keep the gates honest: no network in tests, a required corpus fails loudly."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.conftest import NetworkBlocked
from tests.corpus import REPO, REQUIRE_ENV


def test_a_test_cannot_reach_another_host() -> None:
    with pytest.raises(NetworkBlocked, match=r"tests stay on 127\.0\.0\.1"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("www.sec.gov", 443)
    with pytest.raises(NetworkBlocked):
        requests.get("https://www.sec.gov/", timeout=1)


def test_loopback_stays_open() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
    assert socket.getaddrinfo("localhost", 80)


def test_a_required_corpus_that_is_missing_fails_the_run(tmp_path: Path) -> None:
    """A copy of tests/ with no ../shared beside it: skip without the flag, one clear stop with it."""
    repo = tmp_path / "repo"
    (repo / "tests").mkdir(parents=True)
    for name in ("__init__.py", "conftest.py", "corpus.py", "test_corpus.py"):
        (repo / "tests" / name).write_bytes((REPO / "tests" / name).read_bytes())
    env = {k: v for k, v in os.environ.items() if k != REQUIRE_ENV}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]
    relaxed = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert relaxed.returncode == 0, relaxed.stdout
    assert "skipped" in relaxed.stdout and "failed" not in relaxed.stdout
    strict = subprocess.run(
        command, cwd=repo, env={**env, REQUIRE_ENV: "1"}, capture_output=True, text=True
    )
    assert strict.returncode != 0
    assert "the shared corpus is not at" in strict.stdout + strict.stderr


#: A module a maintainer can read in one sitting (the house issue's bound).
MAX_MODULE_LINES = 400


def test_every_module_reads_in_one_sitting() -> None:
    long = {
        str(path.relative_to(REPO)): n
        for path in sorted((REPO / "extractor").rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"
