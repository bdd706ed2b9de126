"""``run_batch``: many filings in, one line each out, with a check that none went missing.

The steps: expand the inputs (:mod:`.inputs`) and key each one by its content;
when resuming, count what OUTDIR already holds (:mod:`.outputs`) and skip those
inputs; run the rest, on a process pool (:mod:`.pool`) or a Dask cluster
(:mod:`.cluster`), writing each result here as it arrives; then read OUTDIR back
and check that every input is exactly one record or one error line.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from sec8k.batch.cluster import require_dask, run_dask
from sec8k.batch.inputs import BatchInput, content_key, expand_inputs
from sec8k.batch.lock import holding_outdir
from sec8k.batch.outputs import (
    ERRORS,
    Done,
    ErrorLine,
    LineWriter,
    RecordWriter,
    output_files,
    read_done,
)
from sec8k.batch.pool import Job, Outcome, run_inline, run_pool
from sec8k.batch.worker import Failure, Task, extract_record
from sec8k.errors import BatchError

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXECUTORS",
    "BatchSummary",
    "Check",
    "check_outputs",
    "default_workers",
    "run_batch",
]

#: Seconds one filing may take before it is stopped and recorded as an error.
DEFAULT_TIMEOUT = 60.0
#: Where the inputs run: this machine's process pool, or a Dask cluster.
EXECUTORS = ("process", "dask")

Runner = Callable[[Iterator[Job]], Iterator[Outcome]]


@dataclass(frozen=True, slots=True)
class Check:
    """OUTDIR read back against the inputs: each input must be exactly one line."""

    inputs: int
    records: int
    errors: int
    missing: int
    duplicated: int
    #: Lines for inputs not given this time (an earlier run over other inputs).
    others: int

    @property
    def ok(self) -> bool:
        return self.missing == 0 and self.duplicated == 0

    def describe(self) -> str:
        counts = f"{_n(self.records, 'record')} + {_n(self.errors, 'error')}"
        if self.ok:
            text = f"{_n(self.inputs, 'input')} = {counts}: ok"
        else:
            text = (
                f"FAILED: {_n(self.inputs, 'input')}, {counts}; {self.missing} without a line, "
                f"{self.duplicated} lines too many"
            )
        if self.others:
            text += f" ({self.others} more lines are for inputs not given this time)"
        return text


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What one run did; ``check`` covers every input, also those done before."""

    outdir: Path
    inputs: int
    skipped: int
    records: int
    errors: int
    megabytes: float
    seconds: float
    check: Check

    @property
    def ok(self) -> bool:
        return self.check.ok and self.check.errors == 0

    def describe(self) -> str:
        ran = self.records + self.errors
        rate = ran / self.seconds if self.seconds else 0.0
        speed = self.megabytes / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped} done before" if self.skipped else ""
        return (
            f"{_n(self.inputs, 'input')}{skipped}: {_n(self.records, 'record')}, "
            f"{_n(self.errors, 'error')} in {self.seconds:.1f} s ({rate:.1f} filings/s, "
            f"{speed:.2f} MB/s) -> {self.outdir}"
        )


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def run_batch(
    inputs: Iterable[str | Path],
    outdir: Path,
    *,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    resume: bool = False,
    overwrite: bool = False,
    progress: bool | None = False,
    task: Task = extract_record,
    executor: str = "process",
    scheduler: str | None = None,
    shard_size: int | None = None,
) -> BatchSummary:
    """Run every input into ``outdir``; see the module doc and :mod:`sec8k.batch`.

    ``workers`` defaults to the core count, and 1 runs in this process;
    ``timeout`` (seconds, None or 0 for none) limits each filing; ``progress``
    shows a tqdm bar on stderr (None: only on a terminal); ``task`` is what runs
    per input (tests pass one that sleeps or dies). ``executor`` "dask" runs the
    inputs on the Dask scheduler at ``scheduler``, or without one on a local
    cluster of ``workers`` processes; ``shard_size`` writes records in shards of
    that many (:mod:`.outputs`).

    Worker processes start from a clean interpreter (multiprocessing's forkserver
    or spawn), which imports the calling script again: a script that calls this
    with more than one worker needs the usual ``if __name__ == "__main__":`` guard.
    """
    started = time.perf_counter()
    run = _runner(task, workers or default_workers(), timeout, executor, scheduler)
    with holding_outdir(outdir):
        done = _prepare(outdir, resume=resume, overwrite=overwrite)
        batch = [content_key(path) for path in expand_inputs(inputs)]
        todo, skipped = _todo(batch, done.keys if done else Counter())
        records, errors = _write_results(run, todo, outdir, skipped, progress, shard_size)
        check = check_outputs(batch, outdir)
    return BatchSummary(
        outdir=outdir,
        inputs=len(batch),
        skipped=skipped,
        records=records,
        errors=errors,
        megabytes=sum(item.size for item in todo) / 1e6,
        seconds=time.perf_counter() - started,
        check=check,
    )


def _write_results(
    run: Runner,
    todo: list[BatchInput],
    outdir: Path,
    skipped: int,
    progress: bool | None,
    shard_size: int | None,
) -> tuple[int, int]:
    """Run ``todo``, appending each result to OUTDIR as it arrives; (records, errors)."""
    records = errors = 0
    with (
        RecordWriter(outdir, shard_size) as record_out,
        LineWriter(outdir / ERRORS) as error_out,
        tqdm(
            total=len(todo) + skipped,
            initial=skipped,
            unit="filing",
            file=sys.stderr,
            disable=None if progress is None else not progress,
            dynamic_ncols=True,
        ) as bar,
    ):
        running: dict[int, BatchInput] = {}
        for number, result, seconds in run(_jobs(todo, running)):
            item = running.pop(number)
            if isinstance(result, Failure):
                error_out.write(_error_line(item, result, seconds).to_json())
                errors += 1
                bar.set_postfix(errors=errors, refresh=False)
            else:
                record_out.write(item.key, item.path, result.json)
                records += 1
            bar.update(1)
    return records, errors


def default_workers() -> int:
    """The cores this process may run on (fewer than the machine's under an affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _prepare(outdir: Path, *, resume: bool, overwrite: bool) -> Done | None:
    """Make OUTDIR ready; what it already holds when resuming."""
    outdir.mkdir(parents=True, exist_ok=True)
    held = output_files(outdir)
    if resume:
        return read_done(outdir, repair=True)
    if held and not overwrite:
        names = ", ".join(path.name for path in held[:3]) + (" ..." if len(held) > 3 else "")
        raise BatchError(
            str(outdir),
            f"already holds {names}: add --resume to continue that run, "
            "or --overwrite to start again",
        )
    for path in held:
        path.unlink()
    return None


def _todo(batch: list[BatchInput], done: Counter[str]) -> tuple[list[BatchInput], int]:
    """The inputs still to run; an input is done once per line OUTDIR holds for its key."""
    left = Counter(done)
    todo: list[BatchInput] = []
    for item in batch:
        if left[item.key] > 0:
            left[item.key] -= 1
        else:
            todo.append(item)
    return todo, len(batch) - len(todo)


def _jobs(todo: list[BatchInput], running: dict[int, BatchInput]) -> Iterator[Job]:
    for number, item in enumerate(todo):
        running[number] = item
        yield number, item.path


def _runner(
    task: Task, workers: int, timeout: float | None, executor: str, scheduler: str | None
) -> Runner:
    """What runs the jobs: the Dask cluster, the process pool, or this process."""
    if executor not in EXECUTORS:
        raise BatchError("sec8k batch", f"no executor {executor!r}: use one of {EXECUTORS}")
    if executor == "dask":
        require_dask()  # before any input is read: say what to install at once
        return lambda jobs: run_dask(task, jobs, workers, timeout, scheduler)
    if scheduler:
        raise BatchError("sec8k batch", "a scheduler address needs --executor dask")
    if workers == 1:
        return lambda jobs: run_inline(task, jobs, timeout)
    return lambda jobs: run_pool(task, jobs, workers, timeout)


def _error_line(item: BatchInput, failure: Failure, seconds: float) -> ErrorLine:
    return ErrorLine(
        input=item.path,
        key=item.key,
        stage=failure.stage,
        error=failure.error,
        message=failure.message,
        seconds=seconds,
    )


def check_outputs(batch: list[BatchInput], outdir: Path) -> Check:
    """Read OUTDIR back and count, per input key, the lines it holds."""
    done = read_done(outdir, repair=False)
    wanted = Counter(item.key for item in batch)
    missing = duplicated = records = errors = 0
    for key, count in wanted.items():
        held = done.records[key] + done.errors[key]
        missing += max(0, count - held)
        duplicated += max(0, held - count)
        records += done.records[key]
        errors += done.errors[key]
    others = sum(n for key, n in done.keys.items() if key not in wanted) + done.orphans
    return Check(len(batch), records, errors, missing, duplicated, others)
