"""The date normaliser: the ways filings write a date -> ISO 8601."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sec8k.errors import ParseError
from sec8k.rules import parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("December 30, 2010", "2010-12-30"),
        ("Dec. 30, 2010", "2010-12-30"),
        ("Dec 30, 2010", "2010-12-30"),
        ("DECEMBER 30, 2010", "2010-12-30"),
        ("30 December 2010", "2010-12-30"),
        ("12/30/2010", "2010-12-30"),
        ("2010-12-30", "2010-12-30"),
        ("January 3 , 2011", "2011-01-03"),  # the seed's conversion noise
        ("Sept. 1, 2010", "2010-09-01"),
        ("December 30th, 2010", "2010-12-30"),
        ("30th day of December, 2010", "2010-12-30"),
        ("the 1st day of March, 2013", "2013-03-01"),
        ("September 30,\n                1992", "1992-09-30"),  # a wrapped 1990s filing
        ("May 12, 2009", "2009-05-12"),
    ],
)
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        "December 2010",
        "February 30, 2010",
        "13/01/2010",
        "Smarch 3, 2010",
        "2010-13-01",
        "soon",
    ],
)
def test_not_a_date_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_date(text)
    assert "date" in str(raised.value)


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_written_form_round_trips(day: dt.date) -> None:
    month = _MONTHS[day.month - 1]
    for text in (
        f"{month} {day.day}, {day.year}",
        f"{month[:3]}. {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{day.month}/{day.day}/{day.year}",
        day.isoformat(),
    ):
        assert parse_date(text) == day.isoformat(), text


@given(st.text(max_size=60))
def test_parse_date_only_ever_raises_parse_error(text: str) -> None:
    try:
        iso = parse_date(text)
    except ParseError:
        return
    assert dt.date.fromisoformat(iso).isoformat() == iso
