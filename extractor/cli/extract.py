"""``sec8k extract``: filings in, one JSON record per filing out."""

from __future__ import annotations

import argparse
import gc
import os
import secrets
import sys
from pathlib import Path
from typing import TextIO

from sec8k.errors import Sec8kError

HELP = "extract header, items and exhibits of filings as JSON"
HELP_EXAMPLE = """examples:
  sec8k extract samples/allied-motion-2011/filing.txt
  sec8k extract ../shared/corpus/edgar_8k/raw/* -o records.jsonl"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "extract",
        help=HELP,
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
    from sec8k.extract import extract_path

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


def _write_file(target: Path, paths: list[str], compact: bool) -> int:
    """Write to a new temporary file beside ``target``, then rename it over ``target``.

    Readers see the old file or the whole new one; the temporary name is unique (two runs
    never share it, an existing file is never taken over) and is removed on any failure.
    """
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "w", encoding="utf-8") as out:
            status = _write(paths, out, compact)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return status


def _start() -> None:
    """Import the pipeline and spaCy and build the tokenizer and patterns, with the garbage
    collector off: what start-up builds lives as long as the process, and each full
    collection of spaCy's and pydantic's objects would cost about 0.1 s."""
    gc.disable()
    try:
        import sec8k.extract  # noqa: F401 - the pipeline: _write imports it from here
        from sec8k.rules.nlp import get_ruler

        get_ruler()
    finally:
        gc.freeze()  # later collections do not scan what start-up built
        gc.enable()


def run(args: argparse.Namespace) -> int:
    _start()
    if args.output:
        try:
            return _write_file(Path(args.output), args.paths, args.compact)
        except OSError as exc:
            print(
                f"sec8k: error: {args.output}: cannot write the output: {exc.strerror or exc}",
                file=sys.stderr,
            )
            return 1
    return _write(args.paths, sys.stdout, args.compact)
