"""The ``sec8k`` command: a thin layer over the library.

Each subcommand lives in its own module with a ``register(subparsers)`` function
that adds its parser and sets ``func``; ``func(args)`` returns the exit status.
User errors (``Sec8kError``) are printed as one line, never as a traceback.

The modules import only the standard library; what a command needs (the pipeline,
spaCy, DuckDB, requests) is imported by its ``register`` and ``run``, and :func:`main`
registers only the command it runs (the others get a bare parser with their one-line
``HELP``), so ``sec8k --help`` and ``sec8k schema`` never load spaCy.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Collection, Sequence

from sec8k import __version__
from sec8k.errors import Sec8kError

__all__ = ["COMMANDS", "build_parser", "main"]

#: Subcommand modules under sec8k.cli, in the order --help lists them.
COMMANDS = ("extract", "schema", "fetch", "batch", "query", "export", "regress", "show")


def build_parser(commands: Collection[str] = COMMANDS) -> argparse.ArgumentParser:
    """The parser with ``commands`` complete; any other command only named, with its help."""
    parser = argparse.ArgumentParser(
        prog="sec8k",
        description="Turn SEC Form 8-K filings into clean, verifiable, structured data.",
        epilog="Example: sec8k extract samples/allied-motion-2011/filing.txt",
    )
    parser.add_argument("--version", action="version", version=f"sec8k {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"sec8k.cli.{name}")
        if name in commands:
            module.register(subparsers)
        else:
            subparsers.add_parser(name, help=module.HELP)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs: its first word that is not an option (sec8k has no
    option that takes a value before the command)."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(commands=[name for name in COMMANDS if name == _command(words)])
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except Sec8kError as exc:
        print(f"sec8k: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sec8k: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (sec8k query ... | head): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
