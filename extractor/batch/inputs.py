"""What a batch runs over: command-line inputs expanded into one path per filing.

Rules, applied to each INPUT in order (the first that fits wins):

1. a file whose name ends in ``.jsonl`` is a fetch manifest (``sec8k fetch`` writes
   ``DEST/manifest.jsonl``): each line's ``path``, relative to the manifest's folder,
   is one input; lines without a path (filings that were not fetched) are not inputs;
2. any other file is one input;
3. a folder that holds ``manifest.jsonl`` is a fetch destination: rule 1 on that file;
4. a folder with at least one visible subfolder is a *collection*: each visible child
   is classified again by these rules (so a folder of filing folders, nested folders
   of them, and filing folders beside filing files all expand to one input per filing);
5. a folder of files that holds two or more full submissions named the way EDGAR
   and ``sec8k fetch`` name them (``0001193125-19-292676.txt``) is a collection too:
   each visible file is one input;
6. any other folder (files only) holds one filing's documents and is one input.

EDGAR never nests folders inside a filing, nor puts two submissions in one, so
rules 4 and 5 cannot split a filing. A flat folder of filings named otherwise is
one filing by rule 6: give its files instead (``sec8k batch filings/*``). Names
starting with "." are ignored. A path that does not exist is still an input: it
ends as an error line, like every other input that cannot be read.

Each input gets a content key for ``--resume``: the SHA-256 of the file, or of a
folder's visible files taken in name order as (name, length, bytes).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sec8k.edgar.fetch import MANIFEST_NAME
from sec8k.errors import ParseError

__all__ = ["BatchInput", "content_key", "expand_inputs", "read_manifest"]

#: Bytes read at a time while hashing, so a large input is never held whole.
_HASH_CHUNK = 1 << 20
#: A full submission as EDGAR and sec8k fetch name it: <accession>.txt.
_SUBMISSION_NAME = re.compile(r"\d{10}-\d{2}-\d{6}\.txt", re.IGNORECASE)


class _Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


@dataclass(frozen=True, slots=True)
class BatchInput:
    """One filing to run: its path, content key and size in bytes."""

    path: str
    key: str
    size: int


def expand_inputs(arguments: Iterable[str | Path]) -> Iterator[Path]:
    """One path per filing, in the order given, each path once (see the module doc)."""
    seen: set[Path] = set()
    for argument in arguments:
        for path in _expand(Path(argument)):
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield path


def _expand(path: Path) -> Iterator[Path]:
    if path.is_file() and path.name.endswith(".jsonl"):
        yield from read_manifest(path)
    elif path.is_dir() and (path / MANIFEST_NAME).is_file():
        yield from read_manifest(path / MANIFEST_NAME)
    elif path.is_dir() and _is_collection(children := _visible(path)):
        for child in children:
            yield from _expand(child)
    else:
        yield path


def _is_collection(children: list[Path]) -> bool:
    if any(child.is_dir() for child in children):
        return True
    return sum(1 for child in children if _SUBMISSION_NAME.fullmatch(child.name)) > 1


def _visible(folder: Path) -> list[Path]:
    return sorted(child for child in folder.iterdir() if not child.name.startswith("."))


def read_manifest(manifest: Path) -> Iterator[Path]:
    """The files a ``sec8k fetch`` manifest lists, relative to its folder."""
    with manifest.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ParseError(
                    str(manifest), f"line {number} is not JSON ({exc.msg}); is this a manifest?"
                ) from None
            if not isinstance(entry, dict) or "path" not in entry:
                raise ParseError(
                    str(manifest),
                    f"line {number} has no 'path': give a manifest.jsonl written by sec8k fetch",
                )
            if isinstance(entry["path"], str) and entry["path"]:
                yield manifest.parent / entry["path"]


def content_key(path: Path) -> BatchInput:
    """The input with its content key; an unreadable input is keyed by its path."""
    try:
        digest: _Digest = hashlib.sha256(b"folder\0" if path.is_dir() else b"")
        size = _hash_folder(path, digest) if path.is_dir() else _hash_file(path, digest)
        return BatchInput(str(path), digest.hexdigest(), size)
    except OSError:
        marker = b"unreadable\0" + str(path.resolve()).encode("utf-8", "surrogateescape")
        return BatchInput(str(path), hashlib.sha256(marker).hexdigest(), 0)


def _hash_file(path: Path, digest: _Digest) -> int:
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size


def _hash_folder(folder: Path, digest: _Digest) -> int:
    total = 0
    for child in _visible(folder):
        if child.is_file():
            header = f"{child.name}\0{child.stat().st_size}\0"
            digest.update(header.encode("utf-8", "surrogateescape"))
            total += _hash_file(child, digest)
    return total
