"""``sec8k export``: the query views of a batch's records as Parquet or CSV files."""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

HELP = "write the query views of a batch run as Parquet or CSV files"
HELP_EXAMPLE = """examples:
  sec8k export out --parquet out/parquet
  sec8k export out --csv out/csv
  python -c "import pandas; print(pandas.read_parquet('out/parquet/acquisitions.parquet'))"

Writes filings, items, exhibits, acquisitions, agreements, compensation and
officer_changes as DIR/<view>.parquet (or .csv), with the columns and types of
the sec8k query views. pandas reads Parquet with pyarrow: pip install 'sec8k[parquet]'."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help=HELP,
        description="Write the views that sec8k query offers as Parquet or CSV files, for "
        "pandas, polars, Spark, R or a spreadsheet.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "results", metavar="RESULTS", help="OUTDIR of sec8k batch, or a records.jsonl"
    )
    parser.add_argument("--parquet", type=Path, metavar="DIR", help="folder for .parquet files")
    parser.add_argument("--csv", type=Path, metavar="DIR", help="folder for .csv files")
    parser.set_defaults(func=functools.partial(run, parser))


def run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.parquet is None and args.csv is None:
        parser.error("give --parquet DIR, --csv DIR, or both")
    from sec8k.query import export_csv, export_parquet

    written = []
    if args.parquet is not None:
        written += export_parquet(args.results, args.parquet)
    if args.csv is not None:
        written += export_csv(args.results, args.csv)
    for path in written:
        print(path, file=sys.stderr)
    return 0
