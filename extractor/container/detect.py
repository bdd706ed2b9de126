"""What kind of file is this? Decided from its first bytes (and its name)."""

from __future__ import annotations

import re

from sec8k.errors import EmptyInputError, UnsupportedFormatError, WrongInputError

__all__ = ["detect_format"]

_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip file (decompress it first)"),
    (b"(\xb5/\xfd", "a zstd file (decompress it first)"),
)
_SNIFF = 8192
_SEC_HEADER = re.compile(rb"<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>", re.IGNORECASE)
_SUBMISSION = re.compile(rb"^\s*<SUBMISSION>", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype html|html|body|div|p|table|font|center)[\s>/]", re.IGNORECASE)
_IXBRL = re.compile(rb"<ix:|xmlns:ix=", re.IGNORECASE)
#: EDGAR's filing index page (``ACCESSION-index.html``): a list of the filing's documents.
_INDEX_PAGE = re.compile(
    rb"<title>\s*EDGAR Filing Documents for\s+(\d{10}-\d{2}-\d{6})?", re.IGNORECASE
)
_MARKDOWN = re.compile(rb"^(?:#{1,6} |\*\*[^*\n]+\*\*|- \*\*)|\\\$", re.MULTILINE)
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
#: Share of control bytes above which a file is binary junk, not text.
MAX_CONTROL_SHARE = 0.05


def _wide_encoding(head: bytes) -> str | None:
    """UTF-32 or UTF-16 by byte-order mark, or UTF-16 by a NUL byte beside every character."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    pairs = len(head) // 2
    if pairs < 8:
        return None
    for nuls, chars in ((head[1::2], head[0::2]), (head[0::2], head[1::2])):
        if nuls.count(0) >= 0.9 * pairs and chars.count(0) <= 0.1 * pairs:
            return "UTF-16"
    return None


def detect_format(data: bytes, name: str) -> str:
    """One of sgml-txt, sgml-nc, index-headers, ixbrl, html, markdown, text."""
    head = data[:_SNIFF]
    if not head.strip():
        raise EmptyInputError(name, "the file is empty (no text to read)")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormatError(name, f"this is {what}, not an 8-K filing")
    wide = _wide_encoding(head)
    if wide is not None:
        raise UnsupportedFormatError(
            name, f"{wide} text; sec8k reads UTF-8 and Windows-1252 (convert it to UTF-8 first)"
        )
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls / len(head) > MAX_CONTROL_SHARE:
        raise UnsupportedFormatError(name, "binary data (control bytes), not a text or HTML filing")
    if _SUBMISSION.match(head):
        return "sgml-nc"
    if _SEC_HEADER.search(head):
        if _HTML.search(head[: head.find(b"<SEC-HEADER>") if b"<SEC-HEADER>" in head else 0]):
            return "index-headers"
        return "sgml-txt"
    if index := _INDEX_PAGE.search(head):
        accession = (index.group(1) or b"").decode() or "ACCESSION"
        raise WrongInputError(
            name,
            "an EDGAR filing index page, not a filing: give the filing it lists, e.g. its full "
            f"submission {accession}.txt (sec8k fetch downloads it) or its primary document",
        )
    if _HTML.search(head) or name.lower().endswith((".htm", ".html")):
        return "ixbrl" if _IXBRL.search(data[: _SNIFF * 8]) else "html"
    if name.lower().endswith(".md") or _MARKDOWN.search(head):
        return "markdown"
    return "text"
