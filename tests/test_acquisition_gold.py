"""Score the acquisition extractor field by field against the hand-built gold set.

tests/gold/acquisitions.jsonl holds, per filing, the true terms with a verbatim
quote per value (see tests/gold/README.md). Floors are pinned in
tests/baselines/acquisitions.json; a score below its floor fails.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from sec8k.extract import extract_path
from sec8k.models import Acquisition
from tests.conftest import REPO

GOLD = REPO / "tests" / "gold" / "acquisitions.jsonl"
BASELINE = REPO / "tests" / "baselines" / "acquisitions.json"
FIELDS = (
    "kind",
    "stage",
    "acquirer",
    "acquirer_subsidiary",
    "target",
    "target_location",
    "seller",
    "closing_date",
    "percent_acquired",
    "total_consideration",
    "cash",
    "shares_issued",
    "share_class",
    "per_share_price",
    "contingent_consideration",
)
MONEY = {"total_consideration", "cash", "per_share_price"}
QUANTITY = {"percent_acquired", "shares_issued"}


def _name(value: str) -> str:
    """Names compare without case, punctuation or a leading article ("The Walt Disney Company")."""
    return re.sub(r"^the ", "", re.sub(r"[^a-z0-9]+", " ", value.lower()).strip())


def _gold_value(name: str, cell: Any) -> Any:
    if cell is None:
        return None
    if name in ("kind", "stage"):
        return cell
    value = cell["value"]
    if name in MONEY:
        return (Decimal(str(value)), cell.get("currency", "USD"))
    if name in QUANTITY:
        return Decimal(str(value))
    if isinstance(value, str) and name != "closing_date":
        return _name(value)
    return value


def _predicted(name: str, deal: Acquisition) -> Any:
    value = getattr(deal, name)
    if value is None:
        return None
    if name in MONEY:
        return (value.amount, value.currency)
    if name in QUANTITY:
        return value.value
    if isinstance(value, str) and name not in ("kind", "stage", "closing_date"):
        return _name(value)
    return value


def _input(corpus: Path, filing: str) -> Path:
    if filing.startswith("samples/"):
        return REPO / filing
    return corpus / "edgar_8k" / "raw" / filing


def test_acquisitions_against_gold(corpus: Path) -> None:
    rows = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(rows) >= 16, "the gold set must cover at least 15 corpus filings and the seed"
    counts = {name: [0, 0, 0] for name in FIELDS}  # tp, fp, fn
    misses: list[str] = []
    for row in rows:
        deals = extract_path(_input(corpus, row["filing"])).record.acquisitions
        gold_events = row["acquisitions"]
        for index in range(max(len(deals), len(gold_events))):
            gold = gold_events[index] if index < len(gold_events) else {}
            deal = deals[index] if index < len(deals) else None
            for name in FIELDS:
                truth = _gold_value(name, gold.get(name))
                guess = _predicted(name, deal) if deal is not None else None
                if truth is not None and guess == truth:
                    counts[name][0] += 1
                    continue
                if guess is not None:
                    counts[name][1] += 1
                if truth is not None:
                    counts[name][2] += 1
                if guess != truth:
                    misses.append(f"  {row['filing']:28} {name:24} got {guess!r} want {truth!r}")
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["fields"]
    print(f"\n{'field':26}{'tp':>4}{'fp':>4}{'fn':>4}  precision  recall  (floors)")
    failures = []
    for name in FIELDS:
        tp, fp, fn = counts[name]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        floor = floors.get(name, {"precision": 0.0, "recall": 0.0})
        # With no gold value a field's recall means nothing (its precision still counts
        # every value the extractor finds there): print "n/a", not a perfect score.
        shown = f"{recall:6.2f}" if tp + fn else f"{'n/a':>6}"
        print(
            f"{name:26}{tp:>4}{fp:>4}{fn:>4}  {precision:9.2f}  {shown}"
            f"  ({floor['precision']:.2f} / {floor['recall']:.2f})"
        )
        if precision < floor["precision"] or recall < floor["recall"]:
            failures.append(name)
    print("\n".join(misses))
    assert not failures, f"fields below their pinned floors: {failures}"
