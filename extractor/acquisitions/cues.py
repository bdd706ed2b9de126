"""The words that tell an acquisition's parts apart, compiled once, in one place.

spaCy finds the candidates (ORG, MONEY, SHARES, PERCENT, DATE, DEFINED_TERM);
these cues decide which candidate fills which field. Patterns used with
``Pattern.match(text, pos)`` start without ``^``, which would pin them to offset 0.
"""

from __future__ import annotations

import re

__all__ = [
    "ACQUIRED_SUBJECT",
    "AGREED_BEFORE",
    "AGREEMENT_DATED",
    "ALL_OUTSTANDING",
    "ANNOUNCED_DEAL",
    "ASSETS_OF",
    "ASSETS_OF_PARTY",
    "ASSET_LIST_LINK",
    "BASED_IN",
    "BUSINESS_UNIT",
    "BUYER_AFTER_TARGET",
    "BUYER_AFTER_VERB",
    "BUYING_PARTY",
    "CLAUSE_AND",
    "CLAUSE_SUBJECT",
    "CLOSED_ON",
    "COMPANY_WORDS",
    "COMPANY_WORDS_END",
    "COMPLETED_BEFORE",
    "CONTINGENT",
    "DATED",
    "DEAL_NOUN",
    "DEBT_SECURITIES_AFTER",
    "DEBT_SECURITIES_BEFORE",
    "DONE_VERB",
    "ENTERED_INTO",
    "ENTITY_APPOSITIVE",
    "EVENT",
    "EXHIBIT_PARTIES",
    "FROM_AFTER_TARGET",
    "FROM_PARTY",
    "FROM_PARTY_BEFORE",
    "FUNDS_A_DEAL",
    "HEADING",
    "IN_LIEU_BEFORE",
    "LOCATION",
    "MERGER_AGREEMENT",
    "MERGER_SUB",
    "MERGE_INTO",
    "MERGE_WITH_AND_INTO",
    "NOT_AN_EVENT",
    "NOT_A_SIDE_AFTER",
    "ON_DATE_BEFORE",
    "PARENT_BEFORE",
    "PARTY_LIST_AFTER",
    "PARTY_LIST_END",
    "PROPOSAL",
    "PURCHASE_AGREEMENT",
    "REGISTRANT_BECOMES_SUBSIDIARY",
    "REGISTRANT_COMBINES",
    "RELATIVE_OF_BEFORE",
    "RELEASE_ON_CLOSE",
    "SELLER_TERM",
    "SHARE_CLASS",
    "SHARE_CLASS_STOCK",
    "STAKE_AFTER",
    "STOCKHOLDER_PARTIES",
    "STOCK_COMPONENT",
    "SUBSIDIARY",
    "SUBSIDIARY_APPOSITIVE",
    "TO_PARTY",
    "VEHICLE_NAME",
]

_I = re.IGNORECASE
#: The verb phrase of an event, with the kind it announces.
EVENT = re.compile(
    r"\b(?P<merger>merged with|merger (?:of|with|agreement)|plan of merger|consummated the merger|completed (?:its |the )?merger)\b"
    r"|\b(?P<disposition>sold|completed (?:its |the )?(?:previously announced )?(?:sale|disposition|divestiture)|sale of|disposed of|"
    r"divested|disposition of|spin-?off|spun off|distribution (?:to its (?:stock|share)holders )?of all|"
    r"transferred(?=\s+to\b))\b"
    r"|\b(?P<acquisition>acquired|acquisition of|purchased|completed (?:its |the )?(?:acquisition|purchase)|"
    r"completed (?:its |the )?previously announced (?:acquisition|purchase)|agreed to acquire|to acquire|purchase of)\b",
    _I,
)
#: "Nuance ... completed the previously announced ... distribution": an event reported as done,
#: also when the item is 1.01 (a spin-off and its agreements); "is expected to be completed" is not.
COMPLETED_BEFORE = re.compile(r"\b(?<!be )(?<!been )(?:completed|consummated)\b", _I)
#: A release "regarding the close of" / "announcing the completion of" a deal reports it done.
RELEASE_ON_CLOSE = re.compile(
    r"\b(?:regarding|announcing|announced|announces|about|on)\s+the\s+"
    r"(?:close|closing|completion|consummation)\s+of\b",
    _I,
)
#: A sentence that speaks of the deal itself: "In the merger, ...", "in connection with the
#: Acquisition": a count issued in it is the deal's, however far from the event sentence.
DEAL_NOUN = re.compile(
    r"\b(?:the|this|such)\s+(?:merger|acquisition|transaction|purchase|business combination)\b",
    _I,
)
#: An Item 8.01 or 7.01 sentence reports a deal only with its agreement or its completion.
ANNOUNCED_DEAL = re.compile(
    r"\bagreements?\b|\bcompleted\b|\bconsummated\b|\bclos(?:e|ed|ing) of\b", _I
)
#: "the Company", "we", "the Registrant": the filer itself.
#: The same words ending a text: "... for the Company".
COMPANY_WORDS_END = re.compile(r"\b(?:the Company|the Registrant|we)\s*$", _I)
#: "<A> will merge into <B>", "for <A> to merge with and into <B>": B survives and acquires A.
MERGE_INTO = re.compile(
    r"\s*(?:,\s*)?(?:will|shall|would|to)?\s*(?:be\s+)?merged?\s+(?:with\s+and\s+)?into\s+", _I
)
#: Between an organisation and its defined term: ", a Delaware corporation ", ", an Ohio
#: limited liability company and a wholly owned subsidiary of Parent " (no comma, bracket or
#: quote, so that it stays one description of the name before it).
ENTITY_APPOSITIVE = re.compile(r",\s+an?\s+[^,;()\"“”]{1,100}")
COMPANY_WORDS = re.compile(r"\b(?:the Company|the Registrant|we|our company|our)\b", _I)
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
#: "all of the outstanding capital stock", also across a line break of a plain-text filing, and
#: "all of the stock of" (no "outstanding", but no part is left out either).
ALL_OUTSTANDING = re.compile(
    r"\ball\s+(?:of\s+)?the\s+(?:(?:issued\s+and\s+)?outstanding\s+(?:capital\s+)?"
    r"(?:stock|shares|equity\s+interests|membership\s+interests|partnership\s+interests|common\s+stock)"
    r"|(?:capital\s+)?stock(?=\s+of\b))",
    _I,
)
LOCATION = re.compile(
    r"\s*,?\s*(?:\([^)]{1,60}\)\s*,?\s*)?(?:a company |which is )?(?:headquartered|located|based) in "
    r"(?P<place>[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|de|del))*)",
)
#: "common stock", "Class A common stock", "Series A Preferred Shares".
_SHARE_CLASS = (
    r"(?:(?:class|series)\s+[a-z]\d?\s+)?(?:(?:common|preferred)\s+(?:stock|shares)|ordinary\s+shares"
    r"|common\s+units)"
)
SHARE_CLASS = re.compile(_SHARE_CLASS, _I)
#: "common shares" and "preferred shares" name the same class as "... stock" (the gold's form).
SHARE_CLASS_STOCK = re.compile(r"\b(common|preferred) shares\b")
#: The stock part of a price with no share count: "the balance in shares of the Company's common
#: stock", "a fraction of a share of New Disney common stock", "0.2745 shares of common stock".
#: "each share of <target> common stock" is what is exchanged, not what is paid: not matched.
#: A fraction or an exchange ratio ("lead" other than "in") names the stock paid in a merger
#: wherever the item describes it; "in lieu of a fraction of a share" does not. A class may
#: stand before the issuer's name: "3.3 shares of Class A Westell common stock".
STOCK_COMPONENT = re.compile(
    r"(?P<lead>\b(?:in|fraction of a)|(?<![\d,.])\d{1,3}\.\d{1,6}(?:\s+of\s+a)?)\s+shares?\s+of\s+"
    r"(?P<pre_class>(?:class|series)\s+[a-z]\d?\s+)?"
    r"(?:(?:the Company[’']s|the Registrant[’']s|its|(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,2})\s+)?"
    r"(?:(?:newly issued|unregistered|restricted)\s+)*"
    rf"(?P<share_class>{_SHARE_CLASS})",
    _I,
)
#: Earn-outs and payments on a future condition: "an additional 83,333 shares of its restricted
#: Series A Preferred Stock subject to OBS' entry into certain agreements"; escrowed amounts are not.
CONTINGENT = re.compile(
    r"\bearn-?outs?\b|\bcontingent (?:consideration|payments?|amounts?)\b|\bmilestone payments?\b"
    r"|\badditional\s+(?![^.]{0,160}\bescrow\b)"
    r"(?:amounts|consideration|payments?|purchase\s+price|[\d,]+\s+shares)\b"
    r"[^.]{0,160}\b(?:based (?:up)?on|if|upon|subject to|contingent)\b"
    # "may receive up to an additional $10 million in cash if certain revenue milestones are
    # achieved": an amount, then a condition ("subject to" is too often an adjustment here)
    r"|\badditional\s+[$€£¥][ \t]?[\d,.]+(?:\s+(?:thousand|million|billion))?"
    r"[^.]{0,160}\b(?:based (?:up)?on|if|upon|contingent)\b",
    _I,
)
#: "by and between A and B" in an exhibit description (the purchase agreement).
#: A comma before a company suffix ("SaRonix, LLC") is part of the name, not its end.
EXHIBIT_PARTIES = re.compile(
    r"\b(?:by and )?(?:between|among)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
    r"(?:,(?!\s*(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|L\.P|LP|N\.A|S\.A|S\.p\.A|plc|B\.V|N\.V|AB|AG)\b)"
    r"|\s+dated\b|\s*\(|$)",
    _I,
)
#: The second party of an exhibit's agreement that names the buying side ("the Purchasers
#: identified on Exhibit A thereto" of a securities purchase agreement) is no seller.
BUYING_PARTY = re.compile(r"\b(?:purchasers?|buyers?|investors?|subscribers?)\b", _I)
#: A merger vehicle: the registrant's subsidiary merges into the target.
MERGER_SUB = re.compile(
    r"merger sub|(?:was|will be) merged with and into|newly[- ]formed subsidiary", _I
)
#: Names of deal vehicles, never the target: "Vicksburg Acquisition Corporation", "Merger Sub".
VEHICLE_NAME = re.compile(
    r"\b(?:acquisition (?:corp(?:oration)?|inc|co|llc|sub)|merger (?:sub|enterprises)|holdco)\b", _I
)
#: "<ORG>, a Delaware corporation and a wholly owned subsidiary of <acquirer>".
#: Also in parentheses: "Nuance Communications Ireland Limited (a wholly-owned subsidiary of Nuance)".
SUBSIDIARY_APPOSITIVE = re.compile(
    r"\s*[,(]\s*(?:a|an)\s+[^,;()]{0,60}?\bwholly[- ]owned subsidiary of\b", _I
)
#: "acquired from <seller> all of ...".
FROM_PARTY = re.compile(r"\s+from\s+", _I)
#: Right after the verb, the party bought from: "acquired from [Mark O'Brien and] X ...".
FROM_PARTY_BEFORE = re.compile(r"^\s+from\s+(?:[A-Z][^,;()]{0,60}?\s+and\s+)?$")
#: Words before a closing date.
CLOSED_ON = re.compile(
    r"(?:completed|consummated|closed|effective|closing (?:date )?(?:occurred )?)(?: as of| on)?\s*$",
    _I,
)
#: "On January 10, 1997, <acquirer> acquired ...": the date that opens a sentence whose verb
#: reports the deal done is its closing date, before a later "effective January 1, 1997".
ON_DATE_BEFORE = re.compile(r"\bOn\s+$")
DONE_VERB = re.compile(
    r"(?:completed|acquired|sold|purchased|merged|consummated|disposed|divested|spun)\b", _I
)
#: "signed a definitive agreement to acquire": a deal agreed, also inside a completion item.
AGREED_BEFORE = re.compile(r"\bagree(?:d|ment|s)?\s+$", _I)
#: "an Agreement and Plan of Merger, dated as of <date>": the date the deal was agreed.
AGREEMENT_DATED = re.compile(
    r"\b(?:agreement|plan of merger)\b[^.;]{0,40}?\bdated(?: as of)?\s*$", _I
)
#: Words before a date that is not the closing date.
DATED = re.compile(r"\b(?:dated|dated as of|as of|announced|filed)\s*$", _I)
#: The registrant itself merges ("the Company will merge with", "a new holding company").
REGISTRANT_COMBINES = re.compile(
    r"\b(?:the Company|the Registrant|we)\s+(?:will |would |shall )?(?:merge|be merged|combine)\b"
    r"|merger of equals|new(?:ly[- ]formed)? (?:parent )?holding company|into the Company\b",
    _I,
)
#: The registrant is the one acquired: "with the Company surviving the Merger as a wholly
#: owned subsidiary of Parent", "the Company will become a wholly-owned subsidiary of Parent".
REGISTRANT_BECOMES_SUBSIDIARY = re.compile(
    r"\b(?P<who>the Company|the Registrant)\s+(?:will\s+|would\s+|shall\s+)?"
    r"(?:surviv(?:e|es|ed|ing)(?:\s+the\s+merger)?(?:\s+as)?|becom(?:e|es|ing)|became)\s+"
    r"an?\s+(?:direct\s+|indirect\s+)?wholly[- ]owned\s+subsidiary\s+of\s+",
    _I,
)
#: "Cascade will merge with and into Orion": the party after "into" survives and acquires.
MERGE_WITH_AND_INTO = re.compile(
    r"\s*(?:,\s*)?(?:will|shall|would|has|had)?\s*(?:be\s+|been\s+)?merged?\s+with\s+and\s+into\s+",
    _I,
)
#: A defined term that names a party's role in the deal: ("Seller"), ("Sellers").
SELLER_TERM = re.compile(r"(?:the\s+)?(?:sellers?|vendors?)", _I)
#: "sold all of the stock of <target> (MJSK), a subsidiary of MJK Clearing, Inc., to <buyer>":
#: the buyer after the target; a full stop inside "Inc.," does not end the search.
BUYER_AFTER_TARGET = re.compile(r"(?:[^.]|\.(?=\s{0,3},)){0,80}?\bto\s+", _I)
#: "were transferred to <buyer>": a passive disposition verb names the buyer right after it.
BUYER_AFTER_VERB = re.compile(r"\s+to\s+", _I)
#: A heading line of its own ("Spin-Off and Related Agreements"): names a topic, reports no event.
HEADING = re.compile(r"\s*[^\n.;:,]{1,100}\s*")
#: Sentences that refer back to a deal without reporting one: "Pro forma financial information
#: ... reflecting the disposition of MJK Clearing, Inc. will be reported".
NOT_AN_EVENT = re.compile(
    r"\bpro forma financial (?:information|statements)\b"
    r"|\bfinancial statements of (?:the )?business(?:es)? acquired\b",
    _I,
)
#: "the offer and sale of up to $1.15 billion aggregate principal amount of ... Notes", "all
#: Notes so purchased": debt securities offered or repurchased, not a business sold or bought.
DEBT_SECURITIES_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,80}?"
    r"\b(?:aggregate principal amount|notes due|senior notes|convertible notes|debentures)\b",
    _I,
)
#: The defined term "Notes" (capitalised) right before the verb: "the Notes to be purchased".
DEBT_SECURITIES_BEFORE = re.compile(r"\b(?:Notes|Debentures)\b[^.;]{0,20}$")
#: "pursuant to which <party> purchased": the party of the relative clause is the verb's subject.
CLAUSE_SUBJECT = re.compile(r"\b(?:pursuant to which|under which|whereby)\s+(?=[^,;]{1,80}$)", _I)
#: The parties of an agreement: "... Plan of Merger by and among A, B, C and D, pursuant to
#: which ...", or "On <date>, A, B, C and D entered into ...".
PARTY_LIST_AFTER = re.compile(r"\bby and (?:among|between)\s+", _I)
ENTERED_INTO = re.compile(r"\benter(?:ed)? into\b", _I)
#: The list's other party is the target only in a merger agreement.
MERGER_AGREEMENT = re.compile(r"\bmerger\b", _I)
#: ... and its other side is the seller only in a purchase (or sale) agreement.
PURCHASE_AGREEMENT = re.compile(r"\b(?:purchase|sale) agreement\b", _I)
PARTY_LIST_END = re.compile(r"\bpursuant to which\b|\bunder which\b|\bwhereby\b", _I)
#: A party with a role that is not a side of the deal: "U.S. Bank, National Association, as
#: escrow agent"; or a name inside another party's appositive: "a subsidiary of MJK Clearing".
NOT_A_SIDE_AFTER = re.compile(r"\s*,?\s*as\s", _I)
PARENT_BEFORE = re.compile(r"\bof\s+$", _I)
#: "... Merger ... with JasTech, Inc. and JasTech of Florida, Inc. (collectively "JasTech") and the
#: sole stockholder of JasTech, Judi Jaskiel": a company whose stockholders sign beside it is the
#: target, and the people named as those stockholders are the sellers.
_PERSON = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+"
STOCKHOLDER_PARTIES = re.compile(
    r"\bwith\s+(?P<target>[A-Z][\w.&'’-]*(?:,?\s+(?:[A-Z][\w.&'’/-]*|of|and|&)){0,12}?)"
    r"\s*(?:\((?:collectively\s+)?[\"“][^\"”]{1,40}[\"”]\)\s*)?"
    r"\s+and\s+the\s+(?:sole\s+)?(?:stock|share)holders?\s+of\s+"
    r"(?P<again>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}),\s+"
    rf"(?P<sellers>{_PERSON}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_PERSON}){{0,9}})"
)
#: "(and an affiliate of Kofax, Inc.)": a party's relative named inside its appositive.
RELATIVE_OF_BEFORE = re.compile(r"\b(?:affiliate|subsidiary|parent|division|unit)\s+of\s+$", _I)
#: "sold certain assets of its imaging business": assets or a business that is no company.
ASSETS_OF = re.compile(
    r"\b(?:(?:certain|substantially all(?: of)?|all(?: of)?)\s+(?:the\s+)?(?:operating\s+)?assets"
    r"|the\s+assets)\s+(?:of|related to|used in)\s+(?:its|the Company[’']s|the Registrant[’']s|our)"
    r"\s+[\w&-]+(?:\s+[\w&-]+){0,4}?\s+(?:business|division|segment|unit|operations)\b",
    _I,
)
#: "certain assets, subject to certain liabilities, of X": assets of a named company; the
#: "subject to ..." clause is read past, not kept. A capital must follow ("of Wren Labs").
ASSETS_OF_PARTY = re.compile(
    r"(?i:\b(?P<lead>(?:certain|substantially\s+all(?:\s+of)?|all(?:\s+of)?)\s+(?:the\s+)?"
    r"(?:operating\s+|business\s+)?assets))"
    r"(?i:\s*,\s*subject\s+to\s+[^,;]{1,60},)?(?i:\s+(?:of|from))\s+(?=[A-Z])"
)
#: Lower-case words a list of the companies whose assets are bought may hold: "LHS and its
#: subsidiaries Liberty Health Services, Inc. and Nurses Today M/C, Inc.".
ASSET_LIST_LINK = re.compile(r"and|its|their|wholly[- ]owned|subsidiar(?:y|ies)|&", _I)
#: Words before a deal verb that make the sentence about money for a deal, not the deal itself:
#: "the proceeds of which will be used to fund the acquisition of ...".
FUNDS_A_DEAL = re.compile(
    r"\b(?:fund|finance|financing|funding|pay for|used for)\s+(?:a portion of\s+)?"
    r"(?:the\s+|a\s+|its\s+)?(?:proposed\s+|pending\s+|potential\s+)?$",
    _I,
)
#: A proposal with no agreement: "an unsolicited, non-binding proposal", "a letter of intent".
PROPOSAL = re.compile(
    r"\b(?:non-?binding|unsolicited|indicative)\b[^.;]{0,20}\b(?:proposal|offer|indication of interest"
    r"|letter)\b|\bletter of intent\b|\bindication of interest\b",
    _I,
)
#: "sale ... of the Company's Document Imaging division": a business sold that is no company.
BUSINESS_UNIT = re.compile(
    r"\b(?:its|the Company[’']s|the Registrant[’']s)\s+"
    r"(?P<unit>(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,4}\s+(?:division|business|segment|unit))\b",
    _I,
)
#: "sale to <buyer>": the organisation right after is the buyer, not the target.
TO_PARTY = re.compile(r"\bto\s+$", _I)
IN_LIEU_BEFORE = re.compile(r"\bin lieu of (?:any |a )?$", _I)
#: After a target: "(the "Target")," then "from <seller>".
#: Also past the target's appositive: "Foo GmbH, a German company based in Munich, Germany,
#: from Bar Holding AG".
FROM_AFTER_TARGET = re.compile(
    r"\s*,?\s*(?:\([^)]*\)\s*)?(?:,\s*an?\s+[^;()]{1,100}?,)?,?\s*from\s+", _I
)
#: "based in Sunnyvale, California" anywhere in a sentence about the target.
#: Also "with operations in Cleveland and Ft. Lauderdale", "principal office is in Minneapolis",
#: "headquartered in suburban Chicago" (a qualifier of the place is part of it).
BASED_IN = re.compile(
    r"\b(?:(?:headquartered|based|located|operations)\s+in|principal offices?\s+(?:is|are)\s+in)\s+"
    r"(?P<place>(?:(?:suburban|downtown|greater|northern|southern|eastern|western|central)\s+)?"
    r"[A-Z][\w.'’-]*(?:,?[ \t\n]+(?:[A-Z][\w.'’-]*|de|del|and(?=[ \t\n]+[A-Z])))*)"
)
#: "The acquired company, headquartered in Pittsburgh, ...": a sentence about the target.
ACQUIRED_SUBJECT = re.compile(r"\s*the acquired (?:company|companies|business|businesses)\b", _I)
#: "..., and" or "; and" joining two clauses of one sentence ("acquired X and, on May 8, ...").
CLAUSE_AND = re.compile(r"[,;]?\s+and\b,?", _I)
#: Event phrases that are finite verbs, preferred over nouns ("merger agreement").
FINITE_VERB = re.compile(
    r"(?:completed|acquired|sold|purchased|merged|consummated|disposed|divested|spun|agreed)\b", _I
)
