"""The dev/check split of the gold sets: halves.json, its README tables, and the gold files agree.

No corpus needed: this reads only tests/gold/. The CUAD side of the pay-gold split is
checked in tests/test_agreements_gold.py, which has the CUAD texts.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.corpus import REPO
from tests.gold_halves import HALVES, HALVES_FILE, add, below_floors, empty, half_of, halves

GOLD = REPO / "tests" / "gold"
README = GOLD / "README.md"
#: gold set -> the key that names a line's filing (or contract)
SETS = {"acquisitions": "filing", "officers": "filing", "agreements": "file"}
SEED = "samples/allied-motion-2011"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"{HALVES_FILE.name} names these twice: {repeated}"
    return dict(pairs)


def _gold_filings(gold_set: str) -> list[str]:
    text = (GOLD / f"{gold_set}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line)[SETS[gold_set]] for line in text.splitlines() if line.strip()]


def _readme_tables() -> dict[str, dict[str, str]]:
    """gold set -> filing -> half, from the README's "Dev and check halves" section."""
    text = README.read_text(encoding="utf-8")
    start = text.index("# Dev and check halves")
    section = text[start:]
    nxt = re.search(r"^# ", section[1:], re.M)
    section = section[: nxt.start() + 1] if nxt else section
    tables: dict[str, dict[str, str]] = {}
    current = None
    for line in section.splitlines():
        heading = re.match(r"## .*\(`(\w+)\.jsonl`\)", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if current is None or len(cells) < 2 or cells[-1] not in HALVES:
            continue
        assert cells[0] not in current, f"README names {cells[0]} twice"
        current[cells[0]] = cells[-1]
    return tables


def test_halves_file_names_every_gold_filing_exactly_once() -> None:
    split = json.loads(HALVES_FILE.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)
    assert set(split) - {"_comment"} == set(SETS)
    for gold_set in SETS:
        filings = _gold_filings(gold_set)
        assert len(filings) == len(set(filings)), f"{gold_set}.jsonl repeats a filing"
        assert set(split[gold_set]) == set(filings), (
            f"{gold_set}: missing from halves.json {sorted(set(filings) - set(split[gold_set]))},"
            f" not in the gold {sorted(set(split[gold_set]) - set(filings))}"
        )
        assert set(split[gold_set].values()) == set(HALVES), (
            f"{gold_set}: both halves, nothing else"
        )


def test_readme_tables_mirror_the_halves_file() -> None:
    assert _readme_tables() == {gold_set: halves(gold_set) for gold_set in SETS}


def test_halves_are_roughly_even_and_the_seed_is_dev() -> None:
    assert half_of("acquisitions", SEED) == "dev"
    for gold_set in SETS:
        sizes = [list(halves(gold_set).values()).count(half) for half in HALVES]
        assert min(sizes) * 3 >= max(sizes) * 2, f"{gold_set}: dev/check sizes {sizes}"


def test_a_filing_in_two_gold_sets_has_one_half() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for gold_set in SETS:
        for filing, half in halves(gold_set).items():
            if filing in seen:
                assert seen[filing][1] == half, f"{filing}: {seen[filing]} but {gold_set} {half}"
            seen[filing] = (gold_set, half)


def test_an_unsplit_filing_is_an_error() -> None:
    with pytest.raises(KeyError, match=r"not in halves\.json"):
        half_of("acquisitions", "0000000000-00-000000")


def test_a_drop_in_either_half_fails_the_gate() -> None:
    """The check half can fail alone while dev and all filings hold their floors."""
    counts = empty(("target",))
    add(counts, "dev", "target", 9, 0, 0)
    add(counts, "check", "target", 1, 0, 1)
    floor = {"target": {"precision": 1.0, "recall": 0.8}}
    baseline = {"fields": floor, "dev": floor, "check": floor}
    assert below_floors(counts, baseline) == ["check target: 1.00/0.50 < 1.0/0.8"]
    with pytest.raises(KeyError):
        below_floors(counts, {"fields": floor, "dev": floor})
