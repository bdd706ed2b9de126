"""The whole job for one filing, in order. Pure: bytes in, a record out; no file or network I/O.

1. **container** - tell the format, open the SGML submission (header + documents), or take
   the file (or a folder's files) as the documents (:mod:`sec8k.container`);
2. **text** - normalise every readable document once, choose the primary one
   (:mod:`sec8k.text.documents`);
3. **items** - choose the numbering era and split the primary text into items
   (:mod:`sec8k.items`);
4. **exhibits** - read the exhibit index and link each row to its document or bound-in
   text (:mod:`sec8k.exhibits.link`);
5. **record** - header facts and warnings (:mod:`sec8k.record`) and the record itself;
6. **extractors** - acquisitions, agreements and officer changes read from the parsed
   filing (:func:`extract_parsed`).

Reading from disk is :mod:`sec8k.io`; :func:`sec8k.extract.extract_path` is steps 1-6 for
a path.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from sec8k.acquisitions import extract_acquisitions
from sec8k.agreements import extract_agreements
from sec8k.container.cover import read_cover
from sec8k.container.dei import read_dei
from sec8k.container.detect import detect_format
from sec8k.container.folder import find_submission, folder_documents
from sec8k.container.limits import DEFAULT_MAX_DOCUMENT_CHARS, MAX_DOCUMENTS, check_count
from sec8k.container.names import read_names
from sec8k.container.sgml import Header, RawDocument, count_documents, parse_header, split_documents
from sec8k.errors import ParseError
from sec8k.exhibits.link import index_entries, link_exhibits
from sec8k.items.era import choose_era
from sec8k.items.split import headings_only_warnings, split_items
from sec8k.models import DocumentInfo, FilingRecord, Item, SourceInfo
from sec8k.officers import extract_officer_changes
from sec8k.parsed import ParsedFiling
from sec8k.record import declared_items, filing_info, item_warnings
from sec8k.text.documents import primary_index, read_documents
from sec8k.text.repair import decode_bytes

__all__ = [
    "DEFAULT_MAX_DOCUMENT_CHARS",
    "MAX_DOCUMENTS",
    "ParsedFiling",
    "extract_parsed",
    "parse_files",
    "parse_filing",
]


def parse_filing(
    data: bytes,
    *,
    name: str,
    path: str | None = None,
    max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS,
) -> ParsedFiling:
    """Parse one file: a full submission, a feed file, an index-headers page or a document.

    A document longer than ``max_document_chars`` is listed with a note and not read.
    """
    fmt = detect_format(data, name)
    text = decode_bytes(data)
    where = path or name
    file_names = [os.path.basename(name), os.path.basename(where), _parent_name(where)]
    source = SourceInfo(
        path=path or name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format=fmt,  # type: ignore[arg-type]
    )
    if fmt in ("sgml-txt", "sgml-nc", "index-headers"):
        header = parse_header(text)
        if header is None:
            raise ParseError(name, "an SGML submission without a readable <SEC-HEADER>")
        check_count(count_documents(text, MAX_DOCUMENTS + 1), name, "<DOCUMENT> sections")
        docs = split_documents(text)
        return _assemble(
            source,
            header,
            docs,
            markdown=False,
            max_document_chars=max_document_chars,
            file_names=file_names,
        )
    kind = fmt if fmt in ("html", "ixbrl") else "text"
    doc = RawDocument(body=text, first_line=1, kind=kind, filename=name.rsplit("/", 1)[-1])
    return _assemble(
        source,
        None,
        [doc],
        markdown=fmt == "markdown",
        max_document_chars=max_document_chars,
        file_names=file_names,
    )


def parse_files(
    files: Sequence[tuple[str, bytes]],
    *,
    path: str,
    max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS,
) -> ParsedFiling:
    """A folder's files, read by :func:`sec8k.io.read_folder`, as one filing.

    A full submission (or feed file) in the folder is the filing; otherwise the
    documents are read together, with the header of an index-headers page or a
    ``.hdr.sgml`` file when there is one.
    """
    check_count(len(files), path, "files")
    submission = find_submission(files, path)
    if submission is not None:
        name, data = submission
        parsed = parse_filing(
            data, name=os.path.join(path, name), path=path, max_document_chars=max_document_chars
        )
        source = parsed.record.source.model_copy(
            update={"file": name, "format": "folder", "file_format": parsed.record.source.format}
        )
        return ParsedFiling(
            parsed.record.model_copy(update={"source": source}), parsed.texts, parsed.primary
        )
    folder = folder_documents(files, path)
    return _assemble(
        folder.source,
        folder.header,
        folder.docs,
        markdown=folder.markdown,
        max_document_chars=max_document_chars,
        file_names=[folder.source.file or "", os.path.basename(path.rstrip("/\\"))],
    )


def extract_parsed(parsed: ParsedFiling) -> ParsedFiling:
    """Step 6: fill the record's extractor fields from its items and exhibits."""
    warnings = list(parsed.record.warnings)
    record = parsed.record.model_copy(
        update={
            "acquisitions": extract_acquisitions(parsed, warnings),
            "agreements": extract_agreements(parsed),
            "officer_changes": extract_officer_changes(parsed),
            "warnings": warnings,
        }
    )
    return ParsedFiling(record, parsed.texts, parsed.primary)


def _assemble(
    source: SourceInfo,
    header: Header | None,
    docs: list[RawDocument],
    markdown: bool,
    max_document_chars: int,
    file_names: list[str],
) -> ParsedFiling:
    """Steps 2-5 on a filing's documents; ``file_names`` are the file's and its folder's names."""
    names, texts, infos = read_documents(
        docs, markdown=markdown, rendering=header is None, max_document_chars=max_document_chars
    )
    primary = primary_index(docs, header.form if header else None, texts, names)
    primary_name = names[primary] if primary is not None else None
    primary_text = texts[primary_name].text if primary_name else ""

    cover_date = read_cover(primary_text).report_date if primary_text and header is None else None
    era = choose_era(header, cover_date, primary_text)
    sections = split_items(primary_text, era) if primary_text else []
    items = [
        Item(
            number=s.number,
            modern=list(s.entry.modern) if era == "legacy" else [],
            title=s.entry.title,
            heading=s.heading.text,
            document=primary_name or "",
            start=s.start,
            end=s.end,
            text=primary_text[s.start : s.end],
            empty=s.empty,
        )
        for s in sections
    ]

    entries = index_entries(primary_text, sections, era)
    items_end = max((s.end for s in sections), default=0)
    exhibits = link_exhibits(entries, docs, names, texts, primary, items_end)

    declared = declared_items(header, era)
    untitled = header.untitled_items if header else 0
    warnings = item_warnings(declared, untitled, items) + headings_only_warnings(sections)
    if primary_name is None:
        warnings.append("no readable document: the filing holds no 8-K text")
    elif not items:
        warnings.append(f"no item headings found in {primary_name}")
    if source.format == "folder" and primary is not None and source.file_format is None:
        source = source.model_copy(update={"file_format": _document_format(infos, primary_name)})
    dei = read_dei(docs[primary].body) if primary is not None else None
    record = FilingRecord(
        source=source,
        filing=filing_info(header, primary_text, declared, dei, read_names(file_names)),
        documents=infos,
        items=items,
        exhibits=exhibits,
        warnings=warnings,
    )
    return ParsedFiling(record, texts, primary_name)


def _parent_name(path: str) -> str:
    """The name of the folder ``path`` is in ("" for a bare name)."""
    return os.path.basename(os.path.dirname(path.rstrip("/\\")))


def _document_format(infos: Sequence[DocumentInfo], name: str | None) -> str | None:
    """The format of the document named ``name`` as a source format (html, ixbrl, text ...)."""
    for info in infos:
        if info.name == name and info.format in ("html", "ixbrl", "text", "markdown"):
            return info.format
    return None
