"""Running tasks on a Dask cluster: the same task and time limit, results as they arrive.

:func:`run_dask` is the third runner beside those of :mod:`.pool`: it takes
``(number, path)`` jobs lazily and yields ``(number, result, seconds)`` in the
order results arrive (``as_completed``), so :func:`~sec8k.batch.run.run_batch`
writes the ledger here, in the client, exactly as for the process pool. Only a
few tasks per worker thread are handed to the scheduler ahead of results, so a
run of millions of inputs never holds them all.

Each task is :func:`~sec8k.batch.deadline.run_limited` on a worker: the time limit
interrupts the filing's Python code in the worker's thread, and a filing still
running :data:`~sec8k.batch.deadline.STUCK_GRACE` seconds past it (stuck in C
code) ends its worker process, as the process pool kills its worker. When a worker
dies, the scheduler runs its tasks elsewhere; a filing whose worker died more than
``distributed.scheduler.allowed-failures`` times is ``KilledWorker``, and becomes
an error line (:data:`~sec8k.batch.pool.CRASH`) instead of running forever.

Workers read each input from its path as given: they must see the same files as
the client, which hashes them for ``--resume`` (a shared file system, or an object
store mounted at the same path everywhere). Without a scheduler address the
cluster is a ``LocalCluster`` of worker processes on 127.0.0.1, one thread each.
``distributed`` comes with the ``dask`` extra and is imported only here, on use.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sec8k.batch.deadline import run_limited
from sec8k.batch.pool import CRASH, Job, Outcome
from sec8k.batch.worker import Failure, Task, TaskResult
from sec8k.errors import BatchError

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = ["STAGE_UNKNOWN", "require_dask", "run_dask"]

#: The stage of an error line whose worker died: the client cannot see where it was.
STAGE_UNKNOWN = "unknown"
#: Tasks handed to the scheduler ahead of results, per worker thread: enough to keep
#: every thread busy while results travel back.
_AHEAD_PER_THREAD = 4
#: Tasks ahead while the cluster has no workers yet (they may join later).
_MIN_AHEAD = 8
#: Seconds between two looks at how many worker threads the cluster has now.
_RECOUNT_EVERY = 5.0
#: Seconds to reach a scheduler before the run stops with an error.
_CONNECT_TIMEOUT = 30.0
_NO_EXTRA = "--executor dask needs the dask extra: pip install 'sec8k[dask]'"


def require_dask() -> None:
    """BatchError naming the extra to install when ``distributed`` is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise BatchError("sec8k batch", _NO_EXTRA) from None


def run_dask(
    task: Task,
    jobs: Iterable[Job],
    workers: int,
    timeout: float | None,
    scheduler: str | None = None,
) -> Iterator[Outcome]:
    """Run the jobs on the Dask cluster at ``scheduler``, or on a local one of ``workers``."""
    with _client(workers, scheduler) as client:
        yield from _run_on(client, task, iter(jobs), timeout)


@contextlib.contextmanager
def _client(workers: int, scheduler: str | None) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=_CONNECT_TIMEOUT)
        except OSError as exc:
            raise BatchError(
                scheduler, f"cannot reach the Dask scheduler ({exc}); is it running there?"
            ) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _run_on(
    client: Client, task: Task, jobs: Iterator[Job], timeout: float | None
) -> Iterator[Outcome]:
    from distributed import as_completed

    running: dict[Future[tuple[TaskResult, float]], Job] = {}
    arriving = as_completed()
    ahead, recounted = _ahead(client), time.monotonic()

    def submit() -> None:
        while len(running) < ahead and (job := next(jobs, None)) is not None:
            future = client.submit(run_limited, task, job[1], timeout, _end_worker, pure=False)
            running[future] = job
            arriving.add(future)

    submit()
    for future in arriving:
        number, path = running.pop(future)
        result, seconds = _result(future, path)
        del future  # the scheduler forgets a task once no client holds its future
        if time.monotonic() - recounted >= _RECOUNT_EVERY:
            ahead, recounted = _ahead(client), time.monotonic()
        submit()  # before the caller writes this result, so the workers stay busy
        yield number, result, seconds


def _ahead(client: Client) -> int:
    threads: int = sum(client.nthreads().values())
    return max(_MIN_AHEAD, threads * _AHEAD_PER_THREAD)


def _result(future: Future[tuple[TaskResult, float]], path: str) -> tuple[TaskResult, float]:
    """The task's result; its worker dying too often is an error line, anything else stops."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker as exc:
        tries = exc.allowed_failures + 1
        return Failure(
            STAGE_UNKNOWN,
            CRASH,
            f"{path}: the Dask worker running this filing died each of the {tries} times it "
            "was tried (KilledWorker; distributed.scheduler.allowed-failures sets how often)",
        ), 0.0
    except Exception as exc:
        # Not the filing's fault (run_limited turns every error of the task into a
        # Failure): the cluster cannot run sec8k. Stop, so --resume can finish later.
        raise BatchError(
            "sec8k batch",
            f"the Dask cluster could not run {path} ({type(exc).__name__}: {exc}); "
            "the workers need the same sec8k installed; add --resume to continue",
        ) from None


def _end_worker() -> None:
    """End this worker process: its task is stuck where no exception reaches it."""
    os.kill(os.getpid(), signal.SIGKILL)
