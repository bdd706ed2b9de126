"""The fixed dev/check halves of the hand-built gold sets, and the side-by-side field table.

``tests/gold/halves.json`` names, per gold set, the half of every filing (or CUAD contract);
``tests/gold/README.md`` ("Dev and check halves") mirrors it and states the rule it was cut by.
Rules are written against ``dev``; only ``check`` numbers say how a rule generalises.
The field scorers (acquisitions, officers) count ``tp, fp, fn`` per field and per half and
share :func:`table` and :func:`below_floors` here.
"""

from __future__ import annotations

import json
import math
from typing import Any

from tests.corpus import REPO

HALVES_FILE = REPO / "tests" / "gold" / "halves.json"
#: The halves in the order the tables print them; ``all`` is both together.
HALVES = ("dev", "check")
Counts = dict[str, list[int]]  # field -> [tp, fp, fn]


def halves(gold_set: str) -> dict[str, str]:
    """Filing (or contract file) -> "dev" | "check" for one gold set of halves.json."""
    split: dict[str, str] = json.loads(HALVES_FILE.read_text(encoding="utf-8"))[gold_set]
    return split


def half_of(gold_set: str, filing: str) -> str:
    """The half of one gold filing; a filing missing from halves.json is an error, not a guess."""
    split = halves(gold_set)
    if filing not in split:
        raise KeyError(f"{filing} is in tests/gold/{gold_set}.jsonl but not in {HALVES_FILE.name}")
    return split[filing]


def empty(fields: tuple[str, ...]) -> dict[str, Counts]:
    """Zeroed counts per half (and ``all``) and per field."""
    return {half: {name: [0, 0, 0] for name in fields} for half in (*HALVES, "all")}


def add(counts: dict[str, Counts], half: str, name: str, tp: int, fp: int, fn: int) -> None:
    """Count one comparison in its half and in ``all``."""
    for key in (half, "all"):
        cell = counts[key][name]
        cell[0] += tp
        cell[1] += fp
        cell[2] += fn


def rates(tp: int, fp: int, fn: int) -> tuple[float, float]:
    """Precision and recall; with nothing to count either one is 1.0 (nothing was wrong)."""
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def measured(counts: dict[str, Counts]) -> dict[str, dict[str, dict[str, float]]]:
    """Per half, per field: precision and recall rounded down to 2 decimals (a floor's form)."""

    def down(value: float) -> float:
        return math.floor(value * 100 + 1e-9) / 100

    return {
        half: {
            name: dict(zip(("precision", "recall"), map(down, rates(*cell)), strict=True))
            for name, cell in fields.items()
        }
        for half, fields in counts.items()
    }


def _floors(baseline: dict[str, Any], half: str) -> dict[str, Any]:
    """A half's floors; the all-filings floors keep their historical key, ``fields``.

    A half or field with no floor is a KeyError: a gate cannot drop by losing its line.
    """
    floors: dict[str, Any] = baseline["fields" if half == "all" else half]
    return floors


def table(counts: dict[str, Counts], baseline: dict[str, Any]) -> str:
    """Per-field precision/recall for dev and check side by side, then all filings.

    A ``!`` marks a value below its pinned floor; a recall with no gold value in that half
    prints ``n/a`` (its precision still counts every value the extractor found there).
    """
    width = max(len(name) for name in counts["all"]) + 2
    head = f"{'':{width}}" + "".join(
        f"| {half:<6}{'tp':>4}{'fp':>4}{'fn':>4}{'P':>6}{'R':>6} " for half in (*HALVES, "all")
    )
    lines = [head, "-" * len(head)]
    for name in counts["all"]:
        line = f"{name:{width}}"
        for half in (*HALVES, "all"):
            tp, fp, fn = counts[half][name]
            precision, recall = rates(tp, fp, fn)
            floor = _floors(baseline, half)[name]
            p_mark = "!" if precision < floor["precision"] else " "
            r_mark = "!" if recall < floor["recall"] else " "
            shown_r = f"{recall:5.2f}" if tp + fn else f"{'n/a':>5}"
            line += f"| {'':6}{tp:>4}{fp:>4}{fn:>4}{precision:5.2f}{p_mark}{shown_r}{r_mark} "
        lines.append(line)
    return "\n".join(lines)


def below_floors(counts: dict[str, Counts], baseline: dict[str, Any]) -> list[str]:
    """Every (half, field) whose precision or recall is under its pinned floor."""
    failures = []
    for half in (*HALVES, "all"):
        floors = _floors(baseline, half)
        for name, cell in counts[half].items():
            precision, recall = rates(*cell)
            floor = floors[name]
            if precision < floor["precision"] or recall < floor["recall"]:
                failures.append(
                    f"{half} {name}: {precision:.2f}/{recall:.2f}"
                    f" < {floor['precision']}/{floor['recall']}"
                )
    return failures
