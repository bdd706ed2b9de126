"""Press releases as deal sources (issue #13, family 9).

An 8-K that has no deal item at all (no 2.01, 2, 1.01, 8.01 or 7.01, not even an empty one)
may still attach an EX-99 press release that announces a deal of the registrant: "Harbor
Tools to acquire Quill Analytics". Such a release is read as a deal item of its own, its
deals reported with ``item`` set to the release's TYPE (``EX-99.1``). Only a release whose
opening announces a deal is read: an earnings release that mentions an acquisition is not.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sec8k.models import Item
from sec8k.parsed import ParsedFiling

__all__ = ["RELEASE_LEDE", "release_items"]

#: Characters of a release read for deals, as for an item (extract.MAX_DEAL_TEXT): a release
#: states its terms after the quotes of its opening paragraphs.
RELEASE_LEDE = 8000
#: A headline block is shorter than this; the first longer block is the release's body.
HEADLINE_BLOCK = 250
#: Blocks at the top of a release read as its headline at most.
HEADLINE_BLOCKS = 4
_BLOCKS = re.compile(r"\n\s*\n")
#: A dateline opens the body: "AURORA, IL -- ", "Sept. 29 /PRNewswire/ --".
_DATELINE = re.compile(r"\s--\s|\s—\s|/PRNewswire/|Business Wire|GLOBE NEWSWIRE", re.IGNORECASE)
#: A headline that announces a deal: "to acquire", "acquires", "completes acquisition of",
#: "to merge with", "agreement to acquire", "to be acquired by".
_DEAL_HEADLINE = re.compile(
    r"\b(?:to\s+acquire|acquires|agrees\s+to\s+(?:acquire|buy|sell|merge)|to\s+be\s+acquired"
    r"|complete[sd]?\s+(?:the\s+)?(?:acquisition|merger|sale)|to\s+merge\s+with|to\s+sell"
    r"|(?:definitive|merger)\s+agreement)\b",
    re.IGNORECASE,
)


def release_items(parsed: ParsedFiling, deal_items: Collection[str]) -> list[Item]:
    """The EX-99 releases of a filing with no deal item whose headline announces a deal, each
    as an item numbered by its TYPE."""
    record = parsed.record
    if any(item.number in deal_items for item in record.items):
        return []
    found: list[Item] = []
    for exhibit in record.exhibits:
        kind = exhibit.document_type or f"EX-{exhibit.number}"
        text = exhibit.text
        if not kind.upper().startswith("EX-99") or not text or exhibit.document is None:
            continue
        if not _DEAL_HEADLINE.search(_headline(text)):
            continue
        lede = text[:RELEASE_LEDE]
        start = exhibit.start or 0
        found.append(
            Item(
                number=kind.upper(),
                title="Press release",
                heading=kind.upper(),
                document=exhibit.document,
                start=start,
                end=start + len(lede),
                text=lede,
            )
        )
    return found


def _headline(text: str) -> str:
    """The short blocks at the top of a release, before its dateline or first long paragraph."""
    lines: list[str] = []
    for block in _BLOCKS.split(text.strip(), maxsplit=HEADLINE_BLOCKS)[:HEADLINE_BLOCKS]:
        if len(block) >= HEADLINE_BLOCK or _DATELINE.search(block):
            break
        lines.append(" ".join(block.split()))
    return " ".join(lines)
