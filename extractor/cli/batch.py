"""``sec8k batch``: many filings on all cores, or a Dask cluster, into records and errors."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

HELP = "extract many filings on all cores (or a Dask cluster) into OUTDIR"
HELP_EXAMPLE = """examples:
  sec8k batch ../shared/corpus/edgar_8k/raw -o out
  sec8k batch filings/manifest.jsonl -o out --workers 4 --timeout 120
  sec8k batch ../shared/corpus/edgar_8k/raw -o out --resume
  sec8k batch /shared/filings -o out --executor dask --scheduler tcp://10.0.0.5:8786
  sec8k batch /shared/filings -o out --shard-size 100000

Inputs: a file is one filing; a .jsonl file is a manifest from sec8k fetch (one
filing per line with a path); a folder holding manifest.jsonl is read through
its manifest; a folder with subfolders is a collection (each child is expanded
by the same rules), and so is a folder of two or more submissions named by
accession number (0001193125-19-292676.txt); any other folder of files is one
filing's documents (to run a flat folder of filings, give its files: dir/*).

OUTDIR gets records.jsonl (one record per line, in the order they finish),
errors.jsonl (input, key, stage, error, message, seconds) and keys.jsonl (the
content key of each record's input, for --resume); with --shard-size N, records
and keys go to records-00000.jsonl, keys-00000.jsonl, ... of N records each.
Every input ends as exactly one record or one error; the run checks this at the
end and prints the result. Exit status 1 if any input failed or the check failed.

--executor dask runs the same work on a Dask cluster (pip install 'sec8k[dask]'):
a local one of --workers processes, or the one at --scheduler. This command
stays the only writer of OUTDIR; the workers read the inputs from the paths
given, so they must see the same files (docs/scale.md)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from sec8k.batch import DEFAULT_TIMEOUT, EXECUTORS, default_workers

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
    parser.add_argument(
        "--executor",
        choices=EXECUTORS,
        default=EXECUTORS[0],
        help="where filings run: this machine's process pool (default) or a Dask cluster",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --executor dask: the scheduler to use (default: a local cluster of --workers)",
    )
    parser.add_argument(
        "--shard-size",
        type=_count,
        metavar="N",
        help="write records in files of N records each (records-00000.jsonl, ...)",
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
            executor=args.executor,
            scheduler=args.scheduler,
            shard_size=args.shard_size,
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
