"""A folder's files as one filing: the full submission inside it, or its documents together.

The files come from :func:`sec8k.io.read_folder` as (name, bytes); nothing here reads
the disk. A junk file (empty, binary) is listed as a skipped document, and does not fail
its folder unless nothing else is there.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sec8k.container.detect import detect_format
from sec8k.container.sgml import Header, RawDocument, count_documents, parse_header, sniff_kind
from sec8k.errors import EmptyInputError, ParseError, UnsupportedFormatError
from sec8k.models import SourceInfo
from sec8k.text.repair import decode_bytes

__all__ = ["FolderDocuments", "find_submission", "folder_documents"]

#: An exhibit number in a file name: "ex10-1.htm", "EX99.1.html", "ex_99.htm" (not "ex_610719").
_EXHIBIT_NAME = re.compile(r"(?<![a-z])ex[-_]?(\d{1,3})(?:[._-](\d{1,2}))?(?![\d])", re.IGNORECASE)
#: EDGAR's generated XBRL viewer pages (R1.htm ...), never a filing document.
_VIEWER_PAGE = re.compile(r"^R\d+\.htm$")
#: A document whose opening says it is the Form 8-K itself.
_FORM_8K = re.compile(r"FORM\s+8-K|8-K\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FolderDocuments:
    """A folder's documents, primary first, with the header of an index page or .hdr.sgml."""

    source: SourceInfo
    header: Header | None
    docs: list[RawDocument]
    markdown: bool


def find_submission(files: Sequence[tuple[str, bytes]], path: str) -> tuple[str, bytes] | None:
    """The full submission (or feed file) among the folder's files, which is then the filing."""
    for name, data in files:
        fmt, _ = _format_in_folder(data, name, path)
        if fmt in ("sgml-txt", "sgml-nc") and count_documents(decode_bytes(data[:1_000_000]), 1):
            return name, data
    return None


def folder_documents(files: Sequence[tuple[str, bytes]], path: str) -> FolderDocuments:
    """The folder's documents read together, the 8-K itself first."""
    header: Header | None = None
    docs: list[RawDocument] = []
    junked: list[str] = []
    formats: list[str] = []
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + data)
        if _VIEWER_PAGE.match(name):
            continue
        fmt, junk = _format_in_folder(data, name, path)
        if fmt is None:
            kind = "empty" if isinstance(junk, EmptyInputError) else "binary"
            reason = junk.reason if junk else "not read"
            docs.append(
                RawDocument(
                    body="", first_line=1, kind=kind, filename=name, skipped=reason, body_size=0
                )
            )
            junked.append(f"{name}: {reason}")
            continue
        text = decode_bytes(data)
        if fmt in ("sgml-txt", "sgml-nc", "index-headers"):
            header = header or parse_header(text)
            continue
        kind, skipped = sniff_kind(text, name)
        formats.append(fmt)
        docs.append(
            RawDocument(
                body=text,
                first_line=1,
                kind=kind if fmt != "markdown" else "text",
                filename=name,
                skipped=skipped,
                type=_type_from_name(name),
            )
        )
    if header is None and len(junked) == len(docs):
        found = f" ({'; '.join(junked[:5])})" if junked else ""
        raise ParseError(path, f"the folder holds no filing documents{found}")
    docs.sort(key=_primary_rank)
    source = SourceInfo(
        path=path,
        sha256=digest.hexdigest(),
        size=sum(len(d) for _, d in files),
        format="folder",
        file=docs[0].filename if docs else None,
    )
    return FolderDocuments(source, header, docs, markdown=formats == ["markdown"])


def _format_in_folder(
    data: bytes, name: str, folder: str
) -> tuple[str | None, EmptyInputError | UnsupportedFormatError | None]:
    """The file's format, or why it is junk: one junk file does not fail its folder."""
    try:
        return detect_format(data, os.path.join(folder, name)), None
    except (EmptyInputError, UnsupportedFormatError) as exc:
        return None, exc


def _primary_rank(doc: RawDocument) -> tuple[bool, bool, bool]:
    """Sort key that puts the 8-K itself first: untyped documents whose opening names the form.

    Payloads and junk go last."""
    is_exhibit = doc.type is not None and doc.type.startswith("EX-")
    return doc.kind in ("binary", "empty"), is_exhibit, not _FORM_8K.search(doc.body[:5000])


def _type_from_name(name: str) -> str | None:
    """'BuckleInc.8-K.EX99.1.html' -> 'EX-99.1'; primary documents have no type."""
    match = _EXHIBIT_NAME.search(name)
    if match is None:
        return None
    return f"EX-{match.group(1)}" + (f".{match.group(2)}" if match.group(2) else "")
