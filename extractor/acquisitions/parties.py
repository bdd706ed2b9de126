"""Who and what: acquirer, its vehicle, target, seller and where the target is.

Each rule reads the event sentence (or the event's sentences) through a :class:`Context` and
fills :class:`Fields`; the first rule to fill a field wins.
"""

from __future__ import annotations

import re

from sec8k.acquisitions import cues
from sec8k.acquisitions.context import Context, name_key
from sec8k.acquisitions.names import (
    alias_mentions,
    aliases,
    defined_orgs,
    registrant_evidence,
    registrant_mentions,
    registrant_name,
    registrant_names,
)
from sec8k.acquisitions.targets import TARGET_WINDOW, find_target, named_list
from sec8k.models import Evidence
from sec8k.rules.fields import Fields
from sec8k.rules.finder import Candidate

__all__ = [
    "defined_orgs",
    "fill_location",
    "fill_parties",
    "fill_stockholder_parties",
    "party_at",
    "registrant_evidence",
    "registrant_name",
    "registrant_names",
    "seller_from_exhibits",
    "sold_by_registrant",
    "target_word",
]

#: How far (characters) before a verb the subject may stand.
SUBJECT_WINDOW = 400


def sold_by_registrant(ctx: Context, out: Fields, window: tuple[int, int]) -> bool:
    """Another company bought something from the registrant: "formerly a subsidiary of X", "X received"."""
    acquirer = name_key(out.values.get("acquirer", ""))
    names = registrant_names(ctx)
    if not acquirer or acquirer in names:
        return False
    text = ctx.text[window[0] : window[1]]
    for name in names:
        pattern = rf"(?:subsidiary of|assets of|from)\s+{re.escape(name)}\b|\b{re.escape(name)}\s+(?:received|sold)"
        if re.search(pattern, name_key(text)):
            return True
    return False


def _subject(
    ctx: Context, sentence: tuple[int, int], verb_start: int
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
    mentions += [
        (a, b, "company")
        for a, b in registrant_mentions(ctx, start, verb_start)
        if not any(m[0] < b and a < m[1] for m in mentions)  # an ORG that holds it wins
    ]
    if not mentions:
        mentions = [
            m
            for m in alias_mentions(ctx, start, verb_start)
            if not cues.SUBSIDIARY.search(ctx.text[start : m[0]])
        ]
    if not mentions:
        return None
    first = min(mentions)
    if first[2] == "company":
        name = registrant_name(ctx)
        if name is None:
            return None
        return name, first[0], first[1]
    return first[2], first[0], first[1]


def _next_org(ctx: Context, start: int, limit: int) -> Candidate | None:
    for cand in ctx.within(start, min(limit, start + TARGET_WINDOW), "ORG"):
        return cand
    return None


def _put_party(ctx: Context, out: Fields, name: str, start: int, limit: int) -> None:
    """The party named right at ``start``: an organisation, or a short name the item defined."""
    found = party_at(ctx, start, limit)
    if found is not None:
        out.put(name, found[2], ctx.evidence(found[0], found[1]))


def fill_parties(
    ctx: Context, out: Fields, sentence: tuple[int, int], verb: re.Match[str], kind: str
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
    target = find_target(ctx, verb.end(), sentence[1])
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
    if from_seller is not None:  # "acquired from Mark O'Brien and LHS Holdings, Inc. ("LHS")"
        party = party_at(ctx, from_seller.end(), sentence[1])
        listed = named_list(ctx, from_seller.end(), sentence[1])
        if listed is not None and (party is None or party[1] < listed[1]):
            party = listed  # more than one name, or a person the finder does not name
        if party is not None:
            out.put("seller", party[2], ctx.evidence(party[0], party[1]))
    target_end = target.end if target is not None else None
    assets = cues.ASSETS_OF.match(ctx.text, verb.end() + 1, sentence[1]) if target is None else None
    if assets is not None:  # "sold certain assets of its imaging business (the ...) to Buyer"
        out.put("target", assets.group(), ctx.evidence(*assets.span()))
        target_end = assets.end()
    if kind == "disposition" and target is None and assets is None:
        unit = cues.BUSINESS_UNIT.search(ctx.text, verb.end(), sentence[1])
        if unit is not None:  # "sale ... of the Company's Document Imaging division"
            out.put("target", unit.group("unit"), ctx.evidence(*unit.span("unit")))
            target_end = unit.end("unit")
    if kind != "disposition":
        _fill_party_list(ctx, out, sentence, verb, subject[0] if subject else "")
    if subject is not None:
        name, s, e = subject
        role = "seller" if kind == "disposition" else "acquirer"
        out.put(role, name, ctx.evidence(s, e))
    if kind == "disposition":
        buyer_mark = cues.BUYER_AFTER_VERB.match(ctx.text, verb.end(), sentence[1])
        if buyer_mark is None and target_end is not None:
            buyer_mark = cues.BUYER_AFTER_TARGET.match(ctx.text, target_end, sentence[1])
        if buyer_mark:
            buyer = _next_org(ctx, buyer_mark.end(), sentence[1])
            if buyer is not None:
                out.put("acquirer", str(buyer.value), ctx.evidence(buyer.start, buyer.end))


def _party_list(
    ctx: Context, sentence: tuple[int, int], verb: re.Match[str]
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
    ctx: Context, out: Fields, sentence: tuple[int, int], verb: re.Match[str], subject: str
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
        parent = party_at(ctx, at, end)
        if parent is not None:
            key = name_key(parent[2])
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
    sides = {name_key(out.values.get("acquirer", "")), name_key(buyer)}
    sides |= {name_key(out.values.get("target", ""))} - {""}
    left = [
        org
        for org in parties
        if name_key(org.value) not in sides | registrant_names(ctx)
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


def party_at(ctx: Context, start: int, limit: int) -> tuple[int, int, str] | None:
    """The organisation or defined short name that starts at ``start``, with its full name;
    "the Company" is the registrant, by the name the item gives it."""
    org = _next_org(ctx, start, limit)
    if org is not None and org.start == start:
        return org.start, org.end, str(org.value)
    for begin, end, full in alias_mentions(ctx, start, min(limit, start + 60)):
        if begin == start:
            return begin, end, full
    company = cues.COMPANY_WORDS.match(ctx.text, start, limit)
    name = registrant_name(ctx) if company is not None else None
    if company is not None and name is not None:
        return company.start(), company.end(), name
    return None


def fill_stockholder_parties(ctx: Context, out: Fields, window: list[tuple[int, int]]) -> None:
    """ "an Agreement ... with <target> and the sole stockholders of <target>, <sellers>": the
    target (when the event sentence named none) and its selling stockholders."""
    for start, end in window:
        found = cues.STOCKHOLDER_PARTIES.search(ctx.text, start, end)
        if found is None:
            continue
        target = " ".join(found.group("target").split())
        if not name_key(target).startswith(name_key(found.group("again"))):
            continue
        if "target" not in out.values:
            out.put("target", target, ctx.evidence(*found.span("target")))
        if name_key(out.values["target"]) == name_key(target):
            sellers = " ".join(found.group("sellers").split())
            out.put("seller", sellers, ctx.evidence(*found.span("sellers")))
        return


def target_word(target: object) -> str:
    """The word a filing may call the target by without defining it: its first name word that
    is no initial ("R.J. Steichen & Company" -> 'steichen')."""
    words = [w for w in name_key(target).split() if len(w) > 1 and w != "the"]
    return words[0] if words else ""


def fill_location(ctx: Context, out: Fields, window: list[tuple[int, int]]) -> None:
    """'Junglee, founded in 1996 and based in Sunnyvale, California, ...': a sentence that
    opens with the target's name (its short name, its first name word: "Steichen's principal
    office is in Minneapolis", or "The acquired company") and says where it is based."""
    target = out.values.get("target")
    if target is None or "target_location" in out.values:
        return
    names = {name_key(target), target_word(target)} | {
        k for k, v in aliases(ctx).items() if name_key(v) == name_key(target)
    }
    for start, end in window:
        opening = name_key(ctx.text[start : start + 80])
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


def seller_from_exhibits(ctx: Context, out: Fields) -> None:
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
        if cues.BUYING_PARTY.search(seller):
            continue
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
