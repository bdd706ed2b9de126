"""Agreement terms from exhibits and standalone contracts, and officer changes from Item 5.02.

Finding and building stay apart: :mod:`~extractor.agreements.cues` holds the named
regexes that find clauses, ``data/kinds.jsonl`` the checked classification rules,
and spaCy (:mod:`extractor.rules`) the typed values inside each clause.
"""

from extractor.agreements.extract import extract_agreements, read_agreement
from extractor.agreements.kinds import classify, is_agreement_opening
from extractor.agreements.officers import extract_officer_changes
from extractor.agreements.source import Source

__all__ = [
    "Source",
    "classify",
    "extract_agreements",
    "extract_officer_changes",
    "is_agreement_opening",
    "read_agreement",
]
