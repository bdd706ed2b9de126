"""Agreement terms from exhibits and standalone contracts (officer changes: :mod:`sec8k.officers`).

Finding and building stay apart: :mod:`~sec8k.agreements.cues` (one module per topic)
holds the named regexes that find clauses, ``data/kinds.jsonl`` the checked classification rules,
and spaCy (:mod:`sec8k.rules`) the typed values inside each clause.
"""

from sec8k.agreements.extract import extract_agreements, read_agreement
from sec8k.agreements.kinds import classify, is_agreement_opening
from sec8k.agreements.source import Source

__all__ = [
    "Source",
    "classify",
    "extract_agreements",
    "is_agreement_opening",
    "read_agreement",
]
