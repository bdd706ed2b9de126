"""Acquisition, merger and disposition terms from Items 2.01, 1.01 and old Item 2.

spaCy finds the candidates once per item (:func:`extractor.rules.finder.find_entities`);
the small named rules below decide which candidate fills which field. A field
is filled only from what the text states, and every filled field gets evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from extractor.acquisitions import cues
from extractor.pipeline import ParsedFiling
from extractor.rules.finder import Candidate, find_entities
from models import Acquisition, Evidence, FilingRecord, Item, Money, Quantity

__all__ = ["extract_acquisitions"]

#: Items that report deals, in the order they are read, and the stage each implies.
DEAL_ITEMS = {"2.01": "completed", "2": "completed", "1.01": "agreed"}
#: How far (characters) before a verb the subject may stand.
SUBJECT_WINDOW = 400
#: How far after the verb the target may stand.
TARGET_WINDOW = 250
#: Characters of an item read for deals. Deal terms come first; the rest of a long item
#: (merger-agreement summaries of 15-20k characters) costs spaCy time and holds no term.
MAX_DEAL_TEXT = 8000
#: How far after an organisation its defined short name may follow.
ALIAS_REACH = 80
#: How far (characters) after an event's first sentence its terms are read; long
#: descriptions further down (earn-out mechanics, dividends) are not the price.
CONSIDERATION_REACH = 1500
#: How far before an amount a total cue ("aggregate consideration ... consisted of") may stand.
TOTAL_CUE_WINDOW = 110
#: A full stop or semicolon before a capital, or a blank line (a heading such as "Spin-Off and
#: Related Agreements" is not part of the sentence under it).
_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-Z(\"“])|\n[ \t]*\n\s*")
_AGREEMENT_1_01 = re.compile(
    r"\b(?:acquire|acquisition|merger|merge|purchase|sale of|sell|spin-?off|spun off"
    r"|distribution (?:to its (?:stock|share)holders )?of all)\b",
    re.IGNORECASE,
)


@dataclass
class _Fields:
    """Values and their evidence as the rules fill them."""

    values: dict[str, object] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def put(self, name: str, value: object, evidence: Evidence) -> None:
        if name not in self.values and value is not None:
            self.values[name] = value
            self.evidence[name] = evidence


@dataclass(frozen=True)
class _Context:
    record: FilingRecord
    item: Item
    text: str
    candidates: list[Candidate]
    line_at: Callable[[int], int | None] | None

    def evidence(self, start: int, end: int) -> Evidence:
        absolute = self.item.start + start
        line = self.line_at(absolute) if self.line_at else None
        return Evidence(
            document=self.item.document,
            start=absolute,
            end=self.item.start + end,
            text=self.text[start:end],
            source_line=line,
        )

    def within(self, start: int, end: int, *labels: str) -> list[Candidate]:
        return [
            c for c in self.candidates if start <= c.start and c.end <= end and c.label in labels
        ]


@dataclass
class _Event:
    index: int
    sentence: tuple[int, int]
    verb: re.Match[str]
    targets: set[str]


def _name_key(value: object) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(value).lower()).strip()


def _kind(ctx: _Context, event: _Event, end: int) -> str:
    """'merger' only when the registrant itself combines ("a newly formed holding company", "the
    Company will merge"); a merger with a target, through a merger sub or not, is an acquisition."""
    verb = event.verb
    if verb.group("disposition"):
        return "disposition"
    if (
        verb.group("merger")
        and not cues.MERGER_SUB.search(ctx.text, event.sentence[0], len(ctx.text))
        and cues.REGISTRANT_COMBINES.search(ctx.text, event.sentence[0], end)
    ):
        return "merger"
    return "acquisition"


def _target(ctx: _Context, start: int, limit: int) -> Candidate | None:
    """The first organisation after the verb that is not a deal vehicle (merger sub, buyer) nor
    a relative named in a party's appositive ("an affiliate of Kofax, Inc.")."""
    for cand in ctx.within(start, min(limit, start + TARGET_WINDOW), "ORG"):
        if (
            cues.VEHICLE_NAME.search(str(cand.value))
            or cues.TO_PARTY.search(ctx.text, max(start, cand.start - 4), cand.start)
            or cues.RELATIVE_OF_BEFORE.search(ctx.text, max(start, cand.start - 20), cand.start)
        ):
            continue
        return cand
    return None


def _registrant_names(ctx: _Context) -> set[str]:
    """The registrant's names in this item: its ORG mention, its defined short name, its header name."""
    header = _name_key(ctx.record.filing.company_name or "")
    names = {header}
    for before, after in pairwise(ctx.candidates):
        short = _name_key(after.value)
        if (
            before.label == "ORG"
            and after.label == "DEFINED_TERM"
            and after.start - before.end <= 3
        ) and (
            _name_key(before.value) in names
            or after.value in ("Company", "Registrant")
            # "Stockwalk Group, Inc. ("Stockwalk")" filed as STOCKWALK COM GROUP INC: the short
            # name opens the header name
            or (short != "" and header.startswith(short + " "))
        ):
            names |= {_name_key(before.value), short}
    names.discard("")
    return names


def _sold_by_registrant(ctx: _Context, out: _Fields, window: tuple[int, int]) -> bool:
    """Another company bought something from the registrant: "formerly a subsidiary of X", "X received"."""
    acquirer = _name_key(out.values.get("acquirer", ""))
    names = _registrant_names(ctx)
    if not acquirer or acquirer in names:
        return False
    text = ctx.text[window[0] : window[1]]
    for name in names:
        pattern = rf"(?:subsidiary of|assets of|from)\s+{re.escape(name)}\b|\b{re.escape(name)}\s+(?:received|sold)"
        if re.search(pattern, _name_key(text)):
            return True
    return False


def _sentences(text: str, candidates: list[Candidate]) -> list[tuple[int, int]]:
    inside = [(c.start, c.end) for c in candidates]
    bounds = [0]
    for match in _SENTENCE_END.finditer(text):
        cut = match.start() + 1
        if any(s < cut < e for s, e in inside) or cues.ABBREVIATION_END.search(
            text[max(0, cut - 12) : cut]
        ):
            continue
        bounds.append(match.end())
    bounds.append(len(text))
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _registrant(ctx: _Context) -> str | None:
    """The registrant's name as the item writes it: the ORG the defined term 'Company' follows."""
    for before, after in pairwise(ctx.candidates):
        if (
            before.label == "ORG"
            and after.label == "DEFINED_TERM"
            and after.value in ("Company", "Registrant")
            and after.start - before.end <= 3
        ):
            return str(before.value)
    header = _name_key(ctx.record.filing.company_name or "")
    for before, after in pairwise(ctx.candidates):
        short = _name_key(after.value)
        if (
            before.label == "ORG"
            and after.label == "DEFINED_TERM"
            and after.start - before.end <= 3
            and short != ""
            and header.startswith(short + " ")
        ):
            return str(before.value)  # "Stockwalk Group, Inc. ("Stockwalk")"
    return ctx.record.filing.company_name


def _registrant_evidence(ctx: _Context) -> Evidence | None:
    for before, after in pairwise(ctx.candidates):
        if (
            before.label == "ORG"
            and after.label == "DEFINED_TERM"
            and _name_key(before.value) in _registrant_names(ctx)
        ):
            return ctx.evidence(before.start, before.end)
    return None


def _aliases(ctx: _Context) -> dict[str, str]:
    """Short names the item defines -> full names: ("Nuance") after "Nuance Communications, Inc.",
    also across an appositive ("Junglee Corp., a Delaware corporation ("Junglee")") when the
    short name opens the full one."""
    aliases: dict[str, str] = {}
    orgs = [c for c in ctx.candidates if c.label == "ORG"]
    registrant = ctx.record.filing.company_name
    for term in (c for c in ctx.candidates if c.label == "DEFINED_TERM"):
        before = [o for o in orgs if o.end <= term.start and term.start - o.end <= ALIAS_REACH]
        short = _name_key(term.value)
        if registrant and short and _name_key(registrant).startswith(short):
            aliases.setdefault(short, _registrant(ctx) or registrant)
            continue
        if not before:
            continue
        org = before[-1]
        if term.start - org.end <= 3 or _name_key(org.value).startswith(short):
            aliases.setdefault(short, str(org.value))
    return aliases


def _alias_mentions(ctx: _Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """Later mentions of a defined short name ("Nuance completed ...") with the full name."""
    found: list[tuple[int, int, str]] = []
    spans = [(c.start, c.end) for c in ctx.candidates if c.label in ("ORG", "DEFINED_TERM")]
    for short, full in _aliases(ctx).items():
        if short in ("company", "registrant") or not short:
            continue
        pattern = r"\W+".join(re.escape(word) for word in short.split())
        for match in re.finditer(rf"\b{pattern}\b", ctx.text[start:end], re.IGNORECASE):
            begin = start + match.start()
            if not any(a <= begin < b for a, b in spans):
                found.append((begin, start + match.end(), full))
    return found


def _subject(
    ctx: _Context, sentence: tuple[int, int], verb_start: int
) -> tuple[str, int, int] | None:
    """The party named nearest before the verb: an ORG, a short name, or the Company itself."""
    start = max(sentence[0], verb_start - SUBJECT_WINDOW)
    clause = cues.CLAUSE_SUBJECT.search(ctx.text, start, verb_start)
    if clause is not None:
        start = (
            clause.end()
        )  # "..., pursuant to which BlueSuit purchased": BlueSuit, not the first party
    region = ctx.text[start:verb_start]
    mentions: list[tuple[int, int, str]] = []
    for cand in ctx.within(start, verb_start, "ORG", "DEFINED_TERM"):
        if cues.SUBSIDIARY.search(ctx.text[start : cand.start]):
            continue
        if cand.label == "DEFINED_TERM" and cand.value not in ("Company", "Registrant"):
            continue
        if cand.label == "ORG" and cues.VEHICLE_NAME.search(str(cand.value)):
            continue
        mentions.append(
            (cand.start, cand.end, "company" if cand.label == "DEFINED_TERM" else str(cand.value))
        )
    for match in cues.COMPANY_WORDS.finditer(region):
        if cues.SUBSIDIARY.search(region[: match.start()]):
            continue
        mentions.append((start + match.start(), start + match.end(), "company"))
    if not mentions:
        mentions = [
            m
            for m in _alias_mentions(ctx, start, verb_start)
            if not cues.SUBSIDIARY.search(ctx.text[start : m[0]])
        ]
    if not mentions:
        return None
    first = min(mentions)
    if first[2] == "company":
        name = _registrant(ctx)
        if name is None:
            return None
        return name, first[0], first[1]
    return first[2], first[0], first[1]


def _next_org(ctx: _Context, start: int, limit: int) -> Candidate | None:
    for cand in ctx.within(start, min(limit, start + TARGET_WINDOW), "ORG"):
        return cand
    return None


def _put_party(ctx: _Context, out: _Fields, name: str, start: int, limit: int) -> None:
    """The party named right at ``start``: an organisation, or a short name the item defined."""
    found = _party_at(ctx, start, limit)
    if found is not None:
        out.put(name, found[2], ctx.evidence(found[0], found[1]))


def _fill_parties(
    ctx: _Context, out: _Fields, sentence: tuple[int, int], verb: re.Match[str], kind: str
) -> None:
    subject = _subject(ctx, sentence, verb.start())
    subsidiary = next(
        (
            c
            for c in ctx.within(sentence[0], verb.start(), "ORG")
            if cues.SUBSIDIARY.search(ctx.text[sentence[0] : c.start])
        ),
        None,
    )
    if subsidiary is not None:
        out.put(
            "acquirer_subsidiary",
            str(subsidiary.value),
            ctx.evidence(subsidiary.start, subsidiary.end),
        )
    target = _target(ctx, verb.end(), sentence[1])
    if target is not None:
        out.put("target", str(target.value), ctx.evidence(target.start, target.end))
        location = cues.LOCATION.match(ctx.text, target.end, sentence[1])
        if location is None:
            after_term = [c for c in ctx.within(target.end, target.end + 40, "DEFINED_TERM")]
            if after_term:
                location = cues.LOCATION.match(ctx.text, after_term[0].end, sentence[1])
        if location is None:
            # "... of LHS ..., providers of ... services with ... and operations in Texas": later
            # in the event sentence, with no other organisation named in between
            based = cues.BASED_IN.search(ctx.text, target.end, sentence[1])
            if based is not None and not ctx.within(target.end, based.start(), "ORG"):
                location = based
        if location is not None:
            place = location.group("place").rstrip(" ,.")
            out.put(
                "target_location",
                place,
                ctx.evidence(location.start("place"), location.start("place") + len(place)),
            )
        seller_mark = cues.FROM_AFTER_TARGET.match(ctx.text, target.end, sentence[1])
        if seller_mark:
            _put_party(ctx, out, "seller", seller_mark.end(), sentence[1])
    from_seller = cues.FROM_PARTY.match(ctx.text, verb.end(), sentence[1])
    if from_seller is not None:
        _put_party(ctx, out, "seller", from_seller.end(), sentence[1])
    if kind == "disposition" and target is None:
        unit = cues.BUSINESS_UNIT.search(ctx.text, verb.end(), sentence[1])
        if unit is not None:  # "sale ... of the Company's Document Imaging division"
            out.put("target", unit.group("unit"), ctx.evidence(*unit.span("unit")))
    if kind != "disposition":
        _fill_party_list(ctx, out, sentence, verb, subject[0] if subject else "")
    if subject is not None:
        name, s, e = subject
        role = "seller" if kind == "disposition" else "acquirer"
        out.put(role, name, ctx.evidence(s, e))
    if kind == "disposition":
        buyer_mark = cues.BUYER_AFTER_VERB.match(ctx.text, verb.end(), sentence[1])
        if buyer_mark is None and target is not None:
            buyer_mark = cues.BUYER_AFTER_TARGET.match(ctx.text, target.end, sentence[1])
        if buyer_mark:
            buyer = _next_org(ctx, buyer_mark.end(), sentence[1])
            if buyer is not None:
                out.put("acquirer", str(buyer.value), ctx.evidence(buyer.start, buyer.end))


def _party_list(
    ctx: _Context, sentence: tuple[int, int], verb: re.Match[str]
) -> tuple[int, int] | None:
    """Where the agreement's parties are listed: after "by and among" that follows the verb, or
    before "entered into" that precedes it."""
    among = cues.PARTY_LIST_AFTER.search(ctx.text, verb.end(), sentence[1])
    if among is not None:
        end = cues.PARTY_LIST_END.search(ctx.text, among.end(), sentence[1])
        return among.end(), end.start() if end else sentence[1]
    entered = cues.ENTERED_INTO.search(ctx.text, sentence[0], verb.start())
    if entered is not None:
        return sentence[0], entered.start()
    return None


def _fill_party_list(
    ctx: _Context, out: _Fields, sentence: tuple[int, int], verb: re.Match[str], subject: str
) -> None:
    """In a list of an agreement's parties, the acquirer is the one whose wholly owned
    subsidiaries are listed with it ("TWDC Holdco 613 Corp., a Delaware corporation and wholly
    owned subsidiary of Disney"); in a merger agreement its one such subsidiary is the vehicle. The one party left when the acquirer, its vehicles and
    subsidiaries, and parties with another role (", as escrow agent") are taken out is the target
    of a merger agreement, or the seller in a purchase agreement for a target already named."""
    region = _party_list(ctx, sentence, verb)
    if region is None:
        return
    start, end = region
    parents: dict[str, tuple[int, int, str]] = {}
    children: dict[str, list[Candidate | None]] = {}
    parties = ctx.within(start, end, "ORG")
    for appositive in cues.SUBSIDIARY_APPOSITIVE.finditer(ctx.text, start, end):
        at = appositive.end()
        while at < end and ctx.text[at].isspace():
            at += 1
        parent = _party_at(ctx, at, end)
        if parent is not None:
            key = _name_key(parent[2])
            parents.setdefault(key, parent)
            child = next((o for o in parties if o.end == appositive.start()), None)
            children.setdefault(key, []).append(child)
    buyer = subject  # the subject, unless the listed subsidiaries name their parent
    if len(parents) == 1:
        ((begin, stop, buyer),) = parents.values()
        out.put("acquirer", buyer, ctx.evidence(begin, stop))
        (subsidiaries,) = children.values()
        child = subsidiaries[0] if len(subsidiaries) == 1 else None
        if child is not None and cues.MERGER_AGREEMENT.search(ctx.text, *sentence):
            # one merger sub (gold rule 6); two subs, or a subsidiary that is only a party to a
            # purchase agreement, name no vehicle
            out.put("acquirer_subsidiary", str(child.value), ctx.evidence(child.start, child.end))
    sides = {_name_key(out.values.get("acquirer", "")), _name_key(buyer)}
    sides |= {_name_key(out.values.get("target", ""))} - {""}
    left = [
        org
        for org in parties
        if _name_key(org.value) not in sides | _registrant_names(ctx)
        and not cues.VEHICLE_NAME.search(str(org.value))
        and not cues.SUBSIDIARY_APPOSITIVE.match(ctx.text, org.end, end)
        and not cues.NOT_A_SIDE_AFTER.match(ctx.text, org.end, end)
        and not cues.PARENT_BEFORE.search(ctx.text, max(start, org.start - 4), org.start)
    ]
    if len(left) != 1:
        return
    (org,) = left
    if cues.MERGER_AGREEMENT.search(ctx.text, *sentence):
        if len(parties) > 1:
            out.put("target", str(org.value), ctx.evidence(org.start, org.end))
    elif "target" in out.values and cues.PURCHASE_AGREEMENT.search(ctx.text, *sentence):
        # a purchase agreement's other side sells the target: "Share Purchase Agreement ... by
        # and among Nuance, Nuance Communications Ireland Limited (...) and Telecom Italia S.p.A."
        out.put("seller", str(org.value), ctx.evidence(org.start, org.end))


def _party_at(ctx: _Context, start: int, limit: int) -> tuple[int, int, str] | None:
    """The organisation or defined short name that starts at ``start``, with its full name."""
    org = _next_org(ctx, start, limit)
    if org is not None and org.start == start:
        return org.start, org.end, str(org.value)
    for begin, end, full in _alias_mentions(ctx, start, min(limit, start + 60)):
        if begin == start:
            return begin, end, full
    return None


def _fill_stockholder_parties(ctx: _Context, out: _Fields, window: list[tuple[int, int]]) -> None:
    """ "an Agreement ... with <target> and the sole stockholders of <target>, <sellers>": the
    target (when the event sentence named none) and its selling stockholders."""
    for start, end in window:
        found = cues.STOCKHOLDER_PARTIES.search(ctx.text, start, end)
        if found is None:
            continue
        target = " ".join(found.group("target").split())
        if not _name_key(target).startswith(_name_key(found.group("again"))):
            continue
        if "target" not in out.values:
            out.put("target", target, ctx.evidence(*found.span("target")))
        if _name_key(out.values["target"]) == _name_key(target):
            sellers = " ".join(found.group("sellers").split())
            out.put("seller", sellers, ctx.evidence(*found.span("sellers")))
        return


def _fill_location(ctx: _Context, out: _Fields, window: list[tuple[int, int]]) -> None:
    """'Junglee, founded in 1996 and based in Sunnyvale, California, ...': a sentence that
    opens with the target's name (or its short name, or "The acquired company") and says where
    it is based."""
    target = out.values.get("target")
    if target is None or "target_location" in out.values:
        return
    names = {_name_key(target)} | {
        k for k, v in _aliases(ctx).items() if _name_key(v) == _name_key(target)
    }
    for start, end in window:
        opening = _name_key(ctx.text[start : start + 80])
        if not any(
            name and opening.startswith(name) for name in names
        ) and not cues.ACQUIRED_SUBJECT.match(ctx.text, start, end):
            continue
        found = cues.BASED_IN.search(ctx.text, start, end)
        if found is not None:
            place = found.group("place").rstrip(" ,.")
            begin = found.start("place")
            out.put("target_location", place, ctx.evidence(begin, begin + len(place)))
            return


def _fill_stake(ctx: _Context, out: _Fields, start: int, end: int) -> None:
    for cand in ctx.within(start, end, "PERCENT"):
        if cues.STAKE_AFTER.match(ctx.text, cand.end, min(end, cand.end + 60)) and isinstance(
            cand.value, Quantity
        ):
            out.put("percent_acquired", cand.value, ctx.evidence(cand.start, cand.end))
            return
    match = cues.ALL_OUTSTANDING.search(ctx.text, start, end)
    if match:
        value = Quantity(value=Decimal(100), unit="percent", text=match.group())
        out.put("percent_acquired", value, ctx.evidence(match.start(), match.end()))


def _between_has_amount(ctx: _Context, cue_end: int, start: int) -> bool:
    return bool(ctx.within(cue_end, start, "MONEY", "SHARES"))


def _fill_consideration(ctx: _Context, out: _Fields, sentences: list[tuple[int, int]]) -> None:
    """Total, cash, shares and per-share price from the sentences that state the consideration.

    An amount is the total only when a total cue precedes it with no other amount in
    between ("consists of (i) 8.3 million shares, (ii) $15 million in cash" has
    components, no total); contingent amounts (earn-outs, "up to an additional") are
    never the consideration paid.
    """
    for start, end in sentences:
        sentence = ctx.text[start:end]
        if not cues.CONSIDERATION_SENTENCE.search(sentence) and "cash" not in sentence.lower():
            continue
        for cand in ctx.within(start, end, "MONEY"):
            if not isinstance(cand.value, Money):
                continue
            before = ctx.text[max(start, cand.start - TOTAL_CUE_WINDOW) : cand.start]
            after = ctx.text[cand.end : min(end, cand.end + 40)]
            if cues.PAR_VALUE.search(before[-30:] + " " + after[:20]) or _contingent_amount(
                before[-60:]
            ):
                continue
            evidence = ctx.evidence(cand.start, cand.end)
            total_cue = cues.TOTAL_BEFORE.search(before)
            stated = cues.STATED_PRICE.search(before)
            cash_part = stated is not None and stated.group("cash") is not None
            is_total = (
                total_cue is not None
                and not cash_part
                and not _between_has_amount(
                    ctx, cand.start - len(before) + total_cue.end(), cand.start
                )
            )
            if cues.PER_SHARE_AFTER.match(after):
                if cues.PRICE_BEFORE.search(before[-40:]) and not cues.NOT_A_DEAL_PRICE.search(
                    before[-60:] + " " + after
                ):
                    out.put("per_share_price", cand.value, evidence)
                continue
            if (
                cash_part
                or cues.CASH_AFTER.match(after)
                or cues.CASH_BEFORE.search(before)
                or (cues.PAID_BEFORE.search(before) and cues.AT_CLOSING_AFTER.match(after))
            ):
                out.put("cash", cand.value, evidence)
            if is_total:
                out.put("total_consideration", cand.value, evidence)
        if cues.CONSIDERATION_SENTENCE.search(sentence):
            _fill_shares(ctx, out, start, end)
        if cues.CONSIDERATION_SENTENCE.search(sentence) or cues.RECEIVE.search(sentence):
            _fill_stock_component(ctx, out, start, end)


def _contingent_amount(before: str) -> bool:
    """'up to an additional' before an amount, unless negated ('excluding the contingent amount')."""
    match = cues.CONTINGENT_AMOUNT.search(before)
    return match is not None and not cues.EXCLUDING_BEFORE.search(before[: match.start()])


def _fill_stated_price(ctx: _Context, out: _Fields, sentences: list[tuple[int, int]]) -> None:
    """A sentence whose subject is the price ("The exercise price was $7,900,067.68.") states the
    total, or the cash when it is the aggregate cash consideration, however far it stands from
    the event sentence."""
    for start, end in sentences:
        for cand in ctx.within(start, end, "MONEY"):
            if not isinstance(cand.value, Money):
                continue
            before = ctx.text[max(start, cand.start - TOTAL_CUE_WINDOW) : cand.start]
            stated = cues.STATED_PRICE.search(before)
            if stated is None or cues.PER_SHARE_AFTER.match(ctx.text, cand.end, end):
                continue
            name = "cash" if stated.group("cash") else "total_consideration"
            out.put(name, cand.value, ctx.evidence(cand.start, cand.end))


def _fill_stated_stock(ctx: _Context, out: _Fields, sentences: list[tuple[int, int]]) -> None:
    """The class of stock a merger pays, stated as a fraction of a share or an exchange ratio
    ("a fraction of a share of New Disney common stock"), however far from the event sentence."""
    if "shares_issued" in out.values:
        return
    for start, end in sentences:
        for found in cues.STOCK_COMPONENT.finditer(ctx.text, start, end):
            if found.group("lead").lower() == "in" or cues.IN_LIEU_BEFORE.search(
                ctx.text, max(start, found.start() - 20), found.start()
            ):
                continue
            begin, stop = found.span("share_class")
            out.put(
                "share_class", _share_class(found.group("share_class")), ctx.evidence(begin, stop)
            )
            return


def _share_class(text: str) -> str:
    """'Series A Preferred Shares' -> 'series a preferred stock'."""
    return cues.SHARE_CLASS_STOCK.sub(r"\1 stock", " ".join(text.lower().split()))


def _fill_shares(ctx: _Context, out: _Fields, start: int, end: int) -> None:
    """The first share count paid; its class only when named right after that count."""
    if "shares_issued" in out.values:
        return
    for cand in ctx.within(start, end, "SHARES"):
        if (
            isinstance(cand.value, Quantity)
            and cand.value.unit == "shares"
            and cand.value.value >= 1
            and not cues.RATIO_AFTER.match(ctx.text, cand.end, min(end, cand.end + 30))
            and not cues.CONTINGENT_AMOUNT.search(ctx.text, max(start, cand.start - 60), cand.start)
        ):
            out.put("shares_issued", cand.value, ctx.evidence(cand.start, cand.end))
            share_class = cues.SHARE_CLASS.search(ctx.text, cand.start, min(end, cand.end + 60))
            if share_class:
                out.put(
                    "share_class",
                    _share_class(share_class.group()),
                    ctx.evidence(share_class.start(), share_class.end()),
                )
            return


def _fill_stock_component(ctx: _Context, out: _Fields, start: int, end: int) -> None:
    """The class of stock paid when no count is given: "the balance in shares of the Company's
    common stock", "a fraction of a share of New Disney common stock"."""
    if "shares_issued" in out.values:
        return
    found = cues.STOCK_COMPONENT.search(ctx.text, start, end)
    if found is not None:
        begin, stop = found.span("share_class")
        out.put("share_class", _share_class(found.group("share_class")), ctx.evidence(begin, stop))


def _fill_contingent(ctx: _Context, out: _Fields, start: int, end: int) -> None:
    match = cues.CONTINGENT.search(ctx.text, start, end)
    if match:
        out.put("contingent_consideration", True, ctx.evidence(match.start(), match.end()))


def _fill_closing(
    ctx: _Context, out: _Fields, window: list[tuple[int, int]], stage: str, verb: re.Match[str]
) -> None:
    """The date the deal closed: "On <date>, X acquired", after 'completed on', 'effective',
    else the event sentence's first."""
    if stage != "completed":
        return
    dates = [c for c in ctx.within(window[0][0], window[-1][1], "DATE") if c.value]
    if cues.DONE_VERB.match(verb.group()):
        for cand in (c for c in dates if c.end <= verb.start()):
            if cues.ON_DATE_BEFORE.search(ctx.text, max(0, cand.start - 5), cand.start):
                out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
                return
    for cand in dates:
        if cues.CLOSED_ON.search(ctx.text, max(0, cand.start - 40), cand.start):
            out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
            return
    first_sentence = [c for c in dates if c.end <= window[0][1]]
    for cand in first_sentence:
        if not cues.DATED.search(ctx.text, max(0, cand.start - 30), cand.start):
            out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
            return


def _seller_from_exhibits(ctx: _Context, out: _Fields) -> None:
    """'Share Purchase Agreement by and between <buyer> and <seller>' in the exhibit index."""
    if "seller" in out.values:
        return
    buyers = {
        str(out.values.get("acquirer", "")).lower(),
        str(out.values.get("acquirer_subsidiary", "")).lower(),
    }
    for exhibit in ctx.record.exhibits:
        description = exhibit.description or ""
        if "purchase" not in description.lower() and "acquisition" not in description.lower():
            continue
        parties = cues.EXHIBIT_PARTIES.search(description)
        if parties is None or parties.group("a").strip().lower() not in buyers:
            continue
        seller = parties.group("b").strip()
        index_item = next(
            (i for i in ctx.record.items if i.text.find(seller) >= 0 and i.number in ("9.01", "7")),
            None,
        )
        if index_item is None:
            return
        local = index_item.text.find(seller)
        evidence = Evidence(
            document=index_item.document,
            start=index_item.start + local,
            end=index_item.start + local + len(seller),
            text=seller,
            source_line=None,
        )
        out.put("seller", seller, evidence)
        return


def _events(ctx: _Context, sentences: list[tuple[int, int]], start: int) -> list[_Event]:
    """Sentences that announce a deal; a sentence naming a new target starts a new event."""
    events: list[_Event] = []
    for index, sentence in enumerate(sentences):
        verb = cues.EVENT.search(ctx.text, max(sentence[0], start), sentence[1])
        if (
            verb is None
            or cues.NOT_AN_EVENT.search(ctx.text, *sentence)
            or cues.HEADING.fullmatch(ctx.text, *sentence)
            or cues.DEBT_SECURITIES_AFTER.match(ctx.text, verb.end(), sentence[1])
            or cues.DEBT_SECURITIES_BEFORE.search(
                ctx.text[max(sentence[0], verb.start() - 40) : verb.start()]
            )
        ):
            continue
        target = _target(ctx, verb.end(), sentence[1])
        name = _name_key(target.value) if target is not None else None
        if events and (name is None or name in events[-1].targets):
            events[-1].targets.add(name) if name else None
            continue
        events.append(_Event(index, sentence, verb, {name} if name else set()))
    return events


def _from_item(parsed: ParsedFiling, item: Item) -> list[Acquisition]:
    heading_end = max(item.text.find("\n"), 0)
    text = item.text[:MAX_DEAL_TEXT]
    candidates = find_entities(text)
    sentences = [s for s in _sentences(text, candidates) if s[1] > heading_end]
    stage = DEAL_ITEMS[item.number]
    norm = parsed.texts.get(item.document)
    ctx = _Context(parsed.record, item, text, candidates, norm.line_at if norm else None)
    events = _events(ctx, sentences, heading_end)
    if stage == "agreed":
        # An agreement item announces one deal; later sentences describe it.
        events = [e for e in events if _AGREEMENT_1_01.search(text, *e.sentence)][:1]
    deals: list[Acquisition] = []
    for number, event in enumerate(events):
        following = events[number + 1].index if number + 1 < len(events) else len(sentences)
        window = [
            sentence
            for sentence in sentences[event.index : following]
            if sentence[0] - event.sentence[0] < CONSIDERATION_REACH
        ]
        end = window[-1][1]
        kind = _kind(ctx, event, end)
        out = _Fields()
        _fill_parties(ctx, out, event.sentence, event.verb, kind)
        if kind == "disposition" and _name_key(out.values.get("acquirer", "")) in _registrant_names(
            ctx
        ):
            kind = (
                "acquisition"  # somebody sold it to the registrant: for the filer it is a purchase
            )
        elif kind == "acquisition" and _sold_by_registrant(ctx, out, (window[0][0], end)):
            kind = "disposition"
            name = _registrant(ctx)
            subject = out.evidence.get("acquirer")
            if name and subject is not None:
                out.put("seller", name, _registrant_evidence(ctx) or subject)
        done = cues.COMPLETED_BEFORE.search(ctx.text, event.sentence[0], event.verb.end())
        agreed = cues.AGREED_BEFORE.search(ctx.text, event.sentence[0], event.verb.start())
        # a 1.01 item may report a spin-off done; a 2.01 item a further deal only agreed
        event_stage = "completed" if done else "agreed" if agreed else stage
        _fill_closing(ctx, out, window, event_stage, event.verb)
        _fill_stake(ctx, out, event.sentence[0], event.sentence[1])
        _fill_stockholder_parties(ctx, out, window)
        _fill_location(ctx, out, window)
        _fill_consideration(ctx, out, window)
        _fill_stated_price(ctx, out, sentences[event.index : following])
        _fill_stated_stock(ctx, out, sentences[event.index : following])
        _fill_contingent(
            ctx, out, window[0][0], window[-1][1] if following < len(sentences) else len(text)
        )
        if len(events) == 1:
            _seller_from_exhibits(ctx, out)
        fields = {"kind": kind, "stage": event_stage, "item": item.number, "evidence": out.evidence}
        deals.append(Acquisition.model_validate(fields | out.values))
    return deals


def extract_acquisitions(parsed: ParsedFiling) -> list[Acquisition]:
    """One Acquisition per deal the filing's deal items report."""
    found: list[Acquisition] = []
    for number in DEAL_ITEMS:
        if number == "1.01" and found:
            break  # the completed deal's own report supersedes its agreement
        for item in parsed.record.items:
            if item.number == number and not item.empty:
                found.extend(_from_item(parsed, item))
    return found
