"""The Python API in a few functions: a filing in, a :class:`~sec8k.models.FilingRecord` out.

``sec8k`` re-exports these lazily (see ``sec8k/__init__.py``), so ``import sec8k`` stays
cheap and spaCy or DuckDB load only when a function that needs them is called.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

    from sec8k.batch import BatchSummary
    from sec8k.models import FilingRecord

__all__ = ["connect", "extract_bytes", "extract_path", "run_batch"]


def extract_path(path: str | os.PathLike[str]) -> FilingRecord:
    """The record of the filing at ``path``: a file, or a folder of one filing's documents.

    >>> record = sec8k.extract_path("samples/allied-motion-2011/filing.txt")
    >>> record.acquisitions[0].target
    'Östergrens Elmotor AB'

    Raises a :class:`sec8k.Sec8kError` (one line naming the input and the reason) for
    anything that is not one readable filing: a missing path, binary junk, an EDGAR index
    page, a folder of several filings (use :func:`run_batch` for those).
    """
    from sec8k.extract import extract_path as extract

    return extract(path).record


def extract_bytes(data: bytes, name: str = "filing.txt") -> FilingRecord:
    """The record of one file's bytes (a full submission, an HTML or inline-XBRL document,
    plain text); ``name`` stands for the file in the record and in errors."""
    from sec8k.extract import extract_bytes as extract

    return extract(data, name).record


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    timeout: float | None = 60.0,
    resume: bool = False,
    overwrite: bool = False,
) -> BatchSummary:
    """Extract many filings on a pool of processes, as ``sec8k batch`` does.

    Writes ``outdir/records.jsonl`` (one record per line) and ``errors.jsonl``; returns a
    summary whose ``ok`` says whether every input became a record. A script that runs
    this with more than one worker needs the ``if __name__ == "__main__":`` guard.
    """
    from sec8k.batch import run_batch as run

    paths = [Path(p) for p in inputs]
    return run(
        paths, Path(outdir), workers=workers, timeout=timeout, resume=resume, overwrite=overwrite
    )


def connect(results: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the sec8k views over ``results`` (a batch OUTDIR, its
    records.jsonl, or one record's JSON); ``.df()`` turns a result into pandas.

    >>> with sec8k.connect("out") as db:
    ...     fees = db.sql("SELECT year, sum(amount) FROM compensation GROUP BY year").df()
    """
    from sec8k.query import connect as open_views

    return open_views(results)
