"""Bytes of one filing -> a FilingRecord. Pure: no file or network I/O here.

The steps, each a small function: detect the format, open the container
(header + documents), normalise every readable document once, split the
primary document into items, read the exhibit index and link it to the
documents, then assemble the record and its warnings.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from sec8k.container.cover import read_cover
from sec8k.container.detect import detect_format
from sec8k.container.sgml import (
    Header,
    RawDocument,
    count_documents,
    parse_header,
    sniff_kind,
    split_documents,
)
from sec8k.errors import (
    EmptyInputError,
    InputTooLargeError,
    ParseError,
    UnsupportedFormatError,
)
from sec8k.exhibits.index import (
    IndexEntry,
    NumberKey,
    document_number,
    find_embedded,
    number_key,
    parse_exhibit_index,
    parse_separate_index,
    same_keys,
)
from sec8k.exhibits.pairing import LeftoverDocument, pair_leftovers
from sec8k.items.catalogue import Era, era_for_date, match_title
from sec8k.items.split import Section, split_items
from sec8k.models import (
    Address,
    DocumentInfo,
    Exhibit,
    FilingInfo,
    FilingRecord,
    Item,
    SourceInfo,
)
from sec8k.text.dates import yyyymmdd_to_iso
from sec8k.text.document import NormText
from sec8k.text.html import normalise_html
from sec8k.text.plain import normalise_text
from sec8k.text.repair import decode_bytes

__all__ = [
    "DEFAULT_MAX_DOCUMENT_CHARS",
    "MAX_DOCUMENTS",
    "ParsedFiling",
    "parse_files",
    "parse_filing",
]

#: An 8-K submission holds a few documents, a few hundred with images; more than this
#: is refused rather than held in memory (each document costs a record entry).
MAX_DOCUMENTS = 5_000
#: A document longer than this many characters is skipped with a note, and the rest
#: of the filing is read: 8-K documents run to a few MB, and lxml's tree of a large HTML
#: document takes several times its size. sec8k.io sets it from SEC8K_MAX_DOCUMENT_MB.
DEFAULT_MAX_DOCUMENT_CHARS = 10 * 1024 * 1024

#: EDGAR-generated or data documents that carry no filing text.
GENERATED_TYPES = frozenset({"XML", "EXCEL", "ZIP", "JSON", "GRAPHIC", "PDF", "COVER"})
_DATA_EXTENSIONS = frozenset({"js", "css", "json", "xsd", "xml"})
#: An exhibit number in a file name: "ex10-1.htm", "EX99.1.html", "ex_99.htm" (not "ex_610719").
_EXHIBIT_NAME = re.compile(r"(?<![a-z])ex[-_]?(\d{1,3})(?:[._-](\d{1,2}))?(?![\d])", re.IGNORECASE)
#: EDGAR's generated XBRL viewer pages (R1.htm ...), never a filing document.
_VIEWER_PAGE = re.compile(r"^R\d+\.htm$")
#: A document whose opening says it is the Form 8-K itself.
_FORM_8K = re.compile(r"FORM\s+8-K|8-K\b", re.IGNORECASE)
#: Items that hold the exhibit index: current 9.01, legacy 7.
_INDEX_ITEMS = {"current": "9.01", "legacy": "7"}
#: Text after an exhibit index shorter than this is a page footer, not an exhibit.
MIN_BOUND_TEXT = 200


@dataclass(frozen=True, slots=True)
class ParsedFiling:
    """The record plus the normalised texts it points into (for the extractors)."""

    record: FilingRecord
    texts: dict[str, NormText]
    primary: str | None


def _skip_reason(doc: RawDocument, max_chars: int) -> str | None:
    if doc.skipped:
        return doc.skipped
    if doc.size > max_chars:
        return (
            f"{doc.size:,} characters, over the {max_chars:,}-character limit for one document"
            " (set SEC8K_MAX_DOCUMENT_MB)"
        )
    doc_type = (doc.type or "").upper()
    ext = doc.filename.rsplit(".", 1)[-1].lower() if doc.filename and "." in doc.filename else ""
    if doc_type in GENERATED_TYPES or doc_type.startswith("EX-101") or ext in _DATA_EXTENSIONS:
        return f"EDGAR-generated or data document ({doc.type or ext}) not read as text"
    return None


def _normalise(doc: RawDocument, markdown: bool, rendering: bool) -> NormText:
    if doc.kind in ("html", "ixbrl"):
        return normalise_html(doc.body, first_line=doc.first_line, name=doc.name)
    return normalise_text(doc.body, first_line=doc.first_line, markdown=markdown, rejoin=rendering)


def _unique_names(docs: list[RawDocument]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for index, doc in enumerate(docs):
        name = doc.name
        if name in seen:
            name = f"{name}#{index + 1}"
        names.append(name)
        seen.add(name)
    return names


def _primary_index(
    docs: list[RawDocument], form: str | None, texts: dict[str, NormText], names: list[str]
) -> int | None:
    readable = [i for i, name in enumerate(names) if name in texts]
    if not readable:
        return None
    wanted = (form or "8-K").upper()
    for i in readable:
        if (docs[i].type or "").upper() == wanted:
            return i
    for i in readable:
        if (docs[i].type or "").upper().startswith("8-K"):
            return i
    return readable[0]


def _era(header: Header | None, report_date: str | None, text: str) -> Era:
    dated = yyyymmdd_to_iso(header.filed or header.period) if header else None
    era = era_for_date(dated or report_date)
    if era:
        return era
    current = split_items(text, "current")
    legacy = split_items(text, "legacy")
    return "current" if len(current) >= len(legacy) else "legacy"


def _declared(header: Header | None, era: Era) -> list[str]:
    if header is None:
        return []
    numbers: list[str] = []
    for raw in header.items:
        entry = match_title(raw, era) or match_title(raw, None)
        number = entry.number if entry else raw.strip()
        if number not in numbers:
            numbers.append(number)
    return numbers


def _index_entries(text: str, sections: list[Section], era: Era) -> list[IndexEntry]:
    """The exhibits item's list, or else an index printed after the last item's heading.

    A text with no item headings is no report (a contract read on its own): its
    "Exhibits" headings head the contract's own schedules, never an exhibit index.
    """
    wanted = _INDEX_ITEMS[era]
    for section in sections:
        if section.number == wanted:
            entries = parse_exhibit_index(text, section.start, section.end)
            if entries:
                return entries
    return parse_separate_index(text, sections[-1].start) if sections else []


def _index_after_items(text: str, items_end: int) -> int | None:
    """Where an exhibit index printed after the items (and the signatures) ends, if one is."""
    rows = parse_separate_index(text, items_end) if items_end else []
    return max(e.end for e in rows) if rows else None


def _link_exhibits(
    entries: list[IndexEntry],
    docs: list[RawDocument],
    names: list[str],
    texts: dict[str, NormText],
    primary: int | None,
    items_end: int,
) -> list[Exhibit]:
    exhibits: list[Exhibit] = []
    linked: set[int] = set()
    # Documents waiting to be linked, in order, by exhibit number: linking stays linear
    # in entries + documents (an index of thousands of rows met thousands of documents).
    waiting: dict[NumberKey, deque[int]] = {}
    for i, doc in enumerate(docs):
        waiting.setdefault(number_key(document_number(doc.type) or ""), deque()).append(i)
    matches: list[int | None] = []
    for entry in entries:
        queues = [q for key in same_keys(entry.number) if (q := waiting.get(key))]
        matches.append(min(queues, key=lambda q: q[0]).popleft() if queues else None)
    taken = {m for m in matches if m is not None}
    leftover_rows = [
        i
        for i, (entry, match) in enumerate(zip(entries, matches, strict=True))
        if match is None and not entry.incorporated_by_reference
    ]
    leftover_docs = [
        LeftoverDocument(i, doc.type, doc.description)
        for i, doc in enumerate(docs)
        if i not in taken and _is_exhibit_document(doc)
    ]
    if leftover_rows and leftover_docs:
        for row, doc_index in pair_leftovers(entries, leftover_rows, leftover_docs).items():
            matches[row] = doc_index
    for entry, match in zip(entries, matches, strict=True):
        text: str | None = None
        document: str | None = None
        if match is not None:
            linked.add(match)
            document = names[match]
            text = texts[document].text if document in texts else None
        exhibits.append(
            Exhibit(
                number=entry.number,
                description=entry.description,
                document_type=docs[match].type if match is not None else None,
                filename=docs[match].filename if match is not None else None,
                document=document,
                listed=True,
                incorporated_by_reference=entry.incorporated_by_reference,
                reference=entry.reference,
                text=text,
                start=0 if text is not None else None,
            )
        )
    if primary is not None and len(docs) == 1:
        text = texts[names[primary]].text
        # an index printed again after the signatures: its rows are never an exhibit's start
        index_end = _index_after_items(text, items_end)
        exhibits = _bind_embedded(exhibits, entries, text, names[primary], index_end or items_end)
        if index_end is not None:
            exhibits = _bind_under_index(exhibits, text, names[primary], index_end)
    for i, doc in enumerate(docs):
        number = document_number(doc.type)
        if i in linked or number is None or not _is_exhibit_document(doc):
            continue
        exhibits.append(
            Exhibit(
                number=number,
                description=doc.description,
                document_type=doc.type,
                filename=doc.filename,
                document=names[i],
                listed=False,
                text=texts[names[i]].text if names[i] in texts else None,
                start=0 if names[i] in texts else None,
            )
        )
    return exhibits


def _is_exhibit_document(doc: RawDocument) -> bool:
    """An EX-* document with a number, other than the XBRL data files of exhibit 101."""
    doc_type = (doc.type or "").upper()
    return document_number(doc_type) is not None and not doc_type.startswith("EX-101")


def _bind_under_index(
    exhibits: list[Exhibit], text: str, name: str, index_end: int
) -> list[Exhibit]:
    """The one exhibit of the filing's own that no title line places, printed right under an
    exhibit index after the signatures: old filings append the press release so."""
    own = [e for e in exhibits if e.document is None and not e.incorporated_by_reference]
    placed = any(e.document == name for e in exhibits)  # a title line placed one already
    if len(own) != 1 or placed:
        return exhibits
    start = len(text) - len(text[index_end:].lstrip())
    if len(text) - start < MIN_BOUND_TEXT:
        return exhibits  # a page footer, not an exhibit
    bound = own[0].model_copy(
        update={"document": name, "text": text[start:].rstrip(), "start": start}
    )
    return [bound if e is own[0] else e for e in exhibits]


def _bind_embedded(
    exhibits: list[Exhibit], entries: list[IndexEntry], text: str, name: str, items_end: int
) -> list[Exhibit]:
    """Exhibits printed inside a single-document rendering, after the items."""
    starts = find_embedded(text, entries, items_end)
    if not starts:
        return exhibits
    ordered = sorted(starts.values())
    bound: list[Exhibit] = []
    for exhibit in exhibits:
        start = starts.get(exhibit.number)
        if start is None or exhibit.document is not None:
            bound.append(exhibit)
            continue
        end = next((s for s in ordered if s > start), len(text))
        bound.append(
            exhibit.model_copy(
                update={"document": name, "text": text[start:end].rstrip(), "start": start}
            )
        )
    return bound


def _address(fields: dict[str, str]) -> Address | None:
    return Address(**fields) if fields else None


def _filing_info(header: Header | None, primary_text: str, declared: list[str]) -> FilingInfo:
    cover = read_cover(primary_text) if primary_text else None
    if header is None:
        return FilingInfo(
            form_type=cover.form_type if cover else None,
            company_name=cover.company_name if cover else None,
            report_date=cover.report_date if cover else None,
        )
    return FilingInfo(
        accession_number=header.accession,
        form_type=header.form,
        company_name=header.company,
        cik=header.cik.lstrip("0") or None if header.cik else None,
        sic=header.sic,
        state_of_incorporation=header.state_of_incorporation,
        business_address=_address(header.business_address),
        mail_address=_address(header.mail_address),
        filed_date=yyyymmdd_to_iso(header.filed),
        report_date=yyyymmdd_to_iso(header.period) or (cover.report_date if cover else None),
        items_declared=declared,
        items_declared_untitled=header.untitled_items,
    )


def _item_warnings(declared: list[str], untitled: int, items: list[Item]) -> list[str]:
    """What the header declares and the text does not show, or the other way round.

    An untitled declaration (a blank ``ITEM INFORMATION:`` line) stands for one item the
    text reports and the titled lines do not name.
    """
    if not declared and not untitled:
        return []
    found = {i.number for i in items if not i.empty}
    warnings = []
    missing = [n for n in declared if n not in found]
    extra = sorted(found - set(declared))
    if missing:
        warnings.append(
            f"items declared in the header but not found in the text: {', '.join(missing)}"
        )
    if len(extra) > untitled:
        also = f" (and {untitled} declared without a title)" if untitled else ""
        warnings.append(
            f"items found in the text but not declared in the header{also}: {', '.join(extra)}"
        )
    elif len(extra) < untitled:
        warnings.append(
            f"the header declares {untitled} items without a title; the text reports"
            f" {len(extra)} items the header does not name"
        )
    return warnings


def _assemble(
    source: SourceInfo,
    header: Header | None,
    docs: list[RawDocument],
    markdown: bool,
    max_document_chars: int,
) -> ParsedFiling:
    names = _unique_names(docs)
    texts: dict[str, NormText] = {}
    infos: list[DocumentInfo] = []
    for doc, name in zip(docs, names, strict=True):
        skipped = _skip_reason(doc, max_document_chars)
        norm = None
        if not skipped:
            try:
                norm = _normalise(doc, markdown, rendering=header is None)
            except ParseError as exc:
                # One unreadable document does not cost the filing its other documents.
                skipped = f"not read: {exc.reason}"
        if norm is not None:
            texts[name] = norm
        infos.append(
            DocumentInfo(
                name=name,
                sequence=doc.sequence,
                type=doc.type,
                filename=doc.filename,
                description=doc.description,
                format="markdown" if markdown and doc.kind == "text" else doc.kind,  # type: ignore[arg-type]
                size=doc.size,
                text_length=len(norm.text) if norm else 0,
                skipped=skipped,
            )
        )
    primary = _primary_index(docs, header.form if header else None, texts, names)
    primary_name = names[primary] if primary is not None else None
    primary_text = texts[primary_name].text if primary_name else ""
    cover_date = read_cover(primary_text).report_date if primary_text and header is None else None
    era = _era(header, cover_date, primary_text)
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
    declared = _declared(header, era)
    entries = _index_entries(primary_text, sections, era)
    items_end = max((s.end for s in sections), default=0)
    exhibits = _link_exhibits(entries, docs, names, texts, primary, items_end)
    untitled = header.untitled_items if header else 0
    warnings = _item_warnings(declared, untitled, items)
    if primary_name is None:
        warnings.append("no readable document: the filing holds no 8-K text")
    elif not items:
        warnings.append(f"no item headings found in {primary_name}")
    record = FilingRecord(
        source=source,
        filing=_filing_info(header, primary_text, declared),
        documents=infos,
        items=items,
        exhibits=exhibits,
        warnings=warnings,
    )
    return ParsedFiling(record, texts, primary_name)


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
        _check_count(count_documents(text, MAX_DOCUMENTS + 1), name, "<DOCUMENT> sections")
        docs = split_documents(text)
        return _assemble(
            source, header, docs, markdown=False, max_document_chars=max_document_chars
        )
    kind = fmt if fmt in ("html", "ixbrl") else "text"
    doc = RawDocument(body=text, first_line=1, kind=kind, filename=name.rsplit("/", 1)[-1])
    return _assemble(
        source, None, [doc], markdown=fmt == "markdown", max_document_chars=max_document_chars
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
    _check_count(len(files), path, "files")
    for name, data in files:
        fmt, _ = _format_in_folder(data, name, path)
        if fmt in ("sgml-txt", "sgml-nc") and count_documents(decode_bytes(data[:1_000_000]), 1):
            parsed = parse_filing(
                data,
                name=os.path.join(path, name),
                path=path,
                max_document_chars=max_document_chars,
            )
            source = parsed.record.source.model_copy(update={"file": name, "format": "folder"})
            return ParsedFiling(
                parsed.record.model_copy(update={"source": source}), parsed.texts, parsed.primary
            )
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
    markdown = formats == ["markdown"]
    return _assemble(source, header, docs, markdown=markdown, max_document_chars=max_document_chars)


def _format_in_folder(
    data: bytes, name: str, folder: str
) -> tuple[str | None, EmptyInputError | UnsupportedFormatError | None]:
    """The file's format, or why it is junk: one junk file does not fail its folder."""
    try:
        return detect_format(data, os.path.join(folder, name)), None
    except (EmptyInputError, UnsupportedFormatError) as exc:
        return None, exc


def _check_count(count: int, source: str, what: str) -> None:
    if count > MAX_DOCUMENTS:
        raise InputTooLargeError(
            source, f"more than {MAX_DOCUMENTS:,} {what}; an 8-K submission holds a few dozen"
        )


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
