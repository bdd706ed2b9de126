"""Where the items end and what stands after them: the signature block (with or without a
SIGNATURES heading), running page heads after "None.", and an EXHIBIT INDEX printed after
the signatures. Real filings of the corpus, read in place."""

from __future__ import annotations

from pathlib import Path

from sec8k.extract import extract_path
from sec8k.items.split import split_items
from sec8k.models import FilingRecord


def _record(corpus: Path, folder: str) -> FilingRecord:
    return extract_path(corpus / "edgar_8k" / "raw" / folder).record


def test_none_followed_by_a_running_page_head_reports_nothing(corpus: Path) -> None:
    # Rock of Ages, 2000: "ITEM 4. ... None." then the page break's "ROCK OF AGES
    # CORPORATION / FORM 8-K"; Item 8 "Not applicable." before the signing sentence.
    record = _record(corpus, "0000084581-00-500009")
    reported = [i.number for i in record.items if not i.empty]
    assert reported == ["5"]
    item8 = next(i for i in record.items if i.number == "8")
    assert item8.text.startswith("ITEM 8. CHANGE IN FISCAL YEAR.\n\nNot applicable.")
    assert "Pursuant to the requirements" not in item8.text


def test_a_signing_sentence_without_heading_ends_the_last_item(corpus: Path) -> None:
    # Peoples/Premier 2021 and Pericom 2002 sign with no SIGNATURES heading; Pericom's
    # wording is "has caused this current report to be signed".
    premier = _record(corpus, "0000887919-21-000012")
    assert premier.items[-1].number == "9.01"
    assert premier.items[-1].text.endswith("Announce Definitive Merger Agreement”.")
    pericom = _record(corpus, "0001012870-02-001163")
    assert pericom.items[-1].number == "7"
    assert pericom.items[-1].text.endswith("exhibit\nindex which is attached hereto.")


def test_a_signing_sentence_inside_an_item_needs_its_signing_words() -> None:
    text = (
        "Item 8.01 Other Events.\n\nPursuant to the requirements of the Securities Exchange Act"
        " of 1934, the Company files annual reports.\n\nItem 9.01 Financial Statements and"
        " Exhibits.\n\n(d) Exhibits\n99.1 Press release\n"
    )
    sections = split_items(text, "current")
    assert [s.number for s in sections] == ["8.01", "9.01"]
    assert text[sections[0].start : sections[0].end].endswith("files annual reports.")


def test_exhibit_index_after_the_signatures_is_read(corpus: Path) -> None:
    # Pericom's Item 7 points at "the exhibit index which is attached hereto".
    pericom = _record(corpus, "0001012870-02-001163")
    assert [e.number for e in pericom.exhibits if e.listed] == ["4", "99"]
    assert pericom.exhibits[0].description.startswith("Rights Agreement between Pericom")
    # Stockwalk, 2001: the index after the signatures names the two EX-10 documents.
    stockwalk = _record(corpus, "0000950124-01-500182")
    linked = [(e.number, e.listed, e.document) for e in stockwalk.exhibits]
    assert linked == [("10.1", True, "c60673ex10-1.txt"), ("10.2", True, "c60673ex10-2.txt")]
    assert stockwalk.exhibits[0].description.startswith("Asset Purchase Agreement, dated")


def test_an_index_row_is_not_the_exhibit_it_lists(corpus: Path) -> None:
    # Apple's 2017 primary document ends with its exhibit index; the press releases are
    # separate documents of the filing, not text bound into this one.
    record = _record(corpus, "0001628280-17-000663")
    assert [(e.number, e.listed) for e in record.exhibits[:2]] == [("99.1", True), ("99.2", True)]
    assert all(e.text is None for e in record.exhibits[:2])
    # Horizon Financial 2009 repeats its row after the signatures as "Exhibit 99.1 Press
    # Release of ...": that line is not the press release either.
    record = _record(corpus, "0000939057-09-000303")
    assert [(e.number, e.listed, e.text) for e in record.exhibits] == [("99.1", True, None)]


def test_the_exhibit_printed_under_its_index_is_bound(corpus: Path) -> None:
    # Apple, 1999: one document; the press release follows "INDEX TO EXHIBITS ... 99.1".
    parsed = extract_path(corpus / "edgar_8k" / "raw" / "0000320193-99-000010")
    (exhibit,) = parsed.record.exhibits
    assert exhibit.number == "99.1" and exhibit.text is not None
    assert exhibit.text.startswith("Apple Reaches Settlement of Shareholder Derivative")
    assert exhibit.document is not None and exhibit.start is not None
    assert parsed.texts[exhibit.document].text[exhibit.start :].startswith(exhibit.text)


def test_stacked_headings_share_the_section_below_them(corpus: Path) -> None:
    # Astrotech 2010: "Item 1.01 Entry into a Material Definitive Agreement;" stands right
    # above "Item 2.03 Creation of a Direct Financial Obligation ...", one text for both.
    record = _record(corpus, "0000950123-10-031566")
    item101, item203 = record.items[0], record.items[1]
    assert (item101.number, item203.number) == ("1.01", "2.03")
    assert item101.end == item203.end and not item101.empty
    assert "entered into a $2.0 million credit facility" in item101.text
    # A heading that says its items are not applicable keeps them empty, however close
    # the next heading stands.
    text = "Items 1 through 4, 6 and 8 Not Applicable.\nItem 5. Other Events.\n\nA merger.\n"
    sections = split_items(text, "legacy")
    assert [(s.number, s.empty) for s in sections][-1] == ("5", False)
    assert all(s.empty for s in sections if s.number != "5")
