"""The JSON Lines files of a batch run, and how a resumed run reads them back.

``OUTDIR/records.jsonl``
    one ``FilingRecord`` per line, exactly the model's JSON dump;
``OUTDIR/errors.jsonl``
    one failed input per line: input, key, stage, error type, message, seconds;
``OUTDIR/keys.jsonl``
    for each record line, the content key of its input and the SHA-256 of the line,
    written *before* the record line (so a record never lacks its key; a key whose
    record line is missing only means that input runs again).

With a shard size (``--shard-size N``) records and keys go to numbered pairs
instead, ``records-00000.jsonl`` with ``keys-00000.jsonl`` and so on, N records
each, so that no file grows without bound; a resumed run starts a new pair after
the last. Readers take records.jsonl and every shard alike (:func:`record_files`).

Every line is written with one ``write`` call on an unbuffered file, so an
interrupted run leaves at most one partial last line, which :func:`read_done`
drops. Records stay pure ``FilingRecord`` JSON; the key file is what ties them to
their inputs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sec8k.closing import Closing

__all__ = [
    "ERRORS",
    "KEYS",
    "RECORDS",
    "Done",
    "ErrorLine",
    "LineWriter",
    "RecordWriter",
    "line_digest",
    "output_files",
    "read_done",
    "record_files",
]

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
KEYS = "keys.jsonl"
#: A shard's two files, by shard number.
_RECORD_SHARD = "records-{:05d}.jsonl"
_KEY_SHARD = "keys-{:05d}.jsonl"
_SHARD_NAME = re.compile(r"records-(\d{5,})\.jsonl")
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


class LineWriter(Closing):
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
        done.partial = sum(_drop_partial_line(path) for path in output_files(outdir))
    for records, keys in _record_pairs(outdir):
        orphans = _scan_records(records, _read_keys(keys), done.records)
        if orphans and repair:
            _drop_orphans(records, _read_keys(keys))
        done.orphans += orphans
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


def _shards(outdir: Path) -> list[tuple[int, Path]]:
    """The record shards in OUTDIR with their numbers, in order."""
    found = [
        (int(match[1]), path)
        for path in outdir.glob("records-*.jsonl")
        if (match := _SHARD_NAME.fullmatch(path.name)) and path.is_file()
    ]
    return sorted(found)


def _record_pairs(outdir: Path) -> list[tuple[Path, Path]]:
    """Each records file of OUTDIR with its keys file: records.jsonl, then the shards."""
    pairs = [(outdir / RECORDS, outdir / KEYS)]
    pairs += [(path, outdir / _KEY_SHARD.format(n)) for n, path in _shards(outdir)]
    return pairs


def record_files(outdir: Path) -> list[Path]:
    """The files of OUTDIR that hold records: records.jsonl, then the shards in order."""
    return [records for records, _ in _record_pairs(outdir) if records.is_file()]


def output_files(outdir: Path) -> list[Path]:
    """Every ledger file OUTDIR holds (records, keys and errors, shards too)."""
    paths = [path for pair in _record_pairs(outdir) for path in pair]
    paths.append(outdir / ERRORS)
    paths += [p for p in outdir.glob("keys-*.jsonl") if p not in paths]  # keys without records
    return [path for path in paths if path.is_file()]


class RecordWriter(Closing):
    """Appends records with their keys, to records.jsonl or to shards of ``shard_size``."""

    def __init__(self, outdir: Path, shard_size: int | None = None) -> None:
        self._outdir = outdir
        self._shard_size = shard_size
        self._shard = max((n for n, _ in _shards(outdir)), default=-1) + 1
        self._count = 0
        self._records, self._keys = self._open()

    def _open(self) -> tuple[LineWriter, LineWriter]:
        if not self._shard_size:
            return LineWriter(self._outdir / RECORDS), LineWriter(self._outdir / KEYS)
        records = LineWriter(self._outdir / _RECORD_SHARD.format(self._shard))
        return records, LineWriter(self._outdir / _KEY_SHARD.format(self._shard))

    def write(self, key: str, path: str, record: str) -> None:
        """One record line, its key line first (see the module doc)."""
        if self._shard_size and self._count == self._shard_size:
            self.close()
            self._shard, self._count = self._shard + 1, 0
            self._records, self._keys = self._open()
        entry = {"key": key, "input": path, "line": line_digest(record)}
        self._keys.write(json.dumps(entry, ensure_ascii=False))
        self._records.write(record)
        self._count += 1

    def close(self) -> None:
        self._records.close()
        self._keys.close()


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


def _drop_orphans(records: Path, pending: dict[str, deque[str]]) -> None:
    """Rewrite ``records`` without the lines that have no key."""
    _rewrite(records, lambda line: _take_key(pending, line) is not None)


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
