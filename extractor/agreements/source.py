"""One agreement's text with its layout (sentences, headed sections) and evidence maker.

The text is the agreement's slice of its document's normalised text; ``offset`` is
where that slice starts in the document, so evidence offsets index the document.
spaCy runs only on the spans a rule asks about (a sentence, a clause, a section),
never on the whole agreement: :meth:`Source.entities` caches per span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from itertools import pairwise

from sec8k.agreements.cues.dates import DATE_AFTER_STOP, MONTH_BEFORE_STOP
from sec8k.agreements.cues.layout import (
    DANGLING_WORD_END,
    HEADING,
    HEADING_SMALL_WORDS,
    JOINED_PARAGRAPH_END,
    LINE_BREAK_BOUNDARY,
    NUMBER_BEFORE_STOP,
    PARAGRAPH_BREAK,
    SENTENCE_END,
)
from sec8k.errors import InputTooLargeError
from sec8k.models import Evidence, Money, Quantity
from sec8k.rules.finder import Candidate, find_entities
from sec8k.text.sentences import ABBREVIATION_END

__all__ = ["Found", "Section", "Source"]

#: A paragraph cut by a page break is longer than this (a title line is shorter).
JOIN_MIN_PARAGRAPH = 150
#: The longest span handed to spaCy at once; longer spans are read in pieces.
MAX_SPAN_CHARS = 60_000
#: The characters besides those str.lower() turns into an ASCII letter that re.IGNORECASE
#: matches to one: U+0130 and U+0131 to "i", U+017F to "s" (checked over all of Unicode).
_OTHER_ASCII_FOLDS = "\u0130\u0131\u017f"
#: Heading levels by the shape of the number.
_ARTICLE, _TOP, _LETTER, _ROMAN, _DIGIT = 0, 1, 6, 7, 8


@dataclass(frozen=True, slots=True)
class Found:
    """A spaCy candidate with offsets in the agreement's text."""

    label: str
    start: int
    end: int
    text: str
    value: Money | Quantity | str | None


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered or lettered heading and the text it governs (up to the next peer heading)."""

    number: str
    title: str
    level: int
    start: int  # the heading's start
    body: int  # where the text after the heading starts
    end: int


@dataclass
class Source:
    document: str
    text: str
    offset: int = 0
    line_at: Callable[[int], int | None] | None = None
    _entity_cache: dict[tuple[int, int], list[Found]] = field(default_factory=dict, repr=False)
    _matching_cache: dict[re.Pattern[str], list[tuple[int, int]]] = field(
        default_factory=dict, repr=False
    )
    #: :func:`sec8k.agreements.dates.find_dates` per span: rules ask about one sentence often.
    date_cache: dict[tuple[int, int], tuple[Found, ...]] = field(default_factory=dict, repr=False)

    # -- evidence -------------------------------------------------------------
    def trim(self, start: int, end: int) -> tuple[int, int]:
        """The span without surrounding whitespace and trailing commas/semicolons."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;"):
            end -= 1
        return start, end

    def evidence(self, start: int, end: int) -> Evidence:
        start, end = self.trim(start, end)
        absolute = self.offset + start
        return Evidence(
            document=self.document,
            start=absolute,
            end=self.offset + end,
            text=self.text[start:end],
            source_line=self.line_at(absolute) if self.line_at else None,
        )

    def clip(self, start: int, end: int) -> str:
        start, end = self.trim(start, end)
        return self.text[start:end]

    # -- layout ---------------------------------------------------------------
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (trimmed), in text order."""
        cuts = sorted(set(self._sentence_cuts()))
        spans = []
        for a, b in pairwise([0, *cuts, len(self.text)]):
            a, b = self.trim(a, b)
            if b > a:
                spans.append((a, b))
        return spans

    def _sentence_cuts(self) -> Iterator[int]:
        text = self.text
        for match in SENTENCE_END.finditer(text):
            cut = match.start() + 1
            if ABBREVIATION_END.search(text, max(0, cut - 12), cut):
                continue
            if NUMBER_BEFORE_STOP.search(text, max(0, cut - 20), cut):
                continue
            if MONTH_BEFORE_STOP.search(text, max(0, cut - 12), cut) and DATE_AFTER_STOP.match(
                text, match.end()
            ):
                continue
            yield match.end()
        previous = 0
        for match in PARAGRAPH_BREAK.finditer(text):
            before = text[previous : match.start()].rstrip()
            last_break = before.rfind("\n")
            paragraph = before[last_break + 1 :]
            nxt = text[match.end() : match.end() + 1]
            # ``before`` ends in no whitespace, so "$" can only hold after its last character
            ending = JOINED_PARAGRAPH_END.search(before, max(0, len(before) - 1))
            joined = ending is not None and (
                nxt.islower()
                or (
                    len(paragraph) > JOIN_MIN_PARAGRAPH
                    and DANGLING_WORD_END.search(before) is not None
                )
            )
            if not joined:
                yield match.end()
            previous = match.end()
        for match in LINE_BREAK_BOUNDARY.finditer(text):
            yield match.end()

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset`` (sentences are sorted and do not overlap)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index][1]:
            return self.sentences[index]
        return offset, offset

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that lie wholly inside ``text[start:end]``."""
        spans = []
        for span in self.sentences[bisect_left(self._sentence_starts, start) :]:
            if span[1] > end:
                break
            spans.append(span)
        return spans

    def sentences_with(self, pattern: re.Pattern[str], *keywords: str) -> list[tuple[int, int]]:
        """The sentences in which ``pattern`` finds a match, cached per pattern.

        ``keywords``, lower case, are words every match of ``pattern`` holds one of: a
        sentence holding none is not searched.
        """
        if pattern not in self._matching_cache:
            text = self.text
            spans = self._sentences_holding(keywords) if keywords else self.sentences
            self._matching_cache[pattern] = [(a, b) for a, b in spans if pattern.search(text, a, b)]
        return self._matching_cache[pattern]

    def _sentences_holding(self, keywords: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sentences that hold one of ``keywords`` whole (as re.IGNORECASE finds them),
        from one scan of the text per keyword rather than a search in every sentence."""
        if not all(keywords):  # "" is in every sentence
            return self.sentences
        sentences, starts = self.sentences, self._sentence_starts
        holding: set[int] = set()
        for keyword in keywords:
            find = self._finder(keyword)
            start = find(0)
            while start >= 0:
                index = bisect_right(starts, start) - 1
                if index >= 0 and start + len(keyword) <= sentences[index][1]:
                    holding.add(index)
                    start = find(sentences[index][1])  # on to the next sentence
                else:
                    start = find(start + 1)
        return [sentences[index] for index in sorted(holding)]

    def _finder(self, keyword: str) -> Callable[[int], int]:
        """Where ``keyword`` next occurs from a position on (-1: nowhere), as re.IGNORECASE
        matches it: str.find in the lower-cased text where that gives the same answer."""
        lowered = self._lowered
        if lowered is not None and keyword.isascii() and keyword.isalpha() and keyword.islower():
            return partial(lowered.find, keyword)
        pattern, text = _keyword_pattern((keyword,)), self.text

        def find(pos: int) -> int:
            found = pattern.search(text, pos)
            return -1 if found is None else found.start()

        return find

    @cached_property
    def _lowered(self) -> str | None:
        """The text lower-cased, where a lower-case ASCII word is found at the offsets
        re.IGNORECASE finds it; None when the text holds a character the re module also
        matches to an ASCII letter that str.lower() does not turn into one (İ, ı, ſ)."""
        if any(char in self.text for char in _OTHER_ASCII_FOLDS):
            return None
        return self.text.lower()

    @cached_property
    def sections(self) -> list[Section]:
        """Headed sections in text order; each ends where a heading of its level or above starts."""
        heads: list[tuple[str, str, int, int, int]] = []
        last_letter = ""
        for match in _headings(self.text):
            title = match.group("title").strip()
            if not _heading_like(title):
                continue
            number = match.group("num")
            level = _level(number, last_letter)
            if level == _LETTER:
                last_letter = number.strip("().").lower()
            heads.append((number, title, level, match.start("num"), match.end()))
        # each section ends at the next heading of its level or above: one pass from the end,
        # keeping the headings that can still end an earlier one
        ends = [len(self.text)] * len(heads)
        stack: list[tuple[int, int]] = []  # (level, start), nearest last
        for index in range(len(heads) - 1, -1, -1):
            level = heads[index][2]
            while stack and stack[-1][0] > level:
                stack.pop()
            if stack:
                ends[index] = stack[-1][1]
            stack.append((level, heads[index][3]))
        return [
            Section(number, title, level, start, body, end)
            for (number, title, level, start, body), end in zip(heads, ends, strict=True)
        ]

    def sections_titled(self, pattern: re.Pattern[str]) -> list[Section]:
        return [s for s in self.sections if pattern.search(s.title)]

    def children(self, parent: Section) -> list[Section]:
        return [
            s
            for s in self.sections
            if parent.start < s.start < parent.end and s.level > parent.level
        ]

    # -- entities ---------------------------------------------------------------
    def entities(self, start: int, end: int, labels: Collection[str] | None = None) -> list[Found]:
        """spaCy candidates inside ``text[start:end]`` (cached per span), offsets in ``text``."""
        key = (start, end)
        if key not in self._entity_cache:
            self._entity_cache[key] = list(self._find(start, end))
        found = self._entity_cache[key]
        return found if labels is None else [f for f in found if f.label in labels]

    def _find(self, start: int, end: int) -> Iterator[Found]:
        for piece_start in range(start, end, MAX_SPAN_CHARS):
            piece_end = min(end, piece_start + MAX_SPAN_CHARS)
            try:
                candidates = find_entities(self.text[piece_start:piece_end])
            except InputTooLargeError:  # pragma: no cover - MAX_SPAN_CHARS is far below the cap
                continue
            for cand in candidates:
                yield _shifted(cand, piece_start)


#: Where a heading can start, as HEADING's lookbehind allows: after a line break, or after
#: "." or ":" and one or two whitespace characters (and at the start of the text).
_AFTER_BREAK_OR_STOP = re.compile(r"\n|[.:]\s")
_WHITESPACE = re.compile(r"\s")


def _headings(text: str) -> list[re.Match[str]]:
    """``HEADING.finditer(text)``, tried only where its lookbehind can hold (not at every
    character): the same matches, in a third of the time on long agreements."""
    starts = {0}
    for found in _AFTER_BREAK_OR_STOP.finditer(text):
        end = found.end()
        starts.add(end)
        if found.group() != "\n" and _WHITESPACE.match(text, end):
            starts.add(end + 1)
    matches: list[re.Match[str]] = []
    last = 0
    for start in sorted(starts):
        if start >= last and (match := HEADING.match(text, start)) is not None:
            matches.append(match)
            last = match.end()
    return matches


@cache
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in keywords), re.IGNORECASE)


def _shifted(cand: Candidate, base: int) -> Found:
    return Found(cand.label, base + cand.start, base + cand.end, cand.text, cand.value)


def _heading_like(title: str) -> bool:
    words = [w for w in title.replace(",", " ").split() if w.isalpha() or w[:1].isalpha()]
    if not words or len(words) > 20:
        return False
    content = [w for w in words if w.lower() not in HEADING_SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[:1].isupper())
    return capitalised / len(content) >= 0.75


def _level(number: str, last_letter: str) -> int:
    core = number.strip()
    if core[:1] in "AaSs" and core[:3].lower() in ("art", "sec"):
        return _ARTICLE
    if core.startswith("("):
        inner = core.strip("()")
        if inner.isdigit():
            return _DIGIT
        roman = set(inner) <= set("ivx")
        if roman and not (len(inner) == 1 and last_letter and ord(inner) == ord(last_letter) + 1):
            return _ROMAN
        return _LETTER
    if core[:1].isalpha():
        return _LETTER
    return _TOP + core.rstrip(".").count(".")
