"""``sec8k fetch``: 8-K filings from EDGAR onto disk, ready for ``sec8k extract``."""

from __future__ import annotations

import argparse
import functools
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sec8k.edgar.fetch import FetchResult

HELP = "download 8-K filings from EDGAR (full submission .txt)"
HELP_EXAMPLE = """examples:
  export SEC8K_USER_AGENT="Jane Doe jane.doe@example.com"
  sec8k fetch --ticker AAPL --since 2019-01-01 --until 2019-12-31 --dest filings
  sec8k fetch --cik 320193 --items 2.01,5.02 --form 8-K --form 8-K/A --dest filings
  sec8k fetch --quarter 2011Q1 --limit 50 --dest filings --max-rps 5
  sec8k extract filings/320193/0001193125-19-292676.txt

Filings land in DEST/<cik>/<accession>.txt; DEST/manifest.jsonl gets one line
per filing. Exit status 1 when any filing failed or was not found."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from sec8k.edgar.fetch import FORMS_8K
    from sec8k.edgar.identifiers import Quarter
    from sec8k.edgar.ratelimit import SEC_MAX_PER_SECOND

    parser = subparsers.add_parser(
        "fetch",
        help=HELP,
        description="Download the full submissions of 8-K filings chosen by company (CIK or "
        "ticker) or by quarter, politely: a declared User-Agent, at most 10 requests/s, "
        "retries with backoff, and an on-disk cache.",
        epilog=HELP_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    company = parser.add_mutually_exclusive_group()
    company.add_argument("--cik", help="company CIK, e.g. 320193")
    company.add_argument("--ticker", help="company ticker, e.g. AAPL")
    parser.add_argument(
        "--quarter", type=Quarter.parse, help="a quarter of EDGAR's full index, e.g. 2011Q1"
    )
    parser.add_argument(
        "--form",
        action="append",
        type=str.upper,
        choices=FORMS_8K,
        help="8-K or 8-K/A; repeat for both (default: 8-K)",
    )
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="filed on or after")
    parser.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="filed on or before")
    parser.add_argument(
        "--items",
        type=_items,
        metavar="LIST",
        help="only filings with any of these items: 2.01,9.01",
    )
    parser.add_argument("--limit", type=_positive, help="fetch at most this many filings")
    parser.add_argument("--dest", required=True, type=Path, metavar="DIR", help="output folder")
    parser.add_argument(
        "--user-agent",
        metavar='"NAME EMAIL"',
        help='declared to SEC, e.g. "Jane Doe jane.doe@example.com" (or SEC8K_USER_AGENT)',
    )
    parser.add_argument(
        "--offline", action="store_true", help="use only the cache; never touch the network"
    )
    parser.add_argument(
        "--max-rps",
        type=_rate,
        default=SEC_MAX_PER_SECOND,
        help=f"requests per second, 1 to {SEC_MAX_PER_SECOND} (default: {SEC_MAX_PER_SECOND})",
    )
    parser.set_defaults(func=functools.partial(run, parser))


def run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from sec8k.edgar.client import open_client
    from sec8k.edgar.fetch import Selection, fetch_filings
    from sec8k.edgar.gateway import GatewayConfig, check_user_agent
    from sec8k.edgar.settings import load_settings
    from sec8k.errors import FetchError

    try:
        selection = Selection(
            forms=tuple(args.form or ("8-K",)),
            cik=args.cik,
            ticker=args.ticker,
            quarter=args.quarter,
            since=args.since,
            until=args.until,
            items=args.items or frozenset(),
            limit=args.limit,
        )
    except ValueError as exc:
        parser.error(str(exc))
    try:
        settings = load_settings(user_agent=args.user_agent)
        if not args.offline:
            check_user_agent(settings.user_agent)
    except FetchError as exc:  # a usage error: exit status 2, as docs/edgar.md says
        parser.error(f"{exc.source}: {exc.reason}")
    config = None
    if not args.offline:
        config = GatewayConfig(user_agent=settings.user_agent or "", max_per_second=args.max_rps)
    with open_client(settings, offline=args.offline, config=config) as client:
        result = fetch_filings(client, selection, args.dest, progress=None)
    _report(result)
    return 0 if result.ok else 1


def _report(result: FetchResult) -> None:
    print(f"sec8k fetch: {result.summary()}", file=sys.stderr)
    for failure in result.failures:
        label = "not found" if failure.status == "not_found" else "failed"
        print(
            f"  {label}: {failure.accession} (CIK {failure.cik}): {failure.error}", file=sys.stderr
        )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2011-01-31") from None


def _items(text: str) -> frozenset[str]:
    items = frozenset(item.strip() for item in text.split(",") if item.strip())
    if not items:
        raise argparse.ArgumentTypeError("expected items like 2.01,9.01")
    return items


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _rate(text: str) -> int:
    from sec8k.edgar.ratelimit import SEC_MAX_PER_SECOND

    if not text.isdigit() or not 1 <= int(text) <= SEC_MAX_PER_SECOND:
        raise argparse.ArgumentTypeError(
            f"{text!r}: SEC allows at most {SEC_MAX_PER_SECOND} requests per second; give 1 to 10"
        )
    return int(text)
