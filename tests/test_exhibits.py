"""The exhibit index and its links to documents, on the wording of real filings.

Texts quoted here are cut from filings of the shared corpus (named in each test); the
tests that read a whole filing skip when the corpus is absent.
"""

from __future__ import annotations

from pathlib import Path

from extractor.exhibits.index import document_number, parse_exhibit_index, same_number
from extractor.io import read_path
from models import Exhibit


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
