"""Dates: the agreement's own, the forms the rule layer does not read, effective dates."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I, _MONTH

__all__ = [
    "AS_OF_EFFECTIVE",
    "DATED",
    "DATED_MADE",
    "DATED_TERM_HINT",
    "DATE_AFTER_STOP",
    "DATE_HINT",
    "DATE_LABEL",
    "DATE_LABEL_AHEAD",
    "DURATION_HINT",
    "EFFECTIVE_DEFINED",
    "EFFECTIVE_MEANS",
    "EFFECTIVE_MEANS_AHEAD",
    "EFFECTIVE_ON_SIGNING",
    "EFFECTIVE_ON_TERM",
    "EFFECTIVE_PHRASE",
    "EXPECTED",
    "MONTH_BEFORE_STOP",
    "OTHER_AGREEMENT_BEFORE",
    "SOURCE_LINE",
]

#: "dated", "as of", "made ... on", "entered into ... this": a date that is the agreement's.
DATED: Final = re.compile(
    r"\b(?:dated|as\s+of|made|entered\s+into|executed|effective|agreement\s+date|date[d]?\s*:|this)\b[^.]{0,60}$",
    _I,
)
#: The stricter cue a date after the preamble sentence needs: the agreement was dated, made,
#: entered into or signed then ("... ("Telnet") as of the 1st day of June, 2004."); an effective
#: date stated on its own ("This Agreement is effective as of August 1, 2004") is not its date.
DATED_MADE: Final = re.compile(
    r"\b(?:dated|made|entered\s+into|executed|signed)\b[^.]{0,60}$|(?<!effective\s)\bas\s+of\s+(?:the\s+)?$",
    _I,
)
#: A month's name before a full stop that does not end the sentence: "this 16 day of August. 2012".
MONTH_BEFORE_STOP: Final = re.compile(r"(?<![A-Za-z])" + _MONTH + r"\.$")
#: What follows such a stop: the rest of the date ("2012", "1st 2019", "8, 2005").
DATE_AFTER_STOP: Final = re.compile(r"\d{4}\b|\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")
#: Just before a date that belongs to another agreement: "to the Development Agreement dated",
#: "a Split Dollar Agreement, dated as of", "that certain ... Agreement ... dated", "the
#: engagement letter dated", "an amendment agreement dated".
OTHER_AGREEMENT_BEFORE: Final = re.compile(
    r"(?:\b(?:to|under|of|the|a|an|certain|said)\s+(?:(?:[A-Z][\w&,'’-]*|and|of|for|&)\s+){1,8}(?:Agreement|Contract|Plan|Lease|License)\b"
    r"(?:\s+(?:No\.|Number|#)\s*[\w-]+)?"
    r"|\b(?:the|an?|that|certain|said)\s+(?:[a-z][\w-]*\s+){1,3}(?:agreement|letter|contract|lease|license)\b)"
    r"(?:\s*\([^)]{0,60}\))?[^.;()]{0,40}?\b(?:dated|entered\s+into\s+on|of|effective)\b[^.;]{0,15}$"
)
#: A page footer CUAD's conversion leaves: "Source: AGAPE ATP CORP, 10-K/A, 12/2/2019".
SOURCE_LINE: Final = re.compile(r"\s*Source\s*:", _I)
#: "Date:" / "Dated:" before a date in a signature block.
DATE_LABEL: Final = re.compile(r"\b(?:Date|Dated|Effective\s+Date)\s*:?\s*$", _I)
#: A "Date:" label anywhere: a cheap test before reading dates in a region.
DATE_LABEL_AHEAD: Final = re.compile(r"\b(?:Date|Dated)\s*:", _I)
#: Something a date has (a year, or a month name): a cheap test before asking spaCy.
DATE_HINT: Final = re.compile(r"\b(?:1[89]|20)\d\d\b|\d/\d{2}\b|" + _MONTH)
#: A date followed by a defined term: 'March 31, 2013 (the "Retirement Date")'.
DATED_TERM_HINT: Final = re.compile(
    r"(?:\d{4}|\d/\d{2})\s*,?\s*\(\s*(?:the\s+|hereinafter\s+)?[\"“]", _I
)
#: A length of time: "five years", "12-month", "thirty (30) days".
DURATION_HINT: Final = re.compile(r"\b(?:years?|months?|days?|weeks?|hours?)\b", _I)
#: '"Effective Date" shall mean December 5, 2014'.
EFFECTIVE_MEANS: Final = re.compile(
    r"[\"“]Effective\s+Date[\"”]\s+(?:shall\s+)?(?:means?|is|shall\s+be)\s+(?:the\s+date\s+of\s+)?$",
    _I,
)
#: '"Effective Date" shall mean': where to read a defined effective date.
EFFECTIVE_MEANS_AHEAD: Final = re.compile(
    r"[\"“]Effective\s+Date[\"”]\s+(?:shall\s+)?(?:means?|is|shall\s+be)\b", _I
)
#: The words after a date that define it as the Effective Date: '(the "Effective Date")',
#: '("Effective Date")', ', hereinafter called the Effective Date'.
EFFECTIVE_DEFINED: Final = re.compile(
    r"(?:\(\s*(?:the\s+|this\s+|hereinafter\s+(?:the\s+)?|herein\s+)?[\"“]|,?\s*(?:hereinafter|herein)\s+"
    r"(?:called|referred\s+to\s+as|the)\s+(?:the\s+)?[\"“]?)Effective\s+Date\b",
    _I,
)
#: "as of the Effective Date": the agreement is dated by its effective date.
AS_OF_EFFECTIVE: Final = re.compile(r"\bas\s+of\s+the\s+Effective\s+Date\b", _I)
#: "effective as of", "effective on", "shall become effective".
EFFECTIVE_PHRASE: Final = re.compile(r"\beffective\b", _I)
#: "be effective on the Retirement Date": the event that fixes the effective date.
EFFECTIVE_ON_TERM: Final = re.compile(
    r"\b(?:be(?:come)?|is|are|shall\s+be)\s+effective\s+(?:on|as\s+of|upon|from)\s+the\s+"
    r"(?P<term>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})",
)
#: "anticipated", "expected": the date is an expectation.
EXPECTED: Final = re.compile(r"\b(?:anticipat\w+|expect\w*|intend\w*|planned)\b", _I)
#: The agreement takes effect on its own date: "This Agreement shall become effective as of the day
#: and year first above written", "This agreement commences upon execution of this document",
#: "This JV Agreement shall become effective on the signing date", "This Agreement shall come into
#: force on the Date of the Agreement".
EFFECTIVE_ON_SIGNING: Final = re.compile(
    r"\b(?:this\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract)|the\s+(?:agreement|contract))\b[^.;]{0,40}?"
    r"\b(?:(?:become|becomes|be|is)\s+effective|commences?|come\s+into\s+(?:force|effect)|take\s+effect)"
    r"\s+(?:on|as\s+of|upon|from)\s+(?:the\s+)?"
    r"(?:day\s+and\s+year\s+first\s+(?:above\s+)?written|signing\s+date|execution\s+of\s+this\s+(?:agreement|document|contract)"
    r"|date\s+(?:first\s+(?:above\s+)?(?:written|set\s+forth|stated)(?:\s+above)?|hereof|above|of\s+execution|of\s+signing"
    r"|of\s+(?:this|the)\s+agreement))\b",
    _I,
)
