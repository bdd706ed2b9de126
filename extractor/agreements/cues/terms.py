"""The term, its renewal, and how and when the agreement terminates."""

from __future__ import annotations

import re
from typing import Final

from extractor.agreements.cues._shared import _I

__all__ = [
    "BY_PARTY",
    "CURE",
    "EFFECTIVE_BEFORE",
    "EITHER_PARTY",
    "END_DATE_BEFORE",
    "FOR_DURATION_BEFORE",
    "LUMP_SUM",
    "NOTICE_AFTER",
    "PAYMENT_OBJECT",
    "RENEWAL",
    "RENEWAL_AUTOMATIC",
    "RENEWAL_SUBJECT",
    "TERMINATION_HEADING",
    "TERMINATION_SENTENCE",
    "TERM_HEADING",
    "TERM_SENTENCE",
    "TRIGGERS",
    "WITHIN_BEFORE",
]

TERM_SENTENCE: Final = re.compile(
    r"\b(?:term\s+of\s+(?:this|the)\b|the\s+term\b|initial\s+term|\"Term\"|“Term”|"
    r"(?:shall|will)\s+(?:commence|continue|remain\s+in\s+(?:full\s+)?(?:force|effect)|extend|expire)|"
    r"contract\s+period|services?\s+term|engagement\s+period|period\s+of\s+(?:employment|engagement))",
    _I,
)
#: Just before a term's length: "for", "for a period of", "of", "extend for".
FOR_DURATION_BEFORE: Final = re.compile(
    r"\b(?:for|of|extend\s+for|continue\s+for|last\s+for|period\s+of)\s+(?:an?\s+)?(?:(?:initial|minimum|maximum|additional|further|fixed)\s+)?(?:(?:term|period)\s+of\s+)?$",
    _I,
)
#: Just before an end date: "until", "through", "ending on", "expire on".
END_DATE_BEFORE: Final = re.compile(
    r"\b(?:until|till|through|to\s+and\s+including|ending\s+on|ends?\s+on|expir\w*\s+on|terminat\w*\s+on|to)\s+$",
    _I,
)
#: A heading of the term clause.
TERM_HEADING: Final = re.compile(r"(?:term|duration|period)\b", _I)
#: What a renewal sentence must be about.
RENEWAL_SUBJECT: Final = re.compile(r"\b(?:term|agreement|period)\b", _I)
#: "effective as of" right before a date.
EFFECTIVE_BEFORE: Final = re.compile(r"\beffective\b[^.]{0,50}$", _I)
RENEWAL: Final = re.compile(
    r"\b(?:renew\w*|successive|automatically\s+extend\w*|extended\s+automatically)\b", _I
)
RENEWAL_AUTOMATIC: Final = re.compile(r"\bautomatic\w*\b", _I)

# -- termination ---------------------------------------------------------------------
TERMINATION_HEADING: Final = re.compile(r"\bterminat\w*|\bseverance\b|\bresignation\b", _I)
TERMINATION_SENTENCE: Final = re.compile(r"\bterminat\w*\b", _I)
#: Trigger name -> what names it in a heading or clause (order: the specific before the general).
TRIGGERS: Final = (
    (
        "without_cause",
        re.compile(
            r"\b(?:other\s+than\s+(?:for\s+)?cause|without\s+cause|for\s+any\s+reason\s+other\s+than\s+(?:for\s+)?cause|not\s+for\s+cause)\b",
            _I,
        ),
    ),
    ("for_cause", re.compile(r"(?<!other than )(?<!without )\b(?:for\s+cause|with\s+cause)\b", _I)),
    ("death", re.compile(r"\bdeath\b", _I)),
    ("disability", re.compile(r"\b(?:disabilit\w+|incapacity)\b", _I)),
    ("change_in_control", re.compile(r"\bchange\s+(?:in|of)\s+control\b", _I)),
    ("good_reason", re.compile(r"\bgood\s+reason\b", _I)),
    ("breach", re.compile(r"\b(?:material\s+breach|breach\s+of)\b", _I)),
    (
        "notice",
        re.compile(
            r"\bnotice\s+of\s+termination\b|\beither\s+(?:party|the\s+\w+\s+or\s+the\s+\w+)\s+may\s+terminate\b",
            _I,
        ),
    ),
    (
        "voluntary",
        re.compile(
            r"\btermination\s+by\s+(?:the\s+)?(?!(?:the|company|employer|corporation|bank|either|any)\b)[a-z]+\b|\bresign\w*\b",
            _I,
        ),
    ),
)
#: "Either party may terminate", "Either the Consultant or the Company may terminate".
EITHER_PARTY: Final = re.compile(r"\beither\s+(?:party|the\s+\w+\s+or\s+the\s+\w+)\b", _I)
#: "Termination by the Company", "at the option of the Company".
BY_PARTY: Final = re.compile(
    r"\b(?:[Tt]erminat\w*|[Rr]esign\w*)\s+by\s+(?:the\s+)?(?P<role>[A-Z][a-z]+)\b|\boption\s+of\s+(?:the\s+)?(?P<option>[A-Z][a-z]+)\b"
)
LUMP_SUM: Final = re.compile(r"\blump[\s-]sum\b", _I)
#: Just before a payment period: "within", "no later than".
WITHIN_BEFORE: Final = re.compile(r"\b(?:within|no\s+later\s+than|not\s+later\s+than)\s+$", _I)
#: "continue uncorrected for a period of", "cure", "remedy".
CURE: Final = re.compile(r"\b(?:uncorrected|uncured|cure[ds]?|remed(?:y|ied)|correct(?:ed)?)\b", _I)
#: After a duration: "prior written notice", "notice".
NOTICE_AFTER: Final = re.compile(
    r"\s*(?:\'|’)?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice\b", _I
)
#: "shall pay (to) (the) Consultant <what>".
PAYMENT_OBJECT: Final = re.compile(
    r"\b(?:shall|will)\s+(?:pay|receive)\s+(?:to\s+)?(?:(?:the\s+)?[A-Z][a-z]+\s+(?=(?:a|an|one|the|all|any|his|her|its|such)\b))?"
    r"(?P<what>(?:[^.]|\.(?=\d))+)",
)
