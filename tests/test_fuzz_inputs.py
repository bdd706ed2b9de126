"""Fuzzing the parsing stages with random and mutated real filings.

Two hypothesis profiles: ``sec8k-ci`` (the default: few examples, derandomised, a
deadline per example) and ``sec8k-long`` (``SEC8K_FUZZ=long``: many random examples, no
deadline; ``SEC8K_FUZZ_EXAMPLES`` sets how many). The profile is applied with ``@FUZZ``
so that other tests keep hypothesis' own defaults.

    SEC8K_FUZZ=long python -m pytest tests/test_fuzz*.py --hypothesis-show-statistics
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sec8k.container.detect import detect_format
from sec8k.container.sgml import count_documents, parse_header, split_documents
from sec8k.errors import EmptyInputError, ParseError, Sec8kError, UnsupportedFormatError
from sec8k.exhibits.embedded import find_embedded
from sec8k.exhibits.index import (
    IndexEntry,
    number_key,
    parse_exhibit_index,
    same_keys,
    same_number,
)
from sec8k.extract import extract_parsed
from sec8k.items.catalogue import Era
from sec8k.items.split import split_items
from sec8k.pipeline import parse_filing
from sec8k.text import html as html_module
from sec8k.text import repair
from sec8k.text.document import NormText
from sec8k.text.html import normalise_html
from sec8k.text.plain import normalise_text
from sec8k.text.repair import collapse_spaces, decode_bytes, repair_line
from tests.corpus import missing, need
from tests.test_hostile import assert_verifiable

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "sec8k-ci",
    deadline=timedelta(seconds=10),
    derandomize=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile("sec8k-long", deadline=None, suppress_health_check=_SLOW_IS_FINE)
LONG = os.environ.get("SEC8K_FUZZ") == "long"


def fuzz(ci: int, long: int) -> settings:
    """The settings of one fuzz test: ``ci`` examples by default, ``long`` in the long run."""
    profile = settings.get_profile("sec8k-long" if LONG else "sec8k-ci")
    examples = int(os.environ.get("SEC8K_FUZZ_EXAMPLES", long)) if LONG else ci
    return settings(profile, max_examples=examples)


#: Whole-pipeline properties (tens of milliseconds an example).
FUZZ = fuzz(ci=250, long=3_000)
#: Single-stage properties (about a millisecond an example).
FUZZ_FAST = fuzz(ci=800, long=20_000)


# -- inputs ------------------------------------------------------------------------------
REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "allied-motion-2011" / "filing.txt"
RAW = REPO.parent / "shared" / "corpus" / "edgar_8k" / "raw"
#: Small real filings of every format the corpus holds, mutated below (paths under RAW).
CORPUS_BASES = (
    "0000109446-94-000005/109446_8K_1994_0000109446-94-000005.txt",  # 1994, PEM-wrapped
    "0000723533-04-000001/0000723533-04-000001.txt",  # 2004 full submission
    "0000891092-04-003383/e18506_8k.txt",  # a plain-text document
    "0000084581-00-500009/formacqui.htm",  # an HTML document
    "0001193125-23-048785/d435686d8k.htm",  # inline XBRL
    "choiceone-index-headers/index-headers.html",  # header in an HTML comment
    "0001769628-26-000154/parsed.md",  # a Markdown rendering
    "0001493152-25-001317/0001493152-25-001317.nc",  # feed format
)
#: Bases are cut to this many bytes, so that an example stays fast.
BASE_BYTES = 24_000
#: Pieces that filings, broken ones and hostile ones, are made of.
TOKENS = [
    b"<SEC-DOCUMENT>", b"<SEC-HEADER>\n", b"</SEC-HEADER>\n", b"<SUBMISSION>\n", b"<DOCUMENT>\n",
    b"</DOCUMENT>\n", b"<TEXT>\n", b"</TEXT>\n", b"<TYPE>8-K\n", b"<TYPE>EX-99.1\n",
    b"<SEQUENCE>2\n", b"<FILENAME>../../escape.txt\n", b"<FILENAME>/etc/passwd\n", b"<PDF>\n",
    b"<XBRL>\n", b"CONFORMED SUBMISSION TYPE:\t8-K\n", b"ITEM INFORMATION:\tOther Events\n",
    b"FILED AS OF DATE:\t20110103\n", b"\tCOMPANY CONFORMED NAME:\t\tACME INC\n", b"FILER:\n",
    b"<html>", b"<body>", b"<p>", b"</p>", b"<div>" * 300, b"<font size=2>" * 300, b"<table>",
    b"<tr><td>$</td><td>1,234</td></tr>", b"</table>", b"<br>", b"<!--", b"-->", b"<script>",
    b"<div style='display:none'>", b"<ix:header>", b"<ix:nonNumeric>", b"<![CDATA[", b"]]>",
    b"<?xml version='1.0' encoding='utf-8'?>", b"<!DOCTYPE html [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>",
    b"&x;", b"&amp;", b"&#146;", b"& #146;", b"&#0;", b"&#xD800;", b"&#99999999;", b"&nbsp;",
    b"\x00", b"\r", b"\r\n", b"\n\n", b"\t", b"\x0b", b"\x0c", b"\x92", b"\x96", b"\xe9", b"\xc3",
    "€ — ’".encode(), b"\xef\xbb\xbf", b"\xff\xfe", b"\\$", b"**", b"# ",
    b"Item 2.01 Completion of Acquisition or Disposition of Assets\n",
    b"ITEM 5.02. Departure of Directors or Certain Officers\n", b"Item 1.01\n", b"Item 2\n",
    b"Items 1.01, 2.01 and 9.01\n", b"Item 9.01 Financial Statements and Exhibits\n(d) Exhibits\n",
    b"99.1 Press release dated January 3, 2011\n", b"10.1 Consulting Agreement (incorporated by reference to Exhibit 10)\n",
    b"Exhibit 99.1\n", b"CONSULTING AGREEMENT\n", b"SIGNATURES\nPursuant to the requirements, /s/ Jane Doe\n",
    b"begin 644 deck.pdf\nM86]A;F5S\n`\nend\n", b"The Company acquired all of the outstanding shares of Foo Inc. ",
    b"for $8.3 million in cash", b"(the \"Company\")", b"approximately 12,500 shares", b"45%",
    b"This Consulting Agreement is entered into by and between Acme Inc. and John Smith. ",
    b"December 30, 2010", b" " * 300, b"\t" * 60, b"x" * 500, "\u2028\u1680\u3000".encode() * 30,
    b"\x1f", b"\x1c\x1d", "\u00a0".encode() * 40,
]  # fmt: skip


def _bases() -> list[tuple[str, bytes]]:
    return [(SEED.name, SEED.read_bytes()[:BASE_BYTES])]


def _corpus_bases() -> list[tuple[str, bytes]]:
    need(RAW, "shared corpus")
    found = [RAW / p for p in CORPUS_BASES if (RAW / p).is_file()]
    if not found:
        missing(f"none of the fuzz base filings is in {RAW}")
    return [(p.name, p.read_bytes()[:BASE_BYTES]) for p in found]


_OPS = ("insert", "byte", "duplicate", "repeat", "delete", "line_ends", "truncate")


@st.composite
def mutated(draw: st.DrawFn, bases: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A real filing, cut, spliced, re-encoded and salted with hostile pieces."""
    name, base = draw(st.sampled_from(bases))
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(_OPS))
        at = draw(st.integers(0, len(data)))
        if op == "truncate":
            del data[at:]
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 2_000))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "duplicate":
            data[at:at] = bytes(data[at : at + draw(st.integers(1, 2_000))])
        elif op == "byte" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == "line_ends":
            data = bytearray(bytes(data).replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r"]))))
        elif op == "repeat":
            data[at:at] = draw(st.sampled_from(TOKENS)) * draw(st.integers(2, 2_000))
    suffix = draw(st.sampled_from(["", "", "", ".txt", ".htm", ".md", ".nc"]))
    return (name.rsplit(".", 1)[0] + suffix if suffix else name), bytes(data)


#: Random documents: hostile pieces, words and raw bytes in any order.
assembled = st.lists(st.sampled_from(TOKENS) | st.binary(max_size=40), max_size=60).map(b"".join)


# -- properties --------------------------------------------------------------------------
@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """spaCy and the rules load once, outside the deadline of the first example."""
    extract_parsed(parse_filing(SEED.read_bytes(), name=SEED.name))


def _extract_or_typed_error(name: str, data: bytes) -> None:
    """The pipeline's promise: a verifiable record, or one Sec8kError naming the input."""
    try:
        parsed = extract_parsed(parse_filing(data, name=name))
    except Sec8kError as exc:
        assert exc.reason and name in str(exc), repr(exc)
        return
    assert_verifiable(parsed)


@FUZZ
@given(mutated(_bases()))
def test_mutated_seed_gives_a_verifiable_record_or_a_typed_error(
    named: tuple[str, bytes],
) -> None:
    _extract_or_typed_error(*named)


@FUZZ
@given(st.data())
def test_mutated_corpus_filings_give_a_verifiable_record_or_a_typed_error(
    data: st.DataObject,
) -> None:
    _extract_or_typed_error(*data.draw(mutated(_corpus_bases())))


@FUZZ
@given(st.sampled_from([".txt", ".htm", ".md", ""]), st.binary(max_size=4_000) | assembled)
def test_random_bytes_give_a_verifiable_record_or_a_typed_error(suffix: str, data: bytes) -> None:
    _extract_or_typed_error(f"random{suffix}", data)


@FUZZ_FAST
@given(st.binary(max_size=2_000) | assembled)
def test_decoding_never_fails_and_gives_text_json_can_carry(data: bytes) -> None:
    text = decode_bytes(data)
    text.encode("utf-8")  # no lone surrogates
    assert len(text) <= len(data)
    if data.isascii():
        assert text == data.decode("ascii")


@FUZZ_FAST
@given(st.binary(max_size=2_000) | assembled)
def test_format_detection_gives_a_format_or_a_typed_error(data: bytes) -> None:
    try:
        fmt = detect_format(data, "input.txt")
    except (EmptyInputError, UnsupportedFormatError) as exc:
        assert exc.source == "input.txt"
        return
    assert fmt in ("sgml-txt", "sgml-nc", "index-headers", "ixbrl", "html", "markdown", "text")


@FUZZ_FAST
@given(assembled.map(decode_bytes))
def test_container_parser_never_fails_and_documents_are_slices(text: str) -> None:
    parse_header(text)
    documents = split_documents(text)
    assert len(documents) == count_documents(text, len(text) + 1)
    for doc in documents:
        assert doc.first_line >= 1 and doc.size >= len(doc.body)
        assert doc.body in text
        if doc.kind in ("binary", "xml"):
            assert doc.body == "" and doc.skipped


def _check_anchors(norm: NormText, first_line: int) -> None:
    assert "\r" not in norm.text
    # No long runs of whitespace: the extractors' "\s*...\s*" cues rely on it.
    assert max(map(len, re.findall(r"\s+", norm.text)), default=0) <= 3
    assert list(norm.anchor_offsets) == sorted(set(norm.anchor_offsets))
    assert all(0 <= offset < max(1, len(norm.text)) for offset in norm.anchor_offsets)
    assert all(line >= first_line for line in norm.anchor_lines)


@FUZZ_FAST
@given(assembled.map(decode_bytes), st.integers(1, 5_000))
def test_html_normaliser_gives_text_or_a_typed_error(raw: str, first_line: int) -> None:
    try:
        norm = normalise_html(raw, first_line=first_line, name="doc.htm")
    except ParseError as exc:
        assert exc.source == "doc.htm"
        return
    _check_anchors(norm, first_line)


@FUZZ_FAST
@given(assembled.map(decode_bytes), st.integers(1, 5_000), st.booleans(), st.booleans())
def test_text_normaliser_never_fails(
    raw: str, first_line: int, markdown: bool, rejoin: bool
) -> None:
    _check_anchors(
        normalise_text(raw, first_line=first_line, markdown=markdown, rejoin=rejoin), first_line
    )


#: Lines an item area is made of.
ITEM_LINES = [
    "Item 2.01 Completion of Acquisition", "ITEM 9.01. FINANCIAL STATEMENTS AND EXHIBITS",
    "Items 2.01 and 9.01", "Items 1.01, 1.01, 1.01", "Item 5.02(e) Compensatory Arrangements",
    "Item 7. Financial Statements", "Items 5 through 7", "(a) Item 2", "Item No. 5",
    "Item 2.01 of this report", "None.", "Not applicable.", "SIGNATURES", "SIGNATURE",
    "Pursuant to the requirements of the Act", "/s/ Jane Doe", "The Company acquired Foo.",
    "(d) Exhibits", "Exhibit No. Description", "99.1 Press release", "10.1\tConsulting Agreement",
    "Exhibit 99.1", "CONSULTING AGREEMENT", "Press release dated today", "", " ", "\t",
    "Item", "Item 99.99", "Item 2.01" + " ," * 50, "x" * 250,
]  # fmt: skip
item_texts = st.lists(st.sampled_from(ITEM_LINES), max_size=40).map("\n".join)


@FUZZ_FAST
@given(item_texts, st.sampled_from(["current", "legacy"]))
def test_item_sections_are_headed_spans_of_the_text(text: str, era: Era) -> None:
    sections = split_items(text, era)
    assert [s.start for s in sections] == sorted(s.start for s in sections)
    for section in sections:
        assert 0 <= section.start <= section.end <= len(text)
        assert text[section.start :].startswith(section.heading.text)
        assert section.number in section.heading.numbers
        assert len(set(section.heading.numbers)) == len(section.heading.numbers)


@FUZZ_FAST
@given(item_texts, st.integers(0, 200))
def test_exhibit_index_entries_are_spans_of_the_text(text: str, start: int) -> None:
    start = min(start, len(text))
    entries = parse_exhibit_index(text, start)
    assert len({number_key(e.number) for e in entries}) == len(entries)
    for entry in entries:
        assert start <= entry.start < entry.end <= len(text)
        # A number split over table cells ("2<TAB>.1") is given without the whitespace.
        assert "".join(text[entry.start : entry.end].split()).startswith(entry.number)
    placed = find_embedded(text, entries, start)
    assert len(set(placed.values())) == len(placed)
    assert placed == _naive_embedded(text, entries, start)


def _naive_embedded(text: str, entries: list[IndexEntry], start: int) -> dict[str, int]:
    """The rule find_embedded implements, written the slow and obvious way."""
    found: dict[str, int] = {}
    lines = [
        (start + m.start(), m.group())
        for m in re.finditer(r"[^\n]+", text[start:])
        if not any(
            e.start < start + m.end() and start + m.start() < e.end for e in entries
        )  # the index's own rows are no place, nor a row printed again
        and not (
            parse_exhibit_index(m.group()) and not m.group().lower().lstrip().startswith("exhibit")
        )
    ]
    for entry in entries:
        if entry.incorporated_by_reference or entry.number in found:
            continue
        title = re.findall(r"[a-z]+", entry.description.lower())[:2]
        mark = re.compile(rf"\s*exhibit\s+{re.escape(entry.number)}\b", re.IGNORECASE)
        for offset, line in lines:
            if len(line) > 200 or offset in found.values():
                continue
            if mark.match(line) or (
                len(title) == 2 and re.findall(r"[a-z]+", line.lower())[:2] == title
            ):
                found[entry.number] = offset
                break
    return found


exhibit_numbers = st.lists(st.integers(0, 12), min_size=0, max_size=3).map(
    lambda parts: ".".join(map(str, parts))
)


@FUZZ_FAST
@given(exhibit_numbers, exhibit_numbers)
def test_exhibit_number_lookup_keys_agree_with_same_number(a: str, b: str) -> None:
    # The pipeline links index rows to documents through same_keys; it must be same_number.
    assert same_number(a, b) == (number_key(b) in same_keys(a))


#: Whitespace of every kind the HTML walk meets, entities that decode to whitespace, and
#: the characters repair_line treats specially.
_LINE_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028"),
        *("\u200b", "&#9;", "&#32;", "&nbsp;", "&#146;", "&amp;", "\x00", "a", "Item", "$5"),
        *("é", "\x92"),
    ]
)


@FUZZ_FAST
@given(st.lists(_LINE_PIECES, max_size=40).map("".join))
def test_folding_a_line_by_split_or_by_regex_gives_one_result(raw: str) -> None:
    # Short lines are folded with str.split, long ones with a regex (memory): the line
    # the walk emits must not depend on which.
    def finish(folded: str) -> str:
        return (
            repair_line(folded)
            if "&" in folded or not folded.isascii()
            else collapse_spaces(folded)
        )

    assert finish(html_module._fold_whitespace(raw)) == finish(
        html_module._WHITESPACE.sub(" ", raw)
    )


@FUZZ_FAST
@given(st.lists(_LINE_PIECES, max_size=40).map("".join))
def test_collapse_spaces_fast_paths_agree_with_the_general_rule(line: str) -> None:
    assert collapse_spaces(line) == repair._SPACES.sub(" ", line).strip(" ")
