"""Review pages without a browser: marks, segments, escaping, policy, HTML5 validity."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from pathlib import Path

import pytest

from sec8k.extract import extract_path
from sec8k.models import (
    Acquisition,
    Evidence,
    FilingInfo,
    FilingRecord,
    Item,
    Money,
    SourceInfo,
)
from sec8k.review import collect_marks, render_filing
from sec8k.review.layout import lay_out, visible
from tests.review_helpers import SEED, hostile_filing, strict_html5


@pytest.fixture(scope="module")
def seed_page() -> tuple[FilingRecord, dict[str, str], str]:
    parsed = extract_path(SEED)
    texts = {name: norm.text for name, norm in parsed.texts.items()}
    return parsed.record, texts, render_filing(parsed.record, texts)


def test_marks_name_the_field_they_back(
    seed_page: tuple[FilingRecord, dict[str, str], str],
) -> None:
    record, texts, _ = seed_page
    marks = collect_marks(record)
    paths = {m.path for m in marks}
    deal = [m for m in marks if m.path.startswith("acquisitions[0].")]
    assert len(deal) >= 12
    assert {"acquisitions[0].cash", "acquisitions[0].total_consideration"} <= paths
    assert {f"agreements[0].compensation[{i}]" for i in range(7)} <= paths
    assert "agreements[0].termination[0].payment_within" in paths  # part_evidence
    assert "agreements[0].term.duration" in paths  # a dotted evidence key
    for mark in marks:
        assert texts[mark.document][mark.start : mark.end] == mark.text
    cash = next(m for m in marks if m.path == "acquisitions[0].cash")
    assert cash.kind == "deal" and cash.value == "USD 7,400,000 (approx.)"


def test_every_seed_mark_is_laid_out(seed_page: tuple[FilingRecord, dict[str, str], str]) -> None:
    record, texts, _ = seed_page
    marks = collect_marks(record)
    layout = lay_out(record, texts, marks)
    assert not layout.unplaced and set(layout.targets) == {m.index for m in marks}
    shown: dict[int, str] = {}
    for region in layout.regions:
        for segment in region.segments:
            for index in segment.marks:
                shown[index] = shown.get(index, "") + segment.text
    assert all(shown[m.index] == visible(m.text) for m in marks)
    # 'common stock' (share_class) nests inside shares_issued: one segment, both labels
    share_class = next(m.index for m in marks if m.path == "acquisitions[0].share_class")
    shares = next(m.index for m in marks if m.path == "acquisitions[0].shares_issued")
    nested = [s for r in layout.regions for s in r.segments if share_class in s.marks]
    assert [s.text for s in nested] == ["common stock"] and shares in nested[0].marks
    assert nested[0].marks[0] == share_class  # the innermost span first


def _synthetic(text: str, spans: dict[str, tuple[int, int]], **filing: str) -> FilingRecord:
    evidence = {
        name: Evidence(document="doc", start=a, end=b, text=text[a:b])
        for name, (a, b) in spans.items()
    }
    money = Money(amount=1, currency="USD", text="$1")
    deal = Acquisition(
        kind="acquisition", stage="completed", item="2.01", cash=money, evidence=evidence
    )
    return FilingRecord(
        source=SourceInfo(path="doc", sha256="0" * 64, size=len(text), format="text"),
        filing=FilingInfo(**filing),
        items=[
            Item(
                number="2.01",
                title="T",
                heading="H",
                document="doc",
                start=0,
                end=len(text),
                text=text,
            )
        ],
        acquisitions=[deal],
    )


def test_overlapping_spans_split_into_segments_with_several_labels() -> None:
    text = "0123456789abcdefghij"
    record = _synthetic(text, {"cash": (2, 10), "target": (5, 15), "seller": (5, 8)})
    layout = lay_out(record, {"doc": text}, collect_marks(record))
    pieces = [(s.text, len(s.marks), len(s.labels)) for s in layout.regions[0].segments]
    assert pieces == [
        ("01", 0, 0),
        ("234", 1, 1),
        ("567", 3, 2),
        ("89", 2, 0),
        ("abcde", 1, 0),
        ("fghij", 0, 0),
    ]


def test_a_span_that_is_not_in_the_text_is_listed_not_highlighted() -> None:
    text = "0123456789"
    record = _synthetic(text, {"cash": (2, 4)})
    page = render_filing(record, {"doc": "0199456789"})
    assert "do not match the document text" in page and 'data-ev="0"' not in page


def test_hostile_record_and_text_render_as_text() -> None:
    text = 'x <script>alert(1)</script> <img src=x onerror="alert(2)"> \x00\x07\ud800 end'
    record = _synthetic(
        text, {"cash": (2, 27)}, company_name="<script>alert(3)</script>", cik='"><b>'
    )
    page = render_filing(record, {"doc": text})
    assert page.count("<script") == 1  # the page's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "onerror=" not in page.replace("onerror=&#34;", "")
    assert "\x00" not in page and "\ud800" not in page
    strict_html5(page)


def test_the_policy_admits_only_the_pages_own_script_and_style(
    seed_page: tuple[FilingRecord, dict[str, str], str],
) -> None:
    page = seed_page[2]
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert found is not None
    policy = html.unescape(found.group(1))
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert script is not None and style is not None
    for kind, body in (("script-src", script.group(1)), ("style-src", style.group(1))):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{kind} 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert not re.search(r"<[^>]+\son\w+=", page)  # no inline handlers
    assert page.index("Content-Security-Policy") < page.index("<style>")


def test_pages_are_valid_html5(
    seed_page: tuple[FilingRecord, dict[str, str], str], tmp_path: Path
) -> None:
    strict_html5(seed_page[2])
    parsed = extract_path(hostile_filing(tmp_path))
    texts = {name: norm.text for name, norm in parsed.texts.items()}
    strict_html5(render_filing(parsed.record, texts))


def test_without_texts_the_record_texts_are_shown(
    seed_page: tuple[FilingRecord, dict[str, str], str],
) -> None:
    record = seed_page[0]
    marks = collect_marks(record)
    layout = lay_out(record, {}, marks)
    assert [r.kind for r in layout.regions] == ["item", "item", "item", "exhibit"]
    assert not layout.unplaced  # every seed span lies in an item or the bound-in exhibit
    page = render_filing(record, {}, ["the filing cannot be read again"])
    assert "the filing cannot be read again" in page
