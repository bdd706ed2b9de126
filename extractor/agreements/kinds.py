"""Which kind of agreement a document is, from the rules in ``data/kinds.jsonl``.

Each line of the data file names a kind, the title phrases that announce it and
the defined roles an individual party takes in it. The file is checked when it is
loaded, each line against a Pydantic model (:mod:`sec8k.rules.data`: unknown keys, unknown
kinds, empty or duplicate phrases raise :class:`~sec8k.errors.PatternError` naming the
line), so a bad edit fails at once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final, get_args

from pydantic import Field, StringConstraints, field_validator

from sec8k.agreements.cues.layout import AGREEMENT_OPENING, EIGHT_K_COVER, TITLE_LINE
from sec8k.errors import PatternError
from sec8k.models import AgreementKind
from sec8k.rules.data import DataLine, load_lines

__all__ = ["KIND_FILE", "KindRule", "classify", "is_agreement_opening", "load_kinds", "title_of"]

KIND_FILE: Final = Path(__file__).with_name("data") / "kinds.jsonl"
#: How much of a document's start is read to recognise an agreement and its title.
OPENING_CHARS: Final = 3000
#: A title line must stand this near the top.
TITLE_CHARS: Final = 1200
_KINDS: Final = frozenset(get_args(AgreementKind)) - {"other"}
#: A 'services' agreement with one of these roles among its parties is an employment agreement.
_EMPLOYMENT_OVERRIDES: Final = ("services",)


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: AgreementKind
    titles: tuple[str, ...]
    roles: tuple[str, ...]
    pattern: re.Pattern[str]


#: A title phrase or role word: not blank.
_Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _KindLine(DataLine):
    """One line of ``data/kinds.jsonl``: a kind, its title phrases, the roles it gives a person."""

    kind: AgreementKind
    titles: tuple[_Phrase, ...] = Field(min_length=1)
    roles: tuple[_Phrase, ...] = ()

    @field_validator("kind")
    @classmethod
    def _not_other(cls, kind: AgreementKind) -> AgreementKind:
        if kind not in _KINDS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(sorted(_KINDS))}")
        return kind


@functools.cache
def load_kinds(path: Path = KIND_FILE) -> tuple[KindRule, ...]:
    """The checked rules, in file order (the first kind whose title matches wins)."""
    rules: list[KindRule] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(load_lines(path, _KindLine), start=1):
        for title in line.titles:
            if title.lower() in seen:
                raise PatternError(
                    f"{path}",
                    f"title {title!r} of rule {number} already used by rule {seen[title.lower()]}",
                )
            seen[title.lower()] = number
        alternation = "|".join(
            re.escape(t).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
            for t in sorted(line.titles, key=len, reverse=True)
        )
        rules.append(
            KindRule(
                kind=line.kind,
                titles=line.titles,
                roles=line.roles,
                pattern=re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE),
            )
        )
    return tuple(rules)


def classify(
    *, exhibit_type: str | None, description: str | None, title: str | None, roles: list[str]
) -> AgreementKind:
    """The kind: from the title, else the exhibit description, else the parties' roles."""
    rules = load_kinds()
    for text in (title, description):
        if not text:
            continue
        for rule in rules:
            if rule.pattern.search(text):
                return _override(rule.kind, roles, rules)
    lowered = {r.lower() for r in roles}
    for rule in rules:
        if lowered & {r.lower() for r in rule.roles}:
            return rule.kind
    return "other"


def _override(kind: AgreementKind, roles: list[str], rules: tuple[KindRule, ...]) -> AgreementKind:
    if kind not in _EMPLOYMENT_OVERRIDES:
        return kind
    employment = next(r for r in rules if r.kind == "employment")
    if {r.lower() for r in roles} & {r.lower() for r in employment.roles}:
        return "employment"
    return kind


def title_of(opening: str) -> re.Match[str] | None:
    """The agreement's title in its opening text: the first 'THIS ... AGREEMENT' or title line."""
    lead = AGREEMENT_OPENING.search(opening)
    line = TITLE_LINE.search(opening)
    if lead is not None and (line is None or lead.start("title") <= line.start()):
        return _title_span(lead, "title")
    return line


def _title_span(match: re.Match[str], group: str) -> re.Match[str] | None:
    """Re-match the title group alone so callers get a match whose span is the title."""
    return TITLE_LINE.search(match.string, match.start(group), match.end(group) + 1)


def is_agreement_opening(opening: str) -> bool:
    """Does a document that opens like this hold an agreement (not a report or a letter)?

    Yes when it says "THIS ... AGREEMENT is made/entered into/between", or when a title
    line near the top names an agreement or contract; never for a Form 8-K cover.
    """
    head = opening[:OPENING_CHARS]
    if EIGHT_K_COVER.search(head[:TITLE_CHARS]):
        return False
    if AGREEMENT_OPENING.search(head):
        return True
    return TITLE_LINE.search(head[:TITLE_CHARS]) is not None
