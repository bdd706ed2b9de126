"""Repairs of what real filings carry: entities, code points, escapes, noise lines.

Every repair is a named, compiled regex here, applied line by line by
:func:`repair_line`, so that callers can keep a line-level map to the source.
"""

from __future__ import annotations

import html
import re

__all__ = [
    "NOISE_LINE",
    "collapse_spaces",
    "decode_bytes",
    "fix_cp1252",
    "repair_line",
    "repair_text",
    "unescape_entities",
]

#: Numeric character references, including the broken forms of text renderings:
#: "& #146;", "&# 146;", "&#146 ;".
_NUMERIC_REF = re.compile(r"&\s?#\s?(x[0-9a-fA-F]{1,6}|\d{1,7})\s?;")
#: Named references (html.unescape knows them all).
_NAMED_REF = re.compile(r"&[A-Za-z][A-Za-z0-9]{1,31};?")
#: C1 control characters that are really Windows-1252 punctuation.
_C1 = re.compile("[\x80-\x9f]")
#: Markdown backslash escapes: "\$", "\_", "\*", "\#" ...
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$%&|<>~])")
#: Markdown emphasis markers around words (``**bold**``, ``*italic*``).
_MD_STRONG = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_MD_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
#: Leading Markdown heading marks and list bullets.
_MD_LEAD_LINES = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-+*][ \t]+(?=\S))", re.MULTILINE)
#: Runs of whitespace within a line (not tabs: they separate table cells), and single
#: whitespace other than " ": every Unicode space (NBSP, U+2028, U+1680, \x1c-\x1f ...)
#: becomes one " ", so that normalised text never holds a long run of whitespace (the
#: extractors' "\s*...\s*" cues backtracked over one for minutes). A lone " " is left
#: alone: replacing each one split a long line into millions of pieces in memory.
_SPACES = re.compile(r"[^\S\t\n]{2,}|[^\S \t\n]")
#: The same on a line whose only whitespace is " " (printable ASCII): much faster.
_SPACE_RUN = re.compile("  +")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")

#: A line that is only a page number or a running page marker: "2", "- 3 -",
#: "Page 4", "Page 4 of 12", "4 of 12", "<PAGE> 5", "Table of Contents".
NOISE_LINE = re.compile(
    r"^[ \t]*(?:<PAGE>[ \t]*\d*|[-\u2013\u2014]?[ \t]*\d{1,3}(?:[ \t]+\d{1,2})?[ \t]*[-\u2013\u2014]?"
    r"|(?:page[ \t]+)?\d{1,3}[ \t]+of[ \t]+\d{1,3}|page[ \t]+\d{1,3}|table of contents|[ivx]{1,5}"
    r"|[A-Za-z\u0400-\u04ff])[ \t]*$",
    re.IGNORECASE,
)


#: The bytes that are not UTF-8, as surrogateescape leaves them (U+DC80..U+DCFF), read
#: as Windows-1252 (its five undefined bytes become U+FFFD).
_STRAY_BYTES = {
    0xDC00 + byte: bytes([byte]).decode("cp1252", errors="replace") for byte in range(0x80, 0x100)
}


def decode_bytes(data: bytes) -> str:
    """UTF-8, with every byte that is not part of a UTF-8 sequence read as Windows-1252.

    A UTF-8 filing with one stray cp1252 byte (an exhibit pasted from Word) keeps its
    UTF-8 characters; a cp1252 file decodes as before, byte by byte.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="surrogateescape").translate(_STRAY_BYTES)


def _cp1252_char(code: int) -> str:
    if 0x80 <= code <= 0x9F:
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return " "
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return " "
    return chr(code)


def _numeric(match: re.Match[str]) -> str:
    body = match.group(1)
    code = int(body[1:], 16) if body[0] in "xX" else int(body)
    return _cp1252_char(code)


def fix_cp1252(text: str) -> str:
    """Turn C1 control characters (bytes 0x80-0x9F read as Latin-1) into cp1252 punctuation."""
    return _C1.sub(lambda m: _cp1252_char(ord(m.group())), text)


def unescape_entities(text: str) -> str:
    """Decode numeric (also broken ``& #146;``) and named character references."""
    if "&" not in text:
        return text
    text = _NUMERIC_REF.sub(_numeric, text)
    return _NAMED_REF.sub(lambda m: html.unescape(m.group()), text)


def repair_text(text: str, *, markdown: bool = False) -> str:
    """Whole-text repairs that keep every newline where it is."""
    if not text.isascii():
        text = _ZERO_WIDTH.sub("", fix_cp1252(text))
    text = unescape_entities(text)
    if markdown:
        text = _MD_LEAD_LINES.sub("", text)
        text = _MD_ESCAPE.sub(r"\1", text)
        text = _MD_STRONG.sub("", text)
        text = _MD_EM.sub("", text)
    return text


def collapse_spaces(line: str) -> str:
    """The line with each run of spaces (and each odd space character) as one " ", trimmed."""
    line = line.strip(" ")
    # A printable line's only whitespace is " " (every other space character is not
    # printable, ASCII or not): the cheap way.
    if line.isprintable():
        return _SPACE_RUN.sub(" ", line) if "  " in line else line
    return _SPACES.sub(" ", line).strip(" ")


def repair_line(line: str, *, markdown: bool = False) -> str:
    """One line, cleaned: entities, escapes, emphasis, spaces."""
    return collapse_spaces(repair_text(line, markdown=markdown))
