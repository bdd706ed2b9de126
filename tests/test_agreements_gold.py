"""Pay terms against a hand-labelled gold set, with floors that cannot silently drop.

``tests/gold/agreements.jsonl`` holds, for 12 CUAD contracts of the consulting,
employment-like and personal-services groups, every fee, salary, rate, cap, royalty
and installment a careful reader takes from the text: one line per contract, each
value with a verbatim quote (whitespace collapsed). CUAD labels none of these.

Matching rule: a predicted entry matches a gold entry with the same amount and
currency (one to one, in text order); an equity award (gold ``kind`` "equity", with
``shares`` and ``instrument`` in place of an amount) matches a predicted equity entry
with the same share count, so "amount" below counts money and share counts alike. On those pairs the entry is **strict**-correct
when ``kind`` and ``per`` agree too. Each contract is in the dev or check half of
tests/gold/halves.json, the same half the CUAD-field scorer gives it
(``tests.test_agreements_cuad.halves``); floors are pinned per half (``dev``, ``check``)
and over all contracts (the top-level keys) in tests/baselines/agreements.json. Print the
side-by-side table with ``python -m tests.test_agreements_gold`` (``-v`` lists the notes).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sec8k.agreements import extract_agreements
from sec8k.io import read_path
from sec8k.models import Compensation
from tests.corpus import need
from tests.gold_halves import HALVES, half_of
from tests.test_agreements_cuad import halves as cuad_halves
from tests.test_agreements_cuad import load_cuad

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


def score(root: Path) -> tuple[dict[str, Score], list[str]]:
    """A Score per half of tests/gold/halves.json (dev, check) and over all contracts."""
    totals = {half: Score() for half in (*HALVES, "all")}
    notes: list[str] = []
    for contract in load_gold():
        gold = contract["compensation"]
        assert isinstance(gold, list)
        half = half_of("agreements", str(contract["file"]))
        got = predicted(root / str(contract["file"]))
        for total in (totals[half], totals["all"]):
            total.gold += len(gold)
            total.predicted += len(got)
        left = list(got)
        for entry in gold:
            match = next((c for c in left if _same(c, entry)), None)
            if match is None:
                what = entry.get("shares") or f"{entry['amount']} {entry['currency']}"
                notes.append(f"{half:5} {contract['file']}: missed {entry['kind']} {what}")
                continue
            left.remove(match)
            for total in (totals[half], totals["all"]):
                total.matched += 1
                total.kind += match.kind == entry["kind"]
                total.per += match.per == entry["per"]
                total.strict += match.kind == entry["kind"] and match.per == entry["per"]
        notes += [
            f"{half:5} {contract['file']}: extra {c.kind} "
            + (f"{c.shares.value} {c.instrument}" if c.shares else f"{c.amount} {c.currency}")
            + f" per {c.per}"
            for c in left
        ]
    return totals, notes


def _same(predicted: Compensation, entry: dict[str, Any]) -> bool:
    """Same money (amount and currency), or for an equity award the same share count."""
    if entry.get("shares") is not None:
        return predicted.shares is not None and predicted.shares.value == Decimal(entry["shares"])
    return (
        predicted.amount is not None
        and predicted.amount == Decimal(entry["amount"])
        and predicted.currency == entry["currency"]
    )


def _floors(baseline: dict[str, Any], half: str) -> dict[str, float]:
    """A half's floors; the all-contracts floors stay at the top level of the baseline."""
    if half != "all":
        floors: dict[str, float] = baseline[half]
        return floors
    return {k: v for k, v in baseline.items() if not k.startswith("_") and k not in HALVES}


def table(result: dict[str, Score], baseline: dict[str, Any] | None = None) -> str:
    """dev, check and all side by side; ``!`` marks a value below its floor."""
    contracts = {half: 0 for half in (*HALVES, "all")}
    for contract in load_gold():
        contracts[half_of("agreements", str(contract["file"]))] += 1
        contracts["all"] += 1
    head = f"{'':18}" + "".join(f"{half:>12}" for half in (*HALVES, "all"))
    lines = [
        head,
        f"{'contracts':18}" + "".join(f"{contracts[h]:>12}" for h in (*HALVES, "all")),
        f"{'gold entries':18}" + "".join(f"{result[h].gold:>12}" for h in (*HALVES, "all")),
        f"{'predicted':18}" + "".join(f"{result[h].predicted:>12}" for h in (*HALVES, "all")),
    ]
    rows = {half: result[half].rows() for half in (*HALVES, "all")}
    for name in rows["all"]:
        line = f"{name:18}"
        for half in (*HALVES, "all"):
            floor = _floors(baseline, half)[name] if baseline else 0.0
            mark = "!" if rows[half][name] < floor else " "
            line += f"{rows[half][name]:>11.3f}{mark}"
        lines.append(line)
    return "\n".join(lines)


def below_floors(result: dict[str, Score], baseline: dict[str, Any]) -> list[str]:
    """Every (half, measure) under its pinned floor; a half with no floors is a KeyError."""
    failures = []
    for half in (*HALVES, "all"):
        rows = result[half].rows()
        failures += [
            f"{half} {k}: {rows[k]:.3f} < floor {v}"
            for k, v in _floors(baseline, half).items()
            if rows[k] < v
        ]
    return failures


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


def test_pay_gold_halves_follow_the_cuad_split(cuad: Path) -> None:
    """A contract is in the same half for its pay terms as for its CUAD fields."""
    split = cuad_halves(load_cuad(cuad))
    cuad_half = {path.name: half for half, rows in split.items() for path, _, _ in rows}
    for contract in load_gold():
        name = Path(str(contract["file"])).name
        assert half_of("agreements", str(contract["file"])) == cuad_half[name], name


@pytest.mark.corpus
def test_pay_terms_hold_their_floors(cuad: Path) -> None:
    result, notes = score(cuad)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    print(table(result, baseline))
    print("\n".join(notes))
    failures = below_floors(result, baseline)
    assert not failures, "; ".join(failures)


if __name__ == "__main__":  # pragma: no cover - the table for people
    root = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cuad"
    result, notes = score(root)
    print(table(result, json.loads(BASELINE.read_text(encoding="utf-8"))))
    if "-v" in sys.argv:
        print("\n".join(notes))
