"""Governing law, jurisdictions and arbitration."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I

__all__ = [
    "ARBITRATION",
    "ARBITRATION_RULES",
    "ARBITRATION_VENUE",
    "GOVERNING_LAW",
    "JURISDICTION_ACRONYMS",
    "JURISDICTION_NAMES",
    "LAWS_GOVERN",
    "LAWS_THEREOF",
    "LAW_CONTEXT_BAD",
    "LAW_CONTEXT_GOOD",
    "LAW_HEADING",
    "NOT_JURISDICTION",
    "PLACE_PREFIX",
    "US_STATES",
]

_PLACE: Final = (
    r"(?:(?i:the)\s+)?(?:(?i:state|commonwealth|province|republic|kingdom|canton|emirate|district|federal\s+republic|"
    r"people'?s\s+republic|special\s+administrative\s+region)\s+(?i:of)\s+)?"
    r"[A-Z][\w'’.]*(?:[ \t]+(?:of|and|the|[A-Z][\w'’.]*)){0,7}"
)
#: "governed by ... the laws of the State of Colorado", "construed in accordance with Ohio law".
GOVERNING_LAW: Final = re.compile(
    r"\b(?i:govern\w*|constru\w+|interpret\w*|enforc\w+|subject\s+to|with\s+reference\s+to|controlled|determined)\b"
    r"[^.;]{0,160}?(?:\b(?i:laws?|legislation|regulations)(?:\s+(?i:and)\s+(?:\w+\s+){0,2}?(?i:decisions|regulations))?"
    r"(?:,[^,.;]{1,50},)?\s+(?:(?i:in\s+force\s+))?(?:(?i:of|in)\s+|(?=(?i:state|commonwealth)\s+of\b))(?:(?i:and\s+in)\s+)?"
    r"(?P<place>" + _PLACE + r")"
    r"|\b(?P<adjective>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\s+(?i:laws?)\b(?!\s+(?i:of)\b))",
)
#: "The laws of the State of New York ... govern all matters".
LAWS_GOVERN: Final = re.compile(
    r"\b(?i:the\s+laws\s+of)\s+(?P<place>"
    + _PLACE
    + r")[^.;]{0,160}?\b(?i:govern|shall\s+(?:govern|apply)|will\s+(?:govern|apply))\b"
)
#: "made in the State of California and shall be governed by ... the laws thereof".
LAWS_THEREOF: Final = re.compile(
    r"\b(?i:made|entered\s+into|accepted|executed|performed)\s+(?:(?i:by\s+\w+\s+))?(?i:in)\s+(?P<place>"
    + _PLACE
    + r")"
    r"[^.;]{0,160}?\b(?i:laws?\s+thereof|laws\s+of\s+(?:that|such)\s+state)\b"
)
#: Words that make a law clause the agreement's own choice of law.
LAW_CONTEXT_GOOD: Final = re.compile(
    r"\b(?:this|the)\s+(?:agreement|contract|amendment|guarant\w+|letter)\b|\bhereunder\b|\bherein\b|\bhereof\b|\bhereto\b",
    _I,
)
#: Words of law clauses about something else: export, securities, taxes, compliance.
LAW_CONTEXT_BAD: Final = re.compile(
    r"\bexport\w*|\bsecurities\s+laws?|\btax\w*|\bcompl(?:y|iance)\b|\bapplicable\s+laws?\b|\bprivacy\b|"
    r"\bcorporation\s+(?:organized|duly)|\borganized\s+(?:and\s+existing\s+)?under\b|\bincorporated\s+under\b|\bexisting\s+under\b|"
    r"\bbankruptcy\b|\bstatute\s+of\s+limitations\b",
    _I,
)
#: A heading of the choice-of-law clause.
LAW_HEADING: Final = re.compile(
    r"governing\s+law|applicable\s+law|choice\s+of\s+law|governing\s+laws|jurisdiction", _I
)
#: "the State of " before a jurisdiction's name.
PLACE_PREFIX: Final = re.compile(
    r"(?:the\s+)?(?:(?:state|commonwealth|province|canton|emirate)\s+of\s+)?", _I
)
#: Words of authorities, rulebooks and common nouns that "the laws of ..." may name instead of a place.
NOT_JURISDICTION: Final = re.compile(
    r"\b(?:Commission|Securities|Exchange|Association|Authority|Board|Agency|Corporation|Company|Inc|Act|Code|"
    r"Rules?|Section|Countries|Country|Jurisdiction|Territory|Nations|Domiciliary|Party|Parties|Agreement|"
    r"League|Federation|Council|Bureau|Department|Office|Administration|Courts?|Arbitration|Dispute|Amendments?|"
    r"Borrowers?|Lenders?|Guarantors?|Sellers?|Buyers?|Purchasers?|Licensors?|Licensees?)\b|\bState$",
    _I,
)
#: Short upper-case names that are jurisdictions.
JURISDICTION_ACRONYMS: Final = frozenset(
    {"prc", "usa", "us", "u.s.", "u.s.a.", "uk", "u.k.", "uae", "hksar", "bvi", "r.o.c.", "roc"}
)
#: US states (and DC): "Ohio law", "New York law".
US_STATES: Final = frozenset(
    [
        *[
            "alabama",
            "alaska",
            "arizona",
            "arkansas",
            "california",
            "colorado",
            "connecticut",
            "delaware",
            "florida",
            "georgia",
            "hawaii",
            "idaho",
            "illinois",
            "indiana",
            "iowa",
            "kansas",
            "kentucky",
            "louisiana",
            "maine",
            "maryland",
            "massachusetts",
            "michigan",
            "minnesota",
            "mississippi",
            "missouri",
            "montana",
            "nebraska",
            "nevada",
            "ohio",
            "oklahoma",
            "oregon",
            "pennsylvania",
            "tennessee",
            "texas",
            "utah",
            "vermont",
            "virginia",
            "washington",
            "wisconsin",
            "wyoming",
        ],
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
        "district of columbia",
    ]
)
#: "Swiss law" -> Switzerland: adjectives and short names of jurisdictions.
JURISDICTION_NAMES: Final = {
    "swiss": "Switzerland",
    "english": "England",
    "israeli": "Israel",
    "german": "Germany",
    "french": "France",
    "dutch": "Netherlands",
    "japanese": "Japan",
    "chinese": "People's Republic of China",
    "prc": "People's Republic of China",
    "swedish": "Sweden",
    "irish": "Ireland",
    "korean": "Korea",
    "indian": "India",
    "italian": "Italy",
    "spanish": "Spain",
    "danish": "Denmark",
    "norwegian": "Norway",
    "finnish": "Finland",
    "austrian": "Austria",
    "belgian": "Belgium",
    "canadian": "Canada",
    "australian": "Australia",
    "scottish": "Scotland",
    "singaporean": "Singapore",
    "taiwanese": "Taiwan",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "luxembourgian": "Luxembourg",
    "cayman": "Cayman Islands",
    "bermudian": "Bermuda",
}
#: A clause that sends disputes to arbitration.
ARBITRATION: Final = re.compile(
    r"\b(?:by|to|through|in)\s+(?:binding\s+|final\s+)?(?:and\s+binding\s+)?arbitration\b|\barbitrat\w+\s+(?:shall|will)\b",
    _I,
)
ARBITRATION_VENUE: Final = re.compile(
    r"\b(?:arbitration|arbitrated|held|conducted|take\s+place|located)\b[^.]{0,40}?\bin\s+(?P<venue>(?:the\s+)?(?:City\s+and\s+County\s+of\s+|City\s+of\s+|County\s+of\s+)?"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)",
)
ARBITRATION_RULES: Final = re.compile(
    r"\b(?P<body>American\s+Arbitration\s+Association|AAA|JAMS|International\s+Chamber\s+of\s+Commerce|ICC|"
    r"London\s+Court\s+of\s+International\s+Arbitration|LCIA|UNCITRAL|Financial\s+Industry\s+Regulatory\s+Authority|FINRA|"
    r"International\s+Centre\s+for\s+Dispute\s+Resolution|Singapore\s+International\s+Arbitration\s+Centre|"
    r"Hong\s+Kong\s+International\s+Arbitration\s+Centre|China\s+International\s+Economic\s+and\s+Trade\s+Arbitration\s+Commission)\b",
)
