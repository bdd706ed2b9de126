"""EDGAR containers: full submissions (.txt), feed files (.nc) and -index-headers pages.

Pure functions over decoded text. The header is read into flat fields; every
<DOCUMENT> becomes a :class:`RawDocument` whose body is sliced, not copied
around, and whose payload kind is decided from its first bytes so that
uuencoded, PDF and image payloads are skipped without decoding them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

__all__ = ["Header", "RawDocument", "count_documents", "parse_header", "split_documents"]

_HEADER_START = re.compile(r"<(?:SEC|IMS)-HEADER>|<SUBMISSION>", re.IGNORECASE)
_HEADER_END = re.compile(r"</(?:SEC|IMS)-HEADER>|<DOCUMENT>", re.IGNORECASE)
#: "KEY:<tabs>value" lines of the full-submission header, with their indentation.
#: The value runs to the end of the line and is stripped in Python: a lazy value
#: followed by ``[ \t]*$`` backtracks quadratically over long runs of blanks.
_KV_LINE = re.compile(r"^(\t*)([A-Z][A-Z0-9 ,'&()/.-]*?):[ \t]*(.*)")
#: "<KEY>value" and "</KEY>" tags of the feed format (several may share a line).
_TAG = re.compile(r"<(/?)([A-Z][A-Z0-9-]*)>([^<\r\n]*)")
_DOC_OPEN = re.compile(r"<DOCUMENT>", re.IGNORECASE)
_DOC_CLOSE = re.compile(r"</DOCUMENT>", re.IGNORECASE)
_DOC_META = re.compile(r"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^<\r\n]*)", re.IGNORECASE)
_TEXT_OPEN = re.compile(r"<TEXT>", re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.IGNORECASE)
#: The <XBRL>/<XML>/<PDF> tag around a document's payload. Used with ``match(text, pos)``,
#: which anchors at ``pos``, so it has no ``^`` (that would pin it to offset 0).
_WRAPPER = re.compile(r"\s*<(XBRL|XML|PDF)>\s*", re.IGNORECASE)
_UUENCODE = re.compile(r"^\s*begin [0-7]{3} \S", re.IGNORECASE)
#: Four lines of nothing but base64 characters open a base64 payload.
_BASE64 = re.compile(r"\s*(?:[A-Za-z0-9+/]{40,}={0,2}[ \t]*\r?\n){4}")
#: Tags only HTML has (old SGML text documents carry <TABLE>, <S>, <C>, <PAGE> too).
_HTML_MARK = re.compile(r"<(?:html|body|div|p|font|br|center|td|tr)[\s>/]", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_IXBRL_MARK = re.compile(r"<ix:|xmlns:ix=", re.IGNORECASE)
#: How far into a body we look to decide its kind.
SNIFF_CHARS = 4096
#: Header sections nest three deep (FILER > COMPANY DATA > ...); deeper openings are
#: ignored, so that a header of thousands of unclosed sections stays linear.
MAX_SECTION_DEPTH = 8
#: A header declares a handful of items; lines beyond this many are not read (each is
#: matched against the whole item catalogue).
MAX_HEADER_ITEMS = 64

#: Header keys in both spellings -> our field names. Section keys open blocks.
_FIELD = {
    "ACCESSION NUMBER": "accession",
    "ACCESSION-NUMBER": "accession",
    "CONFORMED SUBMISSION TYPE": "form",
    "TYPE": "form",
    "CONFORMED PERIOD OF REPORT": "period",
    "PERIOD": "period",
    "FILED AS OF DATE": "filed",
    "FILING-DATE": "filed",
    "ITEM INFORMATION": "items",
    "ITEMS": "items",
    "COMPANY CONFORMED NAME": "company",
    "CONFORMED-NAME": "company",
    "CENTRAL INDEX KEY": "cik",
    "CIK": "cik",
    "STANDARD INDUSTRIAL CLASSIFICATION": "sic",
    "ASSIGNED-SIC": "sic",
    "STATE OF INCORPORATION": "state_of_incorporation",
    "STATE-OF-INCORPORATION": "state_of_incorporation",
    "STREET 1": "street1",
    "STREET1": "street1",
    "STREET 2": "street2",
    "STREET2": "street2",
    "CITY": "city",
    "STATE": "state",
    "ZIP": "zip",
    "BUSINESS PHONE": "phone",
    "PHONE": "phone",
}
_SECTION = {
    "FILER": "filer",
    "SUBJECT COMPANY": "filer",
    "SUBJECT-COMPANY": "filer",
    "FILED BY": "filed_by",
    "FILED-BY": "filed_by",
    "BUSINESS ADDRESS": "business_address",
    "BUSINESS-ADDRESS": "business_address",
    "MAIL ADDRESS": "mail_address",
    "MAIL-ADDRESS": "mail_address",
    "FORMER COMPANY": "former",
    "FORMER-COMPANY": "former",
    "COMPANY DATA": "company_data",
    "COMPANY-DATA": "company_data",
    "FILING VALUES": "filing_values",
    "FILING-VALUES": "filing_values",
}
_ADDRESS_FIELDS = ("street1", "street2", "city", "state", "zip", "phone")


@dataclass(frozen=True, slots=True)
class Header:
    """What the SGML header says, as written (dates as YYYYMMDD)."""

    accession: str | None = None
    form: str | None = None
    period: str | None = None
    filed: str | None = None
    items: tuple[str, ...] = ()
    #: ``ITEM INFORMATION:`` lines with no title: items declared without saying which
    #: (EDGAR's headers of about 1996-2004 print many so).
    untitled_items: int = 0
    company: str | None = None
    cik: str | None = None
    sic: str | None = None
    state_of_incorporation: str | None = None
    business_address: dict[str, str] = field(default_factory=dict)
    mail_address: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One <DOCUMENT> (or a whole single-document file): metadata and body slice."""

    body: str
    first_line: int
    kind: str  # html | ixbrl | text | xml | binary | empty
    type: str | None = None
    sequence: int | None = None
    filename: str | None = None
    description: str | None = None
    skipped: str | None = None
    #: Characters of a body that was not kept (binary and XML payloads are never copied).
    body_size: int | None = None

    @property
    def size(self) -> int:
        return self.body_size if self.body_size is not None else len(self.body)

    @property
    def name(self) -> str:
        if self.filename:
            return self.filename
        return f"seq-{self.sequence}" if self.sequence is not None else "document"


def _header_events(block: str) -> list[tuple[tuple[str, ...], str, str]]:
    """(section path, key, value) for every header field, in order."""
    events: list[tuple[tuple[str, ...], str, str]] = []
    stack: list[tuple[int, str]] = []  # (depth, section) for the KV style
    tag_stack: list[str] = []
    for line in block.splitlines():
        if "<" in line and _TAG.search(line):
            for closing, key, value in _TAG.findall(line):
                value = value.strip()
                if key in _SECTION:
                    if closing:
                        while tag_stack and tag_stack.pop() != _SECTION[key]:
                            pass
                    elif not value and len(tag_stack) < MAX_SECTION_DEPTH:
                        tag_stack.append(_SECTION[key])
                    continue
                if not closing and key in _FIELD:
                    events.append((tuple(tag_stack), _FIELD[key], value))
            continue
        match = _KV_LINE.match(line)
        if not match:
            continue
        depth, key = len(match.group(1)), match.group(2).strip()
        value = match.group(3).rstrip(" \t")
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if key in _SECTION and not value and len(stack) < MAX_SECTION_DEPTH:
            stack.append((depth, _SECTION[key]))
        elif key in _FIELD:
            events.append((tuple(s for _, s in stack), _FIELD[key], value))
    return events


def parse_header(text: str) -> Header | None:
    """Read the SGML header of a full submission, feed file or index-headers page."""
    start = _HEADER_START.search(text, 0, 200_000)
    if start is None:
        return None
    end = _HEADER_END.search(text, start.end())
    block = text[start.end() : end.start() if end else len(text)]
    values: dict[str, str] = {}
    items: list[str] = []
    untitled = 0
    addresses: dict[str, dict[str, str]] = {"business_address": {}, "mail_address": {}}
    first_filer: str | None = None
    for path, key, value in _header_events(block):
        if key == "items":
            if len(items) + untitled >= MAX_HEADER_ITEMS:
                continue
            if value:
                items.append(value)
            else:
                untitled += 1
            continue
        filer = next((s for s in path if s in ("filer", "filed_by")), None)
        if filer is not None:
            first_filer = first_filer or filer
            if filer != first_filer or "former" in path:
                continue
        section = next((s for s in path if s in addresses), None)
        if section and key in _ADDRESS_FIELDS:
            addresses[section].setdefault(key, value)
        elif (
            value
            and key not in values
            and not (key == "form" and path and "filing_values" not in path)
        ):
            values[key] = value
    return Header(
        accession=values.get("accession"),
        form=values.get("form"),
        period=values.get("period"),
        filed=values.get("filed"),
        items=tuple(items),
        untitled_items=untitled,
        company=values.get("company"),
        cik=values.get("cik"),
        sic=values.get("sic"),
        state_of_incorporation=values.get("state_of_incorporation"),
        business_address=addresses["business_address"],
        mail_address=addresses["mail_address"],
    )


def sniff_kind(body: str, filename: str | None = None) -> tuple[str, str | None]:
    """Decide a body's kind from its first characters: (kind, reason it is skipped)."""
    head = body[:SNIFF_CHARS]
    if not head.strip():
        return "empty", "the document has no text"
    ext = filename.rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    if _UUENCODE.match(head):
        return "binary", f"uuencoded payload ({ext or 'binary'}) not decoded"
    if _BASE64.match(head):
        return "binary", f"base64 payload ({ext or 'binary'}) not decoded"
    if head.lstrip()[:5].upper() == "<PDF>" or ext in {
        "pdf",
        "jpg",
        "jpeg",
        "gif",
        "png",
        "zip",
        "xlsx",
        "xls",
    }:
        return "binary", f"binary payload ({ext or 'pdf'}) not decoded"
    stripped = head.lstrip()
    if ext in {"xml", "xsd"} or (stripped.startswith("<?xml") and not _HTML_MARK.search(head)):
        return "xml", "XML data document (XBRL schema or instance) not read as text"
    if ext == "txt" and not _HTML_ROOT.search(head):
        return "text", None
    if _HTML_MARK.search(head) or ext in {"htm", "html"}:
        return ("ixbrl" if _IXBRL_MARK.search(head) else "html"), None
    return "text", None


def count_documents(text: str, stop: int) -> int:
    """How many <DOCUMENT>s the text opens, counting no further than ``stop``."""
    return sum(1 for _ in islice(_DOC_OPEN.finditer(text), stop))


def split_documents(text: str) -> list[RawDocument]:
    """Every <DOCUMENT> of a submission, in order; an unclosed one runs to the next."""
    opens = [m.end() for m in _DOC_OPEN.finditer(text)]
    documents: list[RawDocument] = []
    line = 1
    position = 0
    for index, start in enumerate(opens):
        limit = opens[index + 1] if index + 1 < len(opens) else len(text)
        close = _DOC_CLOSE.search(text, start, limit)
        end = close.start() if close else limit
        text_open = _TEXT_OPEN.search(text, start, end)
        meta_end = text_open.start() if text_open else end
        meta: dict[str, str] = {}
        for key, value in _DOC_META.findall(text, start, meta_end):
            meta.setdefault(key.upper(), value.strip())
        body_start = text_open.end() if text_open else meta_end
        text_close = _TEXT_CLOSE.search(text, body_start, end) if text_open else None
        body_end = text_close.start() if text_close else end
        wrapper = _WRAPPER.match(text, body_start, body_end)
        if wrapper:
            body_start = wrapper.end()
            closing = text.rfind(f"</{wrapper.group(1)}>", body_start, body_end)
            body_end = closing if closing >= 0 else body_end
        line += text.count("\n", position, body_start)
        position = body_start
        filename = meta.get("FILENAME") or None
        head = text[body_start : min(body_end, body_start + SNIFF_CHARS)]
        kind, skipped = sniff_kind(head, filename)
        # A payload that is not read is not copied either (a 30 MB uuencoded PDF stays put).
        kept = kind not in ("binary", "xml")
        sequence = meta.get("SEQUENCE", "")
        documents.append(
            RawDocument(
                body=text[body_start:body_end] if kept else "",
                body_size=None if kept else body_end - body_start,
                first_line=line,
                kind=kind,
                type=meta.get("TYPE") or None,
                sequence=int(sequence) if sequence.isdigit() else None,
                filename=filename,
                description=meta.get("DESCRIPTION") or None,
                skipped=skipped,
            )
        )
    return documents
