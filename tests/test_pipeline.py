"""Containers, text normalisation, items and exhibits on real filings of the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sec8k.container.sgml import parse_header, split_documents
from sec8k.errors import EmptyInputError, ParseError, UnsupportedFormatError
from sec8k.extract import extract_path
from sec8k.items.catalogue import catalogue, titles
from sec8k.items.split import split_items
from sec8k.pipeline import parse_filing
from sec8k.text.html import normalise_html
from sec8k.text.plain import normalise_text
from sec8k.text.repair import NOISE_LINE, decode_bytes, unescape_entities
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"


def _raw(corpus: Path, folder: str) -> Path:
    return corpus / "edgar_8k" / "raw" / folder


# -- the seed sample -----------------------------------------------------------
def test_seed_items_and_exhibits() -> None:
    parsed = extract_path(SEED)
    record = parsed.record
    assert record.filing.company_name == "Allied Motion Technologies Inc."
    assert record.filing.report_date == "2010-12-30"
    assert [i.number for i in record.items] == ["2.01", "5.02", "9.01"]
    text = parsed.texts[record.items[0].document].text
    for item in record.items:
        assert text[item.start : item.end] == item.text
    assert record.items[0].text.endswith("performance criteria through the end of 2011.")
    assert "SIGNATURE" not in record.items[2].text
    ex101, ex102 = record.exhibits
    assert (ex101.number, ex101.incorporated_by_reference) == ("10.1", True)
    assert ex101.reference == "Exhibit 10 to the Company's Form 8-K filed December 22, 2010"
    assert ex102.number == "10.2" and not ex102.incorporated_by_reference
    assert ex102.text is not None and ex102.text.startswith("CONSULTING AGREEMENT Richard D. Smith")
    assert ex102.start is not None and text[ex102.start :].startswith(ex102.text)
    assert "Richard D. Smith - Consultant" in ex102.text


def test_seed_conversion_noise_is_repaired() -> None:
    text = normalise_text(SEED.read_text(encoding="utf-8"), markdown=True, rejoin=True).text
    assert "Consultant’s duties" in text  # "& #146;" was a broken Windows-1252 reference
    assert "purchase price equal to 10%" in text  # "pr ice" rejoined
    assert "$8.3 million" in text and "\\$" not in text and "**" not in text
    assert "For the first 12-month period:\t$ 166,000\t100" in text  # table row kept as cells


def test_broken_numeric_references() -> None:
    assert unescape_entities("Consultant& #146;s") == "Consultant’s"
    assert unescape_entities("A&#38;B &amp; C&nbsp;D") == "A&B & C\u00a0D"


def test_text_map_points_back_to_source_lines() -> None:
    raw = SEED.read_text(encoding="utf-8")
    norm = normalise_text(raw, markdown=True)
    offset = norm.text.index("Item 5.02.")
    line = norm.line_at(offset)
    assert line is not None and raw.splitlines()[line - 1].startswith("# Item 5.02.")


# -- containers ----------------------------------------------------------------
def test_pem_wrapped_1994_header(corpus: Path) -> None:
    path = _raw(corpus, "0000109446-94-000005") / "109446_8K_1994_0000109446-94-000005.txt"
    text = decode_bytes(path.read_bytes())
    header = parse_header(text)
    assert header is not None
    assert (header.accession, header.form, header.items) == ("0000109446-94-000005", "8-K", ("5",))
    assert header.company == "ZURN INDUSTRIES INC" and header.cik == "0000109446"
    assert header.business_address["city"] == "ERIE"
    docs = split_documents(text)
    assert [(d.type, d.sequence, d.kind) for d in docs] == [("8-K", 1, "text")]


def test_feed_format_with_run_together_tags(corpus: Path) -> None:
    path = _raw(corpus, "0001493152-25-001317") / "0001493152-25-001317.nc"
    record = extract_path(path).record
    assert record.source.format == "sgml-nc"
    assert record.filing.items_declared == ["5.02", "9.01"]
    assert record.filing.company_name == "ACORN ENERGY, INC." and record.filing.cik == "880984"
    assert record.filing.filed_date == "2025-01-08"
    docs = {d.name: d for d in record.documents}
    assert docs["form8-k.htm"].format == "ixbrl" and docs["form8-k.htm"].text_length > 1000
    assert docs["0001493152-25-001317-xbrl.zip"].skipped is not None  # uuencoded, never decoded
    assert {i.number for i in record.items} == {"5.02", "9.01"}


def test_index_headers_page_has_header_but_no_documents(corpus: Path) -> None:
    record = extract_path(_raw(corpus, "0001193125-24-152391")).record
    assert record.filing.accession_number == "0001193125-24-152391"
    assert record.filing.items_declared == ["7.01", "9.01"]
    assert record.items == [] and any("no readable document" in w for w in record.warnings)


def test_full_submission_links_exhibits_to_documents(corpus: Path) -> None:
    record = extract_path(_raw(corpus, "0000320193-24-000005")).record
    assert record.filing.company_name == "Apple Inc." and record.filing.report_date == "2024-02-01"
    assert [i.number for i in record.items] == ["2.02", "9.01"]
    by_number = {e.number: e for e in record.exhibits}
    assert by_number["99.1"].document_type == "EX-99.1" and by_number["99.1"].listed
    assert (
        by_number["99.1"].text and "Apple reports first quarter results" in by_number["99.1"].text
    )
    assert by_number["104"].document is None  # the cover page XBRL has no document of its own


# -- items -----------------------------------------------------------------------
def test_cross_references_are_not_headings() -> None:
    text = (
        "Item 2.01 Completion of Acquisition or Disposition of Assets\n"
        "The information set forth in Item 1.01 above is incorporated herein.\n"
        "Item 1.01 of this report describes the agreement.\n"
        "Item 9.01 Financial Statements and Exhibits\n(d) Exhibits\n"
    )
    assert [s.number for s in split_items(text, "current")] == ["2.01", "9.01"]


def test_table_of_contents_yields_to_the_body() -> None:
    text = (
        "Item 5 - Other Events.................................. 3\n\n"
        "ITEM 5 -- OTHER EVENTS\nOn November 1, 1996 the Registrant sold its division.\n"
    )
    (section,) = split_items(text, "legacy")
    assert text[section.start :].startswith("ITEM 5 -- OTHER EVENTS")


def test_a_contents_list_yields_to_the_items_it_lists(corpus: Path) -> None:
    # Oracle's cover lists "Item 2.02 / Item 8.01 / Item 9.01 / SIGNATURE / EXHIBIT LIST";
    # a paragraph after the list made its last entry longer than the real Item 9.01.
    parsed = extract_path(_raw(corpus, "0001193125-14-242424"))
    text = parsed.texts[parsed.primary or ""].text
    want = [(s.number, text[s.start : s.end]) for s in split_items(text, "current")]
    assert [n for n, _ in want] == ["2.02", "8.01", "9.01"]
    note = "EXHIBIT LIST\n\n" + "The information in this report is furnished, not filed. " * 3
    longer = text.replace("EXHIBIT LIST\n\n", note, 1)
    assert longer != text
    got = [(s.number, longer[s.start : s.end]) for s in split_items(longer, "current")]
    assert got == want


def test_contents_list_with_a_signature_entry_does_not_end_the_items(corpus: Path) -> None:
    # The primary document opens with a list: "Item 2.01 ... Item 9.01 ... SIGNATURE ... Ex-2.1".
    record = extract_path(_raw(corpus, "0000950135-07-001905")).record
    two_01 = next(i for i in record.items if i.number == "2.01")
    assert "Nuance acquired from Bethany all of the outstanding shares" in two_01.text
    assert "Item 5.02" not in two_01.text


@pytest.mark.parametrize(
    "rows",
    [
        # A contents table: the last cell is a page number; with or without "Item".
        ["Item 1.01.\tEntry into a Material Definitive Agreement\t2", "Item 9.01.\tExhibits\t3"],
        ["1.01.\tEntry into a Material Definitive Agreement\t2", "9.01\tFinancial Statements\t3"],
        # A checklist, the box after the title (þ/¨ are Wingdings boxes as text).
        [
            "Item 1.01\tEntry into a Material Definitive Agreement\t\u2612",
            "Item 2.06\tImpairments\t\u2610",
        ],
        [
            "ITEM 2.03\tCreation of a Direct Financial Obligation\t\u00fe",
            "ITEM 5.02\tDeparture\t\u00a8",
        ],
    ],
)
def test_contents_and_checklist_rows_are_not_headings(corpus: Path, rows: list[str]) -> None:
    # Item 1.01's section is its heading alone (joined to Item 2.03's): a contents row, one
    # page number longer, won it; a checklist row made an item of every item it lists.
    parsed = extract_path(_raw(corpus, "0000950123-10-031566"))
    text = parsed.texts[parsed.primary or ""].text
    listed = "\n".join(rows) + "\n\n" + text
    want = [(s.number, text[s.start : s.end]) for s in split_items(text, "current")]
    assert [n for n, _ in want] == ["1.01", "2.03", "9.01"]
    got = [(s.number, listed[s.start : s.end]) for s in split_items(listed, "current")]
    assert got == want


def test_a_stacked_heading_with_its_title_below_shares_the_next_section(corpus: Path) -> None:
    # Astrotech 2010 stacks "Item 1.01 Entry into a Material Definitive Agreement;" over
    # "Item 2.03 ...": with the title on a line of its own, Item 1.01 kept only its title.
    parsed = extract_path(_raw(corpus, "0000950123-10-031566"))
    text = parsed.texts[parsed.primary or ""].text
    broken = text.replace("Item 1.01 Entry into", "Item 1.01\n\nEntry into", 1)
    assert broken != text
    want = [(s.number, len(text) - s.end) for s in split_items(text, "current")]
    assert [n for n, _ in want] == ["1.01", "2.03", "9.01"] and want[0][1] == want[1][1]
    assert [(s.number, len(broken) - s.end) for s in split_items(broken, "current")] == want


def test_a_long_heading_may_open_with_any_part_of_the_title(corpus: Path) -> None:
    # This 5.02 heading names the title's parts out of order ("Appointment of Certain
    # Officers; Election of Directors; Departure ..."); four characters more put it over
    # 160, where a heading must name its title, and only "Departure of" was looked for.
    parsed = extract_path(_raw(corpus, "0000100493-20-000116"))
    text = parsed.texts[parsed.primary or ""].text
    longer = text.replace("Item 5.02. Appointment", "Item No. 5.02. Appointment", 1)
    assert longer != text
    assert [s.number for s in split_items(longer, "current")] == ["5.02", "9.01"]
    (five,) = (e for e in catalogue() if e.number == "5.02" and not e.alias)
    assert "Appointment of Certain Officers" in titles(five)
    assert "Appointment of Principal Officers" in titles(five)  # the title before 2006


def test_a_one_line_body_that_opens_like_the_title_is_a_body() -> None:
    text = (
        "Item 8.01 Other Events\n\nOther events of the quarter are described in Exhibit 99.1.\n\n"
        "Item 9.01 Financial Statements and Exhibits\n\n(d) Exhibits\n"
    )
    eight, nine = split_items(text, "current")
    assert text[eight.start : eight.end].endswith("described in Exhibit 99.1.")
    assert text[nine.start : nine.end].endswith("(d) Exhibits")


def test_heading_with_paragraph_letter() -> None:
    text = "ITEM 5.02(e)\tCompensatory Arrangements of Certain Officers\nOn May 1 ...\nITEM 9.01(d). Exhibits\n"
    assert [s.number for s in split_items(text, "current")] == ["5.02", "9.01"]


@pytest.mark.parametrize("written", ["ITEM 9.01 (d).", "ITEM 9.01\t(d).", "Item 9.01 (d) -"])
def test_paragraph_letter_after_a_space(corpus: Path, written: str) -> None:
    # A letter after a space read as a cross-reference "(" and the heading was dropped.
    parsed = extract_path(_raw(corpus, "buckle-8k-2024-11-22"))
    text = parsed.texts[parsed.primary or ""].text.replace("ITEM 9.01(d).", written)
    sections = split_items(text, "current")
    assert [s.number for s in sections] == ["2.02", "9.01"]
    assert text[sections[1].start : sections[1].end].endswith(
        "Exhibit 99.1 Press Release Dated November 22, 2024\n\n"
        "Exhibit 104 Cover Page Interactive Data File (embedded within the Inline XBRL document)"
    )


def test_folder_without_submission_picks_the_8k_document(corpus: Path) -> None:
    record = extract_path(_raw(corpus, "0001437749-24-000106")).record
    assert record.source.format == "folder" and record.source.file == "flws20231228_8k.htm"
    assert "R1.htm" not in {d.name for d in record.documents}  # EDGAR's XBRL viewer page
    assert [i.number for i in record.items] == ["5.02", "9.01"]


def test_an_answer_on_the_heading_line_is_an_empty_item(corpus: Path) -> None:
    # Rock of Ages 2000 answers each item under its heading ("ITEM 1. CHANGES IN CONTROL OF
    # REGISTRANT." / "None."); on the heading's own line the item read as stacked above the
    # next one and took its section.
    parsed = extract_path(_raw(corpus, "0000084581-00-500009"))
    text = parsed.texts[parsed.primary or ""].text
    joined = re.sub(
        r"^(ITEM \d\. [^\n]+)\n\n(None\.|Not applicable\.)$", r"\1 \2", text, flags=re.M
    )
    assert joined.count("\n") < text.count("\n") - 10
    want = [(s.number, s.empty) for s in split_items(text, "legacy")]
    assert want == [(n, n != "5") for n in "12345678"]
    assert [(s.number, s.empty) for s in split_items(joined, "legacy")] == want
    five = next(s for s in split_items(joined, "legacy") if s.number == "5")
    assert "completed the acquisition of American Monument" in joined[five.start : five.end]


def test_running_heads_before_none_keep_the_item_empty(corpus: Path) -> None:
    # Rock of Ages 2000 repeats "ROCK OF AGES CORPORATION" / "FORM 8-K" on every page; a page
    # break between "ITEM 4. ..." and its "None." left Item 4 reporting something.
    parsed = extract_path(_raw(corpus, "0000084581-00-500009"))
    text = parsed.texts[parsed.primary or ""].text
    heading = "ITEM 4. CHANGES IN REGISTRANT'S CERTIFYING ACCOUNTANT.\n\n"
    moved = text.replace(heading, heading + "ROCK OF AGES CORPORATION\n\nFORM 8-K\n\n", 1)
    assert moved != text
    want = [(s.number, s.empty) for s in split_items(text, "legacy")]
    assert ("4", True) in want
    assert [(s.number, s.empty) for s in split_items(moved, "legacy")] == want


def test_legacy_item_lists_and_none(corpus: Path) -> None:
    record = extract_path(_raw(corpus, "0000320193-96-000027")).record
    empties = {i.number for i in record.items if i.empty}
    assert {"1", "2", "3", "4", "6", "8"} <= empties  # "Items 1 through 4, 6 and 8 Not Applicable."
    assert {i.number for i in record.items if not i.empty} == {"5", "7"}
    seven = next(i for i in record.items if i.number == "7")
    assert seven.modern == ["9.01"]


def test_inline_heading_in_old_text_filing(corpus: Path) -> None:
    record = extract_path(_raw(corpus, "0000950117-01-501415")).record
    assert [i.number for i in record.items] == ["5", "7"]
    assert (
        record.items[0].text
        == "ITEM 5. OTHER EVENTS.\n\nThe attached Press Release is incorporated by reference herein."
    )


def test_html_tables_keep_rows_and_cells() -> None:
    html = (
        "<html><body><p>Fees</p><table><tr><td><p>For the first</p><p>period:</p></td>"
        "<td>$</td><td>166,000</td><td>&nbsp;</td><td>100</td></tr>"
        "<tr><td>Rate</td><td>12.5</td><td>%</td></tr></table>"
        "<div style='display:none'>hidden</div><p>Item&#160;2.01 <b>Com</b>pletion</p></body></html>"
    )
    text = normalise_html(html).text
    assert "For the first period:\t$166,000\t100\nRate\t12.5%" in text
    assert "hidden" not in text and "Item 2.01 Completion" in text


def test_hidden_elements_keep_their_tail_once() -> None:
    # lxml's iterwalk sends the "end" of a subtree skipped at its "start": the tail after
    # a display:none element (or a <script>) was read at both.
    html = (
        "<html><body><div>This Current Report on Form 8-K"
        "<p style='display:none'>Item 1.01. Entry into a Material Definitive Agreement</p>"
        " may contain forward-looking statements.<script>x()</script> They speak as of today."
        "<table><tr><td>Fees<table><tr><td style='display:none'>hidden</td></tr></table>"
        "<div>per year</div></td><td>$100</td></tr></table></div></body></html>"
    )
    # A hidden cell is no cell: the one around it goes on ("per year" | "$100").
    assert normalise_html(html).text == (
        "This Current Report on Form 8-K may contain forward-looking statements."
        " They speak as of today.\nFees\nper year\t$100\n"
    )


def test_blocks_laid_out_inline_end_no_line() -> None:
    # Inline-XBRL tools wrap facts in <div style="display:inline">; a flex container's
    # children are blocks whatever their own display.
    html = (
        "<html><body><div>Item <div style='font-weight:bold;display:inline;'>2.01</div>"
        " Completion of <p style='display: inline-block'>Acquisition</p></div>"
        "<div style='display:flex'><span>(1)</span><div style='display:inline;'>Excludes"
        "</div></div><div style='display:inline-table'>Row</div></body></html>"
    )
    assert normalise_html(html).text == (
        "Item 2.01 Completion of Acquisition\n\n(1)\n\nExcludes\n\nRow\n"
    )


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("4 of 9", True),
        ("Page 4 of 9", True),
        ("page 12", True),
        ("- 3 -", True),
        ("Table of Contents", True),
        ("1 of 3 directors", False),
        ("Item 2 of 3", False),
        ("Page 4 of 9 of the Agreement", False),
    ],
)
def test_page_markers_are_noise_lines(line: str, noise: bool) -> None:
    assert bool(NOISE_LINE.match(line)) is noise
    html = f"<html><body><p>The Board approved the plan.</p><p>{line}</p><hr/></body></html>"
    assert (line in normalise_html(html).text) is not noise


def test_inline_xbrl_facts_stay_in_their_sentence(corpus: Path) -> None:
    folder = _raw(corpus, "nexpoint-capital-8k-2023-12-20")
    record = extract_path(folder).record
    (item,) = record.items
    assert item.number == "8.01"
    assert "distribution reinvestment plan (the “DRP”) at $5.22 per share." in item.text
    assert "This Current Report on Form 8-K may contain certain forward-looking" in item.text


# -- bad input --------------------------------------------------------------------
def test_empty_and_binary_inputs_raise_typed_errors() -> None:
    with pytest.raises(EmptyInputError, match=r"empty\.txt"):
        parse_filing(b"  \n", name="empty.txt")
    with pytest.raises(UnsupportedFormatError, match="a PDF file"):
        parse_filing(b"%PDF-1.4\n...", name="x.pdf")
    with pytest.raises(UnsupportedFormatError, match="binary"):
        parse_filing(bytes(range(256)) * 4, name="junk.bin")
    with pytest.raises(ParseError, match="no such file"):
        extract_path("does/not/exist.txt")


def test_truncated_submission_still_parses(corpus: Path) -> None:
    path = _raw(corpus, "0000320193-24-000005") / "0000320193-24-000005.txt"
    data = path.read_bytes()
    record = parse_filing(data[: len(data) // 3], name="truncated.txt").record
    assert record.filing.accession_number == "0000320193-24-000005"
    assert record.items and record.items[0].number == "2.02"
