"""Item 5.02: officer changes, the people, positions and agreements an item reports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from sec8k.rules import lexicon
from sec8k.rules.data import load_words

__all__ = [
    "AGE_AFTER",
    "AGREEMENT_DATE_BEFORE",
    "AGREEMENT_MENTION",
    "BIOGRAPHY_BEFORE",
    "BOARD_SEAT",
    "CHANGE_CUES",
    "CHANGE_EFFECTIVE_BEFORE",
    "COMPANY_AFTER",
    "CONDITION_BEFORE_CHANGE",
    "DATE_LIST_JOIN",
    "EXHIBIT_REFERENCE",
    "FULL_NAME",
    "GENERIC_TITLES",
    "HONORIFIC",
    "HYPOTHETICAL_BEFORE",
    "NAME_INTRO_BEFORE",
    "NAME_LIST_JOIN",
    "NAME_VERB_AFTER",
    "NOT_CHANGE_DATE_BEFORE",
    "NOT_PERSON_WORDS",
    "OF_BEFORE_NAME",
    "POSITION_APPOSITIVE",
    "POSITION_AS",
    "SUCCEEDED_BEFORE",
    "SUCCEED_OTHER_AS",
    "TITLE_HEADS",
    "TITLE_HEAD_WORD",
    "TITLE_SPLIT",
]

_DATA: Final = Path(__file__).with_name("data")

#: "Mr. Smith", "Ms. O’Brien", "Dr. Harari": a reference to a person by surname.
HONORIFIC: Final = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Messrs|Mmes)\.?\s+(?P<last>[A-Z][A-Za-z'’-]+)")
#: A run of capitalised words that may be a person's full name ("Richard D. Smith", "Deirdre O’Brien").
FULL_NAME: Final = re.compile(
    r"\b(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>(?:[A-Z]\.\s+)?[A-Z][a-zà-öø-ÿ'’]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]*['’]?[A-Z][a-zà-öø-ÿ]+|[A-Z][a-zà-öø-ÿ'’]+)){1,3})\b"
)
#: Words that are never part of a person's name (titles, bodies, company words: a line each in
#: data/not_person_words.jsonl), and the months.
NOT_PERSON_WORDS: Final = frozenset(
    [*load_words(_DATA / "not_person_words.jsonl"), *lexicon.MONTH_NAMES]
)
#: After a run of capitalised words: the suffix that makes it a company ("Meta Platforms, Inc.").
COMPANY_AFTER: Final = re.compile(
    r"\s*,?\s*(?:Inc|Corp|Corporation|Company|LLC|L\.L\.C|Ltd|Limited|LP|L\.P|plc|N\.A|S\.A|AG|GmbH)\b\.?"
)
#: After a full name: ", age 47", ", 61,", "(age 50)" — the way filings introduce a person.
AGE_AFTER: Final = re.compile(
    r"\s*(?:,\s*(?:age\s+|aged\s+)?\d{2}\s*(?:years\s+old)?\s*[,.)]|\(\s*age\s+\d{2}\s*\))",
    re.IGNORECASE,
)
#: Before a full name: the verbs that introduce the person an item reports on.
NAME_INTRO_BEFORE: Final = re.compile(
    r"(?:\b(?:appointed|elected|named|promoted|hired|engaged|succeeded\s+by|appointment\s+of|election\s+of|"
    r"departure\s+of|resignation\s+of|retirement\s+of|with|that|and)"
    # pay for an officer who keeps the post: "an increase in the base salary of", "awarded a
    # cash bonus of $150,000 to", "approved a grant of 10,000 restricted shares for"
    r"|\b(?:salary|salaries|compensation|bonus(?:es)?|awards?|grants?|raise|increase)\b[^.;:]{0,40}?"
    r"\b(?:of|to|for))\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+|Dr\.\s+)?$",
    re.IGNORECASE,
)
#: After a full name: the verbs that say what happened to the person.
NAME_VERB_AFTER: Final = re.compile(
    r"^(?:[^.;]|\.(?!\s+[A-Z])){0,160}?\b(?:resign\w*|retir\w*|notified|stepped\s+down|step\s+down|will\s+depart|depart\w*|"
    r"was\s+appointed|has\s+been\s+(?:appointed|elected|named)|will\s+(?:leave|become|join|assume|transition)|"
    r"transitioned|terminated|was\s+elected|became|joined|informed)\b",
    re.IGNORECASE,
)
#: Change kind -> the words that report it, in order of precedence for a person.
CHANGE_CUES: Final = (
    ("retirement", re.compile(r"\bretir(?:e|es|ed|ing|ement)\b", re.IGNORECASE)),
    (
        "departure",
        re.compile(
            r"\bresign\w*|\bdepart(?:s|ed|ing|ures?)?\b|\bstep(?:s|ped)?\s+down\b|\bwill\s+(?:be\s+)?leav(?:e|ing)\b|\bleave\s+(?:his|her|the)\s+position|"
            r"\bterminat\w+\s+(?:his|her)?\s*employment|\bemployment\b[^.]{0,40}\bwill\s+terminate|\bseparation\b(?!(?:\s+[\w-]+){0,4}\s+agreements?\b)|"
            r"\brelinquish\w*|\btransition(?:ed)?\s+from\b|\bno\s+longer\s+(?:serve|be)s?\b|\bsucceeded\s+by\b|"
            r"\bwill\s+transition\s+from\b|\bcease\w*\s+to\s+(?:serve|be)\b|"
            r"\b(?:not|declined?|declining)\s+to\s+(?:stand|seek)\s+(?:for\s+)?re-?election\b|"
            r"\bnot\s+(?:stand|seek)\s+(?:for\s+)?re-?election\b",
            re.IGNORECASE,
        ),
    ),
    (
        "election",
        re.compile(
            r"\belect(?:s|ed|ion)?\b(?!\s+(?:not\s+)?to\s+(?:retire|resign|terminate|receive|defer|convert|exercise))",
            re.IGNORECASE,
        ),
    ),
    (
        "appointment",
        re.compile(
            r"\bappoint\w*|\bnamed\b|\bpromot\w*|\bhired?\b|\bassum\w+\s+the\s+(?:role|duties|position)|\bwill\s+become\b|"
            r"\bbecame\b|\bto\s+succeed\b|\bsucceeds\b|\bwill\s+serve\s+as\b|\bjoin\w*\s+(?:the\s+)?(?:company|board|executive\s+team)",
            re.IGNORECASE,
        ),
    ),
    (
        "compensation",
        re.compile(
            r"\bsalary\b|\bbonus\b|\bcompensat\w*(?!\s+(?:and\s+[\w&]+\s+(?:[\w&]+\s+)?)?Committee)|\bawards?\b|"
            r"\b(?:employment|consulting|separation|retention|severance|"
            r"transition)\s+(?:and\s+\w+\s+)?agreements?\b|\brestricted\s+stock\b|\bretainer\b|\bequity\b",
            re.IGNORECASE,
        ),
    ),
)
#: "resignation of", "departure of" right before a name: the change is that person's.
OF_BEFORE_NAME: Final = re.compile(r"\s+of\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+|Dr\.\s+)?(?=[A-Z])")
#: Before a change word that is only a possibility: "until her retirement", "her earlier resignation",
#: "the right to retire", "upon his death or resignation".
HYPOTHETICAL_BEFORE: Final = re.compile(
    r"\b(?:earlier|until|upon|in\s+the\s+event\s+of|if|unless|any|right\s+to|prior\s+to|following|after|may|might|could|"
    r"in\s+connection\s+with|death\s+or|termination\s+or)\s+(?:(?:his|her|their|the|a|such)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Before a change word: a condition on a person, so what follows is a term, not a change
#: ("if Mr. Banks resigns for good reason", "forfeited if (i) Mr. Iger voluntarily terminates",
#: "in the event that Mr. Mehrotra is terminated without cause or resigns for good reason",
#: "should he (i) voluntarily terminate his employment", "if within one year from his start
#: date Mr. Benjamin voluntarily terminates employment").
CONDITION_BEFORE_CHANGE: Final = re.compile(
    r"\b(?:if|unless|should|in\s+the\s+event(?:\s+that)?)\s+(?:\(\w{1,4}\)\s+)?(?:within\s+[^,;.]{0,40}?\s+)?"
    r"(?:he|she|they|(?:Mr|Ms|Mrs|Dr)\.\s+[A-Z][\w'’-]+)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
#: After an election word: the board seat that makes it an election of a director; an
#: officer "elected Co-Presidents of the Firm" without one is appointed.
BOARD_SEAT: Final = re.compile(r"\b(?:directors?|board|trustees?)\b", re.IGNORECASE)
#: Names in one list ("A, B, C and D"): an introduced name introduces its neighbours.
NAME_LIST_JOIN: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: Before a date that is not the date of a change: an agreement's own date ("dated as of
#: October 6, 2011"), the filing date of an earlier report ("Form 8-K filed by BlackRock, Inc.
#: ... on October 3, 2022") and the ends of an extended term ("to extend the period ... from
#: July 2, 2019 to December 31, 2021", "will expire on January 19, 2028"), and a reporting
#: period ("for the year ended").
NOT_CHANGE_DATE_BEFORE: Final = re.compile(
    r"(?:\bdated(?:\s+as\s+of)?|\b(?:Current\s+Report|Form\s+8-K)\b[^;]{0,80}?\bon"
    r"|\bextend\w*\b[^;]{0,200}?\b(?:from|to|until|through)|\bfrom\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s+to"
    r"|\b(?:year|quarter|period|months)\s+ended|\b(?:expire|expires|expiring|ending)\s+on)\s+$",
    re.IGNORECASE,
)
#: Between two dates of one list ("January 19, 2028 (with respect to Mr. Ball) and July 8, 2026").
DATE_LIST_JOIN: Final = re.compile(r"\s*(?:\([^()]{0,120}\)\s*)?,?\s*(?:and|or)\s+")
#: Before the date a change takes effect: "effective", "effective as of", "effective on".
CHANGE_EFFECTIVE_BEFORE: Final = re.compile(
    r"\beffective(?:\s+(?:as\s+of|on|from))?\s+$", re.IGNORECASE
)
#: Before an 'as' whose title is a past post, in the same clause: "served as", "has been
#: serving as", "formerly", "prior to joining ... as", "joined the Company on January 28, 2021
#: as", "20 years of experience ..., including most recently as".
BIOGRAPHY_BEFORE: Final = re.compile(
    r"\b(?:served|serving|formerly|former|previously|prior|(?:was|were|had\s+been|has\s+been)"
    r"(?!\s+(?:appointed|named|elected|promoted|hired)\b)|held|"
    r"joined|worked|began|since|until|experience|recently|career)\b[^.;]*$",
    re.IGNORECASE,
)
#: A title's head word: what makes a run of capitalised words a position. The words are a line
#: each in data/title_heads.jsonl, tried in file order (a space there is any run of spaces);
#: "Chief ... Officer" comes first and "a member of" last.
TITLE_HEADS: Final = load_words(_DATA / "title_heads.jsonl")
_TITLE_HEAD: Final = (
    r"(?:Chief\s+[A-Z][a-z]+\s+Officer|"
    + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in TITLE_HEADS)
    + r"|(?<=\ba\s)member(?=\s+of))"
)
_TITLE: Final = (
    r"(?:(?:[A-Z][\w&-]*\.?|of|and|the)\s+){0,6}?"
    + _TITLE_HEAD
    + r"(?:\s+of\s+(?:the\s+)?(?:Board(?:\s+of\s+Directors)?|[A-Z]\w+(?:\s+(?:&\s+)?[A-Z]\w+){0,2}))?"
    # a business after a comma, itself followed by one: "Senior Vice President, Retail + People,"
    + r"(?:,\s+(?!and\b)[A-Z][\w&-]*(?:\s+(?:[+&]\s+)?[A-Z][\w&-]*){0,2}(?=\s*,))?"
)
#: "appointed B to succeed Mr. Kent as President": the 'as' after the person succeeded names
#: the appointed person's post ...
SUCCEED_OTHER_AS: Final = re.compile(
    r"\bsucceed(?:s)?\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?=as\b)"
)
#: ... and not the succeeded person's, whose mention follows "succeed".
SUCCEEDED_BEFORE: Final = re.compile(r"\bsucceed(?:s|ed|ing)?\s+$", re.IGNORECASE)
#: ", the Company's Executive Chairman of the Board and Chief Financial Officer," after a name.
POSITION_APPOSITIVE: Final = re.compile(
    r"\s*,\s*(?:(?:the|its|our|their)\s+)?(?:(?:Company|Registrant|[A-Z][\w.&-]*)['’]s\s+)?(?:current\s+|then[- ]current\s+)?"
    r"(?P<titles>" + _TITLE + r"(?:\s*,?\s*(?:and\s+)?" + _TITLE + r"){0,3})"
)
#: "as (its|the Company's) Chief Financial Officer", "role of General Counsel", "position as ...".
POSITION_AS: Final = re.compile(
    r"\b(?:as|role\s+of|position\s+(?:of|as)|serve\s+as|become)\s+(?:(?:the|its|our|a|an)\s+)?(?:(?:Company|Registrant|[A-Z][\w.&-]*)['’]s\s+)?(?:new\s+)?"
    r"(?P<titles>" + _TITLE + r"(?:\s*,?\s*(?:and\s+)?" + _TITLE + r"){0,3})"
)
#: Words that name no post on their own ("to serve ... as an officer and board member").
GENERIC_TITLES: Final = frozenset({"officer", "executive"})
#: Where a list of titles splits: " and ", ", ".
TITLE_SPLIT: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
TITLE_HEAD_WORD: Final = re.compile(_TITLE_HEAD)
#: An agreement an item names: "Consulting Agreement", "separation and release agreement".
AGREEMENT_MENTION: Final = re.compile(
    r"\b(?P<title>(?:(?!(?:The|This|A|An|Such|Its|His|Her|Each|Any|That)\b)[A-Z][a-z]+\s+){0,3}?(?:(?i:consulting|employment|separation|release|retention|"
    r"severance|transition|offer|bonus|letter|advisory|services?|change\s+in\s+control))(?:\s+(?:and\s+)?(?i:release))?\s+(?i:agreement|letter))\b"
)
#: "filed as Exhibit 10.2", "attached as Exhibit 10.1".
EXHIBIT_REFERENCE: Final = re.compile(r"\bExhibit\s+(?P<number>\d{1,3}(?:\.\d{1,3})?)\b")
#: Before the date an agreement was made: "On", "dated (as of)", "entered into on".
AGREEMENT_DATE_BEFORE: Final = re.compile(
    r"(?:\bOn|\b[Dd]ated(?:\s+as\s+of)?|\bentered\s+into\s+on|\b[Ee]ffective)\s+$"
)
