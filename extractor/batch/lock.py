"""One batch run per output folder at a time.

Two runs appending to the same ``records.jsonl`` would interleave their lines and
their resume bookkeeping. A run therefore holds an advisory lock on a file in
OUTDIR for as long as it writes there; the operating system drops the lock when
the process ends, however it ends, so a killed run never leaves a stale lock.
Where ``fcntl`` does not exist (Windows) runs are not locked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from sec8k.errors import BatchError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_FILE", "holding_outdir"]

#: The lock file in OUTDIR; it holds the pid of the run that took it, for the message.
LOCK_FILE: Final = ".sec8k-batch.lock"


@contextmanager
def holding_outdir(outdir: Path) -> Iterator[None]:
    """Hold OUTDIR's lock for the block; BatchError when another run holds it."""
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / LOCK_FILE
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip()
                by = f" (pid {holder})" if holder.isdigit() else ""
                raise BatchError(
                    str(outdir),
                    f"another sec8k batch is writing here{by}; wait for it, or use another folder",
                ) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock
