"""Sample folders on disk: find them, re-extract their filing, compare, rewrite a golden."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sec8k.errors import Sec8kError, ValidationError
from sec8k.extract import extract_path
from sec8k.golden.diff import Difference, diff_json

__all__ = ["EXPECTED", "SampleResult", "check_sample", "find_samples", "write_expected"]

#: The golden file's name inside a sample folder.
EXPECTED = "expected.json"
#: A sample's notes (what the filing is, what was checked, known wrong values): not the filing.
NOTES = "README.md"
#: Where the run found the filing: it depends on the working folder, so it is not compared.
NOT_COMPARED = ("source.path",)

Status = Literal["same", "changed", "missing", "error"]


@dataclass(frozen=True)
class SampleResult:
    """One sample's outcome; ``record`` is the new record's JSON when extraction ran."""

    sample: Path
    status: Status
    differences: list[Difference] = field(default_factory=list)
    message: str | None = None
    record: dict[str, object] | None = None


def find_samples(path: str | Path) -> list[Path]:
    """``path`` itself when it is a sample, else its sample subfolders, sorted.

    A folder holding neither is an error: a typo must not pass as "no samples, all same".
    """
    root = Path(path)
    if not root.is_dir():
        raise ValidationError(str(root), "not a folder: give a sample folder or a folder of them")
    if _is_sample(root):
        return [root]
    samples = sorted(p for p in root.iterdir() if p.is_dir() and _is_sample(p))
    if not samples:
        raise ValidationError(
            str(root), f"holds no samples (folders with a filing and its {EXPECTED})"
        )
    return samples


def _is_sample(folder: Path) -> bool:
    """It holds a golden, or (a sample whose golden is still to be written) one filing file."""
    if (folder / EXPECTED).is_file():
        return True
    filing = _filing_in(folder)
    return filing is not None and filing.is_file()


def _entries(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.iterdir()
        if p.name not in (EXPECTED, NOTES) and not p.name.startswith(".")
    ]


def _filing_in(folder: Path) -> Path | None:
    """The one filing a sample folder holds: a single file, or a single folder of documents
    (beside ``expected.json`` and the optional ``README.md``)."""
    entries = _entries(folder)
    return entries[0] if len(entries) == 1 else None


def check_sample(sample: Path) -> SampleResult:
    """Extract the sample's filing and compare its record with ``expected.json``."""
    filing = _filing_in(sample)
    if filing is None:
        count = len(_entries(sample))
        return SampleResult(
            sample,
            "error",
            message=f"must hold one filing besides {EXPECTED}, holds {count} entries",
        )
    try:
        record = json.loads(extract_path(filing).record.model_dump_json())
    except Sec8kError as exc:
        return SampleResult(sample, "error", message=str(exc))
    golden = sample / EXPECTED
    if not golden.is_file():
        return SampleResult(sample, "missing", record=record)
    try:
        expected = json.loads(golden.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return SampleResult(sample, "error", message=f"{golden}: unreadable golden: {exc}")
    differences = [d for d in diff_json(expected, record) if d.path not in NOT_COMPARED]
    return SampleResult(sample, "changed" if differences else "same", differences, record=record)


def write_expected(result: SampleResult) -> Path:
    """Write the new record as the sample's golden; review the change before committing it."""
    if result.record is None:
        raise ValidationError(str(result.sample), "no record to write: extraction failed")
    golden = result.sample / EXPECTED
    text = json.dumps(result.record, indent=2, ensure_ascii=False) + "\n"
    golden.write_text(text, encoding="utf-8")
    return golden
