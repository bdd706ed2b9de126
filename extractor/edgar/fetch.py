"""Select 8-K filings and put their full submissions on disk.

:func:`select_filings` turns a :class:`Selection` (company or quarter, forms,
dates, items) into filing references; :func:`fetch_filings` writes each one
to ``DEST/<cik>/<accession>.txt`` (atomically; the path is built only from a
checked CIK and accession), appends a line per filing to
``DEST/manifest.jsonl`` and returns a :class:`FetchResult`. Filings already on
disk are skipped without a request, so a run can be repeated or resumed.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from tqdm import tqdm

from sec8k.edgar.cache import write_atomic
from sec8k.edgar.client import EdgarClient
from sec8k.edgar.endpoints import (
    FilingRef,
    cik_for_ticker,
    company_filings,
    full_submission,
    quarterly_index,
)
from sec8k.edgar.identifiers import Quarter, check_accession, normalize_cik
from sec8k.errors import BlockedError, FetchError, NotFoundError, Sec8kError

__all__ = [
    "FORMS_8K",
    "MANIFEST_NAME",
    "FetchResult",
    "Outcome",
    "Selection",
    "Status",
    "fetch_filings",
    "filing_path",
    "select_filings",
]

FORMS_8K = ("8-K", "8-K/A")
MANIFEST_NAME = "manifest.jsonl"
DEFAULT_WORKERS = 4

Status = Literal["ok", "skipped", "failed", "not_found"]
#: A worker's answer: the outcome and the block that stops the run, or None
#: when the filing was not attempted because the run had stopped.
_Result = tuple["Outcome", BlockedError | None] | None


@dataclass(frozen=True)
class Selection:
    """Which filings to fetch: a company (CIK or ticker) and/or a quarter."""

    forms: tuple[str, ...] = ("8-K",)
    cik: str | None = None
    ticker: str | None = None
    quarter: Quarter | None = None
    since: date | None = None
    until: date | None = None
    items: frozenset[str] = frozenset()
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.cik is None and self.ticker is None and self.quarter is None:
            raise ValueError("choose filings with a CIK, a ticker or a quarter")
        if self.cik is not None and self.ticker is not None:
            raise ValueError("give a CIK or a ticker, not both")
        if self.cik is not None:
            object.__setattr__(self, "cik", normalize_cik(self.cik))
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        if self.limit is not None and self.limit < 1:
            raise ValueError(f"limit must be at least 1, not {self.limit}")
        if self.items and self.cik is None and self.ticker is None:
            raise ValueError(
                "filtering by items needs a CIK or ticker: the quarterly index lists no items"
            )
        if not self.forms:
            raise ValueError("choose at least one form, e.g. 8-K")
        object.__setattr__(self, "forms", tuple(form.upper() for form in self.forms))

    def date_range(self) -> tuple[date | None, date | None]:
        """since/until, narrowed to the quarter when one is given."""
        since, until = self.since, self.until
        if self.quarter is not None:
            since = max(since or self.quarter.first_day, self.quarter.first_day)
            until = min(until or self.quarter.last_day, self.quarter.last_day)
        return since, until

    def accepts(self, ref: FilingRef) -> bool:
        since, until = self.date_range()
        return (
            ref.form.upper() in self.forms
            and (since is None or ref.filed >= since)
            and (until is None or ref.filed <= until)
            and (not self.items or not self.items.isdisjoint(ref.items))
        )


@dataclass(frozen=True)
class Outcome:
    """What happened to one filing: one line of the manifest."""

    accession: str
    cik: str
    company: str
    form: str
    filed: str
    items: tuple[str, ...]
    path: str | None
    status: Status
    error: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


@dataclass(frozen=True)
class FetchResult:
    """The outcome of every selected filing, in completion order."""

    dest: Path
    outcomes: tuple[Outcome, ...]
    aborted: str | None = None
    not_attempted: int = 0

    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status in ("failed", "not_found"))

    @property
    def ok(self) -> bool:
        return not self.failures and self.aborted is None

    def summary(self) -> str:
        counts = Counter(o.status for o in self.outcomes)
        text = (
            f"{len(self.outcomes)} filings: {counts['ok']} fetched, {counts['skipped']} already "
            f"on disk, {counts['not_found']} not found, {counts['failed']} failed -> {self.dest}"
        )
        if self.aborted:
            text += f"; stopped early, {self.not_attempted} not attempted: {self.aborted}"
        return text


def select_filings(client: EdgarClient, selection: Selection) -> tuple[FilingRef, ...]:
    """The filings ``selection`` asks for, each accession once, in EDGAR's order."""
    if selection.cik is not None or selection.ticker is not None:
        cik = selection.cik or cik_for_ticker(client, selection.ticker or "")
        since, until = selection.date_range()
        _, refs = company_filings(client, cik, since=since, until=until)
    else:
        assert selection.quarter is not None  # guaranteed by Selection
        refs = quarterly_index(client, selection.quarter)
    chosen: dict[str, FilingRef] = {}
    for ref in refs:
        if selection.accepts(ref) and ref.accession not in chosen:
            chosen[ref.accession] = ref
            if selection.limit is not None and len(chosen) >= selection.limit:
                break
    return tuple(chosen.values())


def filing_path(dest: Path, cik: str, accession: str) -> Path:
    """``dest/<cik>/<accession>.txt``; raises ``ValueError`` for bad identifiers."""
    path = dest / normalize_cik(cik) / f"{check_accession(accession)}.txt"
    if not path.resolve().is_relative_to(dest.resolve()):  # pragma: no cover - belt and braces
        raise ValueError(f"{path} is outside {dest}")
    return path


def fetch_filings(
    client: EdgarClient,
    selection: Selection,
    dest: Path,
    *,
    workers: int = DEFAULT_WORKERS,
    progress: bool | None = False,
) -> FetchResult:
    """Fetch the selected filings into ``dest``; see the module docstring.

    ``progress`` shows a tqdm bar on stderr (``None``: only on a terminal).
    """
    refs = select_filings(client, selection)
    try:
        dest.mkdir(parents=True, exist_ok=True)
        manifest = (dest / MANIFEST_NAME).open("a", encoding="utf-8")
    except OSError as exc:
        raise FetchError(
            str(dest), f"cannot write here ({exc.strerror}); choose another --dest"
        ) from None
    stop = threading.Event()
    outcomes: list[Outcome] = []
    aborted: str | None = None
    with (
        manifest,
        tqdm(total=len(refs), unit="filing", disable=_disable(progress), delay=0.2) as bar,
        ThreadPoolExecutor(max_workers=max(1, workers)) as pool,
    ):
        futures = [pool.submit(_fetch_one, client, ref, dest, stop) for ref in refs]
        try:
            for outcome, blocked in _completed(futures):
                outcomes.append(outcome)
                manifest.write(outcome.to_json() + "\n")
                manifest.flush()
                bar.update(1)
                if blocked is not None and aborted is None:
                    aborted = str(blocked)
                    _cancel(futures, stop)  # filings already running still report
        finally:
            _cancel(futures, stop)  # interrupted: queued filings must not start
    not_attempted = len(refs) - len(outcomes)
    return FetchResult(
        dest=dest, outcomes=tuple(outcomes), aborted=aborted, not_attempted=not_attempted
    )


def _cancel(futures: list[Future[_Result]], stop: threading.Event) -> None:
    stop.set()
    for future in futures:
        future.cancel()


def _completed(
    futures: list[Future[_Result]],
) -> Iterable[tuple[Outcome, BlockedError | None]]:
    for future in as_completed(futures):
        if future.cancelled():
            continue
        result = future.result()
        if result is not None:
            yield result


def _fetch_one(client: EdgarClient, ref: FilingRef, dest: Path, stop: threading.Event) -> _Result:
    if stop.is_set():
        return None
    try:
        path = filing_path(dest, ref.cik, ref.accession)
    except ValueError as exc:
        return _outcome(ref, None, "failed", str(exc)), None
    relative = path.relative_to(dest).as_posix()
    if path.is_file():
        return _outcome(ref, relative, "skipped"), None
    try:
        write_atomic(path, full_submission(client, ref.cik, ref.accession))
    except NotFoundError as exc:
        return _outcome(ref, None, "not_found", str(exc)), None
    except BlockedError as exc:
        stop.set()  # here, not in the caller: the next queued filing must see it
        return _outcome(ref, None, "failed", str(exc)), exc
    except Sec8kError as exc:
        return _outcome(ref, None, "failed", str(exc)), None
    except OSError as exc:
        return _outcome(ref, None, "failed", f"{relative}: cannot write ({exc.strerror})"), None
    return _outcome(ref, relative, "ok"), None


def _outcome(ref: FilingRef, path: str | None, status: Status, error: str | None = None) -> Outcome:
    return Outcome(
        accession=ref.accession,
        cik=ref.cik,
        company=ref.company,
        form=ref.form,
        filed=ref.filed.isoformat(),
        items=ref.items,
        path=path,
        status=status,
        error=error,
    )


def _disable(progress: bool | None) -> bool | None:
    # tqdm: disable=None means "only when stderr is a terminal".
    return None if progress is None else not progress
