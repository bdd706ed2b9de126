"""The exhibit index and its links to documents, on the wording of real filings.

Texts quoted here are cut from filings of the shared corpus (named in each test); the
tests that read a whole filing skip when the corpus is absent.
"""

from __future__ import annotations

from pathlib import Path

from sec8k.exhibits.index import (
    IndexEntry,
    document_number,
    parse_exhibit_index,
    parse_separate_index,
    same_number,
)
from sec8k.exhibits.pairing import LeftoverDocument, pair_leftovers
from sec8k.extract import extract_path
from sec8k.io import read_path
from sec8k.models import Exhibit
from sec8k.pipeline import parse_filing


def _exhibits(corpus: Path, folder: str) -> dict[str, Exhibit]:
    record = read_path(corpus / "edgar_8k" / "raw" / folder).record
    return {e.number: e for e in record.exhibits}


# -- numbers ---------------------------------------------------------------------
def test_document_types_keep_their_letter_part() -> None:
    assert document_number("EX-10.16A") == "10.16A"
    assert document_number("EX-99.4(A)") == "99.4(A)"
    assert document_number("EX-12.(C)") == "12.(C)"
    assert document_number("EX-101.SCH") == "101"  # the kind of XBRL file, not a part
    assert same_number("10.16a", "10.16A") and same_number("4(g)", "EX-4.(G)")
    assert not same_number("4(f)", "4(g)") and not same_number("99.4(a)", "99.4")


def test_lettered_rows_are_entries_of_their_own() -> None:
    # Westell 1999 (0000914760-99-000090) and Turner 1994 (0000950144-94-000177).
    text = (
        "(c) Exhibits.\n\n"
        "10.16a Amendment to Loan and Security Agreement dated as of February 24,\n\n"
        "10.16b Second Amendment to Loan and Security Agreement dated as of April\n\n"
        "4(f) - Form of Officers' Certificate establishing the terms\n\n"
        "4(g) - Form of Officers' Certificate establishing the terms\n"
    )
    assert [e.number for e in parse_exhibit_index(text)] == ["10.16a", "10.16b", "4(f)", "4(g)"]


def test_lettered_documents_link_to_their_rows(corpus: Path) -> None:
    westell = _exhibits(corpus, "0000914760-99-000090")
    assert westell["10.16a"].document_type == "EX-10.16A" and westell["10.16a"].listed
    assert westell["10.16c"].document_type == "EX-10.16C"
    turner = _exhibits(corpus, "0000950144-94-000177")
    assert turner["4(g)"].document_type == "EX-4.(G)" and turner["4(g)"].listed


# -- rows of the index ------------------------------------------------------------
def _rows(text: str) -> list[tuple[str, str]]:
    return [(e.number, e.description) for e in parse_exhibit_index(text)]


def test_an_item_without_an_exhibits_line_is_read_from_its_heading() -> None:
    # Nordstrom 2023 (0000072333-23-000015): the table follows the Item 9.01 heading.
    text = (
        "ITEM 9.01 Financial Statements and Exhibits\n\n"
        "10.1\tForm of 2023 Nonqualified Stock Option Award Agreement\tFiled herewith electronically\n"
        "10.2\tForm of 2023 Performance Share Unit Award Agreement\tFiled herewith electronically\n"
        "104\tCover Page Interactive Data File (embedded within the Inline XBRL document)"
    )
    assert [n for n, _ in _rows(text)] == ["10.1", "10.2", "104"]
    # The status cell beside a description is no part of it.
    option = parse_exhibit_index(text)[0]
    assert option.description == "Form of 2023 Nonqualified Stock Option Award Agreement"
    assert not option.incorporated_by_reference


def test_descriptions_may_open_with_a_number_and_rows_with_their_letter() -> None:
    # Apple 2022 (0001193125-22-066169); Peoples/Premier 2021 (0000887919-21-000012);
    # Marygold 2022 (0001437749-22-009214); Turner 1994 (0000950144-94-000103).
    assert _rows(
        "(d)\tExhibits.\n\nExhibit No.\tDescription\n10.1\t2022 Employee Stock Plan.\n"
    ) == [("10.1", "2022 Employee Stock Plan.")]
    text = (
        "(c) Exhibit 99.1 – Joint Press Release dated March 29, 2021 captioned “Peoples Bancorp”.\n"
    )
    assert _rows(text)[0][0] == "99.1"
    text = "(c) Exhibits\n\n12(c) -- Statement re: computation of ratio of earnings to\nfixed charges for interim period\n"
    assert _rows(text) == [
        (
            "12(c)",
            "Statement re: computation of ratio of earnings to fixed charges for interim period",
        )
    ]
    text = (
        "(d)\tExhibits. 10.1 Employment Agreement between the Company and Stuart Crumbaugh "
        "10.2 Employment Agreement between the Company and David Neibert 10.3 Employment "
        "Agreement between the Company and Carolyn Yu\n"
        "104 Cover Page Interactive Data File (embedded within Inline XBRL document).\n"
    )
    assert _rows(text) == [
        ("10.1", "Employment Agreement between the Company and Stuart Crumbaugh"),
        ("10.2", "Employment Agreement between the Company and David Neibert"),
        ("10.3", "Employment Agreement between the Company and Carolyn Yu"),
        ("104", "Cover Page Interactive Data File (embedded within Inline XBRL document)."),
    ]


def test_a_number_split_over_table_cells_is_one_number() -> None:
    # Nuance 2008 (0000950135-08-003855): "2 | .1*" in two cells.
    text = (
        "(d) Exhibits\n\n"
        "2\t.1*\tAgreement and Plan of Merger by and among Nuance Communications, Inc., Easton "
        "Acquisition Corporation, eScription, Inc. (incorporated by reference to Exhibit 2.1 to "
        "the Registrant’s Current Report on Form 8-K filed with the Commission on April 11, 2008).\n"
        "23\t.1\tConsent of Independent Auditors.\n"
    )
    first, second = parse_exhibit_index(text)
    assert (first.number, second.number) == ("2.1", "23.1")
    assert first.incorporated_by_reference and first.reference == (
        "Exhibit 2.1 to the Registrant’s Current Report on Form 8-K filed with the Commission on"
        " April 11, 2008"
    )


def test_wrapped_rows_keep_their_whole_description_and_reference() -> None:
    # Amazon 1998 (0000891020-98-001352): the financial statements follow the list.
    text = (
        "(c) Exhibits\n\n"
        "2.1 Agreement and Plan of Merger dated as of August 3 1998, by and among\n"
        "Amazon.com, Inc., AJ Acquisition, Inc. and Junglee Corp. (incorporated\n"
        "by reference from Amazon.com, Inc.'s Current Report on Form 8-K dated\n"
        "August 3, 1998).\n\n"
        "23.1 Independent Auditors' Consent\n\n"
        "INDEPENDENT AUDITORS' REPORT\n\n"
        "1. ORGANIZATION AND SIGNIFICANT ACCOUNTING POLICIES\n"
    )
    merger, consent = parse_exhibit_index(text)
    assert merger.description.endswith("Junglee Corp. (incorporated by reference from"
                                       " Amazon.com, Inc.'s Current Report on Form 8-K dated"
                                       " August 3, 1998).")  # fmt: skip
    assert merger.incorporated_by_reference
    assert merger.reference == "Amazon.com, Inc.'s Current Report on Form 8-K dated August 3, 1998"
    assert text[merger.end - 9 : merger.end] == "3, 1998)."
    assert consent.number == "23.1" and not consent.incorporated_by_reference


def test_a_reference_keeps_its_own_brackets() -> None:
    # Worthington 2023 (0000950170-23-032000); Pericom 2002 (0001012870-02-001163).
    text = (
        "(d) Exhibits:\n\n"
        "10.1\tReceivables Financing Agreement, dated as of May 19, 2022, incorporated herein by "
        "reference to Exhibit 10.1 to the Registrant’s Current Report on Form 8-K dated May 19, "
        "2022 (SEC File No. 1-8399)\n\n"
        "99. Press release issued by the Company on March 7, 2002 [Incorporated by\n"
        "reference to Exhibit 99 to Registration Statement on Form 8-A filed by\n"
        "the Registrant dated March 12, 2002].\n"
    )
    worthington, pericom = parse_exhibit_index(text)
    assert worthington.reference == (
        "Exhibit 10.1 to the Registrant’s Current Report on Form 8-K dated May 19, 2022"
        " (SEC File No. 1-8399)"
    )
    assert pericom.reference == (
        "Exhibit 99 to Registration Statement on Form 8-A filed by the Registrant dated"
        " March 12, 2002"
    )


def test_footnotes_apply_to_the_rows_that_carry_their_mark() -> None:
    # Home Health 1997 (0001000685-97-000006): "c) Exhibits", and a wrapped "Form 8-K" in (a).
    text = (
        "a) Financial Statements\n\nSuch financial statements will be filed as soon as practicable,\n"
        "but not later than 60 days after the date on which this Form\n"
        "8-K is required to be filed.\n\n"
        "c) Exhibits\n\n"
        "2.1* Asset Acquisition Agreement Among Home Health Corporation of America,\n"
        "Inc. and its Nominees, LHS Holdings, Inc. and Mark H. O'Brien.\n\n"
        "*\tIncorporated by reference to the Company's Form 8-K dated November 27,\n"
        "1996, as filed on December 13, 1996.\n"
    )
    (entry,) = parse_exhibit_index(text)
    assert entry.number == "2.1" and entry.incorporated_by_reference
    assert entry.reference == (
        "the Company's Form 8-K dated November 27, 1996, as filed on December 13, 1996"
    )
    # Nuance 2007 (0000950135-07-001095): the mark says the exhibit is furnished.
    text = (
        "(d)\tExhibits\n\n"
        "99.1\tPress Release dated February 22, 2007 by Nuance Communications, Inc.*\n\n"
        "*\tThis exhibit is “furnished” as part of this Current Report on Form 8-K and not "
        "“filed” ... and may only be incorporated by reference in another filing under the "
        "Securities Exchange Act of 1934.\n"
    )
    (entry,) = parse_exhibit_index(text)
    assert not entry.incorporated_by_reference and entry.reference is None


def test_a_part_incorporated_therein_is_no_reference() -> None:
    # Turner 1994 (0000950144-94-000177): the terms agreement itself is filed (EX-1.(C)).
    text = (
        "(c) Exhibits\n\n"
        "1(c) - Terms Agreement dated January 27, 1994 among Turner\n"
        'Broadcasting System, Inc. (the "Company") and the Underwriting Agreement\n'
        "Basic Provisions dated June 30, 1993 incorporated by\n"
        "reference therein\n"
    )
    (entry,) = parse_exhibit_index(text)
    assert not entry.incorporated_by_reference


def test_the_buying_party_of_an_index_agreement_is_no_seller(corpus: Path) -> None:
    # Nuance/eScription 2008: the index now reads exhibit 2.2 ("Purchase Agreement by and
    # among Nuance Communications, Inc. and the Purchasers identified on Exhibit A thereto"),
    # a private placement, whose buyers must not become the acquisition's seller.
    record = extract_path(corpus / "edgar_8k" / "raw" / "0000950135-08-003855").record
    assert "2.2" in {e.number for e in record.exhibits}
    assert [a.seller for a in record.acquisitions] == [None]


# -- an index apart from the items ----------------------------------------------------
def test_an_index_after_the_signatures_is_read_when_the_item_has_none() -> None:
    # Westell 1999 (0000914760-99-000229): Item 7 points to the index after the signatures.
    text = (
        "ITEM 7. Financial Statements and Exhibits.\n\n(c) Exhibits.\n\n"
        "The exhibits filed herewith are listed in the Exhibit Index which\n"
        "follows the signature page of this Current Report on Form 8-K.\n\n"
        "SIGNATURES\n\nDated: December 17, 1999\n\n"
        "EXHIBIT INDEX\n-------------\n\nExhibit\nNumber Description\n- ------ -----------\n\n"
        "99.1 Press Release dated December 13, 1999.\n\n"
        "99.4(a) Letter Agreement, dated December 13, 1999, between Westell\n"
        "Technologies, Inc. and Capital Ventures International\n"
    )
    assert parse_exhibit_index(text, 0, text.index("SIGNATURES")) == []
    assert _separate(text) == ["99.1", "99.4(a)"]
    # Southern 2005 (0000092122-05-000042): no exhibits item, an "Exhibits" heading.
    text = (
        "Exhibits\n\nThe exhibits hereto contain business segment information for Alabama\n"
        "Power Company.\n\nThe following exhibits relate to the quarter and year ended December\n"
        "31, 2004:\n\nExhibit 99.01 Press Release.\n\nExhibit 99.02 Financial Highlights.\n\n"
        "SIGNATURES\n"
    )
    assert _separate(text) == ["99.01", "99.02"]
    # A heading word far from any row is no index.
    assert _separate("Exhibits\n\n" + "Text of the report.\n" * 100 + "99.1 Press Release\n") == []


def _separate(text: str) -> list[str]:
    return [e.number for e in parse_separate_index(text)]


# -- rows and documents whose numbers disagree -------------------------------------------
def _entry(number: str, description: str) -> IndexEntry:
    return IndexEntry(number, description, False, None, 0, 1)


def test_leftover_rows_pair_with_a_bare_type_or_a_described_document() -> None:
    # Entrada 2001 (0000950117-01-501415): row 99.1, document TYPE EX-99.
    entries = [_entry("99.1", "Press Release Issued October 23, 2001")]
    assert pair_leftovers(entries, [0], [LeftoverDocument(1, "EX-99", "EXHIBIT 99.1")]) == {0: 1}
    # Home Health 1997 (0001036050-97-000815): row 10.1, document EX-99 described by title.
    entries = [
        _entry("10.1", "Agreement and Plan of Merger, dated as of September 26, 1997, among"),
        _entry("99.1", "Joint Press Release of Home Health Corporation"),
    ]
    docs = [LeftoverDocument(2, "EX-99", "AGREEMENT AND PLAN OF MERGER")]
    assert pair_leftovers(entries, [0], docs) == {0: 2}
    # Turner 1994 (0000950144-94-000103): rows 24(d), 24(e); documents EX-23.(D), EX-23.(E).
    entries = [
        _entry("24(d)", "Consent of Price Waterhouse"),
        _entry("24(e)", "Consent of Ernst & Young"),
    ]
    docs = [
        LeftoverDocument(3, "EX-23.(D)", "CONSENT OF PRICE WATERHOUSE"),
        LeftoverDocument(4, "EX-23.(E)", "CONSENT OF ERNST & YOUNG"),
    ]
    assert pair_leftovers(entries, [0, 1], docs) == {0: 3, 1: 4}


def test_leftovers_that_fit_more_than_one_way_stay_apart() -> None:
    entries = [
        _entry("99.1", "Press release dated May 9, 2005."),
        _entry("99.2", "Press release dated May 9, 2005."),
    ]
    assert pair_leftovers(entries, [0, 1], [LeftoverDocument(5, "EX-99", "PRESS RELEASE")]) == {}
    docs = [LeftoverDocument(6, "EX-10.1", "CONSENT"), LeftoverDocument(7, "EX-10.2", None)]
    assert pair_leftovers([_entry("23.1", "Consent of KPMG LLP")], [0], docs) == {}


def test_documents_the_index_numbers_otherwise_are_linked_to_its_rows(corpus: Path) -> None:
    apple = _exhibits(corpus, "0000320193-96-000027")
    assert list(apple) == ["99.1"] and apple["99.1"].document_type == "EX-99"
    assert apple["99.1"].text and "Apple" in apple["99.1"].text
    cotelligent = _exhibits(corpus, "0001004963-96-000010")
    assert list(cotelligent) == ["1"] and cotelligent["1"].document_type == "EX-2"


def test_a_page_number_inside_the_list_does_not_end_it() -> None:
    # The seed's text rendering puts its page number "2" under the list; a list that runs
    # over a page break has it between rows. A heading does end it (a bound-in exhibit's
    # numbered sections are no rows).
    text = (
        "(d) Exhibits\n\n10.1 Share Purchase Agreement dated December 16, 2010\n\n- 2 -\n\n"
        "10.2 Consulting Agreement dated January 3, 2011\n\nEXHIBIT 10.2\n\n"
        "CONSULTING AGREEMENT\n\n1. Services. The Consultant shall advise the Company.\n"
    )
    assert [e.number for e in parse_exhibit_index(text)] == ["10.1", "10.2"]


def test_a_contract_read_on_its_own_has_no_exhibit_index() -> None:
    # CUAD-style contract: its "Exhibits" heading heads its own schedules, and its numbered
    # sections are no exhibit rows (they once split the contract into bound-in "exhibits").
    text = (
        "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made between A Corp. and B.\n\n"
        "Exhibits\n\n1. Services. The Consultant shall advise the Company on its products.\n\n"
        "2. Term. This Agreement runs for one year from the date above.\n"
    )
    record = parse_filing(text.encode(), name="contract.txt").record
    assert record.items == [] and record.exhibits == []


def test_a_number_written_as_its_document_type_is_a_row() -> None:
    # Some indexes write the number as the document's TYPE ("EX-99.1").
    assert _rows("(d) Exhibits\n\nEX-99.1\tPress Release dated March 29, 2021\n") == [
        ("99.1", "Press Release dated March 29, 2021")
    ]


def test_a_number_alone_on_its_line_takes_the_next_line_as_its_description() -> None:
    # Layouts of one paragraph per cell print "Exhibit 99.1" and its description apart.
    text = (
        "(d) Exhibits\n\nExhibit No.\n\nDescription\n\n99.1\n\nPress Release dated May 9, 2025\n\n"
        "Exhibit 104\n\nCover Page Interactive Data File (embedded within the Inline XBRL document)\n\n"
        "SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934\n"
    )
    assert _rows(text) == [
        ("99.1", "Press Release dated May 9, 2025"),
        ("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)"),
    ]


def test_an_index_printed_again_is_no_bound_in_exhibit(corpus: Path) -> None:
    # Disney 2017 (0000950157-17-001598) repeats its Item 9.01 table as an EXHIBIT INDEX
    # after the signatures; its rows were taken for the exhibits' own text.
    disney = _exhibits(corpus, "0000950157-17-001598")
    assert [e.text for e in disney.values()] == [None] * 5
    # A letter bound into a 2002 text filing (0001104540-02-000064) is found under its mark.
    letter = _exhibits(corpus, "0001104540-02-000064")["16.1"]
    assert letter.listed and letter.text and letter.text.startswith("EXHIBIT 16.1")
