"""Golden files: every samples/<name>/ holds a filing and its hand-checked expected.json.

Goldens change only with ``pytest --update-goldens``; a missing golden fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sec8k.golden import EXPECTED, check_sample, write_expected
from tests.conftest import REPO, SAMPLES

SAMPLE_DIRS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())


def test_there_are_samples() -> None:
    assert SAMPLE_DIRS, "samples/ holds no sample folders"


@pytest.mark.parametrize("sample", SAMPLE_DIRS, ids=[p.name for p in SAMPLE_DIRS])
def test_sample_matches_golden(
    sample: Path, update_goldens: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # the golden's source.path is relative to the repository
    result = check_sample(sample.relative_to(REPO))
    assert result.status != "error", result.message
    if update_goldens and result.status != "same":
        write_expected(result)
        result = check_sample(sample.relative_to(REPO))
    assert result.status != "missing", (
        f"{sample / EXPECTED} is missing: review the output and run pytest --update-goldens"
    )
    changes = "\n".join(d.describe() for d in result.differences)
    assert result.status == "same", f"{sample.name} differs from its golden:\n{changes}"
    golden = json.loads((sample / EXPECTED).read_text(encoding="utf-8"))
    assert result.record is not None
    assert golden["source"]["path"] == result.record["source"]["path"]
