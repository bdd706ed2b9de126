"""Agreement terms from exhibits and standalone contracts, and officer changes from Item 5.02.

Finding and building stay apart: :mod:`~sec8k.agreements.cues` holds the named
regexes that find clauses, ``data/kinds.jsonl`` the checked classification rules,
and spaCy (:mod:`sec8k.rules`) the typed values inside each clause.
"""

from sec8k.agreements.extract import extract_agreements, read_agreement
from sec8k.agreements.kinds import classify, is_agreement_opening
from sec8k.agreements.officers import extract_officer_changes
from sec8k.agreements.source import Source

__all__ = [
    "Source",
    "classify",
    "extract_agreements",
    "extract_officer_changes",
    "is_agreement_opening",
    "read_agreement",
]
