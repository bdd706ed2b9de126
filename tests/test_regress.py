"""``sec8k regress``: golden-file regression over sample folders, as a team's CI runs it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sec8k.cli import main
from sec8k.golden import check_sample, diff_json
from tests.conftest import REPO, SAMPLES

SEED = SAMPLES / "allied-motion-2011"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The bundled sample, copied so that a test may change its golden."""
    sample = tmp_path / "samples" / "allied-motion-2011"
    shutil.copytree(SEED, sample)
    return sample


def test_the_bundled_samples_are_unchanged(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["regress", "samples"]) == 0
    out = capsys.readouterr().out
    for name in ("allied-motion-2011", "home-health-1997", "nuance-2007"):
        assert f"samples/{name}: same" in out
    assert out.rstrip().endswith("3 samples: 3 same, 0 changed, 0 without expected.json, 0 errors")


def test_a_readme_beside_the_filing_is_not_the_filing(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (seed_copy / "README.md").write_text("# notes\n", encoding="utf-8")
    assert main(["regress", str(seed_copy.parent)]) == 0
    assert f"{seed_copy}: same" in capsys.readouterr().out


def test_a_changed_value_is_named_by_its_path(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    golden = seed_copy / "expected.json"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    expected["acquisitions"][0]["cash"]["amount"] = "7500000"
    del expected["exhibits"][1]
    golden.write_text(json.dumps(expected), encoding="utf-8")
    assert main(["regress", str(seed_copy.parent)]) == 1
    out = capsys.readouterr().out
    assert "allied-motion-2011: CHANGED" in out
    assert '  acquisitions[0].cash.amount: "7500000" -> "7400000"' in out
    assert '  exhibits[1]: (absent) -> {"number": "10.2"' in out
    # --update writes what this run extracted, and the next run agrees with it.
    assert main(["regress", str(seed_copy), "--update"]) == 0
    assert main(["regress", str(seed_copy)]) == 0
    cash = json.loads(golden.read_text(encoding="utf-8"))["acquisitions"][0]["cash"]
    assert (cash["amount"], cash["currency"], cash["approximate"]) == ("7400000", "USD", True)


def test_a_missing_golden_fails_until_it_is_written(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (seed_copy / "expected.json").unlink()
    assert main(["regress", str(seed_copy)]) == 1
    assert "no expected.json (run with --update to write it)" in capsys.readouterr().out
    assert main(["regress", str(seed_copy), "--update"]) == 0
    assert check_sample(seed_copy).status == "same"


def test_one_bad_sample_does_not_stop_the_others(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = seed_copy.parent / "broken"
    broken.mkdir()
    (broken / "filing.txt").write_bytes(b"")
    (broken / "expected.json").write_text("{}", encoding="utf-8")
    crowded = seed_copy.parent / "crowded"
    crowded.mkdir()
    for name in ("a.txt", "b.txt", "expected.json"):
        (crowded / name).write_text("x", encoding="utf-8")
    assert main(["regress", str(seed_copy.parent)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}: error: filing.txt: the file is empty" in out
    assert f"{crowded}: error: must hold one filing besides expected.json, holds 2 entries" in out
    assert f"{seed_copy}: same" in out
    assert "3 samples: 1 same, 0 changed, 0 without expected.json, 2 errors" in out


def test_a_folder_without_samples_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["regress", str(tmp_path)]) == 1
    assert "holds no samples" in capsys.readouterr().err


def test_diff_json_walks_objects_and_lists() -> None:
    old = {"a": 1, "b": [1, 2, 3], "c": {"d": "x"}}
    new = {"a": "1", "b": [1, 5], "c": {"d": "x", "e": None}}
    assert [d.describe() for d in diff_json(old, new)] == [
        'a: 1 -> "1"',
        "b[1]: 2 -> 5",
        "b[2]: 3 -> (absent)",
        "c.e: (absent) -> null",
    ]
    assert diff_json(old, old) == []
    assert [d.describe() for d in diff_json(1, 1.0)] == ["(record): 1 -> 1.0"]
