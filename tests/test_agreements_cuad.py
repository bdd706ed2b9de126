"""The agreement extractor against CUAD v1's expert labels, with floors that cannot silently drop.

Every contract text in ``../shared/corpus/cuad/txt`` (494) goes through the same path as
``sec8k extract CONTRACT.txt`` (read, parse, extract); each field is scored against the
``<Category>-Answer`` column of ``master_clauses.csv``. Print the table with::

    python -m tests.test_agreements_cuad

Rules are developed on half of the contracts and checked on the other half:
``python -m tests.test_agreements_cuad --half dev`` (or ``--half check``) scores one
half (:func:`halves`: sorted by file name, even positions are ``dev``, odd ``check``).

Matching rules (micro-averaged over contracts; a duplicate text is counted once):

* **parties** - gold: the ``Parties-Answer`` entries split on ";", each without its
  parenthesised roles and quotes. An entry is a note, and dropped, when nothing but a
  note is left outside its brackets ("(each a "Party")", "Each of the foregoing parties
  is referred to ...") or when it only groups parties named in other entries, by name
  or by defined role ("Company and Consultant (collectively the "Parties")"); a name
  with a note in its brackets ('Audible Inc. ("Company")("Parties" and ...)') stays. A
  predicted name matches a gold name when, lower-cased, without punctuation and
  corporate suffixes (Inc, Corp, LLC, Ltd, ...), both start with the same word and
  one's words all occur in the other ("Alliance Bancorp" ~ "Alliance Bancorp, Inc. of
  Pennsylvania", not "Electric Company" ~ "Louisville Gas and Electric Company"), or
  their normalised strings are at least 85% similar (difflib; CUAD's answers carry
  typos such as "Torevic" for "Torvec"). Pairs are matched one to one, as many as
  possible (a maximum matching, not first come first served); unmatched predictions
  are false positives, unmatched gold names false negatives.
* **agreement_date**, **effective_date**, **expiration_date** - gold ``m/d/yyyy``; a
  prediction (an ISO date; ``effective_date.date``; ``term.end_date``) matches when it
  is the same day. Gold dates with a redacted part (``[]``) or ``perpetual`` are left
  out of the score (their count is printed), unless the prediction contradicts every
  part the answer does state ("[]/[]/2018" against 2013-12-31): that is a false
  positive. A prediction where the gold is empty is a false positive; a wrong date is a
  false positive and a false negative.
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

from sec8k.agreements import extract_agreements
from sec8k.io import read_path
from sec8k.models import Agreement
from tests.corpus import need

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
#: Quoted defined terms in an answer: the roles a grouping entry may list ("Company and Consultant").
_QUOTED = re.compile(r"[\"“”]([^\"“”]{1,60})[\"“”]")
#: Where a grouping entry splits into the parties it groups.
_GROUP_SPLIT = re.compile(r"\band/or\b|\band\b|\btogether\s*with\b", re.I)
_LIST_SPLIT = re.compile(r",|\band/or\b|\band\b|\btogether\s*with\b", re.I)
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


def halves(
    contracts: list[tuple[Path, str, dict[str, str]]],
) -> dict[str, list[tuple[Path, str, dict[str, str]]]]:
    """The development and check halves: sorted by file name, even positions and odd ones."""
    ordered = sorted(contracts, key=lambda c: c[0].name)
    return {"dev": ordered[0::2], "check": ordered[1::2]}


# -- normalising ------------------------------------------------------------------
def _words(name: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z0-9 ]", " ", name.lower()).split() if w not in _SUFFIXES]


def gold_parties(answer: str) -> list[str]:
    """The party names of a Parties-Answer; notes ("each a Party") and 'A and B' groupings dropped."""
    names = []
    roles = [m.group(1) for m in _QUOTED.finditer(answer)]
    for entry in answer.split(";"):
        name = re.sub(r"\([^()]*\)|[()\"“”]", " ", entry)
        name = re.sub(r"\([^()]*\)|[()\"“”]", " ", name).strip(" ,.")
        if _PARTY_NOTE.search(name):
            continue
        if name and _words(name) and not re.fullmatch(r"[\[\]*\s_]*", name):
            names.append(name)
    return [n for n in names if not _grouping(n, names, roles)]


def _grouping(name: str, names: list[str], roles: list[str]) -> bool:
    """'A and B' where A and B are each named or defined on their own: a grouping, not a party."""
    others = [n for n in names if n != name]
    defined = {_squash(r) for r in roles}

    def known(piece: str) -> bool:
        return _squash(piece) in defined or any(same_party(piece, o) for o in others)

    for split in (_GROUP_SPLIT, _LIST_SPLIT):  # "A, Inc. and B", then "A, B and C"
        pieces = [p for p in split.split(name) if p.strip(" ,.")]
        if len(pieces) > 1 and all(known(p) for p in pieces):
            return True
    return False


def _squash(text: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", text.strip(" ,.").lower()).split())


def same_party(predicted: str, gold: str) -> bool:
    a, b = _words(predicted), _words(gold)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short[0] == long[0] and all(w in long for w in short):
        return True
    return SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= FUZZY_NAME


def date_fits(predicted: str, answer: str) -> bool:
    """Does an ISO date agree with every part some ';'-alternative of a redacted answer states?

    "[]/[]/2018" states the year, "11/[]/2006" the month and year; "perpetual" states
    no date, so nothing can contradict it.
    """
    year, month, day = predicted.split("-")
    fits = []
    for alternative in answer.split(";"):
        parts = re.fullmatch(r"\s*([\d\[\] ]+)/([\d\[\] ]+)/([\d\[\] ]+)\s*", alternative)
        if parts is None:
            return True
        stated = zip(parts.groups(), (month, day, year), strict=True)
        fits.append(all(_digits_fit(g, int(p)) for g, p in stated))
    return any(fits)


def _digits_fit(gold: str, value: int) -> bool:
    """'2018' ~ 2018; '20[]' ~ any year 20xx; '[]' ~ anything."""
    gold = gold.replace(" ", "")
    if gold.isdigit():
        return int(gold) == value
    known = gold.replace("[]", "")
    return str(value).startswith(known) if known.isdigit() else True


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
    pairs = match_parties(predicted, gold)
    tally.tp += len(pairs)
    tally.fp += len(predicted) - len(pairs)
    tally.fn += len(gold) - len(pairs)
    matched = set(pairs.values())
    return [g for i, g in enumerate(gold) if i not in matched]


def match_parties(predicted: list[str], gold: list[str]) -> dict[int, int]:
    """A maximum one-to-one matching of predicted to gold names (Kuhn's augmenting paths).

    Taking the first gold name that matches can leave a later prediction without its
    only partner ("CLARUS IV-B" taking "CLARUS IV-A"); this finds the most pairs.
    """
    edges = [[j for j, g in enumerate(gold) if same_party(p, g)] for p in predicted]
    owner: dict[int, int] = {}  # gold index -> predicted index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(predicted)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _score_value(
    tally: Tally,
    predicted: str | None,
    gold: str | bool | None,
    same: object = None,
    answer: str = "",
) -> bool:
    if gold is False:
        tally.skipped += 1
        if predicted is not None and not date_fits(predicted, answer):
            tally.fp += 1
            return False
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
            row["Agreement Date-Answer"],
            None,
        ),
        "effective_date": (
            found.effective_date.date if found and found.effective_date else None,
            row["Effective Date-Answer"],
            None,
        ),
        "expiration_date": (
            found.term.end_date if found and found.term else None,
            row["Expiration Date-Answer"],
            None,
        ),
        "governing_law": (
            found.governing_law if found else None,
            row["Governing Law-Answer"],
            same_law,
        ),
    }
    for field_name, (predicted, answer, same) in checks.items():
        gold = gold_date(answer) if same is None else answer.strip() or None
        ok = _score_value(run.tally(bucket, field_name), predicted, gold, same, answer)
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
    need(root / "master_clauses.csv", "CUAD labels")
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


def test_gold_parties_keep_a_name_with_a_note_in_its_brackets() -> None:
    # Aimmune's answer: the name stays; the grouping of defined roles goes.
    answer = 'Xencor, Inc. ("Xencor"); Aimmune Therapeutics, Inc. ("Aimmune")("Party" and collectively as the "Parties")'
    assert gold_parties(answer) == ["Xencor, Inc", "Aimmune Therapeutics, Inc"]
    answer = (
        'Miltenyi Biotec GmbH ("Miltenyi"); Bellicum Phamaceuticals, Inc. ("Bellicum"); '
        "Miltenyi and Bellicum (individually as a “Party” and collectively as the “Parties”)"
    )
    assert gold_parties(answer) == ["Miltenyi Biotec GmbH", "Bellicum Phamaceuticals, Inc"]
    answer = (
        "TELCOSTAR PTE, LTD.; Ability Computer & Software Industries Ltd; TELCOSTAR PTE, LTD. "
        'and Ability Computer & Software Industries Ltd (each and both of them "Recipient")'
    )
    assert len(gold_parties(answer)) == 2


def test_halves_split_every_contract_once() -> None:
    rows = [(Path(f"{name}.txt"), "other", {}) for name in "dbca"]
    split = halves(rows)
    assert [p.name for p, _, _ in split["dev"]] == ["a.txt", "c.txt"]
    assert [p.name for p, _, _ in split["check"]] == ["b.txt", "d.txt"]


def test_matching_rules() -> None:
    assert same_party("Allied Motion Technologies Inc.", "Allied Motion Technologies, Inc.")
    assert same_party("Alliance Bancorp, Inc.", "Alliance Bancorp, Inc. of Pennsylvania")
    assert not same_party("Allied Motion", "Richard D. Smith")
    # The tail of a name, or a name behind a signatory's title, is not the name.
    assert not same_party("ELECTRIC COMPANY", "LOUISVILLE GAS AND ELECTRIC COMPANY")
    assert not same_party("Authorized Signatory AISG GP LTD", "AISG GP LTD")
    # One to one, as many pairs as there are: "CLARUS IV-B" may not take "IV-A"'s place.
    assert match_parties(["Clarus IV-B", "Clarus IV"], ["Clarus IV", "Clarus IV-B"]) == {0: 1, 1: 0}
    assert len(match_parties(["A Corp", "A Corp Two"], ["A Corp Two", "B Corp"])) == 1
    assert same_law("Ontario", "Ontario, Canada")
    assert same_law("England and Wales", "England; Wales")
    assert not same_law("Delaware", "New York")
    assert gold_date("1/3/2011") == "2011-01-03"
    assert gold_date("08/[]/2019") is False
    assert date_fits("2019-08-30", "08/[]/2019")
    assert not date_fits("2013-12-31", "[]/[]/2018")
    assert not date_fits("2006-05-11", "11/[]/2006")
    assert date_fits("2005-09-14", "09/14/200[]")
    assert date_fits("2000-07-31", "07/31/2000; 07/[]/2000")
    assert date_fits("2020-01-01", "perpetual")


if __name__ == "__main__":  # pragma: no cover - the table for people
    root = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cuad"
    chosen = load_cuad(root)
    if "--half" in sys.argv:
        chosen = halves(chosen)[sys.argv[sys.argv.index("--half") + 1]]
    result = score(chosen)
    print(table(result))
    if "-v" in sys.argv:
        for field_name, misses in result.misses.items():
            print(f"\n## {field_name}: {len(misses)} misses")
            for line in misses[:60]:
                print("  ", line[:300])
    print(Counter(g for _, g, _ in load_cuad(root)))
