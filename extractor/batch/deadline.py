"""One task under a time limit, in whichever thread runs it.

:func:`run_limited` runs a task on one input and turns an overrun into a
``Timeout`` :class:`~sec8k.batch.worker.Failure` that names the stage it stopped
in. How the task is interrupted depends on the thread:

* in the main thread (``--workers 1``), a ``SIGALRM`` timer;
* in any other thread (a Dask worker runs tasks in a thread pool), a watchdog
  thread that raises the same exception in the task's thread through
  ``PyThreadState_SetAsyncExc``.

Both repeat each second, in case code under the task swallows the first, and both
reach only Python code: C code that never returns to Python (or a thread blocked
in a system call) is out of their reach. For that case the caller may pass
``stuck``, called once the task is still running :data:`STUCK_GRACE` seconds past
its limit; a Dask worker ends its own process there, as the process pool kills
its worker.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType

from sec8k.batch.worker import STAGE_PARSE, Failure, Task, TaskResult, run_task

__all__ = ["STUCK_GRACE", "TIMEOUT", "run_limited", "timeout_failure"]

#: Error name of a task stopped at its time limit.
TIMEOUT = "Timeout"
#: Seconds between repeated interruptions once a task is past its limit.
_REPEAT = 1.0
#: Seconds past its limit after which a task that ignores interruption is ``stuck``.
STUCK_GRACE = 10.0


class _Deadline(BaseException):
    """Raised in the task's thread; a BaseException so no ``except Exception`` eats it."""


def timeout_failure(stage: str, path: str, limit: float) -> Failure:
    return Failure(
        stage,
        TIMEOUT,
        f"{path}: no result within {limit:g} s (stopped during {stage}; "
        "raise --timeout if such filings are expected)",
    )


def run_limited(
    task: Task, path: str, limit: float | None, stuck: Callable[[], None] | None = None
) -> tuple[TaskResult, float]:
    """Run ``task`` on ``path`` within ``limit`` seconds (None or 0: none); (result, seconds)."""
    stage = STAGE_PARSE

    def enter(name: str) -> None:
        nonlocal stage
        stage = name

    start = time.perf_counter()
    result: TaskResult
    try:
        with _interrupt_after(limit, stuck):
            result = run_task(task, path, enter)
    except _Deadline:
        result = timeout_failure(stage, path, limit or 0)
    return result, time.perf_counter() - start


@contextlib.contextmanager
def _interrupt_after(limit: float | None, stuck: Callable[[], None] | None) -> Iterator[None]:
    if not limit:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(limit):
            yield
    else:
        watchdog = _Watchdog(limit, stuck)
        try:
            yield
        finally:
            watchdog.stop()


@contextlib.contextmanager
def _alarm(limit: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Deadline

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, limit, _REPEAT)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Have ``thread`` raise ``exception`` at its next Python instruction (None: clear it)."""
    argument = None if exception is None else ctypes.py_object(exception)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), argument)


class _Watchdog:
    """Raises :class:`_Deadline` in the thread that made it once ``limit`` seconds pass."""

    def __init__(self, limit: float, stuck: Callable[[], None] | None) -> None:
        self._target = threading.get_ident()
        self._limit = limit
        self._stuck = stuck
        # Held while raising, and by stop(): once stop() holds it, nothing more is raised.
        self._lock = threading.Lock()
        self._done = threading.Event()
        threading.Thread(target=self._watch, name="sec8k-deadline", daemon=True).start()

    def _watch(self) -> None:
        if self._done.wait(self._limit):
            return
        give_up = time.monotonic() + STUCK_GRACE
        while True:
            with self._lock:
                if self._done.is_set():
                    return
                _raise_in(self._target, _Deadline)
            if self._done.wait(_REPEAT):
                return
            if self._stuck is not None and time.monotonic() >= give_up:
                self._stuck()
                return

    def stop(self) -> None:
        """No more interruptions, and none left pending for this thread."""
        while True:
            try:
                with self._lock:
                    self._done.set()
                    _raise_in(self._target, None)
                return
            except _Deadline:  # one that landed just before the lock: the task is over
                continue
