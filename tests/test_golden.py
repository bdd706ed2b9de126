"""Golden files: every samples/<name>/ holds a filing and its hand-checked expected.json.

Goldens change only with ``pytest --update-goldens``; a missing golden fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.extract import extract_path
from tests.conftest import REPO, SAMPLES

SAMPLE_DIRS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())


def _input_of(sample: Path) -> Path:
    files = [
        p for p in sample.iterdir() if p.name != "expected.json" and not p.name.startswith(".")
    ]
    assert len(files) == 1, f"{sample} must hold one filing file besides expected.json"
    return files[0]


def _record_json(sample: Path) -> dict[str, object]:
    path = _input_of(sample).relative_to(REPO)
    record = extract_path(path).record
    return json.loads(record.model_dump_json())  # type: ignore[no-any-return]


def test_there_are_samples() -> None:
    assert SAMPLE_DIRS, "samples/ holds no sample folders"


@pytest.mark.parametrize("sample", SAMPLE_DIRS, ids=[p.name for p in SAMPLE_DIRS])
def test_sample_matches_golden(
    sample: Path, update_goldens: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    golden = sample / "expected.json"
    actual = _record_json(sample)
    if update_goldens:
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.exists(), (
        f"{golden} is missing: review the output and run pytest --update-goldens"
    )
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert actual == expected
