"""Bytes from EDGAR on disk, keyed by host and URL path.

* Files inside a filing (``/Archives/edgar/data/<cik>/<accession>...``) never
  change once published: they are kept forever.
* Everything else (indexes, submissions, ticker lists) is fresh for
  ``max_age`` seconds, then fetched again.
* Writes are atomic (a temporary file in the same folder, then ``os.replace``),
  so a reader never sees half a file; the gateway only hands over complete
  bodies, so a partial download never gets here.
* File names come from the URL path, one checked segment at a time: nothing
  outside the cache root can be named.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path
from typing import Literal

from sec8k.edgar.settings import ENV_CACHE_DIR
from sec8k.errors import FetchError

__all__ = ["DEFAULT_MAX_AGE", "Cache", "Host", "is_immutable", "write_atomic"]

Host = Literal["sec", "data"]

#: How long indexes and submissions are reused before asking EDGAR again.
DEFAULT_MAX_AGE = 24 * 60 * 60.0

#: A path segment we are willing to turn into a file name: no "..", no
#: leading dot (temporary files start with one), no separators.
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_IMMUTABLE = re.compile(r"/Archives/edgar/data/\d{1,10}/(?:\d{18}/[^/]+|\d{10}-\d{2}-\d{6}[^/]*)")


def is_immutable(path: str) -> bool:
    """True for a file that belongs to one filing (EDGAR never changes those)."""
    return _IMMUTABLE.fullmatch(path) is not None


class Cache:
    """A folder of cached EDGAR responses."""

    def __init__(self, root: Path, *, max_age: float = DEFAULT_MAX_AGE) -> None:
        self.root = root
        self.max_age = max_age

    def path_for(self, host: Host, path: str) -> Path:
        """Where the body of ``host`` + ``path`` is kept; raises on unsafe paths."""
        if host not in ("sec", "data"):
            raise FetchError(path, f"unknown host key {host!r}")
        segments = path.split("/")
        if segments[0] != "" or len(segments) < 2:
            raise FetchError(path, "a cacheable URL path starts with '/'")
        for segment in segments[1:]:
            if not _SEGMENT.fullmatch(segment):
                raise FetchError(path, f"URL path segment {segment!r} is not cacheable")
        return self.root.joinpath(host, *segments[1:])

    def read(self, host: Host, path: str, *, allow_stale: bool = False) -> bytes | None:
        """The cached body, or ``None`` when absent (or stale, unless allowed)."""
        target = self.path_for(host, path)
        try:
            if not allow_stale and not is_immutable(path):
                age = time.time() - target.stat().st_mtime
                if age > self.max_age:
                    return None
            return target.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None

    def write(self, host: Host, path: str, data: bytes) -> Path:
        """Store ``data`` atomically and return where it went."""
        target = self.path_for(host, path)
        try:
            write_atomic(target, data)
        except OSError as exc:
            raise FetchError(
                str(target), f"cannot write the cache ({exc.strerror}); check {ENV_CACHE_DIR}"
            ) from None
        return target


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and ``os.replace``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
