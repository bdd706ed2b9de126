"""The EDGAR parsers over recorded responses, and identifier checks (no network)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sec8k.edgar.endpoints import (
    cik_for_ticker,
    daily_index,
    filing_directory,
    full_submission,
    parse_company_tickers,
    parse_directory,
    parse_form_index,
    parse_master_index,
    parse_submissions,
    parse_submissions_page,
    quarterly_index,
    split_items,
)
from sec8k.edgar.identifiers import (
    Quarter,
    accession_folder,
    check_accession,
    normalize_cik,
    padded_cik,
)
from sec8k.errors import NotFoundError, ParseError
from tests.edgar_server import (
    CORPUS,
    EDGAR_API,
    EdgarServer,
    corpus_or_skip,
    load_routes,
    make_client,
    serve,
)


def _recorded(name: str) -> bytes:
    corpus_or_skip()
    return (EDGAR_API / name).read_bytes()


@pytest.mark.corpus
def test_form_index_overflowing_company_name_keeps_columns() -> None:
    refs = parse_form_index(_recorded("full_index/form.2021QTR1.excerpt.idx"))
    assert len(refs) == 10
    overflow = next(r for r in refs if r.cik == "820694")
    assert overflow.company == "UNITED PLANNERS' FINANCIAL SERVICES OF AMERICA A LIMITED PARTNER"
    assert (overflow.form, overflow.filed) == ("X-17A-5", date(2021, 2, 24))
    assert overflow.accession == "9999999997-21-003146"
    two_word_form = [r for r in refs if r.form == "1-A POS"]
    assert [r.company for r in two_word_form] == ["ALFADAN INC."]


@pytest.mark.corpus
def test_empty_quarter_with_repeated_header_has_no_rows() -> None:
    assert parse_form_index(_recorded("full_index/form.empty-quarter.idx")) == ()


@pytest.mark.corpus
def test_daily_form_index_with_compact_dates_and_padding() -> None:
    refs = parse_form_index(_recorded("daily_index/form.20200318.idx"))
    assert len(refs) > 4000
    # Most rows carry the day; a few carry an older date (filings released late).
    assert Counter(r.filed for r in refs).most_common(1)[0][0] == date(2020, 3, 18)
    assert all(r.accession.count("-") == 2 for r in refs)
    assert any(r.form == "8-K" for r in refs)


@pytest.mark.corpus
def test_master_indexes_quarterly_and_daily() -> None:
    quarterly = parse_master_index(_recorded("full_index/master.1993QTR4.idx"))
    assert quarterly[0].cik == "1095785" and quarterly[0].form == "REGDEX"
    assert quarterly[0].accession == "9999999997-02-056978"
    daily = parse_master_index(_recorded("daily_index/master.20181231.excerpt.idx"))
    novavax = [r for r in daily if r.form == "8-K"]
    assert [(r.company, r.accession) for r in novavax] == [("NOVAVAX INC", "0001144204-18-066755")]
    assert novavax[0].filed == date(2018, 12, 31)


@pytest.mark.corpus
def test_submissions_and_its_paging_file() -> None:
    main = parse_submissions(_recorded("submissions/CIK0000320193.json"))
    assert (main.cik, main.name, len(main.filings)) == ("320193", "Apple Inc.", 1000)
    assert [p.name for p in main.pages] == ["CIK0000320193-submissions-001.json"]
    assert main.pages[0].filing_to == date(2013, 2, 7)
    new_items = next(f for f in main.filings if f.accession == "0001193125-15-410853")
    assert new_items.items == ("5.03", "9.01")
    page = parse_submissions_page(
        _recorded("submissions/CIK0000320193-submissions-001.json"), cik="320193", company="Apple"
    )
    assert len(page) == 988
    old = next(f for f in page if f.accession == "0000912057-00-002128")
    assert (old.form, old.filed, old.items) == ("8-K", date(2000, 1, 24), ("5", "7"))


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "cik", "pages"),
    [
        ("CIK0000320193__2025-01-29.json", "320193", 1),
        ("CIK0000789019.json", "789019", 2),
        ("CIK0001889983.json", "1889983", 0),
        ("CIK0000350001.json", "350001", 0),
    ],
)
def test_submissions_snapshots(name: str, cik: str, pages: int) -> None:
    parsed = parse_submissions(_recorded(f"submissions/{name}"))
    assert parsed.cik == cik
    assert len(parsed.pages) == pages


@pytest.mark.corpus
def test_company_tickers() -> None:
    tickers = parse_company_tickers(_recorded("company_tickers/company_tickers.json"))
    assert tickers["AAPL"] == "320193"
    assert tickers["NVDA"] == "1045810"


@pytest.mark.corpus
def test_filing_directory_listing() -> None:
    items = parse_directory(_recorded("filing_index/0001140361-25-000228__index.json"))
    names = [item.name for item in items]
    assert "0001140361-25-000228.txt" in names
    assert items[0].size is None  # EDGAR lists "" for the generated files


def test_parsers_name_the_source_on_bad_bytes() -> None:
    with pytest.raises(ParseError, match="my-source"):
        parse_submissions(b"<html>blocked</html>", source="my-source")
    with pytest.raises(ParseError, match="line 3"):
        parse_master_index(b"h\n---\nnot|enough\n", source="x.idx")


def test_split_items() -> None:
    assert split_items("2.02,9.01") == ("2.02", "9.01")
    assert split_items("5,7") == ("5", "7")
    assert split_items("") == ()


@pytest.mark.parametrize("bad", ["", "abc", "12345678901", "0", "-1", "../1", "1 2"])
def test_bad_ciks_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a CIK"):
        normalize_cik(bad)


def test_cik_forms() -> None:
    assert normalize_cik("0000320193") == "320193"
    assert padded_cik(320193) == "0000320193"


@pytest.mark.parametrize(
    "bad",
    ["", "0001193125-15-41085", "../../etc/passwd", "0001193125-15-410853/x", "000119312515410853"],
)
def test_bad_accessions_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not an accession"):
        check_accession(bad)


def test_accession_folder() -> None:
    assert accession_folder("0001193125-15-410853") == "000119312515410853"


def test_quarters() -> None:
    quarter = Quarter.parse("2011Q1")
    assert (quarter.first_day, quarter.last_day) == (date(2011, 1, 1), date(2011, 3, 31))
    assert Quarter.parse("2000q4").last_day == date(2000, 12, 31)
    assert Quarter.of(date(2019, 8, 1)) == Quarter(2019, 3)
    for bad in ("2011Q5", "1990Q1", "2011"):
        with pytest.raises(ValueError):
            Quarter.parse(bad)


# -- the thin fetch functions, against the local server ------------------------
@pytest.fixture(scope="module")
def server() -> Iterator[EdgarServer]:
    corpus_or_skip()
    with serve(load_routes(CORPUS)) as running:
        yield running


@pytest.mark.corpus
def test_fetch_functions_build_the_right_urls(server: EdgarServer, tmp_path: Path) -> None:
    with make_client(server, tmp_path) as client:
        daily = daily_index(client, date(2020, 3, 18))
        master = quarterly_index(client, Quarter(1993, 4), kind="master")
        listing = filing_directory(client, "0000320193", "0001140361-25-000228")
        text = full_submission(client, "320193", "0001193125-15-410853")
        cik = cik_for_ticker(client, "nvda")
        with pytest.raises(NotFoundError, match="ticker NOPE"):
            cik_for_ticker(client, "nope")
    assert len(daily) > 4000 and len(master) == 20
    assert "0001140361-25-000228.txt" in [item.name for item in listing]
    assert text.startswith(b"<SEC-DOCUMENT>") and cik == "1045810"


_WORD = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/.,&'", min_size=1, max_size=8)


@given(
    form=st.lists(_WORD, min_size=1, max_size=2).map(" ".join).filter(lambda f: len(f) <= 10),
    company=st.lists(_WORD, min_size=1, max_size=12).map(" ".join),
    cik=st.integers(min_value=1, max_value=9_999_999_999),
    filed=st.dates(min_value=date(1993, 1, 1), max_value=date(2030, 12, 31)),
    accession=st.from_regex(r"\d{10}-\d{2}-\d{6}", fullmatch=True),
)
# A row whose form starts with dashes is a row, not the rule under the headers.
@example(form="---", company="0", cik=1, filed=date(2000, 1, 1), accession="0000000000-00-000000")
def test_form_index_rows_round_trip(
    form: str, company: str, cik: int, filed: date, accession: str
) -> None:
    # EDGAR's layout: 12/62/12/12-wide columns; a longer value pushes the rest right.
    row = f"{form:<10}  {company:<60}  {cik:<10}  {filed.isoformat():<10}  "
    data = f"Form Type   Company Name\n----\n{row}edgar/data/{cik}/{accession}.txt\n".encode()
    [ref] = parse_form_index(data)
    assert (ref.form, ref.company, ref.cik) == (form, company, str(cik))
    assert (ref.filed, ref.accession) == (filed, accession)
