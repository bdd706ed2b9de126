"""Metamorphic tests of the item splitter: real filings re-marked-up keep their items.

Every HTML or inline-XBRL primary document of the shared corpus (118, some inside full
submissions) is parsed with lxml, changed by one layout-preserving rewrite of
:mod:`tests.rewrites` (headings in table cells, split across inline tags, &nbsp;, bold
by CSS, page breaks, a table of contents ...) and serialised again. The items the
pipeline's text walk and splitter find in it must be the original's: the same numbers in
the same order, the same "empty" flags, and the same texts after whitespace folding,
allowing only for what the rewrite says it changed (:class:`tests.rewrites.Expect`).

The era is the one the pipeline chose for the original, held fixed. Each rewrite runs on
every filing with its own seeded generator, so a failure names the filing and replays.

The plain-text filings (59, most from the 1990s) get the one rewrite that makes sense
for text: a contents list typed as lines (item headings, SIGNATURES, EXHIBIT INDEX) put
in their normalised text, at the front or right before the first item.
"""

from __future__ import annotations

import inspect
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sec8k.container.sgml import split_documents
from sec8k.io import read_path
from sec8k.items.catalogue import Era
from sec8k.items.split import Section, split_items
from sec8k.text.html import normalise_html
from sec8k.text.repair import decode_bytes
from tests.rewrites import (
    REWRITES,
    Expect,
    Rewrite,
    Spot,
    copy_with_spots,
    find_spots,
    parse,
    serialise,
)

#: Rewrites known to fail, with the reason they are left failing.
_KNOWN_FAILURES: dict[str, str] = {
    "cover_checklist_blank_unchecked": (
        "a checklist row with a blank box ('Item 2.06 | Material Impairments | ') is a "
        "heading row by its text alone; the unreported items listed are found (118 of 118)"
    ),
}
#: A line that opens like an item heading ("Item 2.03", "ITEM No. 5.02").
_HEADING_LINE = re.compile(r"^[ \t]*items?\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
#: Share of the original's heading lines the rewrites must find as elements.
MIN_SPOTS_FOUND = 0.9
#: Filings a rewrite must change to count (not every filing has <b> tags or tables).
MIN_TOUCHED = 25


@dataclass(frozen=True)
class _Filing:
    name: str
    html: str
    era: Era
    #: The original's items: (number, empty, text).
    items: tuple[tuple[str, bool, str], ...]
    #: The heading line of each item, as the original's text has it.
    lines: tuple[str, ...]
    #: The parsed original (each rewrite changes a copy) and its heading elements.
    root: Any
    spots: list[Spot]


def _items(html: str, era: Era) -> tuple[tuple[tuple[str, bool, str], ...], tuple[str, ...]]:
    text = normalise_html(html).text
    sections = split_items(text, era)
    items = tuple((s.number, s.empty, text[s.start : s.end]) for s in sections)
    return items, tuple(dict.fromkeys(s.heading.text for s in sections))


def _primary_html(folder: Path) -> tuple[str, Era] | None:
    """The folder's primary document if it is HTML/iXBRL with items, and its era."""
    parsed = read_path(folder)
    record = parsed.record
    index = next((i for i, d in enumerate(record.documents) if d.name == parsed.primary), None)
    if index is None or not record.items:
        return None
    info = record.documents[index]
    if info.format not in ("html", "ixbrl"):
        return None
    era: Era = "legacy" if any("." not in item.number for item in record.items) else "current"
    path = folder / (info.filename or "")
    if info.filename and path.is_file():
        return decode_bytes(path.read_bytes()), era
    assert record.source.file, folder
    documents = split_documents(decode_bytes((folder / record.source.file).read_bytes()))
    return documents[index].body, era


@pytest.fixture(scope="module")
def filings(corpus: Path) -> list[_Filing]:
    found = []
    for folder in sorted((corpus / "edgar_8k" / "raw").iterdir()):
        primary = _primary_html(folder)
        if primary is None:
            continue
        html, era = primary
        items, lines = _items(html, era)
        root = parse(html)
        spots = find_spots(root, list(lines))
        found.append(_Filing(folder.name, html, era, items, lines, root, spots))
    return found


def _fold(text: str) -> str:
    return " ".join(text.split())


def _comparable(
    items: tuple[tuple[str, bool, str], ...], expect: Expect
) -> list[tuple[str, bool, str]]:
    out = []
    for number, empty, text in items:
        if expect.skip_heading_line:  # every heading line: stacked headings share a text
            text = _HEADING_LINE.sub("", text.partition("\n")[2])
        text = _fold(text)
        # The longest first: one inserted sentence may hold another.
        for inserted in sorted(expect.inserted, key=len, reverse=True):
            text = _fold(text.replace(_fold(inserted), " "))
        out.append((number, empty, text.casefold() if expect.casefold else text))
    return out


def _difference(want: list[tuple[str, bool, str]], got: list[tuple[str, bool, str]]) -> str | None:
    if [(n, e) for n, e, _ in want] != [(n, e) for n, e, _ in got]:
        return f"items {[(n, e) for n, e, _ in want]} became {[(n, e) for n, e, _ in got]}"
    for (number, _, before), (_, _, after) in zip(want, got, strict=True):
        if before != after:
            at = next(
                (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                min(len(before), len(after)),
            )
            return (
                f"item {number} text differs at {at}: "
                f"{before[max(0, at - 60) : at + 60]!r} became {after[max(0, at - 60) : at + 60]!r}"
            )
    return None


def _run(rewrite: Rewrite, filing: _Filing) -> tuple[Expect, str | None]:
    rng = random.Random(f"{rewrite.__name__}/{filing.name}")
    root, spots = copy_with_spots(filing.root, filing.spots)
    extra = {}
    if "numbers" in inspect.signature(rewrite).parameters:
        extra["numbers"] = list(dict.fromkeys(n for n, _, _ in filing.items))
    expect = rewrite(root, spots, rng, filing.era, **extra)
    if not expect.touched:  # nothing to compare that the identity rewrite does not
        return expect, None
    html = serialise(root, entities=expect.entities, xhtml=expect.xhtml)
    got, _ = _items(html, filing.era)
    if expect.added_empty is not None:
        added = [item for item in got if item[0] == expect.added_empty]
        if [empty for _, empty, _ in added] != [True]:
            return expect, f"the added item {expect.added_empty} is {added!r}, not one empty item"
        got = tuple(item for item in got if item[0] != expect.added_empty)
    return expect, _difference(_comparable(filing.items, expect), _comparable(got, expect))


def _params() -> list[object]:
    params: list[object] = []
    for rewrite in REWRITES:
        reason = _KNOWN_FAILURES.get(rewrite.__name__)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(rewrite, id=rewrite.__name__, marks=marks))
    return params


@pytest.mark.corpus
def test_the_corpus_gives_the_rewrites_filings_and_headings(filings: list[_Filing]) -> None:
    assert len(filings) >= 100
    lines = found = 0
    for filing in filings:
        lines += len(filing.lines)
        found += len({spot.line for spot in filing.spots})
    assert found >= MIN_SPOTS_FOUND * lines, f"{found} of {lines} heading lines found as elements"


@pytest.mark.corpus
@pytest.mark.parametrize("rewrite", _params())
def test_items_survive_the_rewrite(rewrite: Rewrite, filings: list[_Filing]) -> None:
    failures = []
    touched = 0
    for filing in filings:
        expect, failure = _run(rewrite, filing)
        touched += expect.touched > 0
        if failure:
            failures.append(f"{filing.name}: {failure}")
    assert touched >= MIN_TOUCHED, f"the rewrite changed only {touched} filings"
    assert not failures, f"{len(failures)} of {len(filings)} filings:\n" + "\n".join(failures)


# --- Plain-text filings: a contents list typed as lines -----------------------------------


@dataclass(frozen=True)
class _TextFiling:
    name: str
    text: str
    era: Era
    sections: tuple[Section, ...]


@pytest.fixture(scope="module")
def text_filings(corpus: Path) -> list[_TextFiling]:
    """The corpus filings whose primary document is plain text, as the pipeline reads it."""
    found = []
    for folder in sorted((corpus / "edgar_8k" / "raw").iterdir()):
        parsed = read_path(folder)
        record = parsed.record
        info = next((d for d in record.documents if d.name == parsed.primary), None)
        if info is None or info.format != "text" or not record.items or not parsed.primary:
            continue
        era: Era = "legacy" if any("." not in item.number for item in record.items) else "current"
        text = parsed.texts[parsed.primary].text
        found.append(_TextFiling(folder.name, text, era, tuple(split_items(text, era))))
    return found


def _text_contents(filing: _TextFiling, rng: random.Random) -> str:
    """A contents list of the filing's heading lines, each whole or as its number over its
    title, then the signatures and exhibit index entries, with or without a title line."""
    lines = ["TABLE OF CONTENTS", ""] if rng.random() < 0.5 else []
    for heading in dict.fromkeys(s.heading.text for s in filing.sections):
        words = heading.split()
        if len(words) > 2 and rng.random() < 0.5:  # "Item 5." over "Other Events."
            lines += [" ".join(words[:2]), " ".join(words[2:])]
        else:
            lines.append(" ".join(words))
    lines += [rng.choice(("SIGNATURES", "Signature")), rng.choice(("EXHIBIT INDEX", "Exhibits"))]
    return "\n".join(lines) + "\n\n"


def _text_items(
    text: str, sections: list[Section] | tuple[Section, ...]
) -> list[tuple[str, bool, str]]:
    return [(s.number, s.empty, _fold(text[s.start : s.end])) for s in sections]


@pytest.mark.corpus
@pytest.mark.parametrize("where", ["front", "before items"])
def test_text_items_survive_a_contents_list(where: str, text_filings: list[_TextFiling]) -> None:
    """A plain-text contents list at the front of the document, or right before its first
    item, changes no item (numbers, empty flags, texts)."""
    assert len(text_filings) >= 40
    failures = []
    for filing in text_filings:
        rng = random.Random(f"text contents/{where}/{filing.name}")
        at = 0 if where == "front" else filing.sections[0].start
        text = filing.text[:at] + _text_contents(filing, rng) + filing.text[at:]
        want = _text_items(filing.text, filing.sections)
        failure = _difference(want, _text_items(text, split_items(text, filing.era)))
        if failure:
            failures.append(f"{filing.name}: {failure}")
    assert not failures, f"{len(failures)} of {len(text_filings)} filings:\n" + "\n".join(failures)
