"""sec8k query and export: SQL over real batch output, checked against the records themselves."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from sec8k.batch import RECORDS, run_batch
from sec8k.cli import main
from sec8k.query import EXPORTED_VIEWS, VIEW_NAMES, QueryError, connect, run_query
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"

#: The brief's example, for the seed's year: cash-and-stock deals over $5 million.
CASH_AND_STOCK = """
    SELECT company_name, year, target
    FROM acquisitions
    WHERE cash IS NOT NULL AND shares_issued IS NOT NULL
      AND coalesce(total_consideration, cash) > 5000000 AND year = 2010
"""


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "out"
    assert run_batch([SEED], out, workers=1).records == 1
    return out


@pytest.fixture(scope="module")
def corpus_out(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    run_batch([corpus / "edgar_8k" / "raw"], out, workers=2)
    return out


def query(capsys: pytest.CaptureFixture[str], results: Path, sql: str, *options: str) -> str:
    assert main(["query", str(results), sql, *options]) == 0
    return capsys.readouterr().out


def test_the_seed_acquisition_as_a_table(
    seed_out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql = (
        "SELECT company_name, target, closing_date, total_consideration, cash, shares_issued, "
        "contingent_consideration FROM acquisitions"
    )
    assert query(capsys, seed_out, sql).splitlines() == [
        "company_name                     target                 closing_date  "
        "total_consideration     cash  shares_issued  contingent_consideration",
        "-------------------------------  ---------------------  ------------  "
        "-------------------  -------  -------------  ------------------------",
        "Allied Motion Technologies Inc.  Östergrens Elmotor AB  2010-12-30    "
        "            8300000  7400000         136700  true",
        "(1 row)",
    ]


def test_cash_and_stock_deals_over_5_million_in_a_year_is_one_short_query(
    seed_out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert query(capsys, seed_out, CASH_AND_STOCK).splitlines()[2:] == [
        "Allied Motion Technologies Inc.  2010  Östergrens Elmotor AB",
        "(1 row)",
    ]
    assert "(0 rows)" in query(capsys, seed_out, CASH_AND_STOCK.replace("2010", "2007"))


def test_csv_and_json_lines(seed_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = query(
        capsys, seed_out, "SELECT number, empty FROM items ORDER BY position", "--format", "csv"
    )
    assert csv == "number,empty\n2.01,false\n5.02,false\n9.01,false\n"
    sql = "SELECT total_consideration, closing_date, evidence -> '$.cash' AS cash FROM acquisitions"
    row = json.loads(query(capsys, seed_out, sql, "--format", "json"))
    assert row == {
        "total_consideration": "8300000",
        "closing_date": "2010-12-30",
        "cash": {
            "document": "filing.txt",
            "start": 1701,
            "end": 1727,
            "text": "approximately $7.4 million",
            "source_line": 39,
        },
    }


def test_money_is_decimal_and_dates_are_dates(seed_out: Path) -> None:
    result = run_query(seed_out, "SELECT total_consideration, closing_date, year FROM acquisitions")
    assert result.types == ["DECIMAL(38,6)", "DATE", "BIGINT"]
    (amount, closing, year), *_ = list(result.rows)
    assert amount == Decimal("8300000") and str(closing) == "2010-12-30" and year == 2010


@pytest.mark.corpus
def test_views_hold_exactly_what_the_records_hold(corpus_out: Path) -> None:
    records = [json.loads(line) for line in (corpus_out / RECORDS).read_text().splitlines()]
    with connect(corpus_out) as db:

        def scalar(sql: str) -> object:
            return db.execute(sql).fetchall()[0][0]

        assert scalar("SELECT count(*) FROM filings") == len(records)
        for view in ("items", "exhibits", "acquisitions"):
            assert scalar(f"SELECT count(*) FROM {view}") == sum(len(r[view]) for r in records)
        cash = [a["cash"]["amount"] for r in records for a in r["acquisitions"] if a["cash"]]
        assert scalar("SELECT coalesce(sum(cash), 0) FROM acquisitions") == sum(map(Decimal, cash))
        accessions = {r["filing"]["accession_number"] for r in records} - {None}
        assert scalar("SELECT count(DISTINCT accession_number) FROM filings") == len(accessions)
        assert scalar("SELECT count(*) FROM items WHERE text IS NULL OR title IS NULL") == 0
        joined = "SELECT count(*) FROM items JOIN filings USING (filing_id)"
        assert scalar(joined) == scalar("SELECT count(*) FROM items")


def test_views_tolerate_empty_lists_and_shapes_they_do_not_know(tmp_path: Path) -> None:
    seed = json.loads(run_batch_line(tmp_path))
    consulting = {
        "agreement_type": "consulting",
        "exhibit": "10.2",
        "parties": [{"name": "Richard D. Smith", "role": "Consultant"}],
        "governing_law": "Colorado",
        "compensation": [
            {"kind": "fee", "amount": "12500", "currency": "USD", "per": "month", "text": "..."},
            {"kind": "cap", "amount": "not a number", "currency": "USD", "text": "..."},
        ],
        "a_field_added_later": {"x": 1},
    }
    future = dict(seed, agreements=[consulting, "odd", {"compensation": "not a list"}])
    strange = dict(seed, agreements={"not": "a list"}, acquisitions=[])
    bare = {"schema_version": "9.0", "source": {"sha256": "x"}}
    lines = [json.dumps(r) for r in (seed, future, strange, bare)]
    (tmp_path / RECORDS).write_text("\n".join(lines) + "\n", encoding="utf-8")

    with connect(tmp_path) as db:
        counts = {v: db.execute(f"SELECT count(*) FROM {v}").fetchall()[0][0] for v in VIEW_NAMES}
        agreement = db.execute(
            "SELECT agreement_type, parties, governing_law, agreement -> '$.a_field_added_later' "
            "FROM agreements WHERE position = 1 AND (agreement -> '$.a_field_added_later') IS NOT NULL"
        ).fetchall()
        fees = db.execute(
            "SELECT agreement_exhibit, kind, amount, per FROM compensation WHERE text = '...' "
            "ORDER BY position"
        ).fetchall()
    assert counts == {
        "records": 4,
        "filings": 4,
        "items": 9,
        "exhibits": 6,
        "acquisitions": 2,
        "agreements": 4,  # the seed's consulting agreement + the three odd shapes
        "compensation": 9,  # its fee schedule, rate and cap (7) + the two made-up rows
        "officer_changes": 3,  # the seed's one, in seed, future and strange
    }
    assert agreement == [("consulting", ["Richard D. Smith"], "Colorado", '{"x":1}')]
    assert fees == [("10.2", "fee", Decimal("12500"), "month"), ("10.2", "cap", None, None)]

    (tmp_path / RECORDS).write_text("", encoding="utf-8")
    with connect(tmp_path) as db:
        assert all(db.execute(f"SELECT count(*) FROM {v}").fetchall() == [(0,)] for v in VIEW_NAMES)


def run_batch_line(tmp_path: Path) -> str:
    out = tmp_path / "seed"
    run_batch([SEED], out, workers=1)
    return (out / RECORDS).read_text(encoding="utf-8").splitlines()[0]


def test_export_writes_readable_parquet(seed_out: Path, tmp_path: Path) -> None:
    dest = tmp_path / "parquet"
    assert main(["export", str(seed_out), "--parquet", str(dest)]) == 0
    assert sorted(p.name for p in dest.iterdir()) == sorted(f"{v}.parquet" for v in EXPORTED_VIEWS)
    db = duckdb.connect()
    path = str(dest / "acquisitions.parquet")
    rows = db.execute(
        "SELECT target, total_consideration, typeof(total_consideration) FROM read_parquet(?)",
        [path],
    ).fetchall()
    assert rows == [("Östergrens Elmotor AB", Decimal("8300000"), "DECIMAL(38,6)")]
    items = db.execute(
        "SELECT number FROM read_parquet(?) ORDER BY position", [str(dest / "items.parquet")]
    )
    assert items.fetchall() == [("2.01",), ("5.02",), ("9.01",)]
    agreements = db.execute(
        "SELECT agreement_type, governing_law FROM read_parquet(?)",
        [str(dest / "agreements.parquet")],
    )
    assert agreements.fetchall() == [("consulting", "Colorado")]


def test_user_errors_are_one_line_messages(
    seed_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", str(seed_out), "SELECT nope FROM filings"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sec8k: error: query: Binder Error") and "Traceback" not in err
    assert main(["query", str(tmp_path), "SELECT 1"]) == 1
    assert "no records.jsonl here" in capsys.readouterr().err
    with pytest.raises(QueryError, match="Parser Error"):
        run_query(seed_out, "SELEKT 1")
