"""Score the officer-change extractor field by field against the hand-built gold set.

tests/gold/officers.jsonl holds, per filing, the people its Item 5.02 (or old Item 6)
reports, each field with a verbatim quote (see tests/gold/README.md). People pair by
surname within a filing; a predicted person with no gold partner counts against the
precision of every field it fills, a gold person with no partner against every recall.
``positions`` is scored as a set of titles. Each filing belongs to the fixed dev or check
half of tests/gold/halves.json; floors are pinned per half and over all filings in
tests/baselines/officers.json (``dev``, ``check``, ``fields``); a score below its floor
fails. Print the side-by-side table with ``python -m tests.test_officers_gold`` (``-v``
lists the misses).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sec8k.extract import extract_path
from sec8k.models import OfficerChange
from tests.conftest import REPO
from tests.gold_halves import Counts, add, below_floors, empty, half_of, table

GOLD = REPO / "tests" / "gold" / "officers.jsonl"
BASELINE = REPO / "tests" / "baselines" / "officers.json"
FIELDS = ("name", "change", "positions", "effective_date")
CHANGES = frozenset({"appointment", "departure", "retirement", "election", "compensation"})
#: Words a title may carry that do not change the post: "the Company's CFO" is "CFO".
_TITLE_NOISE = re.compile(
    r"^(?:the\s+|its\s+)?(?:company|firm|registrant|[a-z]+)['’]s\s+|\s+of\s+the\s+(?:company|firm)$"
)


def _name(value: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", value.replace("’", "'").lower()).split())


def _surname(value: str) -> str:
    words = _name(value).split()
    return words[-1] if words else ""


def _title(value: str) -> str:
    return _TITLE_NOISE.sub("", " ".join(value.lower().replace("’", "'").split()))


def load_gold() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _values(name: str, gold: dict[str, Any] | None, guess: OfficerChange | None) -> tuple[Any, Any]:
    """(truth, guess) for one field: scalars, or sets of titles for positions."""
    cell = gold.get(name) if gold else None
    if name == "positions":
        truth = {_title(t) for t in cell["value"]} if cell else set()
        return truth, {_title(t) for t in guess.positions} if guess else set()
    truth = cell["value"] if cell else None
    value = getattr(guess, name) if guess else None
    if name == "name":
        return (_name(truth) if truth else None), (_name(value) if value else None)
    return truth, value


def _pairs(
    gold: list[dict[str, Any]], got: list[OfficerChange]
) -> list[tuple[dict[str, Any] | None, OfficerChange | None]]:
    left = list(got)
    pairs: list[tuple[dict[str, Any] | None, OfficerChange | None]] = []
    for person in gold:
        match = next(
            (c for c in left if _surname(c.name) == _surname(person["name"]["value"])), None
        )
        if match is not None:
            left.remove(match)
        pairs.append((person, match))
    return pairs + [(None, c) for c in left]


def score(corpus: Path) -> tuple[dict[str, Counts], list[str]]:
    """tp, fp, fn per half (dev, check, all) and field, and a line per disagreement."""
    counts = empty(FIELDS)
    misses: list[str] = []
    for row in load_gold():
        half = half_of("officers", row["filing"])
        parsed = extract_path(corpus / "edgar_8k" / "raw" / row["filing"])
        for gold, guess in _pairs(row["people"], list(parsed.record.officer_changes)):
            for name in FIELDS:
                truth, value = _values(name, gold, guess)
                if name == "positions":
                    found, extra, missed = truth & value, value - truth, truth - value
                    add(counts, half, name, len(found), len(extra), len(missed))
                elif truth is not None and value == truth:
                    add(counts, half, name, 1, 0, 0)
                    continue
                else:
                    add(counts, half, name, 0, int(value is not None), int(truth is not None))
                if value != truth:
                    who = (gold or {}).get("name", {}).get("value") or (guess and guess.name)
                    misses.append(
                        f"  {half:5} {row['filing']:26} {who!s:24} {name:15}"
                        f" got {value!r} want {truth!r}"
                    )
    return counts, misses


def test_gold_rows_are_well_formed() -> None:
    gold = load_gold()
    assert len(gold) >= 12, "the gold set must cover at least 12 corpus filings"
    for row in gold:
        assert row["people"], f"{row['filing']}: a gold filing reports at least one person"
        for person in row["people"]:
            assert set(person) == set(FIELDS), f"{row['filing']}: fields {sorted(person)}"
            assert person["change"]["value"] in CHANGES
            date = person["effective_date"]
            assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date["value"])


def test_every_gold_quote_is_in_its_item(corpus: Path) -> None:
    for row in load_gold():
        record = extract_path(corpus / "edgar_8k" / "raw" / row["filing"]).record
        text = " ".join(
            " ".join(i.text.split()) for i in record.items if "5.02" in (i.number, *i.modern)
        )
        for person in row["people"]:
            for name, cell in person.items():
                if cell is not None:
                    quote = " ".join(cell["quote"].split())
                    assert quote in text, f"{row['filing']} {name}: not verbatim: {quote!r}"


def test_officer_changes_against_gold(corpus: Path) -> None:
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
