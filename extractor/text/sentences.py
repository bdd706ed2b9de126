"""Where a full stop does not end a sentence: the one abbreviation list both extractors read.

The words live in ``data/abbreviations.jsonl`` (checked at load, :mod:`sec8k.rules.data`);
a new abbreviation is a new line there. A single capital, or a capital and one small
letter ("J.", "Wm."), is an initial and never ends a sentence either.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from sec8k.rules.data import load_words

__all__ = ["ABBREVIATIONS", "ABBREVIATION_END"]

ABBREVIATIONS: Final = load_words(Path(__file__).with_name("data") / "abbreviations.jsonl")
#: Text that ends with an abbreviation's full stop (search it in the few characters before a cut).
ABBREVIATION_END: Final = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(word) for word in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")|(?<![A-Za-z])[A-Z][a-z]?)\.$"
)
