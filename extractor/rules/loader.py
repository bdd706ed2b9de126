"""Read the JSONL pattern files and check every line before spaCy sees it.

One line is one pattern: ``{"label": ..., "pattern": [...], "id": ..., "note": ...}``
(``note`` is optional: why the pattern exists). A file that breaks a rule raises
:class:`~sec8k.errors.PatternError` naming the file, the line and the reason,
so a bad edit fails at load time instead of silently never matching.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, get_args

from sec8k.errors import PatternError

__all__ = [
    "LABELS",
    "PATTERN_DIR",
    "Label",
    "PatternSpec",
    "load_pattern_file",
    "load_patterns",
]

Label = Literal["MONEY", "SHARES", "PERCENT", "DATE", "ORG", "DEFINED_TERM", "DURATION"]
LABELS: Final = frozenset(get_args(Label))
#: Where the pattern files live; every ``*.jsonl`` here is loaded, in name order.
PATTERN_DIR: Final = Path(__file__).with_name("patterns")

_REQUIRED_KEYS: Final = ("label", "pattern", "id")
_OPTIONAL_KEYS: Final = ("note",)

#: Token attributes that spacy.blank("en") sets on every token.
_BLANK_ATTRIBUTES: Final = frozenset(
    {
        "ORTH",
        "TEXT",
        "LOWER",
        "NORM",
        "SHAPE",
        "LENGTH",
        "SPACY",
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
        "IS_STOP",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
        "OP",
    }
)

#: Attributes only a trained component fills in; in a blank pipeline they never match.
_NEEDS_COMPONENT: Final = MappingProxyType(
    {
        "LEMMA": "a lemmatizer",
        "POS": "a tagger",
        "TAG": "a tagger",
        "MORPH": "a morphologizer",
        "DEP": "a parser",
        "IS_SENT_START": "a parser or sentencizer",
        "SENT_START": "a parser or sentencizer",
        "ENT_TYPE": "an entity recognizer",
        "ENT_IOB": "an entity recognizer",
        "ENT_ID": "an entity recognizer",
        "ENT_KB_ID": "an entity linker",
        "_": "a custom extension",
    }
)


@dataclass(frozen=True, slots=True)
class PatternSpec:
    """One checked pattern line. ``source`` is "file:line", for messages."""

    label: Label
    pattern: list[dict[str, Any]]
    id: str
    source: str
    note: str = ""

    def for_ruler(self) -> dict[str, Any]:
        """The dict spaCy's EntityRuler.add_patterns takes."""
        return {"label": self.label, "pattern": self.pattern, "id": self.id}


def load_patterns(directory: Path = PATTERN_DIR) -> list[PatternSpec]:
    """Load and check every ``*.jsonl`` in ``directory``; ids must be unique across files."""
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise PatternError(str(directory), "no *.jsonl pattern files; reinstall sec8k")
    specs: list[PatternSpec] = []
    seen: dict[str, str] = {}
    for path in files:
        for spec in load_pattern_file(path):
            if spec.id in seen:
                raise PatternError(spec.source, f"id {spec.id!r} already used at {seen[spec.id]}")
            seen[spec.id] = spec.source
            specs.append(spec)
    return specs


def load_pattern_file(path: Path) -> list[PatternSpec]:
    """Load and check one JSONL file. Blank lines are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PatternError(str(path), f"cannot read the pattern file ({error})") from error
    specs = [_spec(line, f"{path}:{number}") for number, line in _lines(text)]
    ids = [spec.id for spec in specs]
    for spec in specs:
        if ids.count(spec.id) > 1:
            raise PatternError(spec.source, f"id {spec.id!r} appears more than once in the file")
    return specs


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def _spec(line: str, source: str) -> PatternSpec:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise PatternError(
            source, f"not valid JSON ({error.msg}, column {error.colno}); one object per line"
        ) from error
    if not isinstance(record, dict):
        raise PatternError(source, "a line must be a JSON object with label, pattern and id")
    missing = [key for key in _REQUIRED_KEYS if key not in record]
    if missing:
        raise PatternError(source, f"missing key(s) {', '.join(missing)}")
    unknown = sorted(set(record) - {*_REQUIRED_KEYS, *_OPTIONAL_KEYS})
    if unknown:
        raise PatternError(source, f"unknown key(s) {', '.join(unknown)}")
    label, pattern_id, note = record["label"], record["id"], record.get("note", "")
    if label not in LABELS:
        raise PatternError(source, f"label {label!r} is not one of {', '.join(sorted(LABELS))}")
    if not isinstance(pattern_id, str) or not pattern_id.strip():
        raise PatternError(source, "id must be a non-empty string")
    if not isinstance(note, str):
        raise PatternError(source, "note must be a string")
    return PatternSpec(
        label=label,
        pattern=_checked_pattern(record["pattern"], source),
        id=pattern_id,
        source=source,
        note=note,
    )


def _checked_pattern(pattern: object, source: str) -> list[dict[str, Any]]:
    if not isinstance(pattern, list) or not pattern:
        raise PatternError(source, "pattern must be a non-empty list of token objects")
    for index, token in enumerate(pattern, start=1):
        if not isinstance(token, dict) or not token:
            raise PatternError(source, f"token {index} must be a non-empty object")
        for key, value in token.items():
            _check_attribute(key, value, f"token {index}", source)
    from spacy.schemas import validate_token_pattern  # spaCy only when patterns are loaded

    errors = validate_token_pattern(pattern)
    if errors:
        raise PatternError(source, "spaCy rejects the pattern: " + "; ".join(errors[:3]))
    return pattern


def _check_attribute(key: str, value: object, where: str, source: str) -> None:
    if key in _NEEDS_COMPONENT or key.upper() in _NEEDS_COMPONENT:
        raise PatternError(
            source,
            f"{where}: {key!r} needs {_NEEDS_COMPONENT[key.upper()]}, which spacy.blank('en') "
            "does not have, so the pattern would never match; use ORTH, LOWER, SHAPE ...",
        )
    if key not in _BLANK_ATTRIBUTES:
        hint = " (write attribute names in upper case)" if key.upper() in _BLANK_ATTRIBUTES else ""
        raise PatternError(source, f"{where}: {key!r} is not a spaCy token attribute{hint}")
    for regex in _regexes(value):
        try:
            re.compile(regex)
        except re.error as error:
            raise PatternError(source, f"{where}: bad REGEX {regex!r} ({error})") from error


def _regexes(value: object) -> Iterator[str]:
    """Every REGEX string inside an attribute's value (they may nest: {"LOWER": {"REGEX"}})."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "REGEX" and isinstance(inner, str):
                yield inner
            else:
                yield from _regexes(inner)
