"""The preamble's parties: 'between', defined roles, where a name starts and ends, cover pages, labels, letters."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues._shared import _I, _MONTH_NAME

__all__ = [
    "AND_SPLIT",
    "BETWEEN",
    "BETWEEN_THE_PARTIES",
    "COMMA_BEFORE",
    "COVER_AND",
    "COVER_AND_NEXT",
    "COVER_BETWEEN",
    "COVER_ROLE",
    "FIGURE_NAME",
    "HEREINAFTER_TERM",
    "NAME_CONNECTIVE",
    "NAME_JOINERS",
    "NAME_LIKE",
    "NAME_RUN_PREFIX",
    "NOT_IN_NAME",
    "NOT_NAME_START",
    "PAREN_TERM",
    "PARTY_DESCRIPTOR",
    "PARTY_LABEL",
    "PARTY_LABEL_END",
    "PARTY_LEAD",
    "PARTY_LIST_END",
    "PERSON_NAME",
    "PIECE_SPLIT",
    "PREAMBLE_END",
    "QUOTED_TERM",
    "RECITAL",
    "RECITALS_START",
    "SALUTATION",
    "SIGNATORY_TITLE_LEAD",
    "STREET_START",
    "TRAILING_DATE",
    "TRAILING_PARTY",
]

BETWEEN: Final = re.compile(
    r"\b(?:entered\s+into\s+)?(?:by\s+and\s+)?(?:between|among|amongst)\b|\bentered\s+into\s+by\b",
    _I,
)
#: A parenthesised group naming a defined term: '("REIT" or the "Company")', '(together with its
#: affiliates, "Baz")', 'Smolyansky("Individual")'. The rule layer's DEFINED_TERM covers the
#: plain forms; this catches the rest in a preamble.
PAREN_TERM: Final = re.compile(
    r"\((?P<inner>[^()]{0,200}?[\"“”‘'](?P<term>[^\"“”‘’']{1,50})[\"”“’'][^()]{0,80}?)\)"
)
#: A definition without its opening bracket: 'PA 19087 hereinafter referred to as "CUTANEA")'.
HEREINAFTER_TERM: Final = re.compile(
    r"\bhereinafter\s+(?:\w+\s+){0,3}?(?:referred\s+to\s+)?(?:as\s+)?(?:the\s+)?[\"“](?P<term>[^\"“”]{1,50})[\"”]\)?",
    _I,
)
#: Every quoted term inside such a group.
QUOTED_TERM: Final = re.compile(r"[\"“”‘'](?P<term>[^\"“”‘’']{1,50}?)[,.]?[\"”“’']")
#: "between the parties": the parties are listed after the sentence.
BETWEEN_THE_PARTIES: Final = re.compile(
    r"\bbetween\s+the\s+parties\b(?!\s+(?:named|identified|listed))", _I
)
#: What opens the body after a preamble: recitals, "NOW, THEREFORE", a first numbered clause.
PREAMBLE_END: Final = re.compile(
    r"(?:WHEREAS|RECITALS?|BACKGROUND|NOW,?\s+THEREFORE|AGREED\s+TERMS|IT\s+IS\s+AGREED|1\.\s|ARTICLE|Article\s+1\b)"
)
#: What may stand before a party's name: separators, list markers, a "PARTIES" label.
PARTY_LEAD: Final = re.compile(
    r"[\s,;:)\-–—]*(?:and\b[\s,\-–—]*)?(?:PARTIES\s*:?\s*)?(?:\(?\d{1,2}\)|\(?[a-z]\))?[\s,;:]*"
)
#: A cover page line "Between" / "BY AND BETWEEN:" on its own.
COVER_BETWEEN: Final = re.compile(r"\s*(?:by\s+and\s+)?(?:between|among)\s*:?\s*", _I)
#: An "and" line between two cover-page parties.
COVER_AND: Final = re.compile(r"\s*[-–—]*\s*(?:and|AND)\s*:?\s*[-–—]*\s*")
#: What follows a cover-page party line when another party comes.
COVER_AND_NEXT: Final = re.compile(r"\s*[-–—]*\s*(?:and|AND)\b")
#: A role at the end of a cover-page line: "(as Company)", '("Licensee")'.
COVER_ROLE: Final = re.compile(
    r"\(\s*(?:as\s+|the\s+)?[\"“']?(?P<role>[A-Z][\w ]{1,40}?)[\"”']?\s*\)\s*$"
)
#: What separates parties in a list: ", and", ";".
AND_SPLIT: Final = re.compile(r"(?:[,;]?\s+and\s+|;\s*|,\s+and/or\s+)", _I)
#: A name on its own: capitalised words (and a few joiners), figures, suffix punctuation.
NAME_LIKE: Final = re.compile(
    r"[A-Z0-9][\w.&'’/-]*(?:,?\s+(?:[A-Z0-9][\w.&'’/-]*|of|and|the|de|du|la|von|van|der|&|dba|d/b/a)){0,8}\.?"
)
#: A name that starts with a figure: "695014 B.C. Ltd.", "3M Company".
FIGURE_NAME: Final = re.compile(r"\d[\w.,-]*\s+(?:[A-Z][\w.&'’-]*\s*){1,6}")
#: What a clause, not a name, starts with.
NOT_NAME_START: Final = re.compile(
    r"(?i:whereas|now|within|under|section|article|notwithstanding|in\s+witness|subject\s+to)\b|"
    r"(?:if|this|these|each|such|in|on|for|to|by|with|upon|all|any|as|at|from|where|which|who|that|it|we|you|a|an|of|and|or|"
    r"If|This|These|Each|Such|In|On|For|To|By|With|Upon|All|Any|As|At|From|Where|Which|Who|That|It|We|You|A|An)\b|"
    r"(?i:the)\s+[a-z]|[A-Z]\.\s|\d+\.\s"
)
#: A connective a name span may open with when a title line runs into the preamble:
#: "between PivX Corporation", "AND: CHONGQING ZONGSHEN ...", "by and between".
NAME_CONNECTIVE: Final = re.compile(
    r"(?:(?:by\s+and\s+)?(?:between|among|amongst)|and)\b[ \t]*:?\s*(?=[A-Za-z0-9])", _I
)
#: Capitalised words and joiners that run on into an organisation spaCy found: "ExxonMobil
#: Research and " before "Engineering Company", "LOUISVILLE GAS AND " before "ELECTRIC COMPANY".
NAME_RUN_PREFIX: Final = re.compile(
    r"(?:[A-Z0-9][\w.&'’/-]*[ \t]+(?:(?i:and|of|the|for)[ \t]+|&[ \t]+)?)+"
)
#: Where the recitals start inside a long opening sentence: "... identified in Schedule A,
#: WITNESSETH: WHEREAS, ... Telstra, (the "MOU" Parties") signed a Memorandum ...".
RECITALS_START: Final = re.compile(r"\bWITNESSETH\b", re.IGNORECASE)
#: A recital: "WHEREAS, telecommunication services are provided between and among Europe, ...".
RECITAL: Final = re.compile(r"\s*(?:WHEREAS|Whereas)\b")
#: A date at the end of a cover-page line, after the party's name: "FIBROGEN, INC. June 1, 2005".
TRAILING_DATE: Final = re.compile(r"[\s,]+" + _MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}\s*$", _I)
#: A comma (and spaces) right before a name: where a name may start after the last party's
#: description runs on ('("Buyer"), a Pennsylvania corporation, Gulf Houghton Lubricants Ltd.').
COMMA_BEFORE: Final = re.compile(r",\s*$")
#: A letter's salutation: "Ladies and Gentlemen:", "Dear Sirs:".
SALUTATION: Final = re.compile(
    r"\b(?:Dear\s+)?(?:Ladies\s+and\s+Gentlemen|Sirs?)\s*[:,]"
    r"|\bDear\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s*)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}\s*[:,]"
)
#: Where the street address after an addressee's name starts: "1701 K Street", "Suite 700", "P.O. Box".
STREET_START: Final = re.compile(
    r"[\s,]+(?=\d{1,6}[ \t]+[A-Z0-9]|(?:Suite|P\.?\s?O\.?\s+Box|c/o)\b)"
)
#: What a party's name never holds: the agreement's own title or a date ("DISTRIBUTION AND
#: SERVICES AGREEMENT January 18", "THIS AGREEMENT IS MADE ON THE 19 DAY OF MAY", "dated November 5").
NOT_IN_NAME: Final = re.compile(
    r"\b(?:agreement|contract|whereas|dated|day\s+of)\b|" + _MONTH_NAME + r"\s+\d|[:：]",
    _I,
)
#: A labelled party line, as contracts translated from Chinese open: "Party A: ZTO Express Co.,
#: Ltd. Address: ...", "Party B (Carrier): Tonglu Tongze Logistics Ltd.".
PARTY_LABEL: Final = re.compile(
    r"\bParty\s+(?P<letter>[A-F])\b[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[:：]\s*"
)
#: Where the name after a party label ends: the next label or field, a defined role in
#: brackets, a bracket in another script, the end of the line.
PARTY_LABEL_END: Final = re.compile(
    r"\s*\n|\s+(?=Party\s+[A-F]\b|(?:Registered|Registration|Legal|Business)?\s*Address\b|"
    r"Legal\s+[Rr]epresentative\b|Contact\b|Tel\b|Fax\b|Name\s*:)|\s*\(\s*[\"“]|\s*[(（](?=[^\x00-\x7f])"
)
#: A signatory's title (and the name before it) that an organisation's name runs into in a
#: signature block: "Authorized Signatory HPS MEZZANINE PARTNERS II, LLC",
#: "Kuesel Vice President APOLLO CAPITAL MANAGEMENT, L.P.".
SIGNATORY_TITLE_LEAD: Final = re.compile(
    r"[A-Z][\w.'’ -]{0,40}?\b(?:Authori[sz]ed\s+Signatory|President|Officer|Director|Secretary|Treasurer)"
    r"[ \t]*:?\s+(?=[A-Z0-9])"
)
#: Lower-case words a name may hold.
NAME_JOINERS: Final = frozenset(
    {
        "of",
        "and",
        "the",
        "de",
        "du",
        "la",
        "le",
        "von",
        "van",
        "der",
        "&",
        "dba",
        "d/b/a",
        "y",
        "e",
        "et",
        "for",
        "in",
    }
)
#: "and" before a last party that has no defined role.
TRAILING_PARTY: Final = re.compile(r"[\s),]*(?:and|&)\s+(?=[A-Za-z0-9])", _I)
#: Where a chunk before a defined term may hold a new name: 'and', ';', ':', a list marker, a blank line.
PIECE_SPLIT: Final = re.compile(
    r"(?:[,;]?\s+and\b[\s,]*|;\s*|:\s+|\n\s*\n\s*|,\s+and/or\s+|\s(?=\([a-z0-9]\)\s))", _I
)
#: Where a list of parties without defined roles ends.
PARTY_LIST_END: Final = re.compile(
    r"\b(?:dated|effective|for\s+the|with\s+respect|whereby|pursuant)\b|[.:]\s", _I
)
#: Where a party's description starts: ", a Colorado corporation", ", with offices at".
PARTY_DESCRIPTOR: Final = re.compile(
    r",?\s+(?:an?\s|is\s+an?\s|the\s+(?:laws|state)|with\s|having\s|whose\s|located\s|organized\s|organised\s|"
    r"of\s+(?=\[|\d)|residing\s|on\s+(?:her|his|its)\s+own|acting\s|"
    r"incorporated\s|existing\s|residing\s|domiciled\s|of\s+\d|an?\s*$|hereinafter|d/b/a|formerly)"
    r"|\s*\(|,\s*(?=\d)|,\s+(?:[A-Z][a-z]+\s+){1,3}(?:corporation|company|limited|partnership|bank|association)\b",
    _I,
)
#: A person's name: "Richard D. Smith", "Dr. Michael T. Murray, N.D".
PERSON_NAME: Final = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][A-Za-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){1,3}"
)
