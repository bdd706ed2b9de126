"""Rule data kept as JSONL, checked line by line with a Pydantic model when it is loaded.

Each data file holds one JSON object per line; the caller names the model a line must fit
(unknown keys are refused). A line that is not JSON or does not fit raises
:class:`~sec8k.errors.PatternError` naming ``file:line`` and the reason, so a bad edit to a
word list fails at load time instead of silently never matching.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic import ValidationError as PydanticValidationError

from sec8k.errors import PatternError

__all__ = ["DataLine", "WordLine", "load_lines", "load_words"]


class DataLine(BaseModel):
    """Base of every data-file line: frozen, no unknown keys, an optional ``note`` (why)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    note: str = ""


class WordLine(DataLine):
    """One entry of a word list: ``{"word": "Inc", "note": "..."}``."""

    word: str = Field(min_length=1)

    @field_validator("word")
    @classmethod
    def _no_outer_space(cls, value: str) -> str:
        if value != value.strip():
            raise ValueError("a word has no leading or trailing spaces")
        return value


Line = TypeVar("Line", bound=DataLine)


def load_lines(path: Path, model: type[Line]) -> list[Line]:
    """Every non-blank line of ``path`` as a ``model``, in file order."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise PatternError(str(path), f"cannot read the data file ({error})") from error
    out: list[Line] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            out.append(model.model_validate(json.loads(line)))
        except json.JSONDecodeError as error:
            raise PatternError(
                where, f"not valid JSON ({error.msg}); one object per line"
            ) from error
        except PydanticValidationError as error:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in error.errors()
            )
            raise PatternError(where, f"{problems} (got {line.strip()[:80]!r})") from error
    if not out:
        raise PatternError(str(path), "the data file is empty; reinstall sec8k")
    return out


def load_words(path: Path) -> tuple[str, ...]:
    """A checked word list: its words in file order, each once (a repeat is an error)."""
    words: dict[str, int] = {}
    for index, line in enumerate(load_lines(path, WordLine), start=1):
        if line.word in words:
            raise PatternError(str(path), f"{line.word!r} is listed twice")
        words[line.word] = index
    return tuple(words)
