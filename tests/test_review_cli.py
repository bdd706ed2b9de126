"""`sec8k show` on a filing and on a batch folder: pages, index, one-line user errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sec8k.cli import main
from sec8k.extract import extract_path
from tests.review_helpers import SEED, strict_html5


def _batch(tmp_path: Path) -> Path:
    outdir = tmp_path / "out"
    outdir.mkdir()
    line = extract_path(SEED).record.model_dump_json()
    (outdir / "records.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    error = {
        "input": "bad.txt",
        "key": "k",
        "stage": "read",
        "error": "EmptyInputError",
        "message": "bad.txt: <empty>",
        "seconds": 0.0,
    }
    (outdir / "errors.jsonl").write_text(json.dumps(error) + "\n", encoding="utf-8")
    return outdir


def test_show_batch_index_and_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outdir = _batch(tmp_path)
    assert main(["show", str(outdir)]) == 0
    index = outdir / "review" / "index.html"
    page = index.read_text(encoding="utf-8")
    strict_html5(page)
    assert page.count('class="filing"') == 2 and page.count('class="error"') == 1
    assert "bad.txt: &lt;empty&gt;" in page and f"sec8k show {outdir} --filing 2" in page
    assert not (outdir / "review" / "pages").exists()
    assert main(["show", str(outdir), "--filing", "2"]) == 0
    pages = sorted((outdir / "review" / "pages").iterdir())
    assert [p.name for p in pages] == ["00002-filing.html"]
    assert 'href="pages/00002-filing.html"' in index.read_text(encoding="utf-8")
    assert main(["show", str(outdir), "--all", "-o", str(tmp_path / "all" / "i.html")]) == 0
    assert len(list((tmp_path / "all" / "pages").iterdir())) == 2
    assert "2 filings, 1 errors" in capsys.readouterr().out


def test_show_user_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outdir = _batch(tmp_path)
    assert main(["show", str(outdir), "--filing", "9"]) == 1
    assert main(["show", str(SEED), "--all"]) == 1
    assert main(["show", str(tmp_path / "missing.txt")]) == 1
    assert main(["show", str(SEED), "-o", str(tmp_path)]) == 1  # a folder, not a file
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 4 and all(e.startswith("sec8k: error: ") for e in errors)
    assert "no record with line number or accession 9" in errors[0]


def test_a_moved_filing_shows_the_record_texts(tmp_path: Path) -> None:
    outdir = _batch(tmp_path)
    record = json.loads((outdir / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record["source"]["path"] = str(tmp_path / "gone.txt")
    (outdir / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["show", str(outdir), "--all"]) == 0
    page = next((outdir / "review" / "pages").iterdir()).read_text(encoding="utf-8")
    assert "only the item and exhibit texts the record holds are shown" in page
    assert "do not match" not in page


def test_the_default_page_is_written_here_and_never_over_the_filing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["show", str(SEED)]) == 0
    assert (tmp_path / "filing.review.html").is_file()
    own = tmp_path / "filing.review.html"
    assert main(["show", str(own), "-o", str(own)]) == 1
    assert "would overwrite the filing itself" in capsys.readouterr().err
