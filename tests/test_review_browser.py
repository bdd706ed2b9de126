"""Review pages in a real headless Chromium (Debian's), opened from disk as file:// URLs.

Each evidence span must sit in highlights that carry its field name, a side-panel link
must bring its highlight into view, a hostile filing must run no script, and a page must
not render blank. Without Playwright or /usr/bin/chromium these tests skip (and fail under
SEC8K_REQUIRE_CORPUS=1, as in CI, where .ci/run installs both).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sec8k.cli import main
from sec8k.extract import extract_path
from sec8k.review import Mark, collect_marks
from sec8k.review.layout import visible
from tests.corpus import REPO, missing
from tests.review_helpers import CORPUS_FILINGS, MARKER, SEED, hostile_filing

CHROMIUM = Path("/usr/bin/chromium")
#: Chromium as root in a container: no sandbox, no GPU, and nothing that phones home.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
#: The README's picture of the seed's page.
SCREENSHOT = REPO / "docs" / "review-seed.png"

#: Per mark number: the text of its highlights joined, each one's field list, and the label.
_HIGHLIGHTS = """() => {
  const found = {};
  for (const el of document.querySelectorAll("mark.hl")) {
    for (const n of el.dataset.ev.split(" ")) {
      const entry = found[n] || (found[n] = {text: "", fields: [], label: ""});
      entry.text += el.textContent;
      entry.fields.push(el.title.split("\\n"));
    }
  }
  for (const row of document.querySelectorAll("#panel li[id^='f-'] a")) {
    const n = row.parentElement.id.slice(2);
    const first = document.getElementById(row.getAttribute("href").slice(1));
    if (found[n] && first) { found[n].label = first.dataset.label || ""; }
  }
  return found;
}"""
_IN_VIEW = """(el) => {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        missing(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A page opened from disk, with the console errors and dialogs it produced."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport=VIEWPORT)
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog {d.message}"), d.dismiss()))
        self.page.goto(path.as_uri())


def _show(filing: Path, out: Path) -> tuple[Path, list[Mark]]:
    assert main(["show", str(filing), "-o", str(out)]) == 0
    return out, collect_marks(extract_path(filing).record)


def _check_highlights(opened: Opened, marks: list[Mark]) -> None:
    found = opened.page.evaluate(_HIGHLIGHTS)
    for mark in marks:
        shown = found.get(str(mark.index))
        assert shown is not None, f"{mark.path} is not highlighted"
        assert shown["text"] == visible(mark.text), mark.path
        assert all(mark.path in fields for fields in shown["fields"]), mark.path
        assert mark.path in shown["label"].split(" · "), mark.path
    assert opened.errors == []


def _corpus_filing(corpus: Path, name: str) -> Path:
    return next((corpus / "edgar_8k" / "raw" / name).iterdir())


def test_seed_spans_are_highlighted_with_their_fields(browser: Any, tmp_path: Path) -> None:
    page, marks = _show(SEED, tmp_path / "seed.html")
    paths = {m.path for m in marks}
    assert sum(m.path.startswith("acquisitions[0].") for m in marks) >= 12
    assert {f"agreements[0].compensation[{i}]" for i in range(5)} <= paths  # the fee rows
    _check_highlights(Opened(browser, page), marks)


@pytest.mark.parametrize("name", CORPUS_FILINGS)
def test_corpus_spans_are_highlighted_with_their_fields(
    browser: Any, corpus: Path, tmp_path: Path, name: str
) -> None:
    page, marks = _show(_corpus_filing(corpus, name), tmp_path / f"{name}.html")
    assert marks
    _check_highlights(Opened(browser, page), marks)


def test_a_panel_entry_and_its_highlight_lead_to_each_other(browser: Any, tmp_path: Path) -> None:
    page, marks = _show(SEED, tmp_path / "seed.html")
    opened = Opened(browser, page)
    for path in ("acquisitions[0].cash", "agreements[0].compensation[2]", marks[-1].path):
        index = next(m.index for m in marks if m.path == path)
        link = opened.page.locator(f"#f-{index} a")
        link.click()
        target = opened.page.locator(link.get_attribute("href") or "")
        assert target.evaluate(_IN_VIEW), f"{path}: the highlight is not in view after the click"
    # and back: a click on a highlight brings its panel row into the panel's view
    opened.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    first = next(m for m in marks if m.path == "acquisitions[0].cash")
    opened.page.locator(f"#f-{first.index} a").click()
    opened.page.locator("mark.current").first.click()
    assert opened.page.locator(f"#f-{first.index}").evaluate(_IN_VIEW)
    assert "current" in (opened.page.locator(f"#f-{first.index}").get_attribute("class") or "")
    assert opened.errors == []


def test_a_hostile_filing_runs_no_script(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    assert main(["show", str(hostile_filing(tmp_path)), "-o", str(page)]) == 0
    opened = Opened(browser, page)
    text = opened.page.inner_text("main")
    assert f'<script>window.{MARKER} = "escaped script"</script>' in text
    assert "onerror=" in text and "javascript:" in text
    for words in ("click here", "text link"):
        opened.page.get_by_text(words).first.click()
    assert opened.page.evaluate(f"typeof window.{MARKER}") == "undefined"
    assert opened.page.evaluate("document.scripts.length") == 1
    assert not opened.page.evaluate(
        "[...document.querySelectorAll('*')].some(el => [...el.attributes].some("
        "a => a.name.startsWith('on') || a.value.trim().startsWith('javascript:')))"
    )
    assert opened.errors == []
    # the policy itself stops a script that escaping had let through
    opened.page.evaluate(
        f"() => {{ const s = document.createElement('script');"
        f" s.textContent = 'window.{MARKER} = 1'; document.body.appendChild(s); }}"
    )
    assert opened.page.evaluate(f"typeof window.{MARKER}") == "undefined"
    assert any("Content Security Policy" in e for e in opened.errors)


def test_the_seed_page_is_not_blank(browser: Any, tmp_path: Path, update_goldens: bool) -> None:
    """With --update-goldens, also rewrites the README's picture, docs/review-seed.png."""
    from PIL import Image

    page, _ = _show(SEED, tmp_path / "seed.html")
    opened = Opened(browser, page)
    shot = opened.page.screenshot()
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    assert image.size == (VIEWPORT["width"], VIEWPORT["height"])
    colours = image.getcolors(maxcolors=1 << 16) or []
    assert len(colours) > 50, "the page rendered (nearly) one colour"
    background = max(colours)[0]
    assert background < image.size[0] * image.size[1] * 0.95
    if update_goldens:
        opened.page.locator("section.region-item").first.scroll_into_view_if_needed()
        opened.page.evaluate(
            "window.scrollBy(0, document.querySelector('section.region-item')"
            ".getBoundingClientRect().top - 8)"
        )
        picture = Image.open(io.BytesIO(opened.page.screenshot())).convert("RGB")
        picture.quantize(colors=128).save(SCREENSHOT, optimize=True)


def test_batch_index_filters_and_links_to_pages(browser: Any, tmp_path: Path) -> None:
    outdir = tmp_path / "out"
    outdir.mkdir()
    line = extract_path(SEED).record.model_dump_json()
    (outdir / "records.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    assert main(["show", str(outdir), "--filing", "1"]) == 0
    opened = Opened(browser, outdir / "review" / "index.html")
    rows = opened.page.locator("#filings tbody tr")
    assert rows.count() == 2
    opened.page.fill("#filter", "no such company")
    assert opened.page.locator("#filings tbody tr:not([hidden])").count() == 0
    opened.page.fill("#filter", "allied")
    opened.page.select_option("#only", "deals")
    assert opened.page.locator("#filings tbody tr:not([hidden])").count() == 2
    opened.page.locator("a", has_text="review").click()
    assert opened.page.url.endswith("/review/pages/00001-filing.html")
    assert opened.page.locator("mark.hl").count() > 0
    assert opened.errors == []
