"""The whole shared corpus of real 8-Ks: no crash, and items agree with the SGML headers.

Read in place from ../shared/corpus/edgar_8k/raw (skipped when absent). The
item-agreement floor is pinned in tests/baselines/items.json; lowering it is
an explicit, reviewed change.

Items are scored twice: against what the header (or EDGAR's index, for HTML-only
filings) lists, and against the verified items: the same lists, except for the
filings in tests/gold/items.jsonl, where a person read the filing and found the
list wrong (an undeclared Item 9.01, legacy Item 12 that 2004 headers leave out...),
with a quote from the filing for each correction.

A blank ``ITEM INFORMATION:`` line (headers of about 1996-2004 print many) declares an
item without saying which: it is scored as agreeing with one item the text reports and
the titled lines do not name, and as missed when there is none.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from sec8k.errors import Sec8kError
from sec8k.extract import extract_path
from sec8k.models import FilingRecord
from tests.conftest import REPO

BASELINE = REPO / "tests" / "baselines" / "items.json"
VERIFIED = REPO / "tests" / "gold" / "items.jsonl"


@dataclass(frozen=True)
class _Correction:
    """A row of tests/gold/items.jsonl: a filing whose item list disagrees with its text."""

    filing: str
    listed_by: str  # "sgml-header" or "manifest"
    listed: list[str]
    items: list[str]
    why: str
    quotes: list[str]
    untitled: int = 0  # blank ITEM INFORMATION lines beside ``listed``


def _verified() -> dict[str, _Correction]:
    """Filing (accession) -> its correction."""
    lines = VERIFIED.read_text(encoding="utf-8").splitlines()
    rows = [_Correction(**json.loads(line)) for line in lines]
    return {row.filing: row for row in rows}


def _found(record: FilingRecord) -> set[str]:
    return {item.number for item in record.items if not item.empty}


class _Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, truth: set[str], found: set[str], untitled: int = 0) -> None:
        """``untitled`` items are declared without their numbers: each matches one found
        item that ``truth`` does not name."""
        extra = len(found - truth)
        matched = min(untitled, extra)
        self.tp += len(truth & found) + matched
        self.fp += extra - matched
        self.fn += len(truth - found) + untitled - matched

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def describe(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  micro F1 {self.f1:.3f}"
            f"  (tp={self.tp} fp={self.fp} fn={self.fn})"
        )


def _records(corpus: Path) -> tuple[list[FilingRecord], list[str]]:
    records, errors = [], []
    for folder in sorted((corpus / "edgar_8k" / "raw").iterdir()):
        try:
            records.append(extract_path(folder).record)
        except Sec8kError as exc:  # a typed error is reported, never a crash
            errors.append(str(exc))
    return records, errors


def test_every_corpus_filing_yields_a_record(corpus: Path) -> None:
    folders = [p for p in (corpus / "edgar_8k" / "raw").iterdir() if p.is_dir()]
    records, errors = _records(corpus)
    assert errors == []
    assert len(records) == len(folders) == 179
    # Every record points into text it holds: item texts are their own spans.
    for record in records:
        for item in record.items:
            assert item.end - item.start == len(item.text)


def test_items_agree_with_declared_items(corpus: Path) -> None:
    records, _ = _records(corpus)
    verified = _verified()
    header, checked = _Score(), _Score()
    rows = []
    compared = 0
    for record in records:
        declared = set(record.filing.items_declared)
        untitled = record.filing.items_declared_untitled
        readable = any(d.text_length for d in record.documents)
        if not (declared or untitled) or not readable:
            continue
        compared += 1
        found = _found(record)
        name = Path(record.source.path).name
        header.add(declared, found, untitled)
        if name in verified:
            checked.add(set(verified[name].items), found)
        else:
            checked.add(declared, found, untitled)
        agrees = declared <= found and len(found - declared) == untitled
        if not agrees:
            mark = (
                "verified" if name in verified and found == set(verified[name].items) else "WRONG"
            )
            rows.append(
                f"  {name:28} declared={sorted(declared)} +{untitled} untitled"
                f" found={sorted(found)} {mark}"
            )
    print(f"\nitem agreement over {compared} filings with SGML headers and text:")
    print(f"  vs the header:         {header.describe()}")
    print(f"  vs the verified items: {checked.describe()}")
    print("\n".join(rows))
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert compared >= floors["min_filings_compared"]
    assert header.f1 >= floors["micro_f1"], (
        f"item F1 {header.f1:.3f} fell below the pinned floor {floors['micro_f1']}"
    )
    assert header.precision >= floors["precision"]
    assert header.recall >= floors["recall"]
    assert checked.f1 >= floors["verified_micro_f1"], (
        f"item F1 against the verified items {checked.f1:.3f} fell below {floors['verified_micro_f1']}"
    )


def test_every_verified_correction_is_quoted_from_its_filing(corpus: Path) -> None:
    """The rows of tests/gold/items.jsonl hold what the header lists and quotes the text."""
    manifest = corpus / "edgar_8k" / "manifest.tsv"
    with manifest.open(encoding="utf-8", newline="") as handle:
        listed_by_manifest = {
            r["folder"]: [n for n in r["header_items"].split(",") if n]
            for r in csv.DictReader(handle, delimiter="\t")
        }
    for name, row in _verified().items():
        parsed = extract_path(corpus / "edgar_8k" / "raw" / name)
        listed = (
            parsed.record.filing.items_declared
            if row.listed_by == "sgml-header"
            else listed_by_manifest[name]
        )
        assert sorted(listed) == sorted(row.listed), name
        if row.listed_by == "sgml-header":
            assert parsed.record.filing.items_declared_untitled == row.untitled, name
        assert sorted(row.items) != sorted(row.listed) and row.why and row.quotes, name
        text = " ".join(" ".join(t.text.split()) for t in parsed.texts.values())
        for quote in row.quotes:
            assert " ".join(quote.split()) in text, f"{name}: {quote!r} is not in the filing"


def test_items_of_documents_without_header_agree_with_the_manifest(corpus: Path) -> None:
    """HTML/iXBRL filings have no SGML header; the corpus manifest lists their items."""
    manifest = corpus / "edgar_8k" / "manifest.tsv"
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = [
            r for r in csv.DictReader(handle, delimiter="\t") if r["format"] in ("html", "ixbrl")
        ]
    verified = _verified()
    listed_score, checked = _Score(), _Score()
    for row in rows:
        record = extract_path(corpus / "edgar_8k" / "raw" / row["folder"]).record
        listed = {n for n in row["header_items"].split(",") if n}
        found = _found(record)
        correction = verified.get(row["folder"])
        listed_score.add(listed, found)
        checked.add(set(correction.items) if correction else listed, found)
    print(f"\nitems of {len(rows)} HTML/iXBRL filings")
    print(f"  vs the manifest:       {listed_score.describe()}")
    print(f"  vs the verified items: {checked.describe()}")
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert listed_score.f1 >= floors["html_micro_f1"]
    assert checked.f1 >= floors["verified_micro_f1"]
