"""sec8k query explains itself: odd inputs end in rc 1 and one line, never a traceback."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sec8k.cli import main
from sec8k.extract import extract_path
from sec8k.query import EXPORTED_VIEWS
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a records.jsonl of the seed, and other files to give as RESULTS."""
    folder = tmp_path_factory.mktemp("odd")
    record = extract_path(SEED).record
    (folder / "records.jsonl").write_text(record.model_dump_json() + "\n", encoding="utf-8")
    (folder / "one.json").write_text(record.model_dump_json(indent=2) + "\n", encoding="utf-8")
    (folder / "latin1.jsonl").write_bytes(b'{"filing": {"company_name": "Caf\xe9 \xff"}}\n')
    (folder / "broken.jsonl").write_bytes(b'{"source": ')
    (folder / "image.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "empty").mkdir()
    return folder


#: (RESULTS relative to the fixture folder, SQL): each must fail with one clear line.
ODD = [
    ("records.jsonl", ""),
    ("records.jsonl", "   \n  "),
    ("records.jsonl", "-- only a comment"),
    ("records.jsonl", "SELECT 1; SELECT 2"),
    ("records.jsonl", "SELEC 1"),
    ("records.jsonl", "SELECT * FROM pg_nothing"),
    ("records.jsonl", "SELECT no_such_column FROM filings"),
    ("records.jsonl", "SELECT 'unterminated"),
    ("records.jsonl", "SELECT * FROM filings WHERE"),
    ("records.jsonl", "SELECT * FROM range(20000)"),
    ("records.jsonl", "SELECT CAST('x' AS INTEGER)"),
    ("records.jsonl", "SELECT error('boom')"),
    ("records.jsonl", "SELECT * FROM filings LIMIT -1"),
    ("records.jsonl", "SELECT * FROM read_csv('/no/such/file.csv')"),
    ("records.jsonl", "SELECT year + 'a' FROM filings"),
    ("latin1.jsonl", "SELECT company_name FROM filings"),
    ("broken.jsonl", "SELECT * FROM filings"),
    ("image.jsonl", "SELECT * FROM items"),
    ("empty", "SELECT 1"),
    ("missing.jsonl", "SELECT 1"),
    ("one.json", "SELECT * FROM officer_changes; DROP VIEW items"),
]


@pytest.mark.parametrize(("results", "sql"), ODD, ids=[f"{r}:{s[:30]!r}" for r, s in ODD])
def test_odd_input_gives_one_line_and_rc_1(
    out: Path, results: str, sql: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", str(out / results), sql]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("sec8k: error: "), captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_an_unknown_table_lists_the_sec8k_views(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", str(out), "SELECT * FROM deals"]) == 1
    error = capsys.readouterr().err
    assert "no view named deals; the sec8k views are records, filings" in error
    assert "pg_" not in error


def test_no_sql_lists_the_views_with_columns_and_an_example(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", str(out)]) == 0
    listing = capsys.readouterr().out
    for view in ("filings", "acquisitions", "officer_changes", "compensation"):
        assert f"\n{view}:\n" in "\n" + listing
    assert "name VARCHAR, positions VARCHAR[], change VARCHAR" in listing
    assert listing.count("  e.g. sec8k query ") == 8


def test_one_indented_record_is_a_results_file(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql = "SELECT name, change, effective_date FROM officer_changes"
    assert main(["query", str(out / "one.json"), sql, "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"name": "Richard Smith", "change": "retirement", "effective_date": "2013-03-31"}
    ]


def test_markdown_format(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT company_name, target FROM acquisitions"
    assert main(["query", str(out), sql, "--format", "markdown"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "| company_name | target |",
        "| --- | --- |",
        "| Allied Motion Technologies Inc. | Östergrens Elmotor AB |",
    ]


def test_export_csv_writes_every_view_with_a_header(out: Path, tmp_path: Path) -> None:
    assert main(["export", str(out), "--csv", str(tmp_path / "csv")]) == 0
    with (tmp_path / "csv" / "officer_changes.csv").open(encoding="utf-8", newline="") as lines:
        rows = list(csv.DictReader(lines))
    assert [(r["name"], r["change"], r["effective_date"]) for r in rows] == [
        ("Richard Smith", "retirement", "2013-03-31")
    ]
    assert sorted(p.stem for p in (tmp_path / "csv").iterdir()) == sorted(EXPORTED_VIEWS)


def test_export_without_a_format_is_a_usage_error(out: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(out)])
    assert exit_.value.code == 2
