"""The whole shared corpus of real 8-Ks: no crash, and items agree with the SGML headers.

Read in place from ../shared/corpus/edgar_8k/raw (skipped when absent). The
item-agreement floor is pinned in tests/baselines/items.json; lowering it is
an explicit, reviewed change.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from extractor.errors import Sec8kError
from extractor.extract import extract_path
from models import FilingRecord
from tests.conftest import REPO

BASELINE = REPO / "tests" / "baselines" / "items.json"


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
    tp = fp = fn = 0
    rows = []
    compared = 0
    for record in records:
        declared = set(record.filing.items_declared)
        readable = any(d.text_length for d in record.documents)
        if not declared or not readable:
            continue
        compared += 1
        found = {item.number for item in record.items if not item.empty}
        tp += len(declared & found)
        fp += len(found - declared)
        fn += len(declared - found)
        if found != declared:
            name = Path(record.source.path).name
            rows.append(f"  {name:28} declared={sorted(declared)} found={sorted(found)}")
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"\nitem agreement over {compared} filings with SGML headers and text:")
    print(
        f"  precision {precision:.3f}  recall {recall:.3f}  micro F1 {f1:.3f}  (tp={tp} fp={fp} fn={fn})"
    )
    print("\n".join(rows))
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert compared >= floors["min_filings_compared"]
    assert f1 >= floors["micro_f1"], (
        f"item F1 {f1:.3f} fell below the pinned floor {floors['micro_f1']}"
    )
    assert precision >= floors["precision"]
    assert recall >= floors["recall"]


def test_items_of_documents_without_header_agree_with_the_manifest(corpus: Path) -> None:
    """HTML/iXBRL filings have no SGML header; the corpus manifest lists their items."""
    manifest = corpus / "edgar_8k" / "manifest.tsv"
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = [
            r for r in csv.DictReader(handle, delimiter="\t") if r["format"] in ("html", "ixbrl")
        ]
    tp = fp = fn = 0
    for row in rows:
        record = extract_path(corpus / "edgar_8k" / "raw" / row["folder"]).record
        listed = {n for n in row["header_items"].split(",") if n}
        found = {item.number for item in record.items if not item.empty}
        tp, fp, fn = tp + len(listed & found), fp + len(found - listed), fn + len(listed - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(
        f"\nitems of {len(rows)} HTML/iXBRL filings vs manifest: F1 {f1:.3f} (tp={tp} fp={fp} fn={fn})"
    )
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert f1 >= floors["html_micro_f1"]
