"""Shared test fixtures: where the shared corpus is, and the golden-update flag."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The team's shared corpus lives beside the repository, never inside it.
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite samples/*/expected.json from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus folder; tests that need it skip with a reason when it is absent."""
    if not (CORPUS / "edgar_8k" / "raw").is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (it sits beside the repo in CI)")
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
