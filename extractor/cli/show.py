"""``sec8k show``: review pages that mark every extracted value in the filing's text."""

from __future__ import annotations

import argparse
from pathlib import Path

from sec8k.errors import ReviewError

HELP = "write HTML pages that show each extracted value in the filing's text"
HELP_EXAMPLE = """examples:
  sec8k show samples/allied-motion-2011/filing.txt            (writes filing.review.html)
  sec8k show samples/allied-motion-2011/filing.txt -o allied.html
  sec8k show out --all            (out/review/index.html and out/review/pages/*.html)
  sec8k show out --filing 7       (the page of line 7 of out/records.jsonl)

A filing (a file, or a folder of one filing's documents) gives one page: the filing's
text with every evidence span highlighted and labelled with its field, and a side panel
of the extracted records linked to the highlights. A batch folder (with records.jsonl)
gives an index of its filings and errors; --all or --filing writes filing pages beside
it. Pages are single HTML files with no external assets, to open from disk."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "show",
        help=HELP,
        description="Write a self-contained HTML review page for a filing, or an index page "
        "for a sec8k batch output folder.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="INPUT", help="a filing file or folder, or a batch OUTDIR")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.html",
        help="where to write the page (default: NAME.review.html here for a filing, "
        "OUTDIR/review/index.html for a batch folder)",
    )
    parser.add_argument(
        "--all", action="store_true", help="batch folder: write every filing's page too"
    )
    parser.add_argument(
        "--filing",
        action="append",
        default=[],
        metavar="N|ACCESSION",
        help="batch folder: write this filing's page (line of records.jsonl or accession "
        "number); repeatable",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sec8k.review.outputs import is_batch, show_batch, show_filing

    source = Path(args.input)
    if is_batch(source):
        index = Path(args.output) if args.output else source / "review" / "index.html"
        done = show_batch(source, index, every=args.all, wanted=args.filing)
        print(
            f"sec8k show: {done.filings} filings, {done.errors} errors -> {done.index}"
            f" ({len(done.pages)} filing pages written)"
        )
        return 0
    if args.all or args.filing:
        raise ReviewError(args.input, "--all and --filing need a batch OUTDIR (with records.jsonl)")
    output = Path(args.output) if args.output else Path(f"{source.stem or 'filing'}.review.html")
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise ReviewError(args.output or str(output), "the page would overwrite the filing itself")
    print(f"sec8k show: {show_filing(source, output)}")
    return 0
