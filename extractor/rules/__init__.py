"""The shared rule layer: spaCy patterns that find amounts, dates and names, and the
normalisers that turn what they find into Money, Quantity and ISO dates.

Finding::

    find_amounts("... was \\$8.3 million, consisting of approximately \\$7.4 million ...")

returns :class:`Candidate` objects whose ``start``/``end`` index the text passed in.
Building works on its own too: ``parse_money("€53 million")``, ``parse_date("Dec. 30, 2010")``.
"""

from sec8k.rules.dates import parse_date
from sec8k.rules.finder import AMOUNT_LABELS, Candidate, find_amounts, find_entities
from sec8k.rules.loader import LABELS, Label, PatternSpec, load_pattern_file, load_patterns
from sec8k.rules.nlp import build_nlp, get_nlp
from sec8k.rules.numbers import parse_money, parse_number_words, parse_quantity
from sec8k.rules.terms import parse_defined_term, parse_org_name

__all__ = [
    "AMOUNT_LABELS",
    "LABELS",
    "Candidate",
    "Label",
    "PatternSpec",
    "build_nlp",
    "find_amounts",
    "find_entities",
    "get_nlp",
    "load_pattern_file",
    "load_patterns",
    "parse_date",
    "parse_defined_term",
    "parse_money",
    "parse_number_words",
    "parse_org_name",
    "parse_quantity",
]
