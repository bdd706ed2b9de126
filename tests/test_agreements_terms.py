"""Term end dates (stated and computed), on the sentences of the CUAD contracts they come from."""

from __future__ import annotations

import pytest

from sec8k.agreements import read_agreement
from sec8k.agreements.source import Source
from sec8k.models import Agreement

#: The close of a signature page, so that a short text's dates are not read as signature dates.
WITNESS = "\n\nIN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written."
#: Openings that date the agreement and define its Effective Date (Allied Esports/WPT,
#: Magenta/Bachem, Neoforma/VerticalNet, CUAD v1).
WPT = (
    'This JOINT CONTENT LICENSE AGREEMENT (the "Agreement"), dated February 1, 2018 (the '
    '"Effective Date"), is made by and between WPT Enterprises, Inc., a Delaware corporation '
    '("WPT"), and ZYNGA INC., a Delaware corporation ("Zynga US").\n\n'
)
MAGENTA = (
    "This Master Development and Manufacturing Agreement (including all appendices hereto, this "
    '"Agreement") is entered into as of February 13, 2018 (the "Effective Date") by and between '
    'Magenta Therapeutics, Inc., a Delaware corporation ("Magenta"), and Bachem Americas, Inc., a '
    'California corporation ("Bachem").\n\n'
)
NEOFORMA = (
    'This Co-Branding Agreement (this "Agreement") by and between VerticalNet, Inc., a '
    'Pennsylvania corporation ("VerticalNet"), and Neoforma.com, Inc., a Delaware corporation '
    '("Neoforma"), is dated as of November 19, 1999 (the "Effective Date").\n\n'
)
#: An opening that dates the agreement without defining an Effective Date (BOLIVAR/KCI).
BOLIVAR = (
    "This Agreement is made on this 12th day of May 2003 by and between YourNetPlus.com, Inc., a "
    'New York Corporation ("Provider") and Kingdom Connect, Inc., a Corporation ("KCI").\n\n'
)


def _read(text: str) -> Agreement:
    return read_agreement(Source("x.txt", text + WITNESS))


@pytest.mark.parametrize(
    ("opening", "clause", "end", "start", "length"),
    [
        (  # a length from the Effective Date (Allied Esports / WPT)
            WPT,
            'This Agreement will be in effect for three (3) years from the Effective Date ("Initial '
            'Term") unless terminated earlier in accordance with this Agreement.',
            "2021-02-01",
            "February 1, 2018",
            "three (3) years",
        ),
        (  # "from and after the Effective Date" (eDiets / Women.com)
            WPT,
            "This Agreement will become effective as of the Effective Date and, unless sooner "
            "terminated pursuant to Sections 3.1 [Advertising and Promotion] or 10.2 [Termination "
            "for Breach], shall remain effective for two (2) years from and after the Effective "
            'Date (the "Initial Term").',
            "2020-02-01",
            "February 1, 2018",
            "two (2) years",
        ),
        (  # the start named before the length, "thereafter" (Magenta / Bachem)
            MAGENTA,
            "This Agreement shall commence on the Effective Date and shall extend for a period of "
            'Five (5) years thereafter ("Initial Term"), unless this Agreement is terminated earlier '
            "as provided herein or is extended by mutual written agreement of the Parties.",
            "2023-02-13",
            "February 13, 2018",
            "Five (5) years",
        ),
        (  # a length from the agreement's own date (BOLIVAR / KCI)
            BOLIVAR,
            "1 TERM This agreement shall be for a term of five years from the date of this document.",
            "2008-05-12",
            "12th day of May 2003",
            "five years",
        ),
        (  # an anniversary of the Effective Date (SandRidge / Piñon)
            MAGENTA,
            "This Agreement shall commence on the Effective Date and, unless terminated earlier "
            "pursuant to Section 3.2 or 3.3 of this Agreement, shall continue until the twentieth "
            "(20th) anniversary of the Effective Date; provided, however, (i) Operator shall have "
            "the right to terminate this Agreement at any time upon no less than 120 days prior "
            "written notice to Owner.",
            "2038-02-13",
            "February 13, 2018",
            "twentieth (20th) anniversary",
        ),
        (  # one of two ends: "the earlier of (a) the fifth (5t h) anniversary" (Lightbridge)
            MAGENTA,
            "This Agreement is effective on the Effective Date and shah continue in effect until "
            "the earlier of (a) the fifth (5t h) anniversary of the Effective Date, and (b) "
            "termination by either Party for any reason upon thirty (30) days' written notice to "
            "the other Party.",
            "2023-02-13",
            "February 13, 2018",
            "fifth (5t h) anniversary",
        ),
        (  # "expire upon the earlier of (i) the first anniversary" (GWG Holdings)
            MAGENTA,
            "This OMA shall expire upon the earlier of (i) the first anniversary of the Effective "
            "Date and (ii) the date that all Shares of Stock of the Seller Trusts as set forth on "
            'Schedule A hereto have been sold (the "Term").',
            "2019-02-13",
            "February 13, 2018",
            "first anniversary",
        ),
        (  # the day before an anniversary: one day less (Neoforma / VerticalNet)
            NEOFORMA,
            "1.9 INITIAL TERM shall mean the Effective Date through the day prior to the second "
            "anniversary of the Effective Date, unless earlier terminated pursuant to Section 11.",
            "2001-11-18",
            "November 19, 1999",
            "day prior to the second anniversary",
        ),
    ],
)
def test_an_end_counted_from_a_named_date_is_computed(
    opening: str, clause: str, end: str, start: str, length: str
) -> None:
    found = _read(opening + clause)
    assert found.term is not None
    assert (found.term.end_date, found.term.end_basis) == (end, "computed")
    # Both sources are in the evidence: the start date's text and the length's text.
    assert found.evidence["term.start_date"].text == start
    assert length in found.evidence["term.duration"].text
    assert "term.end_date" not in found.evidence  # no text states the computed day


def test_a_written_start_date_counts_too() -> None:
    # Centrack / i-on: the start is written out in the term sentence.
    text = (
        'This WEB SITE HOSTING AGREEMENT ("this Agreement") is entered into this 6th day of April, '
        '1999 by and between Centrack International, a Florida corporation ("the Customer"), and '
        'i-on interactive, a Florida corporation ("i-on").\n\nThe term of this Agreement for the '
        "Hosted Site shall commence upon April 1, 1999 and shall continue for a period of six (6) "
        "months, unless earlier terminated in accordance with provisions hereof."
    )
    found = _read(text)
    assert found.term is not None
    assert (found.term.end_date, found.term.end_basis, found.term.start_date) == (
        "1999-10-01",
        "computed",
        "1999-04-01",
    )
    assert found.evidence["term.start_date"].text == "April 1, 1999"


@pytest.mark.parametrize(
    "clause",
    [
        # 2TheMart: the Launch Date is an event this reader does not date.
        "The term of this Agreement shall continue for one (1) year following the Launch Date, "
        "unless earlier terminated as provided herein.",
        # Adaptimmune: five years is a minimum, not the end.
        "The term of this Agreement shall be five (5) years following the Effective Date or until "
        "the Studies are completed, whichever is later, unless extended or unless terminated "
        "earlier in accordance with the provisions hereof.",
        # HC2: a length counted back from a deadline.
        '(a) The standstill period (the "Standstill Period") begins on the date of this Agreement '
        "and shall extend until thirty (30) days prior to the deadline for the submission of "
        "stockholder nominations for directors for the 2021 Annual Meeting pursuant to the By-Laws.",
        # CytoDyn: an anniversary that opens a right to terminate is not the end of the term.
        "Vyera shall have the right to terminate this Agreement in its entirety: (a) on or after "
        "the second (2nd) anniversary of the Effective Date, upon written notice to CytoDyn.",
        # Array: a fiscal year's end is not the term's.
        "Notwithstanding the foregoing, it is understood that the first Fiscal Year shall commence "
        "on the Effective Date and end on March 31, 2018.",
    ],
)
def test_no_end_date_without_a_fixed_start_and_end(clause: str) -> None:
    found = _read(MAGENTA + clause)
    assert found.term is None or found.term.end_date is None


@pytest.mark.parametrize(
    ("clause", "end", "written"),
    [
        (  # Ashworth / Nantz: "expiring" before the date
            "Except as otherwise provided herein, this Agreement shall commence effective June 1, "
            "1998, and shall continue for a term of three (3) years expiring May 31, 2001 (the "
            '"Term").',
            "2001-05-31",
            "May 31, 2001",
        ),
        (  # Teardrop / Cole: "concluding" before the date
            "The term of this Agreement shall commence January 1, 1996, and shall continue for a "
            "period of three (3) years, concluding December 31, 1998.",
            "1998-12-31",
            "December 31, 1998",
        ),
    ],
)
def test_a_stated_end_date_wins_over_a_count(clause: str, end: str, written: str) -> None:
    found = _read(MAGENTA + clause)
    assert found.term is not None
    assert (found.term.end_date, found.term.end_basis) == (end, "stated")
    assert found.evidence["term.end_date"].text == written


@pytest.mark.parametrize(
    ("clause", "end"),
    [
        (  # BorrowMoney.com: the defined "Term" in quotes marks the term sentence
            'The duration of this Venture (the "Term") will begin on March 1, 2020 and continue in '
            "full force and effect until February 28, 2025 or as otherwise provided in this "
            "Agreement.",
            "2025-02-28",
        ),
        (  # Go Call / PageMaster: "terminate" right before the date
            'This promotion shall begin on June 1,1999 and shall terminate June 1, 2000 (herein "Term") '
            "This term shall be extended for a 1 year period provided 3000 pagers per month are "
            "distributed to Purchase customers.",
            "2000-06-01",
        ),
        (  # TC PipeLines: a "TERM:" line
            "6. TERM: November 01, 2014 to October 31, 2017",
            "2017-10-31",
        ),
    ],
)
def test_term_lines_without_the_word_agreement(clause: str, end: str) -> None:
    found = _read(MAGENTA + clause)
    assert found.term is not None
    assert (found.term.end_date, found.term.end_basis) == (end, "stated")


def test_a_length_no_calendar_holds_is_not_counted() -> None:
    # A guard, not a CUAD wording: an absurd length leaves the end unstated instead of failing.
    found = _read(
        MAGENTA + "This Agreement shall commence on the Effective Date and shall extend for a "
        'period of 9999 years thereafter ("Initial Term").'
    )
    assert found.term is None or found.term.end_date is None
