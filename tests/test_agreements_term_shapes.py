"""Terms and notice in shapes the corpus rarely uses (issue #14, families 6 and 8); the
contracts are made up for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sec8k.agreements import read_agreement
from sec8k.agreements.source import Source
from sec8k.models import Agreement

OPENING = (
    'SERVICES AGREEMENT\n\nThis Services Agreement (the "Agreement") is made on March 3, 2014 '
    'between Lintel Works LLC (the "Company") and Osei Mensah (the "Provider").\n\n'
)


def _read(body: str) -> Agreement:
    return read_agreement(Source("x.txt", OPENING + body + "\n"))


def test_a_length_with_its_start_written_after_it() -> None:
    term = _read(
        "2. Term. This Agreement has a term of two (2) years commencing on July 1, 2014."
    ).term
    assert term is not None
    assert (term.end_date, term.end_basis, term.start_date) == (
        "2016-07-01",
        "computed",
        "2014-07-01",
    )
    assert term.duration is not None and term.duration.value == Decimal("2")


def test_from_a_date_to_a_date() -> None:
    term = _read(
        "2. Term. This Agreement shall be in effect from April 1, 2014 to March 31, 2015."
    ).term
    assert term is not None and (term.end_date, term.end_basis) == ("2015-03-31", "stated")


@pytest.mark.parametrize(
    "clause",
    [
        "2. Term. This Agreement shall remain in effect until terminated by either party.",
        "2. Term. This Agreement shall continue in full force and effect until either party "
        "terminates it in writing.",
        "2. Duration. This Agreement will continue indefinitely.",
    ],
)
def test_a_term_that_runs_until_ended(clause: str) -> None:
    term = _read(clause).term
    assert term is not None and term.indefinite
    assert term.duration is None and term.end_date is None


def test_a_stated_length_is_not_indefinite() -> None:
    term = _read(
        "2. Term. This Agreement shall continue for a period of eighteen (18) months."
    ).term
    assert term is not None and not term.indefinite


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        (
            "9. Termination. Either party may terminate this Agreement upon forty-five (45) days' "
            "written notice to the other party.",
            "45",
            "days",
        ),
        (
            "9. Termination. The Company may end this Agreement on at least three months' notice.",
            "3",
            "months",
        ),
        (
            "9. Termination. Either party may terminate this Agreement by giving two months' notice.",
            "2",
            "months",
        ),
    ],
)
def test_notice_of_a_termination_on_notice(clause: str, value: str, unit: str) -> None:
    cases = [c for c in _read(clause).termination if c.trigger == "notice"]
    assert len(cases) == 1 and cases[0].notice is not None
    assert (cases[0].notice.value, cases[0].notice.unit) == (Decimal(value), unit)
