"""Pay terms against a hand-labelled gold set, with floors that cannot silently drop.

``tests/gold/agreements.jsonl`` holds, for 12 CUAD contracts of the consulting,
employment-like and personal-services groups, every fee, salary, rate, cap, royalty
and installment a careful reader takes from the text: one line per contract, each
value with a verbatim quote (whitespace collapsed). CUAD labels none of these.

Matching rule: a predicted entry matches a gold entry with the same amount and
currency (one to one, in text order). On those pairs the entry is **strict**-correct
when ``kind`` and ``per`` agree too. Print the table with
``python -m tests.test_agreements_gold``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from sec8k.agreements import extract_agreements
from sec8k.io import read_path
from sec8k.models import Compensation
from tests.corpus import need

GOLD = Path(__file__).resolve().parent / "gold" / "agreements.jsonl"
BASELINE = Path(__file__).resolve().parent / "baselines" / "agreements.json"


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    strict: int = 0
    kind: int = 0
    per: int = 0

    def rows(self) -> dict[str, float]:
        def f1(hits: int) -> float:
            precision = hits / self.predicted if self.predicted else 0.0
            recall = hits / self.gold if self.gold else 0.0
            return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        return {
            "amount_precision": self.matched / self.predicted if self.predicted else 0.0,
            "amount_recall": self.matched / self.gold if self.gold else 0.0,
            "amount_f1": f1(self.matched),
            "strict_f1": f1(self.strict),
            "kind_accuracy": self.kind / self.matched if self.matched else 0.0,
            "per_accuracy": self.per / self.matched if self.matched else 0.0,
        }


def load_gold() -> list[dict[str, object]]:
    return [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def predicted(path: Path) -> list[Compensation]:
    found = extract_agreements(read_path(path))
    return list(found[0].compensation) if found else []


def score(root: Path) -> tuple[Score, list[str]]:
    total = Score()
    notes: list[str] = []
    for contract in load_gold():
        gold = contract["compensation"]
        assert isinstance(gold, list)
        got = predicted(root / str(contract["file"]))
        total.gold += len(gold)
        total.predicted += len(got)
        left = list(got)
        for entry in gold:
            amount, currency = Decimal(entry["amount"]), entry["currency"]
            match = next((c for c in left if c.amount == amount and c.currency == currency), None)
            if match is None:
                notes.append(f"{contract['file']}: missed {entry['kind']} {amount} {currency}")
                continue
            left.remove(match)
            total.matched += 1
            total.kind += match.kind == entry["kind"]
            total.per += match.per == entry["per"]
            total.strict += match.kind == entry["kind"] and match.per == entry["per"]
        notes += [
            f"{contract['file']}: extra {c.kind} {c.amount} {c.currency} per {c.per}" for c in left
        ]
    return total, notes


def table(result: Score) -> str:
    rows = result.rows()
    head = (
        f"gold {result.gold} entries in {len(load_gold())} contracts; predicted {result.predicted}"
    )
    return head + "\n" + "\n".join(f"{name:<18} {value:.3f}" for name, value in rows.items())


@pytest.fixture(scope="module")
def cuad(corpus: Path) -> Path:
    root = corpus / "cuad"
    need(root / "txt", "CUAD texts")
    return root


def test_every_gold_quote_is_in_its_contract(cuad: Path) -> None:
    for contract in load_gold():
        text = re.sub(r"\s+", " ", (cuad / str(contract["file"])).read_text(encoding="utf-8"))
        entries = contract["compensation"]
        assert isinstance(entries, list) and entries
        for entry in entries:
            assert entry["quote"] in text, (
                f"{contract['file']}: quote not verbatim: {entry['quote']!r}"
            )
            assert entry["kind"] in Compensation.model_fields["kind"].annotation.__args__  # type: ignore[union-attr]


def test_gold_covers_the_pay_groups() -> None:
    gold = load_gold()
    assert len(gold) >= 8
    assert {"consulting", "personal_services"} <= {str(c["group"]) for c in gold}


@pytest.mark.corpus
def test_pay_terms_hold_their_floors(cuad: Path) -> None:
    result, notes = score(cuad)
    print(table(result))
    print("\n".join(notes))
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    rows = result.rows()
    failures = [
        f"{k}: {rows[k]:.3f} < floor {v}"
        for k, v in floors.items()
        if not k.startswith("_") and rows[k] < v
    ]
    assert not failures, "; ".join(failures)


if __name__ == "__main__":  # pragma: no cover - the table for people
    root = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cuad"
    result, notes = score(root)
    print(table(result))
    if "-v" in sys.argv:
        print("\n".join(notes))
