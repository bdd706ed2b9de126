"""Patterns asked to match from a start position really match there.

``pattern.match(text, pos)`` (and ``search``/``fullmatch``/``finditer``/``findall``
with a start) looks from ``pos``, but a pattern that opens with ``^`` (without
re.MULTILINE) or ``\\A`` only ever matches at offset 0, so such a call quietly never
succeeds once ``pos > 0``. The audit reads every module of the package with :mod:`ast`,
finds the calls that pass a start (a second positional argument or ``pos=``) to a
module-level name, follows that name by importing the module (so a pattern imported from
another module, ``from x import P`` or ``cues.P``, is the pattern it really is), and fails
on each compiled pattern that opens with such an anchor. The last tests pin the behaviour
of the two calls that had this bug.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from html import escape
from pathlib import Path

# CPython's own reader of patterns, the one re.compile uses (sre_parse before 3.11).
from re import _constants, _parser
from typing import Any

import pytest

from sec8k.container.sgml import split_documents
from sec8k.extract import extract_parsed
from sec8k.pipeline import parse_filing
from tests.corpus import REPO

PACKAGE = REPO / "extractor"
#: The package name extractor/ installs as.
PACKAGE_NAME = "sec8k"
#: Pattern methods whose second positional argument is the start position.
_POSITIONAL_METHODS = frozenset({"match", "search", "fullmatch", "finditer", "findall"})


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE_NAME, *parts))


def _top_level_names(tree: ast.Module) -> set[str]:
    """Names the module binds at its top level: assignments and imports."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def _receiver(node: ast.expr) -> list[str] | None:
    """``P`` -> ["P"], ``cues.P`` -> ["cues", "P"]; anything else (a local call result,
    a subscript) -> None."""
    chain: list[str] = []
    while isinstance(node, ast.Attribute):
        chain.insert(0, node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *chain]
    return None


def calls_with_start(tree: ast.Module) -> Iterator[tuple[int, list[str], str]]:
    """(line, receiver chain, method) of each ``X.method(text, pos, ...)`` call on a name
    the module binds at top level."""
    top = _top_level_names(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method = node.func.attr
        if method not in _POSITIONAL_METHODS:
            continue
        if len(node.args) < 2 and not any(k.arg == "pos" for k in node.keywords):
            continue
        chain = _receiver(node.func.value)
        if chain and chain[0] in top:
            yield node.lineno, chain, method


def _pinned(items: Any, multiline: bool) -> bool:
    """The parsed pattern ``items`` can only match where it starts: its first element is
    ``\\A``, or ``^`` outside re.MULTILINE, or a group or alternation every branch of which
    begins so."""
    for op, value in items:
        if op is _constants.AT:
            return value is _constants.AT_BEGINNING_STRING or (
                value is _constants.AT_BEGINNING and not multiline
            )
        if op is _constants.SUBPATTERN:  # (group, flags added, flags removed, items)
            _, added, removed, inner = value
            scoped = (multiline or bool(added & re.MULTILINE)) and not removed & re.MULTILINE
            return _pinned(inner, scoped)
        if op is _constants.BRANCH:
            return all(_pinned(branch, multiline) for branch in value[1])
        return False
    return False


def pinned_to_start(pattern: re.Pattern[Any]) -> bool:
    """The pattern can only match at offset 0. Read with CPython's own pattern parser, so
    inline flags ("(?m)"), groups and alternations ("(?:\\A|\\n)", which can match later)
    count as the regex engine counts them."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _pinned(parsed, bool(parsed.state.flags & re.MULTILINE))


def _resolve(module: object, chain: list[str]) -> object:
    value = module
    for part in chain:
        value = getattr(value, part, None)
    return value


def _patterns(value: object) -> list[re.Pattern[Any]]:
    """The compiled patterns a name holds: one, or a table of them."""
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, re.Pattern)]
    return []


def _sites() -> list[tuple[str, str, re.Pattern[Any]]]:
    """Every (where, call, pattern) in the package that passes a start to a pattern."""
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found = list(calls_with_start(tree))
        if not found:
            continue
        module = importlib.import_module(_module_name(path))
        where = path.relative_to(REPO)
        for line, chain, method in found:
            for pattern in _patterns(_resolve(module, chain)):
                sites.append((f"{where}:{line}", f"{'.'.join(chain)}.{method}", pattern))
    return sites


@pytest.mark.parametrize(
    ("source", "flags", "pinned"),
    [
        (r"^\s*per share\b", re.IGNORECASE, True),
        (r"\s*per share\b", re.IGNORECASE, False),
        (r"^item", re.MULTILINE, False),
        (r"\Aitem", re.MULTILINE, True),
        (r"(?:^|\n)item", 0, False),
        (r"(?:\A|\n|[.:;]\s+)[ \t]*\d", 0, False),
        (r"(?:^a|\Ab)", 0, True),
        (r"(?P<lead>^x)", 0, True),
        (r"(?m:^x)", 0, False),
        (r"(?i)^x", 0, True),
        (r"(?m)^x", 0, False),
        (r"  ^ x  # verbose", re.VERBOSE, True),
        (r"x^", 0, False),
    ],
)
def test_pinned_to_start_reads_the_front_of_a_pattern(
    source: str, flags: int, pinned: bool
) -> None:
    assert pinned_to_start(re.compile(source, flags)) is pinned


def test_calls_with_a_start_are_found_through_imports() -> None:
    tree = ast.parse(
        "import re\n"
        "from pkg import cues\n"
        "from pkg.cues import P as Q\n"
        "LOCAL = re.compile('^a')\n"
        "def f(text, pos):\n"
        "    LOCAL.match(text, pos)\n"
        "    cues.P.search(text, pos, 9)\n"
        "    Q.fullmatch(text, pos=pos)\n"
        "    LOCAL.match(text)\n"
        "    helper().match(text, pos)\n"
        "    unknown.match(text, pos)\n"
    )
    assert [(chain, method) for _, chain, method in calls_with_start(tree)] == [
        (["LOCAL"], "match"),
        (["cues", "P"], "search"),
        (["Q"], "fullmatch"),
    ]


def test_the_package_passes_starts_to_patterns() -> None:
    """The scan sees the package's calls (a scan that finds nothing proves nothing)."""
    assert len(_sites()) >= 50


def test_no_pattern_called_with_a_start_is_pinned_to_offset_0() -> None:
    pinned = [
        f"{where}: {call} with a start, but {pattern.pattern[:40]!r} can only match at 0"
        for where, call, pattern in _sites()
        if pinned_to_start(pattern)
    ]
    assert not pinned, "\n".join(pinned)


#: A full submission whose inline-XBRL document sits inside an <XBRL> wrapper, as EDGAR
#: serves them since 2019.
_WRAPPED_SUBMISSION = (
    "<SEC-DOCUMENT>0000000000-24-000001.txt : 20240102\n<SEC-HEADER>\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>abc-20240102.htm\n<TEXT>\n<XBRL>\n"
    "<?xml version='1.0' encoding='ASCII'?>\n"
    "<html><head><title>abc-20240102</title></head>"
    "<body><p>Item 8.01 Other Events.</p></body></html>\n"
    "</XBRL>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
)


def test_a_documents_xbrl_wrapper_is_taken_off() -> None:
    """The <XBRL> tag after <TEXT> is not part of the document: with it, the XML prolog is
    no longer the document's start and the page title leaked into the text."""
    (document,) = split_documents(_WRAPPED_SUBMISSION)
    assert document.body.startswith("<?xml version=")
    assert "XBRL>" not in document.body
    assert document.body.rstrip().endswith("</html>")


def test_a_price_per_share_stated_after_the_event_is_no_total() -> None:
    """ "The sale price was $14.25 per share": the stated-price rule must see the "per
    share" after the amount and leave the deal's total empty."""
    paragraphs = (
        "Item 2.01 Completion of Acquisition or Disposition of Assets.",
        "On March 3, 2023, Acme Corp. completed its acquisition of Widget Inc. pursuant to "
        "the Merger Agreement.",
        "The sale price was $14.25 per share of the Company's common stock.",
        "Item 9.01 Financial Statements and Exhibits.",
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    parsed = parse_filing(f"<html><body>{body}</body></html>".encode(), name="deal.htm")
    (deal,) = extract_parsed(parsed).record.acquisitions
    assert deal.total_consideration is None
    assert deal.cash is None
