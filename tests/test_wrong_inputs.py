"""Inputs of the wrong shape get rc 1 and one clear line that says what to give instead."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sec8k.cli import main

RAW = ("edgar_8k", "raw")


def _refused(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Run ``sec8k extract path``: rc 1, nothing on stdout, and the one stderr line."""
    assert main(["extract", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("sec8k: error: "), captured.err
    assert path.name in lines[0]
    return lines[0]


def _manifest(dest: Path, paths: list[str]) -> None:
    lines = [json.dumps({"accession": "x", "path": p, "status": "fetched"}) for p in paths]
    (dest / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.corpus
def test_an_edgar_index_page_points_to_the_filing(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = corpus / "edgar_api" / "filing_index" / "0000320193-24-000005-index.html"
    line = _refused(page, capsys)
    assert "an EDGAR filing index page, not a filing" in line
    assert "0000320193-24-000005.txt" in line


@pytest.mark.corpus
def test_a_fetch_folder_of_several_filings_points_to_batch(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "filings"
    for accession in ("0000912057-00-002128", "0000084581-00-500009"):
        (dest / "1").mkdir(parents=True, exist_ok=True)
        shutil.copy(corpus.joinpath(*RAW, accession, f"{accession}.txt"), dest / "1")
    _manifest(dest, ["1/0000912057-00-002128.txt", "1/0000084581-00-500009.txt"])
    for given in (dest, dest / "manifest.jsonl"):
        line = _refused(given, capsys)
        assert "a sec8k fetch manifest of 2 filings: use `sec8k batch" in line


@pytest.mark.corpus
def test_a_fetch_folder_of_one_filing_is_followed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "1").mkdir()
    shutil.copy(
        corpus.joinpath(*RAW, "0000912057-00-002128", "0000912057-00-002128.txt"), tmp_path / "1"
    )
    _manifest(tmp_path, ["1/0000912057-00-002128.txt"])
    assert main(["extract", str(tmp_path), "--compact"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["filing"]["accession_number"] == "0000912057-00-002128"


@pytest.mark.corpus
def test_a_flat_folder_of_contracts_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for contract in sorted((corpus / "cuad" / "txt").iterdir())[:15]:
        shutil.copy(contract, tmp_path)
    line = _refused(tmp_path, capsys)
    assert "15 documents and none is a Form 8-K" in line
    assert f"use `sec8k batch {tmp_path}/*` or `sec8k extract {tmp_path}/*`" in line


@pytest.mark.corpus
def test_a_folder_of_filing_folders_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("0000912057-00-002128", "oracle-8k-2024-11-14"):
        shutil.copytree(corpus.joinpath(*RAW, name), tmp_path / name)
    line = _refused(tmp_path, capsys)
    assert f"holds 2 folders, not one filing's documents: use `sec8k batch {tmp_path}` (" in line


@pytest.mark.corpus
def test_a_flat_folder_of_two_submissions_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for accession in ("0000912057-00-002128", "0000084581-00-500009"):
        shutil.copy(corpus.joinpath(*RAW, accession, f"{accession}.txt"), tmp_path)
    assert "holds 2 full submissions" in _refused(tmp_path, capsys)


@pytest.mark.corpus
def test_a_flat_folder_of_two_8ks_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("oracle-8k-2024-11-14", "buckle-8k-2024-11-22"):
        for path in corpus.joinpath(*RAW, name).glob("*8-K.html"):
            shutil.copy(path, tmp_path)
    assert "2 different Form 8-Ks" in _refused(tmp_path, capsys)


def test_a_folder_of_junk_says_it_found_no_filing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b.png").write_bytes(b"\x89PNG....")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert "found no filing" in _refused(tmp_path, capsys)
