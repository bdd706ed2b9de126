"""The first hour with sec8k: the Python API, a readable summary, stdin, --version."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import sec8k
from sec8k.batch import DEFAULT_TIMEOUT
from sec8k.cli import main
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"


def test_import_sec8k_loads_no_heavy_module() -> None:
    code = (
        "import sys, sec8k; "
        "print(sorted(m for m in ('spacy', 'duckdb', 'pydantic', 'requests') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_the_public_api(tmp_path: Path) -> None:
    record = sec8k.extract_path(SEED)
    assert isinstance(record, sec8k.FilingRecord)
    assert record.acquisitions[0].target == "Östergrens Elmotor AB"
    same = sec8k.extract_bytes(SEED.read_bytes(), "filing.txt")
    assert same.acquisitions == record.acquisitions
    summary = sec8k.run_batch([SEED], tmp_path / "out", workers=1)
    assert summary.ok
    with sec8k.connect(tmp_path / "out") as db:
        frame = db.sql("SELECT name, change FROM officer_changes").df()
    assert frame.to_dict("records") == [{"name": "Richard Smith", "change": "retirement"}]
    for name in sec8k.__all__:
        assert getattr(sec8k, name).__doc__, f"sec8k.{name} has no docstring"


def test_run_batch_has_the_batch_default_timeout() -> None:
    import inspect

    assert inspect.signature(sec8k.run_batch).parameters["timeout"].default == DEFAULT_TIMEOUT


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        sec8k.nothing  # noqa: B018


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"sec8k {sec8k.__version__}"


def test_stdin_is_read_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["extract", "-"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"]["path"] == "<stdin>"
    assert record["acquisitions"][0]["target"] == "Östergrens Elmotor AB"


def test_no_text_leaves_item_and_exhibit_texts_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--no-text"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["items"] and all("text" not in item for item in record["items"])
    assert all("text" not in exhibit for exhibit in record["exhibits"])
    assert record["items"][0]["start"] >= 0


def test_summary_shows_values_with_their_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--summary"]) == 0
    text = capsys.readouterr().out
    for expected in (
        "Allied Motion Technologies Inc.",
        "2.01 Completion of Acquisition or Disposition of Assets",
        "target: Östergrens Elmotor AB",
        "cash: USD 7,400,000 (approx.)",
        "← filing.txt:39 “approximately $7.4 million”",
        "party: Richard D. Smith (Consultant)",
        "fee (first 12-month period): USD 166,000 per year",
        "Richard Smith: retirement (Item 5.02)",
        "Exhibits: ",
    ):
        assert expected in text, expected
    assert not text.lstrip().startswith("{")


def test_pandas_reads_the_parquet_export(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="reading Parquet with pandas needs the parquet extra")
    import pandas

    assert sec8k.run_batch([SEED], tmp_path / "out", workers=1).ok
    assert main(["export", str(tmp_path / "out"), "--parquet", str(tmp_path / "pq")]) == 0
    deals = pandas.read_parquet(tmp_path / "pq" / "acquisitions.parquet")
    assert deals.target.tolist() == ["Östergrens Elmotor AB"]
