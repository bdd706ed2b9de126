"""Exhibits of one filing: the index rows linked to their documents, or bound to the text.

An index row finds its document by exhibit number (the document's TYPE), then by
pairing what is left over (:mod:`.pairing`). In a single-document rendering, an
exhibit printed after the items is bound to its span of the primary text.
"""

from __future__ import annotations

from collections import deque

from sec8k.container.sgml import RawDocument
from sec8k.exhibits.embedded import find_embedded
from sec8k.exhibits.index import (
    IndexEntry,
    NumberKey,
    document_number,
    number_key,
    parse_exhibit_index,
    parse_separate_index,
    same_keys,
)
from sec8k.exhibits.pairing import LeftoverDocument, pair_leftovers
from sec8k.items.catalogue import Era
from sec8k.items.split import Section
from sec8k.models import Exhibit
from sec8k.text.document import NormText

__all__ = ["MIN_BOUND_TEXT", "index_entries", "is_exhibit_document", "link_exhibits"]

#: Items that hold the exhibit index: current 9.01, legacy 7.
_INDEX_ITEMS = {"current": "9.01", "legacy": "7"}
#: Text after an exhibit index shorter than this is a page footer, not an exhibit.
MIN_BOUND_TEXT = 200


def index_entries(text: str, sections: list[Section], era: Era) -> list[IndexEntry]:
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


def link_exhibits(
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
        if i not in taken and is_exhibit_document(doc)
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
        if i in linked or number is None or not is_exhibit_document(doc):
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


def is_exhibit_document(doc: RawDocument) -> bool:
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
