"""`sec8k fetch` end to end against the local EDGAR server (no internet)."""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sec8k.cli import main
from sec8k.edgar.fetch import MANIFEST_NAME, Selection, fetch_filings, select_filings
from sec8k.edgar.identifiers import Quarter
from tests.edgar_server import (
    CORPUS,
    EDGAR_API,
    TEST_EMAIL,
    TEST_USER_AGENT,
    EdgarServer,
    Fault,
    Route,
    fast_config,
    make_client,
    max_in_window,
    serve,
)

pytestmark = pytest.mark.corpus

SUBMISSIONS = "/submissions/CIK0000320193.json"
PAGE = "/submissions/CIK0000320193-submissions-001.json"
#: Apple 8-Ks whose full submissions are in the corpus (recent list and paging file).
APPLE_8KS = {
    "0001193125-19-292676": ("8.01", "9.01"),
    "0000320193-19-000032": ("5.07",),
    "0001193125-15-410853": ("5.03", "9.01"),
    "0001193125-11-009392": ("2.02", "9.01"),
    "0001104659-04-019574": ("12", "7"),
    "0000912057-00-002128": ("5", "7"),
    "0000320193-99-000010": ("2",),
    "0000320193-96-000027": ("7",),
}


def _archive(cik: str, accession: str) -> str:
    return f"/Archives/edgar/data/{cik}/{accession}.txt"


def _keep_rows(columns: dict[str, Any], keep: Callable[[str, str, int], bool]) -> dict[str, Any]:
    """The column object with only the rows ``keep(accession, form, index)`` accepts."""
    count = len(columns["accessionNumber"])
    rows = [i for i in range(count) if keep(columns["accessionNumber"][i], columns["form"][i], i)]
    return {
        key: [value[i] for i in rows] if isinstance(value, list) and len(value) == count else value
        for key, value in columns.items()
    }


def _apple_submissions(routes: dict[str, Route]) -> tuple[bytes, bytes]:
    """Recorded Apple submissions cut down to filings we can serve, plus a few others."""

    def keep(accession: str, form: str, index: int) -> bool:
        served = _archive("320193", accession) in routes
        return served or (not form.startswith("8-K") and index < 20)

    main_doc = json.loads((EDGAR_API / "submissions/CIK0000320193.json").read_bytes())
    main_doc["filings"]["recent"] = _keep_rows(main_doc["filings"]["recent"], keep)
    page = json.loads((EDGAR_API / "submissions/CIK0000320193-submissions-001.json").read_bytes())
    return json.dumps(main_doc).encode(), json.dumps(_keep_rows(page, keep)).encode()


@pytest.fixture
def recorded(routes: dict[str, Route]) -> Iterator[EdgarServer]:
    """The server with the recorded responses as they are."""
    with serve(routes) as running:
        yield running


@pytest.fixture
def apple(routes: dict[str, Route]) -> Iterator[EdgarServer]:
    """The server with an Apple submissions file that lists only served filings."""
    main_doc, page = _apple_submissions(routes)
    with serve(routes) as running:
        running.add(SUBMISSIONS, main_doc)
        running.add(PAGE, page)
        yield running


def _manifest(dest: Path) -> list[dict[str, Any]]:
    lines = (dest / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _archive_hits(server: EdgarServer) -> list[str]:
    return [hit.path for hit in server.hits if hit.path.startswith("/Archives/")]


# -- the library -----------------------------------------------------------------
def test_fetches_every_8k_of_a_company(apple: EdgarServer, tmp_path: Path) -> None:
    dest, cache = tmp_path / "filings", tmp_path / "cache"
    with make_client(apple, cache) as client:
        result = fetch_filings(client, Selection(cik="320193"), dest)
    assert result.ok, result.failures
    assert {o.accession for o in result.outcomes} == set(APPLE_8KS)
    for outcome in result.outcomes:
        assert outcome.status == "ok"
        written = dest / "320193" / f"{outcome.accession}.txt"
        assert outcome.path == f"320193/{outcome.accession}.txt"
        assert written.read_bytes() == apple.routes[_archive("320193", outcome.accession)].read()
        assert outcome.items == APPLE_8KS[outcome.accession]
    rows = _manifest(dest)
    assert {row["accession"]: tuple(row["items"]) for row in rows} == APPLE_8KS
    assert {row["status"] for row in rows} == {"ok"}
    assert rows[0].keys() == {
        "accession", "cik", "company", "form", "filed", "items", "path", "status", "error"
    }  # fmt: skip
    hits = apple.hits
    assert {hit.user_agent for hit in hits} == {TEST_USER_AGENT}
    assert max_in_window(hits) <= 10
    for written_file in dest.rglob("*"):
        if written_file.is_file():
            assert TEST_EMAIL.encode() not in written_file.read_bytes()


def test_second_run_skips_and_makes_no_archive_requests(apple: EdgarServer, tmp_path: Path) -> None:
    dest, cache = tmp_path / "filings", tmp_path / "cache"
    with make_client(apple, cache) as client:
        fetch_filings(client, Selection(cik="320193"), dest)
    apple.clear_hits()
    with make_client(apple, cache) as client:
        again = fetch_filings(client, Selection(cik="320193"), dest)
    assert {o.status for o in again.outcomes} == {"skipped"}
    assert apple.hits == []  # submissions are fresh in the cache, filings on disk
    with make_client(apple, cache) as client:
        elsewhere = fetch_filings(client, Selection(cik="320193"), tmp_path / "other")
    assert {o.status for o in elsewhere.outcomes} == {"ok"}
    assert _archive_hits(apple) == []  # archive files come from the cache
    assert len(_manifest(dest)) == 2 * len(APPLE_8KS)


def test_transient_faults_while_fetching_leave_nothing_partial(
    apple: EdgarServer, tmp_path: Path
) -> None:
    target = _archive("320193", "0001193125-15-410853")
    apple.inject(Fault("truncate"), path=target, times=20)
    apple.inject(Fault("status", status=503), path=_archive("320193", "0000320193-19-000032"))
    apple.inject(Fault("drop"), path=_archive("320193", "0000912057-00-002128"))
    dest, cache = tmp_path / "filings", tmp_path / "cache"
    with make_client(apple, cache, fast_config(max_retries=2)) as client:
        result = fetch_filings(client, Selection(cik="320193"), dest)
    [failure] = result.failures
    assert failure.accession == "0001193125-15-410853"
    assert failure.status == "failed" and "cut short" in (failure.error or "")
    assert not (dest / "320193" / "0001193125-15-410853.txt").exists()
    assert sum(o.status == "ok" for o in result.outcomes) == len(APPLE_8KS) - 1
    leftovers = [p for p in tmp_path.rglob("*") if p.name.startswith(".partial-")]
    assert leftovers == []
    assert "0001193125-15-410853" not in {p.stem for p in cache.rglob("*.txt")}


def test_items_and_dates_choose_filings(apple: EdgarServer, tmp_path: Path) -> None:
    with make_client(apple, tmp_path) as client:
        only_507 = select_filings(client, Selection(cik="320193", items=frozenset({"5.07"})))
        old_item_7 = select_filings(client, Selection(cik="0000320193", items=frozenset({"7"})))
        apple.clear_hits()
        in_2019 = select_filings(
            client, Selection(cik="320193", since=date(2019, 1, 1), until=date(2019, 12, 31))
        )
    assert [ref.accession for ref in only_507] == ["0000320193-19-000032"]
    assert {ref.accession for ref in old_item_7} == {
        "0001104659-04-019574",
        "0000912057-00-002128",
        "0000320193-96-000027",
    }
    assert {ref.accession for ref in in_2019} == {"0001193125-19-292676", "0000320193-19-000032"}
    assert PAGE not in [hit.path for hit in apple.hits]  # the 1994-2013 page is not needed
    with make_client(apple, tmp_path) as client:
        in_2019q1 = select_filings(client, Selection(cik="320193", quarter=Quarter(2019, 1)))
    assert [ref.accession for ref in in_2019q1] == ["0000320193-19-000032"]


def test_ticker_is_resolved(apple: EdgarServer, tmp_path: Path) -> None:
    march_2019 = Selection(ticker="aapl", since=date(2019, 3, 1), until=date(2019, 3, 31))
    with make_client(apple, tmp_path) as client:
        refs = select_filings(client, march_2019)
    assert [ref.accession for ref in refs] == ["0000320193-19-000032"]


def _quarter_index(rows: list[tuple[str, str, str, str, str]]) -> bytes:
    """A form.idx with the recorded header, and rows laid out as EDGAR does."""
    recorded = (EDGAR_API / "full_index/form.2021QTR1.excerpt.idx").read_text()
    header = "\n".join(recorded.splitlines()[:10])
    lines = [
        f"{form:<12}{company:<60}  {cik:<10}  {filed:<10}  edgar/data/{cik}/{accession}.txt"
        for form, company, cik, filed, accession in rows
    ]
    return (header + "\n" + "\n".join(lines) + "\n").encode()


def test_quarter_with_limit(recorded: EdgarServer, tmp_path: Path) -> None:
    with (CORPUS / "edgar_8k" / "manifest.tsv").open(newline="", encoding="utf-8") as stream:
        staged = [
            (row["form"], row["company"], row["cik"], row["filed_date"], row["accession"])
            for row in csv.DictReader(stream, delimiter="\t")
            if row["filed_date"].startswith(("2000-07", "2000-08", "2000-09"))
            and _archive(row["cik"], row["accession"]) in recorded.routes
        ]
    assert len(staged) >= 3
    overflow = ("10-Q", "A COMPANY NAME THAT IS FAR TOO LONG FOR ITS SIXTY-TWO CHARACTER COLUMN")
    rows = [(*overflow, "1000001", "2000-08-01", "0001000001-00-000001"), *staged]
    recorded.add("/Archives/edgar/full-index/2000/QTR3/form.idx", _quarter_index(rows))
    dest = tmp_path / "filings"
    with make_client(recorded, tmp_path / "cache") as client:
        result = fetch_filings(client, Selection(quarter=Quarter(2000, 3), limit=2), dest)
    assert [o.status for o in result.outcomes] == ["ok", "ok"]
    assert {o.accession for o in result.outcomes} <= {row[4] for row in staged}
    assert len(list(dest.glob("*/*.txt"))) == 2


def test_paths_cannot_escape_dest(recorded: EdgarServer, tmp_path: Path) -> None:
    evil = {
        "cik": "320193",
        "name": "Evil Corp",
        "filings": {
            "recent": {
                "accessionNumber": ["../../../escaped", "0001193125-15-410853/../../x", "/etc/x"],
                "filingDate": ["2020-01-01"] * 3,
                "form": ["8-K"] * 3,
                "items": [""] * 3,
            },
            "files": [],
        },
    }
    recorded.add(SUBMISSIONS, json.dumps(evil).encode())
    dest = tmp_path / "deep" / "filings"
    with make_client(recorded, tmp_path / "cache") as client:
        result = fetch_filings(client, Selection(cik="320193"), dest)
    assert [o.status for o in result.outcomes] == ["failed"] * 3
    assert all("not an accession number" in (o.error or "") for o in result.outcomes)
    outside = [
        p for p in tmp_path.rglob("*")
        if p.is_file() and not p.is_relative_to(dest) and not p.is_relative_to(tmp_path / "cache")
    ]  # fmt: skip
    assert outside == []
    assert _archive_hits(recorded) == []


def test_repeated_block_stops_the_run(apple: EdgarServer, tmp_path: Path) -> None:
    newest = _archive("320193", "0001193125-19-292676")  # the first one fetched
    apple.inject(Fault("block", page="rate"), path=newest, times=2)
    config = fast_config(block_pause=0.2)
    with make_client(apple, tmp_path / "cache", config) as client:
        result = fetch_filings(client, Selection(cik="320193"), tmp_path / "f", workers=1)
    assert not result.ok
    assert result.aborted is not None and "block page" in result.aborted
    assert [o.status for o in result.outcomes] == ["failed"]
    assert result.not_attempted == len(APPLE_8KS) - 1
    assert "stopped early" in result.summary()


# -- the command line ------------------------------------------------------------
@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[EdgarServer], None]:
    def point_at(server: EdgarServer) -> None:
        monkeypatch.setenv("SEC8K_SEC_URL", server.url)
        monkeypatch.setenv("SEC8K_DATA_URL", server.url)
        monkeypatch.setenv("SEC8K_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("SEC8K_USER_AGENT", TEST_USER_AGENT)

    return point_at


def test_cli_lists_every_failure_and_exits_1(
    recorded: EdgarServer,
    cli_env: Callable[[EdgarServer], None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cli_env(recorded)
    dest = tmp_path / "filings"
    argv = ["fetch", "--cik", "320193", "--since", "2019-10-01", "--until", "2019-12-31"]
    assert main([*argv, "--dest", str(dest)]) == 1
    err = capsys.readouterr().err
    assert "1 fetched" in err and "1 not found" in err
    assert "not found: 0000320193-19-000117 (CIK 320193)" in err
    statuses = {row["accession"]: row["status"] for row in _manifest(dest)}
    assert statuses == {"0001193125-19-292676": "ok", "0000320193-19-000117": "not_found"}


def test_cli_offline_uses_only_the_cache(
    apple: EdgarServer,
    cli_env: Callable[[EdgarServer], None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cli_env(apple)
    argv = ["fetch", "--ticker", "AAPL", "--since", "2019-01-01", "--max-rps", "5"]
    assert main([*argv, "--dest", str(tmp_path / "one")]) == 0
    apple.clear_hits()
    assert main([*argv, "--offline", "--dest", str(tmp_path / "two")]) == 0
    assert apple.hits == []
    assert len(list((tmp_path / "two").glob("320193/*.txt"))) == 2
    capsys.readouterr()
    miss = ["fetch", "--cik", "1045810", "--offline", "--dest", str(tmp_path / "three")]
    assert main(miss) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("sec8k: error: ") and "\n" not in err
    assert "/submissions/CIK0001045810.json" in err and "offline" in err


def test_cli_requires_a_user_agent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing User-Agent is a usage error: exit status 2, as docs/edgar.md says."""
    monkeypatch.delenv("SEC8K_USER_AGENT", raising=False)
    monkeypatch.setenv("SEC8K_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(SystemExit) as info:
        main(["fetch", "--cik", "320193", "--dest", str(tmp_path / "d")])
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("sec8k fetch: error: User-Agent:")
    assert '"Name email@example.com"' in err


def test_cli_without_a_network_fails_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No network (here: a closed port on 127.0.0.1, refused like a dead DNS lookup): one
    line in well under 3 s, not 22 s of retries ending in "EDGAR may be busy"."""
    closed = "http://127.0.0.1:9"
    monkeypatch.setenv("SEC8K_USER_AGENT", "Jane Doe jane.doe@example.com")
    monkeypatch.setenv("SEC8K_SEC_URL", closed)
    monkeypatch.setenv("SEC8K_DATA_URL", closed)
    monkeypatch.setenv("SEC8K_CACHE_DIR", str(tmp_path / "cache"))
    started = time.monotonic()
    assert main(["fetch", "--cik", "320193", "--dest", str(tmp_path / "d")]) == 1
    assert time.monotonic() - started < 3
    err = capsys.readouterr().err.strip()
    assert err.startswith("sec8k: error: ") and "\n" not in err
    assert "cannot reach 127.0.0.1:9 (no network?)" in err and "busy" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--cik", "320193", "--since", "2020-01-01", "--until", "2019-01-01"],
        ["--cik", "320193", "--max-rps", "20"],
        ["--cik", "320193", "--since", "yesterday"],
        ["--cik", "abc"],
        ["--quarter", "2011Q7"],
        ["--quarter", "2011Q1", "--items", "2.01"],
        ["--form", "10-K", "--cik", "320193"],
        ["--dest", "x"],
    ],
)
def test_cli_user_errors_are_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = [] if "--dest" in argv else ["--dest", str(tmp_path / "d")]
    with pytest.raises(SystemExit) as info:
        main(["fetch", *argv, *dest])
    assert info.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("sec8k fetch: error: ")


def test_cli_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["fetch", "--help"])
    assert "sec8k fetch --ticker AAPL" in capsys.readouterr().out
