"""Pieces several cue modules build on: the ignore-case flag and month-name alternations."""

from __future__ import annotations

import re
from typing import Final

from sec8k.rules.dates import MONTH_WORD

__all__: list[str] = []

_I: Final = re.IGNORECASE
#: A month's full name (the case of the pattern using it decides).
_MONTH_NAME: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: A month's name or its abbreviation, any case (one definition: the dates module's).
_MONTH: Final = MONTH_WORD
