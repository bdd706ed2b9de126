"""The term, its renewal, and how and when the agreement terminates."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I
from sec8k.rules.dates import ORDINAL_DAYS

__all__ = [
    "ANNIVERSARY",
    "BY_PARTY",
    "CURE",
    "EARLIER_OF",
    "EFFECTIVE_BEFORE",
    "EITHER_PARTY",
    "END_DATE_BEFORE",
    "FOR_DURATION_BEFORE",
    "INDEFINITE_TERM",
    "LATER_OF",
    "LENGTH_BEFORE",
    "LENGTH_FROM",
    "LUMP_SUM",
    "NOTICE_AFTER",
    "PAYMENT_OBJECT",
    "PERIOD_SENTENCE",
    "RENEWAL",
    "RENEWAL_AUTOMATIC",
    "RENEWAL_SUBJECT",
    "RENEWAL_WORDS",
    "START_BEFORE",
    "START_DATE_BEFORE",
    "TERMINATION_HEADING",
    "TERMINATION_SENTENCE",
    "TERM_CLAUSE",
    "TERM_CLAUSE_WORDS",
    "TERM_HEADING",
    "TERM_SENTENCE",
    "TERM_SENTENCE_WORDS",
    "TRIGGERS",
    "WITHIN_BEFORE",
]

#: A sentence about a term. The defined term in quotes ('(the "Term")') needs no word boundary
#: before its quote; "Term:" and "Term shall mean" open a term clause too.
TERM_SENTENCE: Final = re.compile(
    r"\b(?:term\s+of\s+(?:this|the)\b|the\s+term\b|initial\s+term|term\s*:|term\s+shall\s+mean|"
    r"(?:shall|will)\s+(?:commence|begin|continue|remain\s+in\s+(?:full\s+)?(?:force|effect)|extend|expire)|"
    r"contract\s+period|services?\s+term|engagement\s+period|period\s+of\s+(?:employment|engagement))"
    r"|[\"“]Term[\"”]",
    _I,
)
#: Every match of TERM_SENTENCE holds one of these words (a sentence without is not searched).
TERM_SENTENCE_WORDS: Final = (
    "term",
    "commence",
    "begin",
    "continue",
    "remain",
    "extend",
    "expire",
    "period",
)
#: A term with no end but a party's act: "shall remain in effect until terminated by either party",
#: "shall continue indefinitely", "until either party terminates it".
INDEFINITE_TERM: Final = re.compile(
    r"\b(?:continue|remain|be)\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+"
    r"(?:indefinitely|until\s+(?:it\s+is\s+)?(?:terminated|cancell?ed)|until\s+(?:either|one|any)\s+"
    r"(?:party|of\s+the\s+parties)\s+terminates)\b"
    r"|\b(?:continue|remain)\s+(?:indefinitely|until\s+(?:it\s+is\s+)?terminated)\b"
    r"|\bfor\s+an\s+indefinite\s+(?:term|period)\b",
    _I,
)
#: The agreement's own term clause: "This Agreement shall commence", "the term of this Agreement
#: shall be", "The Initial Term will", "Initial Term shall mean", "this Agreement continues in effect".
TERM_CLAUSE: Final = re.compile(
    r"(?<!\bof\s)\b(?:this\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract)|the\s+(?:initial\s+)?term(?:\s+of\s+"
    r"(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract))?|initial\s+term)"
    r"(?:\s*\([^)]{0,40}\))?\s+(?:shall|will|is|continues|commences|expires|remains|terminates|ends|mean)\b",
    _I,
)
#: Every match of TERM_CLAUSE holds one of these words.
TERM_CLAUSE_WORDS: Final = ("agreement", "contract", "term")
#: A sentence about a year or quarter the agreement counts in, not its term: "the first Fiscal Year
#: shall commence on the Effective Date and end on March 31, 2018", '"Calendar Year" means'.
PERIOD_SENTENCE: Final = re.compile(
    r"\b(?:fiscal|calendar|contract|lease|license|royalty|agreement)\s+(?:year|quarter)s?\b[\"”]?"
    r"(?:\s+of\s+the\s+term)?\s+(?:shall|will|means|is)\b",
    _I,
)
#: Just before a term's length: "for", "for a period of", "of", "extend for".
FOR_DURATION_BEFORE: Final = re.compile(
    r"\b(?:for|of|extend\s+for|continue\s+for|last\s+for|period\s+of)\s+(?:an?\s+)?(?:(?:initial|minimum|maximum|additional|further|fixed)\s+)?(?:(?:term|period)\s+of\s+)?$",
    _I,
)
#: Just before an end date: "until", "through", "ending on", "expire on".
END_DATE_BEFORE: Final = re.compile(
    r"\b(?:until|till|through|to\s+and\s+including|ending(?:\s+on)?|ends?\s+(?:on|at)|expir\w*(?:\s+(?:on|upon))?|"
    r"terminat\w*(?:\s+on)?|conclud\w*(?:\s+on)?|to)\s+$",
    _I,
)

# -- a term counted from a date the clause names ----------------------------------------
#: What a term's length runs from: the defined Effective Date, the agreement's own date
#: ("the date hereof", "the date first above written", "the date of the signing of this
#: agreement"), or a date the clause named just before ("such date").
_START: Final = (
    r"(?:the\s+)?(?:(?P<effective>Effective\s+Date)\b"
    r"|(?P<hereof>(?i:date\s+(?:hereof|above|of\s+this\s+(?:agreement|document|contract)"
    r"|first\s+(?:above\s+)?(?:written|set\s+forth|stated)(?:\s+above)?(?:\s+written)?"
    r"|of\s+(?:the\s+)?(?:execution|signing)(?:\s+of\s+this\s+(?:agreement|contract))?))\b)"
    r"|(?P<back>(?i:such|that)\s+date)\b)"
)
#: Right after a term's length: what it runs from ("three (3) years from the Effective Date",
#: "12 months thereafter"); ``other`` is a start the rule does not know ("following the
#: Launch Date", "to commence on the tentative launch date"), and ``before`` a length counted
#: back ("thirty (30) days prior to the deadline"): either stops the rule.
LENGTH_FROM: Final = re.compile(
    r"\s*(?:(?P<thereafter>thereafter)\b|(?P<before>(?i:prior\s+to|before|preceding))\b"
    r"|(?i:from\s+and\s+after|from|after|following|subsequent\s+to"
    r"|(?:to\s+)?(?:commenc|begin|start)\w*\s+(?:on|with|from))\s+(?:"
    + _START
    + r"|(?P<other>\S)))"
)
#: Before a term's length, the start the clause gives it: "shall commence on the Effective Date
#: and continue for", "shall begin on the date hereof ... and shall continue for", "shall be
#: effective as of the date first set forth above and".
START_BEFORE: Final = re.compile(
    r"\b(?i:commenc\w*|begin\w*|start\w*|effective|take\s+effect|in\s+effect)\s+"
    r"(?i:(?:on|as\s+of|upon|from|with)\s+)?" + _START
)
#: Just before a start date written out: "shall commence on June 1, 1998", "commencing on",
#: "shall come into force as of January 1, 2013".
START_DATE_BEFORE: Final = re.compile(
    r"\b(?:commenc\w*|begin\w*|start\w*|effective|come\s+into\s+(?:force|effect)|take\s+effect)\s+"
    r"(?:on\s+|as\s+of\s+|from\s+|upon\s+)?(?:the\s+)?$",
    _I,
)
_ORDINAL: Final = "|".join(
    word.replace("-", "[- ]?") for word in sorted(ORDINAL_DAYS, key=len, reverse=True)
)
#: "the fifth (5th) anniversary of the Effective Date", "the four (4) year anniversary of",
#: "the day prior to the second anniversary of": a length in years from a start.
ANNIVERSARY: Final = re.compile(
    r"(?P<prior>\b(?i:(?:the\s+)?(?:day|date)\s+(?:immediately\s+)?(?:prior\s+to|before|preceding))\s+)?"
    r"\b(?i:the)\s+(?P<nth>(?:(?P<ordinal>(?i:" + _ORDINAL + r"))\b"
    r"(?:\s*\(\s*\d{1,2}\s?(?:s\s?t|n\s?d|r\s?d|t\s?h)?\s*\))?"
    r"|[a-z]+(?:-[a-z]+)?\s*\(\s*(?P<paren>\d{1,2})\s*\)"
    r"|(?P<digits>\d{1,2})\s?(?:s\s?t|n\s?d|r\s?d|t\s?h))"
    r"\s+(?i:(?:year\s+)?anniversary))\s+(?i:of)\s+" + _START
)
#: Before an anniversary that is one of two ends, after the end cue: "shall continue in effect until
#: the earlier of (a) the fifth (5th) anniversary", "shall expire upon the earlier of (i) the first
#: anniversary".
EARLIER_OF: Final = re.compile(
    r"\b(?:the\s+)?(?:earlier|sooner|first\s+to\s+occur)\s+of\s*:?\s*(?:\(?[a-z0-9]{1,3}\)\s*)?$",
    _I,
)
#: Before a length the term may run for, besides :data:`FOR_DURATION_BEFORE`: "shall be five (5)
#: years following", "until one (1) year subsequent to", "expires in five (5) years from".
LENGTH_BEFORE: Final = re.compile(r"\b(?:be|until|in)\s+(?:an?\s+)?(?:period\s+of\s+)?$", _I)
#: The end is the later of a date and an event, or a minimum: the date is not the end.
LATER_OF: Final = re.compile(
    r"\blater\s+of\b|\bwhichever\s+(?:is|occurs|shall\s+occur)\s+(?:later|last)\b|\bat\s+least\b",
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
#: Every match of RENEWAL holds one of these words.
RENEWAL_WORDS: Final = ("renew", "successive", "automatically")
RENEWAL_AUTOMATIC: Final = re.compile(r"\bautomatic\w*\b", _I)

# -- termination ---------------------------------------------------------------------
TERMINATION_HEADING: Final = re.compile(r"\bterminat\w*|\bseverance\b|\bresignation\b", _I)
TERMINATION_SENTENCE: Final = re.compile(
    r"\bterminat\w*\b|\b(?:end|cancel)\s+this\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract)\b", _I
)
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
            r"\bnotice\s+of\s+termination\b|\beither\s+(?:party|the\s+\w+\s+or\s+the\s+\w+)\s+may\s+terminate\b|"
            r"\bmay\s+(?:terminate|end|cancel)\s+this\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract)\b"
            r"[^.;]{0,80}?\bnotice\b",
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
