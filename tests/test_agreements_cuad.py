"""The agreement extractor against CUAD v1's expert labels, with floors that cannot silently drop.

Every contract text in ``../shared/corpus/cuad/txt`` (494) goes through the same path as
``sec8k extract CONTRACT.txt`` (read, parse, extract); each field is scored against the
``<Category>-Answer`` column of ``master_clauses.csv``. Print the table with::

    python -m tests.test_agreements_cuad

Matching rules (micro-averaged over contracts; a duplicate text is counted once):

* **parties** - gold: the ``Parties-Answer`` entries split on ";", each without its
  parenthesised roles and quotes; entries with no name (a "(collectively ...)" note)
  are dropped. A predicted name matches a gold name when, lower-cased, without
  punctuation and corporate suffixes (Inc, Corp, LLC, Ltd, ...), one's words all occur
  in the other, or their normalised strings are at least 85% similar (difflib; CUAD's
  answers carry typos such as "Torevic" for "Torvec"). Pairs are matched one to one; unmatched predictions are false
  positives, unmatched gold names false negatives.
* **agreement_date**, **effective_date**, **expiration_date** - gold ``m/d/yyyy``; a
  prediction (an ISO date; ``effective_date.date``; ``term.end_date``) matches when it
  is the same day. Gold dates with a redacted part (``[]``) or ``perpetual`` are left
  out of the score (their count is printed). A prediction where the gold is empty is a
  false positive; a wrong date is a false positive and a false negative.
* **governing_law** - the predicted jurisdiction matches when, lower-cased and without
  "the", "State of", "Commonwealth of", "Province of" and punctuation, it equals a
  ";"/","-separated part of the gold answer or one contains the other
  ("Ontario" ~ "Ontario, Canada"; "England and Wales" ~ "England; Wales").
* **non_compete** - CUAD's Yes/No: Yes when ``non_compete`` is filled; scored on Yes.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from extractor.agreements import extract_agreements
from extractor.io import read_path
from models import Agreement

BASELINE = Path(__file__).resolve().parent / "baselines" / "cuad.json"
FIELDS = (
    "parties",
    "agreement_date",
    "effective_date",
    "expiration_date",
    "governing_law",
    "non_compete",
)
#: Groups the corpus README flags (all of them are in the run, as is everything else).
FLAGGED = ("consulting", "consulting_like", "employment_like", "personal_services", "non_compete")
#: Names this similar (difflib ratio, normalised) are the same party: CUAD's own typos
#: ("Howmedica Ostenonics" for "Osteonics", "Berkely Lights").
FUZZY_NAME = 0.85
_SUFFIXES = frozenset(
    [
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "llc",
        "l",
        "l",
        "c",
        "ltd",
        "limited",
        "co",
        "company",
        "plc",
        "lp",
        "llp",
        "sa",
        "ag",
        "gmbh",
        "bv",
        "nv",
        "pty",
        "the",
        "a",
        "s",
        "de",
        "cv",
        "sarl",
        "srl",
        "spa",
        "oy",
        "ab",
    ]
)
_PARTY_NOTE = re.compile(
    r"\b(?:part(?:y|ies)|collectively|individually|referred\s+to|each\s+of)\b", re.I
)
_LAW_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:state|commonwealth|province|republic|canton)\s+of\s+)?", re.I
)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    skipped: int = 0

    def row(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "skipped": self.skipped,
        }


@dataclass
class Run:
    contracts: int = 0
    seconds: float = 0.0
    characters: int = 0
    tallies: dict[str, dict[str, Tally]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def tally(self, group: str, name: str) -> Tally:
        return self.tallies.setdefault(group, {}).setdefault(name, Tally())


# -- reading CUAD ---------------------------------------------------------------
def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().rsplit(".", 1)[0])


def load_cuad(root: Path) -> list[tuple[Path, str, dict[str, str]]]:
    """(text path, group, label row) per unique contract text, in manifest order."""
    with (root / "master_clauses.csv").open(encoding="utf-8") as handle:
        rows = {_key(r["Filename"]): r for r in csv.DictReader(handle)}
    contracts = []
    with (root / "manifest.csv").open(encoding="utf-8") as handle:
        for entry in csv.DictReader(handle):
            if entry["exact_duplicate_text"] == "yes":
                continue
            row = rows.get(_key(entry["master_filename"]))
            if row is not None:
                contracts.append((root / entry["txt_file"], entry["group"], row))
    return contracts


# -- normalising ------------------------------------------------------------------
def _words(name: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z0-9 ]", " ", name.lower()).split() if w not in _SUFFIXES]


def gold_parties(answer: str) -> list[str]:
    """The party names of a Parties-Answer; notes ("each a Party") and 'A and B' groupings dropped."""
    names = []
    for entry in answer.split(";"):
        if _PARTY_NOTE.search(entry):
            continue
        name = re.sub(r"\([^()]*\)|[()\"“”]", " ", entry)
        name = re.sub(r"\([^()]*\)|[()\"“”]", " ", name).strip(" ,.")
        if name and _words(name) and not re.fullmatch(r"[\[\]*\s_]*", name):
            names.append(name)
    return [n for n in names if not _grouping(n, names)]


def _grouping(name: str, names: list[str]) -> bool:
    """'A and B' where A and B are both named on their own: a grouping, not a party."""
    pieces = re.split(r"\s+and\s+", name)
    others = [n for n in names if n != name]
    return len(pieces) > 1 and all(any(same_party(p, o) for o in others) for p in pieces)


def same_party(predicted: str, gold: str) -> bool:
    a, b = _words(predicted), _words(gold)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if all(w in long for w in short):
        return True
    return SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= FUZZY_NAME


def gold_date(answer: str) -> str | bool | None:
    """ISO date; None when empty; False when redacted, partial or perpetual (not scored)."""
    answer = answer.strip()
    if not answer:
        return None
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", answer)
    if match is None:
        return False
    month, day, year = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def _law(text: str) -> str:
    return re.sub(r"[^a-z ]", "", _LAW_PREFIX.sub("", text.strip().lower())).strip()


def same_law(predicted: str, gold: str) -> bool:
    mine = _law(predicted)
    parts = [_law(p) for p in re.split(r"[;,]", gold) if _law(p)]
    whole = _law(gold)
    return bool(mine) and (mine in parts or any(p in mine for p in parts) or mine in whole)


# -- scoring -------------------------------------------------------------------------
def _score_set(tally: Tally, predicted: list[str], gold: list[str]) -> list[str]:
    left = list(gold)
    for name in predicted:
        match = next((g for g in left if same_party(name, g)), None)
        if match is None:
            tally.fp += 1
        else:
            tally.tp += 1
            left.remove(match)
    tally.fn += len(left)
    return left


def _score_value(
    tally: Tally, predicted: str | None, gold: str | bool | None, same: object = None
) -> bool:
    if gold is False:
        tally.skipped += 1
        return True
    equal = (lambda a, b: a == b) if same is None else same
    if gold is None:
        tally.fp += predicted is not None
        return predicted is None
    if predicted is None:
        tally.fn += 1
        return False
    if equal(predicted, gold):  # type: ignore[operator]
        tally.tp += 1
        return True
    tally.fp += 1
    tally.fn += 1
    return False


def predict(path: Path) -> Agreement | None:
    agreements = extract_agreements(read_path(path))
    return agreements[0] if agreements else None


def score(contracts: Iterable[tuple[Path, str, dict[str, str]]]) -> Run:
    run = Run()
    start = time.perf_counter()
    for path, group, row in contracts:
        run.contracts += 1
        run.characters += path.stat().st_size
        found = predict(path)
        for bucket in ("all", "flagged" if group in FLAGGED else "other"):
            _score_one(run, bucket, path.name, found, row)
    run.seconds = time.perf_counter() - start
    return run


def _score_one(
    run: Run, bucket: str, name: str, found: Agreement | None, row: dict[str, str]
) -> None:
    names = [p.name for p in found.parties] if found else []
    missed = _score_set(run.tally(bucket, "parties"), names, gold_parties(row["Parties-Answer"]))
    if missed and bucket == "all":
        run.misses.setdefault("parties", []).append(f"{name}: missed {missed} got {names}")
    checks = {
        "agreement_date": (
            found.agreement_date if found else None,
            gold_date(row["Agreement Date-Answer"]),
            None,
        ),
        "effective_date": (
            found.effective_date.date if found and found.effective_date else None,
            gold_date(row["Effective Date-Answer"]),
            None,
        ),
        "expiration_date": (
            found.term.end_date if found and found.term else None,
            gold_date(row["Expiration Date-Answer"]),
            None,
        ),
        "governing_law": (
            found.governing_law if found else None,
            row["Governing Law-Answer"].strip() or None,
            same_law,
        ),
    }
    for field_name, (predicted, gold, same) in checks.items():
        ok = _score_value(run.tally(bucket, field_name), predicted, gold, same)
        if not ok and bucket == "all":
            run.misses.setdefault(field_name, []).append(f"{name}: got {predicted!r} want {gold!r}")
    yes = row["Non-Compete-Answer"].strip().lower() == "yes"
    got = bool(found and found.non_compete)
    tally = run.tally(bucket, "non_compete")
    tally.tp += yes and got
    tally.fp += got and not yes
    tally.fn += yes and not got
    if yes != got and bucket == "all":
        run.misses.setdefault("non_compete", []).append(f"{name}: got {got} want {yes}")


def table(run: Run) -> str:
    lines = [
        f"CUAD: {run.contracts} contracts, {run.characters / 1e6:.1f} MB in {run.seconds:.1f} s "
        f"({run.contracts / run.seconds:.1f} contracts/s)",
        f"{'field':<16} {'group':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'not scored':>10}",
    ]
    for name in FIELDS:
        for group in ("all", "flagged", "other"):
            row = run.tally(group, name).row()
            lines.append(
                f"{name:<16} {group:<8} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} "
                f"{row['tp']:>5} {row['fp']:>5} {row['fn']:>5} {row['skipped']:>10}"
            )
    return "\n".join(lines)


# -- the gate -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cuad_run(corpus: Path) -> Run:
    root = corpus / "cuad"
    if not (root / "master_clauses.csv").is_file():
        pytest.skip(f"CUAD not found at {root}")
    return score(load_cuad(root))


@pytest.mark.corpus
def test_cuad_scores_hold_their_floors(cuad_run: Run) -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    print(table(cuad_run))
    failures = []
    for name, floor in floors["f1"].items():
        measured = cuad_run.tally("all", name).row()["f1"]
        if measured < floor:
            failures.append(f"{name}: F1 {measured:.3f} < floor {floor}")
    assert not failures, "; ".join(failures)


@pytest.mark.corpus
def test_cuad_covers_every_flagged_group(cuad_run: Run) -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert cuad_run.contracts >= floors["min_contracts"]
    assert cuad_run.tally("flagged", "parties").tp > 0


def test_gold_parties_drop_notes_and_roles() -> None:
    answer = 'PivX Corporation ("PivX"); Detto Technologies ("Detto"); (each a "Party")'
    assert gold_parties(answer) == ["PivX Corporation", "Detto Technologies"]


def test_matching_rules() -> None:
    assert same_party("Allied Motion Technologies Inc.", "Allied Motion Technologies, Inc.")
    assert not same_party("Allied Motion", "Richard D. Smith")
    assert same_law("Ontario", "Ontario, Canada")
    assert same_law("England and Wales", "England; Wales")
    assert not same_law("Delaware", "New York")
    assert gold_date("1/3/2011") == "2011-01-03"
    assert gold_date("08/[]/2019") is False


if __name__ == "__main__":  # pragma: no cover - the table for people
    root = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cuad"
    result = score(load_cuad(root))
    print(table(result))
    if "-v" in sys.argv:
        for field_name, misses in result.misses.items():
            print(f"\n## {field_name}: {len(misses)} misses")
            for line in misses[:60]:
                print("  ", line[:300])
    print(Counter(g for _, g, _ in load_cuad(root)))
