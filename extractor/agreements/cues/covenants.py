"""Covenants: change in control, non-competition, confidentiality."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I

__all__ = [
    "BUSINESS_RESTRICTION",
    "CIC_DEFINITION",
    "CIC_HEADING",
    "CONFIDENTIALITY",
    "CONFIDENTIALITY_HEADING",
    "FREEDOM_NOT",
    "NONCOMPETE_HEADING",
    "NONCOMPETE_SENTENCE",
    "NON_COMPETE_LENGTH",
    "OWNERSHIP_ALLOWED",
    "SCOPE",
    "SURVIVES",
    "WHILE_CLAUSE",
]

CIC_HEADING: Final = re.compile(r"\bchange\s+(?:in|of)\s+control\b", _I)
CIC_DEFINITION: Final = re.compile(
    r"[\"“]change\s+(?:in|of)\s+control[^\"”]{0,40}[\"”]\s*(?:shall\s+(?:be\s+deemed\s+to\s+)?(?:mean|have\s+occurred)|means|will\s+mean|is\s+defined|shall\s+include)",
    _I,
)
NONCOMPETE_HEADING: Final = re.compile(
    r"\b(?:non-?\s?compet\w*|restrictive\s+covenants?|covenant\s+not\s+to\s+compete|competition|competitive\s+activit\w+)\b",
    _I,
)
#: A promise not to compete: "shall not ... compete", "agrees not to ... competing", "neither ...
#: shall ... compete", "No Participant will engage in any business ... competitive", "non-compete".
NONCOMPETE_SENTENCE: Final = re.compile(
    r"\b(?:shall|will|may|agrees?\s+(?:that\s+\w+\s+(?:shall|will)\s+)?)\s+not\b[^.]{0,250}?\bcompet(?!en)\w*"
    r"|\bnot\s+to\b[^.]{0,200}?\bcompet(?!en)\w*|\bneither\b[^.]{0,100}?\b(?:shall|will)\b[^.]{0,200}?\bcompet(?!en)\w*"
    r"|\bnor\s+(?:shall|will)\b[^.]{0,200}?\bcompet(?!en)\w*"
    r"|\bno\s+(?:[\w-]+\s+){1,2}?(?:shall|will)\s+(?:directly\s+or\s+indirectly\s+)?engage\b[^.]{0,200}?\bcompet(?!en)\w*"
    r"|\bnon-?\s?compet\w*|\bprohibit\w*\s+competition\b|\bCompeting\s+Business\b",
    _I,
)
#: A negation that leaves competition free, right where a promise not to compete would start: "shall
#: not prevent either party from developing or acquiring or selling competing Products", "will not
#: serve to impair the right of either party ... to independently develop ... products ... that may
#: be competitive", "Excite will not be required to disclose".
FREEDOM_NOT: Final = re.compile(
    r"(?:shall|will|may)\s+not\s+(?:\w+\s+){0,2}?(?:prevent|restrict|preclude|prohibit|impair|limit|"
    r"be\s+required|serve\s+to\s+impair)\b",
    _I,
)
#: A promise bounded by the term not to do business in a field, without the word "compete": "During
#: the Term of this Agreement, FCE will not conduct any Work using Generation 1 Technology", "During
#: the term of this Agreement, ... neither OntoChem nor any of its Affiliates will discover,
#: research, develop, manufacture or commercialize", "Until expiration or earlier termination of the
#: Agreement, DIALOG agrees that it and its Affiliates will not ... sell, distribute". The business
#: verb follows the promise within a few words ("agrees not to appoint any other licensees for the
#: distribution" is about licensees, not a field of business). "VerticalNet shall not place advertising
#: relating to the commercial printing entities" restricts advertising.
BUSINESS_RESTRICTION: Final = re.compile(
    r"\b(?:during|throughout|until\s+(?:the\s+)?(?:expiration|termination))\s+(?:the\s+|this\s+)?"
    r"(?:(?:initial\s+)?term|agreement|exclusive\s+period|(?:expiration|termination)\b)[^.;]{0,160}?"
    r"\b(?:(?:shall|will)\s+not|agrees?\s+(?:that\s+[^.;]{0,60}?)?(?:not\s+to|(?:shall|will)\s+not)"
    r"|neither\b[^.;]{0,80}?\b(?:shall|will))"
    r"(?:\s+[\w(),'’-]+){0,3}?\s+(?:discover|research|develop|manufactur|commerciali[sz]|market|distribut|sell|engage\s+in|"
    r"conduct|promote|advertis|endorse|represent|enter\s+into\s+(?:an?|any)\s+(?:\w+\s+){0,2}?agreement)\w*",
    _I,
)
#: "While the Consultant is a Consultant of the Company", "during the Term".
WHILE_CLAUSE: Final = re.compile(
    r"\b(?:while|during|for\s+so\s+long\s+as|throughout)\s+(?:the\s+)?[^,;()]{3,120}",
    _I,
)
NON_COMPETE_LENGTH: Final = re.compile(
    r"\b(?:after|following|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:termination|expiration|the\s+end|cessation|separation)\b",
    _I,
)
#: "in the geographical area where the Company does business (...)".
SCOPE: Final = re.compile(
    r"\b(?:in|within)\s+(?:the\s+)?(?:geographic(?:al)?\s+area|territory|United\s+States|world|any\s+(?:county|state|country))[^;]{0,200}?(?=\s+whether\b|,\s+(?:or|and)\s+\(|;|\.\s|$)",
    _I,
)
#: "in excess of 5%", "not more than 2%", "less than 1%" of ownership.
OWNERSHIP_ALLOWED: Final = re.compile(
    r"\b(?:in\s+excess\s+of|more\s+than|less\s+than|up\s+to|not\s+(?:more|greater)\s+than|exceeding)\s+$",
    _I,
)
CONFIDENTIALITY_HEADING: Final = re.compile(r"\bconfidential\w*|\bnon-?disclosure\b", _I)
CONFIDENTIALITY: Final = re.compile(
    r"\b(?:shall|will|agrees?\s+to)\s+(?:not\s+disclose|keep\s+(?:\w+\s+){0,3}confidential|hold\s+(?:\w+\s+){0,3}(?:in\s+)?confiden\w+)"
    r"|\bConfidential\s+Information\b[^.]{0,120}\bnot\s+(?:disclose|use)",
    _I,
)
SURVIVES: Final = re.compile(r"\bsurviv\w+\b", _I)
