"""How an agreement's text is laid out: sentences, paragraphs, headings, and what makes a text an agreement."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I

__all__ = [
    "AGREEMENT_OPENING",
    "AGREEMENT_WORD",
    "DANGLING_WORD_END",
    "EIGHT_K_COVER",
    "HEADING",
    "HEADING_SMALL_WORDS",
    "JOINED_PARAGRAPH_END",
    "LINE_BREAK_BOUNDARY",
    "NUMBER_BEFORE_STOP",
    "PARAGRAPH_BREAK",
    "SENTENCE_END",
    "TITLE_LINE",
]

#: A sentence ends at . ! ? (and a closing quote or bracket) before a capital, digit or bracket.
SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]*[ \t]+(?=[\"“(A-Z0-9])")
#: A heading number alone before a full stop: "1." of "1. Term", "4.1." — not a sentence end.
NUMBER_BEFORE_STOP: Final = re.compile(
    r"(?:\A|\n|[.:;]\s+)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*|[A-Za-z]|[IVX]{1,4}|ARTICLE\s+\w+|Section\s+[\d.]+)\.$"
)
#: A blank line.
PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n\s*")
#: What a paragraph cut by a page break ends with (it continues on the next page).
JOINED_PARAGRAPH_END: Final = re.compile(r"[a-z,]$")
#: A paragraph ending in one of these words continues even before a capital ("the\n\nBoard").
DANGLING_WORD_END: Final = re.compile(
    r"\b(?:the|a|an|of|to|by|for|with|in|on|at|from|under|than|as)$"
)
#: A single line break that still starts a new sentence: before a numbered heading or a table row.
LINE_BREAK_BOUNDARY: Final = re.compile(
    r"\n(?=[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z(]|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)[ \t]|[^\n]*\t))"
    r"|\t[^\n]*\n|(?<=[.:])\n(?=[ \t]*[A-Z(\"“])"
)
#: A numbered or lettered heading: "4.1 Death, Disability ... .", "(a) Home Office.", "ARTICLE 5 -- COMPENSATION".
HEADING: Final = re.compile(
    r"(?:(?<=\n)|(?<=\A)|(?<=[.:]\s)|(?<=[.:]\s\s))[ \t]*"
    r"(?P<num>(?:ARTICLE|Article|SECTION|Section)\s+(?:\d{1,2}|[IVX]{1,5})\b\.?"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|[A-Za-z]\.)"
    r"[ \t]*(?:[-–—:.]{1,2}[ \t]*)?"
    r"(?P<title>[A-Z][^\n.:;]{1,120}?)(?P<end>[.:](?=\s)|[ \t]+[-–—]{1,2}[ \t]|(?=\n))"
)
#: Short words a heading may hold in lower case.
HEADING_SMALL_WORDS: Final = frozenset(
    [
        "of",
        "the",
        "and",
        "or",
        "by",
        "for",
        "to",
        "in",
        "as",
        "a",
        "an",
        "on",
        "with",
        "other",
        "than",
        "at",
        "from",
        "upon",
        "under",
        "its",
        "his",
        "her",
    ]
)
#: The noun that names an agreement in a title.
AGREEMENT_WORD: Final = re.compile(
    r"\b(?:agreement|contract|letter agreement|offer letter|employment letter|general release)\b",
    _I,
)
#: "THIS CONSULTING AGREEMENT ... is (made|entered|dated) ... between" in the opening text.
AGREEMENT_OPENING: Final = re.compile(
    r"\b(?:this|the)\s+(?P<title>(?:[\w,&'’/-]+\s+){0,8}?(?:agreement|contract))\b"
    r"[^.]{0,400}?\b(?:is\s+(?:made|entered|dated|effective|between|by)|made|entered\s+into|dated|"
    r"by\s+and\s+(?:between|among)|between|among|effective\s+as\s+of)\b",
    _I,
)
#: A title line: words ending in AGREEMENT (upper or title case) on its own, near the top.
TITLE_LINE: Final = re.compile(
    r"(?P<title>\b(?:(?!(?:THIS|This|THE|The|AGREEMENT|Agreement|CONTRACT|Contract)\b)[A-Z][A-Za-z&'’/-]*[ \t]+"
    r"(?:(?:and|AND|of|OF|&)[ \t]+)?){0,8}"
    r"(?:AGREEMENT|Agreement|CONTRACT|Contract)\b)"
)
#: The cover of a Form 8-K: such a document is a report, not an agreement.
EIGHT_K_COVER: Final = re.compile(r"\bFORM\s+8-K\b|\bCURRENT\s+REPORT\b", _I)
