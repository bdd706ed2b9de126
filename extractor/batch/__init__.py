"""Batch runs: many filings through ``extract_path`` on a process pool or a Dask cluster.

``run_batch(inputs, outdir)`` writes ``records.jsonl`` (one record per line),
``errors.jsonl`` (one failed input per line) and ``keys.jsonl`` (what ties each
record to its input, for ``--resume``), and checks at the end that every input is
exactly one record or one error. How inputs are expanded: :mod:`.inputs`; the
files (and their shards): :mod:`.outputs`; the time limit: :mod:`.deadline`;
worker processes: :mod:`.pool`; a Dask cluster: :mod:`.cluster`.
"""

from sec8k.batch.inputs import BatchInput, content_key, expand_inputs, read_manifest
from sec8k.batch.outputs import ERRORS, KEYS, RECORDS, read_done, record_files
from sec8k.batch.pool import CRASH, TIMEOUT
from sec8k.batch.run import (
    DEFAULT_TIMEOUT,
    EXECUTORS,
    BatchSummary,
    Check,
    check_outputs,
    default_workers,
    run_batch,
)
from sec8k.batch.worker import Failure, RecordLine, StageHook, Task, extract_record
from sec8k.errors import BatchError

__all__ = [
    "CRASH",
    "DEFAULT_TIMEOUT",
    "ERRORS",
    "EXECUTORS",
    "KEYS",
    "RECORDS",
    "TIMEOUT",
    "BatchError",
    "BatchInput",
    "BatchSummary",
    "Check",
    "Failure",
    "RecordLine",
    "StageHook",
    "Task",
    "check_outputs",
    "content_key",
    "default_workers",
    "expand_inputs",
    "extract_record",
    "read_done",
    "read_manifest",
    "record_files",
    "run_batch",
]
