"""HTML and inline-XBRL documents -> normalised text.

One lxml parse, then a single walk that emits text in reading order. Block
elements end lines, table cells are separated by tabs and rows end lines, hidden
content (``display:none``, the iXBRL header, scripts, styles) is skipped. Each
line remembers the source line of its first text, so evidence can point back
into the raw file.
"""

from __future__ import annotations

import functools
import re

from lxml import etree

from sec8k.errors import ParseError
from sec8k.text.document import NormText, TextBuilder
from sec8k.text.repair import NOISE_LINE, collapse_spaces, repair_line

__all__ = ["normalise_html"]

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "center",
        "blockquote",
        "pre",
        "dl",
        "dt",
        "dd",
        "title",
        "section",
        "article",
        "header",
        "footer",
        "form",
        "address",
        "caption",
        "tbody",
        "thead",
        "tfoot",
        "body",
        "html",
        "page",
    ]
)
_CELL = frozenset({"td", "th"})
#: Table structure: rows end lines without a paragraph gap.
_ROW_LEVEL = frozenset({"tr", "table", "tbody", "thead", "tfoot"})
_SKIP = frozenset({"script", "style", "head", "ix:header", "noscript", "template", "xml"})
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
#: CSS that lays a block element out in the line (inline-XBRL tools wrap facts in
#: <div style="display:inline">): it ends no line. Not inline-table or inline-flex.
_INLINE_DISPLAY = re.compile(r"display\s*:\s*inline(?:-block)?(?![-\w])", re.IGNORECASE)
#: A flex or grid container: CSS lays its children out as blocks, whatever their display.
_ITEMS_AS_BLOCKS = re.compile(r"display\s*:\s*(?:inline-)?(?:flex|grid)(?![-\w])", re.IGNORECASE)
#: Block elements CSS can lay out inline (rows, rules and line breaks stay as they are).
_INLINE_ABLE = _BLOCK - _ROW_LEVEL - {"br", "hr", "pre", "body", "html"}
#: An XML prolog and a DOCTYPE with its internal subset (entity declarations) at the
#: start: removed before parsing (lxml refuses an encoding declaration in a str, and the
#: HTML parser would print the subset's "]>" as text). Entities are never expanded.
#: Possessive quantifiers: a DOCTYPE that never ends must not be re-scanned from every
#: position.
_PROLOG = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^\[>]*+(?:\[[^\]]*+\])?[^>]*+>)?", re.IGNORECASE
)
#: Inline formatting tags carry no layout; old filings leave them unclosed by the hundred.
_INLINE_TAG = re.compile(
    r"</?(?:font|b|i|u|em|strong|small|big|sup|sub|strike|tt|nobr|a|span)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
#: Whitespace to fold into one space in a long line; a lone " " is left alone (replacing
#: each one split a long paragraph into millions of pieces in memory).
_WHITESPACE = re.compile(r"[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]")
#: Lines up to this long are folded by str.split (fast, but one object per word).
_SPLIT_FOLD_CHARS = 20_000
#: Cells that only carry a currency sign belong to the cell after them ("$" | "166,000").
_CURRENCY_CELL = re.compile(r"^(?:US)?[$€£¥]$|^(?:USD|EUR|GBP|SEK|CHF|CAD|JPY)$")
#: Cells that only close the previous one: ")", "%", ")%".
_CLOSING_CELL = re.compile(r"^(?:\)|%|\)%|%\))$")

#: A cell boundary inside a line under construction.
_CELL_MARK = "\x00"


def _parser() -> etree.HTMLParser:
    # huge_tree stays off: libxml2's limits (256 levels, 10 MB text nodes) stay in force,
    # and a document that hits one is reported, not silently cut (see _parse).
    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=False,
        default_doctype=False,
    )


#: Tags seen so far, lower-cased (a plain dict: the walk asks for every element).
_TAG_NAMES: dict[object, str] = {}
#: Past this many different tags, new ones are not remembered.
_MAX_TAG_NAMES = 1024


def _tag_name(tag: object) -> str:
    """An element's tag in lower case; "" for comments and processing instructions."""
    name = tag.lower() if isinstance(tag, str) else ""
    if len(_TAG_NAMES) < _MAX_TAG_NAMES:
        _TAG_NAMES[tag] = name
    return name


def _inline(el: etree._Element, tag: str, style: str | None) -> bool:
    """Whether a block element is laid out in the line by its style (display:inline or
    inline-block), unless its parent is a flex or grid container, whose items are blocks."""
    if style is None or tag not in _INLINE_ABLE or not _styled(_INLINE_DISPLAY, style):
        return False
    parent = el.getparent()
    outer = parent.get("style") if parent is not None else None
    return outer is None or not _styled(_ITEMS_AS_BLOCKS, outer)


#: iXBRL repeats the same few short styles thousands of times: their answers are cached;
#: a long one is not kept (a hostile file could fill the cache with megabytes).
_CACHED_STYLE_CHARS = 400


def _styled(pattern: re.Pattern[str], style: str) -> bool:
    """Whether an inline style says what ``pattern`` looks for (hidden, inline ...)."""
    if len(style) > _CACHED_STYLE_CHARS:
        return pattern.search(style) is not None
    return _styled_cached(pattern, style)


@functools.lru_cache(maxsize=4096)
def _styled_cached(pattern: re.Pattern[str], style: str) -> bool:
    return pattern.search(style) is not None


def _fold_whitespace(raw: str) -> str:
    """Runs of whitespace as one space: every kind for a usual line, ASCII in a long one.

    Either way collapse_spaces or repair_line finishes the job, so both give one result.
    """
    # str.split takes U+0085 for whitespace; here it is a Windows-1252 "…" to repair.
    if len(raw) <= _SPLIT_FOLD_CHARS and "\x85" not in raw:
        return " ".join(raw.split())
    return _WHITESPACE.sub(" ", raw)


def _merge_cells(line: str) -> str:
    cells = [c.strip() for c in line.split(_CELL_MARK)]
    merged: list[str] = []
    pending = ""
    for cell in cells:
        if not cell:
            continue
        if _CURRENCY_CELL.match(cell):
            pending += cell
            continue
        if _CLOSING_CELL.match(cell) and merged and not pending:
            merged[-1] += cell
            continue
        merged.append(pending + cell)
        pending = ""
    if pending:
        merged.append(pending)
    return "\t".join(merged)


class _Lines:
    """Collects one output line at a time, with the source line it starts at."""

    def __init__(self, first_line: int) -> None:
        self.builder = TextBuilder()
        self.parts: list[str] = []
        self.line: int | None = None
        self.offset = first_line - 1
        self.gap = False

    def text(self, value: str | None, sourceline: int | None, pre: bool) -> None:
        if not value:
            return
        if pre and "\n" in value:
            first, *rest = value.split("\n")
            self.text(first, sourceline, pre=False)
            for i, piece in enumerate(rest, start=1):
                self.end_line()
                self.text(piece, sourceline + i if sourceline else None, pre=False)
            return
        if self.line is None and sourceline is not None and not value.isspace():
            self.line = sourceline + self.offset
        self.parts.append(value)

    def text_of(self, el: etree._Element, value: str, pre: bool) -> None:
        """``value``, the text or tail of ``el``: its source line is read only when needed."""
        if self.line is None or pre:
            self.text(value, el.sourceline, pre)
        else:
            self.parts.append(value)

    def cell(self) -> None:
        self.parts.append(_CELL_MARK)

    def end_line(self, gap: bool = True) -> None:
        """Close the line; ``gap`` asks for a blank line before the next one."""
        if self.parts:
            raw = _fold_whitespace("".join(self.parts))
            self.parts = []
            line = repair_line(raw) if "&" in raw or not raw.isascii() else collapse_spaces(raw)
            if _CELL_MARK in line:
                line = _merge_cells(line)
            sourceline, self.line = self.line, None
            if line and not NOISE_LINE.match(line):
                if self.gap and self.builder.length:
                    self.builder.add("\n")
                self.builder.add(line + "\n", sourceline)
                self.gap = False
        self.gap = self.gap or gap


def _over_limit(parser: etree.HTMLParser) -> str | None:
    """The message of a libxml2 resource limit the parse hit (it stops the parse there)."""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            return str(error.message)
    return None


def _without_inline_tags(raw: str) -> str:
    def strip(tag: re.Match[str]) -> str:
        if _HIDDEN.search(tag.group()):
            return tag.group()
        return "\n" * tag.group().count("\n")

    return _INLINE_TAG.sub(strip, raw)


def _parse(raw: str, name: str) -> etree._Element | None:
    """One lxml parse; nesting past libxml2's depth limit is retried without inline tags.

    libxml2 stops at 256 levels and keeps only what came before, so hundreds of
    unclosed <font> tags would silently drop the rest of the document.
    """
    limit = ""
    for retry in (False, True):
        parser = _parser()
        try:
            root = etree.fromstring(_without_inline_tags(raw) if retry else raw, parser)
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise ParseError(name, f"HTML could not be parsed: {exc}") from exc
        limit = _over_limit(parser) or ""
        if not limit:
            return root
    # libxml2's own advice ("use XML_PARSE_HUGE option") is not for our users.
    reason = limit.split(",")[0].strip()
    raise ParseError(name, f"HTML beyond the parser's limits ({reason}); the document is not read")


def normalise_html(raw: str, *, first_line: int = 1, name: str = "document") -> NormText:
    """Parse an HTML or iXBRL document and return its text in reading order."""
    prolog = _PROLOG.match(raw)
    if prolog is not None and prolog.end():
        raw = "\n" * prolog.group().count("\n") + raw[prolog.end() :]
    if not raw.strip():
        return NormText("")
    root = _parse(raw, name)
    if root is None:
        return NormText("")
    out = _Lines(first_line)
    pre = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    cells = 0
    skipped = False
    # Per open element, its tag and whether it acts as a block: its "end" reads no more.
    opened: list[tuple[str, bool]] = []
    for event, el in walker:
        if skipped:
            # The "end" of a subtree skipped at its "start" (iterwalk still sends it):
            # only the tail after it is read.
            skipped = False
            if tail := el.tail:
                out.text_of(el, tail, pre > 0)
            continue
        if event == "start":
            tag = _TAG_NAMES.get(el.tag) or _tag_name(el.tag)
            style = el.get("style")
            if tag in _SKIP or (style is not None and _styled(_HIDDEN, style)):
                walker.skip_subtree()
                skipped = True
                continue
            block = False
            if tag in _CELL:
                cells += 1
            elif tag in _BLOCK and not _inline(el, tag, style):
                block = True
                if cells and tag not in _ROW_LEVEL:
                    out.text(" ", None, False)
                else:
                    out.end_line(gap=tag not in _ROW_LEVEL)
                if tag == "pre":
                    pre += 1
            opened.append((tag, block))
            if text := el.text:
                out.text_of(el, text, pre > 0)
        else:
            tag, block = opened.pop()
            if tag in _CELL:
                cells = max(0, cells - 1)
                out.cell()
            elif block:
                if tag == "pre":
                    pre = max(0, pre - 1)
                if cells and tag not in _ROW_LEVEL:
                    out.text(" ", None, False)
                else:
                    out.end_line(gap=tag not in _ROW_LEVEL)
            if tail := el.tail:
                out.text_of(el, tail, pre > 0)
    out.end_line()
    return out.builder.build()
