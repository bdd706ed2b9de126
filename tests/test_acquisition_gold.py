"""Score the acquisition extractor field by field against the hand-built gold set.

tests/gold/acquisitions.jsonl holds, per filing, the true terms with a verbatim
quote per value (see tests/gold/README.md). Each filing belongs to the fixed dev or
check half of tests/gold/halves.json; precision and recall are counted per half and over
all filings, and each has floors pinned in tests/baselines/acquisitions.json (``dev``,
``check``, and ``fields`` for all filings); a score below its floor fails. Print the
side-by-side table with ``python -m tests.test_acquisition_gold`` (``-v`` lists the misses).
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
from tests.gold_halves import Counts, add, below_floors, empty, half_of, table

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


def load_gold() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def score(corpus: Path) -> tuple[dict[str, Counts], list[str]]:
    """tp, fp, fn per half (dev, check, all) and field, and a line per disagreement."""
    counts = empty(FIELDS)
    misses: list[str] = []
    for row in load_gold():
        half = half_of("acquisitions", row["filing"])
        deals = extract_path(_input(corpus, row["filing"])).record.acquisitions
        gold_events = row["acquisitions"]
        for index in range(max(len(deals), len(gold_events))):
            gold = gold_events[index] if index < len(gold_events) else {}
            deal = deals[index] if index < len(deals) else None
            for name in FIELDS:
                truth = _gold_value(name, gold.get(name))
                guess = _predicted(name, deal) if deal is not None else None
                if truth is not None and guess == truth:
                    add(counts, half, name, 1, 0, 0)
                    continue
                add(counts, half, name, 0, int(guess is not None), int(truth is not None))
                if guess != truth:
                    misses.append(
                        f"  {half:5} {row['filing']:28} {name:24} got {guess!r} want {truth!r}"
                    )
    return counts, misses


def test_acquisitions_against_gold(corpus: Path) -> None:
    assert len(load_gold()) >= 16, "the gold set must cover at least 15 corpus filings and the seed"
    counts, misses = score(corpus)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    print("\n" + table(counts, baseline))
    print("\n".join(misses))
    failures = below_floors(counts, baseline)
    assert not failures, f"fields below their pinned floors: {failures}"


if __name__ == "__main__":  # pragma: no cover - the table for people
    import sys

    found, disagreements = score(REPO.parent / "shared" / "corpus")
    print(table(found, json.loads(BASELINE.read_text(encoding="utf-8"))))
    if "-v" in sys.argv:
        print("\n".join(disagreements))
