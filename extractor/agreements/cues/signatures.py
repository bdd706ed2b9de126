"""Notices and signature blocks."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I

__all__ = [
    "ADDRESS_END",
    "ADDRESS_LIKE",
    "IN_WITNESS",
    "NAME_DASH_TITLE",
    "NOTICE_HEADING",
    "NOTICE_LABEL",
    "ON_BEHALF_OF",
    "SIGNATURE_NAME_TITLE",
    "SIGNATURE_SLASH",
    "SIGNS_AFTER",
]

NOTICE_HEADING: Final = re.compile(r"^\s*notices?\b", _I)
#: "If to the Company:", "To Consultant:", "if to Executive, to:".
NOTICE_LABEL: Final = re.compile(
    r"\b(?:[Ii]f|[Ww]hen|IF)\s+(?:to|TO)\s+(?:the\s+|THE\s+)?(?P<party>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s*(?:,\s*to)?\s*:",
)
#: Where an address block stops: "or to such other address", the next label, "with a copy".
ADDRESS_END: Final = re.compile(
    r"\bor\s+to\s+such\s+other|\bwith\s+(?:a\s+)?cop(?:y|ies)\b|\b(?:if|when)\s+to\s+|\bany\s+(?:such\s+)?notice\b|\bnotices?\s+shall\b",
    _I,
)
#: Something an address has: a street number, a postal code, "Attention".
ADDRESS_LIKE: Final = re.compile(
    r"\b\d{1,6}\s+[A-Z]|\b[A-Z]{2}\s+\d{5}\b|\b\d{5}(?:-\d{4})?\b|\bAtt(?:ention|n)\b|\bP\.?\s?O\.?\s+Box\b"
)
IN_WITNESS: Final = re.compile(r"\bIN\s+WITNESS\s+WHEREOF\b|\bEXECUTED\s+(?:as\s+of|on)\b", _I)
#: After a signing organisation's name: "By:", "/s/", "Name:".
SIGNS_AFTER: Final = re.compile(r"[\s,.]*(?:By\b|BY\b|/s/|Name\s*:|Signature\s*:)")
#: "For and on behalf of ABS Telecom plc", "For and on behalf of\n\nBARAK I.T.C": a signing party.
ON_BEHALF_OF: Final = re.compile(
    r"\bFor\s+and\s+\.?on\s+behalf\s+of\s*:?\s+(?P<name>[A-Z0-9][^\n]{1,120}?)"
    r"(?=[\s,]*(?:\n|\bBy\b|\bBY\b|/s/|-{3}|$))"
)
#: "/s/ Delwin Hock Delwin Hock – Lead Director": the line after a conformed signature.
SIGNATURE_SLASH: Final = re.compile(r"/s/[ \t]*(?P<line>[^\n]*?)(?=[ \t]*(?:\n|\bBy\b|/s/|$))")
#: A name followed by its title: "Richard D. Smith - Consultant".
NAME_DASH_TITLE: Final = re.compile(r"[ \t]*[-–—,][ \t]*(?P<title>[A-Z][^\n]{1,60}?)[ \t]*$")
#: "Name: John Doe Title: Chief Executive Officer".
SIGNATURE_NAME_TITLE: Final = re.compile(
    r"\bName:\s*(?P<name>[A-Z][A-Za-z.'’-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){1,3})\s*(?:\n\s*)?"
    r"(?:Title|Its):\s*(?P<title>[A-Z][^\n]{1,60}?)(?=\s*(?:\n|Date|By|Name|$)|\s{2,})",
)
