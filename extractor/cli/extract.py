"""``sec8k extract``: filings in, one JSON record per filing out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from extractor.errors import Sec8kError
from extractor.extract import extract_path

HELP_EXAMPLE = """examples:
  sec8k extract samples/allied-motion-2011/filing.txt
  sec8k extract ../shared/corpus/edgar_8k/raw/* -o records.jsonl"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract header, items and exhibits of filings as JSON",
        description="Extract each filing (a file or a folder of one filing's documents) as a JSON "
        "record: a JSON object for one input, JSON Lines for several.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="filing file or folder")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--compact", action="store_true", help="no indentation for a single record")
    parser.set_defaults(func=run)


def _write(paths: list[str], out: TextIO, compact: bool) -> int:
    failed = 0
    single = len(paths) == 1
    for path in paths:
        try:
            record = extract_path(path).record
        except Sec8kError as exc:
            failed += 1
            print(f"sec8k: error: {exc}", file=sys.stderr)
            continue
        indent = None if compact or not single else 2
        out.write(record.model_dump_json(indent=indent) + "\n")
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    if args.output:
        target = Path(args.output)
        temp = target.with_name(target.name + ".part")
        with temp.open("w", encoding="utf-8") as out:
            status = _write(args.paths, out, args.compact)
        temp.replace(target)
        return status
    return _write(args.paths, sys.stdout, args.compact)
