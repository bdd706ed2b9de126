"""Source's shortcuts give what the plain scans give: on every CUAD contract (and the seed).

``sentences_with`` skips sentences that hold none of a pattern's words; the words must be in
every match, or a clause would go unread. ``sentence_at`` and ``sentences_in`` use bisection.
"""

from __future__ import annotations

from pathlib import Path

from sec8k.agreements.cues.law import ARBITRATION
from sec8k.agreements.cues.terms import (
    RENEWAL,
    RENEWAL_WORDS,
    TERM_CLAUSE,
    TERM_CLAUSE_WORDS,
    TERM_SENTENCE,
    TERM_SENTENCE_WORDS,
)
from sec8k.agreements.source import Source
from tests.conftest import SAMPLES

PATTERNS = [
    (TERM_CLAUSE, TERM_CLAUSE_WORDS),
    (TERM_SENTENCE, TERM_SENTENCE_WORDS),
    (RENEWAL, RENEWAL_WORDS),
    (ARBITRATION, ("arbitrat",)),
]


def _texts(corpus: Path) -> list[str]:
    files = sorted((corpus / "cuad" / "txt").glob("*.txt"))[::7]  # 71 of 494, all kinds
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    return [*texts, (SAMPLES / "allied-motion-2011" / "filing.txt").read_text(encoding="utf-8")]


def test_sentences_with_finds_every_sentence_the_pattern_matches(corpus: Path) -> None:
    for text in _texts(corpus):
        src = Source("x.txt", text)
        for pattern, words in PATTERNS:
            plain = [s for s in src.sentences if pattern.search(text, *s)]
            assert src.sentences_with(pattern, *words) == plain, pattern.pattern[:60]


def test_sentence_lookups_match_the_plain_scans(corpus: Path) -> None:
    for text in _texts(corpus)[:20]:
        src = Source("x.txt", text)
        for offset in range(0, len(text), 97):
            plain = next(((a, b) for a, b in src.sentences if a <= offset < b), (offset, offset))
            assert src.sentence_at(offset) == plain
        for start in range(0, len(text), 1009):
            end = start + 3000
            plain_in = [(a, b) for a, b in src.sentences if a >= start and b <= end]
            assert src.sentences_in(start, end) == plain_in


def test_each_section_ends_at_the_next_heading_of_its_level_or_above(corpus: Path) -> None:
    for text in _texts(corpus):
        sections = Source("x.txt", text).sections
        for index, section in enumerate(sections):
            later = [s.start for s in sections[index + 1 :] if s.level <= section.level]
            assert section.end == (later[0] if later else len(text))
