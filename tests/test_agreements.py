"""Agreement terms and officer changes: the seed's acceptance, field by field, and the rules' units."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from sec8k.agreements import (
    Source,
    classify,
    extract_agreements,
    is_agreement_opening,
    read_agreement,
)
from sec8k.agreements.kinds import load_kinds
from sec8k.errors import PatternError
from sec8k.extract import extract_path
from sec8k.models import Agreement, Evidence, OfficerChange
from sec8k.parsed import ParsedFiling
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"


@pytest.fixture(scope="module")
def seed() -> ParsedFiling:
    return extract_path(SEED)


@pytest.fixture(scope="module")
def agreement(seed: ParsedFiling) -> Agreement:
    assert len(seed.record.agreements) == 1
    return seed.record.agreements[0]


@pytest.fixture(scope="module")
def officer(seed: ParsedFiling) -> OfficerChange:
    assert len(seed.record.officer_changes) == 1
    return seed.record.officer_changes[0]


def _evidence(value: object) -> Iterator[Evidence]:
    if isinstance(value, Evidence):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _evidence(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _evidence(inner)
    elif hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            yield from _evidence(getattr(value, name))


# -- the seed: Exhibit 10.2 bound into the one document ------------------------------
def test_seed_exhibit_is_a_consulting_agreement(agreement: Agreement) -> None:
    assert (agreement.document, agreement.exhibit, agreement.agreement_type) == (
        "filing.txt",
        "10.2",
        "consulting",
    )
    assert agreement.title == "CONSULTING AGREEMENT"


def test_seed_parties_and_roles(agreement: Agreement) -> None:
    assert [(p.name, p.role) for p in agreement.parties] == [
        ("Allied Motion Technologies Inc.", "Company"),
        ("Richard D. Smith", "Consultant"),
    ]


def test_seed_dates_and_term(agreement: Agreement) -> None:
    assert agreement.agreement_date == "2011-01-03"
    effective = agreement.effective_date
    assert effective is not None
    assert (effective.event, effective.date, effective.anticipated) == (
        "Retirement Date",
        "2013-03-31",
        True,
    )
    assert agreement.term is not None and agreement.term.duration is not None
    assert (agreement.term.duration.value, agreement.term.duration.unit) == (Decimal(5), "years")
    assert agreement.renewal is None  # the agreement states none


def test_seed_fee_schedule_row_by_row(agreement: Agreement) -> None:
    fees = [c for c in agreement.compensation if c.kind == "fee"]
    assert [(c.amount, c.limit.value if c.limit else None) for c in fees] == [
        (Decimal(166000), Decimal(100)),
        (Decimal(151750), Decimal(90)),
        (Decimal(136000), Decimal(80)),
        (Decimal(124000), Decimal(70)),
        (Decimal(106000), Decimal(60)),
    ]
    assert [c.period_label for c in fees] == [
        f"{n} 12-month period" for n in ("first", "second", "third", "fourth", "fifth")
    ]
    assert {(c.currency, c.per) for c in fees} == {("USD", "year")}
    assert {c.limit.unit for c in fees if c.limit} == {"days"}


def test_seed_hourly_rate_and_daily_cap(agreement: Agreement) -> None:
    rate = [c for c in agreement.compensation if c.kind == "rate"]
    cap = [c for c in agreement.compensation if c.kind == "cap"]
    assert [(c.amount, c.per) for c in rate] == [(Decimal(200), "hour")]
    assert [(c.amount, c.per) for c in cap] == [(Decimal(1600), "consulting day")]
    assert agreement.work_day is not None
    assert agreement.work_day.name == "Consulting Day"
    assert (agreement.work_day.minimum.value, agreement.work_day.minimum.unit) == (
        Decimal(5),
        "hours",
    )


def test_seed_termination_cases(agreement: Agreement) -> None:
    cases = {c.trigger: c for c in agreement.termination}
    for trigger in ("death", "disability", "change_in_control", "without_cause"):
        case = cases[trigger]
        assert case.lump_sum is True
        assert case.payment_within is not None and case.payment_within.value == 30
        assert case.payment is not None and "remainder of the Contract Period" in case.payment
    assert cases["without_cause"].initiated_by == "Company"
    cure = cases["for_cause"].cure_period
    assert cure is not None and (cure.value, cure.unit) == (Decimal(45), "days")
    notice = cases["notice"]
    assert notice.initiated_by == "either"
    assert notice.notice is not None and (notice.notice.value, notice.notice.unit) == (
        Decimal(30),
        "days",
    )
    assert cases["voluntary"].initiated_by == "Consultant"


def test_seed_change_in_control_thresholds(agreement: Agreement) -> None:
    cic = agreement.change_in_control
    assert cic is not None
    assert [t.value.value for t in cic.thresholds] == [Decimal(45), Decimal("66.6667"), Decimal(80)]
    assert [t.value.text for t in cic.thresholds] == ["45%", "two-thirds (2/3)", "80%"]


def test_seed_covenants(agreement: Agreement) -> None:
    noncompete = agreement.non_compete
    assert noncompete is not None
    assert noncompete.duration == "While the Consultant is a Consultant of the Company"
    assert noncompete.ownership_allowed is not None and noncompete.ownership_allowed.value == 5
    assert noncompete.scope is not None and noncompete.scope.startswith("in the geographical area")
    assert agreement.confidentiality is not None and agreement.confidentiality.survives is True


def test_seed_law_arbitration_notices(agreement: Agreement) -> None:
    assert agreement.governing_law == "Colorado"
    assert agreement.arbitration is not None
    assert agreement.arbitration.venue == "the City and County of Denver"
    assert agreement.arbitration.rules == "American Arbitration Association"
    notices = {n.party: n.address for n in agreement.notice_addresses}
    assert notices["Company"].startswith("Allied Motion Technologies Inc. 23 Inverness Way East")
    assert notices["Consultant"] == "Richard D. Smith 8422 Newland Drive Arvada, CO 80003"


def test_seed_signatories(agreement: Agreement) -> None:
    assert [(s.name, s.title) for s in agreement.signatories] == [
        ("Delwin Hock", "Lead Director"),
        ("Richard S. Warzala", "President and CEO"),
        ("Richard D. Smith", "Consultant"),
    ]


def test_seed_benefits(agreement: Agreement) -> None:
    assert [b.label for b in agreement.benefits] == ["Expenses", "Home Office", "Automobile"]


def test_seed_every_value_points_at_its_text(
    seed: ParsedFiling, agreement: Agreement, officer: OfficerChange
) -> None:
    text = seed.texts["filing.txt"].text
    found = list(_evidence(agreement)) + list(_evidence(officer))
    assert len(found) > 60
    for evidence in found:
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.source_line is not None
    filled = {
        k
        for k, v in agreement.model_dump(
            exclude={"evidence", "document", "exhibit", "agreement_type"}
        ).items()
        if v not in (None, [])
    }
    scalars = {k for k in filled if not isinstance(getattr(agreement, k), list)}
    assert scalars <= set(agreement.evidence)
    for name in (
        "parties",
        "compensation",
        "benefits",
        "termination",
        "notice_addresses",
        "signatories",
    ):
        assert all(isinstance(entry.evidence, Evidence) for entry in getattr(agreement, name))


def test_seed_officer_change(officer: OfficerChange) -> None:
    assert officer.item == "5.02"
    assert officer.name == "Richard Smith"
    assert officer.positions == ["Executive Chairman of the Board", "Chief Financial Officer"]
    assert (officer.change, officer.effective_date) == ("retirement", "2013-03-31")
    assert [(a.title, a.date, a.exhibit) for a in officer.agreements] == [
        ("Consulting Agreement", "2011-01-03", "10.2")
    ]
    assert set(officer.evidence) >= {"name", "change", "positions", "effective_date"}


# -- standalone contracts --------------------------------------------------------------------
STANDALONE = """SERVICES AGREEMENT

This Services Agreement (the "Agreement") is made as of June 1, 2020 by and between Acme Widgets, Inc., a Delaware corporation (the "Company"), and Jane Q. Public ("Provider").

1. Term. The term of this Agreement shall continue for two (2) years from the date hereof.

2. Compensation. The Company shall pay Provider a fee of $5,000 per month.

3. Governing Law. This Agreement shall be governed by the laws of the State of New York.
"""


def test_a_standalone_contract_is_read_as_one_agreement(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_text(STANDALONE, encoding="utf-8")
    record = extract_path(path).record
    assert (record.items, record.exhibits, record.officer_changes) == ([], [], [])
    [found] = record.agreements
    assert (found.agreement_type, found.exhibit, found.agreement_date) == (
        "services",
        None,
        "2020-06-01",
    )
    assert [p.name for p in found.parties] == ["Acme Widgets, Inc.", "Jane Q. Public"]
    assert found.governing_law == "New York"
    assert (
        found.term is not None
        and found.term.duration is not None
        and found.term.duration.value == 2
    )
    [fee] = found.compensation
    assert (fee.kind, fee.amount, fee.per) == ("fee", Decimal(5000), "month")


def test_a_report_is_not_an_agreement(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Quarterly update\n\nSales rose 4% in the quarter.\n", encoding="utf-8")
    assert extract_path(path).record.agreements == []
    assert not is_agreement_opening(
        "FORM 8-K\nCURRENT REPORT\nConsulting Agreement between A and B"
    )


def test_unstated_fields_stay_empty() -> None:
    text = 'THIS LICENSE AGREEMENT is made between Foo Corp. ("Licensor") and Bar LLC ("Licensee").'
    found = read_agreement(Source("x.txt", text))
    assert found.agreement_type == "other"
    assert (found.agreement_date, found.term, found.governing_law, found.compensation) == (
        None,
        None,
        None,
        [],
    )


# -- parties: the rules on preambles copied from CUAD contracts ----------------------------------
def _parties(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in read_agreement(Source("x.txt", text)).parties]


def test_a_descriptor_after_a_definition_is_not_the_next_party() -> None:
    # Hanover Direct / Deerskin: ", a New Jersey Corporation, located at ..." opens the piece
    # before the Deerskin definition; spaCy's ORG "New Jersey Corporation" there is no name.
    text = (
        'This SITE DEVELOPMENT AND HOSTING AGREEMENT (the "Agreement") dated as of August 9, 1999 '
        'is made between Hanover Direct, Inc. ("HDI"), a New Jersey Corporation, located at 1500 '
        "Harbor Boulevard, Weehawken, NJ 07087, and The Deerskin Companies, Inc. (the "
        '"Company"), a Nevada corporation, located at 2500 Arrowhead Drive, Carson City, NV 89706.'
    )
    assert _parties(text) == [
        ("Hanover Direct, Inc.", "HDI"),
        ("The Deerskin Companies, Inc.", "Company"),
    ]


def test_a_definition_with_two_roles_and_a_description_after_it() -> None:
    text = (
        'CONSULTING AGREEMENT This CONSULTING AGREEMENT ("Agreement") effective as of this 1st '
        "day of March 2020 is hereby entered into between Gunston Consulting, LLC "
        '("CONSULTANT"), a Virginia limited liability company, and Medalist Diversified REIT, '
        'Inc. ("REIT" or the "Company"), a Maryland corporation, collectively the "Parties."'
    )
    assert _parties(text) == [
        ("Gunston Consulting, LLC", "CONSULTANT"),
        ("Medalist Diversified REIT, Inc.", "REIT"),
    ]
    assert _agreement_date(text) == "2020-03-01"
    arc = (
        'This Sponsorship Agreement (this "Agreement") is entered into as of November 27, 2017 '
        '(the "Execution Date") by and between Jacksonville Jaguars, LLC, a Delaware limited '
        'liability company ("Club"), and The ARC Group, Inc., a Florida corporation (owner and '
        'operator of Dick\'s Wings and Grill) ("Sponsor").'
    )
    assert _parties(arc) == [
        ("Jacksonville Jaguars, LLC", "Club"),
        ("The ARC Group, Inc.", "Sponsor"),
    ]


def test_a_name_after_the_last_party_s_description() -> None:
    text = (
        'THIS NON-COMPETITION AND NON-SOLICITATION AGREEMENT (this "Agreement"), dated as of '
        'August 1, 2019 (the "Effective Date"), is entered into by Quaker Chemical Corporation '
        '("Buyer"), a Pennsylvania corporation, Gulf Houghton Lubricants Ltd., a company '
        'incorporated in the Cayman Islands ("Gulf Houghton"), Gulf Oil International Limited, a '
        'company incorporated in the Cayman Islands ("Gulf International"), and GOCL Corporation '
        'Limited, a public limited company incorporated in India ("Gulf Oil").'
    )
    assert [name for name, _ in _parties(text)] == [
        "Quaker Chemical Corporation",
        "Gulf Houghton Lubricants Ltd.",
        "Gulf Oil International Limited",
        "GOCL Corporation Limited",
    ]


def test_a_letter_agreement_s_addressee_is_a_party() -> None:
    text = (
        "AGENCY AGREEMENT\n\nNovember ___, 2006\n\nSANDLER O'NEILL & PARTNERS, L.P. 919 Third "
        "Avenue, 6 Floor New York, New York 10022\n\nLadies and Gentlemen:\n\nGreater Delaware "
        "Valley Holdings, A Mutual Company, a Pennsylvania-chartered mutual holding company (the "
        '"PA MHC"), Alliance Mutual Holding Company, a federal mutual savings and loan holding '
        'company in formation (the "Federal MHC"), hereby confirm their agreement with Sandler '
        "O'Neill & Partners, L.P."
    )
    assert [name for name, _ in _parties(text)][-1] == "SANDLER O'NEILL & PARTNERS, L.P."
    no_block = (
        "EL BANCO FINANCIAL CORPORATION\n\nAGENCY AGREEMENT\n\n, 2006\n\nLadies and "
        'Gentlemen:\n\nEl Banco Financial Corporation, a Georgia corporation (the "Company"), '
        "proposes to engage the sales agent identified on the signature page."
    )
    assert _parties(no_block) == []  # no address block above the salutation: no addressee


def test_connectives_before_a_name_are_not_part_of_it() -> None:
    text = (
        'MANUFACTURING AGREEMENT This Manufacturing Agreement (the "Agreement") is effective '
        'February ____, 2017 (the "Effective Date"), BETWEEN: ELECTRAMECCANICA VEHICLES CORP., an '
        "entity incorporated under the laws of the Province of British Columbia, Canada, with an "
        "address of Suite 102 East 1st Avenue, Vancouver, British Columbia, Canada, V5T 1A4 "
        '("EMV"); AND: CHONGQING ZONGSHEN AUTOMOBILE INDUSTRY CO., LTD., a company organized and '
        "existing under the laws of China, with its head office located at: Zongshen Industry "
        'Zone Banan District, Chongqing PC: 400054("Manufacturer")'
    )
    assert [name for name, _ in _parties(text)] == [
        "ELECTRAMECCANICA VEHICLES CORP.",
        "CHONGQING ZONGSHEN AUTOMOBILE INDUSTRY CO., LTD.",
    ]


def test_a_name_with_and_inside_is_read_whole() -> None:
    text = (
        "This Agreement is made as of the Effective Date between:\n\nExxonMobil Research and "
        "Engineering Company, a corporation of the State of Delaware having offices at 1545 Route "
        '22 East, Annandale, New Jersey 08801 ("ExxonMobil"); and\n\nFuelCell Energy, Inc., a '
        "corporation of the State of Delaware having offices at 3 Great Pasture Road, Danbury, "
        'Connecticut 06810 ("FCE").'
    )
    assert _parties(text) == [
        ("ExxonMobil Research and Engineering Company", "ExxonMobil"),
        ("FuelCell Energy, Inc.", "FCE"),
    ]


def test_a_title_or_a_recital_is_not_a_party_name() -> None:
    text = (
        "Sales, Marketing, Distribution, and Supply Agreement {***} WHEREAS HEMISPHERX is a "
        "biopharmaceutical company with headquarters at One Penn Center, 1617 JFK Boulevard, "
        'Suite 500, Philadelphia, PA 19103, U.S. ("HEMISPHERX") and Scientific Products '
        "Pharmaceutical Co. LTD is a pharmaceutical company with its primary offices located at "
        'Tahlia Street, P.O Box 10485, Riyadh 11433 Saudi Arabia (" SCIEN"), each a "Party" '
        'together, "Parties", and WHEREAS HEMISPHERX owns intellectual proprietary rights.'
    )
    assert not any("Agreement" in name for name, _ in _parties(text))
    recital = (
        "WHEREAS, telecommunication services are being provided between and among Europe, and "
        "North America, by means of submarine cable and satellite facilities; and"
    )
    assert _parties(recital) == []


def test_a_cover_page_party_line_ends_before_its_date() -> None:
    text = (
        "Exhibit 10.11 COLLABORATION AGREEMENT\n\nBY AND BETWEEN\n\nASTELLAS PHARMA INC.\n\nAND"
        "\n\nFIBROGEN, INC. June 1, 2005\n\nCONFIDENTIAL EXECUTION COPY TABLE OF CONTENTS"
    )
    assert [name for name, _ in _parties(text)] == ["ASTELLAS PHARMA INC.", "FIBROGEN, INC."]


def test_labelled_parties_party_a_party_b() -> None:
    zto = (
        "Road Transportation Agreement Party A (Shipper): ZTO Express Co., Ltd. Address: Building "
        "1, No. 1685, Huazhi Road, Huaxin Twon, Qingpu District, Shanghai Party B (Carrier): "
        "Tonglu Tongze Logistics Ltd. Address: 12 Floor, HSBC Tower, Yinchun South Road, Tonglu "
        "County, Zhejiang Province Due to the need for logistics business, Party A and Party B "
        'enter into this Road Transportation Agreement (this "Agreement").'
    )
    assert [name for name, _ in _parties(zto)] == [
        "ZTO Express Co., Ltd.",
        "Tonglu Tongze Logistics Ltd.",
    ]
    idreamsky = (
        "Cooperation Agreement on Mobile Game Business Party A: Dazzle Interactive Network "
        "Technologies Co., Ltd. Address: 4F, Han Zhong Hua Mansion, 268 Han Zhong Road, Gu Lou "
        "District, Nanjing Zip code: 210001\n\nParty B: Shenzhen iDreamSky Technology Co., Ltd. "
        "Address: 7F, EVOC Technology Building, No. 31 Gaoxin Central 4th Road, Nanshan District"
    )
    assert [name for name, _ in _parties(idreamsky)] == [
        "Dazzle Interactive Network Technologies Co., Ltd.",
        "Shenzhen iDreamSky Technology Co., Ltd.",
    ]


def test_a_consortium_is_signed_for_and_on_behalf_of_each_party() -> None:
    text = (
        "This Agreement, made and entered into this 2nd day of September 1998, hereinafter "
        "called the Effective Date, between and among the Parties signatory hereto (hereinafter "
        'collectively called "Parties" and individually called "Party"), which Parties are '
        "identified in Schedule A attached hereto and made a part hereof,\n\nWITNESSETH:\n\n"
        "IN WITNESS WHEREOF the Parties have severally subscribed these presents or caused them "
        "to be subscribed in their names and on their behalf by their respective officers "
        "thereunto duly authorized.\n\nFor and on behalf of ABS Telecom plc\n\n"
        "---------------------------\n\nFor and on behalf of AT&T Corp.\n\n"
        "---------------------------\n\nFor and on behalf of\n\nBARAK I.T.C\n\n"
        "---------------------------\n\n"
    )
    assert [name for name, _ in _parties(text)] == ["ABS Telecom plc", "AT&T Corp.", "BARAK I.T.C"]


def test_the_recitals_after_witnesseth_name_no_parties() -> None:
    text = (
        "ASIA PACIFIC CABLE NETWORK 2 CONSTRUCTION & MAINTENANCE AGREEMENT THIS AGREEMENT, made "
        "and entered into this 18th day of April 2000, between and among the Parties signatory "
        'hereto (hereinafter collectively called "Parties" and individually called "Party"), '
        "which Parties are identified in Schedule A, WITNESSETH: WHEREAS, China Telecom, CWHKTI, "
        "Chunghwa Telecom, Korea Telecom, Japan Telecom, NTT Com, KDD Corp., Telekom Malaysia, "
        'SingTel, and Telstra, (the "MOU" Parties") signed a Memorandum of Understanding.\n\n'
        "IN WITNESS WHEREOF, the Parties hereto have severally subscribed these presents. For and "
        "on behalf of Advantage Telecommunications Ltd. By:\n\nFor and on behalf of China "
        "Telecom By:\n\nFor and on behalf of KDD Corporation\n\nBy:\n\n"
    )
    assert [name for name, _ in _parties(text)] == [
        "Advantage Telecommunications Ltd.",
        "China Telecom",
        "KDD Corporation",
    ]


def test_signing_organisations_without_the_signatory_title_before_them() -> None:
    text = (
        "JOINT FILING AGREEMENT The undersigned hereby agree that the statement on Schedule 13G "
        "with respect to the equity securities of Q Biomed, Inc. is filed on behalf of each of "
        "the undersigned. Dated: 4/8/2020 YA II PN, Ltd. By:/s/ Troy J. Rillo, Esq. Date: "
        "4/8/2020 Troy J. Rillo, Esq. Chief Compliance Officer YA Global Investments II (U.S.), "
        "Ltd. By:/s/ Troy J. Rillo, Esq. Date: 4/8/2020 Troy J. Rillo, Esq. Chief Compliance "
        "Officer Yorkville Advisors Global, LP By:Yorkville Advisors Global, LLC Its:General "
        "Partner By:/s/ Troy J. Rillo, Esq. Date: 4/8/2020 Troy J. Rillo, Esq. Chief Compliance "
        "Officer Yorkville Advisors Global II, LLC By:/s/ Troy J. Rillo, Esq."
    )
    names = [name for name, _ in _parties(text)]
    assert "Yorkville Advisors Global, LP" in names
    assert "Yorkville Advisors Global II, LLC" in names
    assert not any("Officer" in name for name in names)


# -- agreement date: the rules on preambles copied from CUAD contracts -----------------------------
#: The close of a signature page, so that a short text's dates are not read as signature dates.
WITNESS = "\n\nIN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written."


def _agreement_date(text: str) -> str | None:
    return read_agreement(Source("x.txt", text + WITNESS)).agreement_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (  # an ordinal day in words
            'THIS MANUFACTURING AGREEMENT (the "Agreement") is made this first day of July, 2017 '
            '(the "Effective Date") between Stremicks Heritage Foods, LLC ("Heritage"), a Delaware '
            'limited liability company, and PREMIER NUTRITION CORPORATION ("Premier").',
            "2017-07-01",
        ),
        (  # in words and in figures
            "This Endorsement Agreement is made and entered into this first (1st) day of January, "
            '1996, by and between Teardrop Putter Corporation ("Teardrop") and Bobby Cole ("Cole").',
            "1996-01-01",
        ),
        (  # no space after the comma, after a title line that names the parties
            "Promotion Agreement Between PageMaster Corporation and Go Call, Inc.\n\nThis Promotion "
            'Agreement (herein "Agreement") dated March 12,1999, by and between Go Call, Inc. '
            '(herein "Go Call") and PageMaster Corporation (herein "PageMaster").',
            "1999-03-12",
        ),
        (  # a typist's underscore and an abbreviated month
            'THIS EXCLUSIVE DISTRIBUTOR AGREEMENT (the "Agreement") shall be effective as of _Dec. '
            '8, 2005 (hereinafter "Effective Date"), by and between LifeUSA/ Envision Health, Inc., a '
            'corporation (hereinafter collectively "ENVISION"), and Sierra Mountain Minerals, Inc., a '
            'Canadian company (hereinafter "SIERRA"), is made with reference to the following facts:',
            "2005-12-08",
        ),
        (  # a full stop after the month does not end the sentence
            'This STRATEGIC ALLIANCE AGREEMENT (this "Agreement") is made and entered into this 16 '
            'day of August. 2012 (the "Effective Date") by and between Lightbridge Corporation, a '
            'Nevada Corporation ("Lightbridge"), and Lloyds Register FNMA ("Lloyds").',
            "2012-08-16",
        ),
        (  # a preamble cut short by "Bl. D": the date in the sentence that finishes it
            "This Agreement is made and entered into by and between 695014 B.C. Ltd. dba Galaxy "
            "Telecom, having a principal office at 200 - 375 Water Street, Vancouver, British "
            'Columbia V6B 5C6 Canada ("Galaxy") and Galaxy Telnet SRL, having a principal office at '
            "Aleea Malinului, Nr. 11, Bl. D, Scara C, Apt. 43, Constanta, Judetul Constanta, Romania "
            '("Telnet") as of the 1st day of June, 2004.\n\nWHEREAS: Galaxy is a wholesale provider.',
            "2004-06-01",
        ),
        (  # a blank day stays blank
            'MARKETING AGREEMENT This Marketing Agreement (this "Agreement") is made and entered into '
            'as of September __, 2018 (the "Effective Date"), between Loop Industries, Inc., a Nevada '
            'corporation ("Loop"), and Indorama Loop Technologies, LLC ("Indorama").',
            None,
        ),
        (
            'This Reseller Agreement is entered as of this ___ day of _________, 2004 ("Effective '
            'Date") by and between PivX Corporation, a California corporation ("PivX") and Detto '
            'Technologies, a Washington corporation ("Detto").',
            None,
        ),
    ],
)
def test_agreement_date_forms(text: str, iso: str | None) -> None:
    assert _agreement_date(text) == iso


def test_a_cover_page_then_the_opening_sentence_gives_the_date() -> None:
    text = (
        'SERVICES OUTSOURCING AGREEMENT\n\nBetween\n\nCCA INDUSTRIES, INC. ("Company")\n\nAnd\n\n'
        'EMERSON HEALTHCARE, LLC ("Contractor")\n\nDATED AS OF January 20, 2014\n\nCONFIDENTIAL '
        'TREATMENT REQUESTED\n\nThis Services Outsourcing Agreement (this "Agreement") is made as '
        'of January 20, 2014 (Date), between CCA Industries, Inc. ("Company"), and Emerson '
        'HealthCare, LLC, a Pennsylvania limited liability company ("Contractor").\n\nRECITALS'
    )
    found = read_agreement(Source("x.txt", text + WITNESS))
    assert [p.name for p in found.parties] == ["CCA INDUSTRIES, INC.", "EMERSON HEALTHCARE, LLC"]
    assert found.agreement_date == "2014-01-20"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            'This Outsource Technology Development Agreement (this "Agreement") is entered into and '
            'effective as of this 1s t day of March, 2018 (the "Effective Date") by and between '
            'Document Security Systems, Inc. ("DSS"), and HotApp International Ltd. ("HotApp").',
            "2018-03-01",
        ),
        (
            'This Agreement is effective 7/1/98 ("Effective Date") between Tripath Technology, Inc. '
            '("Tripath"), and Uniquest Corporation ("Distributor").',
            "1998-07-01",
        ),
        (  # made, not said to take effect: no effective date
            'This Promotion Agreement (herein "Agreement") dated March 12,1999, by and between Go '
            'Call, Inc. (herein "Go Call") and PageMaster Corporation (herein "PageMaster").',
            None,
        ),
    ],
)
def test_an_agreement_date_said_to_be_effective_is_the_effective_date(
    text: str, iso: str | None
) -> None:
    found = read_agreement(Source("x.txt", text + WITNESS))
    assert (found.effective_date.date if found.effective_date else None) == iso


def test_an_effective_date_after_the_preamble_is_not_the_agreement_date() -> None:
    text = (
        'This Distribution Agreement (the "Agreement") is entered into by and between American '
        'Express Incentive Services, L.L.C., a Missouri limited liability company ("AEIS"), and '
        'its Reseller, Schoolpop, Inc., a Delaware corporation ("Schoolpop"). This Agreement is '
        'effective as of August 1, 2004, (the "Effective Date").\n\nThe following points outline '
        "this agreement:"
    )
    assert _agreement_date(text) is None


def test_signature_dates_skip_the_dates_of_other_agreements() -> None:
    text = (
        'SUPPLY AGREEMENT between CREMER OLEO GmbH & Co KG ("Cremer") and Ultragenyx '
        'Pharmaceutical Inc ("Ultragenyx").\n\n6) This Agreement supersedes all prior agreements '
        "except the Confidentiality Agreement between the parties dated September 26t h, 2012."
    )
    assert _agreement_date(text) is None
    letter = (
        "AGENCY AGREEMENT November ___, 2006\n\nSECTION 12. ENTIRE AGREEMENT; AMENDMENT. This "
        "Agreement represents the entire understanding of the parties hereto and supersedes any "
        "and all other oral or written agreements heretofore made, except for the engagement "
        "letter dated May 11, 2006, by and between the Agent and the Bank."
    )
    assert read_agreement(Source("x.txt", letter)).agreement_date is None


def test_signature_dates_from_the_last_signed_block_and_two_column_labels() -> None:
    preamble = (
        "HOSTING AGREEMENT This Hosting Agreement is entered into by and between Vitalibis, Inc. "
        '("Licensee") and Votocast, Inc. ("Votocast").\n\n'
    )
    signed = (
        "IN WITNESS WHEREOF. the Parties have caused this Agreement to be executed below by their "
        "respective duly authorized representatives. VITABILIS, INC. VOTOCAST, INC. "
        '("Votocast") By: /s/ Markus Frick By: /s/ Steven P. Raack Name: Markus Frick Name: '
        "Steven P. Raack Title: Director Title: CEO Date: 3-14-18 Date: 3-7-18\n\n"
    )
    form = (
        "EXHIBIT A SERVICES AND FEES\n\nIN WITNESS WHEREOF, VOTOCAST and Licensee have executed "
        "this Statement of Work effective as of the SOW Effective Date. VITABILIS, INC. "
        'VOTOCAST, INC. "Votocast") By: ______________________ By: ______________________ '
        "Name: ____________________ Name: ____________________ Date: _______ Date: _______\n"
    )
    assert read_agreement(Source("x.txt", preamble + signed + form)).agreement_date == "2018-03-14"
    columns = (
        "IN WITNESS WHEREOF, the parties have executed this Agreement as of the last date below. "
        "SCIENTIFIC PRODUCTS PHARMACEUTICAL CO. LTD: HEMISPHERX BIOPHARMA, INC: S/ Saleh "
        "Al-Abdullah Al-Rasheed S/ Thomas K. Equels Saleh Al-Abdullah Al-Rasheed Thomas K. "
        "Equels CEO & Owner President and CEO Date: Date: 3-29-2016 3-31-16\n"
    )
    assert read_agreement(Source("x.txt", preamble + columns)).agreement_date == "2016-03-31"


def test_schedules_after_the_signatures_do_not_date_the_agreement() -> None:
    preamble = (
        'TRANSITION SERVICES AGREEMENT (the "Agreement") dated as of [•], 2020, between Reynolds '
        'Group Holdings Inc., a Delaware corporation ("RGHI"), and Reynolds Consumer Products '
        'Inc., a Delaware corporation, (the "Company" or "RCP").'
    )
    schedule = (
        "Schedule A\n\n"
        + "12 months form the Commencement Date Services billed through the Warehousing and "
        "Freight Services Agreement.\n\n"
        * 40
        + "Freight procurement services in accordance with the processes set forth in the "
        "Warehousing and Freight Services Agreement between Pactiv LLC and Reynolds Consumer "
        "Products LLC effective November 1, 2019."
    )
    text = preamble + WITNESS + " By: /s/ Name: Title:\n\n" + schedule
    assert read_agreement(Source("x.txt", text)).agreement_date is None


# -- classification data ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "description", "roles", "kind"),
    [
        ("CONSULTING AGREEMENT", None, [], "consulting"),
        ("SERVICE AGREEMENT", None, ["Employer", "Executive"], "employment"),
        ("SERVICES AGREEMENT", None, ["Company"], "services"),
        (None, "Separation and Release Agreement with J. Doe", [], "separation"),
        ("ENDORSEMENT AGREEMENT", None, [], "endorsement"),
        ("NON-COMPETITION AND NON-SOLICITATION AGREEMENT", None, [], "non_competition"),
        ("Retention Bonus Agreement", None, [], "retention"),
        ("AGREEMENT", None, ["Company", "Consultant"], "consulting"),
        ("SUPPLY AGREEMENT", None, ["Buyer"], "other"),
    ],
)
def test_classify(title: str | None, description: str | None, roles: list[str], kind: str) -> None:
    assert (
        classify(exhibit_type="EX-10.1", description=description, title=title, roles=roles) == kind
    )


def test_kinds_data_is_checked_at_load(tmp_path: Path) -> None:
    assert {rule.kind for rule in load_kinds()} >= {"consulting", "employment", "separation"}
    bad = tmp_path / "kinds.jsonl"
    for line, reason in [
        ('{"kind": "lease", "titles": ["lease"]}', r"kinds.jsonl:1: kind: Input should be"),
        ('{"kind": "other", "titles": ["lease"]}', "is not one of"),
        ('{"kind": "consulting", "titles": []}', "titles: Tuple should have at least 1 item"),
        ('{"kind": "consulting", "titles": [" "]}', "at least 1 character"),
        ('{"kind": "consulting", "titles": ["x"], "colour": 1}', "colour: Extra inputs"),
        ('{"kind": "consulting", "titles": ["x", "X"]}', "already used"),
        ("not json", "not valid JSON"),
    ]:
        bad.write_text(line + "\n", encoding="utf-8")
        with pytest.raises(PatternError, match=reason):
            load_kinds.__wrapped__(bad)


# -- layout ------------------------------------------------------------------------------------
def test_sections_nest_by_number() -> None:
    text = "1. Term. One.\n2. Pay.\n2.1 Fees. Two.\n(a) Home Office. Three.\n3. Law. Four."
    src = Source("x", text)
    assert [(s.number, s.title) for s in src.sections] == [
        ("1.", "Term"),
        ("2.", "Pay"),
        ("2.1", "Fees"),
        ("(a)", "Home Office"),
        ("3.", "Law"),
    ]
    pay = src.sections[1]
    assert [c.title for c in src.children(pay)] == ["Fees", "Home Office"]


def test_fee_table_without_header_reads_rows() -> None:
    text = (
        'CONSULTING AGREEMENT between A Corp. (the "Company") and B ("Consultant").\n\n'
        "3. Compensation. The Company shall pay the Consultant as follows:\n"
        "Year 1:\t$ 10,000\nYear 2:\t$ 12,500\n"
    )
    found = read_agreement(Source("x", text))
    assert [(c.amount, c.period_label) for c in found.compensation] == [
        (Decimal(10000), "Year 1"),
        (Decimal(12500), "Year 2"),
    ]


# -- Item 5.02 on real filings ------------------------------------------------------------------
OFFICER_CASES = [
    ("0000320193-19-000026", "Angela Ahrendts", "departure", "2019-04-15"),
    ("0000320193-19-000026", "Deirdre O’Brien", "appointment", "2019-02-05"),
    ("0000320193-19-000093", "Bob Iger", "departure", "2019-09-10"),
    ("0000909518-12-000233", "Tracey T. Travis", "appointment", "2012-08-20"),
    ("0001193125-19-100400", "Robert Dahdah", "appointment", "2019-04-15"),
    ("0001193125-19-191922", "Rona Fairhead", "election", "2019-07-03"),
    ("0001193125-17-308859", "Bruce Sewell", "retirement", "2017-10-06"),
    ("0001193125-17-308859", "Katherine Adams", "appointment", "2017-11-13"),
    ("0001628280-25-058337", "Dina Powell McCormick", "departure", "2025-12-19"),
    ("marvell-8k-2025-04-14", "Raghib Hussain", "departure", "2025-05-02"),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "name", "change", "date"), OFFICER_CASES)
def test_officer_changes_on_real_filings(
    corpus: Path, folder: str, name: str, change: str, date: str
) -> None:
    record = extract_path(corpus / "edgar_8k" / "raw" / folder).record
    people = {c.name: c for c in record.officer_changes}
    assert name in people, f"{folder}: found {sorted(people)}"
    assert (people[name].change, people[name].effective_date) == (change, date)


@pytest.mark.corpus
def test_officer_positions_and_linked_exhibits(corpus: Path) -> None:
    raw = corpus / "edgar_8k" / "raw"
    travis = {c.name: c for c in extract_path(raw / "0000909518-12-000233").record.officer_changes}
    assert travis["Tracey T. Travis"].positions == [
        "Executive Vice President",
        "Chief Financial Officer",
    ]
    evans = {c.name: c for c in extract_path(raw / "0000939057-08-000103").record.officer_changes}
    assert evans["V. Lawrence Evans"].change == "retirement"
    assert [(a.title, a.exhibit) for a in evans["V. Lawrence Evans"].agreements] == [
        ("transition agreement", "10.13")
    ]
    loeb = {c.name: c for c in extract_path(raw / "0001493152-25-001317").record.officer_changes}
    links = loeb["Jan H. Loeb"].agreements
    assert (links[0].title, links[0].date, links[0].exhibit) == (
        "consulting agreement",
        "2025-01-06",
        "10.1",
    )


@pytest.mark.corpus
def test_consulting_exhibit_in_a_full_submission(corpus: Path) -> None:
    """The ACORN 8-K files its CEO's consulting agreement as EX-10.1: read it as an exhibit."""
    record = extract_path(corpus / "edgar_8k" / "raw" / "0001493152-25-001317").record
    consulting = [a for a in record.agreements if a.exhibit == "10.1"]
    assert consulting and consulting[0].agreement_type == "consulting"
    assert any(c.amount == 16780 for c in consulting[0].compensation), json.dumps(
        [
            c.model_dump(mode="json", exclude={"evidence", "text"})
            for c in consulting[0].compensation
        ]
    )


def test_extract_agreements_needs_nothing_but_the_parsed_filing(seed: ParsedFiling) -> None:
    assert extract_agreements(seed) == list(seed.record.agreements)


def test_an_undefined_party_before_a_defined_one_is_a_party_too() -> None:
    # CUAD, iBio / CC-Pharming: the first party has no definition of its own.
    text = (
        'MASTER JOINT DEVELOPMENT AGREEMENT This Master Joint Development Agreement ("Agreement") '
        "is between iBio Inc., a Public corporation, with a location at iBio Inc., 600 Madison "
        "Ave, Suite 01601 NY, NY 10022-1735 and Beijing CC-Pharming Ltd. of Beijing, China "
        '("CC-Pharming"), a Chinese Corporation with a location at Shunyi District, Beijing, '
        'China, 101312, each of the foregoing being individually referred to as a "Party".'
    )
    assert _parties(text) == [("iBio Inc.", None), ("Beijing CC-Pharming Ltd.", "CC-Pharming")]


def test_a_name_with_and_company_inside_it_is_one_party() -> None:
    # CUAD, Moelis & Company / SMBC: "& Company" does not end these names.
    text = (
        "This Strategic Alliance Agreement is entered into as of December 27, 2011 by and among "
        'Sumitomo Mitsui Banking Corporation ("SMBC"), a Japanese corporation, on the one hand, '
        'and Moelis & Company Holdings LP ("Moelis Holdings"), a Delaware limited partnership, '
        "and Moelis & Company Holdings GP LLC, a Delaware limited liability company "
        '("Moelis General Partner"), on the other hand.'
    )
    assert [name for name, _ in _parties(text)] == [
        "Sumitomo Mitsui Banking Corporation",
        "Moelis & Company Holdings LP",
        "Moelis & Company Holdings GP LLC",
    ]


# -- Item 5.02 rules, each on the real sentence it came from ----------------------------------
_ITEM_502 = (
    "FORM 8-K\n\nItem 5.02 Departure of Directors or Certain Officers; Election of Directors; "
    "Appointment of Certain Officers; Compensatory Arrangements of Certain Officers.\n\n"
)


def _officers(tmp_path: Path, text: str) -> list[tuple[str, str, list[str], str | None]]:
    path = tmp_path / "8-k.txt"
    path.write_text(_ITEM_502 + text + "\n", encoding="utf-8")
    return [
        (c.name, c.change, c.positions, c.effective_date)
        for c in extract_path(path).record.officer_changes
    ]


def test_a_department_is_not_a_departure_and_a_former_post_is_not_the_position(
    tmp_path: Path,
) -> None:
    # Exelon 2005 (0000950137-05-004969): an election to the board, then a biography.
    text = (
        "On April 26, 2005, the board of directors of Exelon Corporation elected Thomas J. Ridge "
        "to serve as a Class I director, effective May 2, 2005. Mr. Ridge, age 59, served as "
        "Secretary of the United States Department of Homeland Security from January 2003 through "
        "January 2005."
    )
    assert _officers(tmp_path, text) == [
        ("Thomas J. Ridge", "election", ["Class I director"], "2005-05-02")
    ]


def test_a_resignation_after_if_and_a_name_is_a_term_not_a_departure(tmp_path: Path) -> None:
    # Tyson 2020 (0000100493-20-000116): the appointment stands beside a step-down and a
    # severance term; the 'as' after Banks's name is his, the one before it White's.
    text = (
        "As previously disclosed, effective October 3, 2020, Noel White, age 62, stepped down as "
        "Chief Executive Officer (“CEO”) of Tyson Foods, Inc. (the “Company”), and the Company "
        "appointed Dean Banks, age 47, as President and CEO.\n\nThe CEO Employment Agreement also "
        "provides that upon a termination by the Company (other than for “cause” or by reason of "
        "death or permanent disability) or if Mr. Banks resigns for “good reason”, the Company "
        "will pay Mr. Banks an amount equal to two years of his base salary."
    )
    assert _officers(tmp_path, text) == [
        ("Noel White", "departure", ["Chief Executive Officer"], "2020-10-03"),
        ("Dean Banks", "appointment", ["President", "CEO"], "2020-10-03"),
    ]


def test_an_extended_employment_agreement_is_compensation(tmp_path: Path) -> None:
    # Disney 2017 (0000950157-17-001598): the extension's dates, the agreement's own date and
    # the forfeiture and consulting terms ("if (i) Mr. Iger voluntarily terminates his
    # employment", "may resign as a consultant") are neither departures nor effective dates.
    text = (
        "On December 13, 2017, in connection with the execution of the Merger Agreement, Disney "
        "amended (the “Amendment”) the Amended and Restated Employment Agreement with Robert A. "
        "Iger dated as of October 6, 2011, as previously amended (the “Agreement”), to extend the "
        "period during which Mr. Iger would remain employed with Disney and serve as Chairman and "
        "Chief Executive Officer from July 2, 2019 to December 31, 2021 (the “2021 Extension "
        "Date”).\n\nHowever, these performance share units shall be forfeited if (i) Mr. Iger "
        "voluntarily terminates his employment (other than pursuant to a Termination with Good "
        "Reason as defined in the Agreement) prior to the 2021 Extension Date.\n\nPrior to his "
        "termination of employment, Mr. Iger may elect to terminate the arrangement to provide "
        "the consulting services, or may resign as a consultant at any time following the first "
        "anniversary of his termination of employment."
    )
    [(name, change, _, date)] = _officers(tmp_path, text)
    assert (name, change, date) == ("Robert A. Iger", "compensation", "2017-12-13")


def test_officers_elected_to_an_office_are_appointed(tmp_path: Path) -> None:
    # JPMorgan 2026 (0000019617-26-000241): "elected Co-Presidents of the Firm" names no seat.
    # The verb reaches Rohrbaugh only (Petno's part of the sentence ends at Rohrbaugh's
    # name); Petno is appointed by "will become" in the next sentence.
    text = (
        'On June 25, 2026, JPMorgan Chase & Co. ("JPMorganChase" or the “Firm”) announced that '
        'Doug Petno, 61, and Troy Rohrbaugh, 56, Co-CEOs of the Commercial & Investment Bank ("CIB"), '
        "have been elected Co-Presidents of the Firm, effective immediately. In addition to their "
        "new roles, Mr. Petno will become sole CEO of the CIB, and Mr. Rohrbaugh will become CEO "
        'of Consumer & Community Banking ("CCB").'
    )
    assert [(n, c, d) for n, c, _, d in _officers(tmp_path, text)] == [
        ("Doug Petno", "appointment", "2026-06-25"),
        ("Troy Rohrbaugh", "appointment", "2026-06-25"),
    ]


def test_a_director_elected_to_serve_as_a_director_stays_an_election(tmp_path: Path) -> None:
    # Oracle 2019 (0001193125-19-191922).
    text = (
        "The Board of Directors (the “Board”) of Oracle Corporation (“Oracle”) unanimously elected "
        "Rona Fairhead to serve as a director."
    )
    assert _officers(tmp_path, text) == [("Rona Fairhead", "election", ["director"], None)]


def test_every_name_in_a_list_shares_the_words_before_it(tmp_path: Path) -> None:
    # Estée Lauder 2013 (0000909518-13-000083): plural "employment agreements", a list of four
    # names, one with an accented letter.
    text = (
        "On February 25, 2013, The Estée Lauder Companies Inc. (the “Company”) entered into "
        "amendments to the employment agreements with William P. Lauder, Fabrizio Freda, John "
        "Demsey and Cedric Prouvé."
    )
    assert _officers(tmp_path, text) == [
        (name, "compensation", [], "2013-02-25")
        for name in ("William P. Lauder", "Fabrizio Freda", "John Demsey", "Cedric Prouvé")
    ]


def test_an_earlier_report_s_date_and_a_period_end_are_not_the_change_s(tmp_path: Path) -> None:
    # BlackRock 2023 (0001193125-23-048785).
    text = (
        "As previously reported in the Current Report on Form 8-K filed by BlackRock, Inc. (the "
        "“Company”) on October 3, 2022, following the completion of the Company’s 2022 financial "
        "reporting requirements, which occurred with the filing of the Company’s Annual Report on "
        "Form 10-K for the year ended December 31, 2022 with the Securities and Exchange Commission "
        "on February 24, 2023, (i) Gary S. Shedlin transitioned from the role of Chief Financial "
        "Officer to Vice Chairman and (ii) Martin Small became Chief Financial Officer of the "
        "Company."
    )
    assert [(n, c, d) for n, c, _, d in _officers(tmp_path, text)] == [
        ("Gary S. Shedlin", "departure", "2023-02-24"),
        ("Martin Small", "appointment", "2023-02-24"),
    ]


def test_the_dates_an_extended_term_expires_on_are_not_the_change_s(tmp_path: Path) -> None:
    # 1895 Bancorp 2024 (0000943374-24-000509): "expire on A (...) and B" are both term ends.
    text = (
        "On December 20, 2024, the Boards of Directors of 1895 Bancorp of Wisconsin, Inc. and "
        "PyraMax Bank extended the terms of the employment agreements with each of David Ball, "
        "President and Chief Executive Officer, and Monica Baker, Executive Vice President and "
        "Chief Operating Officer, such that the terms of the employment agreements will expire on "
        "January 19, 2028 (with respect to Mr. Ball, who has a three-year agreement) and July 8, "
        "2026 (with respect to Ms. Baker, who has an 18-month agreement)."
    )
    assert {d for _, _, _, d in _officers(tmp_path, text)} == {"2024-12-20"}


def test_a_compensation_s_effective_date_in_the_person_s_paragraph(tmp_path: Path) -> None:
    # Marygold 2022 (0001437749-22-009214): approved on April 8, effective as of April 1.
    text = (
        "On April 8, 2022, The Marygold Companies, Inc.’s (the “Company” or “Marygold”) Board of "
        "Directors, upon approval from the Company’s Compensation Committee (“Compensation "
        "Committee”), approved: (i) employment agreements for each of Stuart Crumbaugh, David "
        "Neibert and Carolyn Yu (each an “Employment Agreement”).\n\nStuart Crumbaugh – CFO\n\n"
        "On April 18, 2022, the Company and Mr. Crumbaugh entered into an Employment Agreement "
        "providing for Mr. Crumbaugh’s continued employment as the Company’s Chief Financial "
        "Officer, effective as of April 1, 2022."
    )
    found = _officers(tmp_path, text)
    assert ("Stuart Crumbaugh", "compensation", "2022-04-01") in [(n, c, d) for n, c, _, d in found]


def test_a_resignation_in_the_event_that_is_a_term(tmp_path: Path) -> None:
    # SanDisk 2010 (0001000180-10-000089): a change-of-control term beside the appointment.
    text = (
        "End of Year Appointment of Sanjay Mehrotra as Chief Executive Officer\n\n"
        "The Board appointed Sanjay Mehrotra as Chief Executive Officer, effective January 1, 2011. "
        "Mr. Mehrotra will receive (iv) a revised change of control agreement which in the event "
        "that Mr. Mehrotra is terminated without cause or resigns for good reason three months "
        "prior to, or 18 months after, a change of control will provide severance."
    )
    assert _officers(tmp_path, text) == [
        ("Sanjay Mehrotra", "appointment", ["Chief Executive Officer"], "2011-01-01")
    ]


def test_a_title_from_the_person_s_own_paragraph_but_not_from_a_biography(
    tmp_path: Path,
) -> None:
    # Marygold 2022 (0001437749-22-009214): the list sentence gives no title, the person's
    # paragraph does. WaterBridge 2025 (waterbridge-wbi-8k-2025-12-15): "experience ...,
    # including most recently as the Senior Vice President ... of ConocoPhillips" is a past post.
    marygold = (
        "On April 8, 2022, the Board of Directors approved: (i) employment agreements for each of "
        "Stuart Crumbaugh, David Neibert and Carolyn Yu.\n\nOn April 18, 2022, the Company and Ms. "
        "Yu entered into an employment agreement providing for Ms. Yu’s employment as the Company’s "
        "Chief Legal Officer and Chief Continuity Officer, effective as of April 1, 2022."
    )
    found = {name: positions for name, _, positions, _ in _officers(tmp_path, marygold)}
    assert found["Carolyn Yu"] == ["Chief Legal Officer", "Chief Continuity Officer"]
    waterbridge = (
        "On December 12, 2025, the Board of Directors (the “Board”) of WaterBridge Infrastructure "
        "LLC appointed Janet Carrig to serve on the Board. Ms. Carrig has more than 20 years of "
        "experience as an attorney in both public and private practice, including most recently as "
        "the Senior Vice President, General Counsel and Corporate Secretary of ConocoPhillips from "
        "2007 until 2018."
    )
    assert _officers(tmp_path, waterbridge) == [("Janet Carrig", "appointment", [], "2025-12-12")]


def test_a_title_s_business_may_hold_an_ampersand(tmp_path: Path) -> None:
    # JPMorgan 2026 (0000019617-26-000241): "CEO of Consumer & Community Banking".
    text = (
        "On June 25, 2026, the Firm announced that Troy Rohrbaugh, 56, has been elected Co-President "
        'of the Firm. Mr. Rohrbaugh will become CEO of Consumer & Community Banking ("CCB").'
    )
    [(_, _, positions, _)] = _officers(tmp_path, text)
    assert "CEO of Consumer & Community Banking" in positions


def test_a_bare_officer_is_no_title(tmp_path: Path) -> None:
    # 1-800-Flowers 2024 (0001437749-24-000106): "as an officer and board member of various
    # subsidiaries" names no post.
    text = (
        "On December 31, 2023, the Company and Mr. Christopher McCann entered into an appointment "
        "letter setting forth the terms of Mr. McCann’s continued employment with the Company "
        "following the end of his leave of absence, effective January 1, 2024. Mr. McCann will "
        "continue to be employed by the Company and to serve as a Board member of the Company, and "
        "as an officer and board member of various subsidiaries of the Company on which he "
        "currently serves."
    )
    [(name, _, positions, _)] = _officers(tmp_path, text)
    assert (name, positions) == ("Christopher McCann", [])


def test_the_post_after_retire_as_is_the_position(tmp_path: Path) -> None:
    # Nuance 2016 (0001193125-16-771081): Chairman and CEO, retiring as CEO only.
    text = (
        "On November 17, 2016, the Compensation Committee of the Board of Directors of Nuance "
        "Communications, Inc. (the “Company”) approved an amendment and restatement of the "
        "Company’s employment agreement with Paul Ricci, the Company’s Chairman and Chief Executive "
        "Officer. Mr. Ricci has indicated his intention to retire as Chief Executive Officer at the "
        "end of the term of the New Employment Agreement."
    )
    [(name, change, positions, _)] = _officers(tmp_path, text)
    assert (name, change, positions) == ("Paul Ricci", "retirement", ["Chief Executive Officer"])


def test_a_member_of_the_board_is_a_position(tmp_path: Path) -> None:
    # Meta 2025 (0001628280-25-058337).
    text = (
        '(b) On December 19, 2025, Dina Powell McCormick notified Meta Platforms, Inc. (the "Company") '
        "that she will resign as a member of the Board of Directors of the Company, effective "
        "immediately."
    )
    assert _officers(tmp_path, text) == [
        ("Dina Powell McCormick", "departure", ["member of the Board of Directors"], "2025-12-19")
    ]


def test_a_title_keeps_its_business_after_a_comma(tmp_path: Path) -> None:
    # Apple 2019 (0000320193-19-000026).
    text = (
        "On February 5, 2019, Apple Inc. announced that Angela Ahrendts, Senior Vice President, "
        "Retail, would depart Apple, effective April 15, 2019. Ms. Ahrendts is succeeded by Deirdre "
        "O’Brien, who assumed the role of Senior Vice President, Retail + People, effective "
        "February 5, 2019."
    )
    assert [(n, p) for n, _, p, _ in _officers(tmp_path, text)] == [
        ("Angela Ahrendts", ["Senior Vice President, Retail"]),
        ("Deirdre O’Brien", ["Senior Vice President, Retail + People"]),
    ]


def test_was_appointed_as_is_the_new_post_not_a_biography(tmp_path: Path) -> None:
    # Nuance 2018 (0001002517-18-000024): "was" opened the biography cue, so the post came
    # from a later sentence ("appointed as a director of the Company").
    text = (
        "On March 19, 2018, Mark D. Benjamin was appointed as Chief Executive Officer (“CEO”) of "
        "Nuance Communications, Inc. (the “Company”). Mr. Benjamin will assume his new role on "
        "April 23, 2018."
    )
    [(name, change, positions, _)] = _officers(tmp_path, text)
    assert (name, change, positions) == (
        "Mark D. Benjamin",
        "appointment",
        ["Chief Executive Officer"],
    )
    # ... and the release he must sign to receive severance is an agreement, not his departure
    text += (
        " As a condition to receipt of any of the severance payments, Mr. Benjamin will be "
        "required to execute a separation and release of claims agreement in favor of the Company."
    )
    [(name, change, _, _)] = _officers(tmp_path, text)
    assert (name, change) == ("Mark D. Benjamin", "appointment")
    # "was selected as an officer" in the usual boilerplate stays no post
    text = (
        "On February 4, 2021, the Company announced the appointment of Robert Parks, age 48, as "
        "the principal accounting officer of the Company. There were no understandings between "
        "Mr. Parks and any other person pursuant to which he was selected as an officer of the "
        "Company."
    )
    [(name, _, positions, _)] = _officers(tmp_path, text)
    assert (name, positions) == ("Robert Parks", [])


def test_not_standing_for_re_election_is_a_departure(tmp_path: Path) -> None:
    # The usual wording of a director's notice; "re-election" is no election.
    text = (
        "On June 1, 2023, Bruce Wayne, a member of the Board of Directors (the “Board”) of Acme "
        "Corp. (the “Company”), informed the Company that he will not stand for re-election at "
        "the Company’s 2023 Annual Meeting of Stockholders."
    )
    [(name, change, _, _)] = _officers(tmp_path, text)
    assert (name, change) == ("Bruce Wayne", "departure")


def test_to_succeed_a_person_as_a_post_is_the_appointed_persons_post(tmp_path: Path) -> None:
    # The usual succession wording: the 'as' after "succeed Mr. Kent" is Lane's new post, and
    # the 'as' after "succeed Ms. Lane" is Olsen's, not Lane's.
    text = (
        "On August 2, 2023, the Company announced that Clark Kent will step down as President and "
        "Chief Executive Officer, effective September 30, 2023. The Board has appointed Lois Lane, "
        "currently the Company’s Chief Operating Officer, to succeed Mr. Kent as President and "
        "Chief Executive Officer, effective October 1, 2023. The Board appointed Jimmy Olsen to "
        "succeed Ms. Lane as Chief Operating Officer."
    )
    assert [(n, c, p) for n, c, p, _ in _officers(tmp_path, text)] == [
        ("Clark Kent", "departure", ["President", "Chief Executive Officer"]),
        ("Lois Lane", "appointment", ["President", "Chief Executive Officer"]),
        ("Jimmy Olsen", "appointment", ["Chief Operating Officer"]),
    ]
