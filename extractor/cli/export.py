"""``sec8k export``: the query views of a batch's records as Parquet files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "write the query views of a batch run as Parquet files"
HELP_EXAMPLE = """examples:
  sec8k export out --parquet out/parquet
  python -c "import duckdb; print(duckdb.sql(\\"FROM 'out/parquet/acquisitions.parquet'\\"))"

Writes filings, items, exhibits, acquisitions, agreements and compensation as
DIR/<view>.parquet, with the columns and types of the sec8k query views."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help=HELP,
        description="Write the views that sec8k query offers as Parquet files, for pandas, "
        "polars, Spark or R.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "results", metavar="RESULTS", help="OUTDIR of sec8k batch, or a records.jsonl"
    )
    parser.add_argument(
        "--parquet", required=True, type=Path, metavar="DIR", help="folder for the .parquet files"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sec8k.query import export_parquet

    for path in export_parquet(args.results, args.parquet):
        print(path, file=sys.stderr)
    return 0
