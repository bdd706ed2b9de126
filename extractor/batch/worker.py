"""The work done for one input, and the loop a pool worker process runs.

A *task* turns an input path into a :class:`RecordLine`, reporting the stage it
enters through a callback so that a failure (or a time-out) can say where it
happened. :func:`extract_record` is the real task; tests hand :func:`run_batch
<sec8k.batch.run.run_batch>` their own (one that sleeps, one that dies) to
exercise the time limit and crash handling with real processes.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

from sec8k.errors import Sec8kError
from sec8k.extract import extract_parsed
from sec8k.io import read_path

__all__ = [
    "Failure",
    "RecordLine",
    "StageHook",
    "Task",
    "TaskResult",
    "extract_record",
    "run_task",
    "worker_loop",
]

StageHook = Callable[[str], None]

#: Stage names, in the order a task goes through them.
STAGE_PARSE = "parse"  # read the file(s), container, text, items, exhibits
STAGE_EXTRACT = "extract"  # the extractors (acquisitions, ...)
STAGE_WRITE = "write"  # the record's JSON


@dataclass(frozen=True, slots=True)
class RecordLine:
    """A record as the JSON line to write."""

    json: str


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an input gave no record: where it failed, the error type and its message."""

    stage: str
    error: str
    message: str


TaskResult = RecordLine | Failure
Task = Callable[[str, StageHook], RecordLine]


def extract_record(path: str, enter: StageHook) -> RecordLine:
    """The real task: ``extract_path`` in its two stages, then the JSON line."""
    enter(STAGE_PARSE)
    parsed = read_path(path)
    enter(STAGE_EXTRACT)
    record = extract_parsed(parsed).record
    enter(STAGE_WRITE)
    return RecordLine(record.model_dump_json())


def run_task(task: Task, path: str, enter: StageHook) -> TaskResult:
    """Run ``task`` on ``path``; any exception becomes a :class:`Failure`."""
    stage = STAGE_PARSE

    def track(name: str) -> None:
        nonlocal stage
        stage = name
        enter(name)

    try:
        return task(path, track)
    except Sec8kError as exc:
        return Failure(stage, type(exc).__name__, str(exc))
    # Broad on purpose, and only here: one filing that trips a bug must not end a
    # batch of thousands; the error line names the input so the bug can be fixed.
    except Exception as exc:
        return Failure(
            stage,
            type(exc).__name__,
            f"{path}: {exc} (an unexpected error, i.e. a bug in sec8k: please report it "
            "with this input)",
        )


def worker_loop(connection: Connection, task: Task) -> None:
    """A pool worker: receive ``(number, path)``, send stage changes and the result.

    Messages sent: ``("ready",)`` once, then ``("stage", number, name)`` and
    ``("done", number, result, seconds)``. ``None`` received ends the loop.
    Ctrl-C is the parent's to handle.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    connection.send(("ready",))
    while True:
        message = connection.recv()
        if message is None:
            return
        number, path = message

        def enter(name: str, number: int = number) -> None:
            connection.send(("stage", number, name))

        start = time.perf_counter()
        result = run_task(task, path, enter)
        connection.send(("done", number, result, time.perf_counter() - start))
