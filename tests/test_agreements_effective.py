"""Effective dates, on the sentences of the CUAD contracts they come from."""

from __future__ import annotations

import pytest

from sec8k.agreements import read_agreement
from sec8k.agreements.source import Source
from sec8k.models import Agreement

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


#: Domini: an opening that dates the agreement and defines no Effective Date.
DOMINI = (
    "SPONSORSHIP AGREEMENT, dated as of February 4, 2005, by and between Domini Advisor Trust, a "
    'Massachusetts business trust (the "Trust"), and Domini Social Investments LLC, a '
    'Massachusetts limited liability company ("Domini" or the "Sponsor").\n\n'
)


def test_an_agreement_effective_on_its_own_date() -> None:
    found = _read(
        DOMINI + "6. This Agreement shall become effective as of the day and year first above "
        "written and shall govern the relations between the parties hereto thereafter, unless "
        "terminated as set forth in this Section 6."
    )
    assert _effective(found) == "2005-02-04"
    assert found.evidence["effective_date.date"].text == "February 4, 2005"
    assert found.evidence["effective_date"].text.startswith("6. This Agreement shall become")


def test_another_agreement_effective_on_the_date_hereof_is_not_this_one() -> None:
    # Rocky Mountain Chocolate Factory: the sentence is about two other documents.
    found = _read(
        DOMINI + "Each of the Exclusive Supplier Operating Agreement and the Warrant is effective "
        "as of the date hereof in accordance with the terms of such document."
    )
    assert found.effective_date is None


def test_effective_until_a_date_is_an_end_not_an_effective_date() -> None:
    # Accelerated Technologies: the date after "effective until" ends the joint venture.
    found = _read(
        DOMINI + "The Joint Venture shall commence on the 1st of March, 2003, and shall be "
        "effective until February 28, 2004 unless extended by written agreement of the Joint "
        "Venturers not less than thirty (30) days prior to scheduled termination."
    )
    # the start is "the 1st of March, 2003" (read since ordinal "of" dates are; CUAD: 3/1/2003),
    # never the date after "effective until"
    assert _effective(found) == "2003-03-01"


@pytest.mark.parametrize(
    ("clause", "iso", "written"),
    [
        (  # Cyberian Outpost / Excite
            'The term of this Agreement (the "Term") will begin on February 1, 1998 and end on the '
            "first anniversary of the date of this Agreement; provided that (a) either party may "
            "terminate this Agreement, effective at any time after the first three months of the "
            "Term, by giving 30 days' written notice of termination to the other party.",
            "1998-02-01",
            "February 1, 1998",
        ),
        (  # Ashworth / Nantz
            "Except as otherwise provided herein, this Agreement shall commence effective June 1, "
            "1998, and shall continue for a term of three (3) years expiring May 31, 2001 (the "
            '"Term").',
            "1998-06-01",
            "June 1, 1998",
        ),
    ],
)
def test_the_day_the_agreement_s_term_begins(clause: str, iso: str, written: str) -> None:
    found = _read(DOMINI + clause)
    assert _effective(found) == iso
    assert found.evidence["effective_date.date"].text == written


def test_an_effective_date_defined_after_a_long_cover_page() -> None:
    # Dova / Valeant: the opening sentence comes after the cover legend and a table of contents.
    contents = "".join(f"ARTICLE {n} HEADING {n}.\n\n" for n in range(1, 80))
    found = _read(
        contents + 'This Co-Promotion Agreement (this "Agreement") is entered into and dated as of '
        'September 26, 2018 (the "Effective Date") by and between Dova Pharmaceuticals, Inc., a '
        'Delaware corporation ("Dova"), and Valeant Pharmaceuticals North America LLC, a Delaware '
        'limited liability company ("Valeant").'
    )
    assert _effective(found) == "2018-09-26"


def test_an_effective_date_named_without_quotes() -> None:
    # TAT-14 cable network (Startec): "hereinafter called the Effective Date".
    found = _read(
        "This Agreement, made and entered into this 2nd day of September 1998, hereinafter called "
        "the Effective Date, between and among the Parties signatory hereto (hereinafter "
        'collectively called "Parties" and individually called "Party").'
    )
    assert _effective(found) == "1998-09-02"
    assert found.evidence["effective_date.date"].text == "2nd day of September 1998"


@pytest.mark.parametrize(
    ("clause", "iso"),
    [
        (  # Go Call / PageMaster: the term sentence's subject is not "this Agreement"
            'This promotion shall begin on June 1,1999 and shall terminate June 1, 2000 (herein "Term") '
            "This term shall be extended for a 1 year period provided 3000 pagers per month are "
            "distributed to Purchase customers.",
            "1999-06-01",
        ),
        (  # iDreamSky: "come into force as of"
            "13.1 This Agreement shall come into force as of January 1, 2013 and remain valid for 1 year.",
            "2013-01-01",
        ),
    ],
)
def test_the_start_of_the_term_sentence(clause: str, iso: str) -> None:
    found = _read(DOMINI + clause)
    assert _effective(found) == iso


def test_a_term_coming_into_force_on_a_date_ends_a_year_later() -> None:
    found = _read(
        DOMINI + "13.1 This Agreement shall come into force as of January 1, 2013 and remain "
        "valid for 1 year."
    )
    assert found.term is not None
    assert (found.term.end_date, found.term.end_basis) == ("2014-01-01", "computed")
    assert found.evidence["term.start_date"].text == "January 1, 2013"
