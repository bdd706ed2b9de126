"""``sec8k extract``: filings in, one JSON record per filing out."""

from __future__ import annotations

import argparse
import gc
import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from sec8k.errors import InputTooLargeError, Sec8kError

if TYPE_CHECKING:
    from sec8k.models import FilingRecord

HELP = "extract header, items and exhibits of filings as JSON"
HELP_EXAMPLE = """examples:
  sec8k extract samples/allied-motion-2011/filing.txt
  sec8k extract samples/allied-motion-2011/filing.txt --summary
  sec8k extract ../shared/corpus/edgar_8k/raw/* -o records.jsonl --no-text
  curl -s -A "Jane Doe jane@example.com" URL | sec8k extract -

PATH "-" reads one filing from standard input."""

#: What --no-text leaves out of the JSON: the texts of items and exhibits.
NO_TEXT: Final = {"items": {"__all__": {"text"}}, "exhibits": {"__all__": {"text"}}}
#: The name standard input gets in records and errors.
STDIN_NAME: Final = "<stdin>"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "extract",
        help=HELP,
        description="Extract each filing (a file or a folder of one filing's documents) as a JSON "
        "record: a JSON object for one input, JSON Lines for several.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="filing file or folder; - for standard input"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--compact", action="store_true", help="no indentation for a single record")
    parser.add_argument(
        "--no-text",
        action="store_true",
        help="leave the texts of items and exhibits out of the JSON (offsets stay)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="print a summary for a person instead of JSON: header, items, deals, agreements, "
        "officer changes and warnings, each value with the line it was read from",
    )
    parser.set_defaults(func=run)


def _read_stdin() -> bytes:
    from sec8k.io import max_input_bytes

    limit = max_input_bytes()
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(
            STDIN_NAME, f"over the {limit:,}-byte limit (set SEC8K_MAX_INPUT_MB)"
        )
    return data


def _extract(path: str) -> FilingRecord:
    from sec8k.extract import extract_bytes, extract_path

    if path == "-":
        return extract_bytes(_read_stdin(), STDIN_NAME).record
    return extract_path(path).record


def _write(paths: list[str], out: TextIO, args: argparse.Namespace) -> int:
    failed = 0
    single = len(paths) == 1
    for path in paths:
        try:
            record = _extract(path)
        except Sec8kError as exc:
            failed += 1
            print(f"sec8k: error: {exc}", file=sys.stderr)
            continue
        if args.summary:
            _summary(record, out)
            continue
        indent = None if args.compact or not single else 2
        exclude = NO_TEXT if args.no_text else None
        out.write(record.model_dump_json(indent=indent, exclude=exclude) + "\n")
    return 1 if failed else 0


def _summary(record: FilingRecord, out: TextIO) -> None:
    from rich.console import Console

    from sec8k.summary import print_summary

    print_summary(record, Console(file=out, highlight=False, soft_wrap=not out.isatty()))


def _write_file(target: Path, paths: list[str], args: argparse.Namespace) -> int:
    """Write to a new temporary file beside ``target``, then rename it over ``target``.

    Readers see the old file or the whole new one; the temporary name is unique (two runs
    never share it, an existing file is never taken over) and is removed on any failure.
    """
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "w", encoding="utf-8") as out:
            status = _write(paths, out, args)
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
        import sec8k.extract  # noqa: F401 - the pipeline: _extract imports it from here
        from sec8k.rules.nlp import get_ruler

        get_ruler()
    finally:
        gc.freeze()  # later collections do not scan what start-up built
        gc.enable()


def run(args: argparse.Namespace) -> int:
    _start()
    if args.output:
        try:
            return _write_file(Path(args.output), args.paths, args)
        except OSError as exc:
            print(
                f"sec8k: error: {args.output}: cannot write the output: {exc.strerror or exc}",
                file=sys.stderr,
            )
            return 1
    return _write(args.paths, sys.stdout, args)
