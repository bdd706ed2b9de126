"""Filings the review-page tests share: the seed, a few corpus filings, a hostile filing."""

from __future__ import annotations

from pathlib import Path

import html5lib

from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"
#: Corpus filings with deals, agreements and officer changes between them.
CORPUS_FILINGS = (
    "0000950135-07-005433",  # Nuance 2007: two acquisitions
    "0000950124-01-500182",  # Stockwalk 2001: an acquisition and two agreements
    "0000939057-08-000103",  # Horizon Financial 2008: an agreement and an officer change
)
#: Set by any script that runs on a page; it must stay unset.
MARKER = "__sec8k_pwned"

HOSTILE_HTML = f"""<html><head><title>x</title>
<script>window.{MARKER} = "head script";</script></head>
<body onload="window.{MARKER} = 'onload'">
<p>Item 2.01 Completion of Acquisition or Disposition of Assets</p>
<p>On March 1, 2020, Acme Corp. acquired all of the stock of Evil Widgets, Inc. for
$5.0 million in cash. &lt;script&gt;window.{MARKER} = "escaped script"&lt;/script&gt;
<a href="javascript:window.{MARKER}='link'">click here</a>
&lt;img src=x onerror="window.{MARKER} = 'onerror'"&gt;
&lt;a href="javascript:window.{MARKER}='text link'"&gt;text link&lt;/a&gt;
{{{{ 7 * 7 }}}} &#123;% raw %&#125; &amp;lt;b&amp;gt;</p>
<img src="x" onerror="window.{MARKER} = 'img'">
<script>window.{MARKER} = "body script";</script>
<p>Item 9.01 Financial Statements and Exhibits</p>
<p>None.</p>
</body></html>
"""


def hostile_filing(folder: Path) -> Path:
    path = folder / "hostile.htm"
    path.write_text(HOSTILE_HTML, encoding="utf-8")
    return path


def strict_html5(page: str) -> None:
    """Parse ``page`` with html5lib's strict parser: any HTML5 parse error raises."""
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
