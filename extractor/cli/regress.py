"""``sec8k regress``: re-extract sample filings and compare with their golden records."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sec8k.golden import SampleResult

HELP = "compare sample filings' records with their golden expected.json"
HELP_EXAMPLE = """examples:
  sec8k regress samples
  sec8k regress tests/samples/acme-2024 --update

A sample is a folder with one filing (a file, or a folder of its documents),
expected.json, the record a person checked, and optionally README.md, the checker's
notes (not read). Exit status 1 when any sample changed,
failed, or has no expected.json (unless --update wrote it)."""

#: Differences listed per changed sample unless --max-differences says otherwise.
DEFAULT_SHOWN = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "regress",
        help=HELP,
        description="Re-extract each sample's filing and compare the record, field by field, "
        "with the sample's expected.json (source.path, where the run found the file, is not "
        "compared).",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="SAMPLES", help="a sample folder, or a folder of them"
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="write expected.json from the new record where it changed or is missing "
        "(review the diff before committing it)",
    )
    parser.add_argument(
        "--max-differences",
        type=int,
        default=DEFAULT_SHOWN,
        metavar="N",
        help=f"differences to list per changed sample (default {DEFAULT_SHOWN})",
    )
    parser.set_defaults(func=run)


def _report(result: SampleResult, shown: int, update: bool) -> None:
    name = str(result.sample)
    if result.status == "same":
        print(f"{name}: same")
    elif result.status == "error":
        print(f"{name}: error: {result.message}")
    elif result.status == "missing":
        hint = "written from this run" if update else "run with --update to write it"
        print(f"{name}: no expected.json ({hint})")
    else:
        count = len(result.differences)
        print(f"{name}: CHANGED, {count} difference{'s' if count != 1 else ''}")
        for difference in result.differences[:shown]:
            print(f"  {difference.describe()}")
        if count > shown:
            print(f"  ... and {count - shown} more")
        if update:
            print(f"  {result.sample / 'expected.json'} rewritten")


def run(args: argparse.Namespace) -> int:
    from sec8k.golden import check_sample, find_samples, write_expected

    samples = [sample for path in args.paths for sample in find_samples(path)]
    counts: Counter[str] = Counter()
    for sample in samples:
        result = check_sample(sample)
        counts[result.status] += 1
        _report(result, max(args.max_differences, 0), args.update)
        if args.update and result.status in ("changed", "missing"):
            write_expected(result)
    print(
        f"sec8k regress: {len(samples)} samples: {counts['same']} same, "
        f"{counts['changed']} changed, {counts['missing']} without expected.json, "
        f"{counts['error']} errors" + (" (goldens updated)" if args.update else "")
    )
    if counts["error"]:
        return 1
    if args.update:
        return 0
    return 0 if counts["same"] == len(samples) else 1
