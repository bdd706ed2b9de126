"""Every document of a filing read once into normalised text, and the primary one chosen.

A document that cannot or should not be read (an image, XBRL data, one over the size
limit, one whose markup fails) is listed with the reason and the others are still read.
"""

from __future__ import annotations

from sec8k.container.sgml import RawDocument
from sec8k.errors import ParseError
from sec8k.models import DocumentInfo
from sec8k.text.document import NormText
from sec8k.text.html import normalise_html
from sec8k.text.plain import normalise_text

__all__ = ["GENERATED_TYPES", "primary_index", "read_documents"]

#: EDGAR-generated or data documents that carry no filing text.
GENERATED_TYPES = frozenset({"XML", "EXCEL", "ZIP", "JSON", "GRAPHIC", "PDF", "COVER"})
_DATA_EXTENSIONS = frozenset({"js", "css", "json", "xsd", "xml"})


def read_documents(
    docs: list[RawDocument], *, markdown: bool, rendering: bool, max_document_chars: int
) -> tuple[list[str], dict[str, NormText], list[DocumentInfo]]:
    """Each document's unique name, the normalised texts of those read, and every document's info.

    ``rendering`` is true for a document that is the whole filing rendered as one text
    (no SGML header), whose broken lines are rejoined.
    """
    names = _unique_names(docs)
    texts: dict[str, NormText] = {}
    infos: list[DocumentInfo] = []
    for doc, name in zip(docs, names, strict=True):
        skipped = _skip_reason(doc, max_document_chars)
        norm = None
        if not skipped:
            try:
                norm = _normalise(doc, markdown, rendering=rendering)
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
    return names, texts, infos


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


def primary_index(
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
