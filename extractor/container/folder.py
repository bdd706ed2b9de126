"""A folder's files as one filing: the full submission inside it, or its documents together.

The files come from :func:`sec8k.io.read_folder` as (name, bytes); nothing here reads
the disk. A junk file (empty, binary) is listed as a skipped document, and does not fail
its folder unless nothing else is there.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sec8k.container.detect import detect_format
from sec8k.container.sgml import Header, RawDocument, count_documents, parse_header, sniff_kind
from sec8k.errors import EmptyInputError, ParseError, UnsupportedFormatError, WrongInputError
from sec8k.models import SourceInfo
from sec8k.text.repair import decode_bytes

__all__ = ["FolderDocuments", "find_submission", "folder_documents", "several_filings"]

#: An exhibit number in a file name: "ex10-1.htm", "EX99.1.html", "ex_99.htm" (not "ex_610719").
_EXHIBIT_NAME = re.compile(r"(?<![a-z])ex[-_]?(\d{1,3})(?:[._-](\d{1,2}))?(?![\d])", re.IGNORECASE)
#: EDGAR's generated XBRL viewer pages (R1.htm ...), never a filing document.
_VIEWER_PAGE = re.compile(r"^R\d+\.htm$")
#: The SGML header's accession number, which tells two submissions' filings apart.
_ACCESSION_LINE = re.compile(
    rb"ACCESSION[ -]NUMBER:\s*(\d{10}-\d{2}-\d{6})|<ACCESSION-NUMBER>\s*(\d[\d-]+)"
)
#: How much of a submission's opening holds its header facts.
_HEAD = 20_000
#: A document whose opening says it is the Form 8-K itself.
_FORM_8K = re.compile(r"FORM\s+8-K|8-K\b", re.IGNORECASE)
#: How much of a document's start is read for its opening, and how long an opening is.
_OPENING_SOURCE = 200_000
_OPENING_CHARS = 3000
_TAG = re.compile(r"<[^>]*>")
#: An exhibit's first words, when its file name does not say it is one.
_EXHIBIT_OPENING = re.compile(
    r"\S{0,60}\s*EX(?:HIBIT)?[\s.-]*\d{1,3}(?:\.\d{1,2})?\b", re.IGNORECASE
)
#: The form's title on a cover page: "FORM 8-K" (not a mention of "the 8-K" in passing).
_FORM_8K_TITLE = re.compile(r"FORM\s+8-K", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FolderDocuments:
    """A folder's documents, primary first, with the header of an index page or .hdr.sgml."""

    source: SourceInfo
    header: Header | None
    docs: list[RawDocument]
    markdown: bool


def find_submission(files: Sequence[tuple[str, bytes]], path: str) -> tuple[str, bytes] | None:
    """The full submission (or feed file) among the folder's files, which is then the filing.

    Two submissions of different filings (by their accession numbers) are several filings,
    refused with what to do instead."""
    found: list[tuple[str, bytes]] = []
    accessions: set[bytes] = set()
    for name, data in files:
        fmt, _ = _format_in_folder(data, name, path)
        if fmt in ("sgml-txt", "sgml-nc") and count_documents(decode_bytes(data[:1_000_000]), 1):
            found.append((name, data))
            if accession := _ACCESSION_LINE.search(data[:_HEAD]):
                accessions.add(accession.group(1) or accession.group(2))
    if len(accessions) > 1:
        raise WrongInputError(path, several_filings(f"{len(found)} full submissions", path))
    return found[0] if found else None


def several_filings(what: str, path: str, *, nested: bool = False) -> str:
    """The reason for refusing a folder that holds several filings, and what to do instead:
    ``sec8k batch DIR`` reads a folder of folders as a collection; files one by one are
    ``DIR/*`` (for ``sec8k batch`` and ``sec8k extract`` alike)."""
    folder = path.rstrip("/\\") or path
    instead = (
        f"use `sec8k batch {folder}` (each folder one filing)"
        if nested
        else f"use `sec8k batch {folder}/*` or `sec8k extract {folder}/*` (each file one filing)"
    )
    return f"the folder holds {what}, not one filing's documents: {instead}"


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
        raise ParseError(path, f"the folder holds no filing documents{found}: found no filing")
    if header is None:
        _refuse_several(docs, path)
    docs.sort(key=_primary_rank)
    source = SourceInfo(
        path=path,
        sha256=digest.hexdigest(),
        size=sum(len(d) for _, d in files),
        format="folder",
        file=docs[0].filename if docs else None,
    )
    return FolderDocuments(source, header, docs, markdown=formats == ["markdown"])


def _refuse_several(docs: list[RawDocument], path: str) -> None:
    """Refuse a flat folder of several filings or contracts rather than read it as one filing.

    One filing's folder holds one 8-K (its opening names the form; copies of it count once)
    and its exhibits (named so, or opening with "Exhibit 99.1"). Several documents of which
    none is an 8-K, or several different 8-Ks, are several filings or contracts."""
    readable = [d for d in docs if d.kind not in ("binary", "empty")]
    openings = [_opening(d.body) for d in readable]
    forms = {
        text
        for text, doc in zip(openings, readable, strict=True)
        if not (doc.type or "").startswith("EX-")
        and not _EXHIBIT_OPENING.match(text)
        and _FORM_8K_TITLE.search(text)
    }
    if len(forms) > 1:
        raise WrongInputError(path, several_filings(f"{len(forms)} different Form 8-Ks", path))
    if len(readable) > 1 and not forms:
        what = f"{len(readable)} documents and none is a Form 8-K"
        raise WrongInputError(path, several_filings(what, path))


def _opening(body: str) -> str:
    """The first words of a document's text (tags dropped, entities decoded, blanks collapsed)."""
    text = html.unescape(_TAG.sub(" ", body[:_OPENING_SOURCE]))
    return " ".join(text.split())[:_OPENING_CHARS]


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
