"""The words that tell an acquisition's parts apart, compiled once, in one place.

spaCy finds the candidates (ORG, MONEY, SHARES, PERCENT, DATE, DEFINED_TERM);
these cues decide which candidate fills which field. Patterns used with
``Pattern.match(text, pos)`` start without ``^``, which would pin them to offset 0.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATION_END",
    "ALL_OUTSTANDING",
    "CASH_AFTER",
    "CASH_BEFORE",
    "COMPANY_WORDS",
    "CONSIDERATION_SENTENCE",
    "CONTINGENT",
    "EVENT",
    "EXHIBIT_PARTIES",
    "LOCATION",
    "PER_SHARE_AFTER",
    "SHARE_CLASS",
    "STAKE_AFTER",
    "SUBSIDIARY",
    "TOTAL_BEFORE",
]

_I = re.IGNORECASE
#: The verb phrase of an event, with the kind it announces.
EVENT = re.compile(
    r"\b(?P<merger>merged with|merger (?:of|with|agreement)|consummated the merger|completed (?:its |the )?merger)\b"
    r"|\b(?P<disposition>sold|completed (?:its |the )?(?:sale|disposition|divestiture)|sale of|disposed of|"
    r"divested|disposition of|spin-?off|spun off|distribution of all)\b"
    r"|\b(?P<acquisition>acquired|acquisition of|purchased|completed (?:its |the )?(?:acquisition|purchase)|"
    r"agreed to acquire|to acquire|purchase of)\b",
    _I,
)
#: "the Company", "we", "the Registrant": the filer itself.
COMPANY_WORDS = re.compile(r"\b(?:the Company|the Registrant|we|our company)\b", _I)
SUBSIDIARY = re.compile(
    r"\bthrough (?:its|a|one of its) (?:newly[- ]formed )?(?:wholly[- ]owned |indirect |direct )*subsidiar(?:y|ies),?\s*$",
    _I,
)
#: "100% of the stock of", "all of the outstanding shares of".
STAKE_AFTER = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?(?:capital\s+)?"
    r"(?:stock|shares|equity|membership|partnership|ownership|interests?)",
    _I,
)
ALL_OUTSTANDING = re.compile(
    r"\ball (?:of )?the (?:issued and )?outstanding (?:capital )?(?:stock|shares|equity interests|membership interests|"
    r"partnership interests|common stock)",
    _I,
)
LOCATION = re.compile(
    r"\s*,?\s*(?:\([^)]{1,60}\)\s*,?\s*)?(?:a company |which is )?(?:headquartered|located|based) in "
    r"(?P<place>[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|de|del))*)",
)
TOTAL_BEFORE = re.compile(
    r"\b(?:purchase price|aggregate (?:purchase price|consideration)|total (?:purchase price|consideration)|"
    r"consideration (?:paid|of)|sale price|sales price|for (?:a total of |an aggregate of |total consideration of )?)"
    r"[^.$€£¥]{0,40}$",
    _I,
)
CASH_AFTER = re.compile(r"^\s*(?:of|in)\s+cash\b|^\s*cash\b", _I)
CASH_BEFORE = re.compile(
    r"\bcash (?:payment|consideration|portion)?\s*(?:of|totaling|totalling)?\s*$", _I
)
PER_SHARE_AFTER = re.compile(r"^\s*per share\b", _I)
CONSIDERATION_SENTENCE = re.compile(
    r"purchase price|consideration|consisting of|issued|issuance|paid|in exchange for|payable", _I
)
SHARE_CLASS = re.compile(
    r"(?:class [a-z] )?(?:common stock|preferred stock|ordinary shares|common shares|common units)",
    _I,
)
CONTINGENT = re.compile(
    r"\bearn-?outs?\b|\bcontingent (?:consideration|payments?)\b|\bmilestone payments?\b"
    r"|\badditional (?:amounts|consideration|payments?|purchase price)\b[^.]{0,160}\b(?:based (?:up)?on|if|upon|subject to|contingent)\b",
    _I,
)
#: "by and between A and B" in an exhibit description (the purchase agreement).
EXHIBIT_PARTIES = re.compile(
    r"\b(?:by and )?(?:between|among)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)(?:,|\s+dated\b|\s*\(|$)", _I
)
#: Words after which a full stop does not end a sentence.
ABBREVIATION_END = re.compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Mrs|Dr|No|Nos|St|Jr|Sr|N\.V|B\.V|S\.A|L\.P|U\.S|S\.p\.A|plc|approx|Sec)|\b[A-Z])\.$"
)
