"""Find typed candidates in a text with the spaCy rules, then build their values.

Finding (:func:`~sec8k.rules.nlp.get_ruler` over the tokens of
:func:`~sec8k.rules.nlp.get_tokenizer`, as spaCy's EntityRuler would) and building
(the normalisers in ``numbers``, ``dates`` and ``terms``) stay apart: this module
only runs the one and hands each span's text to the other.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, cast

from pydantic import Field

from sec8k.errors import InputTooLargeError, ParseError
from sec8k.models.base import Evidence, Frozen, Money, Quantity
from sec8k.rules.dates import parse_date
from sec8k.rules.guard import mask_long_number_runs
from sec8k.rules.loader import LABELS, Label
from sec8k.rules.nlp import MAX_TEXT_CHARS, get_ruler, get_tokenizer
from sec8k.rules.numbers import parse_money, parse_quantity
from sec8k.rules.terms import parse_defined_term, parse_org_name

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["AMOUNT_LABELS", "Candidate", "find_amounts", "find_entities"]

#: The labels :func:`find_amounts` returns: everything with a number in it but dates.
AMOUNT_LABELS: Final = frozenset({"MONEY", "SHARES", "PERCENT", "DURATION"})

Value = Money | Quantity | str

#: Label -> the builder that turns the span's text into a value.
_BUILDERS: Final[Mapping[str, Callable[[str], Value]]] = MappingProxyType(
    {
        "MONEY": parse_money,
        "SHARES": parse_quantity,
        "PERCENT": parse_quantity,
        "DURATION": parse_quantity,
        "DATE": parse_date,
        "ORG": parse_org_name,
        "DEFINED_TERM": parse_defined_term,
    }
)


class Candidate(Frozen):
    """One match: ``text == input[start:end]``, with its value when it could be built.

    ``value`` is a Money (MONEY), a Quantity (SHARES, PERCENT, DURATION), an ISO
    date string (DATE), the name (ORG) or the quoted term (DEFINED_TERM). When the
    builder refused the span, ``value`` is None and ``problem`` says why.
    """

    label: Label
    start: int = Field(ge=0, description="Start offset in the text passed in")
    end: int = Field(ge=0, description="End offset (exclusive)")
    text: str
    value: Money | Quantity | str | None
    pattern_id: str = Field(description="The id of the pattern line that matched")
    problem: str | None = None

    def evidence(self, document: str, offset: int = 0, source_line: int | None = None) -> Evidence:
        """Evidence in the document, for a text that starts at ``offset`` in it."""
        return Evidence(
            document=document,
            start=offset + self.start,
            end=offset + self.end,
            text=self.text,
            source_line=source_line,
        )


def find_entities(text: str, labels: Collection[str] | None = None) -> list[Candidate]:
    """Every candidate in ``text`` (an item's text, not a whole filing), in text order.

    ``labels`` keeps only those labels (default: all). Matches never overlap: where
    patterns compete, the longest span wins.
    """
    wanted = LABELS if labels is None else frozenset(labels)
    if not wanted <= LABELS:
        raise ValueError(f"unknown label(s) {sorted(wanted - LABELS)}; known: {sorted(LABELS)}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"text of {len(text):,} characters",
            f"over the {MAX_TEXT_CHARS:,} the rule layer takes; pass one item at a time",
        )
    doc = get_tokenizer()(mask_long_number_runs(text))
    return [_candidate(span, text) for span in get_ruler().spans(doc) if span.label_ in wanted]


def find_amounts(text: str) -> list[Candidate]:
    """The MONEY, SHARES, PERCENT and DURATION candidates in ``text``, in text order."""
    return find_entities(text, AMOUNT_LABELS)


def _trimmed(span: Span) -> Span:
    """The span without the line breaks and tabs that optional pattern tokens let in at its ends."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def _candidate(matched: Span, original: str) -> Candidate:
    span = _trimmed(matched)
    text = original[span.start_char : span.end_char]  # the doc's text may be masked
    value: Value | None = None
    problem: str | None = None
    try:
        value = _BUILDERS[matched.label_](text)
    except ParseError as error:
        problem = error.reason
    return Candidate(
        label=cast(Label, matched.label_),
        start=span.start_char,
        end=span.end_char,
        text=text,
        value=value,
        pattern_id=matched.id_,
        problem=problem,
    )
