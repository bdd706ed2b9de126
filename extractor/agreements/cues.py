"""Every regular expression of the agreement extractor, named and compiled once.

spaCy (``extractor.rules.finder``) finds the typed values (money, dates, durations,
percentages, organisations, defined terms); these cues find the *places* that hold
them (a heading, a clause, a table row) and the words around a value that decide
what it is. Patterns used with ``Pattern.match(text, pos)`` start without ``^``.
"""

from __future__ import annotations

import re
from typing import Final

from extractor.rules import lexicon

__all__ = [
    "ABBREVIATION_END",
    "ADDRESS_END",
    "ADDRESS_LIKE",
    "AGE_AFTER",
    "AGREEMENT_DATE_BEFORE",
    "AGREEMENT_MENTION",
    "AGREEMENT_OPENING",
    "AGREEMENT_WORD",
    "AND_SPLIT",
    "ARBITRATION",
    "ARBITRATION_RULES",
    "ARBITRATION_VENUE",
    "AS_OF_EFFECTIVE",
    "BENEFIT_HEADING",
    "BETWEEN",
    "BETWEEN_THE_PARTIES",
    "BY_PARTY",
    "CAP_BEFORE",
    "CHANGE_CUES",
    "CIC_DEFINITION",
    "CIC_HEADING",
    "COMMA_BEFORE",
    "COMPENSATION_HEADING",
    "COMPENSATION_SENTENCE",
    "COMPENSATION_WORD",
    "CONFIDENTIALITY",
    "CONFIDENTIALITY_HEADING",
    "COVER_AND",
    "COVER_AND_NEXT",
    "COVER_BETWEEN",
    "COVER_ROLE",
    "CURE",
    "CURRENCY_HINT",
    "DANGLING_WORD_END",
    "DATED",
    "DATED_MADE",
    "DATED_TERM_HINT",
    "DATE_AFTER_STOP",
    "DATE_HINT",
    "DATE_LABEL",
    "DATE_LABEL_AHEAD",
    "DURATION_HINT",
    "EFFECTIVE_BEFORE",
    "EFFECTIVE_MEANS",
    "EFFECTIVE_MEANS_AHEAD",
    "EFFECTIVE_ON_TERM",
    "EFFECTIVE_PHRASE",
    "EIGHT_K_COVER",
    "EITHER_PARTY",
    "END_DATE_BEFORE",
    "EXCLUDED_MONEY_SENTENCE",
    "EXHIBIT_REFERENCE",
    "EXPECTED",
    "FIGURE_NAME",
    "FOR_DURATION_BEFORE",
    "FULL_NAME",
    "GOVERNING_LAW",
    "HEADING",
    "HEADING_SMALL_WORDS",
    "HEREINAFTER_TERM",
    "HONORIFIC",
    "HYPOTHETICAL_BEFORE",
    "IN_WITNESS",
    "JOINED_PARAGRAPH_END",
    "JURISDICTION_ACRONYMS",
    "JURISDICTION_NAMES",
    "LAWS_GOVERN",
    "LAWS_THEREOF",
    "LAW_CONTEXT_BAD",
    "LAW_CONTEXT_GOOD",
    "LAW_HEADING",
    "LINE_BREAK_BOUNDARY",
    "LOOSE_DATE",
    "LUMP_SUM",
    "MONTH_BEFORE_STOP",
    "NAME_CONNECTIVE",
    "NAME_DASH_TITLE",
    "NAME_INTRO_BEFORE",
    "NAME_JOINERS",
    "NAME_LIKE",
    "NAME_RUN_PREFIX",
    "NAME_VERB_AFTER",
    "NONCOMPETE_HEADING",
    "NONCOMPETE_SENTENCE",
    "NON_COMPETE_LENGTH",
    "NOTICE_AFTER",
    "NOTICE_HEADING",
    "NOTICE_LABEL",
    "NOT_IN_NAME",
    "NOT_JURISDICTION",
    "NOT_NAME_START",
    "NOT_PAY_BEFORE",
    "NOT_PERSON_WORDS",
    "NUMBER_BEFORE_STOP",
    "OF_BEFORE_NAME",
    "ORDINAL_DAYS",
    "OTHER_AGREEMENT_BEFORE",
    "OWNERSHIP_ALLOWED",
    "PARAGRAPH_BREAK",
    "PAREN_FIGURES_AFTER",
    "PAREN_TERM",
    "PARTY_DESCRIPTOR",
    "PARTY_LABEL",
    "PARTY_LABEL_END",
    "PARTY_LEAD",
    "PARTY_LIST_END",
    "PAYABLE_AFTER",
    "PAYMENT_OBJECT",
    "PAY_KINDS",
    "PERIOD_LABEL_AFTER",
    "PERIOD_LABEL_CELL",
    "PERIOD_WORD_AFTER",
    "PERIOD_WORD_BEFORE",
    "PERSON_NAME",
    "PER_AFTER",
    "PER_THING",
    "PIECE_SPLIT",
    "PLACE_PREFIX",
    "POSITION_APPOSITIVE",
    "POSITION_AS",
    "PREAMBLE_END",
    "QUOTED_TERM",
    "RANGE_AFTER",
    "RANGE_BEFORE",
    "RECITAL",
    "RENEWAL",
    "RENEWAL_AUTOMATIC",
    "RENEWAL_SUBJECT",
    "SALUTATION",
    "SCOPE",
    "SENTENCE_END",
    "SIGNATORY_TITLE_LEAD",
    "SIGNATURE_NAME_TITLE",
    "SIGNATURE_SLASH",
    "SIGNS_AFTER",
    "SOURCE_LINE",
    "STREET_START",
    "SURVIVES",
    "TERMINATION_HEADING",
    "TERMINATION_SENTENCE",
    "TERM_HEADING",
    "TERM_SENTENCE",
    "TITLE_HEAD_WORD",
    "TITLE_LINE",
    "TITLE_SPLIT",
    "TRAILING_DATE",
    "TRAILING_PARTY",
    "TRIGGERS",
    "US_STATES",
    "WHILE_CLAUSE",
    "WITHIN_BEFORE",
    "WORK_DAY",
    "YEAR_PIVOT",
]

_I: Final = re.IGNORECASE
#: A month's full name, for cues placed before the date section.
_MONTH_NAME: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)

# -- layout ------------------------------------------------------------------
#: A sentence ends at . ! ? (and a closing quote or bracket) before a capital, digit or bracket.
SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]*[ \t]+(?=[\"“(A-Z0-9])")
#: Words after which a full stop does not end a sentence.
ABBREVIATION_END: Final = re.compile(
    r"(?:\b(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|Mr|Ms|Mrs|Dr|No|Nos|St|Ste|Jr|Sr|U\.S|N\.A|L\.P|"
    r"L\.L\.C|S\.A|B\.V|N\.V|e\.g|i\.e|vs|Sec|Secs|approx|Art|Attn|Ave|Blvd|Rd|Bldg|Fl|Dept|Esq|Hon|Nr|Pte|Pty|a\.k\.a|f\.k\.a|d\.b\.a|n\.k\.a)"
    r"|(?<![A-Za-z])[A-Z][a-z]?)\.$"
)
#: A heading number alone before a full stop: "1." of "1. Term", "4.1." — not a sentence end.
NUMBER_BEFORE_STOP: Final = re.compile(
    r"(?:\A|\n|[.:;]\s+)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*|[A-Za-z]|[IVX]{1,4}|ARTICLE\s+\w+|Section\s+[\d.]+)\.$"
)
#: A blank line.
PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n\s*")
#: What a paragraph cut by a page break ends with (it continues on the next page).
JOINED_PARAGRAPH_END: Final = re.compile(r"[a-z,]$")
#: A paragraph ending in one of these words continues even before a capital ("the\n\nBoard").
DANGLING_WORD_END: Final = re.compile(
    r"\b(?:the|a|an|of|to|by|for|with|in|on|at|from|under|than|as)$"
)
#: A single line break that still starts a new sentence: before a numbered heading or a table row.
LINE_BREAK_BOUNDARY: Final = re.compile(
    r"\n(?=[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z(]|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)[ \t]|[^\n]*\t))"
    r"|\t[^\n]*\n|(?<=[.:])\n(?=[ \t]*[A-Z(\"“])"
)
#: A numbered or lettered heading: "4.1 Death, Disability ... .", "(a) Home Office.", "ARTICLE 5 -- COMPENSATION".
HEADING: Final = re.compile(
    r"(?:(?<=\n)|(?<=\A)|(?<=[.:]\s)|(?<=[.:]\s\s))[ \t]*"
    r"(?P<num>(?:ARTICLE|Article|SECTION|Section)\s+(?:\d{1,2}|[IVX]{1,5})\b\.?"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|[A-Za-z]\.)"
    r"[ \t]*(?:[-–—:.]{1,2}[ \t]*)?"
    r"(?P<title>[A-Z][^\n.:;]{1,120}?)(?P<end>[.:](?=\s)|[ \t]+[-–—]{1,2}[ \t]|(?=\n))"
)
#: Short words a heading may hold in lower case.
HEADING_SMALL_WORDS: Final = frozenset(
    [
        "of",
        "the",
        "and",
        "or",
        "by",
        "for",
        "to",
        "in",
        "as",
        "a",
        "an",
        "on",
        "with",
        "other",
        "than",
        "at",
        "from",
        "upon",
        "under",
        "its",
        "his",
        "her",
    ]
)

# -- recognising an agreement --------------------------------------------------
#: The noun that names an agreement in a title.
AGREEMENT_WORD: Final = re.compile(
    r"\b(?:agreement|contract|letter agreement|offer letter|employment letter|general release)\b",
    _I,
)
#: "THIS CONSULTING AGREEMENT ... is (made|entered|dated) ... between" in the opening text.
AGREEMENT_OPENING: Final = re.compile(
    r"\b(?:this|the)\s+(?P<title>(?:[\w,&'’/-]+\s+){0,8}?(?:agreement|contract))\b"
    r"[^.]{0,400}?\b(?:is\s+(?:made|entered|dated|effective|between|by)|made|entered\s+into|dated|"
    r"by\s+and\s+(?:between|among)|between|among|effective\s+as\s+of)\b",
    _I,
)
#: A title line: words ending in AGREEMENT (upper or title case) on its own, near the top.
TITLE_LINE: Final = re.compile(
    r"(?P<title>\b(?:(?!(?:THIS|This|THE|The|AGREEMENT|Agreement|CONTRACT|Contract)\b)[A-Z][A-Za-z&'’/-]*[ \t]+"
    r"(?:(?:and|AND|of|OF|&)[ \t]+)?){0,8}"
    r"(?:AGREEMENT|Agreement|CONTRACT|Contract)\b)"
)
#: The cover of a Form 8-K: such a document is a report, not an agreement.
EIGHT_K_COVER: Final = re.compile(r"\bFORM\s+8-K\b|\bCURRENT\s+REPORT\b", _I)

# -- parties, dates -------------------------------------------------------------
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
#: A recital: "WHEREAS, telecommunication services are provided between and among Europe, ...".
RECITAL: Final = re.compile(r"\s*(?:WHEREAS|Whereas)\b")
#: A date at the end of a cover-page line, after the party's name: "FIBROGEN, INC. June 1, 2005".
TRAILING_DATE: Final = re.compile(r"[\s,]+" + _MONTH_NAME + r"\s+\d{1,2},?\s+\d{4}\s*$", _I)
#: A comma (and spaces) right before a name: where a name may start after the last party's
#: description runs on ('("Buyer"), a Pennsylvania corporation, Gulf Houghton Lubricants Ltd.').
COMMA_BEFORE: Final = re.compile(r",\s*$")
#: A letter's salutation: "Ladies and Gentlemen:", "Dear Sirs:".
SALUTATION: Final = re.compile(r"\b(?:Dear\s+)?(?:Ladies\s+and\s+Gentlemen|Sirs?)\s*[:,]")
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
#: "dated", "as of", "made ... on", "entered into ... this": a date that is the agreement's.
DATED: Final = re.compile(
    r"\b(?:dated|as\s+of|made|entered\s+into|executed|effective|agreement\s+date|date[d]?\s*:|this)\b[^.]{0,60}$",
    _I,
)
#: The stricter cue a date after the preamble sentence needs: the agreement was dated, made,
#: entered into or signed then ("... ("Telnet") as of the 1st day of June, 2004."); an effective
#: date stated on its own ("This Agreement is effective as of August 1, 2004") is not its date.
DATED_MADE: Final = re.compile(
    r"\b(?:dated|made|entered\s+into|executed|signed)\b[^.]{0,60}$|(?<!effective\s)\bas\s+of\s+(?:the\s+)?$",
    _I,
)
_MONTH: Final = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_ORDINAL_UNITS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
#: Days of a month written as words, "first" (1) to "thirty-first" (31), in order.
ORDINAL_DAYS: Final = (
    *_ORDINAL_UNITS,
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
    *(f"twenty-{unit}" for unit in _ORDINAL_UNITS),
    "thirtieth", "thirty-first",
)  # fmt: skip
_ORDINAL_DAY: Final = "|".join(
    word.replace("-", "[- ]?") for word in sorted(ORDINAL_DAYS, key=len, reverse=True)
)
#: An ordinal suffix as PDF conversion leaves it: "1st", "15t h", "9t h", "2 nd".
_SUFFIX: Final = r"\s?(?:s\s?t|n\s?d|r\s?d|t\s?h)?"
#: Dates the rule layer does not read, as PDF conversion and typists leave them: "15t h day of
#: January 2018", "this first (1st) day of July, 2017", "March 12,1999", "_Dec. 8, 2005",
#: "April. 1st 2019", "November 19t h, 2012", "24 OCT 2011", "9/21/98", "3-29-2016". Each is
#: rewritten as "Month D, YYYY" for ``parse_date``, which checks it.
LOOSE_DATE: Final = re.compile(
    "|".join(
        [
            rf"(?P<d1>\d{{1,2}}){_SUFFIX}\s+day\s+of\s+(?P<m1>{_MONTH})\.?\s*,?\s*(?P<y1>\d{{4}})\b",
            rf"\b(?P<w1>(?i:{_ORDINAL_DAY}))(?:\s*\(\s*\d{{1,2}}{_SUFFIX}\s*\))?\s+day\s+of\s+"
            rf"(?P<mw>{_MONTH})\.?\s*,?\s*(?P<yw>\d{{4}})\b",
            rf"(?<![A-Za-z])(?P<m2>{_MONTH})\.?[ \t]*(?P<d2>\d{{1,2}}){_SUFFIX}[ \t]*,?[ \t]*(?P<y2>\d{{4}})\b",
            rf"\b(?P<d4>\d{{1,2}}){_SUFFIX}[ \t]+(?P<m4>{_MONTH})\.?,?[ \t]+(?P<y4>\d{{4}})\b",
            r"(?<![\d/-])(?P<a3>\d{1,2})[/-](?P<b3>\d{1,2})[/-](?P<y3>\d{4}|\d{2})(?![\d/-])",
        ]
    )
)
#: A month's name before a full stop that does not end the sentence: "this 16 day of August. 2012".
MONTH_BEFORE_STOP: Final = re.compile(r"(?<![A-Za-z])" + _MONTH + r"\.$")
#: What follows such a stop: the rest of the date ("2012", "1st 2019", "8, 2005").
DATE_AFTER_STOP: Final = re.compile(r"\d{4}\b|\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")
#: Just before a date that belongs to another agreement: "to the Development Agreement dated",
#: "a Split Dollar Agreement, dated as of", "that certain ... Agreement ... dated", "the
#: engagement letter dated", "an amendment agreement dated".
OTHER_AGREEMENT_BEFORE: Final = re.compile(
    r"(?:\b(?:to|under|of|the|a|an|certain|said)\s+(?:(?:[A-Z][\w&,'’-]*|and|of|for|&)\s+){1,8}(?:Agreement|Contract|Plan|Lease|License)\b"
    r"(?:\s+(?:No\.|Number|#)\s*[\w-]+)?"
    r"|\b(?:the|an?|that|certain|said)\s+(?:[a-z][\w-]*\s+){1,3}(?:agreement|letter|contract|lease|license)\b)"
    r"(?:\s*\([^)]{0,60}\))?[^.;()]{0,40}?\b(?:dated|entered\s+into\s+on|of|effective)\b[^.;]{0,15}$"
)
#: Two-digit years at or above this are 19xx, below it 20xx ("9/21/98" -> 1998, "1/14/02" -> 2002).
YEAR_PIVOT: Final = 50
#: A page footer CUAD's conversion leaves: "Source: AGAPE ATP CORP, 10-K/A, 12/2/2019".
SOURCE_LINE: Final = re.compile(r"\s*Source\s*:", _I)
#: "Date:" / "Dated:" before a date in a signature block.
DATE_LABEL: Final = re.compile(r"\b(?:Date|Dated|Effective\s+Date)\s*:?\s*$", _I)
#: A "Date:" label anywhere: a cheap test before reading dates in a region.
DATE_LABEL_AHEAD: Final = re.compile(r"\b(?:Date|Dated)\s*:", _I)
#: Something a date has (a year, or a month name): a cheap test before asking spaCy.
DATE_HINT: Final = re.compile(r"\b(?:1[89]|20)\d\d\b|\d/\d{2}\b|" + _MONTH)
#: A date followed by a defined term: 'March 31, 2013 (the "Retirement Date")'.
DATED_TERM_HINT: Final = re.compile(
    r"(?:\d{4}|\d/\d{2})\s*,?\s*\(\s*(?:the\s+|hereinafter\s+)?[\"“]", _I
)
#: A length of time: "five years", "12-month", "thirty (30) days".
DURATION_HINT: Final = re.compile(r"\b(?:years?|months?|days?|weeks?|hours?)\b", _I)
#: '"Effective Date" shall mean December 5, 2014'.
EFFECTIVE_MEANS: Final = re.compile(
    r"[\"“]Effective\s+Date[\"”]\s+(?:shall\s+)?(?:means?|is|shall\s+be)\s+(?:the\s+date\s+of\s+)?$",
    _I,
)
#: '"Effective Date" shall mean': where to read a defined effective date.
EFFECTIVE_MEANS_AHEAD: Final = re.compile(
    r"[\"“]Effective\s+Date[\"”]\s+(?:shall\s+)?(?:means?|is|shall\s+be)\b", _I
)
#: "as of the Effective Date": the agreement is dated by its effective date.
AS_OF_EFFECTIVE: Final = re.compile(r"\bas\s+of\s+the\s+Effective\s+Date\b", _I)
#: "effective as of", "effective on", "shall become effective".
EFFECTIVE_PHRASE: Final = re.compile(r"\beffective\b", _I)
#: "be effective on the Retirement Date": the event that fixes the effective date.
EFFECTIVE_ON_TERM: Final = re.compile(
    r"\b(?:be(?:come)?|is|are|shall\s+be)\s+effective\s+(?:on|as\s+of|upon|from)\s+the\s+"
    r"(?P<term>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})",
)
#: "anticipated", "expected": the date is an expectation.
EXPECTED: Final = re.compile(r"\b(?:anticipat\w+|expect\w*|intend\w*|planned)\b", _I)

# -- term, renewal --------------------------------------------------------------
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

# -- compensation ------------------------------------------------------------------
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
    r"[$€£¥]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds\s+sterling)\b", _I
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
    ("royalty", re.compile(r"\broyalt\w*", _I)),
    ("salary", re.compile(r"\bsalary\b", _I)),
    ("bonus", re.compile(r"\bbonus\b", _I)),
    ("lump_sum", re.compile(r"\blump[\s-]sum\b", _I)),
    ("other", re.compile(r"\b(?:shall|will)\s+have\s+a\s+value\s+of\b", _I)),
    ("fee", re.compile(r"\b(?:fees?|retainer|honorarium|stipend)\b", _I)),
    ("installment", re.compile(r"\binstall?ments?\b|\bon\s+or\s+before\b", _I)),
    ("rate", re.compile(r"\brate\b", _I)),
)
#: After an amount: "per month", "per additional Consulting hour", "an hour", "for each product".
PER_AFTER: Final = re.compile(
    r"\s*(?:USD|US\s?dollars)?\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:per|an|a|each|/|for\s+each|for\s+every|every|in\s+any|in\s+each|during\s+any|during\s+each)\s+"
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

# -- change in control ----------------------------------------------------------------
CIC_HEADING: Final = re.compile(r"\bchange\s+(?:in|of)\s+control\b", _I)
CIC_DEFINITION: Final = re.compile(
    r"[\"“]change\s+(?:in|of)\s+control[^\"”]{0,40}[\"”]\s*(?:shall\s+(?:be\s+deemed\s+to\s+)?(?:mean|have\s+occurred)|means|will\s+mean|is\s+defined|shall\s+include)",
    _I,
)

# -- covenants ---------------------------------------------------------------------------
NONCOMPETE_HEADING: Final = re.compile(
    r"\b(?:non-?\s?compet\w*|restrictive\s+covenants?|covenant\s+not\s+to\s+compete|competition|competitive\s+activit\w+)\b",
    _I,
)
NONCOMPETE_SENTENCE: Final = re.compile(
    r"\b(?:shall|will|may|agrees?\s+(?:that\s+\w+\s+(?:shall|will)\s+)?)\s+not\b[^.]{0,250}?\bcompet(?!en)\w*"
    r"|\bnot\s+to\b[^.]{0,200}?\bcompet(?!en)\w*|\bneither\b[^.]{0,100}?\b(?:shall|will)\b[^.]{0,200}?\bcompet(?!en)\w*"
    r"|\bnon-?\s?compet\w*|\bprohibit\w*\s+competition\b|\bCompeting\s+Business\b",
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

# -- law and disputes -----------------------------------------------------------------------
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

# -- notices, signatures ----------------------------------------------------------------------
NOTICE_HEADING: Final = re.compile(r"^\s*notices?\b", _I)
#: "If to the Company:", "To Consultant:", "if to Executive, to:".
NOTICE_LABEL: Final = re.compile(
    r"\b(?:[Ii]f|[Ww]hen|IF)\s+(?:to|TO)\s+(?:the\s+|THE\s+)?(?P<party>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s*(?:,\s*to)?\s*:",
)
#: Where an address block stops: "or to such other address", the next label, "with a copy".
ADDRESS_END: Final = re.compile(
    r"\bor\s+to\s+such\s+other|\bwith\s+(?:a\s+)?cop(?:y|ies)\b|\b(?:if|when)\s+to\s+|\bany\s+(?:such\s+)?notice\b|\bnotices?\s+shall\b",
    _I,
)
#: Something an address has: a street number, a postal code, "Attention".
ADDRESS_LIKE: Final = re.compile(
    r"\b\d{1,6}\s+[A-Z]|\b[A-Z]{2}\s+\d{5}\b|\b\d{5}(?:-\d{4})?\b|\bAtt(?:ention|n)\b|\bP\.?\s?O\.?\s+Box\b"
)
IN_WITNESS: Final = re.compile(r"\bIN\s+WITNESS\s+WHEREOF\b|\bEXECUTED\s+(?:as\s+of|on)\b", _I)
#: After a signing organisation's name: "By:", "/s/", "Name:".
SIGNS_AFTER: Final = re.compile(r"[\s,.]*(?:By\b|BY\b|/s/|Name\s*:|Signature\s*:)")
#: "/s/ Delwin Hock Delwin Hock – Lead Director": the line after a conformed signature.
SIGNATURE_SLASH: Final = re.compile(r"/s/[ \t]*(?P<line>[^\n]*?)(?=[ \t]*(?:\n|\bBy\b|/s/|$))")
#: A name followed by its title: "Richard D. Smith - Consultant".
NAME_DASH_TITLE: Final = re.compile(r"[ \t]*[-–—,][ \t]*(?P<title>[A-Z][^\n]{1,60}?)[ \t]*$")
#: "Name: John Doe Title: Chief Executive Officer".
SIGNATURE_NAME_TITLE: Final = re.compile(
    r"\bName:\s*(?P<name>[A-Z][A-Za-z.'’-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){1,3})\s*(?:\n\s*)?"
    r"(?:Title|Its):\s*(?P<title>[A-Z][^\n]{1,60}?)(?=\s*(?:\n|Date|By|Name|$)|\s{2,})",
)

# -- Item 5.02: officer changes -----------------------------------------------------------
#: "Mr. Smith", "Ms. O’Brien", "Dr. Harari": a reference to a person by surname.
HONORIFIC: Final = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Messrs|Mmes)\.?\s+(?P<last>[A-Z][A-Za-z'’-]+)")
#: A run of capitalised words that may be a person's full name ("Richard D. Smith", "Deirdre O’Brien").
FULL_NAME: Final = re.compile(
    r"\b(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>(?:[A-Z]\.\s+)?[A-Z][a-z'’]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]*['’]?[A-Z][a-z]+|[A-Z][a-z'’]+)){1,3})\b"
)
#: Words that are never part of a person's name (titles, bodies, months, company words).
NOT_PERSON_WORDS: Final = frozenset(
    [
        "the",
        "company",
        "board",
        "directors",
        "director",
        "chief",
        "executive",
        "officer",
        "officers",
        "president",
        "vice",
        "chairman",
        "chair",
        "senior",
        "financial",
        "operating",
        "technology",
        "accounting",
        "legal",
        "general",
        "counsel",
        "secretary",
        "treasurer",
        "controller",
        "committee",
        "compensation",
        "corporation",
        "inc",
        "llc",
        "ltd",
        "group",
        "holdings",
        "bank",
        "trust",
        "fund",
        "plan",
        "agreement",
        "employment",
        "consulting",
        "separation",
        "release",
        "item",
        "form",
        "report",
        "act",
        "securities",
        "exchange",
        "commission",
        "nasdaq",
        "nyse",
        "on",
        "in",
        "as",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "fiscal",
        "annual",
        "meeting",
        "stockholders",
        "shareholders",
        "independent",
        "audit",
        "nominating",
        "governance",
        "human",
        "resources",
        "people",
        "culture",
        "global",
        "worldwide",
        "north",
        "south",
        "east",
        "west",
        "america",
        "american",
        "national",
        "international",
        "united",
        "states",
        "new",
        "york",
        "street",
        "exhibit",
        "section",
        "registrant",
        "partner",
        "partners",
        "capital",
        "management",
        "services",
        "products",
        "marketing",
        "sales",
        "operations",
        "retail",
        "strategy",
        "development",
        "business",
        "division",
        "unit",
        "healthcare",
        "brand",
        "customer",
        "transition",
        "award",
        "awards",
        "stock",
        "restricted",
        "units",
        "performance",
        "equity",
        "incentive",
        "bonus",
        "salary",
        "amended",
        "restated",
        "amendment",
        "letter",
        "certain",
        "current",
        "previously",
        "prior",
        "following",
        "effective",
        "chairwoman",
        "member",
        "members",
        "co",
        "real",
        "estate",
        "good",
        "reason",
        "expiration",
        "date",
        "end",
        "year",
        "vice-president",
        "change",
        "control",
        *lexicon.MONTH_NAMES,
    ]
)
#: After a full name: ", age 47", ", 61,", "(age 50)" — the way filings introduce a person.
AGE_AFTER: Final = re.compile(
    r"\s*(?:,\s*(?:age\s+|aged\s+)?\d{2}\s*(?:years\s+old)?\s*[,.)]|\(\s*age\s+\d{2}\s*\))",
    re.IGNORECASE,
)
#: Before a full name: the verbs that introduce the person an item reports on.
NAME_INTRO_BEFORE: Final = re.compile(
    r"\b(?:appointed|elected|named|promoted|hired|engaged|succeeded\s+by|appointment\s+of|election\s+of|"
    r"departure\s+of|resignation\s+of|retirement\s+of|with|that|and)\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+|Dr\.\s+)?$",
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
            r"\bresign\w*|\bdepart\w*|\bstep(?:s|ped)?\s+down\b|\bwill\s+leave\b|\bleave\s+(?:his|her|the)\s+position|"
            r"\bterminat\w+\s+(?:his|her)?\s*employment|\bemployment\b[^.]{0,40}\bwill\s+terminate|\bseparation\b|"
            r"\brelinquish\w*|\btransition(?:ed)?\s+from\b|\bno\s+longer\s+(?:serve|be)s?\b|\bsucceeded\s+by\b|"
            r"\bwill\s+transition\s+from\b|\bcease\w*\s+to\s+(?:serve|be)\b",
            re.IGNORECASE,
        ),
    ),
    ("election", re.compile(r"\belect(?:s|ed|ion)?\b(?!\s+to\s+(?:retire|resign))", re.IGNORECASE)),
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
            r"\bsalary\b|\bbonus\b|\bcompensat\w*|\bawards?\b|\b(?:employment|consulting|separation|retention|severance|"
            r"transition)\s+(?:and\s+\w+\s+)?agreement\b|\brestricted\s+stock\b|\bretainer\b|\bequity\b",
            re.IGNORECASE,
        ),
    ),
)
#: "resignation of", "departure of" right before a name: the change is that person's.
OF_BEFORE_NAME: Final = re.compile(r"\s+of\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+|Dr\.\s+)?(?=[A-Z])")
#: Before a change word that is only a possibility: "until her retirement", "her earlier resignation",
#: "the right to retire", "upon his death or resignation".
HYPOTHETICAL_BEFORE: Final = re.compile(
    r"\b(?:earlier|until|upon|in\s+the\s+event\s+of|if|unless|any|right\s+to|prior\s+to|following|after|"
    r"in\s+connection\s+with|death\s+or|termination\s+or)\s+(?:(?:his|her|their|the|a|such)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A title's head word: what makes a run of capitalised words a position.
_TITLE_HEAD: Final = (
    r"(?:Chief\s+[A-Z][a-z]+\s+Officer|Officer|President|Chairman|Chairwoman|Chair|Director|Secretary|Treasurer|"
    r"Controller|Counsel|CEO|CFO|COO|CTO|CAO|CIO|Head|Member|Manager|Partner|Lead\s+Director|Executive|director|officer)"
)
_TITLE: Final = (
    r"(?:(?:[A-Z][\w&-]*\.?|of|and|the)\s+){0,6}?"
    + _TITLE_HEAD
    + r"(?:\s+of\s+(?:the\s+)?(?:Board(?:\s+of\s+Directors)?|[A-Z]\w+(?:\s+[A-Z]\w+){0,2}))?"
)
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
