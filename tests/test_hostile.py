"""Hostile and broken input: sec8k must answer with a record or one typed error, in bounded time
and memory, and never hang.

Every call that could hang runs in a forked child process under a generous wall-clock
guard (:func:`bounded`): a hang is a failure, a slow call that finishes is not asserted on.
Memory is measured in the child with tracemalloc (Python allocations) and the peak is
checked against a stated bound. Large inputs are generated here at test time; the small
hand-made files live in ``tests/hostile/``.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TextIO

import pytest
from pydantic import BaseModel

from sec8k.acquisitions import cues as acquisition_cues
from sec8k.cli import extract as cli_extract
from sec8k.cli import main
from sec8k.container import sgml
from sec8k.container.cover import read_cover
from sec8k.container.sgml import parse_header
from sec8k.errors import InputTooLargeError, ParseError, Sec8kError, UnsupportedFormatError
from sec8k.extract import extract_parsed, extract_path
from sec8k.io import read_path
from sec8k.items.split import split_items
from sec8k.models import Evidence
from sec8k.pipeline import ParsedFiling, parse_filing
from sec8k.rules import parse_defined_term
from sec8k.rules import regexes as rule_regexes
from sec8k.rules.dates import first_date
from sec8k.rules.finder import find_entities
from sec8k.rules.guard import mask_long_number_runs
from sec8k.rules.nlp import get_nlp
from sec8k.text import html as html_module
from sec8k.text import plain, repair
from sec8k.text.html import normalise_html
from sec8k.text.plain import normalise_text

REPO = Path(__file__).resolve().parents[1]
HOSTILE = REPO / "tests" / "hostile"
SEED = REPO / "samples" / "allied-motion-2011" / "filing.txt"
#: Wall-clock guard for one call. Generous: a 2-core CI machine under load is slow; the
#: inputs are sized so that the quadratic code they once hit would run for minutes.
GUARD_SECONDS = 45.0
MB = 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    """What a guarded call did: its summary, or the typed error it raised."""

    value: Any
    error: str | None  # "ClassName: message" of a Sec8kError
    seconds: float
    peak_bytes: int  # tracemalloc peak of the call


def _child(conn: Connection, fn: Callable[[], Any], trace: bool, headroom: int | None) -> None:
    if headroom is not None:  # a runaway allocation becomes a MemoryError, not an OOM kill
        pages = int(Path("/proc/self/statm").read_text().split()[0])
        limit = pages * resource.getpagesize() + headroom
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        value, error = fn(), None
    except Sec8kError as exc:
        value, error = None, f"{type(exc).__name__}: {exc}"
    except BaseException as exc:  # an untyped error is the bug we look for: report it
        conn.send(("crash", f"{type(exc).__name__}: {exc}", 0.0, 0))
        return
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    conn.send(("ok", (value, error), seconds, peak))


def bounded(
    fn: Callable[[], Any],
    seconds: float = GUARD_SECONDS,
    *,
    trace: bool = False,
    headroom: int | None = None,
) -> Outcome:
    """Run ``fn`` in a forked child; fail on a hang (no answer within ``seconds``) or a crash.

    ``fn`` returns a small picklable summary; a Sec8kError it raises is reported in
    ``Outcome.error``; any other exception fails the test. ``trace`` measures the
    call's peak Python memory with tracemalloc (it slows the call down); ``headroom``
    caps the child's address space at its size now plus that many bytes (Linux).
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, fn, trace, headroom), daemon=True)
    child.start()
    sender.close()
    if not receiver.poll(seconds):
        child.kill()
        child.join()
        pytest.fail(f"hang: no answer within {seconds:.0f} s")
    try:
        status, payload, took, peak = receiver.recv()
    except EOFError:
        child.join()
        pytest.fail(
            f"the child died without an answer (exit code {child.exitcode}): out of memory?"
        )
    child.join()
    if status == "crash":
        pytest.fail(f"untyped exception: {payload}")
    value, error = payload
    return Outcome(value, error, took, peak)


def evidence_in(value: object) -> Iterator[Evidence]:
    """Every Evidence inside a record (acquisitions, agreements, officer changes, ...)."""
    if isinstance(value, Evidence):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from evidence_in(getattr(value, name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from evidence_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from evidence_in(item)


def assert_verifiable(parsed: ParsedFiling) -> None:
    """The record's promises: every span is the slice of its document's normalised text."""
    record = parsed.record
    for item in record.items:
        text = parsed.texts[item.document].text
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for exhibit in record.exhibits:
        if exhibit.text is not None and exhibit.document is not None:
            assert exhibit.start is not None
            assert parsed.texts[exhibit.document].text[exhibit.start :].startswith(exhibit.text)
    for evidence in evidence_in(record):
        assert evidence.document in parsed.texts, evidence
        text = parsed.texts[evidence.document].text
        assert 0 <= evidence.start <= evidence.end <= len(text), evidence
        assert text[evidence.start : evidence.end] == evidence.text, evidence
    record.model_dump_json()  # JSON-safe: no lone surrogates, no stray objects


# -- regexes and loops that once went quadratic ---------------------------------------
def test_header_line_with_long_blank_runs_is_linear() -> None:
    # "KEY: value<blanks>more": the old lazy value + "[ \t]*$" backtracked over every blank.
    line = "COMPANY CONFORMED NAME:\tACME" + " \t" * 100_000 + "INC"
    text = f"<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n{line}\n</SEC-HEADER>\n"
    outcome = bounded(lambda: (header := parse_header(text)) and header.company)
    assert outcome.error is None
    assert outcome.value.startswith("ACME") and outcome.value.endswith("INC")


def test_header_with_thousands_of_unclosed_sections_is_linear() -> None:
    # Every field copied the whole stack of open sections: quadratic in unclosed <FILER>s.
    text = "<SUBMISSION>\n<TYPE>8-K\n" + "<FILER>\n" * 100_000 + "<CIK>0000012345\n" * 100_000
    outcome = bounded(lambda: (header := parse_header(text)) and (header.form, header.cik))
    assert outcome.value == ("8-K", "0000012345")


def test_heading_that_repeats_one_number_makes_one_section() -> None:
    # "Items 1.01, 1.01, ...": each repeat became a section holding a copy of the item text
    # (memory grew as repeats x text), and the heading was re-sliced per number (quadratic).
    heading = "Items 1.01" + ", 1.01" * 20_000
    text = heading + "\n" + "The Company entered into a material agreement. " * 2_000 + "\n"

    def parse() -> tuple[int, int]:
        items = parse_filing(text.encode(), name="repeats.txt").record.items
        return len(split_items(text, "current")), len(items)

    outcome = bounded(parse, trace=True)
    assert outcome.value == (1, 1)
    assert outcome.peak_bytes < 20 * MB


def _submission(*documents: str, header: str = "CONFORMED SUBMISSION TYPE:\t8-K\n") -> bytes:
    parts = [f"<SEC-DOCUMENT>\n<SEC-HEADER>\n{header}</SEC-HEADER>\n"]
    parts += [f"<DOCUMENT>\n{d}</DOCUMENT>\n" for d in documents]
    return ("".join(parts) + "</SEC-DOCUMENT>\n").encode()


def test_large_exhibit_index_meets_many_documents_in_linear_time() -> None:
    # Each index row scanned every document: rows x documents.
    rows = "".join(f"{i // 1000 + 1}.{i % 1000} Press release\n" for i in range(3_000))
    primary = f"<TYPE>8-K\n<TEXT>\nItem 9.01 Financial Statements and Exhibits\n(d) Exhibits\n{rows}</TEXT>\n"
    exhibit = "<TYPE>EX-99\n<TEXT>\nx\n</TEXT>\n"
    data = _submission(primary, *[exhibit] * 3_000)

    def parse() -> tuple[int, int]:
        record = parse_filing(data, name="index.txt").record
        return sum(e.listed for e in record.exhibits), len(record.documents)

    assert bounded(parse).value == (3_000, 3_001)


def _bound_in(rows: int, title_line: str, lines: int) -> bytes:
    """A single-document 8-K whose exhibit index lists ``rows`` exhibits of one title."""
    index = "".join(f"{i // 100 + 1}.{i % 100} Consulting Agreement\n" for i in range(rows))
    return (
        "Item 9.01 Financial Statements and Exhibits\n(d) Exhibits\n"
        f"{index}\nSIGNATURES\nPursuant to the requirements of the Act, /s/ Jane Doe\n"
        f"{title_line}\n" + "A line of the bound-in exhibit.\n" * lines
    ).encode()


def test_bound_in_exhibits_are_found_in_one_pass() -> None:
    # Every index row scanned every line after the items: rows x lines.
    data = _bound_in(rows=1_000, title_line="Nothing here", lines=50_000)
    outcome = bounded(lambda: len(parse_filing(data, name="bound.txt").record.exhibits))
    assert outcome.value == 1_000


def test_one_bound_in_exhibit_is_not_copied_for_every_row_that_names_it() -> None:
    # Every row with the same title took the same start: one copy of the rest per row.
    data = _bound_in(rows=2_000, title_line="CONSULTING AGREEMENT", lines=20_000)

    def bind() -> int:
        return sum(e.text is not None for e in parse_filing(data, name="bound.txt").record.exhibits)

    outcome = bounded(bind, trace=True)
    assert outcome.value == 1
    assert outcome.peak_bytes < 40 * MB


def test_submission_of_countless_documents_is_refused_by_name() -> None:
    # 200,000 empty <DOCUMENT>s in 2 MB: each became a record entry (about 1.3 KB apiece).
    data = _submission() + b"<DOCUMENT>" * 200_000
    outcome = bounded(lambda: parse_filing(data, name="many.txt"), trace=True)
    assert outcome.error is not None
    assert outcome.error.startswith("InputTooLargeError: many.txt: more than 5,000 <DOCUMENT>")
    assert outcome.peak_bytes < 20 * MB


def test_folder_of_countless_files_is_refused_by_name(tmp_path: Path) -> None:
    for i in range(5_001):
        (tmp_path / f"doc{i:05}.htm").write_bytes(b"<p>x</p>")
    with pytest.raises(InputTooLargeError) as raised:
        read_path(tmp_path)
    assert raised.value.source == str(tmp_path) and "5,000 files" in raised.value.reason


def test_header_declaring_countless_items_is_read_in_bounded_time() -> None:
    lines = "".join(f"ITEM INFORMATION:\tEvent number {i}\n" for i in range(200_000))
    data = _submission("<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events\n</TEXT>\n", header=lines)
    outcome = bounded(
        lambda: len(parse_filing(data, name="items.txt").record.filing.items_declared)
    )
    assert outcome.value <= 64


def test_cover_name_search_is_bounded() -> None:
    # An upper-case "name" line of thousands of characters was searched for, case-blind,
    # through the whole text: name length x text length.
    text = (
        "A" * 3_000
        + "\n(Exact name of registrant as specified in its charter)\n"
        + ("a" * 2_999 + "b") * 5_000
    )
    assert bounded(lambda: read_cover(text).company_name).value is None


# -- HTML: depth, entities, network ------------------------------------------------------
def _deep(tag: str, depth: int, inner: str) -> str:
    return f"<{tag}>" * depth + inner + f"</{tag}>" * depth


@pytest.mark.parametrize("depth", [300, 100_000])
def test_hundreds_of_unclosed_font_tags_keep_the_text_after_them(depth: int) -> None:
    # libxml2 stops at 256 levels and keeps what came before: the item was silently lost.
    raw = (
        "<html><body><p>Cover page</p>"
        + "<font size=2>" * depth
        + "<p>Item 8.01 Other Events</p><p>The Company announced a dividend.</p>"
        + "</body></html>"
    )
    text = bounded(lambda: normalise_html(raw, name="deep.htm").text).value
    assert "Item 8.01 Other Events" in text and "announced a dividend" in text


def test_block_nesting_past_the_parser_limit_is_a_typed_error() -> None:
    raw = "<html><body>" + _deep("div", 1_000, "<p>Item 8.01 Other Events</p>") + "</body></html>"
    with pytest.raises(ParseError, match=r"deep\.htm: HTML beyond the parser's limits"):
        normalise_html(raw, name="deep.htm")


def test_text_node_past_the_parser_limit_is_a_typed_error() -> None:
    # libxml2 refuses text nodes over 10 MB without XML_PARSE_HUGE and returned nothing.
    raw = "<html><body><p>" + "word " * 2_200_000 + "</p></body></html>"
    with pytest.raises(ParseError, match=r"big\.htm: HTML beyond the parser's limits"):
        normalise_html(raw, name="big.htm")


_LAUGHS = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)  # lol9 would expand to 10^9 "lol"s


def _with_doctype(subset: str, *, xhtml: bool) -> str:
    prolog = '<?xml version="1.0" encoding="utf-8"?>\n' if xhtml else ""
    root = (
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">'
        if xhtml
        else "<html>"
    )
    return (
        f'{prolog}<!DOCTYPE html [\n<!ENTITY lol0 "lol">{_LAUGHS}\n{subset}\n]>\n{root}<body>'
        "<p>Item 8.01 Other Events</p><p>Laughs: &lol9; Secret: &xxe;</p></body></html>"
    )


@pytest.mark.parametrize("xhtml", [False, True], ids=["html", "xhtml-ixbrl"])
def test_entities_are_never_expanded_nor_files_read(tmp_path: Path, xhtml: bool) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    raw = _with_doctype(f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">', xhtml=xhtml)
    parsed = parse_filing(raw.encode(), name="entities.htm")
    text = parsed.texts["entities.htm"].text
    assert parsed.record.source.format == ("ixbrl" if xhtml else "html")
    assert "TOP-SECRET-VALUE" not in text
    assert "lollol" not in text and len(text) < 200
    assert "]>" not in text and "ENTITY" not in text  # the subset is not printed as text
    assert [i.number for i in parsed.record.items] == ["8.01"]


@pytest.mark.parametrize("xhtml", [False, True], ids=["html", "xhtml-ixbrl"])
def test_parsing_never_touches_the_network(xhtml: bool) -> None:
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY xxe "FETCHED">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        raw = _with_doctype(
            f'<!ENTITY xxe SYSTEM "{base}/entity"><!ENTITY % dtd SYSTEM "{base}/dtd"> %dtd;',
            xhtml=xhtml,
        ).replace("<!DOCTYPE html [", f'<!DOCTYPE html SYSTEM "{base}/doctype" [')
        text = parse_filing(raw.encode(), name="net.htm").texts["net.htm"].text
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []
    assert "FETCHED" not in text


# -- payloads that are never decoded -----------------------------------------------------
def _uuencoded(megabytes: int) -> str:
    line = "M" + '86]A;F5S="!T:&4@<75I8VL@8G)O=VX@9F]X(&IU;7!S(&]V97(@=&AE(&QA' + "\n"
    return "begin 644 deck.pdf\n" + line * (megabytes * MB // len(line)) + "`\nend\n"


def test_30_mb_uuencoded_document_is_skipped_without_a_copy() -> None:
    primary = "<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events\nSee the deck.\n</TEXT>\n"
    payload = f"<TYPE>EX-99.2\n<FILENAME>deck.pdf\n<TEXT>\n{_uuencoded(30)}</TEXT>\n"
    data = _submission(primary, payload)

    def parse() -> tuple[str | None, int]:
        doc = parse_filing(data, name="deck.txt").record.documents[1]
        return doc.skipped, doc.size

    outcome = bounded(parse, trace=True)
    skipped, size = outcome.value
    assert skipped is not None and skipped.startswith("uuencoded payload")
    assert size > 29 * MB
    # The decoded text is one copy of the input; the payload is neither copied nor decoded.
    assert outcome.peak_bytes < 1.3 * len(data)


def test_base64_document_is_skipped() -> None:
    lines = "".join(
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\n" for _ in range(50)
    )
    data = _submission(
        "<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events\n</TEXT>\n",
        f"<TYPE>EX-99.1\n<FILENAME>blob.bin\n<TEXT>\n{lines}</TEXT>\n",
    )
    doc = parse_filing(data, name="b64.txt").record.documents[1]
    assert doc.skipped is not None and doc.skipped.startswith("base64 payload")
    assert doc.text_length == 0


# -- one bad document, or a too large one, is a note; the filing is still read --------
def test_unreadable_exhibit_is_a_note_and_the_filing_is_still_read() -> None:
    exhibit = "<html><body>" + _deep("div", 1_000, "<p>Press release</p>") + "</body></html>"
    data = _submission(
        "<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events\nA dividend.\n</TEXT>\n",
        f"<TYPE>EX-99.1\n<FILENAME>ex991.htm\n<TEXT>\n{exhibit}\n</TEXT>\n",
    )
    record = parse_filing(data, name="deep.txt").record
    assert [i.number for i in record.items] == ["8.01"]
    skipped = record.documents[1].skipped
    assert skipped is not None and skipped.startswith("not read: HTML beyond the parser's limits")


def test_document_over_the_size_limit_is_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exhibit = "<html><body>" + "<p>A long press release.</p>" * 1_000 + "</body></html>"
    path = tmp_path / "big-exhibit.txt"
    path.write_bytes(
        _submission(
            "<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events\nA dividend.\n</TEXT>\n",
            f"<TYPE>EX-99.1\n<FILENAME>ex991.htm\n<TEXT>\n{exhibit}\n</TEXT>\n",
        )
    )
    monkeypatch.setenv("SEC8K_MAX_DOCUMENT_MB", "0.01")  # 10,485 characters
    record = read_path(path).record
    assert [i.number for i in record.items] == ["8.01"]
    big = record.documents[1]
    assert big.skipped is not None and "over the 10,485-character limit" in big.skipped
    assert "SEC8K_MAX_DOCUMENT_MB" in big.skipped and big.text_length == 0
    monkeypatch.delenv("SEC8K_MAX_DOCUMENT_MB")
    assert read_path(path).record.documents[1].skipped is None


def test_default_limit_skips_a_12_mb_document_in_bounded_memory() -> None:
    exhibit = "<html><body>" + "<p>Row of a very long table.</p>\n" * 400_000 + "</body></html>"
    data = _submission(
        "<TYPE>8-K\n<TEXT>\nItem 8.01 Other Events\nA dividend.\n</TEXT>\n",
        f"<TYPE>EX-99.1\n<FILENAME>ex991.htm\n<TEXT>\n{exhibit}\n</TEXT>\n",
    )
    assert len(data) > 12 * MB

    def parse() -> tuple[list[str], str | None]:
        record = parse_filing(data, name="big.txt").record
        return [i.number for i in record.items], record.documents[1].skipped

    outcome = bounded(parse, trace=True)
    items, skipped = outcome.value
    assert items == ["8.01"] and skipped is not None and "character limit" in skipped
    assert outcome.peak_bytes < 3 * len(data)  # the decoded text and the document's slice


# -- reading files ---------------------------------------------------------------------
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_is_refused_not_read_forever() -> None:
    # stat() says 0 bytes, so the size check passed and read_bytes() never ended.
    outcome = bounded(lambda: read_path("/dev/zero"), seconds=20, headroom=512 * MB)
    assert outcome.error == "ParseError: /dev/zero: a device, not a file"


def test_input_that_outgrows_its_stat_size_is_cut_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "growing.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as stream:
            for _ in range(3):
                stream.write(b"Item 8.01 Other Events\n" * 50_000)  # 1.2 MB each

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    monkeypatch.setenv("SEC8K_MAX_INPUT_MB", "1")
    outcome = bounded(lambda: read_path(fifo), seconds=20)
    writer.join(timeout=5)
    assert outcome.error == (
        f"InputTooLargeError: {fifo}: the file is over the 1,048,576-byte limit "
        "(set SEC8K_MAX_INPUT_MB)"
    )


def test_utf8_filing_with_a_stray_cp1252_byte_keeps_its_utf8() -> None:
    # One byte that is not UTF-8 made the whole file cp1252: "’" became "â€™" everywhere.
    data = (
        "Item 8.01 Other Events\nThe Company’s dividend — €0.10 per share.\n".encode()
        + b"Pasted from Word: the Board\x92s decision \x96 final.\n"
    )
    text = parse_filing(data, name="mixed.txt").texts["mixed.txt"].text
    assert "The Company’s dividend — €0.10 per share." in text
    assert "the Board’s decision – final." in text
    assert "â€" not in text


def test_junk_file_in_a_folder_is_a_note_and_the_error_names_the_folder(tmp_path: Path) -> None:
    # A junk file failed the whole folder, with an error naming only "a.bin".
    (tmp_path / "a.bin").write_bytes((HOSTILE / "junk-folder" / "a.bin").read_bytes())
    (tmp_path / "d8k.htm").write_bytes(b"<p>Item 8.01 Other Events</p><p>A dividend.</p>")
    record = read_path(tmp_path).record
    assert record.source.file == "d8k.htm" and [i.number for i in record.items] == ["8.01"]
    assert [(d.name, d.format) for d in record.documents] == [
        ("d8k.htm", "html"),
        ("a.bin", "binary"),
    ]
    junk = HOSTILE / "junk-folder"
    with pytest.raises(ParseError) as raised:
        read_path(junk)
    assert raised.value.source == str(junk)
    assert raised.value.reason.startswith("the folder holds no filing documents (a.bin: binary")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Item 8.01 Other Events\n".encode("utf-16"), "UTF-16"),
        ("<html><body><p>Item 8.01</p></body></html>".encode("utf-16-le"), "UTF-16"),
        ("Item 8.01 Other Events\n".encode("utf-32"), "UTF-32"),
    ],
)
def test_utf16_and_utf32_files_are_named_as_such(data: bytes, encoding: str) -> None:
    # They were reported as "binary data (control bytes)".
    with pytest.raises(UnsupportedFormatError) as raised:
        parse_filing(data, name="wide.txt")
    assert raised.value.reason.startswith(f"{encoding} text;")
    assert "convert it to UTF-8" in raised.value.reason


# -- the hostile corpus: tests/hostile/ and files generated here -------------------------
#: What each file of tests/hostile/ must give: a record, or this typed error.
HOSTILE_EXPECTED = {
    "billion-laughs.xhtml": "record",
    "binary-junk.bin": "UnsupportedFormatError",
    "broken-entities.htm": "record",
    "cr-line-ends.txt": "record",
    "crlf-line-ends.txt": "record",
    "document-inside-document.txt": "record",
    "empty.txt": "EmptyInputError",
    "filename-traversal.txt": "record",
    "gzip-named-txt.txt": "UnsupportedFormatError",
    "header-only.txt": "record",
    "junk-folder": "ParseError",
    "markdown-escapes.md": "record",
    "mixed-cp1252-utf8.txt": "record",
    "nul-after-sniff.htm": "record",
    "nul-bytes.txt": "UnsupportedFormatError",
    "pdf-named-htm.htm": "UnsupportedFormatError",
    "sec-document-without-header.txt": "ParseError",
    "text-without-type.txt": "record",
    "truncated-in-header.txt": "record",
    "truncated-sgml.txt": "record",
    "unbalanced-tags.htm": "record",
    "unclosed-comment.htm": "record",
    "unclosed-document.txt": "record",
    "unclosed-script.htm": "record",
    "utf16-bom.txt": "UnsupportedFormatError",
    "utf16-no-bom.htm": "UnsupportedFormatError",
    "uuencoded.txt": "record",
    "whitespace-only.txt": "EmptyInputError",
    "xxe.htm": "record",
}
#: Peak Python memory (tracemalloc) allowed for one hostile input, small or generated.
HOSTILE_PEAK_BYTES = 150 * MB


def _generate(folder: Path) -> dict[str, str]:
    """Hostile files too large to commit, written to ``folder``: name -> expected outcome."""
    words = "The Company announced a dividend of $0.10 per share payable to holders. "
    (folder / "deep-nesting.htm").write_text(
        "<html><body>"
        + "<font face=Arial>" * 50_000
        + _deep("div", 200, "<p>Item 8.01 Other Events</p><p>" + words + "</p>")
        + "</body></html>",
        encoding="utf-8",
    )
    (folder / "huge-single-line.txt").write_text(
        "Item 8.01 Other Events " + words * 40_000, encoding="utf-8"
    )
    (folder / "huge-single-line.htm").write_text(
        "<p>Item 8.01 Other Events</p><p>" + words * 60_000, encoding="utf-8"
    )
    return {
        "deep-nesting.htm": "record",
        "huge-single-line.txt": "record",
        "huge-single-line.htm": "record",
    }


def _extract_summary(path: Path) -> tuple[int, int]:
    parsed = extract_path(path)
    assert_verifiable(parsed)
    return len(parsed.record.items), len(parsed.record.documents)


def test_every_hostile_file_has_an_expectation() -> None:
    present = {p.name for p in HOSTILE.iterdir() if p.name != "README.md"}
    assert present == set(HOSTILE_EXPECTED)


@pytest.fixture(scope="module")
def warm() -> None:
    """Load spaCy and the rules once here, so that forked children do not each load them."""
    extract_path(SEED)


@pytest.mark.usefixtures("warm")
@pytest.mark.parametrize("name", [*sorted(HOSTILE_EXPECTED), "<generated>"])
def test_hostile_input_gives_a_record_or_one_typed_error(name: str, tmp_path: Path) -> None:
    cases = {name: HOSTILE_EXPECTED[name]} if name in HOSTILE_EXPECTED else _generate(tmp_path)
    for file, expected in cases.items():
        path = (HOSTILE if name in HOSTILE_EXPECTED else tmp_path) / file
        outcome = bounded(functools.partial(_extract_summary, path), trace=True)
        if expected == "record":
            assert outcome.error is None, outcome.error
        else:
            assert outcome.error is not None, f"{file}: expected {expected}, got a record"
            assert outcome.error.startswith(f"{expected}: "), outcome.error
            assert file in outcome.error  # the message names the input
        assert outcome.peak_bytes < HOSTILE_PEAK_BYTES, f"{file}: {outcome.peak_bytes:,} bytes"


def test_reading_a_small_file_does_not_allocate_the_whole_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # read(limit + 1) allocated the limit up front: 400 MB to read 1 KB.
    path = tmp_path / "small.txt"
    path.write_bytes(b"Item 8.01 Other Events\nA dividend.\n" * 30)
    monkeypatch.setenv("SEC8K_MAX_INPUT_MB", "400")
    outcome = bounded(lambda: len(read_path(path).record.items), trace=True)
    assert outcome.value == 1 and outcome.peak_bytes < 10 * MB


@pytest.mark.parametrize("form", ["text", "html"])
def test_one_long_line_is_not_split_into_millions_of_pieces(form: str) -> None:
    # Every single space was replaced by a space: re.sub kept millions of pieces, and the
    # word re-joining listed every word of the line: about 20 bytes per input character.
    line = "The Company announced a dividend of $0.10 per share payable to holders. " * 20_000

    def normalise() -> int:
        if form == "html":
            return len(normalise_html(f"<p>Item 8.01 Other Events</p><p>{line}</p>").text)
        return len(normalise_text(f"Item 8.01 Other Events {line}", rejoin=True).text)

    outcome = bounded(normalise, trace=True)
    assert outcome.value > len(line)
    assert outcome.peak_bytes < 6 * len(line)


@pytest.mark.usefixtures("warm")
@pytest.mark.parametrize("space", ["\u2028", "\u1680", "\u2029"])
def test_runs_of_unicode_whitespace_do_not_reach_the_extractors(space: str) -> None:
    # Normalised text kept runs of U+2028 (and other Unicode spaces that "\s" matches);
    # the acquisition cues ("\s*,?\s*...") backtracked over them: 2,000 took 12 s.
    html = (
        "<html><body><p>Item 2.01 Completion of Acquisition or Disposition of Assets</p><p>"
        "On December 30, 2010, the Company acquired all of the outstanding shares of "
        f"Target Widgets, Inc.{space * 100_000}headquartered in Denver, Colorado, for $5.0 "
        "million in cash.</p></body></html>"
    )

    def extract() -> list[str | None]:
        parsed = extract_parsed(parse_filing(html.encode(), name="spaces.htm"))
        assert_verifiable(parsed)
        return [a.target_location for a in parsed.record.acquisitions]

    assert bounded(extract).value == ["Denver, Colorado"]


# -- regexes under adversarial strings -------------------------------------------------------
#: Raw-text regexes (they run before normalisation), each called as the code calls it, on
#: 200,000 characters built to make a backtracking regex go quadratic.
_RUN = 100_000
RAW_REGEX_CALLS: dict[str, Callable[[], object]] = {
    "sgml header line": lambda: sgml._KV_LINE.match("ITEMS: x" + " \t" * _RUN + "y"),
    "sgml header tags": lambda: sgml._TAG.findall("<A>" + "<" * 2 * _RUN),
    "sgml document meta": lambda: sgml._DOC_META.findall("<TYPE>" + " \t" * _RUN),
    "sgml base64 sniff": lambda: sgml._BASE64.match("A" * 2 * _RUN),
    "html prolog, no end": lambda: html_module._PROLOG.match("<!DOCTYPE" + " x" * _RUN),
    "html prolog, open subset": lambda: html_module._PROLOG.match("<!DOCTYPE [" + "]" * _RUN),
    "html inline tags, unclosed": lambda: html_module._INLINE_TAG.sub("", "<font " * _RUN),
    "html hidden style": lambda: html_module._HIDDEN.search("display " * _RUN),
    "html inline style": lambda: html_module._INLINE_DISPLAY.search("display: " * _RUN),
    "html flex style": lambda: html_module._ITEMS_AS_BLOCKS.search("display:inline- " * _RUN),
    "entity references": lambda: repair.unescape_entities("& # " * _RUN + "&a" * _RUN),
    "markdown repairs": lambda: repair.repair_text("\\*_ " * _RUN, markdown=True),
    "noise line": lambda: repair.NOISE_LINE.match("- " + " \t" * _RUN + "-x"),
    "sgml layout tags": lambda: plain._SGML_LAYOUT.sub("", "</" * _RUN + "<F1" * _RUN),
    "dates": lambda: first_date("Jan 1" + " " * _RUN + "x"),
}


@pytest.mark.parametrize("name", sorted(RAW_REGEX_CALLS))
def test_raw_text_regexes_do_not_backtrack_for_ever(name: str) -> None:
    call = RAW_REGEX_CALLS[name]
    bounded(lambda: bool(call()), seconds=20)


#: Pieces of the cue phrases the extractors look for, repeated without end: every cue regex
#: of extractor/acquisitions/cues.py and the agreement cues meets long near-misses.
CUE_PIECES = [
    "through its wholly owned subsidiary, ", "the Company acquired ", "Acme Inc. ", "( ",
    '(the "Company") ', "headquartered in ", "for a total of ", "additional amounts ",
    "by and between Acme and Foo and ", "all of the outstanding ", "$1, ", "sold ",
    "1,000,000 shares of common stock ", "merger with ", "from ", ", from ", "Inc., Inc., ",
    "A. B. ", "approximately $", "earn-out ", "Section 1. ", '"', "“", "'s ", "Mr. ", "cash ",
    "of the issued and outstanding capital stock ", "Dollars ($ ", "per share ",
    "employment agreement ", "base salary of $", "Chief Executive Officer ", "appointed ",
    "resigned ", "effective as of ", "1.", "(a)", ";", "--", "...", "\t", "\u2028",
]  # fmt: skip


@pytest.mark.usefixtures("warm")
def test_cue_phrases_repeated_without_end_are_extracted_in_bounded_time() -> None:
    run = "".join(piece * (2_000 // len(piece) + 1) for piece in CUE_PIECES)
    items = "".join(
        f"Item {n} Heading\nOn January 3, 2011, {run}end.\n" for n in ("1.01", "2.01", "5.02")
    )
    exhibit = f"CONSULTING AGREEMENT\nThis Agreement is made by and between Acme Inc. and John Smith. {run}"
    data = _submission(
        f"<TYPE>8-K\n<TEXT>\n{items}</TEXT>\n",
        f"<TYPE>EX-10.1\n<FILENAME>ex101.txt\n<TEXT>\n{exhibit}\n</TEXT>\n",
    )

    def extract() -> int:
        parsed = extract_parsed(parse_filing(data, name="cues.txt"))
        assert_verifiable(parsed)
        return len(parsed.record.items)

    assert bounded(extract).value == 3


@pytest.mark.usefixtures("warm")
def test_a_long_run_of_number_words_is_matched_in_bounded_time() -> None:
    text = "On January 3, 2011, " + "one hundred " * 10_000 + "Dollars ($100) end."

    def found() -> list[tuple[str, str]]:
        return [(c.label, c.text) for c in find_entities(text)]

    date, money = bounded(found, seconds=10).value
    assert date == ("DATE", "January 3, 2011")
    # The longest amount the pattern allows (at most 13 words, the first a unit word like
    # "one"), then the currency and the figure: what the unmasked text gives too.
    assert money == ("MONEY", "one hundred " * 6 + "Dollars ($100)")


def test_masking_a_long_number_run_finds_what_the_unmasked_text_gives() -> None:
    # 50 words: masked (over 40) and still small enough to match unmasked in a second.
    text = "Fifty " + "one two " * 25 + "Thousand Dollars ($50,000), 45 percent and five years."
    assert mask_long_number_runs(text) != text
    unmasked = [(e.label_, e.start_char, e.end_char) for e in get_nlp()(text).ents]
    masked = [(c.label, c.start, c.end) for c in find_entities(text)]
    assert masked == unmasked and len(masked) == 3


# -- paths: what sec8k writes, and where -------------------------------------------------
def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_extract_writes_its_output_and_nothing_else(tmp_path: Path) -> None:
    # <FILENAME> ../../escape.txt, /etc/passwd and C:\Windows\win.ini are names in the
    # record, never paths anything is written to.
    source = tmp_path / "in" / "a" / "b" / "filing.txt"
    source.parent.mkdir(parents=True)
    source.write_bytes((HOSTILE / "filename-traversal.txt").read_bytes())
    work, home = tmp_path / "work", tmp_path / "home"
    work.mkdir()
    home.mkdir()
    before = _tree(tmp_path)
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(home), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "sec8k.cli", "extract", str(source), "-o", "out.json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    after = _tree(tmp_path)
    assert set(after) - set(before) == {"work/out.json"}
    assert {k: v for k, v in after.items() if k in before} == before
    names = [d["name"] for d in json.loads(after["work/out.json"])["documents"]]
    assert names == ["../../escape.txt", "/etc/passwd", "C:\\Windows\\win.ini"]
    assert not (REPO / "escape.txt").exists() and not (tmp_path / "in" / "escape.txt").exists()


def test_output_file_is_replaced_whole_and_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "records.json"
    out.write_text("old", encoding="utf-8")
    bystander = tmp_path / "records.json.part"  # the old fixed temporary name
    bystander.write_text("a user's file", encoding="utf-8")
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["items"]
    assert bystander.read_text(encoding="utf-8") == "a user's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.json", "records.json.part"]
    capsys.readouterr()


def test_interrupted_output_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "records.json"
    out.write_text("old", encoding="utf-8")

    def interrupted(paths: list[str], stream: TextIO, compact: bool) -> int:
        stream.write("{half a record")
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_extract, "_write", interrupted)
    assert main(["extract", str(SEED), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["records.json"]


@pytest.mark.parametrize("where", ["a-folder", "missing/records.json"])
def test_unwritable_output_is_a_message_not_a_traceback(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-folder").mkdir()
    target = tmp_path / where
    assert main(["extract", str(SEED), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith(f"sec8k: error: {target}: cannot write the output")
        and "Traceback" not in err
    )
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a-folder"]


#: Cue patterns the extractors call with ``match`` at a position; all others are searched.
_MATCHED_AT = {
    "LOCATION", "FROM_AFTER_TARGET", "FROM_PARTY", "STAKE_AFTER", "RATIO_AFTER",
    "PER_SHARE_AFTER", "CASH_AFTER", "APPROXIMATE", "SCALE_AFTER",
    "DATE_MONTH_FIRST", "DATE_DAY_FIRST", "DATE_NUMERIC_US", "DATE_ISO",
}  # fmt: skip
#: Rule-layer patterns that only ever read one spaCy span (a few tokens, see the finder).
_SPAN_ONLY = {"DEFINED_TERM"}


def _cue_regexes() -> list[tuple[str, re.Pattern[str]]]:
    found = [
        (name, value)
        for module in (acquisition_cues, rule_regexes)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and name not in _SPAN_ONLY
    ]
    assert len(found) > 30
    return found


def test_cue_regexes_on_long_near_misses_finish() -> None:
    # As normalised text has them: single spaces, so "\s*...\s*" meets no long run.
    texts = [p * (10_000 // len(p) + 1) for p in CUE_PIECES if not p.isspace()]

    def scan() -> int:
        for name, pattern in _cue_regexes():
            for text in texts:
                if name in _MATCHED_AT:
                    pattern.match(text, 0)
                else:
                    pattern.search(text)
        return len(texts)

    bounded(scan)


def test_defined_terms_are_read_from_spans_in_bounded_time() -> None:
    # DEFINED_TERM backtracks quadratically over a long run of quotes; the finder only hands
    # it one span of at most a few tokens, and a span of hundreds of quotes is still quick.
    for quotes in ("'", "' ", "''", "``", '"'):
        text = "(" + quotes * (300 // len(quotes)) + ")"
        bounded(functools.partial(_try_defined_term, text), seconds=10)


def _try_defined_term(text: str) -> str | None:
    try:
        return parse_defined_term(text)
    except ParseError:
        return None
