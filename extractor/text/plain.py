"""Plain-text and Markdown renderings -> normalised text.

Lines are repaired one by one (entities, escapes, emphasis), page numbers and
running page marks are dropped, old SGML layout tags (<PAGE>, <S>, <C>, <TABLE>)
removed, and words that a PDF/HTML conversion split in two ("pr ice",
"connecti on") are joined when the joined word occurs elsewhere in the same
document and one of the pieces does not.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from sec8k.text.document import NormText, TextBuilder
from sec8k.text.repair import NOISE_LINE, collapse_spaces, repair_text

__all__ = ["normalise_text"]

#: Layout tags of 1990s EDGAR text documents.
_SGML_LAYOUT = re.compile(r"</?(?:PAGE|S|C|FN|CAPTION|TABLE|F\d+|R\d+)>", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_ONE_LETTER_WORDS = frozenset({"a", "i"})
#: Minimum length of a joined word before we trust a join.
MIN_JOINED_LENGTH = 2
#: NOISE_LINE matches nothing longer on a cleaned line, whose whitespace runs are one
#: " " or "\t" ("table of contents", 17 characters, is the longest), except a "<PAGE>"
#: line: longer lines without "<" are not tried.
_NOISE_MAX_CHARS = 32


def _rejoin_split_words(lines: list[str]) -> list[str]:
    # Lazily, match by match: a line of a million words must not become a list of them.
    vocab = Counter(m.group().lower() for line in lines for m in _WORD.finditer(line))

    def is_word(piece: str) -> bool:
        piece = piece.lower()
        return vocab[piece] > 1 and (len(piece) > 1 or piece in _ONE_LETTER_WORDS)

    def rejoin(line: str) -> str:
        out: list[str] = []
        last = 0
        for left, right in pairwise(_WORD.finditer(line)):
            if left.start() < last or line[left.end() : right.start()] != " ":
                continue
            joined = (left.group() + right.group()).lower()
            if (
                len(joined) >= MIN_JOINED_LENGTH
                and right.group()[0].islower()
                and vocab[joined] > 0
                and not (is_word(left.group()) and is_word(right.group()))
            ):
                out.append(line[last : left.end()])
                last = right.start()
        out.append(line[last:])
        return "".join(out)

    return [rejoin(line) for line in lines]


def normalise_text(
    raw: str, *, first_line: int = 1, markdown: bool = False, rejoin: bool = False
) -> NormText:
    """Normalise a text document that starts at ``first_line`` of the input file.

    ``rejoin`` repairs words split by a conversion (renderings, PDF text); EDGAR's
    own text documents do not need it.
    """
    kept: list[tuple[int, str]] = []
    if "<" in raw:
        raw = _SGML_LAYOUT.sub("", raw)
    raw = repair_text(raw, markdown=markdown)
    for number, line in enumerate(raw.splitlines(), start=first_line):
        if "\t" in line:
            cells = (collapse_spaces(cell) for cell in line.split("\t"))
            cleaned = "\t".join(cell for cell in cells if cell)
        else:
            cleaned = collapse_spaces(line)
        if (
            cleaned
            and (len(cleaned) <= _NOISE_MAX_CHARS or "<" in cleaned)
            and NOISE_LINE.match(cleaned)
        ):
            continue
        kept.append((number, cleaned))
    texts = [t for _, t in kept]
    if rejoin:
        texts = _rejoin_split_words(texts)
    builder = TextBuilder()
    blank = True
    for (number, _), text in zip(kept, texts, strict=True):
        if not text:
            if not blank:
                builder.add("\n")
            blank = True
            continue
        builder.add(text + "\n", number)
        blank = False
    return builder.build()
