"""Reading inputs from disk: one file, or a folder holding one filing's documents.

This is the only place the pipeline touches the file system; everything it
reads goes to the pure functions of :mod:`sec8k.pipeline`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sec8k.container.folder import several_filings
from sec8k.container.limits import DEFAULT_MAX_DOCUMENT_CHARS, MAX_DOCUMENTS
from sec8k.errors import EmptyInputError, InputTooLargeError, ParseError, WrongInputError
from sec8k.parsed import ParsedFiling
from sec8k.pipeline import parse_files, parse_filing

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES",
    "max_document_chars",
    "max_input_bytes",
    "read_folder",
    "read_path",
]

#: Inputs larger than this are refused (override with SEC8K_MAX_INPUT_MB).
DEFAULT_MAX_INPUT_BYTES = 40 * 1024 * 1024
#: What ``sec8k fetch`` names its manifest (kept in step with sec8k.edgar.fetch.MANIFEST_NAME).
MANIFEST_NAME = "manifest.jsonl"
#: Files in a filing folder that are not the filing's documents.
_NOT_DOCUMENTS = (
    "-index.html",
    "-index.htm",
    ".json",
    ".zip",
    ".xlsx",
    ".xls",
    ".xsd",
    ".xml",
    ".jpg",
    ".jpeg",
    ".gif",
    ".png",
    ".pdf",
    ".js",
    ".css",
)


#: Read size for inputs whose size stat() does not tell.
_CHUNK = 1024 * 1024


def _megabytes(variable: str, default: int) -> int:
    value = os.environ.get(variable)
    if value and value.replace(".", "", 1).isdigit():
        return int(float(value) * 1024 * 1024)
    return default


def max_input_bytes() -> int:
    """The largest input file (or folder) read: SEC8K_MAX_INPUT_MB, default 40 MB."""
    return _megabytes("SEC8K_MAX_INPUT_MB", DEFAULT_MAX_INPUT_BYTES)


def max_document_chars() -> int:
    """The longest document read; longer ones are skipped with a note.

    SEC8K_MAX_DOCUMENT_MB (millions of characters, in units of 2**20), default 10.
    """
    return _megabytes("SEC8K_MAX_DOCUMENT_MB", DEFAULT_MAX_DOCUMENT_CHARS)


def _read(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a file. The size is checked before and while reading:
    devices and /proc files report 0 bytes, and a file can grow after stat()."""
    too_large = f"over the {limit:,}-byte limit (set SEC8K_MAX_INPUT_MB)"
    try:
        status = path.stat()
        if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode):
            raise ParseError(str(path), "a device, not a file")
        if status.st_size > limit:
            raise InputTooLargeError(str(path), f"{status.st_size:,} bytes is {too_large}")
        with path.open("rb") as stream:
            # read(n) allocates n bytes up front: ask for the stated size, then go on in
            # chunks for what a pipe, a /proc file or a growing file still holds.
            data = stream.read(min(status.st_size, limit) + 1)
            if len(data) <= limit and (more := stream.read(_CHUNK)):
                buffer = bytearray(data)
                while more and len(buffer) <= limit:
                    buffer += more
                    more = stream.read(_CHUNK)
                data = bytes(buffer)
    except OSError as exc:
        raise ParseError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InputTooLargeError(str(path), f"the file is {too_large}")
    return data


def read_folder(folder: Path, limit: int | None = None) -> list[tuple[str, bytes]]:
    """The folder's document files (name, bytes), sorted by name."""
    limit = max_input_bytes() if limit is None else limit
    files: list[tuple[str, bytes]] = []
    total = 0
    for path in sorted(folder.iterdir()):
        if (
            not path.is_file()
            or path.name.startswith(".")
            or path.name.lower().endswith(_NOT_DOCUMENTS)
        ):
            continue
        if len(files) == MAX_DOCUMENTS:
            raise InputTooLargeError(
                str(folder), f"more than {MAX_DOCUMENTS:,} files; a filing holds a few dozen"
            )
        data = _read(path, limit)
        total += len(data)
        if total > limit:
            raise InputTooLargeError(str(folder), f"the folder's documents exceed {limit:,} bytes")
        files.append((path.name, data))
    if not files:
        raise EmptyInputError(str(folder), "the folder holds no filing documents")
    return files


def _manifest_filings(manifest: Path) -> list[Path]:
    """The filings a ``sec8k fetch`` manifest lists (the batch's reading of it)."""
    from sec8k.batch.inputs import read_manifest  # the batch package only for this case

    return list(read_manifest(manifest))


def _follow(target: Path) -> Path:
    """The one filing a fetch manifest (or its folder) stands for; a folder of folders,
    or a manifest of several filings, is refused with what to do instead."""
    manifest = target / MANIFEST_NAME if target.is_dir() else target
    if manifest.is_file() and manifest.name.endswith(".jsonl"):
        filings = _manifest_filings(manifest)
        if len(filings) == 1:
            return filings[0]
        raise WrongInputError(
            str(target),
            f"a sec8k fetch manifest of {len(filings)} filings: use `sec8k batch {target}`, "
            f"or give the filings' files ({manifest.parent}/CIK/ACCESSION.txt)",
        )
    if target.is_dir():
        folders = [p for p in target.iterdir() if p.is_dir() and not p.name.startswith(".")]
        if folders:
            raise WrongInputError(
                str(target), several_filings(f"{len(folders)} folders", str(target), nested=True)
            )
    return target


def read_path(path: str | os.PathLike[str]) -> ParsedFiling:
    """Parse the filing at ``path`` (a file or a folder); no extraction yet.

    A fetch manifest (``manifest.jsonl``, or the folder holding it) of one filing is
    followed to that filing; one of several filings, and a folder of folders, are refused
    with a :class:`WrongInputError` that says to use ``sec8k batch``."""
    target = _follow(Path(path))
    documents = max_document_chars()
    if target.is_dir():
        return parse_files(read_folder(target), path=str(target), max_document_chars=documents)
    if not target.exists():
        raise ParseError(str(target), "no such file or folder")
    data = _read(target, max_input_bytes())
    return parse_filing(data, name=target.name, path=str(target), max_document_chars=documents)
