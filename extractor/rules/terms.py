"""Values of the name-like entities: organisations and defined terms."""

from __future__ import annotations

from sec8k.errors import ParseError
from sec8k.rules import regexes

__all__ = ["parse_defined_term", "parse_org_name"]


def parse_defined_term(text: str) -> str:
    """The quoted name of a definition: '(the "Company")' -> 'Company'."""
    found = regexes.DEFINED_TERM.search(text)
    if found is None:
        raise ParseError(f"defined term {text[:80]!r}", "no quoted name before ')'")
    return regexes.WHITESPACE.sub(" ", found["term"])


def parse_org_name(text: str) -> str:
    """An organisation's name with its whitespace collapsed (line breaks in tables)."""
    name = regexes.WHITESPACE.sub(" ", text).strip()
    if not name:
        raise ParseError(f"organisation {text[:80]!r}", "empty name")
    return name
