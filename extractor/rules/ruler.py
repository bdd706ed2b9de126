"""The patterns run on a doc, each only when the doc holds the words it needs.

spaCy's Matcher pays for every pattern at every token, and most texts the
extractors pass (a sentence, a clause) could never match most patterns: no "%",
no currency, no "shares". Each pattern's *anchors* are read from the pattern
itself: the literal words (ORTH/LOWER/TEXT values) of its required tokens. A
pattern whose anchors are not all in the doc's vocabulary cannot match there and
is left out; the Matcher built for the patterns that remain is kept for the next
doc that needs the same set.

The matches are then chosen as spaCy's EntityRuler chooses them (longest first,
then leftmost, never overlapping), so :class:`Ruler` gives the EntityRuler's
entities; ``tests/test_rules_ruler.py`` checks that on the corpus. Where two
patterns match the very same span, the one listed first in the pattern files wins
(the EntityRuler leaves that to the order of a set).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sec8k.rules.loader import PatternSpec

__all__ = ["Ruler", "anchors"]

#: Token attributes whose literal values a matching token must carry (lower-cased,
#: they are what the doc's lower-cased vocabulary is checked against).
_LITERAL_ATTRS: Final = ("ORTH", "TEXT", "LOWER")
#: Operators that let a token be absent.
_OPTIONAL_OPS: Final = frozenset({"?", "*", "!"})
_RANGE_OP = re.compile(r"\{(\d*)(?:,(\d*))?\}")
#: Matchers kept, one per set of patterns in use; past this many they are dropped.
_MAX_MATCHERS: Final = 512


def anchors(pattern: Sequence[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    """For each required token with literal values, those values lower-cased.

    A doc can match ``pattern`` only if, for every set returned, one of its tokens
    has a lower-cased text in that set. An empty tuple: no such token, always run.
    """
    found: list[frozenset[str]] = []
    for token in pattern:
        if not _required(token):
            continue
        values = _literals(token)
        if values is not None:
            found.append(values)
    return tuple(found)


def _required(token: dict[str, Any]) -> bool:
    op = token.get("OP")
    if op is None or op == "+":
        return True
    if op in _OPTIONAL_OPS:
        return False
    bounds = _RANGE_OP.fullmatch(str(op))
    return bounds is not None and bounds.group(1) not in ("", "0")


def _literals(token: dict[str, Any]) -> frozenset[str] | None:
    """The lower-cased values one of which the token must have; None if not literal."""
    allowed: frozenset[str] | None = None
    for attr in _LITERAL_ATTRS:
        value = token.get(attr)
        if isinstance(value, str):
            values = frozenset({value.lower()})
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values = frozenset(str(v).lower() for v in value["IN"])
        else:
            continue
        allowed = values if allowed is None else allowed & values
    return allowed


class Ruler:
    """The entity spans of ``specs`` in a doc, as the EntityRuler would set them."""

    def __init__(self, vocab: Vocab, specs: Sequence[PatternSpec]) -> None:
        self._vocab = vocab
        self._specs = tuple(specs)
        # Anchors as the hashes of their strings: a doc's LOWER column holds those.
        self._anchors = tuple(
            tuple(frozenset(vocab.strings.add(word) for word in words) for words in needed)
            for needed in (anchors(spec.pattern) for spec in self._specs)
        )
        self._matchers: dict[frozenset[int], Matcher] = {}

    def spans(self, doc: Doc) -> list[Span]:
        """The chosen matches, in text order."""
        words = set(doc.to_array("LOWER").tolist())  # no Token objects: much faster
        active = frozenset(
            i
            for i, needed in enumerate(self._anchors)
            if all(not values.isdisjoint(words) for values in needed)
        )
        if not active:
            return []
        # A match's key is the index of its pattern in self._specs.
        matches = [
            (int(self._vocab.strings[key]), start, end)
            for key, start, end in self._matcher(active)(doc)
            if start != end
        ]
        spans = []
        for index, start, end in _choose(matches):
            spec = self._specs[index]
            spans.append(Span(doc, start, end, label=spec.label, span_id=spec.id))
        return sorted(spans, key=lambda span: span.start)

    def _matcher(self, active: frozenset[int]) -> Matcher:
        matcher = self._matchers.get(active)
        if matcher is None:
            if len(self._matchers) >= _MAX_MATCHERS:
                self._matchers.clear()
            matcher = Matcher(self._vocab, validate=False)
            for index in sorted(active):
                matcher.add(str(index), [self._specs[index].pattern])
            self._matchers[active] = matcher
        return matcher


def _choose(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The EntityRuler's choice: longest first, then leftmost, then first listed; no overlaps."""
    ordered = sorted(set(matches), key=lambda m: (m[1] - m[2], m[1], m[0]))
    chosen = []
    taken: set[int] = set()
    for index, start, end in ordered:
        # Longer spans come first, so a span whose ends are free is free throughout.
        if start not in taken and end - 1 not in taken:
            chosen.append((index, start, end))
            taken.update(range(start, end))
    return chosen
