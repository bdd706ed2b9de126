"""Running tasks with a time limit: in this process, or in supervised worker processes.

Both runners take ``(number, path)`` jobs lazily and yield ``(number, result,
seconds)`` as results arrive, so neither holds more than one job per worker.

* :func:`run_inline` (``--workers 1``) runs each task here under a time limit
  (:mod:`.deadline`) that interrupts Python code; C code that never returns to
  Python is out of its reach, which is what worker processes are for.
* :func:`run_pool` gives each worker process one job at a time over its own
  pipe. The parent waits on all pipes and process sentinels with a timeout set
  by the oldest running job; a worker still busy at its deadline is killed and
  replaced, and a worker that dies (a crash, the OOM killer) is replaced too.
  Either way the job ends as a :class:`~sec8k.batch.worker.Failure`, and the
  other workers never stop.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess

from sec8k.batch.deadline import TIMEOUT, run_limited, timeout_failure
from sec8k.batch.worker import STAGE_PARSE, Failure, Task, TaskResult, worker_loop
from sec8k.errors import BatchError

__all__ = ["CRASH", "TIMEOUT", "Job", "Outcome", "run_inline", "run_pool"]

Job = tuple[int, str]
Outcome = tuple[int, TaskResult, float]

#: Error name of a worker that died under its task (TIMEOUT is the time limit's).
CRASH = "WorkerCrashed"
#: Seconds a worker gets to exit after it is told to stop, before it is killed.
_STOP_GRACE = 5.0
#: Seconds a new worker gets to say it is ready.
_START_TIMEOUT = 60.0


def run_inline(task: Task, jobs: Iterable[Job], timeout: float | None) -> Iterator[Outcome]:
    """Run each job in this process, one after the other."""
    for number, path in jobs:
        yield number, *run_limited(task, path, timeout)


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    job: Job | None = None
    stage: str = STAGE_PARSE
    started: float = 0.0


def _context() -> BaseContext:
    """forkserver where there is one: workers fork from a clean, preloaded server."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["sec8k.batch.worker"])
        return context
    return multiprocessing.get_context("spawn")


def _start(context: BaseContext, task: Task) -> _Worker:
    """A new worker, once it has said it is ready; BatchError if it cannot start.

    A worker that dies before it is ready would die the same way for every input,
    so the batch stops instead of recording each input as a crash.
    """
    ours, theirs = context.Pipe(duplex=True)
    process = context.Process(  # type: ignore[attr-defined]
        target=worker_loop, args=(theirs, task), name="sec8k-batch-worker", daemon=True
    )
    process.start()
    theirs.close()  # only the worker holds its end now: its death reads as EOF here
    worker = _Worker(process, ours)
    try:
        ready = ours.poll(_START_TIMEOUT) and ours.recv() == ("ready",)
    except (EOFError, OSError):
        ready = False
    if not ready:
        _stop(worker, kill=True)
        raise BatchError(
            "sec8k batch",
            f"a worker process could not start (exit status {process.exitcode}; its error is "
            "printed above); --workers 1 runs the batch in this process instead",
        )
    return worker


def _stop(worker: _Worker, *, kill: bool) -> None:
    if not kill:
        with contextlib.suppress(OSError):
            worker.connection.send(None)
        worker.process.join(_STOP_GRACE)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.connection.close()


def run_pool(
    task: Task, jobs: Iterable[Job], workers: int, timeout: float | None
) -> Iterator[Outcome]:
    """Run the jobs on ``workers`` supervised processes; see the module doc."""
    context = _context()
    pending = iter(jobs)
    pool = [_start(context, task) for _ in range(max(1, workers))]
    finished = False
    try:
        while True:
            for index, worker in enumerate(pool):
                if worker.job is None and (job := next(pending, None)) is not None:
                    pool[index] = _hand_out(context, task, worker, job)
            busy = [worker for worker in pool if worker.job is not None]
            if not busy:
                finished = True
                return
            ready = [w.connection for w in busy] + [w.process.sentinel for w in busy]
            wait(ready, _wait_for(busy, timeout))
            for index, worker in enumerate(pool):
                if worker.job is None:
                    continue
                outcome, replace = _check(worker, timeout)
                if replace:
                    _stop(worker, kill=True)
                if outcome is not None:
                    worker.job = None
                    yield outcome  # written before a replacement is started, which may fail
                if replace:
                    pool[index] = _start(context, task)
    finally:
        for worker in pool:
            _stop(worker, kill=not finished)


def _hand_out(context: BaseContext, task: Task, worker: _Worker, job: Job) -> _Worker:
    """Send ``job`` to ``worker``, or to a fresh worker if that one has died."""
    try:
        worker.connection.send(job)
    except OSError:
        _stop(worker, kill=True)
        worker = _start(context, task)
        worker.connection.send(job)
    worker.job, worker.stage, worker.started = job, STAGE_PARSE, time.monotonic()
    return worker


def _wait_for(busy: list[_Worker], timeout: float | None) -> float | None:
    """Seconds until the oldest running job reaches its deadline (None: no limit)."""
    if not timeout:
        return None
    deadline = min(worker.started for worker in busy) + timeout
    return max(0.0, deadline - time.monotonic())


def _check(worker: _Worker, timeout: float | None) -> tuple[Outcome | None, bool]:
    """The busy worker's outcome, if it has one, and whether to replace the worker."""
    assert worker.job is not None
    number, path = worker.job
    try:
        while worker.connection.poll():
            message = worker.connection.recv()
            if message[0] == "stage":
                worker.stage = message[2]
            elif message[0] == "done":
                return (message[1], message[2], message[3]), False
    except (EOFError, OSError):  # the worker is gone: its end of the pipe closed
        return _crashed(worker), True
    if not worker.process.is_alive():
        return _crashed(worker), True
    elapsed = time.monotonic() - worker.started
    if timeout and elapsed >= timeout:
        return (number, timeout_failure(worker.stage, path, timeout), elapsed), True
    return None, False


def _crashed(worker: _Worker) -> Outcome:
    assert worker.job is not None
    worker.process.join(_STOP_GRACE)
    number, path = worker.job
    code = worker.process.exitcode
    if code == -signal.SIGKILL:
        how = "killed by SIGKILL, often the out-of-memory killer"
    elif code is not None and code < 0:
        how = f"killed by signal {-code}"
    else:
        how = f"exit status {code}"
    failure = Failure(
        worker.stage, CRASH, f"{path}: the worker process died during {worker.stage} ({how})"
    )
    return number, failure, time.monotonic() - worker.started
