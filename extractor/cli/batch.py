"""``sec8k batch``: many filings on all cores into records.jsonl and errors.jsonl."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

HELP = "extract many filings on all cores into OUTDIR/records.jsonl"
HELP_EXAMPLE = """examples:
  sec8k batch ../shared/corpus/edgar_8k/raw -o out
  sec8k batch filings/manifest.jsonl -o out --workers 4 --timeout 120
  sec8k batch ../shared/corpus/edgar_8k/raw -o out --resume

Inputs: a file is one filing; a .jsonl file is a manifest from sec8k fetch (one
filing per line with a path); a folder holding manifest.jsonl is read through
its manifest; a folder with subfolders is a collection (each child is expanded
by the same rules), and so is a folder of two or more submissions named by
accession number (0001193125-19-292676.txt); any other folder of files is one
filing's documents (to run a flat folder of filings, give its files: dir/*).

OUTDIR gets records.jsonl (one record per line, in the order they finish),
errors.jsonl (input, key, stage, error, message, seconds) and keys.jsonl (the
content key of each record's input, for --resume). Every input ends as exactly
one record or one error; the run checks this at the end and prints the result.
Exit status 1 if any input failed or the check failed."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from sec8k.batch import DEFAULT_TIMEOUT, default_workers

    parser = subparsers.add_parser(
        "batch",
        help=HELP,
        description="Extract every filing of the inputs on a pool of worker processes, writing "
        "one JSON line per filing as it finishes, with a time limit per filing, a progress bar "
        "and resumable output.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="filing file or folder, collection, manifest"
    )
    parser.add_argument(
        "-o", "--outdir", required=True, type=Path, metavar="OUTDIR", help="output folder"
    )
    parser.add_argument(
        "--workers",
        type=_count,
        default=default_workers(),
        help="worker processes (default: the core count, %(default)s); 1 runs in this process",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="time limit per filing, recorded as an error (default: %(default)g; 0: none)",
    )
    again = parser.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        action="store_true",
        help="continue a run in OUTDIR: skip inputs it already holds a line for",
    )
    again.add_argument(
        "--overwrite", action="store_true", help="delete the results OUTDIR holds and start again"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sec8k.batch import ERRORS, run_batch

    try:
        summary = run_batch(
            args.inputs,
            args.outdir,
            workers=args.workers,
            timeout=args.timeout or None,
            resume=args.resume,
            overwrite=args.overwrite,
            progress=False if args.no_progress else None,
        )
    except KeyboardInterrupt:
        print(f"sec8k batch: stopped; add --resume to continue into {args.outdir}", file=sys.stderr)
        raise
    print(f"sec8k batch: {summary.describe()}", file=sys.stderr)
    print(f"sec8k batch: check: {summary.check.describe()}", file=sys.stderr)
    if summary.check.errors:
        print(
            f"sec8k batch: {summary.check.errors} input(s) failed: see {args.outdir / ERRORS}",
            file=sys.stderr,
        )
    return 0 if summary.ok else 1


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value < math.inf:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 for no limit)")
    return value
