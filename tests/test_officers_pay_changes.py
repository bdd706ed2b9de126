"""Item 5.02 pay changes for an officer who keeps the post, a partial departure, and a
plan's class of people that is no person (issue #14, family 9). Made-up filings."""

from __future__ import annotations

from pathlib import Path

import pytest

from sec8k.extract import extract_path

HEAD = (
    "FORM 8-K\n\nItem 5.02 Departure of Directors or Certain Officers; Election of Directors; "
    "Appointment of Certain Officers; Compensatory Arrangements of Certain Officers.\n\n"
)
TAIL = "\n\nItem 9.01 Financial Statements and Exhibits.\n\nNone.\n"


def _changes(tmp_path: Path, body: str) -> list[tuple[str, str, list[str], str | None]]:
    path = tmp_path / "8-k.txt"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return [
        (c.name, c.change, c.positions, c.effective_date)
        for c in extract_path(path).record.officer_changes
    ]


@pytest.mark.parametrize(
    ("body", "name", "position"),
    [
        (
            "On March 9, 2021, the Compensation Committee of the Board approved an increase in the "
            "annual base salary of Helen T. Ward, the Company's Chief Financial Officer, to $410,000.",
            "Helen T. Ward",
            "Chief Financial Officer",
        ),
        (
            "On October 4, 2019, the Board awarded a one-time cash bonus of $80,000 to Samuel Okoro, "
            "the Company's General Counsel.",
            "Samuel Okoro",
            "General Counsel",
        ),
    ],
)
def test_a_raise_or_a_bonus_for_an_officer_who_stays(
    tmp_path: Path, body: str, name: str, position: str
) -> None:
    [(got, change, positions, _)] = _changes(tmp_path, body)
    assert (got, change) == (name, "compensation")
    assert position in positions


def test_giving_up_one_title_and_keeping_another(tmp_path: Path) -> None:
    body = (
        "On February 2, 2023, Lena Marsh resigned as Treasurer of the Company, effective "
        "February 28, 2023. Ms. Marsh will continue to serve as the Company's Chief Accounting "
        "Officer."
    )
    [(name, change, positions, date)] = _changes(tmp_path, body)
    assert (name, change, date) == ("Lena Marsh", "departure", "2023-02-28")
    assert any("Treasurer" in p for p in positions)
    assert not any("Accounting" in p for p in positions)


def test_a_plans_class_of_people_is_no_person(tmp_path: Path) -> None:
    body = (
        "On May 12, 2022, the Board adopted the 2022 Omnibus Incentive Plan, which provides for "
        "awards to Eligible Participants, including officers and employees of the Company."
    )
    assert _changes(tmp_path, body) == []
