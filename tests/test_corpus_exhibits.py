"""Exhibits on the whole shared corpus, scored against the submission's own documents.

A full submission (``.txt``/``.nc`` with ``<DOCUMENT>`` blocks) says what each exhibit is:
every ``EX-*`` document's ``<TYPE>`` carries its exhibit number. That evidence is read here
from the raw bytes, with this module's own patterns, apart from the index parser:

* **linking**: each ``EX-*`` document should be an exhibit of the record linked to that
  document (its TYPE and FILENAME), under the document's number. Precision counts the
  record's exhibits linked to an ``EX-*`` document whose number is that document's.
* **index entries**: when the primary document writes the number as an exhibit number
  (at the start of a line, or after "Exhibit"), the linked exhibit should come from the
  Item 9.01 (old Item 7) index, i.e. be ``listed``.
* **unbacked entries**: index entries filed with the report that no document carries
  (neither incorporated by reference, nor part of another exhibit, nor XBRL 101/104):
  rows the parser took for entries, or exhibits the filer left out. A ceiling is pinned.

``EX-101.*`` documents are XBRL data files that together make exhibit 101; they carry no
text and are left out. Where a person read the filing and found it disagreeing with
itself (an index that numbers an EX-99 document 99.1, a "None." Item 7 over an attached
press release), tests/gold/exhibits.jsonl says what the filing's index calls the document,
with a quote, and the scores use that. Floors are pinned in tests/baselines/exhibits.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from sec8k.io import read_path
from sec8k.models import Exhibit
from sec8k.parsed import ParsedFiling
from tests.conftest import REPO

BASELINE = REPO / "tests" / "baselines" / "exhibits.json"
VERIFIED = REPO / "tests" / "gold" / "exhibits.jsonl"

_DOCUMENT = re.compile(rb"<DOCUMENT>(.*?)(?=</DOCUMENT>|<DOCUMENT>|\Z)", re.DOTALL | re.IGNORECASE)
_TYPE = re.compile(rb"<TYPE>[ \t]*([^\s<]+)", re.IGNORECASE)
_FILENAME = re.compile(rb"<FILENAME>[ \t]*([^\s<]+)", re.IGNORECASE)
#: The header of a document block is short; its TEXT may quote other tags.
_DOCUMENT_HEAD = 1000
#: Parts of an exhibit number: 'EX-99.4(A)' -> 99, 4, a.
_PART = re.compile(r"\d+|[a-z]+")
#: An exhibit number as a filing writes it, at a line start or after "Exhibit(s)".
_WRITTEN = re.compile(
    r"(?:^[ \t*\-\u2022]*|\bexhibits?[ \t]+(?:no\.?[ \t]*)?)"
    r"(\d{1,3}(?:\.\d{1,3}){0,2}(?:\.?\(?[a-z]\)?(?![a-z]))?)(?![\d%]|[.,]\d)",
    re.IGNORECASE | re.MULTILINE,
)
#: Index numbers of the XBRL exhibits, which no text document carries.
_XBRL_NUMBERS = frozenset({(101,), (104,)})
#: An entry that says it is part of another exhibit or of the iXBRL document.
_INCLUDED = re.compile(r"\b(?:included|contained|embedded)\s+(?:in|within|as)\b", re.IGNORECASE)

Key = tuple[int | str, ...]


def _key(number: str) -> Key:
    number = number.lower().removeprefix("ex-")
    return tuple(int(p) if p.isdigit() else p for p in _PART.findall(number))


def _same(a: Key, b: Key) -> bool:
    return a == b or (*a, 0) == b or (*b, 0) == a


@dataclass(frozen=True)
class _Document:
    type: str
    filename: str | None


@dataclass(frozen=True)
class _Verified:
    """A row of tests/gold/exhibits.jsonl: what the filing's index calls one document."""

    filing: str
    type: str
    filename: str | None
    number: str | None  # the index's number for it; None: the index does not number it
    why: str
    quotes: list[str]


def _verified() -> dict[tuple[str, str, str | None], _Verified]:
    rows = [_Verified(**json.loads(line)) for line in VERIFIED.read_text("utf-8").splitlines()]
    return {(r.filing, r.type, r.filename): r for r in rows}


def _documents(folder: Path) -> list[_Document]:
    """The EX-* documents of every submission file in the folder (EX-101 data left out)."""
    found: list[_Document] = []
    for path in sorted(folder.iterdir()):
        for block in _DOCUMENT.finditer(path.read_bytes()):
            head = block.group(1)[:_DOCUMENT_HEAD]
            kind, name = _TYPE.search(head), _FILENAME.search(head)
            doc_type = kind.group(1).decode("ascii", "replace").upper() if kind else ""
            if doc_type.startswith("EX-") and not doc_type.startswith("EX-101"):
                found.append(_Document(doc_type, name.group(1).decode() if name else None))
    return found


def _linked(record_exhibits: list[Exhibit], doc: _Document) -> list[Exhibit]:
    """The record's exhibits linked to ``doc`` (FILENAME decides between equal TYPEs)."""
    same_type = [e for e in record_exhibits if (e.document_type or "").upper() == doc.type]
    by_name = [e for e in same_type if e.filename == doc.filename]
    return by_name or same_type


def _written_numbers(parsed: ParsedFiling) -> set[Key]:
    text = parsed.texts[parsed.primary].text if parsed.primary in parsed.texts else ""
    return {_key(m.group(1)) for m in _WRITTEN.finditer(text)}


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    rows: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def describe(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}"
            f"  (tp={self.tp} fp={self.fp} fn={self.fn})"
        )

    def describe_recall(self) -> str:
        return f"recall {self.recall:.3f}  ({self.tp} of {self.tp + self.fn})"


@dataclass
class _Scores:
    filings: int = 0
    documents: int = 0
    links: _Tally = field(default_factory=_Tally)
    entries: _Tally = field(default_factory=_Tally)
    unbacked: list[str] = field(default_factory=list)


def _score(corpus: Path) -> _Scores:
    verified = _verified()
    scores = _Scores()
    for folder in sorted((corpus / "edgar_8k" / "raw").iterdir()):
        docs = _documents(folder)
        if not docs:
            continue
        parsed = read_path(folder)
        exhibits = parsed.record.exhibits
        written = _written_numbers(parsed)
        scores.filings += 1
        scores.documents += len(docs)
        expected: dict[tuple[str | None, str], Key] = {}
        for doc in docs:
            row = verified.get((folder.name, doc.type, doc.filename))
            number = _key(row.number if row and row.number else doc.type)
            expected[(doc.filename, doc.type)] = number
            hits = [e for e in _linked(exhibits, doc) if _same(_key(e.number), number)]
            where = f"{folder.name:28} {doc.type:12} {doc.filename or '-':28}"
            if hits:
                scores.links.tp += 1
            else:
                scores.links.fn += 1
                scores.links.rows.append(f"  missed {where} numbers {[e.number for e in exhibits]}")
            indexed = row.number is not None if row else any(_same(number, k) for k in written)
            if not indexed:
                continue
            if any(e.listed for e in hits):
                scores.entries.tp += 1
            else:
                scores.entries.fn += 1
                scores.entries.rows.append(f"  not from the index {where}")
        for exhibit in exhibits:
            if exhibit.document_type and (exhibit.filename, exhibit.document_type.upper()) in (
                expected
            ):
                number = expected[(exhibit.filename, exhibit.document_type.upper())]
                if _same(_key(exhibit.number), number):
                    continue
                scores.links.fp += 1
                scores.links.rows.append(
                    f"  wrong  {folder.name:28} {exhibit.number!r} -> {exhibit.document_type}"
                )
            elif (
                exhibit.listed
                and exhibit.document is None
                and not exhibit.incorporated_by_reference
                and _key(exhibit.number)[:1] not in _XBRL_NUMBERS
                and not _INCLUDED.search(exhibit.description or "")
            ):
                scores.unbacked.append(
                    f"  {folder.name:28} {exhibit.number!r}: {exhibit.description!r}"
                )
    return scores


def test_exhibits_agree_with_the_submission_documents(corpus: Path) -> None:
    scores = _score(corpus)
    print(f"\nexhibits of {scores.filings} full submissions ({scores.documents} EX documents):")
    print(f"  linked to their documents: {scores.links.describe()}")
    print(f"  from the exhibit index:    {scores.entries.describe_recall()}")
    print("\n".join(scores.links.rows + scores.entries.rows))
    print(f"index entries filed with the report that no document carries: {len(scores.unbacked)}")
    print("\n".join(scores.unbacked))
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert scores.filings >= floors["min_filings"]
    assert scores.documents >= floors["min_documents"]
    assert scores.links.precision >= floors["link_precision"], scores.links.describe()
    assert scores.links.recall >= floors["link_recall"], scores.links.describe()
    assert scores.entries.recall >= floors["entry_recall"], scores.entries.describe()
    assert len(scores.unbacked) <= floors["max_unbacked_entries"]


def test_every_verified_exhibit_is_quoted_from_its_filing(corpus: Path) -> None:
    """Each row of tests/gold/exhibits.jsonl names a real document and quotes the filing."""
    for (name, doc_type, filename), row in _verified().items():
        folder = corpus / "edgar_8k" / "raw" / name
        assert _Document(doc_type, filename) in _documents(folder), (name, doc_type)
        assert row.why and row.quotes, name
        if row.number is not None:
            assert not _same(_key(row.number), _key(doc_type)), f"{name}: no disagreement"
        parsed = read_path(folder)
        text = " ".join(" ".join(t.text.split()) for t in parsed.texts.values())
        for quote in row.quotes:
            assert " ".join(quote.split()) in text, f"{name}: {quote!r} is not in the filing"
