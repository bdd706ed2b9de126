"""Normalised text of one document, with a map back to lines of the input file."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["NormText", "TextBuilder"]


@dataclass(frozen=True, slots=True)
class NormText:
    """Clean text plus anchors: at ``anchor_offsets[i]`` the text comes from
    ``anchor_lines[i]`` (1-based line of the input file) onwards."""

    text: str
    anchor_offsets: tuple[int, ...] = ()
    anchor_lines: tuple[int, ...] = ()

    def line_at(self, offset: int) -> int | None:
        """The input-file line the character at ``offset`` comes from."""
        i = bisect_right(self.anchor_offsets, offset) - 1
        return self.anchor_lines[i] if i >= 0 else None


@dataclass(slots=True)
class TextBuilder:
    """Accumulates text pieces and their source lines; pieces are never re-split."""

    parts: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    length: int = 0

    def add(self, piece: str, line: int | None = None) -> None:
        if not piece:
            return
        if line is not None and (not self.lines or self.lines[-1] != line):
            self.offsets.append(self.length)
            self.lines.append(line)
        self.parts.append(piece)
        self.length += len(piece)

    def build(self) -> NormText:
        return NormText("".join(self.parts), tuple(self.offsets), tuple(self.lines))
