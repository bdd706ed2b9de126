"""The three JSON Lines files of a batch run, and how a resumed run reads them back.

``OUTDIR/records.jsonl``
    one ``FilingRecord`` per line, exactly the model's JSON dump;
``OUTDIR/errors.jsonl``
    one failed input per line: input, key, stage, error type, message, seconds;
``OUTDIR/keys.jsonl``
    for each record line, the content key of its input and the SHA-256 of the line,
    written *before* the record line (so a record never lacks its key; a key whose
    record line is missing only means that input runs again).

Every line is written with one ``write`` call on an unbuffered file, so an
interrupted run leaves at most one partial last line, which :func:`read_done`
drops. Records stay pure ``FilingRecord`` JSON; the key file is what ties them to
their inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

__all__ = [
    "ERRORS",
    "KEYS",
    "OUTPUT_FILES",
    "RECORDS",
    "Done",
    "ErrorLine",
    "LineWriter",
    "line_digest",
    "read_done",
]

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
KEYS = "keys.jsonl"
OUTPUT_FILES = (RECORDS, ERRORS, KEYS)
#: Bytes read at a time when looking for the last newline of a file.
_TAIL_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class ErrorLine:
    """One line of errors.jsonl."""

    input: str
    key: str
    stage: str
    error: str
    message: str
    seconds: float

    def to_json(self) -> str:
        return json.dumps(
            {
                "input": self.input,
                "key": self.key,
                "stage": self.stage,
                "error": self.error,
                "message": self.message,
                "seconds": round(self.seconds, 3),
            },
            ensure_ascii=False,
        )


def _encode(line: str) -> bytes:
    # A lone surrogate (a file name that is not UTF-8) becomes a JSON escape, \udcxx,
    # inside the JSON string that holds it, so the line stays valid UTF-8 and JSON.
    return line.encode("utf-8", "backslashreplace")


def line_digest(line: str) -> str:
    """SHA-256 of a line as it is written (UTF-8, without its newline)."""
    return hashlib.sha256(_encode(line)).hexdigest()


class LineWriter:
    """Appends whole lines to a file: one ``write`` per line, nothing buffered."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, line: str) -> None:
        data = _encode(line) + b"\n"
        written = os.write(self._fd, data)
        while written < len(data):  # a short write: only on a full disk or a signal
            written += os.write(self._fd, data[written:])

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


@dataclass
class Done:
    """What OUTDIR already holds, counted by input content key."""

    records: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    #: Record lines without a key (e.g. keys.jsonl was edited); a repair drops them.
    orphans: int = 0
    #: Lines of errors.jsonl that are not error lines we wrote; a repair drops them.
    bad_errors: int = 0
    #: Partial last lines, left by an interrupted run; a repair drops them.
    partial: int = 0

    @property
    def keys(self) -> Counter[str]:
        return self.records + self.errors


def read_done(outdir: Path, *, repair: bool) -> Done:
    """Count the inputs OUTDIR holds a line for; with ``repair``, fix what a stop left.

    A repair truncates partial last lines, and rewrites records.jsonl without record
    lines that have no key and errors.jsonl without lines that are not ours (either
    would otherwise stand beside a second line for the same input).
    """
    done = Done()
    if repair:
        done.partial = sum(_drop_partial_line(outdir / name) for name in OUTPUT_FILES)
    records, keys = outdir / RECORDS, outdir / KEYS
    done.orphans = _scan_records(records, _read_keys(keys), done.records)
    if done.orphans and repair:
        pending = _read_keys(keys)
        _rewrite(records, lambda line: _take_key(pending, line) is not None)
    errors = outdir / ERRORS
    for line in _lines(errors):
        key = _error_key(line)
        if key is None:
            done.bad_errors += 1
        else:
            done.errors[key] += 1
    if done.bad_errors and repair:
        _rewrite(errors, lambda line: _error_key(line) is not None)
    return done


def _read_keys(path: Path) -> dict[str, deque[str]]:
    """keys.jsonl as: SHA-256 of a record line -> the input keys written for it."""
    keys: dict[str, deque[str]] = defaultdict(deque)
    for line in _lines(path):
        entry = _json_object(line)
        if entry and isinstance(entry.get("line"), str) and isinstance(entry.get("key"), str):
            keys[str(entry["line"])].append(str(entry["key"]))
    return keys


def _take_key(pending: dict[str, deque[str]], line: bytes) -> str | None:
    queue = pending.get(hashlib.sha256(line).hexdigest())
    return queue.popleft() if queue else None


def _scan_records(path: Path, pending: dict[str, deque[str]], counts: Counter[str]) -> int:
    orphans = 0
    for line in _lines(path):
        key = _take_key(pending, line)
        if key is None:
            orphans += 1
        else:
            counts[key] += 1
    return orphans


def _error_key(line: bytes) -> str | None:
    entry = _json_object(line)
    key = entry.get("key") if entry else None
    return key if isinstance(key, str) else None


def _json_object(line: bytes) -> dict[str, object] | None:
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _lines(path: Path) -> Iterator[bytes]:
    """The complete lines of ``path`` without their newlines (none if it is absent)."""
    if not path.is_file():
        return
    with path.open("rb") as stream:
        for line in stream:
            if line.endswith(b"\n"):
                yield line[:-1]


def _rewrite(path: Path, keep: Callable[[bytes], bool]) -> None:
    """Replace ``path`` by its lines that ``keep`` accepts (atomically, via a temp file)."""
    temp = path.with_name(path.name + ".part")
    with temp.open("wb") as out:
        for line in _lines(path):
            if keep(line):
                out.write(line + b"\n")
    temp.replace(path)


def _drop_partial_line(path: Path) -> int:
    """Truncate ``path`` after its last newline; 1 if that dropped anything."""
    if not path.is_file():
        return 0
    with path.open("r+b") as stream:
        end = stream.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - _TAIL_CHUNK)
            stream.seek(start)
            chunk = stream.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                cut = start + newline + 1
                break
            position = start
        else:
            cut = 0
        if cut == end:
            return 0
        stream.truncate(cut)
        return 1
