"""Effective dates, on the sentences of the CUAD contracts they come from."""

from __future__ import annotations

import pytest

from extractor.agreements import read_agreement
from extractor.agreements.source import Source
from models import Agreement

#: The close of a signature page, so that a short text's dates are not read as signature dates.
WITNESS = "\n\nIN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written."


def _read(text: str) -> Agreement:
    return read_agreement(Source("x.txt", text + WITNESS))


def _effective(found: Agreement) -> str | None:
    return found.effective_date.date if found.effective_date else None


@pytest.mark.parametrize(
    ("text", "iso", "written"),
    [
        (  # Intersect ENT / Hovione: PDF conversion split the ordinal ("20t h")
            'THIS SUPPLY AGREEMENT (this "Agreement") is made this, 20t h day of January, 2020 (the '
            '"Effective Date"), by and between HOVIONE INTER AG, organized and existing under the '
            'laws of Switzerland ("Hovione"), and INTERSECT ENT, INC. ("Intersect").',
            "2020-01-20",
            "20t h day of January, 2020",
        ),
        (  # Bellring / Premier: an ordinal day in words
            'THIS MANUFACTURING AGREEMENT (the "Agreement") is made this first day of July, 2017 '
            '(the "Effective Date") between Stremicks Heritage Foods, LLC ("Heritage"), a Delaware '
            'limited liability company, and PREMIER NUTRITION CORPORATION ("Premier").',
            "2017-07-01",
            "first day of July, 2017",
        ),
    ],
)
def test_a_loosely_written_date_defined_as_the_effective_date(
    text: str, iso: str, written: str
) -> None:
    found = _read(text)
    assert _effective(found) == iso
    assert found.evidence["effective_date.date"].text == written
