"""Pay: compensation sections and sentences, what a money amount is paid for and per what, caps, benefits."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I

__all__ = [
    "BENEFIT_HEADING",
    "CAP_BEFORE",
    "COMPENSATION_HEADING",
    "COMPENSATION_SENTENCE",
    "COMPENSATION_WORD",
    "CURRENCY_HINT",
    "DOLLARS_DECLARED",
    "EXCLUDED_MONEY_SENTENCE",
    "NOT_PAY_BEFORE",
    "PAREN_FIGURES_AFTER",
    "PART_DUE_AFTER",
    "PAYABLE_AFTER",
    "PAY_KINDS",
    "PERIOD_LABEL_AFTER",
    "PERIOD_LABEL_BEFORE",
    "PERIOD_LABEL_CELL",
    "PERIOD_WORD_AFTER",
    "PERIOD_WORD_BEFORE",
    "PER_AFTER",
    "PER_THING",
    "PLAIN_DOLLAR",
    "RANGE_AFTER",
    "RANGE_BEFORE",
    "SEVERANCE_SENTENCE",
    "WORK_DAY",
]

COMPENSATION_HEADING: Final = re.compile(
    r"\b(?:compensation|fees?|remuneration|salary|payments?|consideration|royalt\w+|retainer|bonus)\b",
    _I,
)
COMPENSATION_SENTENCE: Final = re.compile(
    r"\b(?:pay|pays|paid|payable|payment|fees?|salary|compensation|remuneration|rate|royalt\w*|"
    r"retainer|bonus|installments?|honorarium|stipend|compensate)\b",
    _I,
)
#: Sentences whose money is not pay: expenses, insurance, liability, thresholds of other terms.
EXCLUDED_MONEY_SENTENCE: Final = re.compile(
    r"\b(?:reimburs\w+|expenses?|insurance|liabilit\w+|indemnif\w+|damages|net\s+sales|revenues?\s+of|"
    r"purchase\s+price|loan|note|principal|penalt\w+|deductible|coverage|policy)\b",
    _I,
)
#: A currency sign or word: a cheap test before asking spaCy for amounts.
CURRENCY_HINT: Final = re.compile(
    r"[$€£¥]|\b(?:dollars?|euros?|pounds\s+sterling)\b|"
    r"\b(?:USD|EUR|GBP|CHF|CAD|CDN|AUD|NZD|HKD|SGD|JPY|CNY|RMB|SEK|NOK|DKK|INR)(?![A-Za-z])",
    _I,
)
#: The agreement's own word on which dollar a bare "$" is: "All dollar amounts referred to in this
#: Agreement are in Canadian dollars", "all sums are expressed in Australian dollars".
DOLLARS_DECLARED: Final = re.compile(
    r"\ball\s+(?:dollar\s+)?(?:amounts|sums|payments|references\s+to\s+(?:dollars|\$))\b[^.;]{0,80}?"
    r"\b(?:are|is|shall\s+be|will\s+be|mean|refer\s+to)\s+(?:expressed\s+|stated\s+|payable\s+|"
    r"denominated\s+)?(?:in\s+)?(?P<name>(?:Canadian|Australian|New\s+Zealand|Singapore|Hong\s+Kong|"
    r"United\s+States|U\.S\.|US)\s+dollars)\b",
    _I,
)
#: A money text written with the bare "$" sign: the sign alone does not say which dollar.
PLAIN_DOLLAR: Final = re.compile(r"\\?\$\s?[\d.]")
#: After an amount that is one part of a total stated before it: "$50,000 due upon signing",
#: "$25,000 final balance payment due on ...".
PART_DUE_AFTER: Final = re.compile(
    r"\s*\)?\s*(?:(?:final|remaining|first|second|third|initial)\s+)?(?:balance\s+)?(?:payment\s+)?"
    r"(?:is\s+|shall\s+be\s+|will\s+be\s+)?(?:due|payable)\s+(?:upon|on|by|within|no\s+later|at)\b",
    _I,
)
#: Before an amount, the contract year it is for: "Second Contract Year (2019/20): $ 204,000".
PERIOD_LABEL_BEFORE: Final = re.compile(
    r"(?P<label>\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|\d{1,2}(?:st|nd|rd|th)?)\s+"
    r"(?:contract|agreement|license|licence|calendar|sponsorship)\s+year(?:\s*\([^()]{1,15}\))?)\s*[:\-–]?\s*$",
    _I,
)
#: A sentence of a termination clause that states a payment for the leaving itself.
SEVERANCE_SENTENCE: Final = re.compile(
    r"\b(?:severance|termination\s+(?:payment|fee)|separation\s+(?:payment|pay))\b", _I
)
#: Words that make a sentence about pay even when it also names expenses.
COMPENSATION_WORD: Final = re.compile(
    r"\b(?:fees?|salary|compensation|royalt\w*|retainer|bonus|remuneration|honorarium)\b", _I
)
#: Before an amount that is a threshold of something else, not pay.
NOT_PAY_BEFORE: Final = re.compile(
    r"\b(?:equals?|equal\s+to\s+or\s+exceeds?|exceeds?|in\s+excess\s+of|value\s+of|greater\s+than|less\s+than|"
    r"sales\s+of|revenues?\s+of|capitali[sz]ation\s+of|at\s+least|sell|sale\s+of|principal\s+amount\s+of|"
    r"by)\s*(?:an?\s+)?(?:approximately\s+)?$",
    _I,
)
#: After an amount that opens a band: "$2,000,001 to $3,500,000".
RANGE_AFTER: Final = re.compile(r"\s*(?:to|-|–|through)\s*(?:US)?[$€£]")
#: Before an amount that closes a band: "$2,000,001 to ".
RANGE_BEFORE: Final = re.compile(r"[$€£]\s?[\d,.]+\s*(?:to|-|–|through)\s*$")
#: The figures repeated after an amount in words: "fifty-five thousand dollars ($55,000USD)".
PAREN_FIGURES_AFTER: Final = re.compile(r"\s*\((?=[^()]*\d)[^()]{0,30}\)")
#: After an amount: "annual fee", "monthly retainer", "annually".
PERIOD_WORD_AFTER: Final = re.compile(
    r"\s*(?P<word>annual(?:ly)?|yearly|monthly|weekly|hourly|daily|quarterly)\b"
    r"(?:\s+(?:base\s+|consulting\s+|guaranteed\s+)?(?:fee|salary|retainer|rate|payment|compensation)s?\b)?",
    _I,
)
#: "per <thing>" for units outside the time words: "per appearance".
PER_THING: Final = re.compile(r"\b(?:per|each|every)\s+(?P<thing>[A-Za-z]+)", _I)
#: Kind of a payment by the words around it, in order of precedence.
PAY_KINDS: Final = (
    (
        "severance",
        re.compile(
            r"\b(?:severance|termination\s+(?:payment|fee|pay)|separation\s+(?:payment|pay))\b", _I
        ),
    ),
    (
        "signing",
        re.compile(r"\b(?:signing|sign-on|sign\s+on)\s+(?:fee|bonus|payment)s?\b", _I),
    ),
    ("royalty", re.compile(r"\broyalt\w*", _I)),
    ("salary", re.compile(r"\bsalary\b", _I)),
    ("bonus", re.compile(r"\bbonus\b", _I)),
    ("lump_sum", re.compile(r"\blump[\s-]sum\b", _I)),
    ("other", re.compile(r"\b(?:shall|will)\s+have\s+a\s+value\s+of\b", _I)),
    ("fee", re.compile(r"\b(?:fees?|retainer|honorarium|stipend)\b", _I)),
    (
        "installment",
        re.compile(
            r"\binstall?ments?\b|\bon\s+or\s+before\b|"
            r"\b(?:equal|consecutive)\s+(?:\w+\s+){0,2}payments\b",
            _I,
        ),
    ),
    ("rate", re.compile(r"\brate\b", _I)),
)
#: After an amount: "per month", "per additional Consulting hour", "an hour", "for each product".
PER_AFTER: Final = re.compile(
    r"\s*(?:USD|US\s?dollars)?\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:per|an|a|each|/|for\s+each|for\s+every|for\s+such|every|in\s+any|in\s+each|during\s+any|"
    r"during\s+each)\s+"
    r"(?P<unit>(?:additional\s+|calendar\s+|full\s+|contract\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:hour|day|week|month|quarter|year|annum|appearance|session|meeting|event|product|item|unit|visit|"
    r"engagement|round|tournament|Consulting\s+Day)s?)\b",
    _I,
)
#: Before an amount: "annual fee of", "monthly base consulting fee shall be", "hourly rate of".
PERIOD_WORD_BEFORE: Final = re.compile(
    r"\b(?P<word>annual(?:ly)?|yearly|monthly|weekly|hourly|daily|quarterly|semi-monthly)\b[^.$€£]{0,60}$",
    _I,
)
#: Before an amount: "not to exceed", "up to", "capped at", "maximum of".
CAP_BEFORE: Final = re.compile(
    r"\b(?:not\s+to\s+exceed|shall\s+not\s+exceed|will\s+not\s+exceed|not\s+exceed|up\s+to|capped\s+at|"
    r"cap\s+of|maximum\s+of|in\s+no\s+event\s+(?:more|greater)\s+than|no\s+more\s+than)\s*(?:an?\s+)?(?:aggregate\s+)?(?:of\s+)?$",
    _I,
)
#: After an amount: "in Contract Year 2011", "for the first 12-month period".
PERIOD_LABEL_AFTER: Final = re.compile(
    r"\s*(?:USD)?\s*(?:\)\s*)?(?:in|for|during)\s+(?P<label>(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|initial|final|last)\s+)?(?:contract|calendar|fiscal|agreement|service|"
    r"engagement)?\s*(?:year|period|term|month|quarter)(?:\s+\d{4}|\s+\d{1,2}(?!\d))?)",
    _I,
)
#: A table row's label cell: "For the first 12-month period:", "Contract Year 1".
PERIOD_LABEL_CELL: Final = re.compile(
    r"^\s*(?:for\s+)?(?:the\s+)?(?P<label>[^\t:]{2,60}?)\s*:?\s*$", _I
)
#: After an amount: "on or before July 1, 2011", "payable in 12 equal monthly installments".
PAYABLE_AFTER: Final = re.compile(
    r"\s*(?:USD)?\s*\)?\s*,?\s*(?P<when>(?:on\s+or\s+before|on|by|no\s+later\s+than|within|upon|"
    r"payable\s+(?:in|on|monthly|quarterly|annually)|in\s+\d+\s+equal)\b[^.;]{0,80})",
    _I,
)
#: "A Consulting Day is defined as any day during which Consultant spends five hours or more".
WORK_DAY: Final = re.compile(
    r"\b(?:[Aa]n?|[Ee]ach)\s+(?P<name>(?:Consulting|Work(?:ing)?|Business|Service)\s+Day)\s+(?:is|shall\s+be|means|"
    r"shall\s+mean)\b",
)
BENEFIT_HEADING: Final = re.compile(
    r"\b(?:benefits?|perquisites?|expenses?|vacation|paid\s+time\s+off|insurance|automobile|car|"
    r"home\s+office|office|equipment|health|medical|retirement\s+plan|pension|401\(k\)|relocation|housing|"
    r"travel|mileage|club|phone|allowance)\b",
    _I,
)
