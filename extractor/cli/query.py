"""``sec8k query``: SQL over a batch's records, with DuckDB in this process."""

from __future__ import annotations

import argparse
import sys

HELP = "run SQL over the records of a batch run (DuckDB)"
HELP_EXAMPLE = """examples:
  sec8k query out
  sec8k query out "SELECT form_type, count(*) AS filings FROM filings GROUP BY ALL"
  sec8k query out "SELECT company_name, target, total_consideration, cash, shares_issued
      FROM acquisitions WHERE cash IS NOT NULL AND shares_issued IS NOT NULL
      AND coalesce(total_consideration, cash) > 5000000 AND year = 2007"
  sec8k query out/records.jsonl "SELECT * FROM items WHERE number = '2.01'" --format csv
  sec8k query record.json "SELECT name, change, positions FROM officer_changes"

Without SQL, lists the views with their columns and an example each: filings,
items, exhibits, acquisitions, agreements, compensation, officer_changes (one row
per object, with filing_id, accession_number, company_name, cik, filed_date and
year first) and records (filing_id and the whole record as JSON). Money and
quantities are DECIMAL, dates DATE; see docs/schema.md. RESULTS may also be the
JSON of one record, as sec8k extract prints it."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from sec8k.query import FORMATS

    parser = subparsers.add_parser(
        "query",
        help=HELP,
        description="Run one SQL statement over the records of a sec8k batch run, through "
        "views that turn each record's lists into tables; without SQL, list the views.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "results",
        metavar="RESULTS",
        help="OUTDIR of sec8k batch, its records.jsonl, or one record's JSON (sec8k extract)",
    )
    parser.add_argument(
        "sql", metavar="SQL", nargs="?", help="one SQL statement (none: list the views)"
    )
    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="table",
        help="table (aligned text, long cells cut), markdown, csv, or json (JSON Lines); "
        "default: table",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sec8k.query import render, run_query

    if args.sql is None:
        _list_views(args.results)
        return 0
    render(run_query(args.results, args.sql), sys.stdout, args.format)
    return 0


def _list_views(results: str) -> None:
    from sec8k.query import EXAMPLES, describe_views

    for view, columns in describe_views(results):
        print(f"{view}:")
        print("  " + ", ".join(f"{name} {kind}" for name, kind in columns))
        print(f'  e.g. sec8k query {results} "{EXAMPLES[view]}"')
